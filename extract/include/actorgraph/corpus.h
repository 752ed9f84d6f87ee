// LoadCorpus: many input files (digests as text or PDF, plain text, events
// JSON) into one Events value with stable actor ids: digests are read and
// extracted, events JSON files are read as they are (so an analyst can
// correct a file by hand and rebuild), and everything is merged.

#ifndef ACTORGRAPH_CORPUS_H_
#define ACTORGRAPH_CORPUS_H_

#include <functional>
#include <string>
#include <vector>

#include "actorgraph/digest_reader.h"
#include "actorgraph/events.h"
#include "actorgraph/status.h"

namespace actorgraph {

struct CorpusOptions {
  ReadOptions read;
  // Extra actor dictionaries (JSON) added to the built-in one, in order.
  std::vector<std::string> actor_files;
  // Extra pattern tables (JSON) added to the built-in one, in order.
  std::vector<std::string> pattern_files;
  // Called after each file, for progress on long runs; may be empty.
  std::function<void(std::size_t done, std::size_t total, const std::string& file)> progress;
};

// Files ending in .json are events JSON; anything else is a document.
Result<Events> LoadCorpus(const std::vector<std::string>& paths, const CorpusOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CORPUS_H_
