// Tense and modality bind to the clause of the trigger: what is only
// intended or only recalled is not coded (../shared/spec/interactions.md).
// Every case here must find nothing, except where a second clause reports
// something that happens now.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2026-06-12";

BOOST_AUTO_TEST_SUITE(extractor_modality)

BOOST_AUTO_TEST_CASE(intended_acts_are_not_coded) {
  const char* sentences[] = {
      "Polish Deputy Prime Minister Krzysztof Gawkowski will visit Kyiv next week.",
      "Belgian Prime Minister Bart De Wever plans to meet Dutch Prime Minister Dick Schoof in July.",
      "South African Foreign Minister Ronald Lamola is expected to travel to Beijing to meet Wang Yi.",
      "Speaker of the Latvian Saeima Daiga Mierina said she is ready to visit Estonia.",
      "Former Polish President Donald Tusk said he hopes to meet Ukrainian President Volodymyr Zelenskyy soon.",
      "The two ministers agreed to meet again in September.",
      "Norwegian Prime Minister Jonas Gahr Store would welcome talks with Iceland.",
      "Bulgarian President Rumen Radev intends to sign the agreement with Romania.",
  };
  for (const char* s : sentences) BOOST_TEST(Found(s, kFriday).empty(), s);
}

BOOST_AUTO_TEST_CASE(recalled_acts_are_not_coded) {
  const char* sentences[] = {
      "Thai Prime Minister Paetongtarn Shinawatra recalled that she had visited Cambodia.",
      "Chilean President Gabriel Boric met Argentine President Javier Milei last year.",
      "Kazakh President Kassym-Jomart Tokayev visited Mongolia a few weeks ago.",
      "Slovak President Peter Pellegrini visited Hungary in March.",
      "\"During my visit to Vienna, I met Chancellor Christian Stocker,\" Slovenian Prime Minister Robert Golob said.",
      "Estonia and Finland signed the treaty in 2019.",
  };
  for (const char* s : sentences) BOOST_TEST(Found(s, kFriday).empty(), s);
}

BOOST_AUTO_TEST_CASE(negated_acts_are_not_coded) {
  BOOST_TEST(Found("Czech President Petr Pavel did not meet Slovak Prime Minister Robert Fico in Prague.", kFriday)
                 .empty());
  BOOST_TEST(Found("Georgian Prime Minister Irakli Kobakhidze declined to meet the European Union envoy.", kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(modality_binds_to_its_own_clause) {
  // The meeting happened; the visit is only planned.
  BOOST_TEST(Found("Croatian Prime Minister Andrej Plenkovic met Bosnian Presidency Chair Denis Becirovic on June 10 "
                   "and will visit Sarajevo in July.",
                   kFriday) == V({"meeting Andrej Plenkovic -- Denis Becirovic 2026-06-10"}),
             boost::test_tools::per_element());
  // The reported intention is the speaker's; the criticism is now.
  BOOST_TEST(Found("Moldovan President Maia Sandu criticized Russia on Tuesday and said she would raise the issue "
                   "at the United Nations.",
                   kFriday) == V({"criticism Maia Sandu -> Russia 2026-06-09"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_trip_that_happened_has_its_purpose_coded) {
  // "to participate" is the purpose of a visit that happened.
  BOOST_TEST(Found("Speaker of the Greek Parliament Nikitas Kaklamanis paid a working visit to Malta on June 2 to "
                   "participate in the 3rd Forum of Mediterranean Parliaments.",
                   kFriday) == V({"participation Nikitas Kaklamanis -> 3rd Forum of Mediterranean Parliaments 2026-06-02",
                                  "visit Nikitas Kaklamanis -> Malta 2026-06-02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(same_day_references_are_now) {
  BOOST_TEST(Found("Earlier in the day, Romanian Prime Minister Ilie Bolojan held a video call with Moldovan Prime "
                   "Minister Alexandru Munteanu.",
                   kFriday) == V({"call Alexandru Munteanu -- Ilie Bolojan 2026-06-12"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
