// The extractor on groups that point back to the contact just reported
// ("the three ministers" after a trilateral meeting, "the ministers" after
// the second of two calls), on titles whose portfolio is a list with
// one-word members, and on the other constructions added with them.
// Sentences are our own; the dictionary has no persons. Reference date:
// Friday 2027-11-26.

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
const char* kFriday = "2027-11-26";

BOOST_AUTO_TEST_SUITE(extractor_groups_portfolios)

BOOST_AUTO_TEST_CASE(the_three_ministers_are_those_of_the_trilateral_meeting) {
  // a fourth minister met earlier in the item does not sign
  BOOST_TEST(Found("On Tuesday, Foreign Minister Ana Revenco met Foreign Minister of Chile Pedro Larrain. "
                   "Revenco then held a trilateral meeting with Foreign Minister of Peru Elena Quispe and Foreign "
                   "Minister of Bolivia Jorge Mamani. At the end of the meeting, the three ministers signed a joint "
                   "statement.",
                   kFriday) == V({"cooperation Ana Revenco -- Elena Quispe 2027-11-23",
                                  "cooperation Ana Revenco -- Jorge Mamani 2027-11-23",
                                  "cooperation Elena Quispe -- Jorge Mamani 2027-11-23",
                                  "meeting Ana Revenco -- Elena Quispe 2027-11-23",
                                  "meeting Ana Revenco -- Jorge Mamani 2027-11-23",
                                  "meeting Ana Revenco -- Pedro Larrain 2027-11-23",
                                  "meeting Elena Quispe -- Jorge Mamani 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_ministers_after_two_calls_are_the_pair_of_the_second) {
  BOOST_TEST(Found("Foreign Minister Ana Revenco held phone calls with Foreign Minister of Chile Pedro Larrain and "
                   "Foreign Minister of Peru Elena Quispe. On Tuesday, Revenco spoke by phone with Larrain. On "
                   "Wednesday, Revenco spoke by phone with Quispe. The ministers agreed to set up a working group "
                   "on fisheries.",
                   kFriday) == V({"call Ana Revenco -- Elena Quispe 2027-11-24",
                                  "call Ana Revenco -- Pedro Larrain 2027-11-23",
                                  "cooperation Ana Revenco -- Elena Quispe 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_portfolio_list_may_hold_one_word_members) {
  // "Migration" alone is one more portfolio, not a person, and the known
  // minister at the end holds the whole title: one call, not three
  ActorDictionary dictionary = testing::DictionaryWithoutPersonsPlus(
      R"({"actors": [{"id": "pedro-larrain", "name": "Pedro Larrain", "kind": "person", "country": "chile"},
                     {"id": "elena-quispe", "name": "Elena Quispe", "kind": "person", "country": "peru",
                      "roles": [{"office": "Foreign Minister", "country": "peru", "from": "2024-01-01", "to": ""}]}]})");
  BOOST_TEST(Found("Foreign Minister Ana Revenco held phone calls with Peruvian Foreign Minister Elena Quispe and "
                   "Pedro Larrain. On Monday, Revenco spoke by phone with Minister of Foreign Affairs, Migration "
                   "and Chilean Expatriates Pedro Larrain.",
                   kFriday, dictionary) == V({"call Ana Revenco -- Elena Quispe 2027-11-26",
                                              "call Ana Revenco -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(came_together_with_is_a_meeting) {
  BOOST_TEST(Found("On Thursday, Foreign Minister Ana Revenco came together with Foreign Minister of Chile Pedro "
                   "Larrain.",
                   kFriday) == V({"meeting Ana Revenco -- Pedro Larrain 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_report_is_the_body_that_adopted_it) {
  // "its report" belongs to the body that adopted it, not to the rapporteur
  // who drafted it and was quoted since
  BOOST_TEST(Found("On Monday, the European Parliament adopted in Strasbourg its report on Moldova, drafted by the "
                   "rapporteur for Moldova Sven Holm. During the debate, Holm stated that Moldova \"still has far to "
                   "go.\" On Tuesday, Speaker Igor Grosu criticized the report.",
                   kFriday) == V({"criticism Igor Grosu -> European Parliament 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_statement_holds_its_author_s_blame) {
  // "said in a statement" names the statement's author; holding someone
  // responsible is blame
  BOOST_TEST(Found("\"We condemn the raid,\" the Ministry of Foreign Affairs of Moldova said in a statement released "
                   "on Wednesday. The statement held the Russian government responsible for the escalation.",
                   kFriday) == V({"criticism Ministry of Foreign Affairs of Moldova -> Government of Russia 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(inviting_someone_to_abandon_a_course_is_an_appeal) {
  BOOST_TEST(Found("On Monday, the Ministry of Foreign Affairs of Moldova said: \"We invite the European Parliament "
                   "to abandon this unconstructive attitude.\"",
                   kFriday)
                 .empty());
  // an invitation to come stays one
  BOOST_TEST(Found("On Monday, Foreign Minister of Moldova Ana Revenco invited Foreign Minister of Chile Pedro "
                   "Larrain to visit Chisinau.",
                   kFriday) == V({"invitation Ana Revenco -> Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unnamed_ministry_in_an_embassy_digest_is_the_host_s) {
  // no minister is named: the host country's ministry speaks
  Document doc = ItemDocument("", {"On Monday, the European Parliament adopted its report on Moldova. In a written "
                                   "statement, the Ministry of Foreign Affairs stated: \"We reject the report.\""},
                              "2027-11-24");
  doc.publisher = "在モルドバ日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"criticism Ministry of Foreign Affairs of Moldova -> European Parliament 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(two_co_chairs_named_with_together_with_met) {
  BOOST_TEST(Found("On Tuesday, Minister of Trade Ana Revenco co-chaired the 9th Meeting of the Moldova-Chile "
                   "Intergovernmental Commission together with Foreign Minister of Chile Pedro Larrain in Chisinau.",
                   kFriday) == V({"meeting Ana Revenco -- Pedro Larrain 2027-11-23",
                                  "participation Ana Revenco -> 9th Meeting of the Moldova-Chile Intergovernmental "
                                  "Commission 2027-11-23",
                                  "participation Pedro Larrain -> 9th Meeting of the Moldova-Chile Intergovernmental "
                                  "Commission 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_role_with_a_portfolio_between_countries_set_off_by_commas) {
  // the envoy's portfolio names two countries; his name follows between
  // commas with a title of its own; "the special envoys" are the two
  BOOST_TEST(Found("Special Envoy of Moldova for the settlement process between Moldova and Romania, Ambassador "
                   "Vasile Lungu, and Special Envoy of Romania Dan Popescu held their third meeting on Monday. The "
                   "special envoys agreed to set up a joint working group.",
                   kFriday) == V({"cooperation Dan Popescu -- Vasile Lungu 2027-11-22",
                                  "meeting Dan Popescu -- Vasile Lungu 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_signing_named_by_a_noun_joins_its_parties) {
  BOOST_TEST(Found("On Wednesday, the Ministry of Foreign Affairs of Moldova welcomed the signing of the protocol on "
                   "the delimitation of the northern section of the state border between Chile and Peru.",
                   kFriday) == V({"cooperation Chile -- Peru 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_of_a_named_company_then_the_holder_between_commas) {
  // the company after "of" is no person's name: the holder follows
  BOOST_TEST(Found("On Monday, President Ana Revenco met with the Chief Executive Officer of the Chilean company "
                   "Andes Cargo, Pedro Larrain, who reported on the works.",
                   kFriday) == V({"meeting Ana Revenco -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, President Ana Revenco received the CEO of Andes Cargo, Pedro Larrain.", kFriday) ==
                 V({"meeting Ana Revenco -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unnamed_meeting_held_with_the_participation_of_persons) {
  // the participants of a meeting with no name met each other; "acting"
  // before a title is no participle that ends the list
  BOOST_TEST(Found("On Monday, a trilateral meeting of the foreign ministers was held in Lima with the participation "
                   "of Foreign Minister of Peru Elena Quispe, acting Foreign Minister of Chile Pedro Larrain and "
                   "Foreign Minister of Bolivia Jorge Mamani.",
                   kFriday) == V({"meeting Elena Quispe -- Jorge Mamani 2027-11-22",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "meeting Jorge Mamani -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_guest_conveys_an_invitation_to_the_host_not_to_a_fellow_guest) {
  BOOST_TEST(Found("On Tuesday, President Ana Revenco received Foreign Minister of Chile Pedro Larrain and Foreign "
                   "Minister of Peru Elena Quispe. Quispe conveyed an invitation from President of Peru Jorge "
                   "Mamani to pay an official visit to Lima.",
                   kFriday) == V({"invitation Jorge Mamani -> Ana Revenco 2027-11-23",
                                  "meeting Ana Revenco -- Elena Quispe 2027-11-23",
                                  "meeting Ana Revenco -- Pedro Larrain 2027-11-23",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_under_a_body_then_the_holder) {
  // the body's name does not run on into the holder's; a videoconference
  // held between two persons is a call
  BOOST_TEST(Found("On Monday, a videoconference was held between Head of the Agency of Ports under the Cabinet of "
                   "Ministers of Moldova Vasile Lungu and Minister of Transport of Chile Pedro Larrain.",
                   kFriday) == V({"call Pedro Larrain -- Vasile Lungu 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_co_chairs_are_those_who_co_chaired_not_the_host) {
  BOOST_TEST(Found("On Tuesday, President Ana Revenco received Minister of Economy of Chile Pedro Larrain. The 5th "
                   "meeting of the Moldova-Chile Intergovernmental Commission was co-chaired by Larrain and Deputy "
                   "Prime Minister of Moldova Vasile Lungu. Following the session, the co-chairs signed the "
                   "Protocol of the meeting.",
                   kFriday) == V({"cooperation Pedro Larrain -- Vasile Lungu 2027-11-23",
                                  "meeting Ana Revenco -- Pedro Larrain 2027-11-23",
                                  "meeting Pedro Larrain -- Vasile Lungu 2027-11-23",
                                  "participation Pedro Larrain -> 5th meeting of the Moldova-Chile "
                                  "Intergovernmental Commission 2027-11-23",
                                  "participation Vasile Lungu -> 5th meeting of the Moldova-Chile "
                                  "Intergovernmental Commission 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(delegations_of_countries_stand_for_them) {
  BOOST_TEST(Found("Senior military delegations from Chile and Peru met in Arica on Wednesday and agreed to set up a "
                   "joint border mechanism.",
                   kFriday) == V({"cooperation Chile -- Peru 2027-11-24", "meeting Chile -- Peru 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_act_years_before_in_an_after_clause_is_recalled) {
  // an implementation arrangement is an agreement; the treaty concluded
  // "three years after"-wise before is only recalled
  BOOST_TEST(Found("Foreign Minister of Chile Pedro Larrain and Foreign Minister of Peru Elena Quispe signed an "
                   "implementation arrangement on maritime surveillance in Lima on Thursday, three years after the "
                   "two countries concluded the Pacific defence treaty in Santiago.",
                   kFriday) == V({"cooperation Elena Quispe -- Pedro Larrain 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_call_by_video_link_with_the_day_between) {
  BOOST_TEST(Found("Minister of European Integration of Moldova Ana Revenco spoke by video link on Friday with "
                   "Minister of Climate Change of Chile Pedro Larrain.",
                   kFriday) == V({"call Ana Revenco -- Pedro Larrain 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(opening_a_pavilion_at_a_fair_is_taking_part) {
  BOOST_TEST(Found("Economy Minister of Moldova Ana Revenco opened her country's pavilion at the 12th Andean "
                   "International Fair on Saturday.",
                   "2027-11-29") == V({"participation Ana Revenco -> 12th Andean International Fair 2027-11-27"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_routine_sitting_of_a_national_body_is_no_named_gathering) {
  // no ordinal, no name of its own, the body a country's: not coded
  BOOST_TEST(Found("On Tuesday, Speaker Ana Revenco took part in the plenary session of the Parliament of Moldova.",
                   kFriday)
                 .empty());
  // with an ordinal it is a gathering
  BOOST_TEST(Found("On Tuesday, Speaker Ana Revenco took part in the fifth plenary session of the Parliament of "
                   "Moldova.",
                   kFriday) == V({"participation Ana Revenco -> fifth plenary session of the Parliament of Moldova "
                                  "2027-11-23"}),
             boost::test_tools::per_element());
  // so is a meeting of an international body
  BOOST_TEST(Found("On Tuesday, Foreign Minister Ana Revenco took part in the meeting of the Council of Foreign "
                   "Ministers of the Organization for Security and Co-operation in Europe.",
                   kFriday) == V({"participation Ana Revenco -> meeting of the Council of Foreign Ministers of the "
                                  "Organization for Security and Co-operation in Europe 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_gathering_named_by_its_year_before_or_after_its_kind) {
  // the name ends at its year; the words of its kind are no part of it;
  // "the exercise" points back to it
  BOOST_TEST(Found("The Andean Condor 2027 international air force exercise, hosted by the Chilean Air Force, began "
                   "on Monday. The Peruvian Air Force and the Bolivian Air Force are taking part in the exercise.",
                   kFriday) == V({"participation Air Force of Bolivia -> Andean Condor 2027 2027-11-22",
                                  "participation Air Force of Chile -> Andean Condor 2027 2027-11-22",
                                  "participation Air Force of Peru -> Andean Condor 2027 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, the Peruvian Air Force took part in the international air exercise Andean Condor "
                   "2027.",
                   kFriday) == V({"participation Air Force of Peru -> Andean Condor 2027 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_quoted_name_after_the_exercise_of_a_body_names_the_exercise) {
  BOOST_TEST(Found("On Monday, the joint exercise of the Andean Rapid Reaction Forces \"Cordillera-2027\" began. "
                   "The Peruvian Army took part in the exercise.",
                   kFriday) == V({"participation Army of Peru -> Cordillera-2027 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_capital_s_name_as_a_given_name) {
  // "Sofia" before a family name is hers, not Bulgaria's capital; after
  // "in" it stays the place
  BOOST_TEST(Found("On Monday, Foreign Minister of Peru Elena Quispe held a video conference with her Chilean and "
                   "Bolivian counterparts, Pedro Larrain and Sofia Mamani.",
                   kFriday) == V({"call Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "call Elena Quispe -- Sofia Mamani 2027-11-22",
                                  "call Pedro Larrain -- Sofia Mamani 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Foreign Minister of Peru Elena Quispe arrived in Sofia.", kFriday) ==
                 V({"visit Elena Quispe -> Bulgaria 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(persona_non_grata_after_a_place) {
  BOOST_TEST(Found("On Monday, the Ministry of Foreign Affairs of Moldova declared two Russian consular officials in "
                   "Balti persona non grata.",
                   kFriday) == V({"sanction Ministry of Foreign Affairs of Moldova -> Russia 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_delegation_of_a_country_s_people_stands_for_it) {
  BOOST_TEST(Found("On Wednesday, Minister of Tourism of Chile Pedro Larrain received a delegation of Peruvian "
                   "provincial governors in Arica and signed a memorandum on cross-border tourism promotion with "
                   "Deputy Minister of Tourism of Peru Elena Quispe.",
                   kFriday) == V({"cooperation Elena Quispe -- Pedro Larrain 2027-11-24",
                                  "meeting Pedro Larrain -- Peru 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_mayor_of_a_city_named_after_its_country_then_the_holder) {
  BOOST_TEST(Found("The mayor of Arica, Pedro Larrain, and the mayor of the Peruvian city of Tacna, Elena Quispe, "
                   "signed a twinning agreement on Tuesday.",
                   kFriday) == V({"cooperation Elena Quispe -- Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_country_after_for_or_to_in_a_title_is_the_post_s_not_the_holder_s) {
  // the mission chief for Moldova comes from abroad: a visit
  BOOST_TEST(Found("An IMF staff mission led by Mission Chief for Moldova Sven Holm arrived in Chisinau on Monday.",
                   kFriday) == V({"visit Sven Holm -> Moldova 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(her_counterpart_with_no_country_is_the_one_she_called) {
  BOOST_TEST(Found("Foreign Minister of Peru Elena Quispe spoke by phone on Monday with her Chilean counterpart, "
                   "Pedro Larrain. Quispe also thanked her counterpart for Chile's support.",
                   kFriday) == V({"call Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "praise Elena Quispe -> Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_two_ministers_and_the_visiting_minister_of_a_visit) {
  // the item's frame is the visitor and the country he visits: "the two
  // Foreign Ministers" are the two so titled; "the visiting Foreign
  // Minister" is the visitor, not the host country's holder of the office
  ActorDictionary dictionary = testing::DictionaryWithoutPersonsPlus(
      R"({"actors": [{"id": "ana-revenco", "name": "Ana Revenco", "kind": "person", "country": "moldova",
                      "roles": [{"office": "Foreign Minister", "country": "moldova", "from": "2024-01-01", "to": ""}]}]})");
  Document doc = ItemDocument(
      "Foreign Minister of Chile Pedro Larrain pays official visit to Moldova",
      {"Foreign Minister of Chile Pedro Larrain arrived in Chisinau on Monday at the invitation of Deputy Prime "
       "Minister and Foreign Minister Ana Revenco. On Tuesday, delegation-level talks between the two Foreign "
       "Ministers were held at the Ministry. Later the same day, the visiting Foreign Minister called on Prime "
       "Minister Vasile Lungu at his office."},
      "2027-11-24");
  doc.publisher = "在モルドバ日本国大使館";
  BOOST_TEST(Lines(Extract(doc, dictionary)) == V({"meeting Ana Revenco -- Pedro Larrain 2027-11-23",
                                                   "meeting Pedro Larrain -- Vasile Lungu 2027-11-23",
                                                   "visit Pedro Larrain -> Moldova 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(envoys_listed_after_a_reception_of_credentials) {
  BOOST_TEST(Found("On Monday, President Ana Revenco received the credentials of newly appointed heads of mission. "
                   "Those who presented their credentials were Ambassador of Chile Pedro Larrain and Ambassador of "
                   "Peru Elena Quispe.",
                   kFriday) == V({"meeting Ana Revenco -- Elena Quispe 2027-11-22",
                                  "meeting Ana Revenco -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_mission_is_led_by_the_one_named_with_it) {
  // "the mission" is its leader, named in one phrase with it; "the opening
  // session" between the verb and "with" is no party
  BOOST_TEST(Found("An IMF staff mission led by Mission Chief for Moldova Sven Holm arrived in Chisinau on Monday. "
                   "On Tuesday, the mission held the opening session with Governor of the National Bank of Moldova "
                   "Anca Dragu.",
                   kFriday) == V({"meeting Anca Dragu -- Sven Holm 2027-11-23", "visit Sven Holm -> Moldova 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_counterpart_at_a_ministry_names_no_one_at_the_ministry) {
  BOOST_TEST(Found("Foreign Minister of Peru Elena Quispe is on an official visit to Chile. On Tuesday, Quispe held "
                   "official talks with her Chilean counterpart at the Ministry of Foreign Affairs in Santiago.",
                   kFriday,
                   testing::DictionaryWithoutPersonsPlus(
                       R"({"actors": [{"id": "pedro-larrain", "name": "Pedro Larrain", "kind": "person",
                            "country": "chile", "roles": [{"office": "Foreign Minister", "country": "chile",
                            "from": "2024-01-01", "to": ""}]}]})")) == V({"meeting Chile -- Elena Quispe 2027-11-23",
                              "visit Elena Quispe -> Chile 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_sitting_convened_with_the_participation_of_persons) {
  // the one who convened it and each named participant met
  BOOST_TEST(Found("On Monday, President of Moldova Ana Revenco convened a regular meeting of the Supreme Security "
                   "Council, with the participation of the members of the Council, Speaker Vasile Lungu and Prime "
                   "Minister Sven Holm.",
                   kFriday) == V({"meeting Ana Revenco -- Sven Holm 2027-11-22",
                                  "meeting Ana Revenco -- Vasile Lungu 2027-11-22",
                                  "meeting Sven Holm -- Vasile Lungu 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_non_resident_envoy_s_seat_is_no_party) {
  BOOST_TEST(Found("On Monday, President Ana Revenco received the letters of credence of Ambassador of the Republic "
                   "of Chile to Moldova, resident in Bucharest, Pedro Larrain.",
                   kFriday) == V({"meeting Ana Revenco -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
  // in a list, the title before the seat is the next holder's, not an
  // apposition of the one before
  BOOST_TEST(Found("On Monday, President Ana Revenco received the letters of credence of Ambassador of Peru Elena "
                   "Quispe, Ambassador of the Republic of Chile to Moldova, resident in Bucharest, Pedro Larrain, and "
                   "Ambassador of Bolivia Jorge Mamani.",
                   kFriday) == V({"meeting Ana Revenco -- Elena Quispe 2027-11-22",
                                  "meeting Ana Revenco -- Jorge Mamani 2027-11-22",
                                  "meeting Ana Revenco -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(recalling_an_ambassador_reduces_relations) {
  BOOST_TEST(Found("On Monday, Moldova recalled its ambassador from Moscow for consultations.", kFriday) ==
                 V({"sanction Moldova -> Russia 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(senior_diplomats_of_countries_opening_a_sentence) {
  BOOST_TEST(Found("Senior diplomats of Chile, Peru and Bolivia met in Lima on Monday.", kFriday) ==
                 V({"meeting Bolivia -- Chile 2027-11-22", "meeting Bolivia -- Peru 2027-11-22",
                    "meeting Chile -- Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_two_met_in_a_clause_after_another_act) {
  BOOST_TEST(Found("Foreign Minister of Peru Elena Quispe invited Foreign Minister of Chile Pedro Larrain to the "
                   "Lima Forum 2028 when the two met in Arica on Wednesday.",
                   kFriday) == V({"invitation Elena Quispe -> Pedro Larrain 2027-11-24",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_company_named_after_its_country_and_kind_as_a_partner) {
  // a port concession's extension is an agreement; "Do" after a lower-case
  // title is a family name, not the verb
  BOOST_TEST(Found("Minister of Ports of Chile Pedro Larrain signed a memorandum with Peruvian carmaker Andimotor "
                   "on Tuesday.",
                   kFriday) == V({"cooperation Andimotor -- Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Port authority chief executive Pedro Larrain met Haiphong Port chairman Do Van Minh in Arica "
                   "on Monday, and the two signed a 15-year extension of the port concession.",
                   kFriday) == V({"cooperation Do Van Minh -- Pedro Larrain 2027-11-22",
                                  "meeting Do Van Minh -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_first_two_words_of_a_longer_name_are_that_person) {
  BOOST_TEST(Found("Minister of Commerce of Chile Pedro Larrain Soto arrived in Lima on Monday. On Tuesday, Pedro "
                   "Larrain held a meeting with Minister of Commerce of Peru Elena Quispe.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain Soto 2027-11-23",
                                  "visit Pedro Larrain Soto -> Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(renewing_an_agreement_is_cooperation) {
  // the meeting the relative clause recalls is not coded
  BOOST_TEST(Found("Arica Mayor Pedro Larrain and Tacna Mayor Elena Quispe, who first met at an urban forum in 2019, "
                   "renewed their cities' sister-city agreement for another ten years on Tuesday.",
                   kFriday) == V({"cooperation Elena Quispe -- Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
