// The extractor on the sides of a delegation and on sanctions named after
// the act: "sitting down with X"; "the Norwegian ministers" as every
// minister of that country the item named; "the four ministers agreed" as
// an agreement between the two countries' ministers, not among colleagues;
// "travelled to Accra for the 5th ... Consultations" as a visit and a
// participation; "imposed sanctions on 14 individuals ... Among those
// listed are the Dubai-registered ship manager A, ... and Russian shipping
// executive B" (the sanctioner of a list whose first mention named no one,
// and a description before each name); letters of an order after a name
// ("Ms Ana Lund AC, Governor-General"); and the envoys of a receipt of
// credentials listed in bullets after an honorific ("- His Excellency Mr
// X, Ambassador of Y;"). "President Marcos" for one named "Ferdinand
// Marcos Jr" before; "Earlier on Thursday" as the same news day (and in
// the clause after "after which"); "summits hosted by X" (a gathering's
// host, no meeting); a day between two gatherings attended; "announced
// the conclusion of negotiations" and "a videoconference between the two".
// A family name that is also a title ("Minister for Resources Madeleine
// King", then "King held talks"); "received a courtesy call from X"; "the
// two governments signed"; "was hosted on Tuesday for talks at the
// Ministry of ... by X"; "co-chaired by A and Uganda's Minister B, who had
// arrived in Nairobi" (the visitor is B alone); "the ministerial segment
// was co-chaired by" (a part of the gathering named before); "virtual
// consultations" as a call; "In the letter, dated November 10, President
// X invited Y" (a participle between commas opens the sentence); "called
// on X, who ..."; "X, leading a delegation, arrived ... the visiting
// delegation called on Y"; a portfolio of fields in a title ("Minister
// for Climate, Energy and Utilities X"); "delivered Kenya's national
// statement at the high-level segment of the 31st Conference ... (COP31)";
// "The opening was also attended by A and B" after the gathering was
// opened; "received a courtesy call in Port Moresby on Tuesday from X";
// "paid a visit to C on Monday, holding talks with X"; "ordered the
// suspension of all cooperation with X"; "toured the shipyard as part of
// a week-long visit to C"; and guards against reading these too widely
// (an adverb "virtually", a list of a delegation, a race for a cup, a leaked
// call, talks that ended without a deal, a rally organised by a party, an
// unnamed office-holder, a domestic pair in a named list, a host
// delegation, a relative clause of a joint act, a new clause after "and",
// a single summit's host, a former minister). "The two ministers" as the
// item's only two persons when their titles differ; "inaugurated the 5th
// edition of E"; "the exhibition" after a gathering whose name tells no
// kind ("Africa Health ExCon 2026"); "handed over a written invitation
// from X to Y"; in an embassy's digest, a person of no known country who
// arrives in another country's city visits it; "expressed gratitude for
// Brazil's support"; "the head of Colombian diplomacy" as its foreign
// minister; "the two ministers agreed to update ..." after a call; "the
// Ecuadorian minister" as the one an apposition made Ecuador's foreign
// minister ("the foreign ministers of Colombia and Ecuador, X and Y");
// "co-chaired a strategic dialogue"; "suspended the broadcasting of X";
// "condemned in the strongest terms on Sunday the storming of the compound
// in occupied East Jerusalem by X" (an act of force names what it struck
// and where before its author); "A, the chief executive of Chilean state
// copper miner B, met C" (the body is no member of the subject).
// Sentences are our own; the dictionary has no
// persons. Reference date: Friday 2027-11-26.

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

BOOST_AUTO_TEST_SUITE(extractor_sides_sanctions)

