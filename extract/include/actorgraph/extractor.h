// Extractor: from a Document (a digest, plain news text or one sentence per
// line) to Events: the actors and the typed, dated interactions the text
// reports, each with the sentence and the rule that support it.
//
// Definition (../shared/spec/interactions.md is the contract):
// - mentions are noun phrases resolved to their head: a demonym or a
//   country in "Turkish Foreign Minister Hakan Fidan" is an attribute of the
//   person; a country is an actor only when it heads its phrase;
// - actors not in the dictionary are found by title chains, appositions,
//   organisation and event head nouns, and get the slug of their name as id;
// - within an item, surnames, titles, pronouns and group phrases ("the
//   sides") point back to the item's actors; across the document one actor
//   has one id;
// - interactions come from the rules of the PatternTable, bound to the clause
//   of their trigger: what is only intended or recalled is not coded;
// - the date is the day the clause or item names, else the item's source
//   date, else the document's period start, else options.default_date.
//
// Complexity: linear in the length of the text (each token is looked up in
// hash tables a bounded number of times).
//
// An Extractor keeps references to the dictionary and the pattern table,
// which must outlive it. Run() may be called for many documents; it is not
// thread-safe (one Extractor per thread).

#ifndef ACTORGRAPH_EXTRACTOR_H_
#define ACTORGRAPH_EXTRACTOR_H_

#include <cstddef>
#include <memory>

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/document.h"
#include "actorgraph/events.h"
#include "actorgraph/pattern_table.h"

namespace actorgraph {

struct ExtractorOptions {
  // Date of items that carry none and of documents without a period
  // ("--date"); "" for none.
  IsoDate default_date;
};

class Extractor {
 public:
  Extractor(const ActorDictionary& dictionary, const PatternTable& patterns,
            ExtractorOptions options = ExtractorOptions());
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Extracts one document. The result lists the actors that take part in
  // interactions (sorted by id), the interactions in text order, and the
  // document's provenance and warnings.
  Events Run(const Document& document);

  // Sentences and tokens read by the last Run() (for throughput figures).
  std::size_t sentences() const { return sentences_; }
  std::size_t tokens() const { return tokens_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::size_t sentences_ = 0, tokens_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACTOR_H_
