// The extractor on office holders named after a description and on one
// meeting of several: "the leader of the Unity group in the National
// Assembly, A, the head of the Green Party (PV) bench, B, and the chair of
// the farmers' caucus, C" (a role whose body or plain nouns its mention
// left out, then the holder between commas); "hosted a working meeting
// with A, B and C" (one meeting: everyone met everyone; "held meetings
// with" stays a round); "the visitor held talks"; "On the sidelines of the
// forum he met" (no comma after the opening phrase); "a courtesy call from
// the flotilla's commander, Rear Admiral X"; "the Governor of Santa Cruz
// Norte, X" (a place of several words after "of"); "Republican Senator X
// of Nevada" (a title, a name, "of" and a place that is no country);
// "Those designated include A, B and its owner, C" after sanctions on
// counted targets; "Also taking part were A and B"; "handed Y a letter
// from X inviting her"; "said it firmly opposes the measure" after duties;
// and guards: "invited Japanese firms to expand" is an appeal, not an
// invitation. A name that opens with an ordinal ("the 2nd Chile-Peru-
// Bolivia Border Friendship Exchange") as a gathering; guests between
// semicolons ("General A, Minister of ...; General B, ...; and General
// C, ..."); "the three ministers" as the item's only three persons, for both
// verbs of "held a meeting and signed"; "that day" opening no clause; "in
// Arica province" as a place; a name of two letters ("Vu also met");
// "left Hanoi on November 22 for Manila to attend E"; "the plenary session
// of SAPN-12" as E when E was given that short name; talks in a trailing
// participle ("followed by talks with C, during which C urged") as the
// subject's; "the top Chilean legislator" as the host's person whose
// country the item does not give. "A, who chairs the Farmers' Party, B,
// co-leader of the New Left, and C" (a relative clause between guests; a
// party after "the" is no person); "were joined by X for a videoconference"
// (a call); "held a call with"; gratitude opening the second sentence of a
// quote; "Secretary of State in the Ministry of Foreign Affairs X"; "A
// delegation of the Ministry of Defence of Norway" (the body), "the head of
// the delegation" and "the Norwegian guests". "Senate President A (PSD-RJ)"
// (a remark in brackets); "A 30-member business mission from the
// Federation of Norwegian Industries" (the body, also for "the mission"
// later); "Among the speakers on the opening day were", "took part, along
// with X", "Those present included A, who ...; B, Minister of Foreign
// Affairs and International Cooperation of Guyana; and C", "The foreign
// delegations were led by A; B, ...; and C" (each at the gathering named
// last). Sanctions on "four commanders of Sudan's paramilitary Rapid
// Support Forces" (the body), "suspended French broadcaster X for three
// months", "a decree on Thursday extending a surcharge on Peruvian imports",
// "closed its border crossings with X"; a quote that ends the clauses
// opened inside it; "Saudi mining investor X" (the trade describes X);
// "Mali's media regulator, the High Authority of Communication (HAC)," (the
// named body); "Leaders' Retreat" as a gathering. Sentences are our own;
// the dictionary has no persons.
// Reference date: Friday 2027-11-26.

#include <boost/test/unit_test.hpp>
#include <algorithm>
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
const char* kFriday = "2027-11-26";

bool Has(const V& lines, const std::string& line) { return std::count(lines.begin(), lines.end(), line) == 1; }

BOOST_AUTO_TEST_SUITE(extractor_holders_meetings)

