// The extractor on titles held at bodies with long names, on sources
// named before the main clause ("According to X, the Chancellor ..."),
// on lists that go on after a relative clause, on acts whose country is
// an adjective after other adjectives, on relative clauses that say who
// denounced a body, on expulsions and visa bans and the answers to them,
// and on portfolios of several fields. Sentences are our own; the
// dictionary has no persons. Reference date: Friday 2027-11-26.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-11-26";

BOOST_AUTO_TEST_SUITE(extractor_attributions_bodies)

BOOST_AUTO_TEST_CASE(a_title_at_a_body_whose_name_joins_two_words) {
  BOOST_TEST(Found("On Monday, Minister of Trade of Peru Elena Quispe met with Secretary of State at the Ministry of "
                   "Development and Technology of Chile Pedro Larrain.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_at_a_body_then_a_name_and_a_comma) {
  BOOST_TEST(Found("On Monday, Minister of Trade of Peru Elena Quispe met with Secretary of State at the Ministry of "
                   "Foreign Affairs of Chile Pedro Larrain, with whom she discussed trade.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_counterpart_at_a_ministry_of_a_country_is_no_body_name) {
  // the run after "at" ends in a country, not in a holder's name: no body
  // named "Counterpart At the Ministry ..."; the counterpart is of the
  // body's country
  BOOST_TEST(Found("On Monday, Minister of Trade of Peru Elena Quispe held talks with her counterpart at the "
                   "Ministry of Development of Chile.",
                   kFriday) == V({"meeting Chile -- Elena Quispe 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_list_of_those_met_goes_on_after_a_relative_clause) {
  BOOST_TEST(Found("On the sidelines of the forum, Deputy Minister of Foreign Affairs of Peru Elena Quispe held "
                   "meetings with Minister of Trade of Chile Pedro Larrain, with whom she discussed the border "
                   "crossings, as well as with State Secretary for Foreign Affairs of Norway Ola Brekke.",
                   kFriday) == V({"meeting Elena Quispe -- Ola Brekke 2027-11-26",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-26"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_capitals_name_as_a_given_name_after_a_country) {
  // "Sofia" is Bulgaria's capital; here it is the head of mission's name
  BOOST_TEST(Found("On Monday, Minister of Justice of Peru Elena Quispe met with the Head of the UN Monitoring "
                   "Mission in Chile Sofia Brekke.",
                   kFriday) == V({"meeting Elena Quispe -- Sofia Brekke 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(according_to_a_titled_spokesperson_the_title_opens_the_main_clause) {
  // "X, the Chancellor" is no apposition when a verb follows the title
  BOOST_TEST(Found("Chancellor of Austria Karl Brunner spoke to the press on Monday. According to government "
                   "spokesperson Eva Lindner, the Chancellor condemned the Iranian strikes against the oil fields.",
                   kFriday) == V({"criticism Karl Brunner -> Iran 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(two_lower_case_title_words_open_an_apposed_title) {
  // ", official representative of the Ministry ... X accused": X is the subject
  BOOST_TEST(Found("On Monday, at a briefing in Lima, official representative of the Ministry of Foreign Affairs of "
                   "Peru Elena Quispe accused the Chilean authorities of provocations.",
                   kFriday) == V({"criticism Elena Quispe -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_adjective_may_stand_before_the_demonym_of_the_act_condemned) {
  BOOST_TEST(Found("On Monday, Foreign Minister of Peru Elena Quispe condemned the continuing Chilean strikes on "
                   "the ports.",
                   kFriday) == V({"criticism Elena Quispe -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
  // a preposition between them keeps the act's country out
  BOOST_TEST(Found("On Monday, Foreign Minister of Peru Elena Quispe condemned the attack on Chilean ports.",
                   kFriday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_relative_clause_names_who_denounced_the_body_before_it) {
  BOOST_TEST(Found("On Monday, the Congress of Peru voted to withdraw from the Andean Parliament, which Congress "
                   "President Elena Quispe denounced as a costly club.",
                   kFriday) == V({"criticism Elena Quispe -> Andean Parliament 2027-11-22",
                                  "sanction Congress of Peru -> Andean Parliament 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_regions_adjective_names_no_country) {
  // "American" alone is the United States' adjective; "Central American" is not
  BOOST_TEST(Found("On Monday, Foreign Minister of Peru Elena Quispe addressed the Central American Parliament and "
                   "praised the Central American Parliament for its work.",
                   kFriday) == V({"praise Elena Quispe -> Central American Parliament 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(persons_declared_personae_non_gratae_are_their_embassys) {
  BOOST_TEST(Found("On Monday, the Peruvian Foreign Ministry declared two employees of the Chilean Embassy in Lima "
                   "personae non gratae. On the same day the embassy denounced the expulsions as a provocation.",
                   kFriday) == V({"criticism Embassy of Chile in Peru -> Ministry of Foreign Affairs of Peru 2027-11-22",
                                  "sanction Ministry of Foreign Affairs of Peru -> Embassy of Chile in Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(visas_suspended_for_a_countrys_traders_and_the_step_denounced) {
  // "acting" between the country's possessive and the title keeps them one
  BOOST_TEST(Found("Peru's Ministry of Interior suspended the issuance of visas to Chilean traders on Monday, and on "
                   "Tuesday Chile's acting Commerce Minister Pedro Larrain denounced the step as blackmail.",
                   kFriday) == V({"criticism Pedro Larrain -> Ministry of Interior of Peru 2027-11-23",
                                  "sanction Ministry of Interior of Peru -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_last_field_of_a_portfolio_list_is_no_given_name) {
  BOOST_TEST(Found("On Monday, Minister of Energy, Water Resources and Irrigation of Peru Elena Quispe met with "
                   "Minister of Energy, Mines and Irrigation Pedro Larrain.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_demonym_then_two_fields_joined_before_the_title) {
  BOOST_TEST(Found("Peruvian Interior Minister Elena Quispe and Chilean Justice and Public Security Minister Pedro "
                   "Larrain met in Lima on Monday.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_day_after_the_apposed_rapporteur_criticized) {
  // the rapporteur acts in the clause after "a day after", not the minister
  BOOST_TEST(Found("Minister of Justice of Peru Elena Quispe on Wednesday rejected a report by the Andean "
                   "Commission on Human Rights, a day after the commission's rapporteur, Pedro Larrain, criticized "
                   "Lima for its prisons.",
                   kFriday) == V({"criticism Elena Quispe -> Andean Commission on Human Rights 2027-11-24",
                                  "criticism Pedro Larrain -> Peru 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_and_its_apposed_director_barred_from_a_market) {
  // "Lima-based" is an adjective, and the comma that closes the apposition
  // does not end the list before "from"
  BOOST_TEST(Found("The Securities Commission of Peru on Tuesday barred Lima-based brokerage Andes Capital and its "
                   "managing director, Pedro Larrain, from the securities market for five years.",
                   kFriday) == V({"sanction Securities Commission of Peru -> Andes Capital 2027-11-23",
                                  "sanction Securities Commission of Peru -> Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_bodys_lower_case_title_then_a_rank_and_a_name) {
  BOOST_TEST(Found("After talks in Lima on Tuesday, Peru Coast Guard commander Rear Adm. Elena Quispe and Chilean "
                   "Coast Guard commandant Vice Adm. Pedro Larrain agreed that their services will hold a joint "
                   "drill.",
                   kFriday) == V({"cooperation Elena Quispe -- Pedro Larrain 2027-11-23",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(one_more_field_of_a_ministrys_name_after_and) {
  // "Livestock" is no person; an acronym after "and" stays a second body
  BOOST_TEST(Found("On Monday, Minister of Economy of Chile Pedro Larrain signed a memorandum with Peru's Ministry "
                   "of Agriculture and Livestock.",
                   kFriday) == V({"cooperation Ministry of Agriculture and Livestock of Peru -- Pedro Larrain "
                                  "2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Peru's Ministry of Economy and JICA signed a memorandum.", kFriday) ==
                 V({"cooperation JICA -- Ministry of Economy of Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(roles_before_a_portfolio_list_and_the_session_which_he_co_chaired) {
  BOOST_TEST(Found("On Monday, Deputy Prime Minister, Minister of Economy and Digitalization Pedro Larrain led the "
                   "Chilean delegation to the 12th session of the Chile-Peru Joint Economic Commission in Lima, which "
                   "he co-chaired together with Minister of Trade of Peru Elena Quispe.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "participation Elena Quispe -> 12th session of the Chile-Peru Joint Economic "
                                  "Commission 2027-11-22",
                                  "participation Pedro Larrain -> 12th session of the Chile-Peru Joint Economic "
                                  "Commission 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_head_of_the_legislature_met_one_and_then_another) {
  // "the head of the legislature" is the Speaker; "with A and with B" are
  // two meetings, not one of three
  BOOST_TEST(Found("On Monday, Speaker of Parliament Elena Quispe met with Foreign Minister Pedro Larrain. The same "
                   "day, the head of the legislature also met with Chairman of the Senate Committee on Trade Ola "
                   "Brekke and with Chairman of the Senate of Chile Jorge Mamani.",
                   kFriday) == V({"meeting Elena Quispe -- Jorge Mamani 2027-11-22",
                                  "meeting Elena Quispe -- Ola Brekke 2027-11-22",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_word_that_heads_bodies_only_in_names_heads_none_in_lower_case) {
  // "Air" heads "Chile Air"; "the Israeli air strikes" are Israel's
  BOOST_TEST(Found("On Monday, Foreign Ministry spokesperson of Peru Elena Quispe condemned the Israeli air strikes "
                   "on the port.",
                   kFriday) == V({"criticism Elena Quispe -> Israel 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_regulator_with_its_acronym_suspends_a_channels_licence) {
  // "the Broadcasting and Media Commission (BMC)" is a body by its acronym;
  // "TV" ends a channel's name
  BOOST_TEST(Found("The Broadcasting and Media Commission (BMC) of Peru announced on Monday the suspension of the "
                   "broadcasting licence of the satellite channel Andes Norte TV for a period of 30 days.",
                   kFriday) == V({"sanction Broadcasting and Media Commission -> Andes Norte TV 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_decision_to_ban_banks_listed_between_dashes) {
  BOOST_TEST(Found("The Central Bank of Peru decided on Monday to ban three private banks - Andes Norte Bank, Sol "
                   "Horizon Bank and Pacifico Investment Bank - from dealing in US dollars.",
                   kFriday) == V({"sanction Central Bank of Peru -> Andes Norte Bank 2027-11-22",
                                  "sanction Central Bank of Peru -> Pacifico Investment Bank 2027-11-22",
                                  "sanction Central Bank of Peru -> Sol Horizon Bank 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_company_and_its_director_a_businessman_named_after_a_comma) {
  BOOST_TEST(Found("On Monday, the Ministry of Finance of Chile imposed sanctions on the Lima-based Andes Gate Trading Company "
                   "and its director, Peruvian businessman Jorge Mamani, for smuggling oil.",
                   kFriday) == V({"sanction Ministry of Finance of Chile -> Andes Gate Trading Company 2027-11-22",
                                  "sanction Ministry of Finance of Chile -> Jorge Mamani 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(but_also_criticized_after_a_quote_is_the_speakers_act) {
  // "but also criticized" goes with the minister, not with Lima inside the
  // that-clause; "military" before "operations" modifies them: Chile's
  BOOST_TEST(Found("On Monday, Foreign Minister of Peru Elena Quispe stressed that Lima \"rejects the use of its "
                   "territory\", but also criticized the continuing Chilean military operations in the border "
                   "province.",
                   kFriday) == V({"criticism Elena Quispe -> Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_counterpart_whose_office_is_the_owners_second_title) {
  // the owner is "Deputy Prime Minister ... and Minister of Oil"; the
  // Chilean "Minister of Oil" is his counterpart
  BOOST_TEST(Found("Deputy Prime Minister for Energy Affairs and Minister of Oil of Peru Elena Quispe opened the "
                   "forum on Monday, where Chilean Minister of Oil Pedro Larrain also spoke. On Tuesday, Quispe held "
                   "a meeting with her Chilean counterpart.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(before_co_chairing_the_session_the_two_prime_ministers_took_part) {
  BOOST_TEST(Found("On Monday, Prime Minister of Peru Elena Quispe and Prime Minister of Chile Pedro Larrain held a "
                   "one-on-one meeting, followed by expanded talks, before co-chairing the 5th session of the "
                   "Peruvian-Chilean Joint Higher Committee.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "participation Elena Quispe -> 5th session of the Peruvian-Chilean Joint Higher "
                                  "Committee 2027-11-22",
                                  "participation Pedro Larrain -> 5th session of the Peruvian-Chilean Joint Higher "
                                  "Committee 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_exchange_of_notes_signed_is_cooperation) {
  BOOST_TEST(Found("On Monday, Ambassador of Japan to Peru Kenji Sato and Minister of Energy Elena Quispe signed the "
                   "exchange of notes concerning a Japanese loan.",
                   kFriday) == V({"cooperation Elena Quispe -- Kenji Sato 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_kind_of_gathering_then_its_quoted_name) {
  // ("the exposition" points back to it)
  BOOST_TEST(Found("The International Specialized Exhibition \"Andes Security 2027\" opened in Lima on Monday. The "
                   "exposition was opened by Deputy Minister of Defence of Peru Elena Quispe. On Tuesday, Minister "
                   "of Defence of Chile Pedro Larrain visited the exhibition.",
                   kFriday) == V({"participation Elena Quispe -> Andes Security 2027 2027-11-22",
                                  "participation Pedro Larrain -> Andes Security 2027 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_meeting_held_under_the_co_chairmanship_of_two) {
  // each co-chair took part; a title no one holds in the text stands for
  // its country, which took part but met no one
  BOOST_TEST(Found("On Monday, Minister of Defence of Peru Elena Quispe took part in the 33rd meeting of the Andean "
                   "Defence Contact Group, held in Quito under the co-chairmanship of Minister of Defence of Chile "
                   "Pedro Larrain and the UK Secretary of State for Defence.",
                   kFriday) == V({"participation Elena Quispe -> 33rd meeting of the Andean Defence Contact Group "
                                  "2027-11-22",
                                  "participation Pedro Larrain -> 33rd meeting of the Andean Defence Contact Group "
                                  "2027-11-22",
                                  "participation United Kingdom -> 33rd meeting of the Andean Defence Contact Group "
                                  "2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(received_at_a_bodys_headquarters_then_the_guest) {
  BOOST_TEST(Found("On Monday, Speaker of the Senate of Peru Elena Quispe received at the Senate's headquarters in "
                   "Lima First Deputy Speaker of the Senate of Chile Pedro Larrain.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(his_royal_highness_is_a_title_not_a_name) {
  BOOST_TEST(Found("On Monday, Crown Prince Faisal bin Nasser received President of Peru Elena Quispe. The President "
                   "thanked His Royal Highness for the hospitality.",
                   kFriday) == V({"meeting Elena Quispe -- Faisal bin Nasser 2027-11-22",
                                  "praise Elena Quispe -> Faisal bin Nasser 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_number_after_a_title_and_plural_fields_are_no_names) {
  // "Minister of Foreign Affairs II" is Brunei's second foreign minister;
  // "Commodities" ends a portfolio list, not a name
  BOOST_TEST(Found("On Monday, Brunei's Minister of Foreign Affairs II Hamid Yusof held talks with Minister of "
                   "Plantation, Trade and Commodities Johari Abdul Rahman.",
                   kFriday) == V({"meeting Hamid Yusof -- Johari Abdul Rahman 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_meeting_of_an_alliance_for_the_implementation_of_an_agreement) {
  // a gathering, not a body ("Alliance for ... Agreement"); then those
  // "among" the ministers and officials of many countries took part
  BOOST_TEST(Found("On Monday, Lima hosted the fifth ministerial meeting of the Global Alliance for the "
                   "Implementation of the Andean Agreement, co-chaired by Foreign Minister of Peru Elena Quispe. The "
                   "meeting was attended by ministers and senior officials of more than 40 countries and "
                   "international organizations, among them Foreign Minister of Chile Pedro Larrain.",
                   kFriday) == V({"participation Elena Quispe -> fifth ministerial meeting of the Global Alliance for "
                                  "the Implementation of the Andean Agreement 2027-11-22",
                                  "participation Pedro Larrain -> fifth ministerial meeting of the Global Alliance for "
                                  "the Implementation of the Andean Agreement 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_kingdom_is_the_kingdom_named_before_not_the_speakers_own) {
  // the guest is from the Kingdom of Norway; "the Kingdom" he visits and
  // praises is the other kingdom the item named, Morocco
  BOOST_TEST(Found("On Tuesday, Foreign Minister of Morocco Nadia Bennani received in her office in Rabat Minister of "
                   "Interior of the Kingdom of Norway Ola Brekke, who is visiting the Kingdom. Brekke praised the "
                   "Kingdom for its hospitality.",
                   kFriday) == V({"meeting Nadia Bennani -- Ola Brekke 2027-11-23",
                                  "praise Ola Brekke -> Morocco 2027-11-23",
                                  "visit Ola Brekke -> Morocco 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
