// The extractor on the constructions found in the eighth session of
// 2026-12-01 (the analysis of sets 87, 89 and 90): lists after a venue,
// calls and their sequels, blame and sanctions on groups, and the rest named
// in its cases. Sentences are our own; the dictionary has no persons.
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

BOOST_AUTO_TEST_SUITE(extractor_venues_calls)

BOOST_AUTO_TEST_CASE(a_list_of_envoys_after_a_venue_or_a_host_state) {
  // (the state they are accredited to, before the colon)
  BOOST_TEST(Found("King Harald received at Skaugum Palace on Tuesday the credentials of three newly appointed "
                   "ambassadors to the Kingdom: Anna Berg of Sweden, Luis Mora of Chile and Tomas Novak of Czechia.",
                   kFriday) == V({"meeting Anna Berg -- Harald 2027-11-30", "meeting Harald -- Luis Mora 2027-11-30",
                                  "meeting Harald -- Tomas Novak 2027-11-30"}),
             boost::test_tools::per_element());
  // (the place they were received at, between the plural and the colon)
  BOOST_TEST(Found("President Ama Owusu received three heads of mission at State House Accra: Anna Berg, Luis Mora "
                   "and Tomas Novak.",
                   kFriday) == V({"meeting Ama Owusu -- Anna Berg 2027-12-03", "meeting Ama Owusu -- Luis Mora 2027-12-03",
                                  "meeting Ama Owusu -- Tomas Novak 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_span_of_time_before_after_opens_its_own_clause) {
  // (", hours after A and B signed": the signing is no act of the meeting's)
  BOOST_TEST(Found("Prime Minister Mark Tanner met President Olu Adeyemi on Monday, hours after Kenya and Ghana "
                   "signed a trade accord.",
                   kFriday) == V({"cooperation Ghana -- Kenya 2027-11-29", "meeting Mark Tanner -- Olu Adeyemi 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_chairs_of_each_side_met) {
  BOOST_TEST(Found("The Joint Economic Committee held its meeting on Tuesday, chaired on the Kenyan side by Trade "
                   "Minister Jane Wambui and on the Ugandan side by Finance Minister Paul Ssemanda.",
                   kFriday) == V({"meeting Jane Wambui -- Paul Ssemanda 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(calls_joint_quoted_and_separate) {
  // (a joint call: the others were on it with each other too)
  BOOST_TEST(Found("President Ama Owusu held a joint video call with President Luis Mora and Prime Minister Anna Berg "
                   "on Tuesday.",
                   kFriday) == V({"call Ama Owusu -- Anna Berg 2027-11-30", "call Ama Owusu -- Luis Mora 2027-11-30",
                                  "call Anna Berg -- Luis Mora 2027-11-30"}),
             boost::test_tools::per_element());
  // (a quoted modifier between the article and its noun)
  BOOST_TEST(Found("President Ama Owusu had a \"very good\" phone call with President Luis Mora on Tuesday.", kFriday) ==
                 V({"call Ama Owusu -- Luis Mora 2027-11-30"}),
             boost::test_tools::per_element());
  // (after a call, a further conversation is a call too)
  BOOST_TEST(Found("Foreign Minister Sara Lind spoke by phone with Foreign Minister Luis Mora on Monday. Lind also "
                   "spoke separately with Foreign Minister Anna Berg.",
                   kFriday) == V({"call Anna Berg -- Sara Lind 2027-11-29", "call Luis Mora -- Sara Lind 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(blame_reported_without_quotes_and_sanctions_on_groups) {
  BOOST_TEST(Found("Foreign Minister Sara Lind said that Israel, as the occupying power, bears full responsibility for "
                   "the escalation.",
                   kFriday) == V({"criticism Sara Lind -> Israel 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The European Union imposed sanctions on 14 officials in Belarus on Monday.",
                   kFriday) == V({"sanction European Union -> Belarus 2027-11-29"}),
             boost::test_tools::per_element());
  // (the names apposed to a plural not in -s, then the reason)
  BOOST_TEST(Found("The United States designated two businessmen, Peter Okello and John Mugisha, for laundering gold "
                   "on Tuesday.",
                   kFriday) == V({"sanction United States -> John Mugisha 2027-11-30",
                                  "sanction United States -> Peter Okello 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_function_word_ends_a_titled_name) {
  // (a capitalised function word after a given name, ending a titled run)
  BOOST_TEST(Found("The Speaker of Parliament Anita Among received Ambassador Tomas Novak on Monday.", kFriday) ==
                 V({"meeting Anita Among -- Tomas Novak 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_host_of_a_group_and_a_signing_with_a_titled_person) {
  // (a host who received a group; those who attended the meeting met him)
  BOOST_TEST(Found("President Ama Owusu received on Monday the leaders of the main opposition parties at the palace. "
                   "Opposition leader Kofi Mensah attended the meeting.",
                   kFriday) == V({"meeting Ama Owusu -- Kofi Mensah 2027-11-29"}),
             boost::test_tools::per_element());
  // (signing with a titled person is meeting him)
  BOOST_TEST(Found("President Ama Owusu paid a state visit to Chile on Tuesday, signing a declaration with President "
                   "Luis Mora.",
                   kFriday) == V({"cooperation Ama Owusu -- Luis Mora 2027-11-30", "meeting Ama Owusu -- Luis Mora 2027-11-30",
                                  "visit Ama Owusu -> Chile 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
