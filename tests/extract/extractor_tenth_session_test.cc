// The extractor on the constructions found in the tenth session of
// 2026-12-02 (the analysis of sets 99-102, 53, 60 and 70). Sentences are
// our own; the dictionary has no persons. Reference date: Friday 2027-12-03.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_tenth_session)

BOOST_AUTO_TEST_CASE(the_following_morning_is_the_day_after) {
  BOOST_TEST(Found("Chilean President Ana Lopes arrived in Lima on Sunday evening. The following morning, Lopes held "
                   "talks with Peruvian President Pablo Rivas.",
                   kFriday) == V({"meeting Ana Lopes -- Pablo Rivas 2027-11-29", "visit Ana Lopes -> Peru 2027-11-28"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Chilean President Ana Lopes arrived in Lima on Sunday. The next evening, Lopes attended a dinner "
                   "hosted by Peruvian President Pablo Rivas.",
                   kFriday) == V({"meeting Ana Lopes -- Pablo Rivas 2027-11-29", "visit Ana Lopes -> Peru 2027-11-28"}),
             boost::test_tools::per_element());
  // ("in the morning" stays the day named)
  BOOST_TEST(Found("Chilean President Ana Lopes arrived in Lima on Sunday and in the morning held talks with Peruvian "
                   "President Pablo Rivas.",
                   kFriday) == V({"meeting Ana Lopes -- Pablo Rivas 2027-11-28", "visit Ana Lopes -> Peru 2027-11-28"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
