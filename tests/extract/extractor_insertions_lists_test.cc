// The extractor on an optative blessing between a subject and its verb
// ("King X, may God preserve Him, received Y"), a courtesy title after a
// place ("received at the Royal Palace Mr. X"), "the Sovereign" as the
// monarch, counterparts from a list of countries, a second "with" later in
// the clause ("held talks with A on ..., and with B"), "the session" as the
// gathering named with that word rather than a later one named otherwise,
// and "Abroad" ending a portfolio ("Minister of Foreign Affairs and
// Ghanaians Abroad X"); "the two leaders" as the pair of the clause's
// subject, "hosted a welcoming ceremony for X", the documents listed after
// "witnessed the exchange of three memoranda:", and "Sultan X" named after
// another title as the same person; the envoys listed after a receipt of
// credentials ("They were A, B and C", "They are: H.E. A, Ambassador-
// designate of X; and H.E. B, ..."), and an untitled name after "at" as a
// place ("at the Blue Hall, Castle Square"), a body whose name ends in a
// plural head before its officer's three-word name ("CEO of Meridian Data
// Centres Lim Wei Jie"), and an agreement signed "with" X eight words
// after the document's noun ("Qatar Investment Authority Mohammed Saif
// Al-Sowaidi" likewise, but "State Concern Turkmengaz Merdan Gurbanov"); a session that "took place under the
// co-chairmanship of A, Chairman of the X section of the committee, and
// B" (a member's apposition ending in words its mention left out), and a
// family name of three words pointing back ("Minister Perez-Oliva Fraga").
// "received|hosted visiting X" (the participle describes X; the host
// visits nothing), and a lower-case office of a body after a member
// ("A, chief executive of the tour operator B,": B is no member), a
// call during which the subject acted ("praised X during a phone call with
// Y"), and guards: others named after a receipt of credentials, a list of
// documents without a signing, "May" as a given name, a second "with"
// after a day, a counterpart of one country, a signing ceremony; a short
// name in brackets inside a gathering's name is no part of it.
// Sentences are our own; the
// dictionary has no persons. Reference date: Friday 2027-11-26.

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

BOOST_AUTO_TEST_SUITE(extractor_insertions_lists)

