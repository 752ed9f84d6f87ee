// The extractor on the evening before, arrivals in the capital, armed bodies
// named by their kind, gapped delegation sides, credentials copies and the
// rest found in the eleventh session of 2026-12-02 (the analysis of sets
// 103-106, 69 and 71). Sentences are our own; the dictionary has no persons.
// Reference date: Friday 2027-12-03.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_armed_bodies_credentials)

BOOST_AUTO_TEST_CASE(the_evening_before_is_the_day_before) {
  // "who had arrived in the capital the evening before" after "On Tuesday":
  // the trip began on Monday, not on the source date
  BOOST_TEST(Found("Austrian Foreign Minister Karl Weber is on an official visit to Denmark. On Tuesday, Weber, who had "
                   "arrived in the capital the evening before, held talks with Danish Foreign Minister Lars Holm.",
                   kFriday) == V({"meeting Karl Weber -- Lars Holm 2027-11-30", "visit Karl Weber -> Denmark 2027-11-29"}),
             boost::test_tools::per_element());
  // ("the previous evening" in the sentence after the talks)
  BOOST_TEST(Found("Austrian Foreign Minister Karl Weber visited Denmark this week. On Tuesday, Weber held talks with "
                   "Danish Foreign Minister Lars Holm. He had arrived in the capital the previous evening.",
                   kFriday) == V({"meeting Karl Weber -- Lars Holm 2027-11-30", "visit Karl Weber -> Denmark 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(arrived_in_the_capital_is_a_visit_to_the_items_country) {
  // a second person "who arrived in the capital" travelled to the country of
  // the item's trip too
  BOOST_TEST(Found("Austrian Foreign Minister Karl Weber began an official visit to Denmark on Monday. Austrian Economy "
                   "Minister Eva Brandt, who arrived in the capital on Tuesday, held talks with Danish Economy Minister "
                   "Jens Lund on Wednesday.",
                   kFriday) == V({"meeting Eva Brandt -- Jens Lund 2027-12-01", "visit Eva Brandt -> Denmark 2027-11-30",
                                  "visit Karl Weber -> Denmark 2027-11-29"}),
             boost::test_tools::per_element());
  // (persons only: a chamber that arrived makes no visit)
  BOOST_TEST(Found("Austrian Foreign Minister Karl Weber began an official visit to Denmark on Monday. The Austrian "
                   "Chamber of Commerce arrived in the capital on Tuesday.",
                   kFriday) == V({"visit Karl Weber -> Denmark 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(announced_a_joint_body_is_cooperation) {
  BOOST_TEST(Found("Swiss Foreign Minister Anna Keller met Irish Foreign Minister Sean Doyle in Dublin on Monday. The two "
                   "ministers announced a joint working group on renewable energy.",
                   kFriday) == V({"cooperation Anna Keller -- Sean Doyle 2027-11-29",
                                  "meeting Anna Keller -- Sean Doyle 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Swiss Foreign Minister Anna Keller and Irish Foreign Minister Sean Doyle announced a joint working "
                   "group on renewable energy on Monday.",
                   kFriday) == V({"cooperation Anna Keller -- Sean Doyle 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(their_countries_support_for_a_candidacy_is_praise) {
  BOOST_TEST(Found("Greek President Nikos Petrou and Cypriot President Andreas Loizou reaffirmed their countries' support "
                   "for Portugal's candidacy for a seat on the Security Council.",
                   kFriday) == V({"praise Andreas Loizou -> Portugal 2027-12-03", "praise Nikos Petrou -> Portugal 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(condemned_a_detention_in_a_country_criticises_it) {
  BOOST_TEST(Found("Swedish Foreign Minister Ebba Lind condemned the detention of a journalist in Iran.", kFriday) ==
                 V({"criticism Ebba Lind -> Iran 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Norwegian Foreign Minister Ola Berg condemned the sentencing of a Norwegian aid worker to eight years "
                   "in prison in Iran.",
                   kFriday) == V({"criticism Ola Berg -> Iran 2027-12-03"}),
             boost::test_tools::per_element());
  // (launches "from" a country, far after the noun)
  BOOST_TEST(Found("Finnish Foreign Minister Aino Virtanen condemned the repeated launches of balloons carrying smuggled "
                   "cigarettes across the border from Belarus.",
                   kFriday) == V({"criticism Aino Virtanen -> Belarus 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(accusing_the_body_or_the_armed_group_is_the_one_named_before) {
  // "accusing the body of bias": the council the item named
  BOOST_TEST(Found("The UN Human Rights Council adopted a resolution on Cuba on Tuesday. Cuban Foreign Minister Raul Diaz "
                   "responded on Wednesday, accusing the body of bias.",
                   kFriday) == V({"criticism Raul Diaz -> United Nations Human Rights Council 2027-12-01"}),
             boost::test_tools::per_element());
  // "accusing the rebel group of attacks": the armed body named before
  BOOST_TEST(Found("M23 fighters seized the town of Goma on Monday. Congolese Defence Minister Jean Mbala condemned the "
                   "offensive, accusing the rebel group of attacks on civilians.",
                   kFriday) == V({"criticism Jean Mbala -> M23 2027-11-29"}),
             boost::test_tools::per_element());
  // (not "the armed group 3R": a name right after the kind is another group)
  BOOST_TEST(Found("M23 fighters seized the town of Goma on Monday. Congolese Defence Minister Jean Mbala condemned the "
                   "offensive on Tuesday, accusing the armed group 3R of attacks on civilians.",
                   kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(gapped_country_sides_name_their_heads) {
  // "Finland was represented by X, Sweden by Y and Norway by Z" after a
  // video conference: the heads called each other
  BOOST_TEST(Found("The foreign ministers of Finland, Sweden and Norway held a video conference on Monday. Finland was "
                   "represented by Foreign Minister Aino Virtanen, Sweden by Foreign Minister Erik Lund and Norway by "
                   "Foreign Minister Ola Berg.",
                   kFriday) == V({"call Aino Virtanen -- Erik Lund 2027-11-29", "call Aino Virtanen -- Ola Berg 2027-11-29",
                                  "call Erik Lund -- Ola Berg 2027-11-29"}),
             boost::test_tools::per_element());
  // (after talks of the countries: the countries' meetings are their heads')
  BOOST_TEST(Found("Finland, Sweden and Norway held talks in Helsinki on Monday. Finland was represented by Foreign "
                   "Minister Aino Virtanen, Sweden by Foreign Minister Erik Lund and Norway by Foreign Minister Ola Berg.",
                   kFriday) == V({"meeting Aino Virtanen -- Erik Lund 2027-11-29",
                                  "meeting Aino Virtanen -- Ola Berg 2027-11-29",
                                  "meeting Erik Lund -- Ola Berg 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_countrys_armed_body_the_dictionary_knows) {
  BOOST_TEST(Found("Canada imposed sanctions on Lebanon's militant Hezbollah on Tuesday.", kFriday) ==
                 V({"sanction Canada -> Hezbollah 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Canada imposed sanctions on Yemen's rebel Houthis on Tuesday.", kFriday) ==
                 V({"sanction Canada -> Houthis 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(held_talks_with_one_on_a_topic_and_with_another) {
  // "with A on trade and with B on energy" (no comma before "and with")
  BOOST_TEST(Found("Dutch Prime Minister Pieter de Vries held talks with Belgian Prime Minister Luc Martens on trade and "
                   "with Luxembourg Prime Minister Marc Weber on energy on Wednesday.",
                   kFriday) == V({"meeting Luc Martens -- Pieter de Vries 2027-12-01",
                                  "meeting Marc Weber -- Pieter de Vries 2027-12-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_surname_that_is_a_country_is_the_person) {
  // "Chad was received by" after "Prime Minister Jorge Chad": the person
  BOOST_TEST(Found("Togolese Prime Minister Jorge Chad arrived in Niamey on Monday. Chad was received by Nigerien "
                   "President Moussa Issa.",
                   kFriday) == V({"meeting Jorge Chad -- Moussa Issa 2027-11-29", "visit Jorge Chad -> Niger 2027-11-29"}),
             boost::test_tools::per_element());
  // (a visit "to Chad" is to the country)
  BOOST_TEST(Found("Nigerien President Moussa Issa received Togolese Prime Minister Jorge Chad in Niamey on Monday. On "
                   "Tuesday, Issa paid a visit to Chad.",
                   kFriday) == V({"meeting Jorge Chad -- Moussa Issa 2027-11-29", "visit Moussa Issa -> Chad 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(received_on_board_a_ship_is_a_meeting) {
  BOOST_TEST(Found("Spanish Rear Admiral Luis Moreno received on board the frigate Cristobal Colon Portuguese Rear Admiral "
                   "Rui Costa on Tuesday.",
                   kFriday) == V({"meeting Luis Moreno -- Rui Costa 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_designated_are_the_targets_of_the_sanctions) {
  BOOST_TEST(Found("The United States imposed sanctions on two Iranian companies on Thursday. The designated companies "
                   "are Zagros Trading Company and Alborz Shipping Company.",
                   kFriday) == V({"sanction United States -> Alborz Shipping Company 2027-12-02",
                                  "sanction United States -> Iran 2027-12-02",
                                  "sanction United States -> Zagros Trading Company 2027-12-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The United States imposed sanctions on two Iranian officials on Thursday. Those designated are former "
                   "Defence Minister Ali Karimi and General Reza Tavakoli.",
                   kFriday) == V({"sanction United States -> Ali Karimi 2027-12-02",
                                  "sanction United States -> Iran 2027-12-02",
                                  "sanction United States -> Reza Tavakoli 2027-12-02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(blamed_the_violence_on_members_of_a_group) {
  BOOST_TEST(Found("Beninese Interior Minister Paul Adjovi blamed the violence on members of the Houthi movement.",
                   kFriday) == V({"criticism Paul Adjovi -> Houthis 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Beninese Interior Minister Paul Adjovi blamed the attack on Islamic State fighters on Sunday.",
                   kFriday) == V({"criticism Paul Adjovi -> Islamic State 2027-11-28"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_banquet_in_a_city_for_a_visiting_guest_is_a_visit) {
  BOOST_TEST(Found("Danish Prime Minister Mette Holm hosted a state banquet in Copenhagen on Monday for visiting Icelandic "
                   "President Gudrun Olafsdottir.",
                   kFriday) == V({"meeting Gudrun Olafsdottir -- Mette Holm 2027-11-29",
                                  "visit Gudrun Olafsdottir -> Denmark 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_envoy_named_and_called_home_for_consultations) {
  // "called Ambassador X in Havana home for consultations": relations
  // reduced with the country of the post
  BOOST_TEST(Found("Austria called Ambassador Peter Gruber in Havana home for consultations on Tuesday.", kFriday) ==
                 V({"sanction Austria -> Cuba 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(police_ranks_and_credentials_copies_after_adjuncts) {
  // "Superintendent" is a title, not part of the name
  BOOST_TEST(Found("Superintendent Hans Meier met Irish Foreign Minister Sean Doyle on Monday.", kFriday) ==
                 V({"meeting Hans Meier -- Sean Doyle 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Irish Foreign Minister Sean Doyle met Senior Superintendent Hans Meier on Monday.", kFriday) ==
                 V({"meeting Hans Meier -- Sean Doyle 2027-11-29"}),
             boost::test_tools::per_element());
  // copies of credentials after a place and a day: one meeting with each
  // envoy of the list
  BOOST_TEST(Found("Deputy Foreign Minister Ivan Horvat received at the ministry's headquarters in Zagreb on Sunday the "
                   "copies of the credentials of Jan Novak, Ambassador of Slovakia; Maria Silva, Ambassador of Portugal.",
                   kFriday) == V({"meeting Ivan Horvat -- Jan Novak 2027-11-28", "meeting Ivan Horvat -- Maria Silva 2027-11-28"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
