// The extractor on counterparts named after their places, the sides of
// talks reported before, sanctions on a count and the rest found in the
// tenth session of 2026-12-02 (the analysis of sets 99-102, 53, 60 and 70).
// Sentences are our own; the dictionary has no persons. Reference date:
// Friday 2027-12-03.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-12-03";

BOOST_AUTO_TEST_SUITE(extractor_counterparts_sides)

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

BOOST_AUTO_TEST_CASE(counterparts_named_after_their_places) {
  // "her counterparts from A and B, X and Y": one person for each place
  BOOST_TEST(Found("Vienna Mayor Klara Hofer held talks on Monday with her counterparts from Prague and Bratislava, Jan "
                   "Dvorak and Peter Kollar.",
                   kFriday) == V({"meeting Jan Dvorak -- Klara Hofer 2027-11-29",
                                  "meeting Jan Dvorak -- Peter Kollar 2027-11-29",
                                  "meeting Klara Hofer -- Peter Kollar 2027-11-29"}),
             boost::test_tools::per_element());
  // (one person for two places: no such reading)
  BOOST_TEST(Found("Vienna Mayor Klara Hofer held talks on Monday with her counterparts from Prague and Bratislava, Jan "
                   "Dvorak.",
                   kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(the_sides_after_talks_reported_sentences_before) {
  // "Following the talks, the sides signed": the pair of the talks two or
  // three sentences before, not the host met first
  BOOST_TEST(Found("Austrian Foreign Minister Tomas Brenner arrived in Dublin on Monday and called on Irish President "
                   "Sean Doyle. On Tuesday, Brenner held talks with Irish Foreign Minister Elena Marsh. Marsh thanked "
                   "Brenner for Austria's support. Following the talks, the sides signed a memorandum on cultural "
                   "cooperation.",
                   kFriday) == V({"cooperation Elena Marsh -- Tomas Brenner 2027-11-30",
                                  "meeting Elena Marsh -- Tomas Brenner 2027-11-30",
                                  "meeting Sean Doyle -- Tomas Brenner 2027-11-29",
                                  "praise Elena Marsh -> Tomas Brenner 2027-11-30",
                                  "visit Tomas Brenner -> Ireland 2027-11-29"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Austrian Foreign Minister Tomas Brenner arrived in Dublin on Monday and called on Irish President "
                   "Sean Doyle. On Tuesday, Brenner held talks with Irish Foreign Minister Elena Marsh. The ministers "
                   "discussed trade and energy. Marsh thanked Brenner for Austria's support. Following the talks, the "
                   "sides signed a memorandum on cultural cooperation.",
                   kFriday) == V({"cooperation Elena Marsh -- Tomas Brenner 2027-11-30",
                                  "meeting Elena Marsh -- Tomas Brenner 2027-11-30",
                                  "meeting Sean Doyle -- Tomas Brenner 2027-11-29",
                                  "praise Elena Marsh -> Tomas Brenner 2027-11-30",
                                  "visit Tomas Brenner -> Ireland 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(has_been_in_talks_since_is_a_state) {
  // "has been in accession talks with X since 2024": no contact now
  BOOST_TEST(Found("Moldova has been in accession talks with the European Union since 2024.", kFriday).empty());
  // (talks held on a day are a meeting)
  BOOST_TEST(Found("Moldova held accession talks with the European Union in Brussels on Tuesday.", kFriday) ==
                 V({"meeting European Union -- Moldova 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_act_recalled_after_since_when) {
  // "their first meeting since March, when A criticised B": the time the
  // "since" looks back to
  BOOST_TEST(Found("Prime Minister Olga Brandt met President Marek Stolz in Warsaw on Tuesday, their first meeting since "
                   "March, when Brandt criticised Stolz over the pipeline.",
                   kFriday) == V({"meeting Marek Stolz -- Olga Brandt 2027-11-30"}),
             boost::test_tools::per_element());
  // (a criticism of its own day is coded)
  BOOST_TEST(Found("Prime Minister Olga Brandt met President Marek Stolz in Warsaw on Tuesday. On Wednesday, Brandt "
                   "criticised Stolz over the pipeline.",
                   kFriday) == V({"criticism Olga Brandt -> Marek Stolz 2027-12-01",
                                  "meeting Marek Stolz -- Olga Brandt 2027-11-30"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(as_the_two_co_chaired) {
  // ", as the two co-chaired the session": both took part in it
  BOOST_TEST(Found("German Deputy Chancellor Lena Vogt met Kazakh Deputy Prime Minister Arman Seitov in Berlin on "
                   "Monday, as the two co-chaired the 9th Session of the Kazakh-German Intergovernmental Commission.",
                   kFriday) ==
                 V({"meeting Arman Seitov -- Lena Vogt 2027-11-29",
                    "participation Arman Seitov -> 9th Session of the Kazakh-German Intergovernmental Commission "
                    "2027-11-29",
                    "participation Lena Vogt -> 9th Session of the Kazakh-German Intergovernmental Commission "
                    "2027-11-29"}),
             boost::test_tools::per_element());
  // (", as well as" opens no clause of the two)
  BOOST_TEST(Found("German Deputy Chancellor Lena Vogt met Kazakh Deputy Prime Minister Arman Seitov in Berlin on "
                   "Monday, as well as the 9th Session of the Kazakh-German Intergovernmental Commission.",
                   kFriday) == V({"meeting Arman Seitov -- Lena Vogt 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_designation_of_a_count_then_the_list) {
  // "designated one individual and two entities ... The list comprises
  // A, B and C": the designator sanctions those listed
  BOOST_TEST(Found("Japan designated one individual and two entities as subjects of sanctions on Tuesday. The list "
                   "comprises Hamas, Hezbollah and the Houthis.",
                   kFriday) == V({"sanction Japan -> Hamas 2027-11-30", "sanction Japan -> Hezbollah 2027-11-30",
                                  "sanction Japan -> Houthis 2027-11-30"}),
             boost::test_tools::per_element());
  // (no list: no target)
  BOOST_TEST(Found("Japan designated one individual and two entities as subjects of sanctions on Tuesday.", kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(the_three_countries_agreed) {
  // "The three countries agreed": the three named before
  BOOST_TEST(Found("The defence ministers of Chile, Peru and Ecuador met in Quito on Monday. The three countries agreed "
                   "to set up a joint working group on fisheries.",
                   kFriday) == V({"cooperation Chile -- Ecuador 2027-11-29", "cooperation Chile -- Peru 2027-11-29",
                                  "cooperation Ecuador -- Peru 2027-11-29", "meeting Chile -- Ecuador 2027-11-29",
                                  "meeting Chile -- Peru 2027-11-29", "meeting Ecuador -- Peru 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(commended_singling_out) {
  // "commended member states ..., singling out A, B and C": praise of each
  BOOST_TEST(Found("UN Secretary-General Mara Lind commended member states that had paid their dues in full, singling "
                   "out Norway, Iceland and Finland.",
                   kFriday) == V({"praise Mara Lind -> Finland 2027-12-03", "praise Mara Lind -> Iceland 2027-12-03",
                                  "praise Mara Lind -> Norway 2027-12-03"}),
             boost::test_tools::per_element());
  // (member states unnamed: nothing)
  BOOST_TEST(Found("UN Secretary-General Mara Lind commended member states that had paid their dues in full.", kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(sanctions_on_a_count_linked_to) {
  // "on 14 individuals and three entities linked to X": a sanction on X
  BOOST_TEST(Found("The United Kingdom imposed sanctions on 14 individuals and three entities linked to Hezbollah on "
                   "Tuesday.",
                   kFriday) == V({"sanction United Kingdom -> Hezbollah 2027-11-30"}),
             boost::test_tools::per_element());
  // (nobody they are linked to: nothing)
  BOOST_TEST(Found("The United Kingdom imposed sanctions on 14 individuals and three entities on Tuesday.", kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(executives_of_bodies_and_heads_of_delegations) {
  // "met with A and with executives of B and C": the bodies
  BOOST_TEST(Found("Kenyan Trade Minister Ana Lopes met with Austrian Foreign Minister Karl Weber and with executives of "
                   "SOCAR and BP.",
                   kFriday) == V({"meeting Ana Lopes -- BP 2027-12-03", "meeting Ana Lopes -- Karl Weber 2027-12-03",
                                  "meeting Ana Lopes -- SOCAR 2027-12-03"}),
             boost::test_tools::per_element());
  // "the heads of the delegations of A, B and C": the countries
  BOOST_TEST(Found("Kenyan Foreign Minister Ana Lopes received the heads of the delegations of Chile, Peru and Bolivia "
                   "in Nairobi on Monday.",
                   kFriday) == V({"meeting Ana Lopes -- Bolivia 2027-11-29", "meeting Ana Lopes -- Chile 2027-11-29",
                                  "meeting Ana Lopes -- Peru 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(traded_accusations_goes_both_ways) {
  BOOST_TEST(Found("Guatemala and Belize traded accusations over the border on Monday.", kFriday) ==
                 V({"criticism Belize -> Guatemala 2027-11-29", "criticism Guatemala -> Belize 2027-11-29"}),
             boost::test_tools::per_element());
  // (goods traded are no criticism)
  BOOST_TEST(Found("Guatemala and Belize traded goods worth 40 million dollars last year.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(a_very_good_call_but_no_courtesy_call) {
  BOOST_TEST(Found("Prime Minister Jonas Berg held a very good call with President Rosa Diaz on Monday.", kFriday) ==
                 V({"call Jonas Berg -- Rosa Diaz 2027-11-29"}),
             boost::test_tools::per_element());
  // (a courtesy call is made in person)
  BOOST_TEST(Found("Ambassador Jonas Berg had a courtesy call with Governor Rosa Diaz in Cusco on Monday.", kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(trilateral_with_the_participation_of_and_co_chaired_with) {
  // "A trilateral meeting was then held with the participation of X": X met
  // the two who met
  BOOST_TEST(Found("Foreign Minister Ana Lopes met Foreign Minister Karl Weber of Austria in Baku on Monday. A "
                   "trilateral meeting was then held with the participation of Foreign Minister Nino Kapanadze of "
                   "Georgia.",
                   kFriday) == V({"meeting Ana Lopes -- Karl Weber 2027-11-29",
                                  "meeting Ana Lopes -- Nino Kapanadze 2027-11-29",
                                  "meeting Karl Weber -- Nino Kapanadze 2027-11-29"}),
             boost::test_tools::per_element());
  // (one only expected: no meeting with the third)
  BOOST_TEST(Found("Foreign Minister Ana Lopes met Foreign Minister Karl Weber of Austria in Baku on Monday. A "
                   "trilateral meeting is expected to be held next month with the participation of Foreign Minister "
                   "Nino Kapanadze of Georgia.",
                   kFriday) == V({"meeting Ana Lopes -- Karl Weber 2027-11-29"}),
             boost::test_tools::per_element());
  // "co-chaired a round of consultations between ... with X": the other
  // co-chair
  BOOST_TEST(Found("Deputy Foreign Minister Ana Lopes co-chaired the sixth round of political consultations between the "
                   "foreign ministries of the two countries with Deputy Foreign Minister Karl Weber of Austria.",
                   kFriday) == V({"meeting Ana Lopes -- Karl Weber 2027-12-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_lower_case_portfolio_title) {
  // "PNR-Alliance director of information X": the person
  BOOST_TEST(Found("PNR-Alliance director of information Joseph Banda criticised the European Union on Monday.",
                   kFriday) == V({"criticism Joseph Banda -> European Union 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_excellency_after_a_title_chain_is_a_title) {
  // ("Title of BODY HE Name": Gulf agency style; the holder, not the body's
  // country, meets)
  BOOST_TEST(Found("President of the Kenya Olympic Committee HE Paul Kiprop met IOC President Ana Lopes in Lausanne "
                   "on Thursday.",
                   kFriday) == V({"meeting Ana Lopes -- Paul Kiprop 2027-12-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Speaker of the Shura Council HE Salim bin Nasser Al Harthy received Ambassador Pablo Rivas on "
                   "Monday.",
                   kFriday) == V({"meeting Pablo Rivas -- Salim bin Nasser Al Harthy 2027-11-29"}),
             boost::test_tools::per_element());
  // ("HE" before a title still reads as an article)
  BOOST_TEST(Found("HE Minister Pablo Rivas received Ambassador Ana Lopes on Monday.", kFriday) ==
                 V({"meeting Ana Lopes -- Pablo Rivas 2027-11-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
