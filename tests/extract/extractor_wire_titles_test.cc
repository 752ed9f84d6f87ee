// The extractor on wire-style titles and lists: a portfolio whose second
// field is followed by the holder's name in commas ("Minister of Ports and
// Free Zones, X,"), "Minister Delegate", a body's lower-case office before
// a name ("Canal Authority administrator X"), "A and presidential adviser
// B", talks held during another act ("praised ... during talks with
// Y"), a role then its holder between commas ("her Bolivian counterpart,
// X Y,"), a departure for a visit ("left Lima for a visit to Fiji"), a
// place in plain words between a verb and its object ("received at his
// office in the Amiri Diwan the credentials of"), and "Minister of State
// in Charge of Regional Cooperation X", and "who is visiting the country"
// in an embassy's digest when the item names no other country, and a
// delegation with words before its noun and a long body's name before
// "led by" ("a five-member delegation of the Committee on ... of the German
// Bundestag, led by X"), a given name pointing back where persons are
// addressed by it ("Abiy" after "Abiy Ahmed") but not when two persons
// share it, and "an invitation to His
// Highness the Amir", and a gathering named with its ordinal and no
// article ("Third Session of the X held in Y"), or later without it, and
// "the guest" as the one the host received. Sentences are our own; the dictionary has no persons. Reference
// date: Friday 2027-11-26.

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

BOOST_AUTO_TEST_SUITE(extractor_wire_titles)

