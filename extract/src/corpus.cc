// LoadCorpus: documents are read and extracted, events JSON files read as
// they are, and everything merged (actors by id, sorted by id).

#include "actorgraph/corpus.h"

#include <algorithm>

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/extractor.h"
#include "actorgraph/pattern_table.h"

namespace actorgraph {

namespace {

bool EndsWithJson(const std::string& path) {
  return path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
}

}  // namespace

Result<Events> LoadCorpus(const std::vector<std::string>& paths, const CorpusOptions& options) {
  ActorDictionary dictionary = ActorDictionary::BuiltIn();
  for (const std::string& file : options.actor_files) {
    Result<ActorDictionary> more = ActorDictionary::ReadFile(file);
    if (!more.ok()) return more.status();
    Status s = dictionary.Add(more.value());
    if (!s.ok()) return s;
  }
  PatternTable patterns = PatternTable::BuiltIn();
  for (const std::string& file : options.pattern_files) {
    Result<PatternTable> more = PatternTable::ReadFile(file);
    if (!more.ok()) return more.status();
    patterns.Add(more.value());
  }
  ExtractorOptions extractor_options;
  extractor_options.default_date = options.read.default_date;
  Extractor extractor(dictionary, patterns, extractor_options);

  Events all;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string& path = paths[i];
    if (EndsWithJson(path)) {
      Result<Events> events = ReadEventsFile(path);
      if (!events.ok()) return events.status();
      MergeEvents(&all, std::move(events.value()));
    } else {
      Result<Document> doc = ReadDigestFile(path, options.read);
      if (!doc.ok()) return doc.status();
      MergeEvents(&all, extractor.Run(doc.value()));
    }
    if (options.progress) options.progress(i + 1, paths.size(), path);
  }
  std::stable_sort(all.actors.begin(), all.actors.end(),
                   [](const Actor& a, const Actor& b) { return a.id < b.id; });
  return all;
}

}  // namespace actorgraph
