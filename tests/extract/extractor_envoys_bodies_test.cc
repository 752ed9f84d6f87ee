// The extractor on titles of address and envoys, and on bodies named in
// field words or in another language: "the Deputy Speaker, Rt. Hon. X" (the
// office, not "Rt. Hon.", is the role; "Rt." ends no sentence); "Five
// envoys presented their letters of credence to President X. They are A;
// B; and C" (each envoy meets X); "Welcoming the envoys, X urged them" (a
// guest welcomed is no praise, a decision welcomed is); "the Office
// National des Hydrocarbures et des Mines" and "the National Institute of
// Geology" (named bodies); "the Association for Elections and Democracy"
// (a field ending in "-cracy" runs on); "who chairs the Committee" (an
// office held, no participation); "Participants included A; B; and C" at
// a forum "declared open" (ranks such as "Brig.-Gen." and "Engr." before
// the names, "Prof. X of Kano State"); "the ... Partnership (ETIP)
// Ministerial Dialogue" (one gathering, named without its short name);
// "thanked the Norwegian Government for the Nansen and Commonwealth
// scholarships" (the reason names no one); "The envoys presenting their
// credentials were A, Ambassador of ...; and B"; ministers who "reported to
// the head of state"; "the Director General of ... Risk Management,
// Suminto," (one name between commas), "X Y Z (XYZ)" (initials) and
// "General Manager X"; permits revoked "(PBPH) of three companies operating
// in ... – PT A, PT B and PT C –"; "the 41st Trade Expo Indonesia" (a
// gathering whose name ends in its country); "the ministers held talks"
// after a visit at the invitation of the host's minister; "Governors A
// (Puno), B (Madre de Dios) and C (San Martin and Loreto) took part"; "A and
// B were among the other ministers who spoke"; "Meeting-Plus" and "the 13th
// ADMM-Plus" as gatherings; "Addressing the forum on Monday, X ..." moving
// the story's day on; "the third ministerial meeting of ..." (a spelt
// ordinal); "A delegation of the X Party (XP), led by Y, met Z" (the
// leader, named, is the subject); "Ambassador of Japan to Chile KATO Ren" (a family name
// in capitals), "Dinesh K Tripathi", "Adm Mori"; "designated two
// Lima-based companies — A and B —"; sanctions "on 14 entities ... in A, B,
// the C and D for ..., among them X" and "the list comprises A and B";
// hosts who "co-hosted the gathering"; "handed President X a letter from
// Y" (a meeting in person); "the foreign ministers of A, B and C – X, Y
// and Z – met"; "the Independent Electoral and Boundaries Commission".
// Sentences are our own; the
// dictionary has no persons.
// Reference date: Friday 2027-11-26.

#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-11-26";

bool Has(const V& lines, const std::string& line) { return std::count(lines.begin(), lines.end(), line) == 1; }

BOOST_AUTO_TEST_SUITE(extractor_envoys_bodies)

BOOST_AUTO_TEST_CASE(titles_of_address_after_an_office_between_commas) {
  V lines = Found("On Monday, Speaker Ana Lund held talks with the Speaker of the House of Representatives, Rt. Hon. "
                  "Pedro Alves Ramos, and the Deputy Speaker, Rt. Hon. Marta Sousa Lima.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Pedro Alves Ramos 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Marta Sousa Lima 2027-11-22"));
  for (const std::string& line : lines) BOOST_TEST(line.find("Rt") == std::string::npos, line);
}