BOOST_AUTO_TEST_CASE(a_second_field_of_the_portfolio_before_the_holder_in_commas) {
  BOOST_TEST(Found("Djibouti's Minister of Ports and Free Zones, Omar Farah Guedi, received Ethiopian Minister of "
                   "Transport Alemu Sime on Monday.",
                   kFriday) == V({"meeting Alemu Sime -- Omar Farah Guedi 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(minister_delegate_is_a_title) {
  BOOST_TEST(Found("Djibouti's Minister Delegate for International Cooperation, Amina Said Ali, spoke by phone on "
                   "Tuesday with Somalia's Deputy Foreign Minister Ali Mohamed Warsame.",
                   kFriday) == V({"call Ali Mohamed Warsame -- Amina Said Ali 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_bodys_lower_case_office_before_a_name) {
  BOOST_TEST(Found("Panama Canal Authority administrator Luis Saldivar met Japanese shipowner Kenta Morimoto in "
                   "Panama City on Wednesday.",
                   kFriday) == V({"meeting Kenta Morimoto -- Luis Saldivar 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_lower_case_title_before_the_second_member) {
  BOOST_TEST(Found("The African Union's special envoy Kofi Mensah held separate talks on Sunday with Eritrea's Minister of "
                   "Foreign Affairs Tesfay Berhe and presidential adviser Yonas Habte.",
                   kFriday) == V({"meeting Kofi Mensah -- Tesfay Berhe 2027-11-21",
                                  "meeting Kofi Mensah -- Yonas Habte 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(talks_during_which_the_subject_acted) {
  BOOST_TEST(Found("Lithuanian Vice-Minister of Foreign Affairs Jonas Petraitis praised Iceland's decision to open "
                   "an embassy in Vilnius as \"a strong signal of unity\" during talks with Icelandic State Secretary "
                   "Helga Jonsdottir on Monday.",
                   kFriday) == V({"meeting Helga Jonsdottir -- Jonas Petraitis 2027-11-22",
                                  "praise Jonas Petraitis -> Iceland 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_counterpart_then_the_holder_between_commas) {
  BOOST_TEST(Found("Peruvian Foreign Minister Elena Quispe and her Bolivian counterpart, Rodrigo Mamani Choque, met "
                   "in Desaguadero on Monday.",
                   kFriday) == V({"meeting Elena Quispe -- Rodrigo Mamani Choque 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_departure_for_a_visit_is_the_visit) {
  BOOST_TEST(Found("Peru's Minister of Foreign Trade, Oscar Mendoza, left Lima on Sunday for a five-day visit to "
                   "Fiji.",
                   kFriday) == V({"visit Oscar Mendoza -> Fiji 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_place_in_plain_words_before_the_credentials) {
  BOOST_TEST(Found("On Monday, Peruvian President Luis Ortega received at his office in the Government Palace the "
                   "credentials of Ambassador of Norway Ingrid Solberg.",
                   kFriday) == V({"meeting Ingrid Solberg -- Luis Ortega 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_in_charge_of_a_capitalised_portfolio) {
  BOOST_TEST(Found("On Monday, Peruvian Minister of Energy Elena Quispe held talks with Rwanda's Minister of State "
                   "in Charge of Regional Cooperation Jean Claude Mugisha.",
                   kFriday) == V({"meeting Elena Quispe -- Jean Claude Mugisha 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(taking_part_in_a_meeting_with_is_no_talks_of_the_subject) {
  BOOST_TEST(Found("On Monday, Peruvian Minister of Energy Elena Quispe invited Chilean Minister of Mining Pedro "
                   "Larrain to take part in a meeting with the Bolivian Government in May.",
                   kFriday) == V({"invitation Elena Quispe -> Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(visiting_the_country_is_the_hosts_when_no_other_is_named) {
  Document doc = ItemDocument("", {"On June 4, Minister of Defence Ana Revenco met Minister of State for the Armed "
                                   "Forces of the United Kingdom Harriet Colborne, who is currently visiting the "
                                   "country."},
                              "2027-11-24");
  doc.publisher = "在モルドバ日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Ana Revenco -- Harriet Colborne 2027-06-04",
                                       "visit Harriet Colborne -> Moldova 2027-06-04"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_delegation_with_a_long_name_and_its_leader) {
  Document doc = ItemDocument("", {"On May 8, Speaker of the Senate Ana Revenco hosted a five-member delegation of "
                                   "the Committee on Economic Cooperation and Development of the German Bundestag, "
                                   "led by its Chairperson Dr. Katrin Vogel, at Parliament Buildings. The delegation "
                                   "is in the country on a four-day working visit."},
                              "2027-11-24");
  doc.publisher = "在モルドバ日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Ana Revenco -- Katrin Vogel 2027-05-08",
                                       "visit Katrin Vogel -> Moldova 2027-05-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_given_name_points_back_where_persons_are_addressed_by_it) {
  BOOST_TEST(Found("On Monday, Ethiopian Prime Minister Abiy Tesfaye received Kenyan President Daniel Otieno. Abiy "
                   "invited Otieno to attend the inauguration of the dam.",
                   kFriday) == V({"invitation Abiy Tesfaye -> Daniel Otieno 2027-11-22",
                                  "meeting Abiy Tesfaye -- Daniel Otieno 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_given_name_two_persons_share_points_to_neither) {
  BOOST_TEST(Found("On Monday, Chilean Minister of Mining Pedro Larrain received Peruvian Minister of Energy Pedro "
                   "Quispe and Bolivian Minister of Hydrocarbons Elena Mamani. Pedro invited Mamani to visit Santiago.",
                   kFriday) == V({"meeting Elena Mamani -- Pedro Larrain 2027-11-22",
                                  "meeting Elena Mamani -- Pedro Quispe 2027-11-22",
                                  "meeting Pedro Larrain -- Pedro Quispe 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_invitation_to_his_highness_the_amir) {
  BOOST_TEST(Found("On Monday, Indonesian President Budi Santoso held talks with the Amir of Qatar Hamad Al-Kuwari. "
                   "The President of Indonesia extended an invitation to His Highness the Amir to pay a state visit to "
                   "Jakarta.",
                   kFriday) == V({"invitation Budi Santoso -> Hamad Al-Kuwari 2027-11-22",
                                  "meeting Budi Santoso -- Hamad Al-Kuwari 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_gathering_without_its_ordinal_is_the_one_named_with_it) {
  BOOST_TEST(Found("On Monday, the Third Session of the Chile-Peru Joint Border Commission opened in Arica. Peruvian "
                   "Minister of Energy Elena Quispe and Chilean Minister of Mining Pedro Larrain took part in the "
                   "Session of the Chile-Peru Joint Border Commission.",
                   kFriday) ==
                 V({"participation Elena Quispe -> Third Session of the Chile-Peru Joint Border Commission 2027-11-22",
                    "participation Pedro Larrain -> Third Session of the Chile-Peru Joint Border Commission 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_headline_gathering_with_its_ordinal_and_no_article) {
  Document doc = ItemDocument("Third Session of the Chile-Peru Joint Border Commission held in Arica",
                              {"The Chilean delegation was led by Minister of Mining Pedro Larrain, while the Peruvian "
                               "delegation was headed by Minister of Energy Elena Quispe."},
                              "2027-11-24");
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"participation Elena Quispe -> Third Session of the Chile-Peru Joint Border Commission 2027-11-24",
                    "participation Pedro Larrain -> Third Session of the Chile-Peru Joint Border Commission 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_guest_is_the_one_the_host_received) {
  BOOST_TEST(Found("On Monday, Prime Minister Le Van Hai received President of Mozambique Daniel Chapo. The guest "
                   "praised Vietnam's achievements in reducing poverty.",
                   kFriday) == V({"meeting Daniel Chapo -- Le Van Hai 2027-11-22",
                                  "praise Daniel Chapo -> Vietnam 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
