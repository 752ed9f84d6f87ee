// The extractor on the host's bodies and the rest found in the thirteenth
// session of 2026-12-02 (the analysis of sets 111-114 and 76). Sentences are
// our own; the dictionary has no persons. Reference date: Tuesday 2027-12-07.

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Extract;
using testing::Found;
using testing::ItemDocument;
using testing::Lines;
using V = std::vector<std::string>;
const char* kTuesday = "2027-12-07";

BOOST_AUTO_TEST_SUITE(extractor_host_bodies)

BOOST_AUTO_TEST_CASE(a_bare_ministry_is_the_host_s_before_a_foreign_minister_is_named) {
  // the ministry condemns first; Chad's foreign minister is named only in
  // the next sentence, as the one the host's minister called
  Document doc = ItemDocument("Cameroon condemns attack on its herders in Chad",
                              {"On Monday the Ministry of External Relations condemned the ambush near Bol in which "
                               "five Cameroonian herders were killed. The attack was claimed by Boko Haram.",
                               "Minister Lejeune Mbella Mbella later spoke by telephone with Chad's Minister of "
                               "External Relations, Abderaman Koulamallah."},
                              kTuesday);
  doc.publisher = "在カメルーン日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"call Abderaman Koulamallah -- Lejeune Mbella Mbella 2027-12-06",
                    "criticism Ministry of External Relations of Cameroon -> Boko Haram 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_place_between_commas_does_not_part_a_verb_from_its_objects) {
  BOOST_TEST(Found("President Umaro Sissoco Embalo received on Monday, in separate audiences at the presidential "
                   "palace, Ambassador Anna Berg of Sweden, Ambassador Paolo Ricci of Italy and Ambassador Jan "
                   "Novak of Slovakia.",
                   kTuesday) == V({"meeting Anna Berg -- Umaro Sissoco Embalo 2027-12-06",
                                   "meeting Jan Novak -- Umaro Sissoco Embalo 2027-12-06",
                                   "meeting Paolo Ricci -- Umaro Sissoco Embalo 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_agreement_during_a_video_conference_is_a_call_too) {
  BOOST_TEST(Found("During a video conference on Monday, Prime Minister Kristen Michal and Prime Minister Evika "
                   "Silina agreed to coordinate their energy grids.",
                   kTuesday) == V({"call Evika Silina -- Kristen Michal 2027-12-06",
                                   "cooperation Evika Silina -- Kristen Michal 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aligning_with_another_s_sanctions_is_a_sanction) {
  BOOST_TEST(Found("Kazakhstan aligned itself with the European Union's sanctions against Belarus on Monday.",
                   kTuesday) == V({"sanction Kazakhstan -> Belarus 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(credentials_presented_by_envoys_named_after_a_colon) {
  BOOST_TEST(Found("Letters of credence were presented to President Peter Pellegrini on Monday by three new "
                   "ambassadors: Maria Lopez of Spain, Karl Weber of Austria and Ana Silva of Portugal.",
                   kTuesday) == V({"meeting Ana Silva -- Peter Pellegrini 2027-12-06",
                                   "meeting Karl Weber -- Peter Pellegrini 2027-12-06",
                                   "meeting Maria Lopez -- Peter Pellegrini 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rep_is_a_title_and_the_kingdom_a_country_in_lower_case) {
  // "Rep." is no part of the name; "the kingdom" is the kingdom just named
  // (Morocco, by its foreign minister)
  BOOST_TEST(Found("Rep. Laura Mendez met Ecuadorian Foreign Minister Gabriela Sommerfeld in Quito on Monday.",
                   kTuesday) == V({"meeting Gabriela Sommerfeld -- Laura Mendez 2027-12-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Norwegian Foreign Minister Espen Barth Eide met Moroccan Foreign Minister Nasser Bourita in "
                   "Rabat on Monday and thanked the kingdom for hosting the talks.",
                   kTuesday) == V({"meeting Espen Barth Eide -- Nasser Bourita 2027-12-06",
                                   "praise Espen Barth Eide -> Morocco 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_undated_act_in_the_perfect_takes_the_day_the_next_sentence_tells_it) {
  // the item's source date is Tuesday; the act was on the Sunday the next
  // sentence gives, for that sentence tells the same act
  Document doc = ItemDocument("Opposition leader accuses electoral board",
                              {"Opposition leader Tomas Vargas has accused the Electoral Board of delaying the "
                               "publication of the voter register. Addressing supporters in Cusco on Sunday, "
                               "Vargas said the delay served the ruling party."},
                              kTuesday);
  BOOST_TEST(Lines(Extract(doc)) == V({"criticism Tomas Vargas -> Electoral Board 2027-12-05"}),
             boost::test_tools::per_element());
  // another's act on the next sentence's day leaves the first on the
  // item's date
  Document other = ItemDocument("Peru sanctions Venezuelan minister",
                                {"The government of Peru has imposed sanctions on Venezuelan Interior Minister "
                                 "Diosdado Cabello. On Sunday opposition leader Tomas Vargas criticised the "
                                 "decision."},
                                kTuesday);
  V lines = Lines(Extract(other));
  BOOST_TEST(std::count(lines.begin(), lines.end(), "sanction Government of Peru -> Diosdado Cabello 2027-12-07") ==
             1);
  BOOST_TEST(std::count(lines.begin(), lines.end(), "criticism Tomas Vargas -> Government of Peru 2027-12-05") == 1);
}

BOOST_AUTO_TEST_CASE(a_visiting_team_s_round_of_meetings_pairs_it_with_each) {
  // the governor and the minister each met the team; that they met each
  // other is not said
  Document doc = ItemDocument("IMF mission concludes visit to Peru",
                              {"An IMF team led by Karl Olsen visited Lima from November 29 to December 6. During "
                               "the mission, the team met Central Bank Governor Ana Castro and Finance Minister "
                               "Luis Pena."},
                              kTuesday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Ana Castro -- Karl Olsen 2027-11-29",
                                       "meeting Karl Olsen -- Luis Pena 2027-11-29",
                                       "visit Karl Olsen -> Peru 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
