// The extractor on translated press-service prose: chains of opening
// participles and prepositional phrases, "the X side" as a subject,
// packages of documents signed in the passive, company names built on a
// country ("Pakistan Railways", "Korean Air"), and Korean names. Sentences
// are our own; the dictionary has no persons (people are found by their
// titles). Reference date: Wednesday 2026-07-08.

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
const char* kWednesday = "2026-07-08";
// A Japanese guest received by a Kazakh host: the meeting later sentences
// lean on.
const char* kOguraReceived =
    "On July 6, Deputy Foreign Minister of Kazakhstan Alibek Bakayev received State Minister for Foreign Affairs "
    "of Japan Kenji Ogura.";

BOOST_AUTO_TEST_SUITE(extractor_official_prose)

BOOST_AUTO_TEST_CASE(a_capitalised_joint_statement_is_a_document) {
  // "a Joint Statement" names no body: the leaders signed it.
  BOOST_TEST(Found("On Monday, President of Mongolia Khurelsukh Ukhnaa held talks with President of Korea Han "
                   "Dong-soo in Ulaanbaatar. Following the talks, the leaders signed a Joint Statement on the "
                   "partnership.",
                   kWednesday) == V({"cooperation Han Dong-soo -- Khurelsukh Ukhnaa 2026-07-06",
                                     "meeting Han Dong-soo -- Khurelsukh Ukhnaa 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(documents_signed_in_the_passive_name_their_parties) {
  // Each "memorandum between X and Y" of a package that "was signed" is
  // a cooperation of X and Y; the leaders' own talks stay theirs.
  BOOST_TEST(Found("On Monday, a package of documents was signed, including a memorandum between Mongolian "
                   "Railways and Korail Logistics, and an agreement between MIAT Mongolian Airlines and Korean "
                   "Air on a codeshare.",
                   kWednesday) == V({"cooperation Korail Logistics -- Mongolian Railways 2026-07-06",
                                     "cooperation Korean Air -- MIAT Mongolian Airlines 2026-07-06"}),
             boost::test_tools::per_element());
  // Signed by named persons, the plan between two ministries is theirs
  // alone: no second pair of the ministries' countries.
  BOOST_TEST(Found("On Monday, Defence Minister Saikhanbayar Gursed and Defence Minister Ahn Gyu-baek signed the "
                   "plan of cooperation between the defence ministries of Mongolia and Korea for 2027.",
                   kWednesday) == V({"cooperation Ahn Gyu-baek -- Saikhanbayar Gursed 2026-07-06"}),
             boost::test_tools::per_element());
  // A document only recalled, signed after it is named, is no signing.
  BOOST_TEST(Found("On Monday, the ministers discussed the agreement between Mongolia and Korea, signed in 2024.",
                   kWednesday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_country_before_a_company_head_is_part_of_its_name) {
  // "Pakistan Railways" is the company's name, not "Railways of Pakistan".
  BOOST_TEST(Found("Chairman of Pakistan Railways Tariq Mahmood met Chairman of Kazakhstan Temir Zholy Nurlan "
                   "Sauranbayev in Astana on Monday.",
                   kWednesday) == V({"meeting Nurlan Sauranbayev -- Tariq Mahmood 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Pakistan Railways and Korean Air signed a memorandum on cargo on Monday.", kWednesday) ==
                 V({"cooperation Korean Air -- Pakistan Railways 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_company_name_may_join_two_words_with_and) {
  // "Navoi Mining and Metallurgical Complex" is one body, and "Hanil
  // Advanced Materials" another (its head word makes it one).
  BOOST_TEST(Found("Navoi Mining and Metallurgical Complex and Hanil Advanced Materials agreed on Monday to jointly "
                   "build a copper plant.",
                   kWednesday) ==
                 V({"cooperation Hanil Advanced Materials -- Navoi Mining and Metallurgical Complex 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_korean_family_name_that_is_also_a_word) {
  // "Park" names parks elsewhere; before a Korean given name it is a
  // family name, after a company's lower-case title as after a title.
  BOOST_TEST(Found("Minister of Energy Almasadam Satkaliyev held talks with Hanbit Engineering chairman Park "
                   "Min-jae in Astana on Monday.",
                   kWednesday) == V({"meeting Almasadam Satkaliyev -- Park Min-jae 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Park Seo-yeon received Minister of Energy Almasadam Satkaliyev on Monday.",
                   kWednesday) == V({"meeting Almasadam Satkaliyev -- Park Seo-yeon 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_chain_of_opening_participles_leaves_the_subject_after_it) {
  // "Having welcomed ..., noting ..., and emphasizing ..., the Speaker
  // expressed gratitude to the Korean side": the Speaker thanks South Korea
  // ("the Korean side" is the country), and "Having" is nobody.
  Document doc = ItemDocument(
      "Speaker receives Korean delegation",
      {"On July 6, Speaker of the Mazhilis Erlan Koshanov received a delegation of the National Assembly of the "
       "Republic of Korea headed by Chairman of the Friendship Group Lee Sung-ho.",
       "Having warmly welcomed the guests, noting the dynamics of the partnership, and emphasizing the role of "
       "parliaments, the Speaker expressed gratitude to the Korean side for its assistance."},
      kWednesday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Erlan Koshanov -- Lee Sung-ho 2026-07-06",
                                       "praise Erlan Koshanov -> South Korea 2026-07-06"}),
             boost::test_tools::per_element());
  // "Noting that ..., the Speaker praised X": the that-clause ends with the
  // opening phrase, and "Noting" is nobody.
  BOOST_TEST(Found("On July 6, Speaker of the Mazhilis Erlan Koshanov met Chairman of the Senate Committee Lee "
                   "Sung-ho. Noting that relations are based on friendship and partnership, the Speaker praised "
                   "Korea's role in the region.",
                   kWednesday) == V({"meeting Erlan Koshanov -- Lee Sung-ho 2026-07-06",
                                     "praise Erlan Koshanov -> South Korea 2026-07-06"}),
             boost::test_tools::per_element());
  // The same with the participles joined by "and" and no comma between.
  Document joined = ItemDocument(
      "Speaker receives Korean delegation",
      {"On July 6, Speaker of the Mazhilis Erlan Koshanov received a delegation of the National Assembly of the "
       "Republic of Korea headed by Chairman of the Friendship Group Lee Sung-ho.",
       "Having welcomed the guests and noting the dynamics of the partnership, the Speaker expressed gratitude to "
       "the Korean side."},
      kWednesday);
  BOOST_TEST(Lines(Extract(joined)) == V({"meeting Erlan Koshanov -- Lee Sung-ho 2026-07-06",
                                          "praise Erlan Koshanov -> South Korea 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(two_opening_phrases_before_the_subject) {
  // "On the same day, in the presence of the Vice-Minister, A and B
  // signed": "the Vice-Minister" is a whole phrase, not a title of A. (The
  // guest's trip is implied by the host's country.)
  Document doc = ItemDocument(
      "Japanese Vice-Minister visits Astana",
      {kOguraReceived,
       "On the same day, in the presence of the Vice-Minister, Minister of Finance Madi Takiyev and JICA Chief "
       "Representative Yuki Sato signed a loan agreement."},
      kWednesday);
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Madi Takiyev -- Yuki Sato 2026-07-06",
                                       "meeting Alibek Bakayev -- Kenji Ogura 2026-07-06",
                                       "visit Kenji Ogura -> Kazakhstan 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_hosts_side_as_subject_is_the_host) {
  // "The Kazakh side highly appreciated X": the Kazakh person of the
  // item's meeting; the Japanese side would be the guest.
  Document doc = ItemDocument(
      "Japanese Vice-Minister visits Astana",
      {kOguraReceived,
       "The Kazakh side highly appreciated the contribution of the Japan International Cooperation Agency."},
      kWednesday);
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"meeting Alibek Bakayev -- Kenji Ogura 2026-07-06",
                    "praise Alibek Bakayev -> Japan International Cooperation Agency 2026-07-06",
                    "visit Kenji Ogura -> Kazakhstan 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_honorific_opens_a_four_word_name_after_a_country) {
  // Four plain words after "of Pakistan" are one name when the first is an
  // honorific that begins names (name_honorific); each ambassador presenting
  // credentials meets the minister, not the other ambassador.
  BOOST_TEST(Found("On Monday, Foreign Minister of Kazakhstan Yermek Kosherbayev separately received Ambassador of "
                   "Georgia Nino Abashidze and Ambassador of Pakistan Syed Imran Ali Bukhari, who presented copies "
                   "of their credentials.",
                   kWednesday) == V({"meeting Nino Abashidze -- Yermek Kosherbayev 2026-07-06",
                                     "meeting Syed Imran Ali Bukhari -- Yermek Kosherbayev 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Foreign Minister of Kazakhstan Yermek Kosherbayev received copies of the credentials "
                   "of the ambassadors of Georgia and Pakistan.",
                   kWednesday) == V({"meeting Georgia -- Yermek Kosherbayev 2026-07-06",
                                     "meeting Pakistan -- Yermek Kosherbayev 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dated_list_items_of_a_visit_are_the_visitors_meetings) {
  // "X paid a visit to Y on ..." and then "- 11 February: talks with Z":
  // the visitor met Z that day; "A Programme ... was signed" with nobody
  // named is the two parties' of that meeting.
  Document doc = ItemDocument("FM Kosherbayev visits Chile",
                              {"Foreign Minister of Kazakhstan Yermek Kosherbayev paid an official visit to "
                               "Santiago on 6-7 July."},
                              kWednesday);
  doc.items[0].blocks.push_back({BlockKind::kBullet,
                                 "6 July: talks with Foreign Minister of Chile Ana Rojas at La Moneda. A Programme of "
                                 "Cultural Exchanges for 2027-2029 was signed.",
                                 4});
  doc.items[0].blocks.push_back(
      {BlockKind::kBullet, "7 July: meeting with Minister of Mining Luis Contreras.", 5});
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Ana Rojas -- Yermek Kosherbayev 2026-07-06",
                                       "meeting Ana Rojas -- Yermek Kosherbayev 2026-07-06",
                                       "meeting Luis Contreras -- Yermek Kosherbayev 2026-07-07",
                                       "visit Yermek Kosherbayev -> Chile 2026-07-06"}),
             boost::test_tools::per_element());
  // "The following agreements were signed:" opens a list that names them.
  BOOST_TEST(Found("On Monday, Foreign Minister of Kazakhstan Yermek Kosherbayev met Foreign Minister of Chile Ana "
                   "Rojas. The following agreements were signed:",
                   kWednesday) == V({"meeting Ana Rojas -- Yermek Kosherbayev 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_courtesy_call_is_a_meeting_a_call_to_act_is_not) {
  // "called on X at ..." is a visit of courtesy; "called on X to ..." asks.
  BOOST_TEST(Found("Minister of Trade Arman Shakkaliyev called on Prime Minister Luis Arce at the Casa Grande on "
                   "Monday.",
                   kWednesday) == V({"meeting Arman Shakkaliyev -- Luis Arce 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Minister of Trade Arman Shakkaliyev paid a courtesy call on Prime Minister Luis Arce on Monday.",
                   kWednesday) == V({"meeting Arman Shakkaliyev -- Luis Arce 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Minister of Trade Arman Shakkaliyev called on Prime Minister Luis Arce to lower the "
                   "tariffs.",
                   kWednesday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_body_portfolio_may_go_on_after_and) {
  // "Institute of Geoscience and Mineral Resources" is one body; two
  // complete names joined by "and" stay two.
  BOOST_TEST(Found("On Monday, a memorandum was signed between the Mongolian Ministry of Mining and the Korea "
                   "Institute of Geoscience and Mineral Resources.",
                   kWednesday) == V({"cooperation Korea Institute of Geoscience and Mineral Resources -- Ministry "
                                     "of Mining of Mongolia 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, OFAC imposed sanctions on Tuul Electronics LLC and Orkhon Trade Logistics.",
                   kWednesday) == V({"sanction Office of Foreign Assets Control -> Orkhon Trade Logistics 2026-07-06",
                                     "sanction Office of Foreign Assets Control -> Tuul Electronics LLC 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_quoted_verb_stays_in_its_clause_and_the_ministry_points_back) {
  // 'it "categorically rejects" the allegations': the quoted verb is the
  // clause's; "the ministry's criticism" is the ministry that spoke.
  Document doc = ItemDocument(
      "Sanctions row",
      {"On Monday, the Council of the European Union imposed sanctions on Tuul Electronics LLC.",
       "Mongolia's Foreign Ministry said on Tuesday it \"categorically rejects\" the allegations.",
       "The head of the EU Delegation to Mongolia, Axel Dittmann, rejected the ministry's criticism on Tuesday."},
      kWednesday);
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"criticism Axel Dittmann -> Ministry of Foreign Affairs of Mongolia 2026-07-07",
                    "criticism Ministry of Foreign Affairs of Mongolia -> Council of the European Union 2026-07-07",
                    "sanction Council of the European Union -> Tuul Electronics LLC 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(together_with_adds_a_participant) {
  // "X took part in the forum together with Y": both took part; a plural
  // portfolio word ("Partnerships") is no given name.
  BOOST_TEST(Found("On Monday, European Commissioner for International Partnerships Jozef Sikela took part in the "
                   "Astana Investment Forum 2026 together with Minister of Finance Madi Takiyev.",
                   kWednesday) == V({"participation Jozef Sikela -> Astana Investment Forum 2026 2026-07-06",
                                     "participation Madi Takiyev -> Astana Investment Forum 2026 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_visit_in_apposition_and_talks_that_ended) {
  // "X, on a state visit to C from ..., held talks with Y": X's visit;
  // "Talks between A and B ended ... without agreement" were held.
  BOOST_TEST(Found("Chilean President Gabriel Boric, on a state visit to Vietnam from 5 to 8 July, held talks with "
                   "President Luong Cuong in Hanoi on Monday.",
                   kWednesday) == V({"meeting Gabriel Boric -- Luong Cuong 2026-07-06",
                                     "visit Gabriel Boric -> Vietnam 2026-07-05"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Talks between Ghanaian Foreign Minister Samuel Ablakwa and his Togolese counterpart ended in Accra "
                   "on Monday without agreement on the border.",
                   kWednesday) == V({"meeting Samuel Ablakwa -- Togo 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_co_chair_named_after_the_gathering_took_part_a_day_before) {
  // "on Tuesday, a day after co-chairing the session with Y": both took
  // part, on Monday, and the two co-chairs met.
  BOOST_TEST(Found("Minister of Trade Arman Shakkaliyev called on Prime Minister Luis Arce at the Casa Grande on "
                   "Tuesday, a day after co-chairing the 4th session of the Bolivia-Kazakhstan Intergovernmental "
                   "Commission with Minister of Development Planning Jose Gabriel Espinoza.",
                   kWednesday) ==
                 V({"meeting Arman Shakkaliyev -- Jose Gabriel Espinoza 2026-07-06",
                    "meeting Arman Shakkaliyev -- Luis Arce 2026-07-07",
                    "participation Arman Shakkaliyev -> 4th session of the Bolivia-Kazakhstan Intergovernmental "
                    "Commission 2026-07-06",
                    "participation Jose Gabriel Espinoza -> 4th session of the Bolivia-Kazakhstan Intergovernmental "
                    "Commission 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_role_held_in_a_country_then_its_holder) {
  // "the UN Resident Coordinator in Georgia, Aurelia Moretti" is one person.
  BOOST_TEST(Found("On Monday, Minister of Foreign Affairs of Chile Ana Rojas met with the United Nations Resident "
                   "Coordinator in Chile, Lena Marquart.",
                   kWednesday) == V({"meeting Ana Rojas -- Lena Marquart 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_portfolio_of_places_and_a_body_with_no_name) {
  // "Managing Director for the Caucasus, Moldova and Central Asia at the
  // EBRD, X": Moldova is part of her title, not a party to the meeting.
  BOOST_TEST(Found("On Monday, Minister of Economy Arman Shakkaliyev met with a delegation led by Lena Marquart, "
                   "Managing Director for the Caucasus, Moldova and Central Asia at the European Bank for "
                   "Reconstruction and Development.",
                   kWednesday) == V({"meeting Arman Shakkaliyev -- Lena Marquart 2026-07-06"}),
             boost::test_tools::per_element());
  // "a Kazakh-registered shipping firm" names no body.
  BOOST_TEST(Found("On Monday, the EU sanctioned a Kazakh-registered shipping firm.", kWednesday).empty());
}

BOOST_AUTO_TEST_CASE(a_round_of_meetings_with_three_does_not_pair_them) {
  // "X met with A, B and C": X met each; two objects are a meeting of three.
  BOOST_TEST(Found("On Monday, Minister of Economy Arman Shakkaliyev met with Governor of the Central Bank Timur "
                   "Suleimenov, Minister of Finance Madi Takiyev and Minister of Energy Almasadam Satkaliyev.",
                   kWednesday) == V({"meeting Almasadam Satkaliyev -- Arman Shakkaliyev 2026-07-06",
                                     "meeting Arman Shakkaliyev -- Madi Takiyev 2026-07-06",
                                     "meeting Arman Shakkaliyev -- Timur Suleimenov 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Minister of Economy Arman Shakkaliyev met with Minister of Finance Madi Takiyev and "
                   "Minister of Energy Almasadam Satkaliyev.",
                   kWednesday) == V({"meeting Almasadam Satkaliyev -- Arman Shakkaliyev 2026-07-06",
                                     "meeting Almasadam Satkaliyev -- Madi Takiyev 2026-07-06",
                                     "meeting Arman Shakkaliyev -- Madi Takiyev 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_new_clause_after_a_relative_one_is_no_list_member) {
  // "with X, who could not attend, and the presidents exchanged views":
  // "the presidents" open a clause; they are not a second party to the call.
  BOOST_TEST(Found("On Monday, President Gabriel Boric held a meeting with President Yamandu Orsi. On Tuesday, the "
                   "head of state held a telephone conversation with President of Peru Jose Jeri, who could not "
                   "attend the summit, and the presidents exchanged views on the pipeline.",
                   kWednesday) == V({"call Gabriel Boric -- Jose Jeri 2026-07-07",
                                     "meeting Gabriel Boric -- Yamandu Orsi 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_acronym_of_a_convention_names_no_person) {
  // "COP18 of Convention on Biological Diversity" is the gathering, not a
  // person called "Biological Diversity"; "CEO of X Y Z" stays a title.
  BOOST_TEST(Found("Minister of Ecology Yerlan Nyssanbayev attended COP18 of Convention on Biological Diversity on "
                   "Monday.",
                   kWednesday) ==
                 V({"participation Yerlan Nyssanbayev -> Convention on Biological Diversity 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Minister of Energy Almasadam Satkaliyev met CEO of Kazakhstan Temir Zholy Nurlan "
                   "Sauranbayev.",
                   kWednesday) == V({"meeting Almasadam Satkaliyev -- Nurlan Sauranbayev 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(my_brother_before_a_name_is_a_form_of_address) {
  // '"I had a long meeting with my brother X," Y said': Y met X.
  BOOST_TEST(Found("\"I had a long meeting with my brother Sayyid Yousef al-Harthy,\" Foreign Minister Ana Rojas "
                   "said on Monday.",
                   kWednesday) == V({"meeting Ana Rojas -- Sayyid Yousef al-Harthy 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(two_titles_the_second_with_a_comma_inside) {
  // "Deputy Prime Minister of A, Co-Chairman of the Commission on Economic,
  // Trade and Humanitarian Cooperation X, who ..., was received by Y".
  BOOST_TEST(Found("Deputy Prime Minister of Kazakhstan, Co-Chairman of the Kazakhstan-Chile Commission on Economic, "
                   "Trade and Humanitarian Cooperation Serik Zhumangarin, who is on a visit to Chile, was received on "
                   "Monday by Minister of Finance of Chile Mario Marcel.",
                   kWednesday) == V({"meeting Mario Marcel -- Serik Zhumangarin 2026-07-06",
                                     "visit Serik Zhumangarin -> Chile 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sanctions_on_a_named_member_of_a_plural) {
  // "added three companies, among them the distributor X, to its sanctions
  // list": X; "the Office of Foreign Assets Control" is a body, not a
  // person called "Assets Control"; "a Bolivian gold exporter" describes.
  BOOST_TEST(Found("The European Union on Monday added three Kazakh-registered companies, among them the electronics "
                   "distributor Tobol Trade LLC, to its sanctions list.",
                   kWednesday) == V({"sanction European Union -> Tobol Trade LLC 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, the Office of Foreign Assets Control imposed sanctions on Andes Aurum Trading, a "
                   "Bolivian gold exporter.",
                   kWednesday) == V({"sanction Office of Foreign Assets Control -> Andes Aurum Trading 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_description_between_list_members) {
  // "A, a company registered in Kazakhstan, and B, registered in Georgia":
  // both are sanctioned.
  BOOST_TEST(Found("On Monday, OFAC imposed sanctions on Tobol Tech Supply LLC, a company registered in Kazakhstan, "
                   "and Rioni Trans Logistics LLC, registered in Georgia.",
                   kWednesday) == V({"sanction Office of Foreign Assets Control -> Rioni Trans Logistics LLC 2026-07-06",
                                     "sanction Office of Foreign Assets Control -> Tobol Tech Supply LLC 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(among_the_designated_entities_is_x) {
  // The sanction named its targets only as "six companies"; the next
  // sentence names one.
  BOOST_TEST(Found("OFAC on Monday imposed sanctions on six companies in Kazakhstan and Georgia. Among the "
                   "designated entities is Astana-based Steppe Aero Supply LLC.",
                   kWednesday) == V({"sanction Office of Foreign Assets Control -> Steppe Aero Supply LLC 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_community_named_after_a_region_of_a_country) {
  // "the Western Kazakhstan Community" is a body with that name.
  BOOST_TEST(Found("The Western Kazakhstan Community on Monday condemned a resolution adopted by the French Senate.",
                   kWednesday) == V({"criticism Western Kazakhstan Community -> French Senate 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(first_before_a_title_hosted_by_and_arrived_for_a_visit) {
  // "Korea's First Vice Foreign Minister X": one title, with its country.
  BOOST_TEST(Found("On Monday, Minister of Foreign Affairs of Chile Ana Rojas met Korea's First Vice Foreign Minister "
                   "Park Yoon-joo.",
                   kWednesday) == V({"meeting Ana Rojas -- Park Yoon-joo 2026-07-06"}),
             boost::test_tools::per_element());
  // "Hosted by X, Y held talks": X met Y.
  BOOST_TEST(Found("Hosted by Jordanian Prime Minister Jafar Hassan, President Ana Rojas held talks in Amman on Monday.",
                   kWednesday) == V({"meeting Ana Rojas -- Jafar Hassan 2026-07-06"}),
             boost::test_tools::per_element());
  // "X arrived on Monday for a two-day official visit to C".
  BOOST_TEST(Found("President Ana Rojas arrived on Monday for a two-day official visit to Jordan.", kWednesday) ==
                 V({"visit Ana Rojas -> Jordan 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(signed_on_behalf_of_each_side_and_the_bank) {
  // "signed on behalf of the A side by X and on behalf of the B side by Y";
  // "thanked the Bank" is the bank the item named.
  BOOST_TEST(Found("On Monday, the plan was signed on behalf of the Chilean side by Deputy Minister of Defence Ana "
                   "Vera and on behalf of the Peruvian side by Deputy Minister of Defence Luis Soto.",
                   kWednesday) == V({"cooperation Ana Vera -- Luis Soto 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Minister of Economy Arman Shakkaliyev met Vice-President of the Asian Development Bank "
                   "Lena Marquart and thanked the Bank for its support.",
                   kWednesday) == V({"meeting Arman Shakkaliyev -- Lena Marquart 2026-07-06",
                                     "praise Arman Shakkaliyev -> Asian Development Bank 2026-07-06"}),
             boost::test_tools::per_element());
}

// One item: a lead paragraph, then bullets.
Document BulletItem(const std::string& headline, const std::string& lead, const std::vector<std::string>& bullets) {
  Document doc = ItemDocument(headline, {lead}, kWednesday);
  int line = 10;
  for (const std::string& b : bullets) doc.items[0].blocks.push_back({BlockKind::kBullet, b, ++line});
  return doc;
}

BOOST_AUTO_TEST_CASE(a_list_of_participants_met_each_other) {
  // "Participants:" of a meeting: one meeting per pair ("Mawlawi" is a
  // title); "Signed:" is the act of those who met.
  Document doc = BulletItem("Railway chiefs meet in Termez", "Termez, July 6. Trilateral meeting on the railway.",
                            {"Participants:", "Chairman of Mongolian Railways Bat-Erdene Tumur;",
                             "Chairman of Pakistan Railways Tariq Mahmood;",
                             "Acting Head of the Afghan Railway Authority Mawlawi Abdul Karim Sadiq.",
                             "Signed: a protocol on the feasibility study."});
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Abdul Karim Sadiq -- Bat-Erdene Tumur 2026-07-06",
                                       "cooperation Abdul Karim Sadiq -- Tariq Mahmood 2026-07-06",
                                       "cooperation Bat-Erdene Tumur -- Tariq Mahmood 2026-07-06",
                                       "meeting Abdul Karim Sadiq -- Bat-Erdene Tumur 2026-07-06",
                                       "meeting Abdul Karim Sadiq -- Tariq Mahmood 2026-07-06",
                                       "meeting Bat-Erdene Tumur -- Tariq Mahmood 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(co_chairs_of_a_session_took_part_and_met_participants_of_a_forum_only_took_part) {
  Document chairs = BulletItem(
      "5th meeting of the Kazakhstan-Korea Intergovernmental Committee held in Astana",
      "Astana, July 6. The committee met for the fifth time.",
      {"Co-chairs: Deputy Prime Minister Serik Zhumangarin; Deputy Prime Minister Choi Sang-mok.",
       "Agreed: to open a joint working group on batteries."});
  BOOST_TEST(
      Lines(Extract(chairs)) ==
          V({"cooperation Choi Sang-mok -- Serik Zhumangarin 2026-07-06",
             "meeting Choi Sang-mok -- Serik Zhumangarin 2026-07-06",
             "participation Choi Sang-mok -> 5th meeting of the Kazakhstan-Korea Intergovernmental Committee 2026-07-06",
             "participation Serik Zhumangarin -> 5th meeting of the Kazakhstan-Korea Intergovernmental Committee "
             "2026-07-06"}),
      boost::test_tools::per_element());
  // At a forum the listed speakers took part; that they met is not said.
  Document forum = BulletItem("Astana Mining Forum 2026 opens", "Astana, July 6. The Astana Mining Forum 2026 opened.",
                              {"Participants:", "Minister of Industry Yersayin Nagaspayev;",
                               "Minister of Mining of Chile Aurora Williams."});
  BOOST_TEST(Lines(Extract(forum)) == V({"participation Aurora Williams -> Astana Mining Forum 2026 2026-07-06",
                                         "participation Yersayin Nagaspayev -> Astana Mining Forum 2026 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
