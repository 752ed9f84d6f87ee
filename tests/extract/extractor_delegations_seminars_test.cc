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

BOOST_AUTO_TEST_CASE(lists_after_a_colon_bringing_together_and_separately) {
  // (the colon after a gap the rule allows: "to Y on Wednesday: A, B and C")
  BOOST_TEST(Found("Three new heads of mission presented their letters of credence to President Ama Owusu on "
                   "Wednesday: Anna Berg of Sweden, Luis Mora of Chile and Tomas Novak of Czechia.",
                   kFriday) == V({"meeting Ama Owusu -- Anna Berg 2027-12-01", "meeting Ama Owusu -- Luis Mora 2027-12-01",
                                  "meeting Ama Owusu -- Tomas Novak 2027-12-01"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The ministers held a meeting in Accra on Monday bringing together Foreign Minister Ana Lopes, "
                   "Foreign Minister Pablo Rivas and Foreign Minister Tomas Novak.",
                   kFriday) == V({"meeting Ana Lopes -- Pablo Rivas 2027-11-29", "meeting Ana Lopes -- Tomas Novak 2027-11-29",
                                  "meeting Pablo Rivas -- Tomas Novak 2027-11-29"}),
             boost::test_tools::per_element());
  // ("and, separately, B": two meetings, not one of three)
  BOOST_TEST(Found("President Ama Owusu met Prime Minister Luis Mora and, separately, Foreign Minister Anna Berg on "
                   "Tuesday.",
                   kFriday) == V({"meeting Ama Owusu -- Anna Berg 2027-11-30", "meeting Ama Owusu -- Luis Mora 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_summons_then_a_reception_and_a_meeting_on_the_sidelines) {
  BOOST_TEST(Found("The chargé d'affaires of Chile, Pablo Rivas, was summoned to the ministry on Thursday and received "
                   "by Deputy Minister Ana Lopes.",
                   kFriday) == V({"meeting Ana Lopes -- Pablo Rivas 2027-12-02"}),
             boost::test_tools::per_element());
  // (the gathering the sentence opens with: both took part)
  BOOST_TEST(Found("On the sidelines of the 12th Africa Energy Forum on Monday, Foreign Minister Ana Lopes held talks "
                   "with Chilean Foreign Minister Pablo Rivas.",
                   kFriday) == V({"meeting Ana Lopes -- Pablo Rivas 2027-11-29",
                                  "participation Ana Lopes -> 12th Africa Energy Forum 2027-11-29",
                                  "participation Pablo Rivas -> 12th Africa Energy Forum 2027-11-29"}),
             boost::test_tools::per_element());
  // (a virtual meeting is a call)
  BOOST_TEST(Found("Foreign Minister Ana Lopes held a virtual meeting with Chilean Foreign Minister Pablo Rivas on "
                   "Monday.",
                   kFriday) == V({"call Ana Lopes -- Pablo Rivas 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_time_after_since_in_an_apposition_is_no_date_of_the_act) {
  BOOST_TEST(Found("A memorandum on fisheries, suspended since March 2025, was signed on Tuesday by Trade Minister Ana "
                   "Lopes and Chilean Trade Minister Pablo Rivas.",
                   kFriday) == V({"cooperation Ana Lopes -- Pablo Rivas 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_author_of_an_act_condemned_or_thanked_for) {
  BOOST_TEST(Found("Kenya on Wednesday condemned the detention of two Kenyan nationals by Ethiopia.", kFriday) ==
                 V({"criticism Kenya -> Ethiopia 2027-12-01"}),
             boost::test_tools::per_element());
  // (both authors after "by"; "continued" is no verb after "the")
  BOOST_TEST(Found("Ghana on Tuesday condemned the continued attacks by Mali and Burkina Faso on civilians.", kFriday) ==
                 V({"criticism Ghana -> Burkina Faso 2027-11-30", "criticism Ghana -> Mali 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The African Union issued a joint statement on Monday condemning Israel's decision.", kFriday) ==
                 V({"criticism African Union -> Israel 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Foreign Minister Ana Lopes expressed her country's gratitude for the humanitarian aid dispatched by "
                   "Morocco.",
                   kFriday) == V({"praise Ana Lopes -> Morocco 2027-12-03"}),
             boost::test_tools::per_element());
  // (restrictions imposed on Y by X: X sanctioned Y)
  BOOST_TEST(Found("Kenya criticised the visa restrictions imposed on Kenyan nationals by the United States.", kFriday) ==
                 V({"criticism Kenya -> United States 2027-12-03", "sanction United States -> Kenya 2027-12-03"}),
             boost::test_tools::per_element());
  // (a country's drills are no gathering: the country is criticised)
  BOOST_TEST(Found("Japan criticised China's naval drills near Taiwan on Monday.", kFriday) ==
                 V({"criticism Japan -> China 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(hosts_who_dine_praise_and_hand_letters) {
  // (a guest called visiting, dined in the host's city, came to its country)
  BOOST_TEST(Found("President Ama Owusu hosted a state banquet in Accra on Friday for visiting Chilean President Luis "
                   "Mora.",
                   kFriday) == V({"meeting Ama Owusu -- Luis Mora 2027-12-03", "visit Luis Mora -> Ghana 2027-12-03"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ama Owusu welcomed Chilean President Luis Mora on Tuesday, calling him \"a great friend\".",
                   kFriday) == V({"meeting Ama Owusu -- Luis Mora 2027-11-30", "praise Ama Owusu -> Luis Mora 2027-11-30"}),
             boost::test_tools::per_element());
  // (the letter handed over in person: its bearer met the addressee)
  BOOST_TEST(Found("A letter from President Ama Owusu was handed to President Luis Mora in Santiago on Tuesday by "
                   "Foreign Minister Ana Lopes.",
                   kFriday) == V({"meeting Ana Lopes -- Luis Mora 2027-11-30"}),
             boost::test_tools::per_element());
  // (two offices in lower case before one name: one person, no country)
  BOOST_TEST(Found("President Ama Owusu received TotalEnergies chairman and chief executive Patrick Pouyanne on Monday.",
                   kFriday) == V({"meeting Ama Owusu -- Patrick Pouyanne 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(gatherings_named_in_quotes_and_inverted_lists_of_attendees) {
  // (the quoted name is the first part of the gathering's)
  BOOST_TEST(Found("The \"Invest Ghana 2027\" International Investment Forum opened in Accra on Thursday. Trade "
                   "Minister Ana Lopes addressed the opening session.",
                   kFriday) == V({"participation Ana Lopes -> Invest Ghana 2027 International Investment Forum "
                                  "2027-12-02"}),
             boost::test_tools::per_element());
  // ("Taking part were A, B and C": the opening participle is the predicate)
  BOOST_TEST(Found("The 5th Africa Climate Summit opened in Nairobi on Monday. Taking part were Foreign Minister Ana "
                   "Lopes, Trade Minister Pablo Rivas and Ambassador Tomas Novak.",
                   kFriday) == V({"participation Ana Lopes -> 5th Africa Climate Summit 2027-11-29",
                                  "participation Pablo Rivas -> 5th Africa Climate Summit 2027-11-29",
                                  "participation Tomas Novak -> 5th Africa Climate Summit 2027-11-29"}),
             boost::test_tools::per_element());
  // ("the sides were represented by A and B respectively": each heads a side)
  BOOST_TEST(Found("Talks between the deputy foreign ministers were held in Accra on Monday. The Ghanaian delegation "
                   "was led by Deputy Minister Ama Mensah, while the Chilean and Peruvian sides were represented by "
                   "Deputy Minister Pablo Rivas and Deputy Minister Jorge Salas respectively.",
                   kFriday) == V({"meeting Ama Mensah -- Jorge Salas 2027-11-29", "meeting Ama Mensah -- Pablo Rivas 2027-11-29",
                                  "meeting Jorge Salas -- Pablo Rivas 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(measures_on_agreements_and_on_bodies_in_apposition) {
  // (a past year after "concluded" dates the agreement, not the decision)
  BOOST_TEST(Found("Ghana's government resolved on Tuesday to suspend the investment agreement concluded in 2019 with "
                   "Chile.",
                   kFriday) == V({"sanction Government of Ghana -> Chile 2027-11-30"}),
             boost::test_tools::per_element());
  // (the body named after "a ... company,")
  BOOST_TEST(Found("The United States on Monday imposed sanctions on a Lima-registered shipping company, Condor Marine "
                   "SAC, and its director.",
                   kFriday) == V({"sanction United States -> Condor Marine SAC 2027-11-29"}),
             boost::test_tools::per_element());
  // (a mission's end names its trip; a government's thanks voiced by its envoy)
  BOOST_TEST(Found("The IMF reached a staff-level agreement with Ghana at the conclusion of its mission to Accra from "
                   "November 14 to 28.",
                   kFriday) == V({"cooperation Ghana -- International Monetary Fund 2027-11-14",
                                  "visit International Monetary Fund -> Ghana 2027-11-14"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Ambassador Luis Mora conveyed the appreciation of the Government of Chile for the facilities "
                   "extended by Ghana.",
                   kFriday) == V({"praise Luis Mora -> Ghana 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_given_name_with_marks_is_no_demonym) {
  BOOST_TEST(Found("Minister of the Interior Germán Alonso Quiroga received Spanish Ambassador Luis Mora on Monday.",
                   kFriday) == V({"meeting Germán Alonso Quiroga -- Luis Mora 2027-11-29"}),
             boost::test_tools::per_element());
  // (a demonym the dictionary spells with its mark stays one)
  BOOST_TEST(Found("Burkinabè Foreign Minister Karamoko Traoré met Ghanaian Foreign Minister Samuel Ablakwa in Accra on "
                   "Monday.",
                   kFriday) == V({"meeting Karamoko Traoré -- Samuel Ablakwa 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
