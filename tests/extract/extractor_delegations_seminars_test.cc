// The extractor on the constructions found in the ninth session of
// 2026-12-02 (the analysis of sets 95-98 and 71): delegations led to a
// gathering, seminars and retreats named again by their head noun, calls
// co-chaired, and the rest named in its cases. Sentences are our own; the
// dictionary has no persons. Reference date: Friday 2027-12-03.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_delegations_seminars)

BOOST_AUTO_TEST_CASE(a_video_conference_co_chaired_is_a_call) {
  BOOST_TEST(Found("Deputy Foreign Minister Ana Lopes and Chilean Deputy Foreign Minister Pablo Rivas co-chaired a "
                   "video conference on Monday to prepare the joint commission.",
                   kFriday) == V({"call Ana Lopes -- Pablo Rivas 2027-11-29"}),
             boost::test_tools::per_element());
  // (a meeting co-chaired stays a meeting)
  BOOST_TEST(Found("Deputy Foreign Minister Ana Lopes and Chilean Deputy Foreign Minister Pablo Rivas co-chaired a "
                   "meeting on Monday to prepare the joint commission.",
                   kFriday) == V({"meeting Ana Lopes -- Pablo Rivas 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(arriving_to_lead_a_delegation_to_a_gathering) {
  BOOST_TEST(Found("Foreign Minister Ana Lopes arrived in Nairobi on Thursday to lead the delegation to the 5th Africa "
                   "Climate Summit.",
                   kFriday) == V({"participation Ana Lopes -> 5th Africa Climate Summit 2027-12-02",
                                  "visit Ana Lopes -> Kenya 2027-12-02"}),
             boost::test_tools::per_element());
  // (only intended: nothing)
  BOOST_TEST(Found("Foreign Minister Ana Lopes is expected to lead the delegation to the 5th Africa Climate Summit.",
                   kFriday)
                 .empty());
  BOOST_TEST(Found("Foreign Minister Ana Lopes will head the delegation to the 5th Africa Climate Summit.", kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_retreat_or_seminar_named_again_by_its_head_noun) {
  // ("the retreat": its chair and a guest took part)
  BOOST_TEST(Found("Foreign Minister Ana Lopes attended the Africa Ministers' Retreat on Thursday. The retreat, chaired "
                   "by Kenya's Foreign Minister Musa Odhiambo, was also attended by AU Commissioner Jean Ndayi.",
                   kFriday) == V({"participation Ana Lopes -> Africa Ministers' Retreat 2027-12-02",
                                  "participation Jean Ndayi -> Africa Ministers' Retreat 2027-12-02",
                                  "participation Musa Odhiambo -> Africa Ministers' Retreat 2027-12-02"}),
             boost::test_tools::per_element());
  // ("the seminar was opened by A and B": both took part)
  BOOST_TEST(Found("Some 120 delegates took part in the Kenya-Korea Business Seminar 2027 in Nairobi on Friday. The "
                   "seminar was opened by Deputy Minister of Industry and Trade Lee Kinyanjui and Ambassador Park "
                   "Min-ho.",
                   kFriday) == V({"participation Lee Kinyanjui -> Kenya-Korea Business Seminar 2027 2027-12-03",
                                  "participation Park Min-ho -> Kenya-Korea Business Seminar 2027 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
