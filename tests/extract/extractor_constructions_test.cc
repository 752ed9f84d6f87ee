// The extractor on constructions that general news text uses and that a
// keyword extractor gets wrong: gatherings referred back to as "the
// meeting", objects after their description, participles that belong to a
// noun phrase, members suspended by a body, support voiced. Sentences are
// our own; the dictionary has no persons. Reference date: Wednesday
// 2026-07-08.

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kWednesday = "2026-07-08";

BOOST_AUTO_TEST_SUITE(extractor_constructions)

BOOST_AUTO_TEST_CASE(attending_the_meeting_of_a_named_gathering_is_participation) {
  // "the meeting" is the named ministerial meeting: the ministers who also
  // attended took part in it; they did not meet each other as pairs.
  BOOST_TEST(Found("On July 6, Azerbaijani Foreign Minister Jeyhun Bayramov took part in the 5th Caspian "
                   "Ministerial Meeting in Aktau. The foreign ministers of Iran, Russia and Turkmenistan also "
                   "attended the meeting.",
                   kWednesday) == V({"participation Iran -> 5th Caspian Ministerial Meeting 2026-07-06",
                                     "participation Jeyhun Bayramov -> 5th Caspian Ministerial Meeting 2026-07-06",
                                     "participation Russia -> 5th Caspian Ministerial Meeting 2026-07-06",
                                     "participation Turkmenistan -> 5th Caspian Ministerial Meeting 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(attending_a_bilateral_meeting_still_meets_the_frame) {
  // No gathering of that name in the item: "the meeting" is the talks.
  BOOST_TEST(Found("Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan in "
                   "Tbilisi on July 6. Georgian Foreign Minister Maka Botchorishvili also attended the meeting.",
                   kWednesday) == V({"meeting Irakli Kobakhidze -- Maka Botchorishvili 2026-07-06",
                                     "meeting Irakli Kobakhidze -- Nikol Pashinyan 2026-07-06",
                                     "meeting Maka Botchorishvili -- Nikol Pashinyan 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dismissed_as_baseless_a_report_by) {
  // The object comes after its description; the participle "accusing"
  // is the report's author's act, not the president's.
  BOOST_TEST(Found("Colombian President Gustavo Petro dismissed as unfounded a statement by the U.S. State "
                   "Department accusing Bogotá of inaction.",
                   kWednesday) == V({"criticism Gustavo Petro -> US Department of State 2026-07-08",
                                     "criticism US Department of State -> Colombia 2026-07-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_suspends_a_member) {
  BOOST_TEST(Found("The African Union on Monday suspended Sudan from all its activities.", kWednesday) ==
                 V({"sanction African Union -> Sudan 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(halting_exports_to_a_country) {
  BOOST_TEST(Found("Kazakhstan suspended grain exports to Afghanistan on Tuesday.", kWednesday) ==
                 V({"sanction Kazakhstan -> Afghanistan 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(voiced_support_for_is_praise) {
  BOOST_TEST(Found("Danish Prime Minister Mette Frederiksen voiced support for the Government of the Faroe "
                   "Islands on Tuesday.",
                   kWednesday) == V({"praise Mette Frederiksen -> Government of the Faroe Islands 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_two_leaders_after_a_meeting_in_the_same_sentence) {
  // "the two leaders" points back to the talks of the first clause.
  BOOST_TEST(Found("Spanish Prime Minister Pedro Sánchez held talks with Portuguese Prime Minister Luís "
                   "Montenegro in Lisbon on Monday, and the two leaders agreed to create a joint working group.",
                   kWednesday) == V({"cooperation Luís Montenegro -- Pedro Sánchez 2026-07-06",
                                     "meeting Luís Montenegro -- Pedro Sánchez 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_demonym_before_the_object_names_its_country) {
  BOOST_TEST(Found("Kenyan Foreign Minister Musalia Mudavadi condemned the Israeli strikes on Lebanon on Monday.",
                   kWednesday) == V({"criticism Musalia Mudavadi -> Israel 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Poland expelled a Russian diplomat on Tuesday.", kWednesday) ==
                 V({"sanction Poland -> Russia 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_part_of_a_gathering_is_the_gathering) {
  BOOST_TEST(Found("Chilean President Gabriel Boric addressed the plenary of the Ibero-American Summit on "
                   "Monday.",
                   kWednesday) == V({"participation Gabriel Boric -> Ibero-American Summit 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Chilean President Gabriel Boric spoke at the opening session of the Ibero-American Summit "
                   "on Monday.",
                   kWednesday) == V({"participation Gabriel Boric -> Ibero-American Summit 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_dictionary_name_spelt_longer_after_a_title) {
  // The dictionary knows "Prince Faisal bin Farhan"; the text adds "Al Saud".
  BOOST_TEST(Found("Azerbaijani Foreign Minister Jeyhun Bayramov spoke by phone with Saudi Foreign Minister Prince "
                   "Faisal bin Farhan Al Saud on Monday.",
                   kWednesday, ActorDictionary::BuiltIn()) ==
                 V({"call Faisal bin Farhan Al Saud -- Jeyhun Bayramov 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(long_diplomatic_titles) {
  BOOST_TEST(Found("Deputy Foreign Minister Elnur Mammadov on Monday received the newly appointed Ambassador "
                   "Extraordinary and Plenipotentiary of Chile to Azerbaijan Pablo Soto.",
                   kWednesday) == V({"meeting Elnur Mammadov -- Pablo Soto 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bodies_named_after_or_owned_by_a_country) {
  BOOST_TEST(Found("The state company Uzbekistan Railways and the national company Kazakhstan Engineering signed "
                   "an agreement on Monday.",
                   kWednesday) == V({"cooperation Kazakhstan Engineering -- Uzbekistan Railways 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("ADA University and Japan's Waseda University signed a memorandum on Tuesday.", kWednesday) ==
                 V({"cooperation ADA University -- Waseda University 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(earlier_the_same_day_is_narrative_not_recall) {
  BOOST_TEST(Found("On July 6, Georgian Foreign Minister Maka Botchorishvili was received by Armenian Prime "
                   "Minister Nikol Pashinyan. Earlier the same day, Botchorishvili held talks with her Armenian "
                   "counterpart Ararat Mirzoyan.",
                   kWednesday) == V({"meeting Ararat Mirzoyan -- Maka Botchorishvili 2026-07-06",
                                     "meeting Maka Botchorishvili -- Nikol Pashinyan 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(thanks_wanted_are_thanks_given) {
  // "I want to thank" is performative; the speaker is named after the quote.
  BOOST_TEST(Found("\"I want to thank Georgia for its hospitality,\" Estonian Foreign Minister Margus Tsahkna told "
                   "reporters in Tbilisi on July 6.",
                   kWednesday) == V({"praise Margus Tsahkna -> Georgia 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dismissing_the_criticism_answers_its_author) {
  BOOST_TEST(Found("On July 6, the Chinese Foreign Ministry criticized Japan's defence policy. Japanese Chief "
                   "Cabinet Secretary Minoru Kihara dismissed the criticism as groundless.",
                   kWednesday) == V({"criticism Ministry of Foreign Affairs of China -> Japan 2026-07-06",
                                     "criticism Minoru Kihara -> Ministry of Foreign Affairs of China 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(speakers_listed_at_a_gathering_took_part) {
  BOOST_TEST(Found("The Caspian Energy Forum opened in Baku on July 6. Speakers at the plenary session included "
                   "Azerbaijani Energy Minister Parviz Shahbazov, Georgian Economy Minister Mariam Kvrivishvili "
                   "and OPEC Secretary General Haitham Al Ghais.",
                   kWednesday) == V({"participation Haitham Al Ghais -> Caspian Energy Forum 2026-07-06",
                                     "participation Mariam Kvrivishvili -> Caspian Energy Forum 2026-07-06",
                                     "participation Parviz Shahbazov -> Caspian Energy Forum 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(inaugurating_an_exhibition_is_taking_part) {
  BOOST_TEST(Found("The 5th Caspian Defence Exhibition opened in Baku on July 6. Azerbaijani Defence Minister Zakir "
                   "Hasanov, who inaugurated the exhibition, toured the pavilions.",
                   kWednesday) == V({"participation Zakir Hasanov -> 5th Caspian Defence Exhibition 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(contacts_named_by_a_noun) {
  // The counterpart of "a videoconference with X" is X, not the object of
  // the clause; an opening phrase takes the subject that follows it.
  BOOST_TEST(Found("Indian External Affairs Minister S. Jaishankar thanked Australia for its support during a "
                   "videoconference with Penny Wong on Monday.",
                   kWednesday) == V({"call Penny Wong -- S. Jaishankar 2026-07-06",
                                     "praise S. Jaishankar -> Australia 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("In a phone call with Kenyan President William Ruto on Monday, South African President Cyril "
                   "Ramaphosa discussed regional security.",
                   kWednesday) == V({"call Cyril Ramaphosa -- William Ruto 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(talks_someone_was_asked_to_hold_are_not_held) {
  BOOST_TEST(Found("Human Rights Watch on Monday called on the European Union to raise the issue in its energy "
                   "talks with Azerbaijan.",
                   kWednesday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_family_name_that_comes_first) {
  // "Wang" is Wang Yi's family name (the dictionary has him; the table
  // family_name_first lists the countries that write it first).
  BOOST_TEST(Found("Chinese Foreign Minister Wang Yi arrived in Ashgabat on July 7. The day before, Wang held talks "
                   "in Astana with Kazakh President Kassym-Jomart Tokayev.",
                   kWednesday, ActorDictionary::BuiltIn()) ==
                 V({"meeting Kassym-Jomart Tokayev -- Wang Yi 2026-07-06", "visit Wang Yi -> Turkmenistan 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_ministers_are_those_of_the_latest_talks) {
  // The item's first contact was with the president; "the ministers" are
  // the two who met later.
  BOOST_TEST(Found("On July 6, Japanese Foreign Minister Toshimitsu Motegi was received by President of Uzbekistan "
                   "Shavkat Mirziyoyev. Motegi then held talks with his Uzbek counterpart Bakhtiyor Saidov. The "
                   "ministers signed a memorandum on critical minerals.",
                   kWednesday) == V({"cooperation Bakhtiyor Saidov -- Toshimitsu Motegi 2026-07-06",
                                     "meeting Bakhtiyor Saidov -- Toshimitsu Motegi 2026-07-06",
                                     "meeting Shavkat Mirziyoyev -- Toshimitsu Motegi 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_named_by_its_people) {
  // "Hamas negotiators" is Hamas; the list goes on after the plural noun.
  BOOST_TEST(Found("Omani Foreign Minister Badr Albusaidi met separately with Hamas negotiators and with U.S. "
                   "special envoy Steve Witkoff in Muscat on Monday.",
                   kWednesday) == V({"meeting Badr Albusaidi -- Hamas 2026-07-06",
                                     "meeting Badr Albusaidi -- Steve Witkoff 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_kingdom_is_the_host_country) {
  BOOST_TEST(Found("Saudi Crown Prince Mohammed bin Salman hosted Pakistani Prime Minister Shehbaz Sharif in Jeddah "
                   "on Sunday. Sharif had arrived in the kingdom on Saturday.",
                   kWednesday, ActorDictionary::BuiltIn()) ==
                 V({"meeting Mohammed bin Salman -- Shehbaz Sharif 2026-07-05",
                    "visit Shehbaz Sharif -> Saudi Arabia 2026-07-04"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_clause_after_after_has_its_own_subject) {
  // Sharif arrived, not the crown prince.
  V found = Found("Saudi Crown Prince Mohammed bin Salman hosted Pakistani Prime Minister Shehbaz Sharif in Jeddah "
                  "on Sunday, a day after Sharif arrived in the kingdom.",
                  kWednesday, ActorDictionary::BuiltIn());
  BOOST_TEST(std::count(found.begin(), found.end(), "visit Mohammed bin Salman -> Pakistan 2026-07-05") == 0);
  BOOST_TEST(std::count(found.begin(), found.end(), "meeting Mohammed bin Salman -- Shehbaz Sharif 2026-07-05") == 1);
}

BOOST_AUTO_TEST_CASE(a_name_ends_before_for) {
  // "President X for Azerbaijan's participation" is not a title "for Azerbaijan".
  BOOST_TEST(Found("In a letter dated June 30, Prime Minister of Japan Sanae Takaichi expressed her gratitude to "
                   "President Ilham Aliyev for Azerbaijan's participation in the Expo.",
                   kWednesday, ActorDictionary::BuiltIn()) ==
                 V({"praise Sanae Takaichi -> Ilham Aliyev 2026-06-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_alliance_is_the_body_named_before) {
  BOOST_TEST(Found("Swedish Prime Minister Ulf Kristersson held talks with NATO Secretary General Mark Rutte in "
                   "Stockholm on July 7 and thanked the alliance for its air policing mission.",
                   kWednesday) == V({"meeting Mark Rutte -- Ulf Kristersson 2026-07-07",
                                     "praise Ulf Kristersson -> NATO 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(leaders_witnessing_the_signing_agreed) {
  BOOST_TEST(Found("Azerbaijani President Ilham Aliyev and Georgian Prime Minister Irakli Kobakhidze witnessed the "
                   "signing of three documents on Monday.",
                   kWednesday) == V({"cooperation Ilham Aliyev -- Irakli Kobakhidze 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_apposition_after_a_complete_list) {
  BOOST_TEST(Found("On Monday, SOCAR and XRG, the international investment arm of ADNOC, signed a memorandum on "
                   "offshore exploration.",
                   kWednesday, ActorDictionary::BuiltIn()) == V({"cooperation SOCAR -- XRG 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(what_is_recalled_in_a_that_clause) {
  BOOST_TEST(Found("Energy Minister Parviz Shahbazov recalled that the agreement on the green energy corridor was "
                   "signed by the leaders of Azerbaijan, Kazakhstan and Uzbekistan in Baku.",
                   kWednesday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_list_stops_where_a_new_clause_begins) {
  // "the two presidents" opens the next clause; it is not one more host.
  Document doc = testing::ItemDocument(
      "Brazilian President Lula arrives in Nairobi on state visit",
      {"President of Brazil Luiz Inácio Lula da Silva arrived in Nairobi on Wednesday on a three-day state visit. "
       "Lula was welcomed at State House by President William Ruto, and the two presidents held talks."},
      kWednesday);
  BOOST_TEST(testing::Lines(testing::Extract(doc, ActorDictionary::BuiltIn())) ==
                 V({"meeting Luiz Inácio Lula da Silva -- William Ruto 2026-07-08",
                    "visit Luiz Inácio Lula da Silva -> Kenya 2026-07-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(visiting_an_exhibition_is_taking_part) {
  BOOST_TEST(Found("Azerbaijani Defence Minister Zakir Hasanov toured the 5th Caspian Defence Exhibition in Baku on "
                   "Monday.",
                   kWednesday) == V({"participation Zakir Hasanov -> 5th Caspian Defence Exhibition 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_sides_agreed_to_expand_but_not_to_meet) {
  BOOST_TEST(Found("Armenian Prime Minister Nikol Pashinyan met Georgian Prime Minister Irakli Kobakhidze on Monday, "
                   "and the sides agreed to boost trade.",
                   kWednesday) == V({"cooperation Irakli Kobakhidze -- Nikol Pashinyan 2026-07-06",
                                     "meeting Irakli Kobakhidze -- Nikol Pashinyan 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Armenian Prime Minister Nikol Pashinyan spoke by phone with Georgian Prime Minister Irakli "
                   "Kobakhidze on Monday, and the sides agreed to meet in autumn.",
                   kWednesday) == V({"call Irakli Kobakhidze -- Nikol Pashinyan 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(their_meeting_is_with_the_one_other_person_named) {
  BOOST_TEST(Found("\"I told President Macron that Italy will stand by its commitments,\" Italian Prime Minister "
                   "Giorgia Meloni said after their meeting in Rome on Monday.",
                   kWednesday, ActorDictionary::BuiltIn()) ==
                 V({"meeting Emmanuel Macron -- Giorgia Meloni 2026-07-06"}),
             boost::test_tools::per_element());
  // nobody else named: no meeting
  BOOST_TEST(Found("Italian Prime Minister Giorgia Meloni said after their meeting that the talks were useful.",
                   kWednesday, ActorDictionary::BuiltIn())
                 .empty());
}

BOOST_AUTO_TEST_CASE(an_act_named_with_its_author) {
  BOOST_TEST(Found("Norwegian Prime Minister Jonas Gahr Støre on Tuesday slammed what he called unacceptable "
                   "pressure from Washington.",
                   kWednesday) == V({"criticism Jonas Gahr Støre -> United States 2026-07-07"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Azerbaijani President Ilham Aliyev on Monday criticized the resolution adopted by the European "
                   "Parliament.",
                   kWednesday) == V({"criticism Ilham Aliyev -> European Parliament 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(more_verbs_of_the_nine_types) {
  const ActorDictionary& dict = ActorDictionary::BuiltIn();
  BOOST_TEST(Found("The European Union extended its economic sanctions against Russia for another six months on "
                   "Monday.",
                   kWednesday, dict) == V({"sanction European Union -> Russia 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Azerbaijani Foreign Minister Jeyhun Bayramov received the credentials of the new Ambassador of "
                   "Brazil on Tuesday.",
                   kWednesday, dict) == V({"meeting Brazil -- Jeyhun Bayramov 2026-07-07"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ilham Aliyev sent a congratulatory letter to French President Emmanuel Macron on "
                   "Tuesday.",
                   kWednesday, dict) == V({"praise Ilham Aliyev -> Emmanuel Macron 2026-07-07"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Hungarian Prime Minister Viktor Orbán arrived in Baku on Monday and was met at the airport by "
                   "Deputy Prime Minister Shahin Mustafayev.",
                   kWednesday, dict) == V({"meeting Shahin Mustafayev -- Viktor Orbán 2026-07-06",
                                           "visit Viktor Orbán -> Azerbaijan 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Georgian Prime Minister Irakli Kobakhidze left for Baku on an official visit on Monday.",
                   kWednesday, dict) == V({"visit Irakli Kobakhidze -> Azerbaijan 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Japan imposed export controls on four Chinese companies on Monday.", kWednesday, dict) ==
                 V({"sanction Japan -> China 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Indian Prime Minister Narendra Modi congratulated Japanese Prime Minister Sanae Takaichi on her "
                   "election in a phone call on Tuesday.",
                   kWednesday, dict) == V({"call Narendra Modi -- Sanae Takaichi 2026-07-07",
                                           "praise Narendra Modi -> Sanae Takaichi 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sessions_and_summits_of_a_body) {
  const ActorDictionary& dict = ActorDictionary::BuiltIn();
  // the general debate is part of the session; New York is a place, not a person
  BOOST_TEST(Found("President Ilham Aliyev addressed the general debate of the 81st session of the UN General "
                   "Assembly in New York on Tuesday.",
                   kWednesday, dict) == V({"participation Ilham Aliyev -> 81st session of the UN General Assembly "
                                           "2026-07-07"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Kazakh President Kassym-Jomart Tokayev attended the summit of the Organization of Turkic States "
                   "in Gabala on Monday.",
                   kWednesday, dict) == V({"participation Kassym-Jomart Tokayev -> summit of the Organization of "
                                           "Turkic States 2026-07-06"}),
             boost::test_tools::per_element());
  // a body that is itself a gathering
  BOOST_TEST(Found("Kyrgyz President Sadyr Japarov delivered a speech at the UN General Assembly on Tuesday.",
                   kWednesday, dict) == V({"participation Sadyr Japarov -> United Nations General Assembly "
                                           "2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(meetings_hosted_joint_and_separate) {
  const ActorDictionary& dict = ActorDictionary::BuiltIn();
  BOOST_TEST(Found("Azerbaijani Foreign Minister Jeyhun Bayramov and his Turkish counterpart Hakan Fidan held a joint "
                   "press conference in Ankara on Monday.",
                   kWednesday, dict) == V({"meeting Hakan Fidan -- Jeyhun Bayramov 2026-07-06"}),
             boost::test_tools::per_element());
  // a trilateral meeting: every pair met (counterparts the item does not
  // name are their countries, whoever the dictionary says held the office)
  BOOST_TEST(Found("Turkish Foreign Minister Hakan Fidan hosted a trilateral meeting with his Azerbaijani and "
                   "Pakistani counterparts in Istanbul on Monday.",
                   kWednesday, dict) == V({"meeting Azerbaijan -- Hakan Fidan 2026-07-06",
                                           "meeting Azerbaijan -- Pakistan 2026-07-06",
                                           "meeting Hakan Fidan -- Pakistan 2026-07-06"}),
             boost::test_tools::per_element());
  // "meetings" with several: one each, the others did not meet
  BOOST_TEST(Found("Bayramov had meetings with the foreign ministers of Hungary, Slovakia and Slovenia on Monday.",
                   kWednesday, dict) == V({"meeting Hungary -- Jeyhun Bayramov 2026-07-06",
                                           "meeting Jeyhun Bayramov -- Slovakia 2026-07-06",
                                           "meeting Jeyhun Bayramov -- Slovenia 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ids_of_new_names_spell_latin_letters_out) {
  Document doc = testing::LinesDocument(
      {"Danish Energy Minister Mette Ørsted met bp Chief Executive Officer Murray Auchincloss in Copenhagen on "
       "Monday."},
      kWednesday);
  Events events = testing::Extract(doc);
  std::vector<std::string> ids;
  for (const Actor& a : events.actors) ids.push_back(a.id);
  BOOST_TEST((std::find(ids.begin(), ids.end(), "mette-orsted") != ids.end()));
  BOOST_TEST(testing::Lines(events) == V({"meeting Mette Ørsted -- Murray Auchincloss 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(hosting_sending_and_visiting) {
  // A dinner hosted for a guest is a meeting.
  BOOST_TEST(Found("Kenyan President Daniel Otieno hosted a state dinner for Tanzanian President Amina Salim at State "
                   "House in Nairobi on Monday.",
                   kWednesday) == V({"meeting Amina Salim -- Daniel Otieno 2026-07-06"}),
             boost::test_tools::per_element());
  // Countries that sent delegations to a gathering took part in it.
  BOOST_TEST(Found("Fiji and Samoa sent delegations to the 2026 Pacific Energy Ministers' Meeting in Suva on Monday.",
                   kWednesday) == V({"participation Fiji -> 2026 Pacific Energy Ministers' Meeting 2026-07-06",
                                     "participation Samoa -> 2026 Pacific Energy Ministers' Meeting 2026-07-06"}),
             boost::test_tools::per_element());
  // "the visiting X in Doha": X is on a visit to Qatar
  BOOST_TEST(Found("Prime Minister of Qatar Hamad Al Kuwari received the visiting Foreign Minister of Kenya Peter "
                   "Mwangi in Doha on Monday.",
                   kWednesday) == V({"meeting Hamad Al Kuwari -- Peter Mwangi 2026-07-06",
                                     "visit Peter Mwangi -> Qatar 2026-07-06"}),
             boost::test_tools::per_element());
  // ", the second day of a visit to C": the visit began the day before
  BOOST_TEST(Found("President of Uruguay Pablo Ruiz was received by President of Paraguay Jorge Ortiz in Asunción on "
                   "Tuesday, the second day of a three-day state visit to Paraguay.",
                   kWednesday) == V({"meeting Jorge Ortiz -- Pablo Ruiz 2026-07-07",
                                     "visit Pablo Ruiz -> Paraguay 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(briefings_possessive_talks_and_trips_long_ago) {
  BOOST_TEST(Found("Foreign Minister of Australia Jane Cole was briefed by Secretary General of the Pacific Islands "
                   "Forum Tom Rata on the policing initiative in Canberra on Tuesday.",
                   kWednesday) == V({"meeting Jane Cole -- Tom Rata 2026-07-07"}),
             boost::test_tools::per_element());
  // "Jr.'s": a possessive right after an abbreviation's period
  BOOST_TEST(Found("President of the Philippines Ramon Cruz Jr.'s talks with Prime Minister of Malaysia Aziz Rahman "
                   "in Putrajaya on Tuesday focused on maritime security.",
                   kWednesday) == V({"meeting Aziz Rahman -- Ramon Cruz Jr. 2026-07-07"}),
             boost::test_tools::per_element());
  // a trip a month before is recalled, not this week's
  BOOST_TEST(Found("President of Ukraine Ivan Koval held talks with President of Poland Jan Nowak in Warsaw on "
                   "Tuesday, a month after Nowak's trip to Kyiv.",
                   kWednesday) == V({"meeting Ivan Koval -- Jan Nowak 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sanctioned_persons_and_firms_named_after_their_group) {
  // "five Peruvian officials ..., among them X and Y": the persons named
  BOOST_TEST(Found("Britain on Tuesday imposed asset freezes on five Peruvian officials it holds responsible for the "
                   "dispersal of protests, among them Lima City Court judge Rosa Vera and Jorge Salas, deputy head of "
                   "the Interior Ministry's special unit.",
                   kWednesday) == V({"sanction United Kingdom -> Jorge Salas 2026-07-07",
                                     "sanction United Kingdom -> Rosa Vera 2026-07-07"}),
             boost::test_tools::per_element());
  // "Among the entities listed ... are three companies: A, B and C"
  BOOST_TEST(Found("The Council of the European Union on Tuesday adopted a new package of restrictive measures against Russia. Among "
                   "the entities listed for circumventing export restrictions are three Türkiye-based companies: "
                   "Marmara Dış Ticaret A.Ş., Anatolia Marine Logistics Ltd. and Ege Kimya A.Ş.",
                   kWednesday) ==
                 V({"sanction Council of the European Union -> Anatolia Marine Logistics Ltd. 2026-07-07",
                    "sanction Council of the European Union -> Ege Kimya A.Ş. 2026-07-07",
                    "sanction Council of the European Union -> Marmara Dış Ticaret A.Ş. 2026-07-07",
                    "sanction Council of the European Union -> Russia 2026-07-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(frozen_assets_and_criticism_dismissed) {
  BOOST_TEST(Found("Canada froze the assets of Chilean businessman Pablo Ruiz and his company Andes Cargo Logistics on "
                   "Monday.",
                   kWednesday) == V({"sanction Canada -> Andes Cargo Logistics 2026-07-06",
                                     "sanction Canada -> Pablo Ruiz 2026-07-06"}),
             boost::test_tools::per_element());
  // the criticism came from X: rejecting it criticises X
  BOOST_TEST(Found("The Ministry of Foreign Affairs of Peru on Monday dismissed the criticism from Secretary General of "
                   "the Andean Community Rosa Vera as absurd.",
                   kWednesday) == V({"criticism Ministry of Foreign Affairs of Peru -> Rosa Vera 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_delegation_led_by_its_chairman_and_a_portfolio_in_charge_of) {
  // "the delegation of the X Group ... led by its Chairman Y": Y was received
  BOOST_TEST(Found("On Monday, Speaker of the Senate of Chile Rosa Vera received the delegation of the Chilean–Peruvian "
                   "Friendship Group of the National Assembly of Peru led by its Chairman Jorge Salas.",
                   kWednesday) == V({"meeting Jorge Salas -- Rosa Vera 2026-07-06"}),
             boost::test_tools::per_element());
  // "... of Chile in charge of the energy sector X": X holds the role
  BOOST_TEST(Found("On Monday, Deputy Chairman of the Cabinet of Ministers of Chile in charge of the energy sector "
                   "Tomas Rojas met Minister of Energy of Peru Ana Quispe.",
                   kWednesday) == V({"meeting Ana Quispe -- Tomas Rojas 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_dismissed_are_not_acts) {
  // what a dismissed report says did not happen, as with "denied reports that"
  BOOST_TEST(Found("Presidential aide Luis Mora of Chile dismissed as \"groundless\" media reports that Chile had "
                   "suspended gas transit talks with Peru.",
                   kWednesday)
                 .empty());
  BOOST_TEST(Found("Presidential aide Luis Mora of Chile rejected claims that Foreign Minister of Chile Ana Vidal had "
                   "met Foreign Minister of Peru Jorge Salas.",
                   kWednesday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_body_of_two_members_and_its_country) {
  BOOST_TEST(Found("The Chamber of Commerce of Chile and the Union of Farmers and Fishermen of Peru signed a "
                   "memorandum on Monday.",
                   kWednesday) == V({"cooperation Chamber of Commerce of Chile -- Union of Farmers and Fishermen of "
                                     "Peru 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(honorifics_and_designates_are_titles) {
  // "Dato'" is an honorific before the name (its apostrophe no quote), and
  // the office stays the ambassador's
  BOOST_TEST(Found("On Monday, President of Chile Ana Vidal received the credentials of Ambassador of Malaysia Dato' "
                   "Azlan Rahim Ismail.",
                   kWednesday) == V({"meeting Ana Vidal -- Azlan Rahim Ismail 2026-07-06"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("On Monday, Minister of Ecology of Chile Rosa Vera met Ethiopia's COP32 President-designate Dawit "
                   "Bekele.",
                   kWednesday) == V({"meeting Dawit Bekele -- Rosa Vera 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
