// The extractor on names that carry an honorific inside them, subjects that
// follow their verb in a quotation's attribution, and long objects between
// a sanction's verb and its target. Sentences are our own; the dictionary
// has no persons (people are found by their titles). Reference date:
// Wednesday 2026-07-08.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kWednesday = "2026-07-08";

BOOST_AUTO_TEST_SUITE(extractor_names_objects)

BOOST_AUTO_TEST_CASE(an_honorific_inside_a_name_belongs_to_it) {
  // "Sheikh" between a given name and a family name (title_in_name) is part
  // of the name, not a second title that would leave only "Abdirahman".
  BOOST_TEST(Found("Somali President Hassan Sheikh Abdirahman met Djiboutian Prime Minister Abdoulkader "
                   "Kamil Mohamed in Djibouti on Monday.",
                   kWednesday) ==
                 V({"meeting Abdoulkader Kamil Mohamed -- Hassan Sheikh Abdirahman 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_attribution_after_a_quote_is_the_subject_of_the_participle) {
  // '"...," said X, thanking Y': X follows the speech verb.
  BOOST_TEST(Found("\"Our partnership is growing,\" said Mongolian President Ochir Batbayar, thanking Korean "
                   "Foreign Minister Lee Seo-yeon for the visit.",
                   kWednesday) == V({"praise Ochir Batbayar -> Lee Seo-yeon 2026-07-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_trade_ban_reaches_its_target_past_a_long_object) {
  BOOST_TEST(Found("The European Union on Monday suspended exports of dual-use goods and aircraft parts to "
                   "Belarus.",
                   kWednesday) == V({"sanction European Union -> Belarus 2026-07-06"}),
             boost::test_tools::per_element());
  // No target country: goods moved inside one country are no sanction.
  BOOST_TEST(Found("Kazakhstan halted deliveries of grain through the port of Aktau on Monday.", kWednesday)
                 .empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