BOOST_AUTO_TEST_CASE(sitting_down_with_is_a_meeting) {
  BOOST_TEST(Found("On Wednesday, President Ana Lund was welcomed with a guard of honour before sitting down with "
                   "Prime Minister Jonas Berg.",
                   kFriday) == V({"meeting Ana Lund -- Jonas Berg 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_ministers_of_a_country_are_all_those_the_item_named) {
  Document doc = ItemDocument("", {"Norwegian Foreign Minister Ingrid Holm and Norwegian Defence Minister Lars Dahl "
                                   "arrived in Accra on Monday.",
                                   "On Tuesday, the Norwegian ministers held talks with Ghanaian Foreign Minister "
                                   "Kwame Boateng."},
                              kFriday);
  V lines = Lines(Extract(doc));
  BOOST_TEST(std::count(lines.begin(), lines.end(), "meeting Ingrid Holm -- Kwame Boateng 2027-11-23") == 1);
  BOOST_TEST(std::count(lines.begin(), lines.end(), "meeting Kwame Boateng -- Lars Dahl 2027-11-23") == 1);
}

BOOST_AUTO_TEST_CASE(an_agreement_of_two_sides_pairs_the_sides_not_colleagues) {
  Document doc = ItemDocument("", {"On Tuesday, Norwegian Foreign Minister Ingrid Holm and Norwegian Defence Minister "
                                   "Lars Dahl held talks with Ghanaian Foreign Minister Kwame Boateng and Ghanaian "
                                   "Defence Minister Ama Owusu.",
                                   "The four ministers agreed to establish a joint maritime working group."},
                              kFriday);
  V cooperation;
  for (const std::string& line : Lines(Extract(doc)))
    if (line.compare(0, 11, "cooperation") == 0) cooperation.push_back(line);
  BOOST_TEST(cooperation == V({"cooperation Ama Owusu -- Ingrid Holm 2027-11-23",
                               "cooperation Ama Owusu -- Lars Dahl 2027-11-23",
                               "cooperation Ingrid Holm -- Kwame Boateng 2027-11-23",
                               "cooperation Kwame Boateng -- Lars Dahl 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_trip_for_a_named_gathering_is_a_visit_and_a_participation) {
  BOOST_TEST(Found("Foreign Minister Ingrid Holm travelled to Ghana on Sunday for the 5th Norway-Ghana Ministerial "
                   "Consultations.",
                   kFriday) == V({"participation Ingrid Holm -> 5th Norway-Ghana Ministerial Consultations 2027-11-21",
                                  "visit Ingrid Holm -> Ghana 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(those_listed_after_unnamed_targets_are_the_sanctioner_s) {
  BOOST_TEST(Found("The Government of Norway on Friday imposed financial sanctions and travel bans on 14 individuals "
                   "and five entities involved in the smuggling network. Among those listed are the Dubai-registered "
                   "ship manager Blue Harbour Maritime LLC, Hong Kong-based Kestrel Freight Ltd and Russian "
                   "shipping executive Pavel Orlov, who officials say forged the registrations.",
                   kFriday) ==
                 V({"sanction Government of Norway -> Blue Harbour Maritime LLC 2027-11-26",
                    "sanction Government of Norway -> Kestrel Freight Ltd 2027-11-26",
                    "sanction Government of Norway -> Pavel Orlov 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(letters_of_an_order_after_a_name_end_it) {
  BOOST_TEST(Found("On Monday, Ms Ana Lund AC, Governor-General of Norway, received Foreign Minister Kwame Boateng.",
                   kFriday) == V({"meeting Ana Lund -- Kwame Boateng 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(envoys_in_bullets_after_a_receipt_of_credentials_meet_the_receiver) {
  Document doc = ItemDocument("", {"Governor-General Ana Lund received the credentials of two newly arrived heads of "
                                   "mission at Government House on Thursday 25 November:",
                                   "- His Excellency Mr Rodrigo Alves, Ambassador of the Republic of Chile;",
                                   "- Her Excellency Ms Claire Dubois, High Commissioner of Canada."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Ana Lund -- Claire Dubois 2027-11-25",
                                       "meeting Ana Lund -- Rodrigo Alves 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_family_name_before_a_generation_mark_points_back) {
  BOOST_TEST(Found("The summit was chaired by President Manuel Reyes Jr on Friday. On Thursday, Prime Minister Ana "
                   "Lund was received by President Reyes at the palace.",
                   kFriday) == V({"meeting Ana Lund -- Manuel Reyes Jr 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(earlier_on_a_day_is_no_recollection) {
  BOOST_TEST(Found("Earlier on Thursday, Prime Minister Ana Lund was received by President Manuel Reyes for talks, "
                   "after which Defence Minister Jonas Berg and Defence Secretary Carlos Ramos signed a defence "
                   "cooperation agreement.",
                   kFriday) == V({"cooperation Carlos Ramos -- Jonas Berg 2027-11-25",
                                  "meeting Ana Lund -- Manuel Reyes 2027-11-25"}),
             boost::test_tools::per_element());
  // (still a recollection where it stands alone before the act)
  BOOST_TEST(Found("Prime Minister Ana Lund had earlier met President Manuel Reyes.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(a_gathering_hosted_by_x_is_no_meeting_with_x) {
  BOOST_TEST(Found("Prime Minister Ana Lund arrived in Manila on Thursday for the annual round of regional summits "
                   "hosted by the Philippines.",
                   kFriday) == V({"visit Ana Lund -> Philippines 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_day_between_two_gatherings_keeps_the_list) {
  BOOST_TEST(Found("Prime Minister Ana Lund attended the Nordic-Baltic Summit on Thursday afternoon and the 4th Arctic "
                   "Council Summit.",
                   kFriday) == V({"participation Ana Lund -> 4th Arctic Council Summit 2027-11-25",
                                  "participation Ana Lund -> Nordic-Baltic Summit 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_concluded_negotiation_and_a_videoconference_between_the_two) {
  BOOST_TEST(Found("Trade Minister Jonas Berg and European Commissioner for Trade Ana Lund announced on Monday the "
                   "conclusion of negotiations on the free trade agreement. The announcement came after a final "
                   "videoconference between the two on Monday evening.",
                   kFriday) == V({"call Ana Lund -- Jonas Berg 2027-11-22", "cooperation Ana Lund -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_family_name_that_is_a_title_names_the_person) {
  BOOST_TEST(Found("Minister for Resources Ana King opened the 3rd Nordic Mining Conference on Tuesday. On the "
                   "margins of the event, King held talks with Ghanaian Minister of Mines Kwame Boateng.",
                   kFriday) == V({"meeting Ana King -- Kwame Boateng 2027-11-23",
                                  "participation Ana King -> 3rd Nordic Mining Conference 2027-11-23"}),
             boost::test_tools::per_element());
  // (a king is still a title: "the Saudi King", "His Majesty King Abdullah")
  BOOST_TEST(Found("On Tuesday, His Majesty King Harald Olsen received Minister of Mines Kwame Boateng.", kFriday) ==
                 V({"meeting Harald Olsen -- Kwame Boateng 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_courtesy_call_received_and_the_two_governments) {
  BOOST_TEST(Found("On Thursday, Minister Pat Lund held talks with Prime Minister Jeremiah Kema, after which the two "
                   "governments signed a memorandum of understanding. Lund also received a courtesy call from "
                   "Leader of the Opposition Matthew Wale.",
                   kFriday) == V({"cooperation Jeremiah Kema -- Pat Lund 2027-11-25",
                                  "meeting Jeremiah Kema -- Pat Lund 2027-11-25",
                                  "meeting Matthew Wale -- Pat Lund 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_passive_host_named_after_a_long_place) {
  BOOST_TEST(Found("German Development Minister Ana Lund paid a working visit to Kenya on Tuesday. She was hosted on "
                   "Tuesday for bilateral talks at the Ministry of Foreign and Diaspora Affairs by Cabinet Secretary "
                   "for Foreign Affairs Peter Maina.",
                   kFriday) == V({"meeting Ana Lund -- Peter Maina 2027-11-23", "visit Ana Lund -> Kenya 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_relative_clause_after_a_member_of_another_country_is_its_own) {
  BOOST_TEST(Found("The 7th Session of the Kenya-Uganda Joint Permanent Commission was held in Nairobi on Thursday. "
                   "The ministerial segment was co-chaired by Cabinet Secretary Peter Maina and Uganda's Minister of "
                   "Foreign Affairs John Okello, who had arrived in Nairobi on Wednesday.",
                   kFriday) ==
                 V({"meeting John Okello -- Peter Maina 2027-11-25",
                    "participation John Okello -> 7th Session of the Kenya-Uganda Joint Permanent Commission 2027-11-25",
                    "participation Peter Maina -> 7th Session of the Kenya-Uganda Joint Permanent Commission 2027-11-25",
                    "visit John Okello -> Kenya 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(virtual_consultations_are_a_call) {
  BOOST_TEST(Found("Principal Secretary Peter Maina on Wednesday co-chaired virtual political consultations with Ana "
                   "Lund, Finland's Under-Secretary of State for Africa.",
                   kFriday) == V({"call Ana Lund -- Peter Maina 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_participle_between_commas_opens_the_sentence) {
  BOOST_TEST(Found("In the letter, dated November 10, President Awa Diallo invited President Peter Maina to attend "
                   "the 2028 Dakar Forum.",
                   kFriday) == V({"invitation Awa Diallo -> Peter Maina 2027-11-10"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_courtesy_call_before_a_relative_clause_and_the_visiting_delegation) {
  BOOST_TEST(Found("Senate President Ana Lund, leading a nine-member parliamentary delegation, arrived in Kenya on "
                   "Monday. On Wednesday, the visiting delegation called on National Assembly Speaker Peter Maina, "
                   "who described Norway as a partner.",
                   kFriday) == V({"meeting Ana Lund -- Peter Maina 2027-11-24", "visit Ana Lund -> Kenya 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_portfolio_of_fields_ends_before_the_name) {
  BOOST_TEST(Found("On Wednesday, Cabinet Secretary Peter Maina met Danish Minister for Climate, Energy and Utilities "
                   "Lars Aagaard.",
                   kFriday) == V({"meeting Lars Aagaard -- Peter Maina 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_statement_at_a_part_of_a_gathering_and_those_at_its_opening) {
  BOOST_TEST(Found("Cabinet Secretary for Environment Ana Lund on Tuesday delivered Kenya's national statement at the "
                   "high-level segment of the 32nd Conference of the Parties (COP32) in Addis Ababa.",
                   kFriday) == V({"participation Ana Lund -> 32nd Conference of the Parties 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Peter Maina on Thursday opened the 5th Kenya-Norway Business Forum in Nairobi. The "
                   "opening was also attended by Governor Ana Lund and CEO Carl Berg.",
                   kFriday) == V({"participation Ana Lund -> 5th Kenya-Norway Business Forum 2027-11-25",
                                  "participation Carl Berg -> 5th Kenya-Norway Business Forum 2027-11-25",
                                  "participation Peter Maina -> 5th Kenya-Norway Business Forum 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_courtesy_call_received_from_afar_and_talks_while_visiting) {
  BOOST_TEST(Found("Prime Minister Peter Maina received a courtesy call in Port Moresby on Tuesday from Australia's "
                   "Defence Minister Ana Lund.",
                   kFriday) == V({"meeting Ana Lund -- Peter Maina 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Chilean President Ana Lund paid an official visit to Buenos Aires on Monday, holding talks with "
                   "Argentine President Peter Maina at the Casa Rosada.",
                   kFriday) == V({"meeting Ana Lund -- Peter Maina 2027-11-22", "visit Ana Lund -> Argentina 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_ordered_suspension_of_cooperation_is_a_sanction) {
  BOOST_TEST(Found("The Government of Niger on Tuesday ordered the suspension of all cooperation with the Belgian "
                   "Development Agency.",
                   kFriday) == V({"sanction Government of Niger -> Development Agency of Belgium 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_act_as_part_of_a_visit_tells_the_visit) {
  BOOST_TEST(Found("Foreign Minister Ana Lund toured the shipyard in Adelaide on Wednesday as part of a week-long "
                   "visit to Australia.",
                   kFriday) == V({"visit Ana Lund -> Australia 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(two_ministers_of_differing_titles_and_an_edition_of_a_gathering) {
  Document doc = ItemDocument("Egypt, Kenya hold 8th session of Joint Permanent Commission",
                              {"Kenya's Cabinet Secretary for Foreign Affairs Peter Maina is paying an official visit "
                               "to Egypt at the invitation of Foreign Minister Omar Said. On Monday, the two ministers "
                               "co-chaired the 8th session of the Egypt-Kenya Joint Permanent Commission."},
                              kFriday);
  V lines = Lines(Extract(doc));
  BOOST_TEST(std::count(lines.begin(), lines.end(),
                        "participation Omar Said -> 8th session of the Egypt-Kenya Joint Permanent Commission "
                        "2027-11-22") == 1);
  BOOST_TEST(std::count(lines.begin(), lines.end(),
                        "participation Peter Maina -> 8th session of the Egypt-Kenya Joint Permanent Commission "
                        "2027-11-22") == 1);
  BOOST_TEST(Found("Prime Minister Omar Said inaugurated on Tuesday the 5th edition of Africa Health ExCon 2027. The "
                   "exhibition was attended by Zambian Minister of Health Peter Banda.",
                   kFriday) == V({"participation Omar Said -> Africa Health ExCon 2027 2027-11-23",
                                  "participation Peter Banda -> Africa Health ExCon 2027 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_invitation_carried_from_one_to_another) {
  BOOST_TEST(Found("On Tuesday, Ambassador Omar Said handed over a written invitation from Foreign Minister Karim Adel "
                   "to Uzbek Foreign Minister Timur Aliev to visit Cairo.",
                   kFriday) == V({"invitation Karim Adel -> Timur Aliev 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_host_person_arriving_in_another_country_s_city_visits_it) {
  Document doc = ItemDocument("", {"Minister of Investment Hassan Adel, who arrived in Sochi on Wednesday, met Russian "
                                   "Minister of Economy Ivan Petrov on Thursday."},
                              kFriday);
  doc.publisher = "在エジプト日本国大使館";
  V lines = Lines(Extract(doc));
  BOOST_TEST(std::count(lines.begin(), lines.end(), "visit Hassan Adel -> Russia 2027-11-24") == 1);
  // (without a host country the city may be his own)
  BOOST_TEST(Found("Minister of Investment Hassan Adel arrived in Sochi on Wednesday.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(gratitude_for_support_and_the_head_of_a_diplomacy) {
  BOOST_TEST(Found("Foreign Minister Ana Lund spoke by telephone on Monday with her Brazilian counterpart, Carlos "
                   "Souza, and expressed gratitude for Brazil's support in the border area.",
                   kFriday) == V({"call Ana Lund -- Carlos Souza 2027-11-22", "praise Ana Lund -> Brazil 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Colombian Foreign Minister Ana Lund spoke by telephone on Monday with Brazilian Foreign Minister "
                   "Carlos Souza. On the same day, the head of Colombian diplomacy held a videoconference with Spain's "
                   "Minister of Foreign Affairs, Pedro Ruiz. The two ministers agreed to update the action plan of "
                   "the strategic partnership.",
                   kFriday) == V({"call Ana Lund -- Carlos Souza 2027-11-22", "call Ana Lund -- Pedro Ruiz 2027-11-22",
                                  "cooperation Ana Lund -- Pedro Ruiz 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_role_given_by_an_apposition_resolves_a_later_title) {
  BOOST_TEST(Found("The foreign ministers of Colombia and Ecuador, Ana Lund and Gabriela Ruiz, met on Thursday at the "
                   "bridge. The Ecuadorian minister was welcomed by Lund at the border post.",
                   kFriday) == V({"meeting Ana Lund -- Gabriela Ruiz 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_dialogue_co_chaired_and_a_broadcast_suspended) {
  BOOST_TEST(Found("Philippine Secretary of Foreign Affairs Ana Reyes and Japanese Foreign Minister Ken Sato "
                   "co-chaired a strategic dialogue in Manila on Tuesday.",
                   kFriday) == V({"meeting Ana Reyes -- Ken Sato 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The Government of Mali on Tuesday suspended the broadcasting of the French channel TV5Monde for "
                   "three months.",
                   kFriday) == V({"sanction Government of Mali -> TV5Monde 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_act_of_force_condemned_in_the_strongest_terms) {
  BOOST_TEST(Found("The Egyptian Ministry of Foreign Affairs condemned in the strongest terms on Sunday the storming of "
                   "the Al-Aqsa Mosque compound in occupied East Jerusalem by Israeli Minister Avi Levin.",
                   kFriday) == V({"criticism Ministry of Foreign Affairs of Egypt -> Avi Levin 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_office_of_a_body_with_an_article_describes_the_subject) {
  BOOST_TEST(Found("During a visit to Tokyo, Pedro Ruiz, the chief executive of Chilean state copper miner Cobrex, met "
                   "on Thursday with Japan's Minister of Economy Ken Sato.",
                   kFriday) == V({"meeting Ken Sato -- Pedro Ruiz 2027-11-25", "visit Pedro Ruiz -> Japan 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(guards_against_readings_too_wide) {
  BOOST_TEST(Found("President Ana Lund met President Peter Maina in Oslo on Monday, virtually ending the long dispute.",
                   kFriday) == V({"meeting Ana Lund -- Peter Maina 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Foreign Minister Ana Lund left for Brussels on Monday. The delegation list includes Trade Minister "
                   "Jonas Berg and Defence Minister Carl Holm.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("Morocco was in the race for the 2030 World Cup.", kFriday).empty());
  BOOST_TEST(Found("The scandal erupted after the leak of a phone conversation between Prime Minister Ana Lund and "
                   "Senate President Peter Maina.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("President Ana Lund and President Peter Maina concluded talks on Monday, with no agreement on the "
                   "pipeline.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("President Ana Lund was greeted with jeers at a rally in Kisumu organised by the Orange Democratic "
                   "Movement.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("Senate Majority Leader met Japanese Prime Minister Ken Sato on Monday.", kFriday).empty());
  BOOST_TEST(Found("Kenyan President Peter Maina, Kenyan opposition leader Ana Lund and Ugandan President John Okello "
                   "signed a memorandum of understanding on Monday.",
                   kFriday) == V({"cooperation Ana Lund -- John Okello 2027-11-22",
                                  "cooperation Ana Lund -- Peter Maina 2027-11-22",
                                  "cooperation John Okello -- Peter Maina 2027-11-22"}),
             boost::test_tools::per_element());
  for (const std::string& line :
       Found("Speaker Peter Maina, heading the host parliamentary delegation, welcomed lawmakers from Uganda on "
             "Monday. On Tuesday, the visiting delegation called on President Ana Lund.",
             kFriday))
    // (the host delegation's leader is no one the visitors' later call met;
    // "welcomed lawmakers from Uganda" meets Uganda)
    BOOST_TEST(!(line.find("Peter Maina") != std::string::npos && line.find("Ana Lund") != std::string::npos));
  BOOST_TEST(Found("The summit was co-chaired on Monday by Prime Minister Ana Lund and Indian Prime Minister Ravi Rao, "
                   "who later held a joint press conference.",
                   kFriday) == V({"meeting Ana Lund -- Ravi Rao 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Prime Minister Ana Lund addressed the Nordic-Baltic Summit on Monday and the Arctic Council Summit "
                   "opened in Tromso on Wednesday without her.",
                   kFriday).size() == 1u);
  BOOST_TEST(Found("Prime Minister Ana Lund and President Peter Maina met in Washington on Friday at a trilateral "
                   "summit hosted by US President Carl Holm.",
                   kFriday) == V({"meeting Ana Lund -- Carl Holm 2027-11-26", "meeting Ana Lund -- Peter Maina 2027-11-26",
                                  "meeting Carl Holm -- Peter Maina 2027-11-26"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Norwegian Foreign Minister Ingrid Holm and Norwegian Defence Minister Lars Dahl arrived in Accra on "
                   "Monday. Their visit follows criticism from former Norwegian Development Minister Erik Solheim. On "
                   "Tuesday, the Norwegian ministers held talks with Ghanaian Foreign Minister Kwame Boateng.",
                   kFriday) == V({"meeting Ingrid Holm -- Kwame Boateng 2027-11-23",
                                  "meeting Ingrid Holm -- Lars Dahl 2027-11-23",
                                  "meeting Kwame Boateng -- Lars Dahl 2027-11-23",
                                  "visit Ingrid Holm -> Ghana 2027-11-22", "visit Lars Dahl -> Ghana 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
