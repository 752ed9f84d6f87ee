// The extractor on groups named by an office ("the two heads of state",
// "the chairmen"), on sanctions by regulators and their lists of targets,
// on accusations rejected, and on the other constructions added with them.
// Sentences are our own; the dictionary has no persons unless a case adds
// some. Reference date: Friday 2027-11-26.

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

BOOST_AUTO_TEST_SUITE(extractor_heads_sanctions)

BOOST_AUTO_TEST_CASE(the_two_heads_of_state_are_the_presidents_not_the_greeter) {
  // the Prime Minister who met the guest at the airport is no head of state
  Document doc = ItemDocument(
      "President of Chile Pedro Larrain pays state visit to Peru",
      {"On Monday, President of Chile Pedro Larrain paid a state visit to Peru at the invitation of President "
       "Elena Quispe. At the airport the guest was met by Prime Minister of Peru Jorge Mamani. An official "
       "welcome ceremony was then held at the Government Palace, after which the two heads of state held talks "
       "in a narrow format."},
      kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                       "meeting Jorge Mamani -- Pedro Larrain 2027-11-22",
                                       "visit Pedro Larrain -> Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_speaker_of_the_peruvian_senate_is_its_chairman) {
  // "Speaker of the Senate" and "Chairman of the Senate" are one office; the
  // country's adjective inside the title does not hide it
  Document doc = ItemDocument(
      "Chairman of the Senate of Peru Elena Quispe visits Chile",
      {"On Sunday, Chairman of the Senate of Peru Elena Quispe arrived in Santiago on an official visit.",
       "On Monday, President of the Senate of Chile Pedro Larrain and the Speaker of the Peruvian Senate held "
       "talks. Following the talks, the chairmen signed an agreement on cooperation between the two chambers."},
      kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Elena Quispe -- Pedro Larrain 2027-11-22",
                                       "meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                       "visit Elena Quispe -> Chile 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(called_on_at_the_end_of_the_sentence_is_a_courtesy_call) {
  BOOST_TEST(Found("On Monday, Deputy Foreign Minister of Chile Pedro Larrain also called on Foreign Minister of "
                   "Peru Elena Quispe.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
  // "called on X to act" is an appeal
  BOOST_TEST(Found("On Monday, Foreign Minister of Chile Pedro Larrain called on Foreign Minister of Peru Elena "
                   "Quispe to release the detained fishermen.",
                   kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(rejecting_the_accusation_criticises_the_accuser) {
  // the accusation was against the country; its ministry's sources reject it
  BOOST_TEST(Found("Foreign Ministry spokeswoman of Chile Elena Quispe accused Peru on Sunday of provocative "
                   "patrols near the border, and Peruvian Defence Ministry sources rejected the accusation as "
                   "unfounded.",
                   kFriday) == V({"criticism Elena Quispe -> Peru 2027-11-21",
                                  "criticism Ministry of Defense of Peru -> Elena Quispe 2027-11-21"}),
             boost::test_tools::per_element());
  // "a charge (that) X rejected": the same, the rejecting body after the noun
  BOOST_TEST(Found("Interior Minister of Chile Pedro Larrain accused the Peruvian coast guard of ignoring "
                   "smugglers, a charge that the Peruvian Interior Ministry rejected.",
                   kFriday) == V({"criticism Ministry of Interior of Peru -> Pedro Larrain 2027-11-26",
                                  "criticism Pedro Larrain -> Coast Guard of Peru 2027-11-26"}),
             boost::test_tools::per_element());
  // nobody accused the subject: no target, nothing coded
  BOOST_TEST(Found("The Peruvian Interior Ministry rejected the accusation as unfounded.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(a_regulator_fines_suspends_and_revokes) {
  BOOST_TEST(Found("Chile's Communications Commission on Wednesday fined the regional broadcaster Radio Austral.",
                   kFriday) == V({"sanction Communications Commission of Chile -> Radio Austral 2027-11-24"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Sri Lanka's Civil Aviation Authority suspended the air operator certificate of the carrier "
                   "Coral Wings on Tuesday.",
                   kFriday) == V({"sanction Civil Aviation Authority of Sri Lanka -> Coral Wings 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, the Ministry of Works of Peru terminated Andes Roads Ltd's contract for the highway.",
                   kFriday) == V({"sanction Ministry of Works of Peru -> Andes Roads Ltd 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Friday, Andes Airlines suspended its codeshare partnership with the carrier Pampa Air.",
                   kFriday) == V({"sanction Andes Airlines -> Pampa Air 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_format_name_with_a_plus_stays_in_the_gathering) {
  // "3+3" is one token, so the gathering's name runs on over it
  BOOST_TEST(Found("On Monday, Foreign Minister of Chile Pedro Larrain took part in the Second Ministerial Meeting "
                   "of the 4+2 Andean Cooperation Platform in Lima.",
                   kFriday) == V({"participation Pedro Larrain -> Second Ministerial Meeting of the 4+2 Andean "
                                  "Cooperation Platform 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_list_of_those_sanctioned_names_the_targets) {
  // the list belongs to the sanctions reported just before it; without
  // them, a list names no one sanctioned
  BOOST_TEST(Found("The Ministry of Foreign Affairs of Peru imposed sanctions on Chile on Monday. The list includes "
                   "the shipping firm Austral Cargo Ltd and Pacific Dredging Company.",
                   kFriday) == V({"sanction Ministry of Foreign Affairs of Peru -> Austral Cargo Ltd 2027-11-22",
                                  "sanction Ministry of Foreign Affairs of Peru -> Chile 2027-11-22",
                                  "sanction Ministry of Foreign Affairs of Peru -> Pacific Dredging Company "
                                  "2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The list of speakers includes the shipping firm Austral Cargo Ltd.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(rejecting_a_report_or_criticism_criticises_its_author) {
  BOOST_TEST(Found("Peru's Foreign Ministry on Monday rejected the conclusions of the Andean Working Group on "
                   "Arbitrary Detention as biased.",
                   kFriday) == V({"criticism Ministry of Foreign Affairs of Peru -> Andean Working Group on "
                                  "Arbitrary Detention 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Deputy Prime Minister of Peru Elena Quispe on Monday rejected criticism that Foreign Minister of "
                   "Chile Pedro Larrain voiced last week over the fisheries deal.",
                   kFriday) == V({"criticism Elena Quispe -> Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rejecting_the_measures_criticises_the_sanctioner) {
  // the measures were against persons and a company of Peru; Peru's
  // ministry rejects them the next day, a new clause after ", and"
  BOOST_TEST(Found("On Monday, Chile imposed sanctions on the Peruvian fishing company Pesquera Inca, and the next "
                   "day Peru's Foreign Ministry rejected the measures as unlawful.",
                   kFriday) == V({"criticism Ministry of Foreign Affairs of Peru -> Chile 2027-11-23",
                                  "sanction Chile -> Pesquera Inca 2027-11-22"}),
             boost::test_tools::per_element());
  // a surcharge on imports is a sanction on their country
  BOOST_TEST(Found("Ecuador's Ministry of Production imposed a 30 percent surcharge on imports from Peru on Monday.",
                   kFriday) == V({"sanction Ministry of Production of Ecuador -> Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_countrys_body_named_like_another_countrys_is_its_own) {
  // France's foreign ministry is the "Ministry for Europe and Foreign
  // Affairs"; Albania's of that name is Albania's
  BOOST_TEST(Found("On Tuesday, Albania's Ministry for Europe and Foreign Affairs condemned Serbia.", kFriday) ==
                 V({"criticism Ministry of Foreign Affairs of Albania -> Serbia 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(co_chairing_a_named_session_is_taking_part_in_it) {
  // "to co-chair" a trip's purpose, then "the two ministers co-chaired the
  // session": each takes part in the named session (not only a meeting)
  BOOST_TEST(Found("Minister of Trade of Peru Elena Quispe arrived in Santiago on Monday to co-chair the 7th session of "
                   "the Peru-Chile Joint Economic Commission. On Tuesday, Quispe held a meeting with Minister of "
                   "Economy of Chile Pedro Larrain, after which the two ministers co-chaired the session.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-23",
                                  "participation Elena Quispe -> 7th session of the Peru-Chile Joint Economic "
                                  "Commission 2027-11-23",
                                  "participation Pedro Larrain -> 7th session of the Peru-Chile Joint Economic "
                                  "Commission 2027-11-23",
                                  "visit Elena Quispe -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(meeting_at_a_named_gathering_is_taking_part_in_it) {
  BOOST_TEST(Found("Deputy Defence Minister of Peru Elena Quispe and Defence Minister of Chile Pedro Larrain met in "
                   "Lima on Tuesday at the 12th meeting of the Peru-Chile Border Committee.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-23",
                                  "participation Elena Quispe -> 12th meeting of the Peru-Chile Border Committee "
                                  "2027-11-23",
                                  "participation Pedro Larrain -> 12th meeting of the Peru-Chile Border Committee "
                                  "2027-11-23"}),
             boost::test_tools::per_element());
  // a place is no gathering
  BOOST_TEST(Found("Deputy Defence Minister of Peru Elena Quispe and Defence Minister of Chile Pedro Larrain met on "
                   "Tuesday at the Government Palace.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(contingents_involved_in_an_exercise_and_its_observers_take_part) {
  BOOST_TEST(Found("On Monday, the joint exercise \"Andes Shield-2027\" began at a training ground near Arequipa. "
                   "Military contingents of Peru, Chile and Bolivia were involved in the exercise. On Wednesday, the "
                   "active phase of the exercise was observed by Minister of Defense of Peru Elena Quispe.",
                   kFriday) == V({"participation Bolivia -> Andes Shield-2027 2027-11-22",
                                  "participation Chile -> Andes Shield-2027 2027-11-22",
                                  "participation Elena Quispe -> Andes Shield-2027 2027-11-24",
                                  "participation Peru -> Andes Shield-2027 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(thanks_to_a_people_and_support_in_a_countrys_name_go_to_the_country) {
  BOOST_TEST(Found("On Monday, Minister of Finance of Peru Elena Quispe expressed gratitude to the Government and the "
                   "people of Japan for their consistent support.",
                   kFriday) == V({"praise Elena Quispe -> Japan 2027-11-22"}),
             boost::test_tools::per_element());
  // "China's firm support": "firm" is no company
  BOOST_TEST(Found("On Monday, Foreign Minister of Chile Pedro Larrain reiterated Chile's firm support for Peru.",
                   kFriday) == V({"praise Pedro Larrain -> Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_counterpart_holds_the_office_of_the_owners_whole_title) {
  // "Minister of Foreign Affairs of Peru" holds the foreign minister's office
  // (its title before the last "of"), as the dictionary's Chilean minister
  // does, so "her Chilean counterpart" is he
  ActorDictionary dictionary = testing::DictionaryWithoutPersonsPlus(
      R"({"actors": [{"id": "pedro-larrain", "name": "Pedro Larrain", "kind": "person", "country": "chile",
                      "roles": [{"office": "Foreign Minister", "country": "chile", "from": "2024-01-01", "to": ""}]}]})");
  BOOST_TEST(Found("At the invitation of Minister of Foreign Affairs of Chile Pedro Larrain, Minister of Foreign "
                   "Affairs of Peru Elena Quispe is paying an official visit to Chile on November 22-24. On November "
                   "23, Minister Quispe held talks with her Chilean counterpart at the Ministry of Foreign Affairs in "
                   "Santiago.",
                   kFriday, dictionary) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-23",
                                              "visit Elena Quispe -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_with_after_the_first_ones_place) {
  // the two hosts met the guest, not each other
  BOOST_TEST(Found("On Tuesday, General Pedro Larrain also held meetings with Minister of Defence of Peru Elena Quispe "
                   "at the Ministry of Defence and with Commander of the Peruvian Navy Admiral Jorge Mamani at the "
                   "Naval Headquarters.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-23",
                                  "meeting Jorge Mamani -- Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_word_that_is_a_given_name_before_bin) {
  BOOST_TEST(Found("On Tuesday, Commodore Pedro Larrain called on Commander of the Navy of Oman Rear Admiral Sultan "
                   "bin Hamad Al Harthy at the Naval Headquarters.",
                   kFriday) == V({"meeting Pedro Larrain -- Sultan bin Hamad Al Harthy 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_holders_named_after_the_places_of_a_plural_office) {
  BOOST_TEST(Found("The chiefs of defence staff of Peru, Chile and Bolivia, General Elena Quispe, Admiral Pedro "
                   "Larrain and General Jorge Mamani, met in Lima on Friday.",
                   kFriday) == V({"meeting Elena Quispe -- Jorge Mamani 2027-11-26",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-26",
                                  "meeting Jorge Mamani -- Pedro Larrain 2027-11-26"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Lima Mayor Elena Quispe on Monday invited the mayors of Santiago and La Paz, Pedro Larrain and "
                   "Jorge Mamani, to visit Lima.",
                   kFriday) == V({"invitation Elena Quispe -> Jorge Mamani 2027-11-22",
                                  "invitation Elena Quispe -> Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
