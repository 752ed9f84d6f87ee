// The extractor on multilateral formats: rounds and forums held "under the
// co-chairmanship of" several envoys, delegations whose heads are named
// after the gathering ("The Georgian delegation was led by X"), titles with
// two objects ("Special Representative for A and the crisis in B"), and a
// gathering named without articles in the headline and with them in the
// body, names joined by a spaced dash ("the China – Central Asia Summit"),
// a round of meetings told in one sentence, and a trip's purpose. Sentences are our own; the dictionary has no persons (people are
// found by their titles). Reference date: Wednesday 2027-05-19.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "actorgraph/document.h"
#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Extract;
using testing::Found;
using testing::ItemDocument;
using testing::Lines;
using V = std::vector<std::string>;
const char* kWednesday = "2027-05-19";

BOOST_AUTO_TEST_SUITE(extractor_multilateral)

BOOST_AUTO_TEST_CASE(two_co_chairs_meet_three_only_take_part) {
  // Two co-chairs of a commission lead its two sides: they met.
  BOOST_TEST(Found("On 17 May, the 5th session of the Joint Commission was held in Lima, co-chaired by Deputy "
                   "Minister of Foreign Affairs of Peru Ana Quispe and Deputy Minister of Foreign Affairs of Chile "
                   "Tomas Rojas.",
                   kWednesday) ==
                 V({"meeting Ana Quispe -- Tomas Rojas 2027-05-17",
                    "participation Ana Quispe -> 5th session of the Joint Commission 2027-05-17",
                    "participation Tomas Rojas -> 5th session of the Joint Commission 2027-05-17"}),
             boost::test_tools::per_element());
  // Three envoys co-chairing a round run a multilateral format: no pair of
  // them is a meeting.
  BOOST_TEST(Found("On 17 May, the 12th round of the Danube Security Talks was held in Vienna under the "
                   "co-chairmanship of the EU Special Representative Lena Vogt, the UN Representative Omar Haddad "
                   "and the OSCE Special Representative Petra Lind.",
                   kWednesday) ==
                 V({"participation Lena Vogt -> 12th round of the Danube Security Talks 2027-05-17",
                    "participation Omar Haddad -> 12th round of the Danube Security Talks 2027-05-17",
                    "participation Petra Lind -> 12th round of the Danube Security Talks 2027-05-17"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_for_two_objects_keeps_its_holder) {
  // "and the crisis in Moldova" goes on with the title's "for": no second
  // person begins at "and".
  BOOST_TEST(Found("On 17 May, the 12th round of the Danube Security Talks was held in Vienna under the "
                   "co-chairmanship of the EU Special Representative for Eastern Europe and the crisis in Moldova "
                   "Lena Vogt and the UN Representative Omar Haddad.",
                   kWednesday) ==
                 V({"meeting Lena Vogt -- Omar Haddad 2027-05-17",
                    "participation Lena Vogt -> 12th round of the Danube Security Talks 2027-05-17",
                    "participation Omar Haddad -> 12th round of the Danube Security Talks 2027-05-17"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(heads_of_delegations_take_part_in_the_gathering) {
  Document doc = ItemDocument(
      "",
      {"On 17 May, the 12th round of the Danube Security Talks was held in Vienna. The Moldovan delegation was led "
       "by Deputy Minister of Foreign Affairs Ion Rusu. The delegations of Romania, headed by Secretary of State "
       "Dan Marin, and of Ukraine, headed by Deputy Foreign Minister Oleh Bondar, also took part."},
      "2027-05-18");
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"participation Dan Marin -> 12th round of the Danube Security Talks 2027-05-17",
                    "participation Ion Rusu -> 12th round of the Danube Security Talks 2027-05-17",
                    "participation Oleh Bondar -> 12th round of the Danube Security Talks 2027-05-17"}),
             boost::test_tools::per_element());
  // At a meeting of two sides the heads met; they took part in nothing.
  Document talks = ItemDocument(
      "",
      {"On 17 May, the 9th meeting of the Joint Border Commission of Peru and Chile was held in Tacna. The Peruvian "
       "delegation was led by Deputy Minister of Defence Ana Quispe, and the Chilean delegation by Deputy Minister "
       "of Defence Tomas Rojas."},
      "2027-05-18");
  BOOST_TEST(Lines(Extract(talks)) == V({"meeting Ana Quispe -- Tomas Rojas 2027-05-17"}),
             boost::test_tools::per_element());
  // A delegation received by someone is a meeting of its head, not a part
  // taken in the gathering the item told first.
  Document received = ItemDocument(
      "",
      {"On 17 May, the 3rd Andean Energy Forum opened in Quito. On the same day, Speaker of the National Assembly "
       "of Ecuador Rosa Vera received the delegation of the Senate of Chile led by Senator Tomas Rojas."},
      "2027-05-18");
  for (const std::string& line : Lines(Extract(received)))
    BOOST_TEST(line.find("participation Tomas Rojas") == std::string::npos, line);
}

BOOST_AUTO_TEST_CASE(a_gathering_named_without_articles_in_the_headline_is_one_actor) {
  Document doc = ItemDocument(
      "Deputy Minister Ion Rusu attends opening of 82nd session of UN General Assembly",
      {"The 82nd session of the UN General Assembly opened in New York on 17 May. The Moldovan delegation at the "
       "opening was headed by Deputy Minister of Foreign Affairs of Moldova Ion Rusu."},
      "2027-05-18");
  Events events = Extract(doc);
  int gatherings = 0;
  for (const Actor& a : events.actors)
    if (a.kind == ActorKind::kEvent) {
      ++gatherings;
      BOOST_TEST(a.name == "82nd session of the UN General Assembly");
    }
  BOOST_TEST(gatherings == 1);
  BOOST_TEST(Lines(events) == V({"participation Ion Rusu -> 82nd session of the UN General Assembly 2027-05-17"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_spaced_dash_joins_names_inside_a_name) {
  // "the Second Andes – Pacific Summit" is one gathering, not a country and
  // a "Pacific Summit"; "the Chile – Peru Friendship Group" is in a title.
  BOOST_TEST(Found("On 17 May, President of Chile Ana Vidal took part in the Second Andes – Pacific Summit in Lima.",
                   kWednesday) == V({"participation Ana Vidal -> Second Andes – Pacific Summit 2027-05-17"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On 17 May, Speaker of the Senate of Peru Rosa Vera received Chairman of the Chile – Peru "
                   "Parliamentary Friendship Group Tomas Rojas.",
                   kWednesday) == V({"meeting Rosa Vera -- Tomas Rojas 2027-05-17"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_round_of_meetings_after_semicolons) {
  // One sentence, four separate meetings; "the sides" after it are the
  // pair its own clause names ("the Chilean-Peruvian talks").
  Document doc = ItemDocument(
      "",
      {"On 17 May, the President of Chile Ana Vidal took part in the Second Andes – Pacific Summit in Lima.",
       "On the sidelines of the summit, the President of Chile held bilateral meetings with President of Peru Jorge "
       "Salas, with whom trade was discussed; with President of Ecuador Luis Mora, focusing on energy; and with "
       "President of Bolivia Pedro Cruz, on transit.",
       "Following the Chilean-Peruvian talks, the sides signed an agreement on mutual protection of investments."},
      "2027-05-18");
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Ana Vidal -- Jorge Salas 2027-05-17",
                                       "meeting Ana Vidal -- Jorge Salas 2027-05-17",
                                       "meeting Ana Vidal -- Luis Mora 2027-05-17",
                                       "meeting Ana Vidal -- Pedro Cruz 2027-05-17",
                                       "participation Ana Vidal -> Second Andes – Pacific Summit 2027-05-17"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_ceremony_is_the_gathering_named_by_its_ceremony) {
  // Two exhibitions are named after the week's opening ceremony; "the
  // ceremony" is still the week's.
  Document doc = ItemDocument(
      "",
      {"On 17 May, the opening ceremony of Lima Energy Week 2027, which brings together the 12th Andean Oil "
       "Exhibition and the 5th Pacific Power Exhibition, was held in Lima. Minister of Energy of Chile Tomas Rojas "
       "also addressed the ceremony."},
      "2027-05-18");
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Tomas Rojas -> Lima Energy Week 2027 2027-05-17"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(days_of_culture_and_who_opened_or_moderated) {
  // "the Days of X Culture in C 2027" is one gathering; "the khokim of
  // Samarkand region Y" is one title; a session moderated by Y had Y.
  Document doc = ItemDocument(
      "",
      {"The Days of Chilean Culture in Peru 2027 opened in Cusco on 17 May. The opening ceremony was attended by "
       "Ambassador of Chile to Peru Ana Vidal and the governor of Cusco region Jorge Salas. The plenary session was "
       "moderated by the khokim of Samarkand region Tomas Rojas."},
      "2027-05-18");
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Ana Vidal -> Days of Chilean Culture in Peru 2027 2027-05-17",
                                       "participation Jorge Salas -> Days of Chilean Culture in Peru 2027 2027-05-17",
                                       "participation Tomas Rojas -> Days of Chilean Culture in Peru 2027 2027-05-17"}),
             boost::test_tools::per_element());
  // "Days later" names no gathering
  BOOST_TEST(Found("Days later, Foreign Minister of Chile Ana Vidal met Foreign Minister of Peru Jorge Salas in Lima.",
                   kWednesday) == V({"meeting Ana Vidal -- Jorge Salas 2027-05-19"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_chair_and_the_leaders_a_summit_brought_together) {
  BOOST_TEST(Found("On 17 May, President of Chile Ana Vidal took part in the 3rd Andes Summit chaired by President of "
                   "Peru Jorge Salas, which brought together the leaders of Bolivia and Ecuador.",
                   kWednesday) == V({"participation Ana Vidal -> 3rd Andes Summit 2027-05-17",
                                     "participation Bolivia -> 3rd Andes Summit 2027-05-17",
                                     "participation Ecuador -> 3rd Andes Summit 2027-05-17",
                                     "participation Jorge Salas -> 3rd Andes Summit 2027-05-17"}),
             boost::test_tools::per_element());
  // "The summit, chaired by X, ..." is the summit, not a theme named after it
  Document doc = ItemDocument(
      "",
      {"On 17 May, the 3rd Andes Summit opened in Lima under the motto \"Andes 2040\". The summit, chaired by "
       "President of Peru Jorge Salas, was attended by President of Chile Ana Vidal."},
      "2027-05-18");
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Ana Vidal -> 3rd Andes Summit 2027-05-17",
                                       "participation Jorge Salas -> 3rd Andes Summit 2027-05-17"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_purpose_of_a_trip_yields_its_day_to_the_act) {
  Document doc = ItemDocument(
      "",
      {"On 16 May, President of Chile Ana Vidal arrived in Lima to take part in the Second Andes – Pacific Summit.",
       "On 17 May, Vidal took part in the summit."},
      "2027-05-18");
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Ana Vidal -> Second Andes – Pacific Summit 2027-05-17",
                                       "visit Ana Vidal -> Peru 2027-05-16"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
