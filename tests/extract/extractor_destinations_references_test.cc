// The extractor on the constructions found in the seventh session of
// 2026-12-01: visits to several places at once, and the rest named in its
// cases. Sentences are our own; the dictionary has no persons.
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

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
