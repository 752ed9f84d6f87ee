// The extractor on the host's bodies and the rest found in the thirteenth
// session of 2026-12-02 (the analysis of sets 111-114 and 76). Sentences are
// our own; the dictionary has no persons. Reference date: Tuesday 2027-12-07.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Extract;
using testing::Found;
using testing::ItemDocument;
using testing::Lines;
using V = std::vector<std::string>;
const char* kTuesday = "2027-12-07";

BOOST_AUTO_TEST_SUITE(extractor_host_bodies)

BOOST_AUTO_TEST_CASE(a_bare_ministry_is_the_host_s_before_a_foreign_minister_is_named) {
  // the ministry condemns first; Chad's foreign minister is named only in
  // the next sentence, as the one the host's minister called
  Document doc = ItemDocument("Cameroon condemns attack on its herders in Chad",
                              {"On Monday the Ministry of External Relations condemned the ambush near Bol in which "
                               "five Cameroonian herders were killed. The attack was claimed by Boko Haram.",
                               "Minister Lejeune Mbella Mbella later spoke by telephone with Chad's Minister of "
                               "External Relations, Abderaman Koulamallah."},
                              kTuesday);
  doc.publisher = "在カメルーン日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) ==
                 V({"call Abderaman Koulamallah -- Lejeune Mbella Mbella 2027-12-06",
                    "criticism Ministry of External Relations of Cameroon -> Boko Haram 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
