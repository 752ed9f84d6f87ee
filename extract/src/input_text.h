// From a file's bytes to clean text (private to the reader): reading with
// the size limit, telling PDF from text, decoding UTF-8 / UTF-16 with a
// byte-order mark, refusing binary data and invalid UTF-8 with the place,
// normalising line ends, control characters and Unicode (NFC).

#ifndef ACTORGRAPH_EXTRACT_INPUT_TEXT_H_
#define ACTORGRAPH_EXTRACT_INPUT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/document.h"
#include "actorgraph/status.h"

namespace actorgraph {
namespace reader {

// The whole of `path`. NotFound when it does not exist; IOError for a
// directory, a device or a read that fails; TooLarge over `max_bytes`.
// Errors are placed at `path`.
Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes);

// TooLarge at `file`: "<what>, over the limit of M bytes (N MiB)".
Status OverSizeLimit(const std::string& file, const std::string& what, std::size_t max_bytes);

// "%PDF-<digit>" at the start of a line within the first 1024 bytes (PDF
// readers accept junk before the header; text that merely mentions "%PDF-"
// in a sentence stays text).
bool LooksLikePdf(std::string_view bytes);

struct DecodedText {
  std::string text;               // NFC UTF-8, lines end in '\n' only
  std::vector<Warning> warnings;  // e.g. control characters replaced
};

// Decodes a text file's bytes: UTF-8 (a BOM is dropped) or UTF-16 LE/BE with
// a BOM. CRLF and CR become LF; a form feed (a page break) becomes an empty
// line; other control characters become spaces (one warning). Corruption on
// an empty file, white space only, a NUL byte, invalid UTF-8 or UTF-16, with
// file, line and byte column (of the decoded UTF-8 for UTF-16 input).
Result<DecodedText> DecodeText(std::string_view bytes, const std::string& file);

// Ninja's error context: "\n" + the line (invalid bytes shown as \xNN, cut
// to about 72 columns around the place) + "\n" + a caret under the byte at
// `byte_column` (0-based) + " near here".
std::string ErrorContext(std::string_view line, std::size_t byte_column);

}  // namespace reader
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_INPUT_TEXT_H_
