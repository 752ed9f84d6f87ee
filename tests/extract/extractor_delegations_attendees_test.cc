// The extractor on delegations and those present at talks: "A delegation of
// the X Party (XP) headed by co-chairs A and B was received by Y" (a short
// name of several words in brackets, a plural title in lower case before
// the list: both leaders meet Y); "A and B were also present at the
// meeting" and "Also present at the talks were A and B" (they meet the
// item's participants); "paid a visit to Party Chairman X at the party's
// headquarters" (a visit to a person is a meeting; a visit to a country
// stays a visit).
// Sentences are our own; the dictionary has no persons.
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

BOOST_AUTO_TEST_SUITE(extractor_delegations_attendees)

BOOST_AUTO_TEST_CASE(a_delegation_headed_by_plural_title_and_list_received) {
  V lines = Found("A delegation of the Green Future Party (GF Party) headed by co-chairs Ana Lund and Pedro Alves "
                  "was received by Speaker Marta Sousa on Monday.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Marta Sousa 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Marta Sousa -- Pedro Alves 2027-11-22"));
  BOOST_TEST(Found("Speaker Marta Sousa on Monday received a delegation led by deputy ministers Ana Lund and Pedro "
                   "Alves.",
                   kFriday) == V({"meeting Ana Lund -- Marta Sousa 2027-11-22", "meeting Ana Lund -- Pedro Alves 2027-11-22",
                                  "meeting Marta Sousa -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(those_present_at_the_meeting_meet_its_participants) {
  V lines = Found("President Ana Lund on Wednesday received Pedro Alves. Vice President Marta Sousa and Foreign "
                  "Minister Jorge Neto were also present at the meeting.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Pedro Alves 2027-11-24"));
  BOOST_TEST(Has(lines, "meeting Marta Sousa -- Pedro Alves 2027-11-24"));
  BOOST_TEST(Has(lines, "meeting Jorge Neto -- Pedro Alves 2027-11-24"));
  lines = Found("President Ana Lund on Wednesday received Pedro Alves. Also present at the talks were Vice President "
                "Marta Sousa and Foreign Minister Jorge Neto.",
                kFriday);
  BOOST_TEST(Has(lines, "meeting Marta Sousa -- Pedro Alves 2027-11-24"));
  BOOST_TEST(Has(lines, "meeting Jorge Neto -- Pedro Alves 2027-11-24"));
  // those present who are no one named add nobody
  BOOST_TEST(Found("President Ana Lund on Wednesday received Pedro Alves. Reporters were present at the meeting.",
                   kFriday) == V({"meeting Ana Lund -- Pedro Alves 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_visit_paid_to_a_person_is_a_meeting) {
  BOOST_TEST(Found("On Thursday, President Ana Lund paid a visit to Party Chairman Pedro Alves at the party's "
                   "headquarters.",
                   kFriday) == V({"meeting Ana Lund -- Pedro Alves 2027-11-25"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ana Lund paid a visit to Japan on Thursday.", kFriday) ==
                 V({"visit Ana Lund -> Japan 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
