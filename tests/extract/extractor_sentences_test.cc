// The extractor on single sentences of our own, written in the style of
// news wires, from regions the digests do not cover. The dictionary has no
// persons: people are found by their titles, appositions and name shapes.
// Each case asserts the whole set of interactions (type, ends, date); the
// reference date is Friday 2026-06-12.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2026-06-12";

BOOST_AUTO_TEST_SUITE(extractor_sentences)

BOOST_AUTO_TEST_CASE(received_by_title_alone) {
  // The brief's case: two persons, neither in the dictionary.
  BOOST_TEST(Found("Chilean President Gabriel Boric on Tuesday received Peru's Foreign Minister Elmer Schialer "
                   "in Santiago.",
                   kFriday) == V({"meeting Elmer Schialer -- Gabriel Boric 2026-06-09"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(held_talks_with_counterpart) {
  BOOST_TEST(Found("Moroccan Foreign Minister Nasser Bourita held talks with his Spanish counterpart José Manuel "
                   "Albares in Rabat on June 3.",
                   kFriday) == V({"meeting José Manuel Albares -- Nasser Bourita 2026-06-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(phone_conversation_is_a_call) {
  BOOST_TEST(Found("Vietnamese Prime Minister Pham Minh Chinh had a phone conversation with Singapore's Prime "
                   "Minister Lawrence Wong on June 5.",
                   kFriday) == V({"call Lawrence Wong -- Pham Minh Chinh 2026-06-05"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(state_visit_and_meeting_in_a_where_clause) {
  BOOST_TEST(Found("Finnish President Alexander Stubb paid a state visit to Estonia on June 4, where he met "
                   "Estonian President Alar Karis.",
                   kFriday) == V({"meeting Alar Karis -- Alexander Stubb 2026-06-04",
                                  "visit Alexander Stubb -> Estonia 2026-06-04"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(who_is_on_a_visit_met) {
  BOOST_TEST(Found("Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani, who is on a visit to "
                   "Albania, met Albanian Prime Minister Edi Rama on June 10.",
                   kFriday) == V({"meeting Edi Rama -- Mohammed bin Abdulrahman Al Thani 2026-06-10",
                                  "visit Mohammed bin Abdulrahman Al Thani -> Albania 2026-06-10"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(passive_reception) {
  BOOST_TEST(Found("Indian External Affairs Minister Subrahmanyam Jaishankar was received by Sri Lankan President "
                   "Anura Kumara Dissanayake in Colombo on June 8.",
                   kFriday) == V({"meeting Anura Kumara Dissanayake -- Subrahmanyam Jaishankar 2026-06-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(meeting_between_took_place) {
  BOOST_TEST(Found("On June 7, a meeting between Danish Prime Minister Mette Frederiksen and Icelandic Prime "
                   "Minister Kristrún Frostadóttir took place in Reykjavik.",
                   kFriday) == V({"meeting Kristrún Frostadóttir -- Mette Frederiksen 2026-06-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(countries_heading_their_phrase_meet) {
  BOOST_TEST(Found("Armenia and Georgia held talks on border crossings on June 9.", kFriday) ==
                 V({"meeting Armenia -- Georgia 2026-06-09"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_demonym_is_an_attribute_not_an_end) {
  // "Turkish" and "Japanese" name the persons' countries, not two more actors.
  BOOST_TEST(Found("Turkish Defence Minister Kemal Arslan met Japanese Defence Minister Taro Sato on June 11.",
                   kFriday) == V({"meeting Kemal Arslan -- Taro Sato 2026-06-11"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(participation_of_a_list) {
  BOOST_TEST(Found("Estonian, Latvian and Lithuanian experts — Kadri Tamm, Janis Ozols and Rasa Petraitis — took "
                   "part in the 5th Danube Security Conference in Vienna on June 2.",
                   kFriday) ==
                 V({"participation Janis Ozols -> 5th Danube Security Conference 2026-06-02",
                    "participation Kadri Tamm -> 5th Danube Security Conference 2026-06-02",
                    "participation Rasa Petraitis -> 5th Danube Security Conference 2026-06-02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(event_named_by_acronym_and_year) {
  BOOST_TEST(Found("Romanian Defence Minister Ionut Mosteanu attended SEDEX-2027 in Bucharest on June 3.", kFriday) ==
                 V({"participation Ionut Mosteanu -> SEDEX-2027 2026-06-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(three_countries_meet_pairwise) {
  BOOST_TEST(Found("The defence ministers of Sweden, Norway and Denmark met in Oslo on June 6.", kFriday) ==
                 V({"meeting Denmark -- Norway 2026-06-06", "meeting Denmark -- Sweden 2026-06-06",
                    "meeting Norway -- Sweden 2026-06-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(praise_thanked_and_congratulated) {
  BOOST_TEST(Found("Kenyan President William Ruto thanked the United Arab Emirates for its support.", kFriday) ==
                 V({"praise William Ruto -> United Arab Emirates 2026-06-12"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Greek Prime Minister Kyriakos Mitsotakis congratulated Cypriot President Nikos Christodoulides "
                   "on his re-election.",
                   kFriday) == V({"praise Kyriakos Mitsotakis -> Nikos Christodoulides 2026-06-12"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(criticism_of_a_possessor_and_of_an_institution) {
  BOOST_TEST(Found("Hungarian Foreign Minister Peter Szijjarto criticized the European Commission on Monday for "
                   "delaying funds.",
                   kFriday) == V({"criticism Peter Szijjarto -> European Commission 2026-06-08"}),
             boost::test_tools::per_element());
  // "rejected X's remarks": the remarks' author is the target.
  BOOST_TEST(Found("Serbian President Aleksandar Vucic rejected Croatian Prime Minister Andrej Plenkovic's remarks "
                   "on the border.",
                   kFriday) == V({"criticism Aleksandar Vucic -> Andrej Plenkovic 2026-06-12"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(invitation_is_coded_though_the_visit_is_future) {
  BOOST_TEST(Found("Austrian Chancellor Christian Stocker invited Swiss President Karin Keller-Sutter to Vienna.",
                   kFriday) == V({"invitation Christian Stocker -> Karin Keller-Sutter 2026-06-12"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(agreements_signed_and_announced) {
  BOOST_TEST(Found("Lithuania and Latvia signed an agreement on joint air-defence procurement on June 2.", kFriday) ==
                 V({"cooperation Latvia -- Lithuania 2026-06-02"}),
             boost::test_tools::per_element());
  // An agreement announced by both sides is coded although it is future.
  BOOST_TEST(Found("Slovenia and Croatia will jointly build a new bridge over the Sava river.", kFriday) ==
                 V({"cooperation Croatia -- Slovenia 2026-06-12"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sanctions) {
  BOOST_TEST(Found("Algeria suspended cooperation with France on June 10.", kFriday) ==
                 V({"sanction Algeria -> France 2026-06-10"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The European Union imposed sanctions on Belarus on Thursday.", kFriday) ==
                 V({"sanction European Union -> Belarus 2026-06-11"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(apposition_gives_the_role_and_list_members_meet_each_other) {
  Events e = testing::Extract(testing::LinesDocument(
      {"Kristo Kallas, Minister of Foreign Affairs of Estonia, and Mart Ilves, member of the Riigikogu, met "
       "with Baiba Braze, Foreign Minister of Latvia, on June 1."},
      kFriday));
  BOOST_TEST(testing::Lines(e) == V({"meeting Baiba Braze -- Kristo Kallas 2026-06-01",
                                     "meeting Baiba Braze -- Mart Ilves 2026-06-01",
                                     "meeting Kristo Kallas -- Mart Ilves 2026-06-01"}),
             boost::test_tools::per_element());
  for (const Actor& a : e.actors)
    if (a.name == "Baiba Braze") {
      BOOST_TEST(a.role == "Foreign Minister of Latvia");
      BOOST_TEST(a.country == "latvia");
      BOOST_TEST(a.id == "baiba-braze");
    }
}

BOOST_AUTO_TEST_CASE(name_particles_and_diacritics) {
  BOOST_TEST(Found("President of the European Commission Ursula von der Leyen met Irish Taoiseach Micheál Martin "
                   "on June 4.",
                   kFriday) == V({"meeting Micheál Martin -- Ursula von der Leyen 2026-06-04"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_institution_of_a_country) {
  // "Poland's Foreign Ministry" is the ministry, not Poland.
  std::vector<std::string> found =
      Found("Poland's Foreign Ministry criticized Belarus on June 9 for the expulsion of diplomats.", kFriday);
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST(found[0].find("criticism Ministry of Foreign Affairs of Poland -> Belarus") == 0u, found[0]);
}

BOOST_AUTO_TEST_CASE(phone_and_welcome_variants) {
  BOOST_TEST(Found("Foreign Minister Rasa Jurgaite and his Georgian counterpart Nino Beridze discussed regional "
                   "issues by phone on Monday.",
                   kFriday) == V({"call Nino Beridze -- Rasa Jurgaite 2026-06-08"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Pakistani Prime Minister Shehbaz Sharif arrived in Baku late on Tuesday and was welcomed at the "
                   "airport by Deputy Prime Minister Shahin Mustafayev.",
                   kFriday) == V({"meeting Shahin Mustafayev -- Shehbaz Sharif 2026-06-09",
                                  "visit Shehbaz Sharif -> Azerbaijan 2026-06-09"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(nothing_to_code) {
  // "called X a brother" is no phone call.
  BOOST_TEST(Found("Turkish President Recep Tayyip Erdogan called Azerbaijani President Ilham Aliyev a brother.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("Talks between Armenia and Azerbaijan could resume in the autumn, diplomats said.", kFriday).empty());
  BOOST_TEST(Found("The minister discussed regional security and trade.", kFriday).empty());
  BOOST_TEST(Found("Oil prices rose on Tuesday after the storm.", kFriday).empty());
  BOOST_TEST(Found("", kFriday).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
