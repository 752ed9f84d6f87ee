// The extractor on Malay honorifics before a name ("Datuk Seri Panglima",
// "Datuk Seri Utama", "Toh Puan"; not "Tun", a Burmese name), on a person named again by a
// given name ("I thanked Mark" after "Mark Ellison"; "Faizal" after "Ahmad
// Faizal Rahmat" where persons are addressed by a given name, also for a
// person of no known country in the digest of an embassy there), on "the
// meeting" of a list of attendees when the item named a gathering so, and
// on "Ha Noi" as Vietnam's capital. Sentences are our own; the dictionary
// has no persons. Reference date: Friday 2027-11-26.

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
const char* kFriday = "2027-11-26";

BOOST_AUTO_TEST_SUITE(extractor_honorifics_given_names)

BOOST_AUTO_TEST_CASE(a_chain_of_malay_honorifics_is_no_part_of_the_name) {
  BOOST_TEST(Found("On Monday, Prime Minister Datuk Seri Anwar Salleh received Sabah Chief Minister Datuk Seri "
                   "Panglima Hajiji Rahman.",
                   kFriday) == V({"meeting Anwar Salleh -- Hajiji Rahman 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(haji_inside_the_name_stays_after_the_honorifics) {
  BOOST_TEST(Found("Foreign Minister Datuk Seri Utama Haji Rosli Haji Kamal met Thai Foreign Minister Somchai Wongsa "
                   "on Monday.",
                   kFriday) == V({"meeting Haji Rosli Haji Kamal -- Somchai Wongsa 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(toh_puan_is_an_honorific_but_tun_in_a_burmese_name_is_a_name) {
  BOOST_TEST(Found("Toh Puan Aishah Ghani met Thai Foreign Minister Somchai Wongsa on Monday.", kFriday) ==
                 V({"meeting Aishah Ghani -- Somchai Wongsa 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Myanmar's Foreign Minister Than Swe received Myanmar Ambassador Tun Tun Naing on Monday.", kFriday) ==
                 V({"meeting Than Swe -- Tun Tun Naing 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_first_name_alone_is_the_one_person_named_before_with_it) {
  BOOST_TEST(Found("On Monday, US Secretary of State Mark Ellison held a phone call with Polish Foreign Minister Anna "
                   "Nowak. Nowak said: \"I thanked Mark for the support of the United States.\"",
                   kFriday) == V({"call Anna Nowak -- Mark Ellison 2027-11-22",
                                  "praise Anna Nowak -> Mark Ellison 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_given_name_where_persons_are_addressed_by_it) {
  BOOST_TEST(Found("On Monday, Malaysian Minister of Trade Ahmad Faizal Rahmat received Japanese Ambassador Kenji Sato. "
                   "Faizal praised Japan for its investment in the semiconductor sector.",
                   kFriday) == V({"meeting Ahmad Faizal Rahmat -- Kenji Sato 2027-11-22",
                                  "praise Ahmad Faizal Rahmat -> Japan 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_given_name_elsewhere_points_to_no_one_a_first_family_name_does) {
  // (Peter Faizal Rahmat is no Malaysian, nor of a country of two family
  // names: a middle name alone is not his)
  BOOST_TEST(Found("On Monday, Kenyan Minister of Trade Peter Faizal Rahmat received Japanese Ambassador Kenji Sato. "
                   "Faizal praised Japan for its investment in the tea sector.",
                   kFriday) == V({"meeting Kenji Sato -- Peter Faizal Rahmat 2027-11-22"}),
             boost::test_tools::per_element());
  // (a Chilean's middle word is his first family name: "Mendieta" for
  // Jorge Mendieta Calle)
  BOOST_TEST(Found("On Monday, Chilean Minister of Trade Jorge Mendieta Calle received Japanese Ambassador Kenji Sato. "
                   "Mendieta praised Japan for its investment in the copper sector.",
                   kFriday) == V({"meeting Jorge Mendieta Calle -- Kenji Sato 2027-11-22",
                                  "praise Jorge Mendieta Calle -> Japan 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_person_of_no_country_is_the_hosts_in_an_embassys_digest) {
  // (a second given name points back only where persons are addressed by
  // it: here the digest's host, Malaysia, for a person of no known country)
  Document doc = ItemDocument("", {"On May 8, Prime Minister Anwar Salleh chaired a meeting of the National Water "
                                   "Council, attended by Chief Minister Ahmad Faizal Rahmat.",
                                   "Later on the same day, Faizal praised Japan for its support."},
                              "2027-05-09");
  doc.publisher = "在マレーシア日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"praise Ahmad Faizal Rahmat -> Japan 2027-05-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_meeting_of_the_attendees_is_the_gathering_named_so) {
  BOOST_TEST(Found("On Monday, Prime Minister Anwar Salleh chaired the 21st meeting of the National Water Council in "
                   "Putrajaya. Among those attending the meeting were Deputy Prime Minister Fadil Yunus and Minister "
                   "of Energy Nizam Osman.",
                   kFriday) ==
                 V({"participation Anwar Salleh -> 21st meeting of the National Water Council 2027-11-22",
                    "participation Fadil Yunus -> 21st meeting of the National Water Council 2027-11-22",
                    "participation Nizam Osman -> 21st meeting of the National Water Council 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_meeting_of_two_persons_is_no_gathering) {
  BOOST_TEST(Found("On Monday, Prime Minister Anwar Salleh met Thai Prime Minister Somchai Wongsa. Among those "
                   "attending the meeting were Deputy Prime Minister Fadil Yunus and Minister of Energy Nizam Osman.",
                   kFriday) == V({"meeting Anwar Salleh -- Somchai Wongsa 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ha_noi_is_the_capital_of_vietnam) {
  BOOST_TEST(Found("Philippine Foreign Minister Maria Santos arrived in Ha Noi on Monday for an official visit.",
                   kFriday) == V({"visit Maria Santos -> Vietnam 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
