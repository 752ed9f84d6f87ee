// The reader's entry points: bytes -> (PDF text) -> clean text -> Document.

#include "actorgraph/digest_reader.h"

#include <algorithm>

#include "civil_date.h"
#include "digest_parser.h"
#include "input_text.h"
#include "pdf_text.h"

namespace actorgraph {

Result<Document> ParseDigest(const std::string& bytes, const std::string& file,
                             const ReadOptions& options) {
  reader::CivilDate date;
  if (!options.default_date.empty() && !reader::ParseIsoDate(options.default_date, &date)) {
    return Status::InvalidArgument("invalid date \"" + options.default_date +
                                   "\": expected YYYY-MM-DD");
  }
  if (bytes.size() > options.max_bytes) {
    return reader::OverSizeLimit(file, "input is " + std::to_string(bytes.size()) + " bytes",
                                 options.max_bytes);
  }
  std::string pdf_text;
  std::string_view input = bytes;
  if (reader::LooksLikePdf(bytes)) {
    Result<std::string> text = reader::PdfToText(bytes, file);
    if (!text.ok()) return text.status();
    pdf_text = std::move(text).value();
    input = pdf_text;
  }
  Result<reader::DecodedText> decoded = reader::DecodeText(input, file);
  if (!decoded.ok()) return decoded.status();
  const std::string& text = decoded->text;
  std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) +
                      (text.back() == '\n' ? 0 : 1);
  if (lines > options.max_lines) {
    return Status::TooLarge("too many lines: " + std::to_string(lines) + ", over the limit of " +
                            std::to_string(options.max_lines))
        .At(file);
  }
  Document doc = reader::DigestParser(decoded->text, file, options).Parse();
  doc.warnings.insert(doc.warnings.begin(), decoded->warnings.begin(), decoded->warnings.end());
  std::stable_sort(doc.warnings.begin(), doc.warnings.end(),
                   [](const Warning& a, const Warning& b) { return a.line < b.line; });
  return doc;
}

Result<Document> ReadDigestFile(const std::string& path, const ReadOptions& options) {
  Result<std::string> bytes = reader::ReadFileBytes(path, options.max_bytes);
  if (!bytes.ok()) return bytes.status();
  return ParseDigest(*bytes, path, options);
}

}  // namespace actorgraph
