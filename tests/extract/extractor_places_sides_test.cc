// The extractor on portfolios joined by "and" ("Minister of Water and
// Irrigation X"), on a place between a verb and its object ("received on
// Tuesday in Damascus Jordanian Minister X", "received at the Senate
// premises a delegation ..."), on "extended to X an invitation", on "His
// Majesty" standing alone for the monarch, on a patronymic that contains
// a known person's name ("Crown Prince X bin Y"), and on talks attended by
// persons of two sides ("attended by A, B and, from the Peruvian side, C"),
// on "HE" and "H.E." (His Excellency) before a name, on "King X bin Y of
// <country>", on lists after "namely:" between semicolons, on a name
// before "at the ... Headquarters", and on a body's acronym ("NAM")
// written as the last word of a person's name ("Tran Hoa Nam"), on names
// that differ in their last letter ("Thanh", "Thang"), on a first and last
// name for a longer dictionary name, and on "the President" after a
// president who acted and one only named in passing ("whose President Y"),
// on ", both of whom arrived", and on a body's name, then a demonym and a
// title ("at the General Command of the Armed Forces Italian Chief of
// Defence Staff X").
// Sentences are our own; the dictionary has no persons unless a case adds
// one. Reference date: Friday 2027-11-26.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::DictionaryWithoutPersonsPlus;
using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-11-26";

// A monarch and a minister of our own, for the cases that need persons the
// dictionary knows.
const char* kPersons = R"({"actors": [
  {"id": "king-olav-ix", "name": "King Olav IX", "kind": "person", "country": "norway",
   "aliases": ["Olav IX"], "roles": [{"office": "King", "country": "norway", "from": "2020-01-01", "to": ""}]},
  {"id": "omar-rahman", "name": "Omar Rahman", "kind": "person", "country": "jordan",
   "roles": [{"office": "Minister of Energy", "country": "jordan", "from": "2020-01-01", "to": ""}]},
  {"id": "daniel-francisco-chapo", "name": "Daniel Francisco Chapo", "kind": "person", "country": "mozambique",
   "roles": [{"office": "President", "country": "mozambique", "from": "2025-01-15", "to": ""}]}
]})";

BOOST_AUTO_TEST_SUITE(extractor_places_sides)

