// The extractor on meetings told from their chair and their attendees, and
// on envoys named after their countries: "X chaired a special meeting on
// security. A and B attended the meeting" (each attendee met the chair and
// the other attendees), "X convened the coalition's leaders at the palace
// for talks. A, B and C took part in the meeting"; a headline's bare name
// that the body gives as a festival's is no participant.
// Sentences are our own; the dictionary has no persons.
// Reference date: Friday 2027-12-03.

#include <boost/test/unit_test.hpp>
#include <algorithm>
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
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_chairs_attendees)

BOOST_AUTO_TEST_CASE(attendees_meet_the_chair_and_each_other) {
  Document doc = ItemDocument("Interior Minister chairs security meeting",
                              {"Interior Minister Rafael Quintero on Monday chaired a special meeting on law and order "
                               "at the ministry. Police Commissioner Dora Villalba and Fire Chief Anselmo Prieto "
                               "attended the meeting."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Anselmo Prieto -- Dora Villalba 2027-11-29",
                                       "meeting Anselmo Prieto -- Rafael Quintero 2027-11-29",
                                       "meeting Dora Villalba -- Rafael Quintero 2027-11-29"}),
             boost::test_tools::per_element());
  doc = ItemDocument("", {"President Tomas Varga convened the leaders of the governing coalition at the Sandor Palace "
                          "on Tuesday evening for talks on the budget. Prime Minister Ilona Kertes, chairwoman of the "
                          "Civic Party, and Gabor Lenart, president of the Farmers' Union, took part in the meeting."},
                     kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Gabor Lenart -- Ilona Kertes 2027-11-30",
                                       "meeting Gabor Lenart -- Tomas Varga 2027-11-30",
                                       "meeting Ilona Kertes -- Tomas Varga 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_festival_named_in_the_headline_is_no_participant) {
  Document doc = ItemDocument("Interior Minister chairs security meeting ahead of Santa Rosa",
                              {"Interior Minister Rafael Quintero on Monday chaired a special meeting on law and order "
                               "ahead of the Santa Rosa festival, which begins on 8 December. Police Commissioner Dora "
                               "Villalba attended the meeting."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Dora Villalba -- Rafael Quintero 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(who_joined_by_video_link_met_no_earlier_speaker) {
  // (the chair is only one who chaired a meeting, not whoever acted last)
  Document doc = ItemDocument("", {"Council President Lena Hoff thanked the participants and Prime Minister Aaro Niemi, "
                                   "who joined the meeting via video link."},
                              kFriday);
  for (const std::string& line : Lines(Extract(doc))) BOOST_TEST(line.find("meeting") == std::string::npos, line);
}

BOOST_AUTO_TEST_CASE(co_chairing_with_a_partner_before_the_gathering) {
  BOOST_TEST(Found("Kenyan President Amos Kirui paid a state visit to Ghana on Monday, co-chairing with President "
                   "Kofi Mensah the 2nd session of the Kenya-Ghana Joint Commission in Accra.",
                   kFriday) == V({"meeting Amos Kirui -- Kofi Mensah 2027-11-29",
                                  "participation Amos Kirui -> 2nd session of the Kenya-Ghana Joint Commission 2027-11-29",
                                  "participation Kofi Mensah -> 2nd session of the Kenya-Ghana Joint Commission 2027-11-29",
                                  "visit Amos Kirui -> Ghana 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Jorge Ibarra on Saturday presided over the Great Military Parade 2027 in Santiago.", kFriday) ==
                 V({"participation Jorge Ibarra -> Great Military Parade 2027 2027-11-27"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(units_a_force_sends_take_part_in_the_exercise_named_before) {
  Document doc = ItemDocument("", {"The multinational naval exercise Southern Shield 2027 began on Monday off Valparaiso. "
                                   "Ships and personnel from the Mexican Navy and the Colombian Navy are taking part."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Navy of Colombia -> Southern Shield 2027 2027-11-29",
                                       "participation Navy of Mexico -> Southern Shield 2027 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(who_a_forum_brings_together_and_plural_acronyms) {
  // (the present tense says who the forum's members are, not who came)
  BOOST_TEST(Found("Interior Minister Dana Popa travelled to Vienna on Thursday to attend the Danube Security "
                   "Conference, which brings together the interior ministers of Austria, Hungary and Slovakia.",
                   kFriday) == V({"participation Dana Popa -> Danube Security Conference 2027-12-02",
                                  "visit Dana Popa -> Austria 2027-12-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Deputy Ilie Sandu hosted the 3rd Black Sea Integration Conference on Wednesday, which brought "
                   "together MEPs and NGOs.",
                   kFriday) == V({"participation Ilie Sandu -> 3rd Black Sea Integration Conference 2027-12-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(envoys_named_between_dashes_after_their_countries) {
  // (each envoy presented credentials alone: the envoys met the president,
  // not each other; the countries' meetings give way to their envoys')
  Document doc = ItemDocument(
      "New envoys present credentials to President",
      {"Newly appointed ambassadors of Peru and Norway presented their credentials to President Rahim Uddin at the "
       "palace on Wednesday.",
       "The envoys \u2014 Peru's Lucia Campos and Norway's Ingrid Dahl, the latter of whom is resident in Delhi "
       "\u2014 later held separate meetings with the head of state. Campos handed over an invitation from Peruvian "
       "President Jose Quispe for Uddin to attend the Lima Forum."},
      kFriday);
  doc.publisher = "在バングラデシュ日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"invitation Jose Quispe -> Rahim Uddin 2027-12-01",
                                       "meeting Ingrid Dahl -- Rahim Uddin 2027-12-01",
                                       "meeting Lucia Campos -- Rahim Uddin 2027-12-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_role_in_the_body_points_back_not_forward) {
  // ("the head of state" is the president already named, not the foreign
  // president a later sentence names)
  Document doc = ItemDocument("", {"Ambassador Lucia Campos of Peru presented her credentials to President Rahim "
                                   "Uddin on Wednesday. Later she met the head of state again. Campos also conveyed "
                                   "greetings from Peruvian President Jose Quispe."},
                              kFriday);
  V lines = Lines(Extract(doc));
  BOOST_TEST(lines == V({"meeting Lucia Campos -- Rahim Uddin 2027-12-01"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(signers_between_dashes_with_an_apposition_and_a_term) {
  // (the heads' phrase ends in a possessive; the first signer's office
  // between commas is his, not the next signer's; "until 2029" is the
  // protocol's term, not the time of the signing)
  BOOST_TEST(Found("On Friday, the heads of the three navies' delegations - Rear Admiral Ion Dragan, Chief of the "
                   "Romanian Naval Forces Staff, Rear Admiral Petar Kolev and Vice Admiral Emre Aksoy - signed a "
                   "protocol extending until 2029 the mandate of the Black Sea Mine Countermeasures Group.",
                   kFriday) == V({"cooperation Emre Aksoy -- Ion Dragan 2027-12-03",
                                  "cooperation Emre Aksoy -- Petar Kolev 2027-12-03",
                                  "cooperation Ion Dragan -- Petar Kolev 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(titles_of_cities_prefectures_and_companies) {
  BOOST_TEST(Found("Mayor Rafael Quiroga received on Thursday a delegation from the Osaka City Council led by First Vice "
                   "Mayor Kenta Ishida.",
                   kFriday) == V({"meeting Kenta Ishida -- Rafael Quiroga 2027-12-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Sunday, Mayor Pablo Marin was received by the Prefect of Cusco Region, Rosa Huaman.", kFriday) ==
                 V({"meeting Pablo Marin -- Rosa Huaman 2027-11-28"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Ana Lozano, executive president of Petroandes, and Kenji Mori, chairman of the Japan Oil Agency, "
                   "signed on Tuesday a memorandum of understanding on exploration.",
                   kFriday) == V({"cooperation Ana Lozano -- Kenji Mori 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The agreement was signed by Petroandes CEO Jorge Salas and JBIC Managing Executive Officer Kenji Mori "
                   "on Monday.",
                   kFriday) == V({"cooperation Jorge Salas -- Kenji Mori 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_delegation_named_by_its_country_is_its_leader) {
  BOOST_TEST(Found("A delegation of Chilean deputies headed by Deputy Marta Solis was received on Friday in Lima by "
                   "Peru's Prime Minister Hugo Arana.",
                   kFriday) == V({"meeting Hugo Arana -- Marta Solis 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_reply_that_describes_the_critic_s_remarks) {
  Document doc = ItemDocument("", {"Senator Lidia Paz on Monday accused Interior Minister Tomas Rey of \"losing control of "
                                   "the streets\". The minister responded on Tuesday, dismissing the remarks as \"cheap "
                                   "politics\"."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"criticism Lidia Paz -> Tomas Rey 2027-11-29",
                                       "criticism Tomas Rey -> Lidia Paz 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Minister Tomas Rey hit back on Tuesday, dismissing Senator Lidia Paz's statements as \"cheap politics\".", kFriday) ==
                 V({"criticism Tomas Rey -> Lidia Paz 2027-11-30"}),
             boost::test_tools::per_element());
  // (a description may be praise: "describing" alone says nothing)
  BOOST_TEST(Found("Foreign Minister Ana Toma thanked Minister Jan Nowak on Tuesday, describing his statements as a sign "
                   "of solidarity.",
                   kFriday) == V({"praise Ana Toma -> Jan Nowak 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(trips_to_a_city_and_its_country_and_from_abroad) {
  BOOST_TEST(Found("Foreign Minister Elsa Mora paid a working visit to Lyon, France, on Monday.", kFriday) ==
                 V({"visit Elsa Mora -> France 2027-11-29"}),
             boost::test_tools::per_element());
  // (in an embassy's digest: one of another country who "arrived from" a
  // place came to the host country; the host's own president came home)
  Document doc = ItemDocument("", {"Ecuador's Vice-Minister of Trade, Pablo Andrade, who arrived from Quito on Sunday, "
                                   "met Deputy Minister Ana Lopez in Santiago on Monday. President Jorge Ibarra arrived "
                                   "from Madrid on Sunday."},
                              kFriday);
  doc.publisher = "在チリ日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Ana Lopez -- Pablo Andrade 2027-11-29",
                                       "visit Pablo Andrade -> Chile 2027-11-28"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(praise_of_a_quality_and_of_the_host_thanked) {
  BOOST_TEST(Found("Foreign Minister Pedro Salinas lauded the strength of Peru's institutions on Monday.", kFriday) ==
                 V({"praise Pedro Salinas -> Peru 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Foreign Minister Pedro Salinas praised the \"courage\" of Peru on Monday.", kFriday) ==
                 V({"praise Pedro Salinas -> Peru 2027-11-29"}),
             boost::test_tools::per_element());
  // (the pronoun of "whom he thanked" is the main clause's subject; the
  // host of a gathering the item reports took part in it)
  Document doc = ItemDocument("", {"The Danube Security Conference opened in Vienna on Thursday. Interior Minister Ana "
                                   "Popa held talks with Austrian Interior Minister Karl Hofer, the host of the "
                                   "conference, whom she thanked for the cooperation between the police forces."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Ana Popa -- Karl Hofer 2027-12-02",
                                       "participation Karl Hofer -> Danube Security Conference 2027-12-02",
                                       "praise Ana Popa -> Karl Hofer 2027-12-02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(visiting_guests_counted_delegations_and_parts_of_gatherings) {
  BOOST_TEST(Found("On Tuesday, Kazakh President Arman Seitov held talks in Astana with visiting Finnish President "
                   "Erkki Laine.",
                   kFriday) == V({"meeting Arman Seitov -- Erkki Laine 2027-11-30", "visit Erkki Laine -> Kazakhstan 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("A 20-member delegation led by Inspector General Raju Thapa left for New Delhi on Sunday.", kFriday) ==
                 V({"visit Raju Thapa -> India 2027-11-28"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Trade Bureau Vice-Chairman Salma Akter took part in the first phase of the 25th Asia Trade Fair on "
                   "Monday.",
                   kFriday) == V({"participation Salma Akter -> 25th Asia Trade Fair 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ana Lopez took the floor on Tuesday in the general debate of the 82nd session of the "
                   "United Nations General Assembly.",
                   kFriday) ==
                 V({"participation Ana Lopez -> 82nd session of the United Nations General Assembly 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(documents_signed_and_exchanged_and_packages) {
  BOOST_TEST(Found("Finance Secretary Ram Thapa and Korean Ambassador Kim Min-jun signed and exchanged notes to this effect at "
                   "the ministry on Tuesday.",
                   kFriday) == V({"cooperation Kim Min-jun -- Ram Thapa 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Rosa Quispe held talks in Lima on Tuesday with World Bank President Ajay Banga, and the "
                   "two sides signed a $900 million package for water projects.",
                   kFriday) == V({"cooperation Ajay Banga -- Rosa Quispe 2027-11-30", "meeting Ajay Banga -- Rosa Quispe 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_of_a_place_of_a_kind_the_table_names) {
  // ("aimag" and "soum" are Mongolia's provinces and districts: the
  // pattern table's place_kind words)
  BOOST_TEST(Found("Governor of Khovd aimag Bat-Erdene Ganbold met with Governor of Bayan-Ulgii aimag Serik Kadyr on "
                   "Tuesday.",
                   kFriday) == V({"meeting Bat-Erdene Ganbold -- Serik Kadyr 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_mongolian_initial_and_given_name_point_back) {
  // ("Ts.Amar": the initial of the father's name, a dot, the given name;
  // no sentence ends at the dot)
  Document doc = ItemDocument("", {"During the debate, MP Oyun Dash slammed Minister of Energy Amar Tsogt on Tuesday. "
                                   "Responding to the criticism, Minister Ts.Amar dismissed the allegations as "
                                   "groundless."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"criticism Amar Tsogt -> Oyun Dash 2027-11-30",
                                       "criticism Oyun Dash -> Amar Tsogt 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(those_who_attended_the_gathering_named_before) {
  Document doc = ItemDocument("", {"The 5th Steppe Security Forum took place in Astana on Monday. Some 200 delegates "
                                   "from 40 countries attended, among them Deputy Foreign Minister Kenta Sato and "
                                   "Ambassador Mark Ellis."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Kenta Sato -> 5th Steppe Security Forum 2027-11-29",
                                       "participation Mark Ellis -> 5th Steppe Security Forum 2027-11-29"}),
             boost::test_tools::per_element());
  doc = ItemDocument("", {"The 5th Steppe Security Forum took place in Astana on Monday. Deputy Foreign Minister Kenta "
                          "Sato and Ambassador Mark Ellis attended."},
                     kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Kenta Sato -> 5th Steppe Security Forum 2027-11-29",
                                       "participation Mark Ellis -> 5th Steppe Security Forum 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(speakers_co_hosts_and_bilateral_talks_with_two) {
  Document doc = ItemDocument("", {"The Steppe Investment Forum 2027 opened in Astana on Thursday. Energy Minister Aidos "
                                   "Sarsen and Shell executive vice president Anna Berg were among the keynote speakers."},
                              kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Aidos Sarsen -> Steppe Investment Forum 2027 2027-12-02",
                                       "participation Anna Berg -> Steppe Investment Forum 2027 2027-12-02"}),
             boost::test_tools::per_element());
  doc = ItemDocument("", {"General Sultan Omarov took part in the Pacific Armies Chiefs Conference 2027 in Bangkok on "
                          "Monday. The conference, co-hosted by General Pana Chaiyo and General Ronald Clark, brought "
                          "together army chiefs from 25 countries. On its margins, Omarov held bilateral talks with his "
                          "Thai and Korean counterparts."},
                     kFriday);
  V lines = Lines(Extract(doc));
  BOOST_TEST(std::count(lines.begin(), lines.end(),
                        "participation Pana Chaiyo -> Pacific Armies Chiefs Conference 2027 2027-11-29") == 1);
  BOOST_TEST(std::count(lines.begin(), lines.end(),
                        "participation Ronald Clark -> Pacific Armies Chiefs Conference 2027 2027-11-29") == 1);
  BOOST_TEST(std::count(lines.begin(), lines.end(), "meeting South Korea -- Thailand 2027-11-29") == 0);
  BOOST_TEST(std::count(lines.begin(), lines.end(), "meeting Sultan Omarov -- Thailand 2027-11-29") == 1);
}

BOOST_AUTO_TEST_CASE(guards_from_review) {
  // (a chair is one who chaired a meeting the item reports, in its main
  // clause; not one recalled in a relative clause)
  Document doc = ItemDocument("", {"President Ion Vasile, who chaired a meeting of the coalition leaders in September, "
                                   "has not set a date for new consultations. Justice Minister Radu Marin and Labour "
                                   "Minister Florin Manea attended the meeting of the government on Wednesday."},
                              kFriday);
  for (const std::string& line : Lines(Extract(doc))) BOOST_TEST(line.find("Ion Vasile") == std::string::npos, line);
  // (one who "arrived from Paris" and was welcomed in Beijing came to China,
  // not to the embassy's host country)
  doc = ItemDocument("", {"Chinese President Wei Ming welcomed French President Paul Durand, who arrived from Paris on "
                          "Wednesday, at the Great Hall of the People in Beijing."},
                     kFriday);
  doc.publisher = "在ルーマニア日本国大使館";
  for (const std::string& line : Lines(Extract(doc))) BOOST_TEST(line.find("Romania") == std::string::npos, line);
  // (a country after a place and a comma ends the phrase, or it is no
  // destination: "to Gdansk, Germany and Poland signed")
  BOOST_TEST(Found("During Chancellor Otto Brandt's visit to Gdansk, Germany and Poland signed a memorandum on energy "
                   "security on Monday.",
                   kFriday) == V({"cooperation Germany -- Poland 2027-11-29"}),
             boost::test_tools::per_element());
  // (a meeting with a country gives way to one with its envoy only for the
  // same day: these are two acts)
  doc = ItemDocument("", {"President Ion Vasile on Tuesday received a Chilean parliamentary delegation.",
                          "On Wednesday, Vasile held talks with Chile's Foreign Minister Alberto Rojas."},
                     kFriday);
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Alberto Rojas -- Ion Vasile 2027-12-01", "meeting Chile -- Ion Vasile 2027-11-30"}),
             boost::test_tools::per_element());
  // (a year before the source's after "by" is still a recall)
  BOOST_TEST(Found("Romania and Bulgaria signed an agreement by 2019 to build a second bridge.", kFriday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