BOOST_AUTO_TEST_CASE(envoys_who_presented_credentials_to_a_named_receiver) {
  BOOST_TEST(Found("Three new ambassadors on Thursday presented their letters of credence to President Ana Lund at "
                   "the State House. They are the Ambassador of Norway, Mr Pedro Alves; the High Commissioner of "
                   "Canada, Ms Marta Sousa; and the Ambassador of Peru, Mr Jorge Neto. Welcoming the envoys, Lund "
                   "urged them to promote trade.",
                   kFriday) == V({"meeting Ana Lund -- Jorge Neto 2027-11-25",
                                  "meeting Ana Lund -- Marta Sousa 2027-11-25",
                                  "meeting Ana Lund -- Pedro Alves 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_decision_welcomed_is_praise_of_its_owner) {
  BOOST_TEST(Found("Foreign Minister Ana Lund on Monday welcomed Chile's decision to reopen its embassy.", kFriday) ==
                 V({"praise Ana Lund -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_named_in_french_keeps_its_articles) {
  BOOST_TEST(Found("Energy Minister Ana Lund on Tuesday signed an agreement with the Office National des "
                   "Hydrocarbures et des Mines.",
                   kFriday) == V({"cooperation Ana Lund -- Office National des Hydrocarbures et des Mines 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bodies_named_by_field_words_alone) {
  V lines = Found("Minister Ana Lund on Monday signed a memorandum with the National Institute of Geology. The "
                  "Association for Elections and Democracy on Tuesday criticised Lund over the mining bill.",
                  kFriday);
  BOOST_TEST(Has(lines, "cooperation Ana Lund -- National Institute of Geology 2027-11-22"));
  BOOST_TEST(Has(lines, "criticism Association for Elections and Democracy -> Ana Lund 2027-11-23"));
}

BOOST_AUTO_TEST_CASE(the_general_staff_is_no_body_of_its_own) {
  // a state's body named by its head and field words alone is the country's
  V lines = Found("Minister Ana Lund on Monday met the General Staff.", kFriday);
  for (const std::string& line : lines) BOOST_TEST(line.find("General Staff") == std::string::npos, line);
}

BOOST_AUTO_TEST_CASE(chairing_a_named_committee_is_an_office_held) {
  // "who chairs the Committee" describes the senator; a body's sitting
  // that someone chaired is an act
  V lines = Found("President Ana Lund met Senator Rosa Diaz, who chairs the Foreign Relations Committee, on Monday.",
                  kFriday);
  BOOST_TEST(lines == V({"meeting Ana Lund -- Rosa Diaz 2027-11-22"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(participants_of_a_forum_declared_open) {
  V lines = Found("Vice President Ana Lund on Wednesday declared open the 6th Lake Basin Governors' Forum in Lagos. "
                  "Participants included the host governor, Prof. Pedro Alves of Kano State; the Governor of the "
                  "Far North Region, Brig.-Gen. Marta Sousa Lima; and Engr. Jorge Neto Cruz.",
                  kFriday);
  BOOST_TEST(lines == V({"participation Ana Lund -> 6th Lake Basin Governors' Forum 2027-11-24",
                         "participation Jorge Neto Cruz -> 6th Lake Basin Governors' Forum 2027-11-24",
                         "participation Marta Sousa Lima -> 6th Lake Basin Governors' Forum 2027-11-24",
                         "participation Pedro Alves -> 6th Lake Basin Governors' Forum 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_gathering_named_with_its_short_name_inside) {
  BOOST_TEST(Found("Trade Minister Ana Lund on Wednesday attended the 4th Chile-Peru Enhanced Trade and Investment "
                   "Partnership (ETIP) Ministerial Dialogue in Lima.",
                   kFriday) == V({"participation Ana Lund -> 4th Chile-Peru Enhanced Trade and Investment Partnership "
                                  "Ministerial Dialogue 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(thanks_for_the_reason_name_no_more_actors) {
  BOOST_TEST(Found("Governor Ana Lund on Thursday thanked the Norwegian Government for the Nansen and Commonwealth "
                   "scholarships awarded to students.",
                   kFriday) == V({"praise Ana Lund -> Government of Norway 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(envoys_presenting_their_credentials_were) {
  BOOST_TEST(Found("President Ana Lund received the letters of credence of two ambassadors-designate on Thursday. The "
                   "envoys presenting their credentials were Pedro Alves Ramos, Ambassador of the Kingdom of Norway; "
                   "and Marta Sousa Lima, Ambassador of the Portuguese Republic.",
                   kFriday) == V({"meeting Ana Lund -- Marta Sousa Lima 2027-11-25",
                                  "meeting Ana Lund -- Pedro Alves Ramos 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ministers_who_reported_to_the_head_of_state) {
  V lines = Found("President Ana Lund convened a limited cabinet meeting on Monday. Finance Minister Pedro Alves Ramos "
                  "and Energy Minister Marta Sousa Lima reported to the head of state on the budget.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Pedro Alves Ramos 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Marta Sousa Lima 2027-11-22"));
}

BOOST_AUTO_TEST_CASE(a_holder_of_one_name_and_one_known_by_initials) {
  // "Risk Management" is no name; one word between commas after the role
  // is the holder's whole name; "(AGY)" are the initials of the name before
  V lines = Found("The loan was signed on Thursday by the Director General of Budget Financing and Risk Management, "
                  "Suminto, and Chief Representative Takeda Sachiko. On Wednesday, Coordinating Minister for "
                  "Infrastructure and Regional Development Ana Gita Yusuf (AGY) received a courtesy call from the "
                  "company's General Manager Pedro Alves Ramos.",
                  kFriday);
  BOOST_TEST(Has(lines, "cooperation Suminto -- Takeda Sachiko 2027-11-25"));
  BOOST_TEST(Has(lines, "meeting Ana Gita Yusuf -- Pedro Alves Ramos 2027-11-24"));
}

BOOST_AUTO_TEST_CASE(permits_revoked_of_companies_named_between_dashes) {
  // the legal form "PT" opens each company's name; "(PBPH)" is the
  // permits' short name; the companies are named between dashes
  BOOST_TEST(Found("Forestry Minister Ana Lund on Thursday revoked the forest business permits (PBPH) of three "
                   "companies operating in the Toru and Toba highlands of North Kivu – PT Hijau Lestari, PT Sinar "
                   "Perkasa and PT Rimba Jaya – after an audit.",
                   kFriday) == V({"sanction Ana Lund -> Hijau Lestari 2027-11-25",
                                  "sanction Ana Lund -> Rimba Jaya 2027-11-25",
                                  "sanction Ana Lund -> Sinar Perkasa 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_gathering_named_after_its_country) {
  BOOST_TEST(Found("Vice President Ana Lund on Wednesday officially opened the 41st Trade Expo Indonesia (TEI 2026) in "
                   "Tangerang.",
                   kFriday) == V({"participation Ana Lund -> 41st Trade Expo Indonesia 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_ministers_after_a_visit_at_a_counterparts_invitation) {
  // the frame holds the visitor and the country he visited; "the ministers"
  // are the visitor and the one minister of that country named before
  Document doc = testing::ItemDocument(
      "Chilean Defence Minister visits Peru",
      {"Minister of Defence of Chile Pedro Alves Ramos paid an official visit to Peru on November 22-24 at the "
       "invitation of his Peruvian counterpart Marta Sousa Lima.",
       "On November 23, the ministers held talks in Lima."},
      kFriday);
  V lines = testing::Lines(testing::Extract(doc));
  BOOST_TEST(Has(lines, "meeting Marta Sousa Lima -- Pedro Alves Ramos 2027-11-23"));
  for (const std::string& line : lines) BOOST_TEST(line.find("meeting Pedro Alves Ramos -- Peru") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(holders_listed_with_their_places_in_brackets) {
  V lines = Found("Interior Minister Ana Lund on Saturday chaired the 33rd meeting of the Andean Zonal Council in "
                  "Cusco. Governors Pedro Alves Ramos (Puno), Marta Sousa Lima (Madre de Dios) and Jorge Neto Cruz "
                  "(San Martin and Loreto) took part.",
                  kFriday);
  for (const char* who : {"Jorge Neto Cruz", "Marta Sousa Lima", "Pedro Alves Ramos"})
    BOOST_TEST(Has(lines, std::string("participation ") + who +
                              " -> 33rd meeting of the Andean Zonal Council 2027-11-20"),
               who);
}

BOOST_AUTO_TEST_CASE(ministers_among_those_who_spoke_and_a_numbered_short_name) {
  // "Meeting-Plus" is a gathering's head; "the 13th ADMM-Plus" a gathering
  V lines = Found("Defence Minister Ana Lund on Monday addressed the 13th ASEAN Defence Ministers' Meeting-Plus "
                  "(ADMM-Plus) in Manila. Minister of Defence Pedro Alves Ramos and Secretary of Defense Marta Sousa "
                  "Reis were among the other ministers who spoke at the session.",
                  kFriday);
  BOOST_TEST(Has(lines, "participation Pedro Alves Ramos -> 13th ASEAN Defence Ministers' Meeting-Plus 2027-11-22"));
  BOOST_TEST(Has(lines, "participation Marta Sousa Reis -> 13th ASEAN Defence Ministers' Meeting-Plus 2027-11-22"));
  BOOST_TEST(Found("Minister Ana Lund attended the 13th ADMM-Plus on Monday.", kFriday) ==
                 V({"participation Ana Lund -> 13th ADMM-Plus 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_day_in_an_opening_participle_moves_the_story_on) {
  BOOST_TEST(Found("Minister Ana Lund arrived in Lima on Sunday for a three-day visit. Addressing the forum on "
                   "Monday, Lund called for calm. On the sidelines, Lund held talks with Pedro Alves Ramos.",
                   kFriday) == V({"meeting Ana Lund -- Pedro Alves Ramos 2027-11-22",
                                  "visit Ana Lund -> Peru 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_spelt_ordinal_before_a_gathering_in_lower_case) {
  BOOST_TEST(Found("On Thursday, Minister Ana Lund and Minister Pedro Alves co-chaired the third ministerial meeting "
                   "of the Committee on Political Cooperation.",
                   kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves 2027-11-25",
                    "participation Ana Lund -> third ministerial meeting of the Committee on Political Cooperation "
                    "2027-11-25",
                    "participation Pedro Alves -> third ministerial meeting of the Committee on Political Cooperation "
                    "2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_party_delegation_led_by_a_leader_between_commas) {
  BOOST_TEST(Found("A nine-member delegation of the Farmers' Party (FP), led by Senator Pedro Alves Ramos, met Chief "
                   "Election Commissioner Ana Lund on Monday.",
                   kFriday) == V({"meeting Ana Lund -- Pedro Alves Ramos 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(family_names_in_capitals_and_initials_without_a_period) {
  // a Japanese embassy writes "KATO Ren"; "Dinesh K Tripathi" has an
  // initial without its period; "Adm" needs no period to be a rank
  Document doc = testing::ItemDocument(
      "",
      {"Chief Minister Pedro Alves Ramos received a courtesy call from Ambassador of Japan to Chile KATO Ren in "
       "Valparaiso on Monday. Ambassador Kato invited the Chief Minister to visit Japan.",
       "On Tuesday, Admiral MORI Kenji held talks with Chief of the Naval Staff Admiral Dinesh K Tripathi. The "
       "following day, Adm Mori called on Defence Secretary Ana Lund."},
      kFriday);
  V lines = testing::Lines(testing::Extract(doc));
  BOOST_TEST(Has(lines, "meeting KATO Ren -- Pedro Alves Ramos 2027-11-22"));
  BOOST_TEST(Has(lines, "invitation KATO Ren -> Pedro Alves Ramos 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Dinesh K Tripathi -- MORI Kenji 2027-11-23"));
  BOOST_TEST(Has(lines, "meeting Ana Lund -- MORI Kenji 2027-11-24"));
}

BOOST_AUTO_TEST_CASE(bodies_designated_between_dashes) {
  BOOST_TEST(Found("The Office of Foreign Assets Control (OFAC) on Thursday designated two Lima-based companies — "
                   "Callao-registered Andes Shipping SAC and Cusco-based Inca Fuels Ltd — over oil sales.",
                   kFriday) == V({"sanction Office of Foreign Assets Control -> Andes Shipping SAC 2027-11-25",
                                  "sanction Office of Foreign Assets Control -> Inca Fuels Ltd 2027-11-25"}),
             boost::test_tools::per_element());
  // a person designated to an office is no sanction
  BOOST_TEST(Found("President Ana Lund on Monday designated Pedro Alves Ramos as her special envoy.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(targets_among_them_after_places_and_the_list_that_follows) {
  V lines = Found("The Office of Foreign Assets Control (OFAC) on Monday imposed sanctions on 14 entities and nine "
                  "vessels in Chile, Hong Kong, the United Arab Emirates and Peru for transporting oil, among them "
                  "Andes Shipping SAC. According to the Treasury, the list comprises Inca Fuels Ltd and Condor "
                  "Tankers SRL.",
                  kFriday);
  for (const char* target : {"Andes Shipping SAC", "Condor Tankers SRL", "Inca Fuels Ltd"})
    BOOST_TEST(Has(lines, std::string("sanction Office of Foreign Assets Control -> ") + target + " 2027-11-22"),
               target);
}

BOOST_AUTO_TEST_CASE(hosts_who_co_hosted_a_gathering) {
  BOOST_TEST(Found("The two federations held the 2027 Chile-Peru Business Roundtable in Lima on Friday. Chairman Ana "
                   "Lund and Chairman Pedro Alves co-hosted the gathering.",
                   kFriday) == V({"participation Ana Lund -> 2027 Chile-Peru Business Roundtable 2027-11-26",
                                  "participation Pedro Alves -> 2027 Chile-Peru Business Roundtable 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_letter_handed_in_person) {
  BOOST_TEST(Found("Foreign Minister Ana Lund, on a visit to Lima, on Sunday handed Peruvian President Pedro Alves "
                   "Ramos a letter from President Jorge Neto inviting him to make a state visit to Santiago.",
                   kFriday) == V({"invitation Jorge Neto -> Pedro Alves Ramos 2027-11-21",
                                  "meeting Ana Lund -- Pedro Alves Ramos 2027-11-21",
                                  "visit Ana Lund -> Peru 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(holders_of_an_office_named_between_dashes) {
  // each country's holder is named; the countries add no one
  BOOST_TEST(Found("The foreign ministers of Chile, Peru and Bolivia – Ana Lund, Pedro Alves and Jorge Neto – met in "
                   "Arica on Monday.",
                   kFriday) == V({"meeting Ana Lund -- Jorge Neto 2027-11-22", "meeting Ana Lund -- Pedro Alves 2027-11-22",
                                  "meeting Jorge Neto -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_named_by_two_fields_joined_by_and) {
  BOOST_TEST(Found("Opposition leader Ana Lund on Sunday accused the Independent Electoral and Boundaries Commission "
                   "(IEBC) of slowing the registration drive.",
                   kFriday) == V({"criticism Ana Lund -> Independent Electoral and Boundaries Commission 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(guards_against_readings_too_wide) {
  // a party in brackets after a name is no place, and the name stays
  BOOST_TEST(Found("President Ana Lund met Pedro Alves Ramos (Orange Democratic Movement) on Monday.", kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves Ramos 2027-11-22"}),
             boost::test_tools::per_element());
  // a generic capitalised group is no named body
  BOOST_TEST(Found("President Ana Lund on Monday thanked the International Community for its support.", kFriday)
                 .empty());
  // an office held is no report made in person
  BOOST_TEST(Found("Pedro Alves Ramos, who reports to President Ana Lund on trade, met Marta Sousa on Monday.",
                   kFriday) == V({"meeting Marta Sousa -- Pedro Alves Ramos 2027-11-22"}),
             boost::test_tools::per_element());
  // participants announced are no participants
  BOOST_TEST(Found("The Andean Summit will be held in Lima next year. Participants will include Pedro Alves Ramos and "
                   "Marta Sousa.",
                   kFriday)
                 .empty());
  // a dash that opens no list of names
  BOOST_TEST(Found("The European Union on Monday imposed sanctions on several banks operating in Russia – Pedro "
                   "Alves Ramos told reporters in Brussels.",
                   kFriday)
                 .empty());
  // envoys who will present their credentials have not met
  BOOST_TEST(Found("Three new envoys will present their letters of credence to President Ana Lund next week. They are "
                   "Pedro Alves, Marta Sousa and Jorge Neto.",
                   kFriday)
                 .empty());
  // a company of a state is no person
  BOOST_TEST(Found("President Ana Lund met Ikeja Electric of Lagos State on Monday.", kFriday) ==
                 V({"meeting Ana Lund -- Ikeja Electric of Lagos State 2027-11-22"}),
             boost::test_tools::per_element());
  // agreeing to meet is no agreement coded (agreeing to convene a body is)
  BOOST_TEST(Found("President Ana Lund and President Pedro Alves spoke by phone on Monday and agreed to meet in "
                   "person.",
                   kFriday) == V({"call Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
  // a day only announced does not move the story on
  BOOST_TEST(Found("Minister Ana Lund arrived in Lima on Sunday. Looking ahead to the summit on Thursday, Lund called "
                   "for calm. Lund held talks with Pedro Alves Ramos.",
                   kFriday) == V({"meeting Ana Lund -- Pedro Alves Ramos 2027-11-21",
                                  "visit Ana Lund -> Peru 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
