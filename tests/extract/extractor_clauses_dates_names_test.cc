// The extractor on subordinate participles (", after meeting Governor X":
// the participle's subject is the main clause's, not its object), on the
// short forms of months ("in Mar del Plata" names a city, "Mar 3" a day),
// and on the constructions found in the sixth session of 2026-12-01.
// Sentences are our own; the dictionary has no persons.
// Reference date: Friday 2027-12-03.

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
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_clauses_dates_names)

BOOST_AUTO_TEST_CASE(a_participle_after_a_subordinator_acts_for_the_main_subject) {
  BOOST_TEST(Found("Foreign Minister Elena Ruiz toured the port in Antofagasta, after meeting Governor Tomas Vidal.",
                   kFriday) == V({"meeting Elena Ruiz -- Tomas Vidal 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Trade Minister Jonas Berg visited the plant on Tuesday, before meeting Mayor Anna Lind.", kFriday) ==
                 V({"meeting Anna Lind -- Jonas Berg 2027-11-30"}),
             boost::test_tools::per_element());
  // (a subordinate clause with a subject of its own keeps it)
  BOOST_TEST(Found("Trade Minister Jonas Berg visited the plant on Tuesday, after Mayor Anna Lind met Governor Tomas "
                   "Vidal.",
                   kFriday) == V({"meeting Anna Lind -- Tomas Vidal 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_short_month_is_a_date_only_beside_a_number_or_its_dot) {
  BOOST_TEST(Found("Argentine President Javier Milei received Chilean Foreign Minister Elena Ruiz in Mar del Plata on "
                   "Tuesday.",
                   kFriday) == V({"meeting Elena Ruiz -- Javier Milei 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Argentine President Javier Milei received Chilean Foreign Minister Elena Ruiz on Nov 29.", kFriday) ==
                 V({"meeting Elena Ruiz -- Javier Milei 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Argentine President Javier Milei received Chilean Foreign Minister Elena Ruiz on 29 Nov.", kFriday) ==
                 V({"meeting Elena Ruiz -- Javier Milei 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(table_rules_of_the_session) {
  // a meeting told by a participle after a preposition
  BOOST_TEST(Found("President Ama Owusu spoke to reporters on Saturday after receiving his Togolese counterpart Kofi "
                   "Amegah in Accra.",
                   kFriday) == V({"meeting Ama Owusu -- Kofi Amegah 2027-11-27"}),
             boost::test_tools::per_element());
  // (no preposition: praise for hosting, no meeting)
  BOOST_TEST(Found("Minister Ama Owusu praised Senegal for hosting Kofi Amegah on Saturday.", kFriday).size() <= 1u);
  // two co-chairs of a ceremony met
  BOOST_TEST(Found("Health Minister Ama Owusu and Ambassador Li Wei co-chaired on Friday in Accra a ceremony marking "
                   "fifty years of medical teams.",
                   kFriday) == V({"meeting Ama Owusu -- Li Wei 2027-12-03"}),
             boost::test_tools::per_element());
  // a suspension imposed is a sanction
  BOOST_TEST(Found("The Media Authority of Ghana on Monday imposed a one-month suspension on the Daily Ledger Group.",
                   kFriday) == V({"sanction Media Authority of Ghana -> Daily Ledger Group 2027-11-29"}),
             boost::test_tools::per_element());
  // a person crossing into a country
  BOOST_TEST(Found("Interior Minister Jonas Berg crossed into Finland on Tuesday at the head of a police delegation.",
                   kFriday) == V({"visit Jonas Berg -> Finland 2027-11-30"}),
             boost::test_tools::per_element());
  // two navies in a joint exercise cooperate
  BOOST_TEST(Found("The Ghanaian Navy and the French Navy conducted a joint search and rescue exercise on Thursday.",
                   kFriday) == V({"cooperation Navy of France -- Navy of Ghana 2027-12-02"}),
             boost::test_tools::per_element());
  // gratitude told with the speaker's own country as possessor
  BOOST_TEST(Found("Health Minister Ama Owusu expressed Ghana's gratitude to Japan for the new clinic on Monday.",
                   kFriday) == V({"praise Ama Owusu -> Japan 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(words_of_the_session) {
  // "the Kenyan economy" stands for Kenya; so does "the Israeli occupation"
  BOOST_TEST(Found("IMF Managing Director Anna Lind praised the resilience of the Kenyan economy on Monday.", kFriday) ==
                 V({"praise Anna Lind -> Kenya 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Foreign Minister Omar Haddad on Monday condemned the crimes committed by the Israeli occupation.",
                   kFriday) == V({"criticism Omar Haddad -> Israel 2027-11-29"}),
             boost::test_tools::per_element());
  // "who opened the proceedings": the conference named before (no legal
  // proceedings)
  BOOST_TEST(Found("The 12th African Water Congress opened in Accra on Monday. Secretary-General Kofi Amegah, who opened "
                   "the proceedings, warned of droughts.",
                   kFriday) == V({"participation Kofi Amegah -> 12th African Water Congress 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Secretary-General Kofi Amegah opened legal proceedings against the firm on Monday.", kFriday).empty());
  // "in the morning" of a day just named is that day, no recalled past
  BOOST_TEST(Found("The two ministers held talks on Saturday in Tallinn. Minister Jonas Berg had crossed into Estonia in "
                   "the morning.",
                   kFriday) == V({"visit Jonas Berg -> Estonia 2027-11-27"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(table_rules_from_set_85) {
  // an arrival in "the capital" for a visit: the host country
  Document doc = ItemDocument("", {"Chilean Deputy Foreign Minister Ana Costa arrived in the capital on Sunday evening "
                                   "for a two-day working visit."},
                              kFriday);
  doc.publisher = "在ポーランド日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"visit Ana Costa -> Poland 2027-11-28"}), boost::test_tools::per_element());
  // a designation with its reason names persons too
  BOOST_TEST(Found("The Office of Foreign Assets Control on Monday designated Dubai-based Falcon Trading and its owner, "
                   "Emirati businessman Khalid Mansoori, for supplying drones.",
                   kFriday) == V({"sanction Office of Foreign Assets Control -> Falcon Trading 2027-11-29",
                                  "sanction Office of Foreign Assets Control -> Khalid Mansoori 2027-11-29"}),
             boost::test_tools::per_element());
  // a document only described is no signing in someone's presence
  BOOST_TEST(Found("The accord signed in 2025 in the presence of President Ana Costa and President Jonas Berg provides "
                   "for joint patrols.",
                   kFriday)
                 .empty());
  // "the two" before a verb of witnessing acts as the pair
  BOOST_TEST(Found("President Ana Costa received Foreign Minister Jonas Berg on Wednesday, and the two witnessed the "
                   "signing of an agreement.",
                   kFriday) == V({"cooperation Ana Costa -- Jonas Berg 2027-12-01",
                                  "meeting Ana Costa -- Jonas Berg 2027-12-01"}),
             boost::test_tools::per_element());
  // credentials received at a long-named place
  BOOST_TEST(Found("President Ana Costa on Monday received at the Great Hall of the Republic the credentials of Jonas "
                   "Berg, Ambassador of Sweden.",
                   kFriday) == V({"meeting Ana Costa -- Jonas Berg 2027-11-29"}),
             boost::test_tools::per_element());
  // "rejected what she called ...": the critic the item reported
  BOOST_TEST(Found("Amnesty International on Monday accused Peru of torture. Peruvian Foreign Minister Ana Costa rejected "
                   "what she called baseless claims.",
                   kFriday) == V({"criticism Amnesty International -> Peru 2027-11-29",
                                  "criticism Ana Costa -> Amnesty International 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(names_groups_and_bodies_from_set_86) {
  // "He" after a title is a family name, not a pronoun
  BOOST_TEST(Found("Vice Premier He Lifang met Thai Commerce Minister Suchart Chom on Monday.", kFriday) ==
                 V({"meeting He Lifang -- Suchart Chom 2027-11-29"}),
             boost::test_tools::per_element());
  // a gathering's name runs on over "in <town> <year>"
  BOOST_TEST(Found("Ambassador of Japan Kenji Sato opened the Japan Days in Narva 2027 festival on Saturday.", kFriday) ==
                 V({"participation Kenji Sato -> Japan Days in Narva 2027 2027-11-27"}),
             boost::test_tools::per_element());
  // "ministers from A and B": the holders of that office in each
  BOOST_TEST(Found("Ghana's Minister of Roads Kwame Boateng and ministers from Togo and Benin took part in the Abidjan "
                   "Corridor Summit 2027 in Accra on Tuesday.",
                   kFriday) == V({"participation Benin -> Abidjan Corridor Summit 2027 2027-11-30",
                                  "participation Kwame Boateng -> Abidjan Corridor Summit 2027 2027-11-30",
                                  "participation Togo -> Abidjan Corridor Summit 2027 2027-11-30"}),
             boost::test_tools::per_element());
  // a named body's network stands for the body
  BOOST_TEST(Found("The European Union on Monday imposed sanctions on the Wagner Group's logistics network in Mali.",
                   kFriday) == V({"sanction European Union -> Wagner Group 2027-11-29"}),
             boost::test_tools::per_element());
  // an outlet named after "-language channel"; "the Arabic-language channel"
  // alone is no new body
  BOOST_TEST(Found("Niger's military government on Saturday suspended the broadcasting licence of Arabic-language "
                   "channel Al Mayadeen for three months.",
                   kFriday) == V({"sanction Military Government of Niger -> Al Mayadeen 2027-11-27"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Niger's regulator on Saturday accused the Arabic-language channel of bias.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(clauses_and_roles_from_set_86) {
  // "A day later," opens the clause; its subject follows
  BOOST_TEST(Found("President Alar Kask met Prime Minister Kristi Mets on Monday. A day later, Kask met Martin Helm.",
                   kFriday) == V({"meeting Alar Kask -- Kristi Mets 2027-11-29", "meeting Alar Kask -- Martin Helm 2027-11-30"}),
             boost::test_tools::per_element());
  // ", when" after a recalled visit tells the time of what was recalled
  BOOST_TEST(Found("Foreign Minister Margus Tamm recalled his visit to Vilnius in March, when he attended the Baltic "
                   "Shipping Forum.",
                   kFriday)
                 .empty());
  // "his Canadian counterpart": the office without the demonym
  BOOST_TEST(Found("Canadian Minister of National Defence Paul Bryce was in Estonia on a working visit on Monday. Defence "
                   "Minister Hanno Tamm and his Canadian counterpart held talks in Tallinn.",
                   kFriday) == V({"meeting Hanno Tamm -- Paul Bryce 2027-11-29", "visit Paul Bryce -> Estonia 2027-11-29"}),
             boost::test_tools::per_element());
  // each side of talks "represented by" or "led by" its head
  BOOST_TEST(Found("Talks between Lithuania and Armenia were held in Vilnius on Monday. The Lithuanian side was "
                   "represented by Vice Minister Darius Kalnas, while the Armenian delegation was led by Deputy Foreign "
                   "Minister Aram Sarkisyan.",
                   kFriday) == V({"meeting Aram Sarkisyan -- Darius Kalnas 2027-11-29",
                                  "meeting Armenia -- Lithuania 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(table_rules_from_set_86) {
  BOOST_TEST(Found("Indian Prime Minister Arjun Rao and his Japanese counterpart Kenji Sato held a summit in Tokyo on "
                   "Friday.",
                   kFriday) == V({"meeting Arjun Rao -- Kenji Sato 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The Nordic Security Summit 2027 was held in Oslo on Monday, with Finland represented by Foreign "
                   "Minister Elina Lahti.",
                   kFriday) == V({"participation Elina Lahti -> Nordic Security Summit 2027 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Finnish Interior Minister Mari Koski met Estonian Interior Minister Igor Tamm in Helsinki on Friday. "
                   "The two agreed to exchange data on migration flows.",
                   kFriday) == V({"cooperation Igor Tamm -- Mari Koski 2027-12-03", "meeting Igor Tamm -- Mari Koski 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Alar Kask received Ambassador Ivan Petrov and asked the diplomat to convey to President "
                   "Aziz Karimov an invitation to visit Estonia.",
                   kFriday) == V({"invitation Alar Kask -> Aziz Karimov 2027-12-03", "meeting Alar Kask -- Ivan Petrov 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Meeting in Vilnius on Friday, Foreign Minister Margus Tamm and Foreign Minister Baiba Ozola signed a "
                   "joint statement.",
                   kFriday) == V({"cooperation Baiba Ozola -- Margus Tamm 2027-12-03", "meeting Baiba Ozola -- Margus Tamm 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Deputy Foreign Minister Lasha Beridze, in Estonia on a working visit, met Jonas Vaher on Monday.",
                   kFriday) == V({"meeting Jonas Vaher -- Lasha Beridze 2027-11-29", "visit Lasha Beridze -> Estonia 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(names_and_adjuncts_from_set_83) {
  // a surname with a lower-case particle ends a name before "and <title>"
  BOOST_TEST(Found("President Ali Sabri received Libyan Minister of Economy Mohamed al-Hadi and President of the Chamber "
                   "of Commerce Samir Majdi on Monday.",
                   kFriday) == V({"meeting Ali Sabri -- Mohamed al-Hadi 2027-11-29",
                                  "meeting Ali Sabri -- Samir Majdi 2027-11-29",
                                  "meeting Mohamed al-Hadi -- Samir Majdi 2027-11-29"}),
             boost::test_tools::per_element());
  // a day with its time and a place between the verb and the one received
  BOOST_TEST(Found("President Ama Owusu received on Monday afternoon Prime Minister Kofi Mensah.", kFriday) ==
                 V({"meeting Ama Owusu -- Kofi Mensah 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Emmanuel Macron received at the Elysee Palace on Tuesday German Chancellor Friedrich "
                   "Merz.",
                   kFriday) == V({"meeting Emmanuel Macron -- Friedrich Merz 2027-11-30"}),
             boost::test_tools::per_element());
  // a delegation of a country's legislators led by a named person is his
  BOOST_TEST(Found("Senate President Ana Ruiz received a delegation of Nigerian senators led by Senator Ned Okafor on "
                   "Monday.",
                   kFriday) == V({"meeting Ana Ruiz -- Ned Okafor 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(names_and_rules_from_set_84) {
  // a gathering's name runs on over "for" to its year
  BOOST_TEST(Found("Trade Minister Ana Costa opened the Invest Peru Open for Business 2027 forum in Lima on Tuesday.",
                   kFriday) == V({"participation Ana Costa -> Invest Peru Open for Business 2027 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The consultations held in Quito on Monday were co-chaired by Deputy Minister Ana Costa and Deputy "
                   "Minister Jonas Berg.",
                   kFriday) == V({"meeting Ana Costa -- Jonas Berg 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Trade Minister Ana Costa and Trade Minister Jonas Berg jointly announced on Monday that the agreement "
                   "will enter into force.",
                   kFriday) == V({"cooperation Ana Costa -- Jonas Berg 2027-11-29"}),
             boost::test_tools::per_element());
  // talks with a place and a day between "talks" and "with"
  BOOST_TEST(Found("Minister Ana Costa praised the decision during talks in Rabat on Thursday with Minister Jonas Berg.",
                   kFriday) == V({"meeting Ana Costa -- Jonas Berg 2027-12-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The 9th Andean Water Conference opened in Lima on Sunday with addresses by Minister Ana Costa and "
                   "Minister Jonas Berg.",
                   kFriday) == V({"participation Ana Costa -> 9th Andean Water Conference 2027-11-28",
                                  "participation Jonas Berg -> 9th Andean Water Conference 2027-11-28"}),
             boost::test_tools::per_element());
  // a body's decision to extend a tariff on imports is the measure
  BOOST_TEST(Found("The Trade Council of Peru resolved on Friday to extend until June 30 the 30% tariff applied to "
                   "imports from Chile.",
                   kFriday) == V({"sanction Trade Council of Peru -> Chile 2027-12-03"}),
             boost::test_tools::per_element());
  // a lone signer's partner: the one met just before
  BOOST_TEST(Found("Foreign Minister Ana Costa arrived in Lima on Monday, where she met President Jonas Berg at the "
                   "palace and signed a memorandum on trade.",
                   kFriday) == V({"cooperation Ana Costa -- Jonas Berg 2027-11-29", "meeting Ana Costa -- Jonas Berg 2027-11-29",
                                  "visit Ana Costa -> Peru 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
