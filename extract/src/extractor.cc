// Extractor: the passes over a document (see extract_item.h) and the
// merging of what they find into Events.

#include "actorgraph/extractor.h"

#include <algorithm>
#include <utility>

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
  // The host country found for the last publisher line (the documents of
  // one archive mostly share theirs).
  std::string publisher;
  const DictionaryEntry* home = nullptr;
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
  // The embassy's host country, by its Japanese name in the publisher line
  // (the longest that fits: "ニジェール" is in "ナイジェリア" neither way)
  if (!document.publisher.empty() && document.publisher == impl_->publisher) state.home = impl_->home;
  else if (!document.publisher.empty()) {
    for (const DictionaryEntry& e : impl_->dictionary.entries())
      if (e.actor.kind == ActorKind::kCountry && !e.actor.name_ja.empty() &&
          document.publisher.find(e.actor.name_ja) != std::string::npos &&
          (!state.home || e.actor.name_ja.size() > state.home->actor.name_ja.size()))
        state.home = &e;
    impl_->publisher = document.publisher;
    impl_->home = state.home;
  }
  for (std::size_t i = 0; i < n; ++i) RegisterPersons(texts[i], lex, &state);

  Events events;
  std::vector<std::string> used;
  // The endpoints of a found interaction in the order that makes one key of
  // an undirected one's two directions.
  auto ends = [](InteractionType type, const std::string& source, const std::string& target) {
    bool swap = IsUndirected(type) && target < source;
    return std::pair<const std::string*, const std::string*>(swap ? &target : &source, swap ? &source : &target);
  };
  std::vector<int> dated;  // per interaction of the item: as Found::dated, of the date kept
  for (std::size_t i = 0; i < n; ++i) {
    const ItemText& t = texts[i];
    std::vector<Found> found = ProcessItem(t, lex, &state);
    // One interaction per type and endpoints in an item; every sentence
    // that says it is evidence. An item finds a few: a linear search of
    // its own interactions is the index.
    std::size_t first = events.interactions.size();
    dated.clear();
    for (Found& f : found) {
      auto [a, b] = ends(f.type, f.source, f.target);
      std::size_t at = first;
      for (; at < events.interactions.size(); ++at) {
        const Interaction& x = events.interactions[at];
        if (x.type != f.type) continue;
        auto [xa, xb] = ends(x.type, x.source, x.target);
        if (*xa == *a && *xb == *b) break;
      }
      if (at < events.interactions.size()) {
        Interaction& known = events.interactions[at];
        bool same = false;
        for (const Evidence& e : known.evidence)
          if (e.line == f.evidence.line && e.sentence == f.evidence.sentence) same = true;
        if (!same) known.evidence.push_back(std::move(f.evidence));
        // a date the sentence gives beats the item's, and the act's own
        // clause beats the sentence ("arrived on Saturday for talks hosted
        // by X ... On Sunday, the ministers held talks")
        // (a visit's day is the first the text names for it: "welcomed Y on
        // 24 November ... Y arrived on Tuesday")
        bool earlier_visit_day = f.type == InteractionType::kVisit && f.dated > 0 && f.dated == dated[at - first] &&
                                 f.date < known.date;
        if (f.dated > dated[at - first] || earlier_visit_day) {
          known.date = f.date;
          dated[at - first] = f.dated;
        }
        if (known.place.empty()) known.place = f.place;
        continue;
      }
      used.push_back(f.source);
      used.push_back(f.target);
      Interaction i;
      i.type = f.type;
      i.source = std::move(f.source);
      i.target = std::move(f.target);
      i.date = f.date;
      i.place = std::move(f.place);
      i.document = document.file;
      i.item = t.item->index;
      i.outlets = t.item->source.outlets;
      i.evidence.push_back(std::move(f.evidence));
      const TypeCodes& codes = impl_->patterns.codes(f.type);
      i.cameo = f.cameo.empty() ? codes.cameo : f.cameo;
      i.plover = f.plover.empty() ? codes.plover : f.plover;
      dated.push_back(f.dated);
      events.interactions.push_back(std::move(i));
    }
  }
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  events.actors = state.registry.Export(used);
  events.documents.push_back({document.file, document.period_start, document.period_end});
  events.warnings = document.warnings;
  return events;
}

}  // namespace actorgraph
