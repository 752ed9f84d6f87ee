// The extractor on a speaker's judgements of a party ("X is a brotherly
// country", "X has shown remarkable statesmanship", "I value my friendship
// with X"), on quotes that go on in the voice of the quote before them, on
// documents signed between bodies ("the Plan ... between A and B for 2028
// was signed"), on companies named after their legal form ("JSC X"), and
// on delegations that stand for their leaders. Sentences are our own; the
// dictionary has no persons (people are found by their titles).
// Reference date: Wednesday 2027-06-02.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "actorgraph/document.h"
#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Extract;
using testing::Found;
using testing::ItemDocument;
using testing::Lines;
using V = std::vector<std::string>;
const char* kWednesday = "2027-06-02";

BOOST_AUTO_TEST_SUITE(extractor_judgements_documents)

BOOST_AUTO_TEST_CASE(a_speakers_judgement_of_a_party_is_praise) {
  BOOST_TEST(Found("\"Chile is a brotherly country,\" President of Peru Jorge Salas said.", kWednesday) ==
                 V({"praise Jorge Salas -> Chile 2027-06-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("\"Finland remains our most reliable partner,\" Foreign Minister of Estonia Kaja Tamm said.",
                   kWednesday) == V({"praise Kaja Tamm -> Finland 2027-06-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President of Peru Jorge Salas said: \"Chile today is an example of rapid development for the "
                   "whole region.\"",
                   kWednesday) == V({"praise Jorge Salas -> Chile 2027-06-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("\"President of Chile Ana Vidal has shown remarkable statesmanship,\" President of Peru Jorge "
                   "Salas said.",
                   kWednesday) == V({"praise Jorge Salas -> Ana Vidal 2027-06-02"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("\"I deeply value my friendship with President of Chile Ana Vidal,\" President of Peru Jorge "
                   "Salas said.",
                   kWednesday) == V({"praise Jorge Salas -> Ana Vidal 2027-06-02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_denied_or_shared_judgement_is_no_praise) {
  // denied
  BOOST_TEST(Found("\"Russia is not a reliable partner,\" Foreign Minister of Estonia Kaja Tamm said.", kWednesday)
                 .empty());
  // two parties described together: the relation, not a party, is judged
  BOOST_TEST(Found("\"Estonia and Finland are strategic partners,\" Foreign Minister of Estonia Kaja Tamm said.",
                   kWednesday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_quote_on_its_own_goes_on_in_the_voice_before_it) {
  Document doc = ItemDocument(
      "",
      {"President of Peru Jorge Salas received the credentials of the new ambassador of Chile on Wednesday. \"Our "
       "peoples share a long history,\" Salas said. \"Chile is a brotherly country.\""},
      "2027-06-02");
  V lines = Lines(Extract(doc));
  BOOST_TEST((std::find(lines.begin(), lines.end(), "praise Jorge Salas -> Chile 2027-06-02") != lines.end()));
}

BOOST_AUTO_TEST_CASE(a_plan_between_bodies_for_a_period_was_signed) {
  BOOST_TEST(Found("At the end of the meeting, the Plan of Bilateral Military Cooperation between the Ministry of "
                   "Defence of the Republic of Chile and the Ministry of Defence of the Republic of Peru for "
                   "2027–2028 was signed.",
                   kWednesday) ==
                 V({"cooperation Ministry of Defense of Chile -- Ministry of Defense of Peru 2027-06-02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_legal_form_before_a_company_name_is_no_part_of_it) {
  BOOST_TEST(Found("The state oil company of Chile signed an agreement with JSC Andesgaz on Tuesday.", kWednesday) ==
                 V({"cooperation Andesgaz -- State Oil Company of Chile 2027-06-01"}),
             boost::test_tools::per_element());
  // "Peru's largest copper producer" describes the company named before it
  BOOST_TEST(Found("Cobre Andino Mining Company, Peru's largest copper producer, signed an agreement with LLC "
                   "Minera Norte on Tuesday.",
                   kWednesday) == V({"cooperation Cobre Andino Mining Company -- Minera Norte 2027-06-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(congratulations_received_and_the_host_head_of_state) {
  BOOST_TEST(Found("President of Chile Ana Vidal has received a congratulatory letter from President of Peru Jorge "
                   "Salas on the occasion of Independence Day, in which the Peruvian leader highly appreciated the "
                   "active participation of Chile in the initiative.",
                   kWednesday) == V({"praise Jorge Salas -> Ana Vidal 2027-06-02", "praise Jorge Salas -> Chile 2027-06-02"}),
             boost::test_tools::per_element());
  // In the digest of the embassy in Chile, "the head of state" with no
  // country is Chile's, not the foreign head of state named just before.
  Document doc = ItemDocument(
      "",
      {"On 31 May, President of Peru Jorge Salas congratulated President of Chile Ana Vidal on the national day. The "
       "head of state also received greetings from Secretary-General of the United Nations Luis Mora."},
      "2027-06-02");
  doc.publisher = "在チリ日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"praise Jorge Salas -> Ana Vidal 2027-05-31",
                                       "praise Luis Mora -> Ana Vidal 2027-05-31"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(companies_named_beside_each_other) {
  // A lone unknown word beside a body is a body too, first or second.
  BOOST_TEST(Found("Andesgaz and Saudi Arabia's ACWA Power signed an agreement on a gas complex on Tuesday.",
                   kWednesday) == V({"cooperation ACWA Power -- Andesgaz 2027-06-01"}),
             boost::test_tools::per_element());
  // An ampersand joins one name.
  BOOST_TEST(Found("Quimica Andina JSC and Hyundai Engineering & Construction concluded a contract for a soda ash "
                   "plant on Tuesday.",
                   kWednesday) == V({"cooperation Hyundai Engineering & Construction -- Quimica Andina JSC 2027-06-01"}),
             boost::test_tools::per_element());
  // A name that opens with its country's name is the body's own.
  BOOST_TEST(Found("Foreign Minister of Peru Jorge Salas praised the Japan International Cooperation Agency on "
                   "Tuesday.",
                   kWednesday) == V({"praise Jorge Salas -> Japan International Cooperation Agency 2027-06-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_rapporteur_is_a_title) {
  // The person accused is the rapporteur named in apposition, not the body
  // that owns the title.
  BOOST_TEST(Found("On Tuesday, Speaker of the Senate of Peru Rosa Vera accused the European Parliament's standing "
                   "rapporteur on Peru, Hanna Berg, of spreading lies.",
                   kWednesday) == V({"criticism Rosa Vera -> Hanna Berg 2027-06-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(what_happened_during_a_recalled_visit_is_recalled) {
  BOOST_TEST(Found("Minister of Economy of Peru Rosa Vera recalled her visit to Tokyo last October, during which she "
                   "met representatives of Mitsui & Co. and Sojitz.",
                   kWednesday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(delegations_led_by_named_leaders_stand_for_them) {
  Document doc = ItemDocument(
      "",
      {"The Plan of Military Cooperation between the Ministries of Defence of Chile and Peru for 2028 was signed in "
       "Lima on Monday by Deputy Minister of Defence of Chile Ana Quispe and Deputy Minister of Defence of Peru "
       "Tomas Rojas. Before the signing, the delegations led by the two deputy ministers held talks."},
      "2027-06-02");
  V lines = Lines(Extract(doc));
  for (const std::string& line : lines)
    BOOST_TEST((line.rfind("meeting", 0) != 0 || line == "meeting Ana Quispe -- Tomas Rojas 2027-05-31"), line);
  BOOST_TEST((std::find(lines.begin(), lines.end(), "meeting Ana Quispe -- Tomas Rojas 2027-05-31") != lines.end()));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