BOOST_AUTO_TEST_CASE(a_blessing_between_the_subject_and_its_verb_is_inserted) {
  BOOST_TEST(Found("On Monday, His Majesty King Harald Olsen, may God preserve Him, received at the Royal Palace in "
                   "Oslo Mr. Jonas Berg, Governor of the Central Bank, who presented the annual report.",
                   kFriday) == V({"meeting Harald Olsen -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_courtesy_title_after_a_place_begins_the_person) {
  BOOST_TEST(Found("On Monday, King Harald Olsen received at the Royal Palace Mr. Jonas Berg, Governor of the Central "
                   "Bank.",
                   kFriday) == V({"meeting Harald Olsen -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_sovereign_is_the_monarch) {
  BOOST_TEST(Found("On Monday, King Harald Olsen received Governor of the Central Bank Jonas Berg. On the same "
                   "occasion, the Sovereign received Mrs. Ana Lund, First President of the Court of Accounts.",
                   kFriday) == V({"meeting Ana Lund -- Harald Olsen 2027-11-22",
                                  "meeting Harald Olsen -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(counterparts_from_a_list_of_countries_are_each_country) {
  BOOST_TEST(Found("Foreign Minister Jonas Berg had bilateral meetings on Monday with his counterparts from Ghana, "
                   "Benin and the Gambia.",
                   kFriday) == V({"meeting Benin -- Jonas Berg 2027-11-22", "meeting Gambia -- Jonas Berg 2027-11-22",
                                  "meeting Ghana -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_with_later_in_the_clause_adds_a_party) {
  BOOST_TEST(Found("On Monday, Foreign Minister Jonas Berg held talks with Mr. Kofi Mensah on the preparations for "
                   "the summit, and with Mr. Ali Diallo, with whom he discussed the mission.",
                   kFriday) == V({"meeting Ali Diallo -- Jonas Berg 2027-11-22",
                                  "meeting Jonas Berg -- Kofi Mensah 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_with_of_no_party_adds_no_one) {
  BOOST_TEST(Found("On Monday, Foreign Minister Jonas Berg held talks with Mr. Kofi Mensah on trade, and with great "
                   "satisfaction noted the progress of the Ghana Investment Fund.",
                   kFriday) == V({"meeting Jonas Berg -- Kofi Mensah 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_session_is_the_gathering_named_so_not_a_later_one) {
  BOOST_TEST(Found("The 12th Ordinary Session of the Regional Council opened in Accra on Monday, ahead of the 5th "
                   "Coordination Meeting of the Union. The session was opened by Ghanaian Minister of Foreign Affairs "
                   "and Ghanaians Abroad Kofi Mensah.",
                   kFriday) == V({"participation Kofi Mensah -> 12th Ordinary Session of the Regional Council 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_two_leaders_are_the_pair_the_clause_names) {
  BOOST_TEST(Found("On Monday, Foreign Minister Rosli Kamal received Sultan Omar Bakri at the airport. On Tuesday, Prime "
                   "Minister Arif Salleh and Sultan Omar Bakri co-chaired the 12th Annual Leaders Consultation in "
                   "Putrajaya, after a four-eyes meeting between the two leaders.",
                   kFriday) == V({"meeting Arif Salleh -- Omar Bakri 2027-11-23",
                                  "meeting Omar Bakri -- Rosli Kamal 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_welcoming_ceremony_hosted_for_a_guest_is_a_meeting) {
  BOOST_TEST(Found("On Monday, King Harald Olsen hosted an official welcoming ceremony for President Ana Lund at the "
                   "Royal Palace.",
                   kFriday) == V({"meeting Ana Lund -- Harald Olsen 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(documents_listed_after_a_witnessed_exchange) {
  BOOST_TEST(Found("On Monday, the two ministers witnessed the exchange of three memoranda of understanding: on "
                   "fisheries between the Fisheries Agency of Ghana and the Marine Institute of Benin; and on energy "
                   "between Volta Power Company and Benin Electric Company.",
                   kFriday) == V({"cooperation Benin Electric Company -- Volta Power Company 2027-11-22",
                                  "cooperation Fisheries Agency of Ghana -- Marine Institute of Benin 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_sultan_named_after_another_title_is_the_same_person) {
  Document doc = ItemDocument("", {"On May 3, the Ruler of Johor Sultan Ibrahim Iskandar received Prime Minister "
                                   "Arif Salleh. On May 4, His Majesty Sultan Ibrahim Iskandar received President "
                                   "Ana Lund."},
                              "2027-05-05");
  Events events = Extract(doc);
  BOOST_TEST(Lines(events) == V({"meeting Ana Lund -- Ibrahim Iskandar 2027-05-04",
                                 "meeting Arif Salleh -- Ibrahim Iskandar 2027-05-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(events.actors.size() == 3u);
}

BOOST_AUTO_TEST_CASE(envoys_listed_after_a_receipt_of_credentials_meet_the_receiver) {
  BOOST_TEST(Found("On Monday, President Ana Lund received the letters of credence from three new heads of mission at "
                   "the Blue Hall, Castle Square. They were Ambassador of the Republic of Korea Park Min-ho, High "
                   "Commissioner of Canada Claire Dubois, and Ambassador of Brazil Rodrigo Alves.",
                   kFriday) == V({"meeting Ana Lund -- Claire Dubois 2027-11-22", "meeting Ana Lund -- Park Min-ho 2027-11-22",
                                  "meeting Ana Lund -- Rodrigo Alves 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Foreign Minister Jonas Berg received copies of credentials from two "
                   "ambassadors-designate. They are: H.E. Ms. Ingrid Holm, Ambassador-designate of the Kingdom of "
                   "Norway; and H.E. Mr. Kwame Boateng, High Commissioner-designate of the Republic of Ghana.",
                   kFriday) == V({"meeting Ingrid Holm -- Jonas Berg 2027-11-22",
                                  "meeting Jonas Berg -- Kwame Boateng 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(others_named_after_a_receipt_are_no_envoys) {
  // (not after a sentence without credentials; not "Also present were",
  // not "Both countries are members of")
  BOOST_TEST(Found("On Monday, President Ana Lund received Prime Minister Jonas Berg. They were Minister of Finance Eva "
                   "Holm and Minister of Energy Kofi Mensah's guests at dinner.",
                   kFriday) == V({"meeting Ana Lund -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, President Ana Lund received the credentials of the new Ambassador of Japan Kenji Sato. "
                   "Also present were Foreign Minister Jonas Berg and Chief of Staff Eva Holm.",
                   kFriday) == V({"meeting Ana Lund -- Kenji Sato 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, President Ana Lund received the credentials of the new ambassadors of Ghana and Benin. "
                   "Both countries are members of ECOWAS.",
                   kFriday) == V({"meeting Ana Lund -- Benin 2027-11-22", "meeting Ana Lund -- Ghana 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_name_after_at_is_a_place_not_the_one_received) {
  BOOST_TEST(Found("On July 11, President Ana Lund received the letters of credence from four new heads of mission at "
                   "the Balairung Seri, Istana Negara.",
                   kFriday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_list_of_documents_needs_a_signing_and_a_list) {
  BOOST_TEST(Found("On Monday, the two presidents witnessed the signing of an agreement on trade and discussed tensions "
                   "on the border between Ghana and Togo.",
                   kFriday) == V({}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The agreement was signed on Monday in Accra, and the ministers held talks on the conflict between "
                   "Russia and Ukraine.",
                   kFriday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(may_before_a_name_is_no_blessing) {
  BOOST_TEST(Found("On Monday, Foreign Minister Jonas Berg met with Ghanaian ministers Kofi Mensah, May Owusu, and Ama "
                   "Boateng.",
                   kFriday) == V({"meeting Jonas Berg -- Kofi Mensah 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_with_after_a_day_is_another_act) {
  BOOST_TEST(Found("President Ana Lund spoke by phone with President Kofi Mensah on Monday, and with Prime Minister Ali "
                   "Diallo on Wednesday.",
                   kFriday) == V({"call Ana Lund -- Kofi Mensah 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_counterpart_of_a_country_is_of_that_country) {
  BOOST_TEST(Found("Foreign Minister Kofi Mensah visited Accra on Sunday. On Monday, Foreign Minister Jonas Berg had "
                   "bilateral meetings with his counterparts from Benin, Niger and Togo.",
                   kFriday) == V({"meeting Benin -- Jonas Berg 2027-11-22", "meeting Jonas Berg -- Niger 2027-11-22",
                                  "meeting Jonas Berg -- Togo 2027-11-22",
                                  "visit Kofi Mensah -> Ghana 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_signing_ceremony_for_an_embassy_is_no_meeting) {
  BOOST_TEST(Found("On Monday, President Ana Lund hosted a signing ceremony for Ghana's new embassy.", kFriday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_call_during_which_the_subject_acted) {
  BOOST_TEST(Found("Foreign Minister Daniela Rojas praised Panama during a phone call with Vice Foreign Minister Tomas "
                   "Arosemena on Tuesday.",
                   kFriday) == V({"call Daniela Rojas -- Tomas Arosemena 2027-11-23",
                                  "praise Daniela Rojas -> Panama 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_head_that_ends_a_bodys_name_before_its_officer) {
  BOOST_TEST(Found("On Monday, Minister of Investment Khalid Salem received Chief Executive Officer of Meridian Data "
                   "Centres Lim Wei Jie in Riyadh.",
                   kFriday) == V({"meeting Khalid Salem -- Lim Wei Jie 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Minister of Finance Ali Salem met Chief Executive Officer of the Qatar Investment "
                   "Authority Mohammed Saif Al-Sowaidi.",
                   kFriday) == V({"meeting Ali Salem -- Mohammed Saif Al-Sowaidi 2027-11-22"}),
             boost::test_tools::per_element());
  // (a head that goes before a name, head_before_name: one word completes
  // the body)
  BOOST_TEST(Found("On Monday, Minister of Energy Khalid Salem received Chairman of the State Concern Turkmengaz "
                   "Merdan Gurbanov.",
                   kFriday) == V({"meeting Khalid Salem -- Merdan Gurbanov 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(signed_with_far_after_the_documents_noun) {
  BOOST_TEST(Found("On Monday, Minister of Hajj Tawfiq Salem signed the agreements organizing the arrangements for the "
                   "Hajj season of 2030 with Minister of Religious Affairs of Pakistan Salik Hussain.",
                   kFriday) == V({"cooperation Salik Hussain -- Tawfiq Salem 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_session_took_place_under_the_co_chairmanship_of_two) {
  BOOST_TEST(Found("On Monday, the 12th session of the Chile-Peru Joint Committee took place in Lima under the "
                   "co-chairmanship of Minister of Mining Pedro Larrain, Chairman of the Chilean section of the "
                   "committee, and Minister Elena Quispe, head of the Peruvian section.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "participation Elena Quispe -> 12th session of the Chile-Peru Joint Committee 2027-11-22",
                                  "participation Pedro Larrain -> 12th session of the Chile-Peru Joint Committee 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_family_name_of_three_words_points_back) {
  BOOST_TEST(Found("On Monday, Peruvian Minister of Trade Oscar Perez-Oliva Fraga arrived in Santiago. On Tuesday, "
                   "President Gabriel Soto received Minister Perez-Oliva Fraga.",
                   kFriday) == V({"meeting Gabriel Soto -- Oscar Perez-Oliva Fraga 2027-11-23",
                                  "visit Oscar Perez-Oliva Fraga -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_one_received_may_be_called_visiting) {
  BOOST_TEST(Found("Vietnamese Deputy Foreign Minister Tran Quoc Dung received visiting Philippine Undersecretary for "
                   "Policy Elena Cruz-Velasco in Hanoi on Tuesday.",
                   kFriday) == V({"meeting Elena Cruz-Velasco -- Tran Quoc Dung 2027-11-23",
                                  "visit Elena Cruz-Velasco -> Vietnam 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Quito Mayor Andrea Salazar hosted visiting Medellin Mayor Juan Esteban Gomez on Sunday.", kFriday) ==
                 V({"meeting Andrea Salazar -- Juan Esteban Gomez 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_lower_case_office_of_a_body_describes_the_member) {
  BOOST_TEST(Found("Gambian Tourism Minister Isatou Jallow received Per Kristian Moen, chief executive of the "
                   "Norwegian tour operator Nordlys Reiser, in Banjul on Friday.",
                   kFriday) == V({"meeting Isatou Jallow -- Per Kristian Moen 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_short_name_in_brackets_inside_a_gatherings_name) {
  BOOST_TEST(Found("On Monday, Defence Minister Pedro Larrain and his Peruvian counterpart Elena Quispe co-chaired the "
                   "58th Chile-Peru General Border Committee (GBC) Meeting in Arica.",
                   kFriday) ==
                 V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                    "participation Elena Quispe -> 58th Chile-Peru General Border Committee Meeting 2027-11-22",
                    "participation Pedro Larrain -> 58th Chile-Peru General Border Committee Meeting 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
