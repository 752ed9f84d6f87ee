// Reads a weekly digest, plain news text, or a PDF of either into a Document.
//
// Damaged data is reported as Warnings in the Document, not as failure;
// failure (a missing file, a directory, binary data, invalid UTF-8, input
// over the size limit) is a Status that names the file and, where it helps,
// the line.

#ifndef ACTORGRAPH_DIGEST_READER_H_
#define ACTORGRAPH_DIGEST_READER_H_

#include <cstddef>
#include <string>

#include "actorgraph/document.h"
#include "actorgraph/status.h"

namespace actorgraph {

struct ReadOptions {
  // kAuto: a digest when a line starts with "●", else plain text.
  // kPlainText: the whole text is one item (an article); its paragraphs
  //   are the blocks; no headlines.
  // kLines: one sentence or short article per line, each an item whose
  //   index is its line number.
  enum class Mode { kAuto, kPlainText, kLines } mode = Mode::kAuto;
  // Date for items that carry none (plain text, --date); "" for none. Also
  // the period of plain text and lines.
  IsoDate default_date;
  // Inputs larger than this are refused with Status::TooLarge.
  std::size_t max_bytes = std::size_t{64} << 20;
  // Texts with more lines are refused with Status::TooLarge (this bounds the
  // memory a file of very short lines takes: about 300 bytes an item).
  std::size_t max_lines = std::size_t{1} << 21;
};

// Parses a file's contents already in memory, exactly as ReadDigestFile
// does after reading: PDF (by its %PDF magic) or text (UTF-8 with or without
// BOM, UTF-16 with BOM; CRLF/CR accepted). `file` is the name used in
// messages. InvalidArgument when options.default_date is not YYYY-MM-DD.
Result<Document> ParseDigest(const std::string& text, const std::string& file,
                             const ReadOptions& options = ReadOptions());

// Reads `path` (text, or PDF by its %PDF magic) and parses it. NotFound for
// a missing file; IOError for a directory or a failed read; TooLarge over
// options.max_bytes; Corruption for empty, binary or badly encoded input.
Result<Document> ReadDigestFile(const std::string& path,
                                const ReadOptions& options = ReadOptions());

}  // namespace actorgraph

#endif  // ACTORGRAPH_DIGEST_READER_H_
