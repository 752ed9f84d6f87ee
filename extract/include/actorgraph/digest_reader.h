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
  // kDigest: detect (a digest when it looks like one, else plain text).
  // kLines: one sentence or short article per line, each an item.
  enum class Mode { kAuto, kPlainText, kLines } mode = Mode::kAuto;
  // Date for items that carry none (plain text, --date); "" for none.
  IsoDate default_date;
  // Inputs larger than this are refused with Status::TooLarge.
  std::size_t max_bytes = std::size_t{64} << 20;
};

// Parses text already in memory. `file` is the name used in messages.
Result<Document> ParseDigest(const std::string& text, const std::string& file,
                             const ReadOptions& options = ReadOptions());

// Reads `path` (text, or PDF by its %PDF magic) and parses it.
Result<Document> ReadDigestFile(const std::string& path,
                                const ReadOptions& options = ReadOptions());

}  // namespace actorgraph

#endif  // ACTORGRAPH_DIGEST_READER_H_
