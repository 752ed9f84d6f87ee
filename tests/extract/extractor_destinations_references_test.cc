// The extractor on the constructions found in the seventh session of
// 2026-12-01: visits to several places at once, and the rest named in its
// cases. Sentences are our own; the dictionary has no persons.
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

BOOST_AUTO_TEST_SUITE(extractor_destinations_references)

BOOST_AUTO_TEST_CASE(a_visit_to_a_list_of_countries_visits_each) {
  BOOST_TEST(Found("Indian Prime Minister Narendra Modi visited Ghana and Namibia on Wednesday.", kFriday) ==
                 V({"visit Narendra Modi -> Ghana 2027-12-01", "visit Narendra Modi -> Namibia 2027-12-01"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Kenyan President Kito Mwangi paid official visits to Uganda, Rwanda and Burundi this week.",
                   kFriday) == V({"visit Kito Mwangi -> Burundi 2027-12-03", "visit Kito Mwangi -> Rwanda 2027-12-03",
                                  "visit Kito Mwangi -> Uganda 2027-12-03"}),
             boost::test_tools::per_element());
  // (capitals stand for their countries)
  BOOST_TEST(Found("Foreign Minister Lena Holm travelled to Paris and London on Monday.", kFriday) ==
                 V({"visit Lena Holm -> France 2027-11-29", "visit Lena Holm -> United Kingdom 2027-11-29"}),
             boost::test_tools::per_element());
  // (a country that opens another phrase is not a second destination)
  BOOST_TEST(Found("Foreign Minister Lena Holm visited Kenya and Uganda's president thanked her.", kFriday) ==
                 V({"visit Lena Holm -> Kenya 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(it_opening_a_sentence_is_the_body_that_acted_before) {
  BOOST_TEST(Found("The Foreign Ministry of Egypt condemned the attack on Monday. It also criticised Israel for the "
                   "blockade.",
                   kFriday) == V({"criticism Ministry of Foreign Affairs of Egypt -> Israel 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The African Union welcomed the truce. It has also commended Ethiopia for the agreement.", kFriday) ==
                 V({"praise African Union -> Ethiopia 2027-12-03"}),
             boost::test_tools::per_element());
  // (after a person acted, or as an expletive, "it" is no one)
  BOOST_TEST(Found("Foreign Minister Lena Holm met the envoy. It also criticised Israel.", kFriday).empty());
  BOOST_TEST(Found("The African Union met in Addis Ababa. It was agreed to invite Ethiopia.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(a_group_including_named_members_is_those_members) {
  BOOST_TEST(Found("Delegations from 35 countries, including Chile and Peru, attended the Pacific Fisheries Forum 2027 "
                   "on Tuesday.",
                   kFriday) == V({"participation Chile -> Pacific Fisheries Forum 2027 2027-11-30",
                                  "participation Peru -> Pacific Fisheries Forum 2027 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("More than 40 nations, among them Ghana, took part in the Lagos Trade Fair 2027.", kFriday) ==
                 V({"participation Ghana -> Lagos Trade Fair 2027 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(clause_bounds_of_relatives_and_opening_phrases) {
  // (a second verb of a "who" clause, no comma before "and", is the clause's)
  BOOST_TEST(Found("Foreign Minister Lena Holm was received by President Ama Owusu, who praised the talks and thanked "
                   "Sweden for its support.",
                   kFriday) == V({"meeting Ama Owusu -- Lena Holm 2027-12-03", "praise Ama Owusu -> Sweden 2027-12-03"}),
             boost::test_tools::per_element());
  // (participles joined inside an opening phrase end with it)
  BOOST_TEST(Found("In a letter dated 24 November and released on Tuesday, President Ama Owusu invited Foreign "
                   "Minister Lena Holm to visit Accra.",
                   kFriday) == V({"invitation Ama Owusu -> Lena Holm 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(meetings_on_the_sidelines_are_one_with_each) {
  BOOST_TEST(Found("On the sidelines of the summit, President Ama Owusu met Prime Minister Kofi Mensah and President "
                   "Lena Holm.",
                   kFriday) == V({"meeting Ama Owusu -- Kofi Mensah 2027-12-03", "meeting Ama Owusu -- Lena Holm 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(progressives_governments_and_managements) {
  // (a progressive after "was" is no passive)
  BOOST_TEST(Found("Mali announced on Tuesday that it was suspending all military cooperation with France.", kFriday) ==
                 V({"sanction Mali -> France 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The governments of Ghana and Togo signed a border protocol on Friday.", kFriday) ==
                 V({"cooperation Ghana -- Togo 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Trade Minister Ana Kovac and the management of Kivu Copper Holdings signed a memorandum on Monday.", kFriday) ==
                 V({"cooperation Ana Kovac -- Kivu Copper Holdings 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_government_in_a_digest_is_the_host_s) {
  Document doc = ItemDocument("", {"Opposition leader Rohel Sanchez on Monday accused the government of hiding the "
                                   "deficit."},
                              kFriday);
  doc.publisher = "在ペルー日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"criticism Rohel Sanchez -> Government of Peru 2027-11-29"}),
             boost::test_tools::per_element());
  // (not after a foreign state named before it)
  Document foreign = ItemDocument("", {"Chilean Senator Rohel Sanchez on Monday accused the government of hiding the "
                                       "deficit."},
                                  kFriday);
  foreign.publisher = "在ペルー日本国大使館";
  BOOST_TEST(Lines(Extract(foreign)).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
