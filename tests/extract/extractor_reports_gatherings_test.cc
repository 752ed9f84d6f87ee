// The extractor on the constructions found in the analysis of sets 66, 69 and
// 91-94 (2026-12-02): reports with a day before "that", acts after a span of
// time, gatherings met for or joined, conditions, patronymics, and the rest
// named in its cases. Sentences are our own; the dictionary has no persons.
// Reference date: Friday
// 2027-12-03.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_reports_gatherings)

BOOST_AUTO_TEST_CASE(a_report_with_a_day_before_that_has_its_own_subject) {
  // (the body that speaks is not the one that called)
  BOOST_TEST(Found("The Kremlin said on Tuesday that President Ivan Petrov spoke by phone with President Ama Owusu.",
                   kFriday) == V({"call Ama Owusu -- Ivan Petrov 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(acts_after_a_span_of_time_and_a_later_signing) {
  BOOST_TEST(Found("A day after arriving in Jakarta, Foreign Minister Sara Lind met Foreign Minister Budi Santoso.",
                   kFriday) == V({"meeting Budi Santoso -- Sara Lind 2027-12-03", "visit Sara Lind -> Indonesia 2027-12-03"}),
             boost::test_tools::per_element());
  // (a lone signer's partner is the one met)
  BOOST_TEST(Found("Foreign Minister Sara Lind held talks with Foreign Minister Luis Mora in Santiago on Monday, before "
                   "signing a memorandum on trade.",
                   kFriday) == V({"cooperation Luis Mora -- Sara Lind 2027-11-29", "meeting Luis Mora -- Sara Lind 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Foreign Minister Sara Lind visited Sarajevo on Monday and then travelled on to Belgrade.", kFriday) ==
                 V({"visit Sara Lind -> Bosnia and Herzegovina 2027-11-29", "visit Sara Lind -> Serbia 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(gatherings_met_for_or_joined) {
  BOOST_TEST(Found("Delegations of Kenya and Uganda met in Kampala on Tuesday for the fourth meeting of the Joint Border "
                   "Commission.",
                   kFriday) == V({"meeting Kenya -- Uganda 2027-11-30",
                                  "participation Kenya -> fourth meeting of the Joint Border Commission 2027-11-30",
                                  "participation Uganda -> fourth meeting of the Joint Border Commission 2027-11-30"}),
             boost::test_tools::per_element());
  // (the second reduced passive of a summit)
  BOOST_TEST(Found("President Ama Owusu arrived for the Accra Trade Summit 2027, which was hosted by President John "
                   "Mahama and also attended by President Luis Mora.",
                   kFriday) == V({"participation John Mahama -> Accra Trade Summit 2027 2027-12-03",
                                  "participation Luis Mora -> Accra Trade Summit 2027 2027-12-03"}),
             boost::test_tools::per_element());
  // (a call told by its format after "during")
  BOOST_TEST(Found("The foreign ministers of Kenya and Ghana agreed during a video conference on Monday to expand trade.",
                   kFriday) == V({"call Ghana -- Kenya 2027-11-29", "cooperation Ghana -- Kenya 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(judgements_by_adjective_object_and_passive) {
  BOOST_TEST(Found("Foreign Minister Sara Lind was sharply critical of Hungary on Tuesday.", kFriday) ==
                 V({"criticism Sara Lind -> Hungary 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ama Owusu congratulated the people and government of Chile on Tuesday.", kFriday) ==
                 V({"praise Ama Owusu -> Chile 2027-11-30"}),
             boost::test_tools::per_element());
  // (the decision of the one who last acted alone)
  BOOST_TEST(Found("Prime Minister Edi Rama vetoed the bill on Monday. The decision was welcomed by the Democratic "
                   "Party.",
                   kFriday) == V({"praise Democratic Party -> Edi Rama 2027-11-29"}),
             boost::test_tools::per_element());
  // (a message's participle is its sender's act, not the addressee's)
  BOOST_TEST(Found("President Ama Owusu sent a message on Tuesday to Foreign Minister Sara Lind congratulating "
                   "Lithuania on its national day.",
                   kFriday) == V({"praise Ama Owusu -> Lithuania 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_visiting_guest_in_a_list_of_those_met) {
  BOOST_TEST(Found("Prime Minister Edi Rama met President Ama Owusu and visiting Vice Foreign Minister Li Wen on "
                   "Tuesday.",
                   kFriday) == V({"meeting Ama Owusu -- Edi Rama 2027-11-30", "meeting Ama Owusu -- Li Wen 2027-11-30",
                                  "meeting Edi Rama -- Li Wen 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_lower_case_patronymic_ends_the_name) {
  BOOST_TEST(Found("Foreign Minister Azamat Bekov uulu met Foreign Minister Sara Lind on Monday.", kFriday) ==
                 V({"meeting Azamat Bekov uulu -- Sara Lind 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_act_on_a_condition_has_not_happened) {
  BOOST_TEST(Found("Turkey would mediate talks if Kyiv and Moscow agreed on a ceasefire.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(envoys_of_several_states_a_tour_s_first_stop_a_bare_signing) {
  BOOST_TEST(Found("President Ama Owusu received on Tuesday the credentials of the newly appointed ambassadors of "
                   "several states: Anna Berg of Sweden, Luis Mora of Chile and Tomas Novak of Czechia.",
                   kFriday) == V({"meeting Ama Owusu -- Anna Berg 2027-11-30", "meeting Ama Owusu -- Luis Mora 2027-11-30",
                                  "meeting Ama Owusu -- Tomas Novak 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ama Owusu began his regional tour on Monday with an official visit to Senegal.", kFriday) ==
                 V({"visit Ama Owusu -> Senegal 2027-11-29"}),
             boost::test_tools::per_element());
  // (the part after ", and" names no actor: the two who met signed)
  BOOST_TEST(Found("Foreign Minister Sara Lind was received by President Ama Owusu in Accra on Monday, and a roadmap "
                   "was signed following their talks.",
                   kFriday) == V({"cooperation Ama Owusu -- Sara Lind 2027-11-29", "meeting Ama Owusu -- Sara Lind 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_invitation_handed_over) {
  // (the one the invitation is from invited; the envoy who handed it met)
  BOOST_TEST(Found("Ambassador Tomas Novak handed President Ama Owusu an invitation from President Luis Mora to visit "
                   "Chile.",
                   kFriday) == V({"invitation Luis Mora -> Ama Owusu 2027-12-03", "meeting Ama Owusu -- Tomas Novak 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(titles_partners_envoys_called_home_and_participants) {
  BOOST_TEST(Found("Prime Minister Kofi Mensah received Bavarian Minister-President Markus Weber on Monday.", kFriday) ==
                 V({"meeting Kofi Mensah -- Markus Weber 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ama Owusu described Japan as a reliable partner on Tuesday.", kFriday) ==
                 V({"praise Ama Owusu -> Japan 2027-11-30"}),
             boost::test_tools::per_element());
  // (relations reduced with the country of the post)
  BOOST_TEST(Found("Ecuador called its ambassador in Bogota to Quito for consultations on Tuesday.", kFriday) ==
                 V({"sanction Ecuador -> Colombia 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The Andean Water Summit 2027 was held on Tuesday with some 600 participants, among them the "
                   "Ambassador of Canada, Tomas Novak.",
                   kFriday) == V({"participation Tomas Novak -> Andean Water Summit 2027 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ama Owusu used his keynote address at the Accra Trade Summit 2027 on Tuesday to call for "
                   "calm.",
                   kFriday) == V({"participation Ama Owusu -> Accra Trade Summit 2027 2027-11-30"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Kenya and Uganda signed a road map on energy on Tuesday.", kFriday) ==
                 V({"cooperation Kenya -- Uganda 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
