// The extractor on rules whose words run over a coordinated verb ("signed
// and exchanged the notes": the second verb opens a clause of its own), on
// participles, attendees, speakers, delegations and protests, and on names
// (a ministry's short name is the long one's actor; "Co., Ltd."; a city
// inside a body's name).
// Sentences are our own; the dictionary has no persons.
// Reference date: Friday 2027-12-03.

#include <boost/test/unit_test.hpp>
#include <algorithm>
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
using testing::LinesDocument;
using V = std::vector<std::string>;
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_coordination_attendees)

BOOST_AUTO_TEST_CASE(a_rule_reads_on_into_its_own_coordinated_verb) {
  BOOST_TEST(Found("Foreign Minister Marta Ilves and her Slovak counterpart Pavol Hudak signed and exchanged the "
                   "agreements on Monday.",
                   kFriday) == V({"cooperation Marta Ilves -- Pavol Hudak 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Marta Ilves and Pavol Hudak signed and exchanged the notes in Tallinn.", kFriday) ==
                 V({"cooperation Marta Ilves -- Pavol Hudak 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_list_with_a_capital_name_is_no_person) {
  BOOST_TEST(Found("The US Department of Commerce on Monday added two Malaysian firms, Kappa Micro Sdn Bhd and Lumen "
                   "Silicon Sdn Bhd, to its Entity List.",
                   kFriday) == V({"sanction Department of Commerce of United States -> Kappa Micro Sdn Bhd 2027-11-29",
                                  "sanction Department of Commerce of United States -> Lumen Silicon Sdn Bhd 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_ministry_short_and_long_is_one_actor) {
  Events events = Extract(LinesDocument({"Senator Ana Quispe accused Peru's Health Ministry of hiding the figures.",
                                         "Senator Ana Quispe accused the Ministry of Health of Peru of delays."},
                                        kFriday));
  std::vector<std::string> names;
  for (const Actor& a : events.actors) names.push_back(a.name);
  std::sort(names.begin(), names.end());
  BOOST_TEST(names == V({"Ana Quispe", "Ministry of Health of Peru"}), boost::test_tools::per_element());
  BOOST_TEST(events.interactions.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_delegation_counted_before_its_noun) {
  BOOST_TEST(Found("Governor Rosa Ibarra on Monday received a 20-member delegation from Vietnam, led by Vice-Chairman "
                   "Tran Van Minh.",
                   kFriday) == V({"meeting Rosa Ibarra -- Tran Van Minh 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_retired_officers_mark_between_rank_and_name) {
  BOOST_TEST(Found("Kenya's Special Envoy to the EAC, Maj. Gen. (rtd) Samuel Kiprono, began a three-day working visit "
                   "to Uganda on Monday.",
                   kFriday) == V({"visit Samuel Kiprono -> Uganda 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_trailing_participle_of_meeting) {
  BOOST_TEST(Found("President Rui Tavares paid a state visit to Peru on Monday, meeting President Ana Quispe at the "
                   "palace.",
                   kFriday) == V({"meeting Ana Quispe -- Rui Tavares 2027-11-29", "visit Rui Tavares -> Peru 2027-11-29"}),
             boost::test_tools::per_element());
  // (separate meetings pair no hosts)
  BOOST_TEST(Found("Minister Ilze Berzina paid a working visit to Warsaw on Tuesday, meeting separately with President "
                   "Piotr Lis and Prime Minister Adam Wrona.",
                   kFriday) == V({"meeting Adam Wrona -- Ilze Berzina 2027-11-30",
                                  "meeting Ilze Berzina -- Piotr Lis 2027-11-30",
                                  "visit Ilze Berzina -> Poland 2027-11-30"}),
             boost::test_tools::per_element());
  // (the participle shares its verb's intention; after a determiner the
  // word is the gathering)
  BOOST_TEST(Found("President Rui Tavares will travel to Lima next week, meeting President Ana Quispe at the palace.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("Deputy Ana Quispe took part in the meeting, which lasted two hours, the Presidential Office said.",
                   kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(talks_by_phone_are_calls_and_officiating_is_taking_part) {
  BOOST_TEST(Found("Foreign Minister Ilze Berzina held talks with her Estonian counterpart Mart Kask by phone on "
                   "Wednesday.",
                   kFriday) == V({"call Ilze Berzina -- Mart Kask 2027-12-01"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Governor Lim Wei Ming officiated the Penang Green Energy Summit 2027 on Monday.", kFriday) ==
                 V({"participation Lim Wei Ming -> Penang Green Energy Summit 2027 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(present_were_opens_the_list_of_all_who_met) {
  // (opening the sentence the list is of all who met; "Also present were"
  // adds one side's aides, who met the host)
  Document doc = ItemDocument("", {"President Rosa Ibarra hosted the leaders of the ruling coalition at the palace on "
                                   "Sunday. Present were Minister Tomas Vidal, Senator Rita Sousa and Mayor Pedro Lago."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Pedro Lago -- Rita Sousa 2027-11-28",
                                       "meeting Pedro Lago -- Rosa Ibarra 2027-11-28",
                                       "meeting Pedro Lago -- Tomas Vidal 2027-11-28",
                                       "meeting Rita Sousa -- Rosa Ibarra 2027-11-28",
                                       "meeting Rita Sousa -- Tomas Vidal 2027-11-28",
                                       "meeting Rosa Ibarra -- Tomas Vidal 2027-11-28"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_list_goes_on_after_a_members_relative_clause) {
  BOOST_TEST(Found("President Rosa Ibarra received Minister Tomas Vidal, who represented the Green Party, and Senator "
                   "Rita Sousa on Monday.",
                   kFriday) == V({"meeting Rita Sousa -- Rosa Ibarra 2027-11-29", "meeting Rita Sousa -- Tomas Vidal 2027-11-29",
                                  "meeting Rosa Ibarra -- Tomas Vidal 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(attendees_after_the_gathering_hosted_and_speakers_at_the_one_before) {
  BOOST_TEST(Found("President Jorge Ibarra hosted the 12th Andean Summit in Santiago on Monday, attended by Peru's "
                   "President Ana Quispe and Bolivia's President Luis Mamani.",
                   kFriday) == V({"participation Ana Quispe -> 12th Andean Summit 2027-11-29",
                                  "participation Jorge Ibarra -> 12th Andean Summit 2027-11-29",
                                  "participation Luis Mamani -> 12th Andean Summit 2027-11-29"}),
             boost::test_tools::per_element());
  Document doc = ItemDocument("", {"The 5th Baltic Security Summit opened in Riga on Monday. Estonian President Mart Kask "
                                   "and Finnish President Aino Virta also took the floor. UN envoy Rui Lopes delivered a "
                                   "goodwill message."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Aino Virta -> 5th Baltic Security Summit 2027-11-29",
                                       "participation Mart Kask -> 5th Baltic Security Summit 2027-11-29",
                                       "participation Rui Lopes -> 5th Baltic Security Summit 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(leading_a_delegation_abroad_is_a_visit) {
  BOOST_TEST(Found("Foreign Minister Karim Alaoui led a Moroccan delegation to Senegal on Monday.", kFriday) ==
                 V({"visit Karim Alaoui -> Senegal 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_protest_lodged_and_rejected) {
  Document doc = ItemDocument("", {"Norway lodged a protest against Russia on Monday. The Russian Foreign Ministry "
                                   "rejected the protest."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"criticism Ministry of Foreign Affairs of Russia -> Norway 2027-11-29",
                                       "criticism Norway -> Russia 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(names_over_an_elided_article_and_a_companys_comma) {
  BOOST_TEST(Found("Minister Ana Ruiz attended the 3rd Session of the Morocco-Cote d'Ivoire Joint Commission on Monday.",
                   kFriday) ==
                 V({"participation Ana Ruiz -> 3rd Session of the Morocco-Cote d'Ivoire Joint Commission 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Minister Ana Ruiz signed a memorandum with Kaede Tea Trading Co., Ltd. on Monday.", kFriday) ==
                 V({"cooperation Ana Ruiz -- Kaede Tea Trading Co. Ltd. 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(her_guest_is_the_one_she_received) {
  Document doc = ItemDocument("", {"President Laura Ferrer received Chilean Foreign Minister Tomas Rojas on Monday. Ferrer "
                                   "thanked her guest for Chile's support, and the two agreed to revive the joint "
                                   "commission."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Laura Ferrer -- Tomas Rojas 2027-11-29",
                                       "meeting Laura Ferrer -- Tomas Rojas 2027-11-29",
                                       "praise Laura Ferrer -> Tomas Rojas 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_city_or_a_short_name_before_the_country_names_the_body) {
  // (not a committee of Finland, nor the country Hungary)
  BOOST_TEST(Found("The Czech Helsinki Committee praised the Red Cross on Monday.", kFriday) ==
                 V({"praise Czech Helsinki Committee -> Red Cross 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("TI Slovakia criticised Prime Minister Jan Hruby on Tuesday.", kFriday) ==
                 V({"criticism TI Slovakia -> Jan Hruby 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(credentials_presented_by_a_list_of_envoys) {
  // (each envoy met the one who received the credentials the sentence
  // before)
  Document doc = ItemDocument("", {"President Tomas Varga received the letters of credence of three new ambassadors on "
                                   "Tuesday. Credentials were presented by Rodrigo Vial, Ambassador of Chile; Grace "
                                   "Mutua, Ambassador of Kenya; and Eirik Dahl, Ambassador of Norway."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Eirik Dahl -- Tomas Varga 2027-11-30",
                                       "meeting Grace Mutua -- Tomas Varga 2027-11-30",
                                       "meeting Rodrigo Vial -- Tomas Varga 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_courtesy_title_gives_way_to_the_office_in_apposition) {
  // ("the Vice-Minister" is the one whose office it is, not the Minister)
  Document doc = ItemDocument("", {"Ms. Aiko Mori, Parliamentary Vice-Minister for Foreign Affairs of Japan, held talks "
                                   "with the Minister for Foreign Affairs, Hon. Mary Achieng, on Monday. On Tuesday, "
                                   "the Vice-Minister paid a courtesy call on the Deputy President, Mr. Paul Kibet."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Aiko Mori -- Mary Achieng 2027-11-29",
                                       "meeting Aiko Mori -- Paul Kibet 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(officials_from_countries_described_at_length) {
  Document doc = ItemDocument("", {"The 3rd Lake Chad Security Conference opened in Ndjamena on Monday. Ministers and "
                                   "senior security officials from Niger, Nigeria and Cameroon attended."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Cameroon -> 3rd Lake Chad Security Conference 2027-11-29",
                                       "participation Niger -> 3rd Lake Chad Security Conference 2027-11-29",
                                       "participation Nigeria -> 3rd Lake Chad Security Conference 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(guards_from_review) {
  // (a phone in another clause makes no meeting a call)
  BOOST_TEST(Found("Foreign Minister Ali Demir met Russian Foreign Minister Pavel Orlov in Moscow on Monday, a ministry "
                   "official told reporters by phone.",
                   kFriday) == V({"meeting Ali Demir -- Pavel Orlov 2027-11-29"}),
             boost::test_tools::per_element());
  // (a complaint lodged with a forum is not against the forum)
  for (const std::string& line : Found("Ukraine lodged a complaint with the UN Security Council against Russia on Monday.",
                                       kFriday))
    BOOST_TEST(line.find("Security Council") == std::string::npos, line);
  // (the floor taken elsewhere; a ceremony's guests; a post held)
  BOOST_TEST(Found("The 25th SCO Summit was held in Tianjin last month. On Tuesday, Minister Ravi Menon took the floor "
                   "in the Senate.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("The state funeral of former President Joao Mabote was held in Maputo on Tuesday. Present were "
                   "President Sipho Dlamini and President Emmerson Chiweshe.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("Thomas Berg, who heads the EU delegation to Turkey, met Deputy Minister Ayse Kaya in Ankara on Monday.",
                   kFriday) == V({"meeting Ayse Kaya -- Thomas Berg 2027-11-29"}),
             boost::test_tools::per_element());
  // (the intention before an auxiliary; a present relative clause dated
  // by the year is news)
  BOOST_TEST(Found("President Aino Virta is scheduled to travel to Stockholm on Friday, meeting Prime Minister Ulf Berg "
                   "at Rosenbad.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("Chancellor Karl Weber, who is making his third trip to China in 2027, met President Li Wen in Beijing "
                   "on Monday.",
                   kFriday) == V({"meeting Karl Weber -- Li Wen 2027-11-29", "visit Karl Weber -> China 2027-11-29"}),
             boost::test_tools::per_element());
  // (a list's name stays a name; a closure for snow is no sanction)
  BOOST_TEST(Found("Prime Minister Milan Jovic praised the Serb List on Tuesday.", kFriday) ==
                 V({"praise Milan Jovic -> Serb List 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Georgia suspended traffic at the Upper Lars crossing with Russia on Monday due to heavy snowfall.",
                   kFriday)
                 .empty());
  // (his guest is the one he met, not a later arrival)
  Document doc = ItemDocument("", {"President Paul Ruto received Ethiopian Prime Minister Abiy Tesfaye on Monday. Somali "
                                   "President Hassan Omar arrived in Nairobi later that day. Ruto thanked his guest for "
                                   "Ethiopia's role."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Abiy Tesfaye -- Paul Ruto 2027-11-29",
                                       "praise Paul Ruto -> Abiy Tesfaye 2027-11-29",
                                       "visit Hassan Omar -> Kenya 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
