// Extractor: the passes over a document (see extract_item.h) and the
// merging of what they find into Events.

#include "actorgraph/extractor.h"

#include <map>
#include <set>
#include <tuple>

#include "extract_item.h"
#include "extract_lexicon.h"

namespace actorgraph {

struct Extractor::Impl {
  Impl(const ActorDictionary& d, const PatternTable& p, ExtractorOptions o)
      : dictionary(d), patterns(p), lexicon(d, p), options(std::move(o)) {}
  const ActorDictionary& dictionary;
  const PatternTable& patterns;
  engine::Lexicon lexicon;
  ExtractorOptions options;
  engine::KeyCache keys;  // folded spellings, kept across documents
  // The items of the last document and their spare arrays, reused by the
  // next one (ReadItem resets them).
  std::vector<engine::ItemText> texts;
  engine::ItemSpares spares;
};

Extractor::Extractor(const ActorDictionary& dictionary, const PatternTable& patterns, ExtractorOptions options)
    : impl_(new Impl(dictionary, patterns, std::move(options))) {}

Extractor::~Extractor() = default;

Events Extractor::Run(const Document& document) {
  using namespace engine;
  const Lexicon& lex = impl_->lexicon;
  IsoDate fallback = !impl_->options.default_date.empty() ? impl_->options.default_date : document.period_start;
  std::vector<ItemText>& all = impl_->texts;
  if (all.size() < document.items.size()) all.resize(document.items.size());
  const ItemText* texts = all.data();
  std::size_t n = document.items.size();
  sentences_ = tokens_ = 0;
  for (std::size_t i = 0; i < n; ++i) {
    ReadItem(document.items[i], lex, fallback, &impl_->spares, &all[i]);
    sentences_ += all[i].sentences.size();
    for (const Sentence& s : all[i].sentences) tokens_ += s.tokens.size();
  }
  DocState state(impl_->dictionary, &impl_->keys);
  for (std::size_t i = 0; i < n; ++i) RegisterPersons(texts[i], lex, &state);

  Events events;
  std::set<std::string> used;
  for (std::size_t i = 0; i < n; ++i) {
    const ItemText& t = texts[i];
    std::vector<Found> found = ProcessItem(t, lex, &state);
    // One interaction per type and endpoints in an item; every sentence
    // that says it is evidence.
    std::map<std::tuple<int, std::string, std::string>, std::pair<std::size_t, bool>> index;
    for (Found& f : found) {
      std::string a = f.source, b = f.target;
      if (IsUndirected(f.type) && b < a) std::swap(a, b);
      auto key = std::make_tuple(static_cast<int>(f.type), a, b);
      auto it = index.find(key);
      if (it != index.end()) {
        Interaction& known = events.interactions[it->second.first];
        bool same = false;
        for (const Evidence& e : known.evidence)
          if (e.line == f.evidence.line && e.sentence == f.evidence.sentence) same = true;
        if (!same) known.evidence.push_back(f.evidence);
        if (f.dated && !it->second.second) {
          known.date = f.date;  // a date the sentence gives beats the item's
          it->second.second = true;
        }
        if (known.place.empty()) known.place = f.place;
        continue;
      }
      Interaction i;
      i.type = f.type;
      i.source = f.source;
      i.target = f.target;
      i.date = f.date;
      i.place = f.place;
      i.document = document.file;
      i.item = t.item->index;
      i.outlets = t.item->source.outlets;
      i.evidence.push_back(f.evidence);
      const TypeCodes& codes = impl_->patterns.codes(f.type);
      i.cameo = f.cameo.empty() ? codes.cameo : f.cameo;
      i.plover = f.plover.empty() ? codes.plover : f.plover;
      index[key] = {events.interactions.size(), f.dated};
      events.interactions.push_back(std::move(i));
      used.insert(f.source);
      used.insert(f.target);
    }
  }
  events.actors = state.registry.Export(used);
  events.documents.push_back({document.file, document.period_start, document.period_end});
  events.warnings = document.warnings;
  return events;
}

}  // namespace actorgraph