BOOST_AUTO_TEST_CASE(a_field_ending_in_a_thing_noun_continues_the_portfolio) {
  BOOST_TEST(Found("On Monday, Minister of Water and Irrigation Raed Abu Hamdan received Minister of Foreign Affairs "
                   "and Expatriates Nadia Karam.",
                   kFriday) == V({"meeting Nadia Karam -- Raed Abu Hamdan 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_capital_between_the_verb_and_a_demonym_title_is_where) {
  BOOST_TEST(Found("Syrian Minister of Energy Mohammad Qasim received on Tuesday in Damascus Jordanian Minister of "
                   "Water Rania Haddad.",
                   kFriday) == V({"meeting Mohammad Qasim -- Rania Haddad 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_place_of_several_words_before_a_delegation) {
  BOOST_TEST(Found("On Wednesday, Speaker of the Senate Rania Haddad received at the Senate premises a delegation "
                   "of the European Parliament's Delegation for relations with the Maghreb countries, headed by its "
                   "Chair Ingrid Solberg.",
                   kFriday) == V({"meeting Ingrid Solberg -- Rania Haddad 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(extended_to_someone_an_invitation) {
  BOOST_TEST(Found("On Thursday, Chilean President Pedro Larrain extended to Peruvian Minister of Energy Elena "
                   "Quispe an invitation to visit Santiago.",
                   kFriday) == V({"invitation Pedro Larrain -> Elena Quispe 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(his_majesty_alone_is_the_monarch) {
  BOOST_TEST(Found("On Monday, King Olav IX received Peruvian President Luis Ortega. President Ortega extended to "
                   "His Majesty an invitation to pay a state visit to Peru.",
                   kFriday, DictionaryWithoutPersonsPlus(kPersons)) ==
                 V({"invitation Luis Ortega -> King Olav IX 2027-11-22", "meeting King Olav IX -- Luis Ortega 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_known_name_after_bin_is_the_fathers) {
  BOOST_TEST(Found("On Monday, Crown Prince Khalid bin Omar Rahman met Peruvian Minister of Energy Elena Quispe.",
                   kFriday, DictionaryWithoutPersonsPlus(kPersons)) ==
                 V({"meeting Elena Quispe -- Khalid bin Omar Rahman 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(talks_attended_by_persons_of_two_sides) {
  // Olav IX and Ortega held the talks; Haakon Magnus (no country given)
  // comes with Solberg of Norway; Quispe comes from the Peruvian side.
  BOOST_TEST(Found("On Monday, King Olav IX received Peruvian President Luis Ortega, and the two leaders held "
                   "talks, followed by expanded talks attended by Crown Prince Haakon Magnus, Norwegian Minister of "
                   "Foreign Affairs Ingrid Solberg and, from the Peruvian side, Peruvian Minister of Foreign Affairs "
                   "Elena Quispe.",
                   kFriday, DictionaryWithoutPersonsPlus(kPersons)) ==
                 V({"meeting Elena Quispe -- Haakon Magnus 2027-11-22", "meeting Elena Quispe -- Ingrid Solberg 2027-11-22",
                    "meeting Elena Quispe -- King Olav IX 2027-11-22", "meeting Haakon Magnus -- Luis Ortega 2027-11-22",
                    "meeting Ingrid Solberg -- Luis Ortega 2027-11-22", "meeting King Olav IX -- Luis Ortega 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(envoys_presenting_credentials_together_do_not_meet_each_other) {
  BOOST_TEST(Found("On Monday, Chilean President Pedro Larrain received the credentials of new ambassadors. Those "
                   "who presented their credentials were Ambassador of Norway Ingrid Solberg and Ambassador of Peru "
                   "Elena Quispe.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "meeting Ingrid Solberg -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(he_before_a_name_is_his_excellency_not_a_pronoun) {
  BOOST_TEST(Found("On Monday, HE Minister of State for Foreign Affairs Nadia Karam met H.E. Ingrid Solberg, "
                   "Deputy Minister of Foreign Affairs of Norway.",
                   kFriday) == V({"meeting Ingrid Solberg -- Nadia Karam 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(he_before_a_verb_is_still_a_pronoun) {
  BOOST_TEST(Found("On Monday, Peruvian Minister of Energy Elena Quispe arrived in Oslo. HE met Norwegian Minister "
                   "of Trade Ingrid Solberg.",
                   kFriday) == V({"meeting Elena Quispe -- Ingrid Solberg 2027-11-22",
                                  "visit Elena Quispe -> Norway 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_known_monarch_with_his_fathers_name_and_country) {
  BOOST_TEST(Found("On Monday, Peruvian President Luis Ortega received a phone call from His Majesty King Olav IX "
                   "bin Haakon of the Kingdom of Norway.",
                   kFriday, DictionaryWithoutPersonsPlus(kPersons)) ==
                 V({"call King Olav IX -- Luis Ortega 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unknown_titled_name_with_particles_and_country) {
  BOOST_TEST(Found("On Monday, Peruvian President Luis Ortega received a phone call from King Faisal bin Ali Al "
                   "Rashid of the Hashemite Kingdom of Jordan.",
                   kFriday) == V({"call Faisal bin Ali Al Rashid -- Luis Ortega 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(envoys_listed_after_namely_between_semicolons) {
  BOOST_TEST(Found("On Monday, Peruvian President Luis Ortega received the credentials of three new ambassadors, "
                   "namely: HE Ingrid Solberg, Ambassador of Norway; HE Nadia Karam, Ambassador of Jordan; and HE "
                   "Pedro Larrain, Ambassador of Chile.",
                   kFriday) == V({"meeting Ingrid Solberg -- Luis Ortega 2027-11-22",
                                  "meeting Luis Ortega -- Nadia Karam 2027-11-22",
                                  "meeting Luis Ortega -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_semicolon_before_a_verb_still_begins_a_clause) {
  BOOST_TEST(Found("On Monday, Peruvian President Luis Ortega met Chilean Minister of Mining Pedro Larrain; "
                   "Norwegian Minister of Trade Ingrid Solberg criticised Jordan.",
                   kFriday) == V({"criticism Ingrid Solberg -> Jordan 2027-11-22",
                                  "meeting Luis Ortega -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_name_before_at_the_headquarters_ends_the_person) {
  BOOST_TEST(Found("On Tuesday, Prime Minister Le Van Hai received President of Mozambique Daniel Chapo at the "
                   "Government Headquarters.",
                   kFriday) == V({"meeting Daniel Chapo -- Le Van Hai 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_acronym_of_a_body_inside_a_name_is_the_names) {
  BOOST_TEST(Found("On Tuesday, Peruvian Minister of Energy Elena Quispe met Vice Chairman of the Provincial "
                   "People's Committee Tran Hoa Nam.",
                   kFriday) == V({"meeting Elena Quispe -- Tran Hoa Nam 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_acronym_in_capitals_is_still_the_body) {
  BOOST_TEST(Found("On Tuesday, Peruvian Minister of Energy Elena Quispe criticised the NAM.", kFriday) ==
                 V({"criticism Elena Quispe -> Non-Aligned Movement 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(names_that_differ_in_their_last_letter_are_two_persons) {
  BOOST_TEST(Found("On Monday, Minister of Finance Nguyen Van Thang met Japanese Ambassador Ito Naoki. On Tuesday, "
                   "Rear Admiral Nguyen Van Thanh received Japanese Rear Admiral Ishida Kenji.",
                   kFriday) == V({"meeting Ishida Kenji -- Nguyen Van Thanh 2027-11-23",
                                  "meeting Ito Naoki -- Nguyen Van Thang 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_first_and_last_name_of_a_longer_dictionary_name) {
  BOOST_TEST(Found("On Monday, Prime Minister Le Van Hai received President of Mozambique Daniel Chapo.", kFriday,
                   DictionaryWithoutPersonsPlus(kPersons)) ==
                 V({"meeting Daniel Francisco Chapo -- Le Van Hai 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_president_is_the_one_who_acted_not_one_named_in_passing) {
  BOOST_TEST(Found("On Monday, Prime Minister Le Van Hai received President of Mozambique Daniel Chapo. The Prime "
                   "Minister said that the Assembly of Mozambique, whose President Margarida Talapa led a delegation "
                   "to Hanoi in 2027, supports exchanges. Later that day, the President met Chairman of Viettel Tao "
                   "Duc Thang.",
                   kFriday) == V({"meeting Daniel Chapo -- Le Van Hai 2027-11-22",
                                  "meeting Daniel Chapo -- Tao Duc Thang 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(both_of_whom_are_the_persons_named_before) {
  BOOST_TEST(Found("On Monday, Norwegian Minister of Foreign Affairs Ingrid Solberg hosted in Oslo a trilateral "
                   "meeting with Peruvian Foreign Minister Elena Quispe and Chilean Foreign Minister Pedro Larrain, "
                   "both of whom arrived in the Kingdom earlier in the day.",
                   kFriday) == V({"meeting Elena Quispe -- Ingrid Solberg 2027-11-22",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "meeting Ingrid Solberg -- Pedro Larrain 2027-11-22",
                                  "visit Elena Quispe -> Norway 2027-11-22", "visit Pedro Larrain -> Norway 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_demonym_and_a_title_after_a_body_begin_the_next_person) {
  BOOST_TEST(Found("On Monday, Chief of Staff General Omar Haddad received at the General Command of the Armed "
                   "Forces Italian Chief of Defence Staff General Marco Bellini.",
                   kFriday) == V({"meeting Marco Bellini -- Omar Haddad 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(his_majestys_government_is_no_monarch) {
  BOOST_TEST(Found("On Monday, Peruvian President Luis Ortega criticised His Majesty's Government over the new "
                   "tariffs.",
                   kFriday, DictionaryWithoutPersonsPlus(kPersons)) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_after_in_takes_nothing_from_the_gap) {
  BOOST_TEST(Found("On Monday, Peruvian President Luis Ortega received at his office in the Amiri Diwan the "
                   "credentials of Ambassador of Norway Ingrid Solberg.",
                   kFriday) == V({"meeting Ingrid Solberg -- Luis Ortega 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_side_phrase_gives_the_next_attendee_its_country) {
  // Quispe's own title names no country: "from the Peruvian side" does.
  BOOST_TEST(Found("On Monday, King Olav IX received Peruvian President Luis Ortega, and the two leaders held "
                   "talks, followed by expanded talks attended by Norwegian Minister of Foreign Affairs Ingrid "
                   "Solberg and, from the Peruvian side, Minister of Foreign Affairs Elena Quispe.",
                   kFriday, DictionaryWithoutPersonsPlus(kPersons)) ==
                 V({"meeting Elena Quispe -- Ingrid Solberg 2027-11-22", "meeting Elena Quispe -- King Olav IX 2027-11-22",
                    "meeting Ingrid Solberg -- Luis Ortega 2027-11-22", "meeting King Olav IX -- Luis Ortega 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