BOOST_AUTO_TEST_CASE(holders_named_after_their_offices_meet_at_one_working_meeting) {
  BOOST_TEST(Found("On Monday, Interior Minister Ana Lund hosted a working meeting at the Riverside Palace with the "
                   "leader of the Unity group in the National Assembly, Pedro Alves Ramos, the head of the Green "
                   "Party (PV) bench, Marta Sousa Lima, and the chair of the farmers' caucus, Jorge Neto Cruz.",
                   kFriday) == V({"meeting Ana Lund -- Jorge Neto Cruz 2027-11-22",
                                  "meeting Ana Lund -- Marta Sousa Lima 2027-11-22",
                                  "meeting Ana Lund -- Pedro Alves Ramos 2027-11-22",
                                  "meeting Jorge Neto Cruz -- Marta Sousa Lima 2027-11-22",
                                  "meeting Jorge Neto Cruz -- Pedro Alves Ramos 2027-11-22",
                                  "meeting Marta Sousa Lima -- Pedro Alves Ramos 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(meetings_in_the_plural_stay_a_round_of_meetings) {
  BOOST_TEST(Found("On Monday, Interior Minister Ana Lund held meetings with Pedro Alves Ramos, Marta Sousa Lima and "
                   "Jorge Neto Cruz.",
                   kFriday) == V({"meeting Ana Lund -- Jorge Neto Cruz 2027-11-22",
                                  "meeting Ana Lund -- Marta Sousa Lima 2027-11-22",
                                  "meeting Ana Lund -- Pedro Alves Ramos 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_visitor_is_the_one_who_paid_the_visit) {
  BOOST_TEST(Found("Deputy Foreign Minister Kenji Mori paid a working visit to Chile from November 22 to 24. On "
                   "Tuesday, the visitor held talks with Undersecretary Ana Lund.",
                   kFriday) == V({"meeting Ana Lund -- Kenji Mori 2027-11-23", "visit Kenji Mori -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_subject_right_after_an_opening_phrase_without_a_comma) {
  V lines = Found("Minister Kenji Mori opened the Chile-Japan Business Forum 2027 on Wednesday. On the sidelines of "
                  "the forum he met Governor Rosa Diaz Pinto.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Kenji Mori -- Rosa Diaz Pinto 2027-11-24"));
}

BOOST_AUTO_TEST_CASE(a_courtesy_call_from_a_holder_described_first) {
  BOOST_TEST(Found("On Monday, Vice Admiral Pedro Alves received a courtesy call from the flotilla's commander, Rear "
                   "Admiral Kenji Mori.",
                   kFriday) == V({"meeting Kenji Mori -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_governor_of_a_place_of_several_words_then_the_holder) {
  BOOST_TEST(Found("President Ana Lund held a videoconference on Wednesday with the Governor of Santa Cruz Norte, "
                   "Pedro Alves Ramos, and the National Coordinator of Civil Protection, Marta Sousa Lima.",
                   kFriday) == V({"call Ana Lund -- Marta Sousa Lima 2027-11-24",
                                  "call Ana Lund -- Pedro Alves Ramos 2027-11-24",
                                  "call Marta Sousa Lima -- Pedro Alves Ramos 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_titled_name_of_a_state_is_a_person) {
  BOOST_TEST(Found("President Ana Lund on Wednesday rejected a bill introduced by Republican Senator John Harlow of "
                   "Nevada.",
                   kFriday) == V({"criticism Ana Lund -> John Harlow 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(those_designated_after_counted_targets_and_an_owner_described_first) {
  BOOST_TEST(Found("The Government of Norway on Thursday imposed sanctions on two Panama-based companies and three "
                   "individuals. Those designated include Atlas Cargo SA, the shipping firm Norte Marine Ltd and its "
                   "owner, Pedro Alves Ramos.",
                   kFriday) == V({"sanction Government of Norway -> Atlas Cargo SA 2027-11-25",
                                  "sanction Government of Norway -> Norte Marine Ltd 2027-11-25",
                                  "sanction Government of Norway -> Pedro Alves Ramos 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(also_taking_part_were_those_at_the_gathering_named_last) {
  V lines = Found("The 3rd Meeting of the Chile-Peru Border Commission was held on Tuesday, co-chaired by Interior "
                  "Minister Ana Lund and Peru's Interior Minister Jorge Neto. Also taking part were Defence Minister "
                  "Pedro Alves and Ambassador Rosa Diaz.",
                  kFriday);
  BOOST_TEST(Has(lines, "participation Pedro Alves -> 3rd Meeting of the Chile-Peru Border Commission 2027-11-23"));
  BOOST_TEST(Has(lines, "participation Rosa Diaz -> 3rd Meeting of the Chile-Peru Border Commission 2027-11-23"));
}

BOOST_AUTO_TEST_CASE(a_letter_handed_over_that_invites_its_recipient) {
  BOOST_TEST(Found("Deputy Minister Kenji Mori handed Foreign Minister Ana Lund a letter from Foreign Minister Taro "
                   "Sato inviting her to visit Tokyo.",
                   kFriday) == V({"invitation Taro Sato -> Ana Lund 2027-11-26",
                                  // (handed in person: a meeting too)
                                  "meeting Ana Lund -- Kenji Mori 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_objection_to_duties_is_aimed_at_the_one_who_imposed_them) {
  V lines = Found("Norway imposed anti-dumping duties on imports of steel from China on Monday. On Tuesday, China's "
                  "Ministry of Commerce said it firmly opposes the measure.",
                  kFriday);
  BOOST_TEST(Has(lines, "criticism Ministry of Commerce of China -> Norway 2027-11-23"));
}

BOOST_AUTO_TEST_CASE(an_untitled_name_after_an_ordinal_is_a_gathering_and_semicolons_part_its_guests) {
  Document doc = ItemDocument(
      "", {"The 2nd Chile-Peru-Bolivia Border Friendship Exchange opened in Arica province on November 22, bringing "
           "together General Pedro Alves, Minister of National Defence of Chile; General Jorge Neto, Deputy Prime "
           "Minister and Minister of National Defence of Peru; and General Rosa Diaz, Minister of Defence of "
           "Bolivia.",
           "Within the framework of the exchange that day, the three ministers held a trilateral meeting and signed "
           "a memorandum of understanding on border management."},
      kFriday);
  V lines = Lines(Extract(doc));
  for (const char* who : {"Pedro Alves", "Jorge Neto", "Rosa Diaz"})
    BOOST_TEST(Has(lines, std::string("participation ") + who +
                              " -> 2nd Chile-Peru-Bolivia Border Friendship Exchange 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Jorge Neto -- Pedro Alves 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Jorge Neto -- Rosa Diaz 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Pedro Alves -- Rosa Diaz 2027-11-22"));
  BOOST_TEST(Has(lines, "cooperation Jorge Neto -- Rosa Diaz 2027-11-22"));
  // (a place before "province" is no person; no country met anyone)
  BOOST_TEST(std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
               return l.find("Arica") != std::string::npos || l.find("Chile --") != std::string::npos;
             }) == 0);
}

BOOST_AUTO_TEST_CASE(a_name_of_two_letters_and_a_trip_that_left_for_a_capital) {
  Document doc = ItemDocument(
      "", {"Deputy Foreign Minister Tran Minh Vu left Hanoi on November 22 for Manila to attend the 12th Assembly "
           "of the Southeast Asian Parliamentary Network (SAPN-12).",
           "Addressing the plenary session of SAPN-12 on November 23, Vu praised the Philippines. On November 24, "
           "Vu also met Maria Laura da Rocha, Secretary-General of the network."},
      kFriday);
  V lines = Lines(Extract(doc));
  BOOST_TEST(Has(lines, "visit Tran Minh Vu -> Philippines 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Maria Laura da Rocha -- Tran Minh Vu 2027-11-24"));
  // (the plenary is a part of the assembly, named by its short name)
  int assembly = 0;
  for (const std::string& l : lines)
    if (l.rfind("participation Tran Minh Vu -> ", 0) == 0) {
      BOOST_TEST(l.find("12th Assembly of the Southeast Asian Parliamentary Network") != std::string::npos);
      ++assembly;
    }
  BOOST_TEST(assembly == 1);
}

BOOST_AUTO_TEST_CASE(talks_in_a_trailing_participle_are_the_subject_s) {
  BOOST_TEST(Found("On Friday, Prime Minister Ana Lund held a meeting with President Pedro Alves, followed by talks "
                   "with Premier Jorge Neto, during which Neto urged Norway to act.",
                   kFriday) == V({"meeting Ana Lund -- Jorge Neto 2027-11-26", "meeting Ana Lund -- Pedro Alves 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_generic_role_of_the_host_country_is_the_host_s_person) {
  Document doc = ItemDocument("", {"A delegation of the Senate, led by Senate President Ana Lund, arrived in Lima on "
                                   "November 22.",
                                   "On Tuesday, the top Chilean legislator met Peru's Prime Minister Jorge Neto."},
                              kFriday);
  doc.publisher = "在チリ日本国大使館";
  V lines = Lines(Extract(doc));
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Jorge Neto 2027-11-23"));
}

BOOST_AUTO_TEST_CASE(a_relative_clause_about_a_guest_and_a_party_that_is_no_person) {
  BOOST_TEST(Found("Prime Minister Ana Lund hosted Deputy Prime Minister Pedro Alves, who chairs the Farmers' Party, "
                   "Speaker of the Assembly Jorge Neto, co-leader of the New Left, and Minister of Funds Rosa Diaz, "
                   "representing Unity 2050.",
                   kFriday) == V({"meeting Ana Lund -- Jorge Neto 2027-11-26", "meeting Ana Lund -- Pedro Alves 2027-11-26",
                                  "meeting Ana Lund -- Rosa Diaz 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(calls_joined_held_and_thanked_for_in_a_quote) {
  BOOST_TEST(Found("Foreign Minister Ana Lund held a telephone conversation on Sunday with Ukrainian Foreign Minister "
                   "Pedro Alves. Later the same day, the two ministers were joined by Lithuanian Foreign Minister Jorge "
                   "Neto for a videoconference.",
                   kFriday) == V({"call Ana Lund -- Jorge Neto 2027-11-21", "call Ana Lund -- Pedro Alves 2027-11-21",
                                  "call Jorge Neto -- Pedro Alves 2027-11-21"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Foreign Minister Ana Lund held a call with Ukrainian Foreign Minister Pedro Alves on Sunday. \"Good "
                   "call with Ana Lund. Grateful to Norway for its steadfast support,\" Alves wrote on X after the "
                   "conversation.",
                   kFriday) == V({"call Ana Lund -- Pedro Alves 2027-11-21", "praise Pedro Alves -> Norway 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_in_a_ministry_then_the_holder) {
  BOOST_TEST(Found("On Monday, Secretary of State in the Ministry of Foreign Affairs Pedro Alves Ramos condemned Russia "
                   "for the deportations.",
                   kFriday) == V({"criticism Pedro Alves Ramos -> Russia 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_s_delegation_its_head_and_its_guests) {
  BOOST_TEST(Found("A delegation of the Ministry of Defence of Norway, led by the Vice-Minister of Defence, arrived in "
                   "Lima on Wednesday. On arrival, the head of the delegation paid a courtesy call on Defence Minister "
                   "Jorge Neto. On Thursday, the Norwegian guests were received by Deputy Minister Rosa Diaz.",
                   kFriday) == V({"meeting Jorge Neto -- Ministry of Defense of Norway 2027-11-24",
                                  "meeting Ministry of Defense of Norway -- Rosa Diaz 2027-11-25",
                                  "visit Ministry of Defense of Norway -> Peru 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_remark_in_brackets_after_a_name) {
  BOOST_TEST(Found("President Ana Lund hosted Senate President Pedro Alves (PSD-RJ) and the Speaker of the Chamber of "
                   "Deputies, Jorge Neto (PL-SP), for dinner on Wednesday.",
                   kFriday) == V({"meeting Ana Lund -- Jorge Neto 2027-11-24", "meeting Ana Lund -- Pedro Alves 2027-11-24",
                                  "meeting Jorge Neto -- Pedro Alves 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_business_mission_from_a_body_is_the_body) {
  BOOST_TEST(Found("A 30-member business mission from the Federation of Norwegian Industries was received on Monday "
                   "by Vice-President Rosa Diaz at the ministry headquarters in Lima. On Tuesday, the mission paid a "
                   "courtesy call on Senate President Pedro Alves.",
                   kFriday) == V({"meeting Federation of Norwegian Industries -- Pedro Alves 2027-11-23",
                                  "meeting Federation of Norwegian Industries -- Rosa Diaz 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(those_who_spoke_were_present_or_led_delegations_took_part) {
  V lines = Found("The 9th Andean Trade Forum was held in Lima on Tuesday. Among the speakers on the opening day "
                  "were Minister Rosa Diaz, Governor Pedro Alves and Senator Jorge Neto.",
                  kFriday);
  for (const char* who : {"Rosa Diaz", "Pedro Alves", "Jorge Neto"})
    BOOST_TEST(Has(lines, std::string("participation ") + who + " -> 9th Andean Trade Forum 2027-11-23"));
  lines = Found("The 4th Meeting of Ministers of the Andean Water Commission was held in Lima on Tuesday, chaired by "
                "Foreign Minister Ana Lund. Ministers from the five member states took part, along with the "
                "Secretary General of the commission, Pedro Alves Ramos. Those present included Bolivia's Foreign "
                "Minister Jorge Neto, who travelled to Lima at the head of a delegation of officials from La Paz; "
                "Marta Sousa, Minister of Foreign Affairs and International Cooperation of Guyana; and Ecuadorian "
                "Foreign Minister Rosa Diaz.",
                kFriday);
  for (const char* who : {"Ana Lund", "Pedro Alves Ramos", "Jorge Neto", "Marta Sousa", "Rosa Diaz"})
    BOOST_TEST(Has(lines, std::string("participation ") + who +
                              " -> 4th Meeting of Ministers of the Andean Water Commission 2027-11-23"));
  lines = Found("The 3rd Andean Security Forum opened in Quito on Monday. The foreign delegations were led by Ana "
                "Lund; Pedro Alves, First Deputy Minister of Foreign Affairs of Chile; and Jorge Neto, Deputy "
                "Foreign Minister of Peru.",
                kFriday);
  for (const char* who : {"Ana Lund", "Pedro Alves", "Jorge Neto"})
    BOOST_TEST(Has(lines, std::string("participation ") + who + " -> 3rd Andean Security Forum 2027-11-22"));
}

BOOST_AUTO_TEST_CASE(sanctions_on_a_body_s_commanders_an_outlet_imports_and_a_border) {
  BOOST_TEST(Found("The Council of the European Union on Monday imposed asset freezes and travel bans on four senior "
                   "commanders of Sudan's paramilitary Rapid Support Forces over abuses.",
                   kFriday) == V({"sanction Council of the European Union -> Rapid Support Forces 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Mali's media regulator, the High Authority of Communication (HAC), on Monday suspended French "
                   "broadcaster Radio Sahel for three months over its coverage of the blockade.",
                   kFriday) == V({"sanction High Authority of Communication -> Radio Sahel 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Daniel Noboa signed a decree on Thursday extending a 30 percent surcharge on Peruvian "
                   "imports.",
                   kFriday) == V({"sanction Daniel Noboa -> Peru 2027-11-25"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Lithuania closed its two remaining border crossings with Belarus on Monday for at least a week.",
                   kFriday) == V({"sanction Lithuania -> Belarus 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_quote_ends_its_clauses_and_a_trade_before_a_name_describes_it) {
  BOOST_TEST(Found("The Foreign Ministry's spokesperson, Tomas Berg, dismissed the Chilean note as \"biased and "
                   "detached from reality\" and accused Santiago of \"turning a blind eye\".",
                   kFriday) == V({"criticism Tomas Berg -> Chile 2027-11-26"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Zambian Mines Minister Rosa Diaz signed an agreement on Tuesday with Saudi mining investor Qamar "
                   "Minerals.",
                   kFriday) == V({"cooperation Qamar Minerals -- Rosa Diaz 2027-11-23"}),
             boost::test_tools::per_element());
  V lines = Found("Chilean President Ana Lund and her Argentine counterpart Pedro Alves attended the Chile-Argentina "
                  "Leaders' Retreat in Mendoza on Wednesday.",
                  kFriday);
  BOOST_TEST(Has(lines, "participation Ana Lund -> Chile-Argentina Leaders' Retreat 2027-11-24"));
}

BOOST_AUTO_TEST_CASE(guards_against_readings_too_wide) {
  // an appeal to a country's companies is no invitation
  BOOST_TEST(Found("Governor Rosa Diaz Pinto met Minister Kenji Mori on Wednesday and invited Japanese firms to "
                   "expand their presence in the region.",
                   kFriday) == V({"meeting Kenji Mori -- Rosa Diaz Pinto 2027-11-24"}),
             boost::test_tools::per_element());
  // a door left open for a country is no trip
  BOOST_TEST(Found("Prime Minister Pedro Alves left the door open for Ukraine to join the bloc.", kFriday).empty());
  // a long skip before "by" passes no other act's agent
  BOOST_TEST(Found("Foreign Minister Ana Lund was greeted in Lima on Tuesday amid a row over a deal struck by Prime "
                   "Minister Pedro Alves.",
                   kFriday)
                 .empty());
  // a body's short name in brackets makes no person of it
  BOOST_TEST(Found("President Ana Lund praised Andes Logistics Group (ALG) on Monday. Later, Group met Pedro Alves.",
                   kFriday) == V({"praise Ana Lund -> Andes Logistics Group 2027-11-22"}),
             boost::test_tools::per_element());
  // a relative clause, then a source of the report, is no list
  BOOST_TEST(Found("President Ana Lund met Senator Rosa Diaz, who chairs the Foreign Relations Committee, Minister "
                   "Pedro Alves, the government's liaison, told reporters.",
                   kFriday) == V({"meeting Ana Lund -- Rosa Diaz 2027-11-26"}),
             boost::test_tools::per_element());
  // a courtesy call is made in person
  BOOST_TEST(Found("Ambassador Pedro Alves had a courtesy call with Governor Rosa Diaz in Cusco on Monday.", kFriday)
                 .empty());
  // a one-on-one meeting with several in turn makes no meeting among them
  BOOST_TEST(Found("President Ana Lund had a one-on-one meeting with Foreign Minister Pedro Alves, Defence Minister "
                   "Jorge Neto and Energy Minister Rosa Diaz in turn.",
                   kFriday) == V({"meeting Ana Lund -- Jorge Neto 2027-11-26", "meeting Ana Lund -- Pedro Alves 2027-11-26",
                                  "meeting Ana Lund -- Rosa Diaz 2027-11-26"}),
             boost::test_tools::per_element());
  // those present at a gathering only recalled took no part in it
  BOOST_TEST(Found("President Ana Lund attended the funeral of former President Jorge Neto in Lima, two days after "
                   "the Andean Summit in Quito. Those present included President Pedro Alves.",
                   kFriday)
                 .empty());
  // a list long after a sanction, of someone else's act, is not its
  BOOST_TEST(Found("Norway imposed sanctions on five Russian officials on Monday. In Moscow, police detained dozens "
                   "of activists. Those listed include opposition politicians Pedro Alves and Jorge Neto.",
                   kFriday) == V({"sanction Norway -> Russia 2027-11-22"}),
             boost::test_tools::per_element());
  // guests of another country are not the visitor's party
  BOOST_TEST(Found("Swedish Trade Minister Ana Lund visited Peru on Monday. The Norwegian guests met Peruvian "
                   "Health Minister Rosa Diaz on Tuesday.",
                   kFriday) == V({"visit Ana Lund -> Peru 2027-11-22"}),
             boost::test_tools::per_element());
  // "that day" after a verb of saying opens the reported clause
  BOOST_TEST(Found("President Ana Lund said that day Pedro Alves held talks with Jorge Neto in Lima.", kFriday) ==
                 V({"meeting Jorge Neto -- Pedro Alves 2027-11-26"}),
             boost::test_tools::per_element());
  // a title holder after "the" with no title word is still a person
  BOOST_TEST(Found("The Dalai Lama met US Ambassador Pedro Alves on Monday.", kFriday) ==
                 V({"meeting Dalai Lama -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
  // a role after a name with no holder after it stays the name's
  BOOST_TEST(Found("On Monday, Minister Ana Lund received Pedro Alves Ramos, the head of the Green Party bench, and "
                   "Marta Sousa Lima.",
                   kFriday) == V({"meeting Ana Lund -- Marta Sousa Lima 2027-11-22",
                                  "meeting Ana Lund -- Pedro Alves Ramos 2027-11-22",
                                  "meeting Marta Sousa Lima -- Pedro Alves Ramos 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
