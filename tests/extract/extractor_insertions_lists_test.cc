// The extractor on an optative blessing between a subject and its verb
// ("King X, may God preserve Him, received Y"), a courtesy title after a
// place ("received at the Royal Palace Mr. X"), "the Sovereign" as the
// monarch, counterparts from a list of countries, a second "with" later in
// the clause ("held talks with A on ..., and with B"), "the session" as the
// gathering named with that word rather than a later one named otherwise,
// and "Abroad" ending a portfolio ("Minister of Foreign Affairs and
// Ghanaians Abroad X"). Sentences are our own; the dictionary has no
// persons. Reference date: Friday 2027-11-26.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-11-26";

BOOST_AUTO_TEST_SUITE(extractor_insertions_lists)

BOOST_AUTO_TEST_CASE(a_blessing_between_the_subject_and_its_verb_is_inserted) {
  BOOST_TEST(Found("On Monday, His Majesty King Harald Olsen, may God preserve Him, received at the Royal Palace in "
                   "Oslo Mr. Jonas Berg, Governor of the Central Bank, who presented the annual report.",
                   kFriday) == V({"meeting Harald Olsen -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_courtesy_title_after_a_place_begins_the_person) {
  BOOST_TEST(Found("On Monday, King Harald Olsen received at the Royal Palace Mr. Jonas Berg, Governor of the Central "
                   "Bank.",
                   kFriday) == V({"meeting Harald Olsen -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_sovereign_is_the_monarch) {
  BOOST_TEST(Found("On Monday, King Harald Olsen received Governor of the Central Bank Jonas Berg. On the same "
                   "occasion, the Sovereign received Mrs. Ana Lund, First President of the Court of Accounts.",
                   kFriday) == V({"meeting Ana Lund -- Harald Olsen 2027-11-22",
                                  "meeting Harald Olsen -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(counterparts_from_a_list_of_countries_are_each_country) {
  BOOST_TEST(Found("Foreign Minister Jonas Berg had bilateral meetings on Monday with his counterparts from Ghana, "
                   "Benin and the Gambia.",
                   kFriday) == V({"meeting Benin -- Jonas Berg 2027-11-22", "meeting Gambia -- Jonas Berg 2027-11-22",
                                  "meeting Ghana -- Jonas Berg 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_with_later_in_the_clause_adds_a_party) {
  BOOST_TEST(Found("On Monday, Foreign Minister Jonas Berg held talks with Mr. Kofi Mensah on the preparations for "
                   "the summit, and with Mr. Ali Diallo, with whom he discussed the mission.",
                   kFriday) == V({"meeting Ali Diallo -- Jonas Berg 2027-11-22",
                                  "meeting Jonas Berg -- Kofi Mensah 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_with_of_no_party_adds_no_one) {
  BOOST_TEST(Found("On Monday, Foreign Minister Jonas Berg held talks with Mr. Kofi Mensah on trade, and with great "
                   "satisfaction noted the progress of the Ghana Investment Fund.",
                   kFriday) == V({"meeting Jonas Berg -- Kofi Mensah 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_session_is_the_gathering_named_so_not_a_later_one) {
  BOOST_TEST(Found("The 12th Ordinary Session of the Regional Council opened in Accra on Monday, ahead of the 5th "
                   "Coordination Meeting of the Union. The session was opened by Ghanaian Minister of Foreign Affairs "
                   "and Ghanaians Abroad Kofi Mensah.",
                   kFriday) == V({"participation Kofi Mensah -> 12th Ordinary Session of the Regional Council 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
