// The extractor on people named after a description ("the new ambassadors:
// A of X, B of Y"), appositions that name a role or the bodies of a country
// list, relative clauses with their own subject, and headlines that sum up
// what the body tells one by one. Sentences are our own; the dictionary has
// no persons. Reference date: Wednesday 2027-09-08.

#include <algorithm>
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
const char* kWednesday = "2027-09-08";

BOOST_AUTO_TEST_SUITE(extractor_appositions_headlines)

BOOST_AUTO_TEST_CASE(a_name_of_a_country_is_a_person_of_it) {
  // "A of Mongolia": a person of that country, not a body (bodies carry a
  // head word: "the Bank of Georgia")
  BOOST_TEST(Found("On Monday, President Ivo Marek received Batbold Ganzorig of Mongolia and Karim Fathy Nour of "
                   "the Arab Republic of Egypt.",
                   kWednesday) == V({"meeting Batbold Ganzorig -- Ivo Marek 2027-09-06",
                                     "meeting Batbold Ganzorig -- Karim Fathy Nour 2027-09-06",
                                     "meeting Ivo Marek -- Karim Fathy Nour 2027-09-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, the Bank of Georgia signed an agreement with the National Bank of Poland.",
                   kWednesday) == V({"cooperation Bank of Georgia -- National Bank of Poland 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(people_described_then_named_after_a_colon) {
  // the list after the colon names the ambassadors, a remark in brackets
  // after each of them
  BOOST_TEST(Found("On September 6, President Ivo Marek accepted the credentials of the newly appointed "
                   "Ambassadors Extraordinary and Plenipotentiary: Batbold Ganzorig of Mongolia (resident in "
                   "Ankara), Luis Prado Serra of the Portuguese Republic (resident in Ankara) and Karim Fathy Nour "
                   "of Egypt.",
                   kWednesday) == V({"meeting Batbold Ganzorig -- Ivo Marek 2027-09-06",
                                     "meeting Ivo Marek -- Karim Fathy Nour 2027-09-06",
                                     "meeting Ivo Marek -- Luis Prado Serra 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_apposition_names_the_role_after_its_post) {
  BOOST_TEST(Found("Deputy Foreign Minister Rafael Quliyev met Estonia's ambassador to Baku, Kadri Lepp, on "
                   "Tuesday.",
                   kWednesday) == V({"meeting Kadri Lepp -- Rafael Quliyev 2027-09-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_apposition_names_the_bodies_of_a_country_list) {
  BOOST_TEST(Found("The Kazakh and Kyrgyz railway companies, Temir Zholy Company and Kyrgyz Temir Jolu Company, "
                   "signed a tariff agreement on Monday.",
                   kWednesday) == V({"cooperation Kyrgyz Temir Jolu Company -- Temir Zholy Company 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(two_bodies_each_ending_in_its_head_word) {
  // "X Railway and Y Railway" are two bodies; "the Ministry of Labour and
  // Social Protection" stays one
  BOOST_TEST(Found("Georgian Railway and Kazakh National Railway signed a transit agreement on Monday.", kWednesday) ==
                 V({"cooperation Georgian Railway -- National Railway of Kazakhstan 2027-09-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The Ministry of Labour and Social Protection of Armenia signed an agreement with the Bank of "
                   "Georgia on Monday.",
                   kWednesday) == V({"cooperation Bank of Georgia -- Ministry of Labour and Social Protection of "
                                     "Armenia 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_ordinal_inside_a_title_chain) {
  // "Moldovan First Deputy Foreign Minister X": the demonym is part of his
  // title, so the call has both ends
  BOOST_TEST(Found("Kazakh Deputy Foreign Minister Aidos Seitkali spoke by phone on Tuesday with Moldovan First "
                   "Deputy Foreign Minister Radu Ciobanu.",
                   kWednesday) == V({"call Aidos Seitkali -- Radu Ciobanu 2027-09-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_trip_for_talks_is_a_visit_and_a_meeting) {
  BOOST_TEST(Found("Croatian State Secretary Ivan Kovac returned to Montenegro on Tuesday for talks with Deputy "
                   "Foreign Minister Petar Vukovic.",
                   kWednesday) == V({"meeting Ivan Kovac -- Petar Vukovic 2027-09-07",
                                     "visit Ivan Kovac -> Montenegro 2027-09-07"}),
             boost::test_tools::per_element());
  // calling for talks is no meeting
  BOOST_TEST(Found("Croatian State Secretary Ivan Kovac called for talks with Deputy Foreign Minister Petar "
                   "Vukovic.",
                   kWednesday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_s_portfolio_runs_on_to_a_thing) {
  // "... for Veterinary and Phytosanitary Surveillance" is one body; a
  // person's name after "and" stays a person
  BOOST_TEST(Found("On Monday, the Federal Service for Veterinary and Phytosanitary Surveillance of Belarus banned "
                   "imports from the Moldovan company Codru Wines.",
                   kWednesday) == V({"sanction Federal Service for Veterinary and Phytosanitary Surveillance of "
                                     "Belarus -> Codru Wines 2027-09-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Minister of Culture Anna Constance met Ambassador Luis Prado.", kWednesday) ==
                 V({"meeting Anna Constance -- Luis Prado 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_thing_word_ends_the_title_not_starts_the_name) {
  BOOST_TEST(Found("On Friday, Tunisia's Minister of Energy Transition Sami Haddad met Ambassador Luis Prado.",
                   kWednesday) == V({"meeting Luis Prado -- Sami Haddad 2027-09-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_meeting_held_from_afar_is_a_call) {
  BOOST_TEST(Found("On Tuesday, Deputy Foreign Minister Ana Silva and Deputy Foreign Minister Budi Santoso held "
                   "political consultations in the format of a video conference.",
                   kWednesday) == V({"call Ana Silva -- Budi Santoso 2027-09-07"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Tuesday, Deputy Foreign Minister Ana Silva met Deputy Foreign Minister Budi Santoso via "
                   "video link.",
                   kWednesday) == V({"call Ana Silva -- Budi Santoso 2027-09-07"}),
             boost::test_tools::per_element());
  // a one-on-one conversation is in person; a telephone one a call
  BOOST_TEST(Found("On Tuesday, Minister Ana Silva and Minister Budi Santoso also held a one-on-one conversation.",
                   kWednesday) == V({"meeting Ana Silva -- Budi Santoso 2027-09-07"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Tuesday, Minister Ana Silva and Minister Budi Santoso held a telephone conversation.",
                   kWednesday) == V({"call Ana Silva -- Budi Santoso 2027-09-07"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Tuesday, Deputy Foreign Minister Ana Silva met Deputy Foreign Minister Budi Santoso in "
                   "Jakarta.",
                   kWednesday) == V({"meeting Ana Silva -- Budi Santoso 2027-09-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_s_short_name_in_brackets) {
  // restrictions on imports from a country's exporters "including" named
  // ones; the short name in brackets is the body's later in the item
  Document doc = ItemDocument(
      "", {"From September 6, the State Plant Inspection Service of Belarus (Belplantnadzor) introduced restrictions on "
           "the import of apples from 9 Moldovan exporters, including Codru Fruit LLC and Prut Orchards LLC.",
           "On September 7, the National Food Safety Agency of Moldova held talks with Belplantnadzor via video "
           "link."},
      "2027-09-07");
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"call National Food Safety Agency of Moldova -- State Plant Inspection Service of Belarus "
                    "2027-09-07",
                    "sanction State Plant Inspection Service of Belarus -> Codru Fruit LLC 2027-09-06",
                    "sanction State Plant Inspection Service of Belarus -> Prut Orchards LLC 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_act_s_author_after_a_day_and_capitalised_words) {
  // a day between the verb and its object; a capitalised word inside the
  // act's phrase; the body "for" a place "and" one more word
  BOOST_TEST(Found("The Office for Kosovo and Metohija condemned on Monday the arrest of an Orthodox priest by "
                   "Kosovo Police.",
                   kWednesday) == V({"criticism Office for Kosovo and Metohija -> Police of Kosovo 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(his_remarks_and_the_firm_point_back) {
  // "his remarks" are the words of the person named before; "the firm" is
  // the company named before (not the ministry)
  Document doc = ItemDocument(
      "", {"On Monday, Information Minister of Malawi Chikondi Phiri accused the Revenue Authority of Zambia of "
           "negligence. On Tuesday, the Ministry of Foreign Affairs of Zambia rejected his remarks.",
           "On Monday, the Ministry of Commerce of Bangladesh suspended a contract with Indian rice exporter Shree "
           "Ganga Agro. Commerce Secretary Nasrin Haque criticized the firm for fraud."},
      "2027-09-07");
  std::vector<std::string> lines = Lines(Extract(doc));
  for (const char* want : {"criticism Ministry of Foreign Affairs of Zambia -> Chikondi Phiri 2027-09-07",
                           "criticism Nasrin Haque -> Shree Ganga Agro 2027-09-06"})
    BOOST_TEST((std::find(lines.begin(), lines.end(), want) != lines.end()), want);
}

BOOST_AUTO_TEST_CASE(suspending_permits_and_activities_is_a_sanction) {
  BOOST_TEST(Found("The Ministry of Commerce of Nepal on Monday suspended import permits issued to Indian rice exporter "
                   "Shree Ganga Agro.",
                   kWednesday) == V({"sanction Ministry of Commerce of Nepal -> Shree Ganga Agro 2027-09-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, the Ministry of Justice of Armenia suspended for a period of six months the activities of "
                   "the Civic Bridge Foundation.",
                   kWednesday) == V({"sanction Ministry of Justice of Armenia -> Civic Bridge Foundation 2027-09-06"}),
             boost::test_tools::per_element());
  // a company's own operations somewhere are no sanction
  BOOST_TEST(Found("On Monday, Codru Wines suspended its operations in Russia.", kWednesday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_demonym_and_a_head_word_point_back_to_the_body) {
  // "the Belarusian service" is the Belarusian body named before with that
  // word in its name, not a new "Service of Belarus"
  Document doc = ItemDocument(
      "", {"On September 6, the State Veterinary Service of Belarus banned imports from the Moldovan company Codru "
           "Wines.",
           "On September 7, Minister of Agriculture of Moldova Ion Perju rejected the claims of the Belarusian "
           "service."},
      "2027-09-07");
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"criticism Ion Perju -> State Veterinary Service of Belarus 2027-09-07",
                    "sanction State Veterinary Service of Belarus -> Codru Wines 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_opening_preposition_of_two_words) {
  // "Prior to the session," tells when; the subject comes after the comma
  BOOST_TEST(Found("Prior to the opening of the session, Minister Ara Sargsyan and Minister Reza Karimi held a "
                   "one-on-one meeting on Monday.",
                   kWednesday) == V({"meeting Ara Sargsyan -- Reza Karimi 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(co_chairs_of_a_hosted_session_take_part) {
  BOOST_TEST(Found("On Monday, Yerevan hosted the 9th session of the Armenia-Iran Intergovernmental Commission, "
                   "co-chaired by Minister Ara Sargsyan and Minister Reza Karimi.",
                   kWednesday) ==
                 V({"meeting Ara Sargsyan -- Reza Karimi 2027-09-06",
                    "participation Ara Sargsyan -> 9th session of the Armenia-Iran Intergovernmental Commission "
                    "2027-09-06",
                    "participation Reza Karimi -> 9th session of the Armenia-Iran Intergovernmental Commission "
                    "2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_delegation_from_a_place_led_by_a_titled_person) {
  // the leader stands for the delegation: after where it comes from, and
  // with a title in lower case
  BOOST_TEST(Found("Mayor Rafael Ortiz received a delegation from the Portuguese city of Braga led by deputy mayor "
                   "Ines Lobo on Saturday.",
                   kWednesday) == V({"meeting Ines Lobo -- Rafael Ortiz 2027-09-04"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_topic_after_a_titled_name_is_not_the_title_s) {
  BOOST_TEST(Found("On Tuesday, Minister Ana Silva held talks with Zambian Minister of Transport and Logistics "
                   "Mulenga Banda on the Lobito Corridor.",
                   kWednesday) == V({"meeting Ana Silva -- Mulenga Banda 2027-09-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_s_portfolio_of_fields_after_a_comma) {
  // (one body, its country's: the portfolio is no proper name)
  BOOST_TEST(Found("Niger's Ministry of Energy, Mines and Quarries on Sunday suspended the licence of Canadian gold "
                   "miner Ridgeline Gold.",
                   kWednesday) ==
                 V({"sanction Ministry of Energy, Mines and Quarries of Niger -> Ridgeline Gold 2027-09-05"}),
             boost::test_tools::per_element());
  // a list of three bodies stays three
  BOOST_TEST(Found("On Monday, the Ministry of Energy of Niger, Chevron and ExxonMobil signed a memorandum.",
                   kWednesday) == V({"cooperation Chevron -- ExxonMobil 2027-09-06",
                                     "cooperation Chevron -- Ministry of Energy of Niger 2027-09-06",
                                     "cooperation ExxonMobil -- Ministry of Energy of Niger 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(opening_and_moderating_a_gathering_is_taking_part) {
  Document doc = ItemDocument(
      "", {"On September 8-9, the Caspian Logistics Forum 2027 was held in Aktau. The forum was opened on September 8 "
           "by Prime Minister Olzhas Bektenov. Minister of Trade Arman Shakkaliyev moderated the panel on digital "
           "trade corridors."},
      "2027-09-09");
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"participation Arman Shakkaliyev -> Caspian Logistics Forum 2027 2027-09-08",
                    "participation Olzhas Bektenov -> Caspian Logistics Forum 2027 2027-09-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unnamed_meeting_attended_by_three) {
  // no named gathering: those who attended the meeting met, pair by pair
  BOOST_TEST(Found("On Monday, the city of Osh hosted a trilateral meeting on the railway project, attended by "
                   "Minister of Transport of Kyrgyzstan Tilek Tekebaev, Minister of Railways of Uzbekistan Aziz "
                   "Rakhimov and Minister of Transport of China Li Wen.",
                   kWednesday) == V({"meeting Aziz Rakhimov -- Li Wen 2027-09-06",
                                     "meeting Aziz Rakhimov -- Tilek Tekebaev 2027-09-06",
                                     "meeting Li Wen -- Tilek Tekebaev 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_meeting_chaired_by_is_the_named_gathering) {
  // "The meeting" is the Ministerial Meeting the item named, and the place
  // in the headline is no party: the chair took part, the communiqué is
  // the two ministers' alone
  Document doc = ItemDocument(
      "Foreign Minister Ruslan Bekov took part in the EU-Caspian Ministerial Meeting in Luxembourg",
      {"On Monday, Foreign Minister of Kyrgyzstan Ruslan Bekov took part in the EU-Caspian Ministerial Meeting. "
       "The meeting was chaired by High Representative Anna Lind. Following the meeting, Bekov and Lind adopted a "
       "joint statement."},
      "2027-09-07");
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Anna Lind -- Ruslan Bekov 2027-09-06",
                                       "participation Anna Lind -> EU-Caspian Ministerial Meeting 2027-09-06",
                                       "participation Ruslan Bekov -> EU-Caspian Ministerial Meeting 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(with_the_participation_of_is_taking_part) {
  Document doc = ItemDocument(
      "", {"On Monday, the Caspian Ministerial Meeting was held in Baku. The meeting was chaired by Foreign "
           "Minister Elnur Aliyev, with the participation of Foreign Minister Ruslan Bekov and Foreign Minister Daniyar "
           "Omarov."},
      "2027-09-07");
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Daniyar Omarov -> Caspian Ministerial Meeting 2027-09-06",
                                       "participation Elnur Aliyev -> Caspian Ministerial Meeting 2027-09-06",
                                       "participation Ruslan Bekov -> Caspian Ministerial Meeting 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_relative_clause_with_its_own_subject_keeps_it) {
  // "she" in a relative clause on "the report" is the report's author, and a
  // verb coordinated in that clause shares "she", not the sentence's subject
  BOOST_TEST(Found("Minister Tom Ridley criticized the report published by Rapporteur Anna Berg, in which she "
                   "accused the Moldovan authorities of fraud.",
                   kWednesday) == V({"criticism Anna Berg -> Moldova 2027-09-08",
                                     "criticism Tom Ridley -> Anna Berg 2027-09-08"}),
             boost::test_tools::per_element());
  V coordinated = Found("Minister Tom Ridley criticized the report published by Rapporteur Anna Berg, in which she "
                        "urged restraint and accused the Moldovan authorities of fraud.",
                        kWednesday);
  BOOST_TEST((std::find(coordinated.begin(), coordinated.end(), "criticism Tom Ridley -> Moldova 2027-09-08") ==
              coordinated.end()));
}

BOOST_AUTO_TEST_CASE(a_relative_clause_is_read_to_its_end_for_recall) {
  // "last autumn" closes the relative clause: those talks are recalled
  BOOST_TEST(Found("Deputy Minister Rafael Quliyev, who held talks with State Secretary Jan Novak in Prague last "
                   "autumn, met Ambassador Kadri Lepp on Tuesday.",
                   kWednesday) == V({"meeting Kadri Lepp -- Rafael Quliyev 2027-09-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_mission_subject_is_not_the_holder_s_country) {
  // "for ... the crisis in Moldova" is what the representative deals with:
  // she is no Moldovan, so her stay in Chisinau is a visit
  BOOST_TEST(Found("On Monday, Foreign Minister Ion Rusu met with the EU Special Representative for the Black Sea "
                   "and the crisis in Moldova Greta Holm, who is visiting Chisinau.",
                   kWednesday) == V({"meeting Greta Holm -- Ion Rusu 2027-09-06",
                                     "visit Greta Holm -> Moldova 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_headline_s_countries_give_way_to_the_body_s_persons) {
  Document doc = ItemDocument(
      "President Marek receives credentials of new ambassadors of Mongolia and Egypt",
      {"On September 6, President Ivo Marek accepted the credentials of the new Ambassadors: Batbold Ganzorig "
       "of Mongolia and Karim Fathy Nour of Egypt."},
      "2027-09-06");
  Events events = Extract(doc);
  BOOST_TEST(Lines(events) == V({"meeting Batbold Ganzorig -- Ivo Marek 2027-09-06",
                                 "meeting Ivo Marek -- Karim Fathy Nour 2027-09-06"}),
             boost::test_tools::per_element());
  // the headline is evidence of the persons' meetings
  BOOST_REQUIRE(!events.interactions.empty());
  BOOST_TEST(events.interactions[0].evidence.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_headline_pair_meeting_one_by_one_is_no_pair) {
  // the body tells two meetings in two sentences: A and B did not meet
  Document separate = ItemDocument(
      "FM Rusu and Speaker Dodon meet EU Special Representative Greta Holm",
      {"On September 6, Foreign Minister Ion Rusu met with EU Special Representative Greta Holm.",
       "Later the same day, Greta Holm was received by Speaker of Parliament Vlad Dodon."},
      "2027-09-06");
  BOOST_TEST(Lines(Extract(separate)) == V({"meeting Greta Holm -- Ion Rusu 2027-09-06",
                                            "meeting Greta Holm -- Vlad Dodon 2027-09-06"}),
             boost::test_tools::per_element());
  // one sentence where all three meet keeps every pair (and "jointly met"
  // is no joint production)
  Document together = ItemDocument(
      "FM Rusu and Speaker Dodon meet EU Special Representative Greta Holm",
      {"On September 6, Foreign Minister Ion Rusu and Speaker of Parliament Vlad Dodon jointly met with EU Special "
       "Representative Greta Holm."},
      "2027-09-06");
  BOOST_TEST(Lines(Extract(together)) == V({"meeting Greta Holm -- Ion Rusu 2027-09-06",
                                            "meeting Greta Holm -- Vlad Dodon 2027-09-06",
                                            "meeting Ion Rusu -- Vlad Dodon 2027-09-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
