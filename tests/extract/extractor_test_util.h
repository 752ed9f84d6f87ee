// Helpers for the extractor tests: documents written inline, the built-in
// dictionary without its persons (so that people are found by their titles
// alone), and interactions as short readable lines.

#ifndef ACTORGRAPH_TESTS_EXTRACT_EXTRACTOR_TEST_UTIL_H_
#define ACTORGRAPH_TESTS_EXTRACT_EXTRACTOR_TEST_UTIL_H_

#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/document.h"
#include "actorgraph/events.h"

namespace actorgraph {
namespace testing {

// data/actors.json with every person removed.
const ActorDictionary& DictionaryWithoutPersons();
// The same with the actors of `json` (the dictionary format) added; a
// dictionary that does not parse or add aborts the test run with its error.
ActorDictionary DictionaryWithoutPersonsPlus(const std::string& json);

// One item: an optional English headline (and Japanese one), paragraphs,
// and the source date.
Document ItemDocument(const std::string& headline, const std::vector<std::string>& paragraphs,
                      const IsoDate& source_date, const std::string& headline_ja = "");
// One item per text, like `--lines`.
Document LinesDocument(const std::vector<std::string>& lines, const IsoDate& date);

Events Extract(const Document& doc, const ActorDictionary& dictionary = DictionaryWithoutPersons());

// "meeting Elmer Schialer -- Gabriel Boric 2026-06-09" (undirected ends in
// name order) or "visit Alexander Stubb -> Estonia 2026-06-04", sorted.
std::vector<std::string> Lines(const Events& events);
// Extract + Lines for one sentence.
std::vector<std::string> Found(const std::string& sentence, const IsoDate& date,
                               const ActorDictionary& dictionary = DictionaryWithoutPersons());

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_EXTRACT_EXTRACTOR_TEST_UTIL_H_
