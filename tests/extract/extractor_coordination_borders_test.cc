// The extractor on rules whose words run over a coordinated verb ("signed
// and exchanged the notes": the second verb opens a clause of its own) and
// on steps against a neighbour told by its border traffic or by a list; a
// ministry's short name ("Peru's Health Ministry") is the long one's actor.
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
using testing::LinesDocument;
using V = std::vector<std::string>;
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_coordination_borders)

BOOST_AUTO_TEST_CASE(a_rule_reads_on_into_its_own_coordinated_verb) {
  BOOST_TEST(Found("Foreign Minister Marta Ilves and her Slovak counterpart Pavol Hudak signed and exchanged the "
                   "agreements on Monday.",
                   kFriday) == V({"cooperation Marta Ilves -- Pavol Hudak 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Marta Ilves and Pavol Hudak signed and exchanged the notes in Tallinn.", kFriday) ==
                 V({"cooperation Marta Ilves -- Pavol Hudak 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(border_traffic_suspended_with_a_neighbour) {
  BOOST_TEST(Found("Latvia on Tuesday suspended traffic at two border crossings with Belarus.", kFriday) ==
                 V({"sanction Latvia -> Belarus 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Finland halted cargo movement across its border with Russia on Monday.", kFriday) ==
                 V({"sanction Finland -> Russia 2027-11-29"}),
             boost::test_tools::per_element());
  // (talks about the border are no step against the neighbour)
  BOOST_TEST(Found("The ministry suspended talks on the border with Armenia.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(a_list_with_a_capital_name_is_no_person) {
  BOOST_TEST(Found("The US Department of Commerce on Monday added two Malaysian firms, Kappa Micro Sdn Bhd and Lumen "
                   "Silicon Sdn Bhd, to its Entity List.",
                   kFriday) == V({"sanction Department of Commerce of United States -> Kappa Micro Sdn Bhd 2027-11-29",
                                  "sanction Department of Commerce of United States -> Lumen Silicon Sdn Bhd 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_ministry_short_and_long_is_one_actor) {
  Events events = Extract(LinesDocument({"Senator Ana Quispe accused Peru's Health Ministry of hiding the figures.",
                                         "Senator Ana Quispe accused the Ministry of Health of Peru of delays."},
                                        kFriday));
  std::vector<std::string> names;
  for (const Actor& a : events.actors) names.push_back(a.name);
  std::sort(names.begin(), names.end());
  BOOST_TEST(names == V({"Ana Quispe", "Ministry of Health of Peru"}), boost::test_tools::per_element());
  BOOST_TEST(events.interactions.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
