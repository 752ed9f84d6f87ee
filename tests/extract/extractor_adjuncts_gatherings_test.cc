// The extractor on days written inside a verb phrase ("took part on
// Tuesday in"), on the persons named after "including" in a subject that
// is a plural of people, on who else met when a meeting "was attended by"
// someone, on visits told in a phrase ("the visiting minister", "the first
// day of the minister's visit"), on "the exhibition" after a show, and on
// companions ("..., accompanied by Minister X"), and on persons each named
// after a country ("the ambassadors of A, X, of B, Y, and of C, Z") and
// "among those attending were", and on a title at a body before "and" and
// a second titled person, on Kenya's "CS" (Cabinet Secretary), and on
// visits told by arrivals and stays ("was in Peru for consultations"),
// and on "President X of Uruguay".
// Sentences are our own; the dictionary has no persons. Reference date:
// Friday 2027-11-26.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kFriday = "2027-11-26";

BOOST_AUTO_TEST_SUITE(extractor_adjuncts_gatherings)

BOOST_AUTO_TEST_CASE(a_day_between_took_part_and_in) {
  BOOST_TEST(Found("Peruvian Minister of Energy Elena Quispe took part on Tuesday in the Andean Hydrogen Forum "
                   "2027 in Lima.",
                   kFriday) == V({"participation Elena Quispe -> Andean Hydrogen Forum 2027 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_dated_day_between_participated_and_in) {
  BOOST_TEST(Found("Peruvian Minister of Energy Elena Quispe participated on 24 November in the Andean Hydrogen "
                   "Forum 2027.",
                   kFriday) == V({"participation Elena Quispe -> Andean Hydrogen Forum 2027 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_persons_named_after_including_are_the_subject) {
  BOOST_TEST(Found("More than 30 ministers, including Peruvian Minister of Energy Elena Quispe and Chilean "
                   "Minister of Mining Pedro Larrain, took part in the Andean Hydrogen Forum 2027 on Monday.",
                   kFriday) == V({"participation Elena Quispe -> Andean Hydrogen Forum 2027 2027-11-22",
                                  "participation Pedro Larrain -> Andean Hydrogen Forum 2027 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_plural_of_people_without_including_names_nobody) {
  BOOST_TEST(Found("More than 30 ministers took part in the Andean Hydrogen Forum 2027 on Monday.", kFriday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(one_who_attended_the_meeting_met_its_participants) {
  BOOST_TEST(Found("On Monday, Speaker of the National Assembly of Peru Elena Quispe received Chilean Senator Pedro "
                   "Larrain. The meeting was also attended by Ambassador of Japan to Peru Kenji Sato.",
                   kFriday) == V({"meeting Elena Quispe -- Kenji Sato 2027-11-22",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "meeting Kenji Sato -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(one_who_attended_the_talks_met_the_other_side_only) {
  // the Chilean ambassador came with the Chilean senator
  BOOST_TEST(Found("On Monday, Speaker of the National Assembly of Peru Elena Quispe received Chilean Senator Pedro "
                   "Larrain. The talks were attended by Ambassador of Chile to Peru Ana Rojas.",
                   kFriday) == V({"meeting Ana Rojas -- Elena Quispe 2027-11-22",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_visiting_minister_received_at_a_palace_in_a_city) {
  BOOST_TEST(Found("Peruvian President Elena Quispe received the visiting Chilean Minister of Mining Pedro Larrain "
                   "at the presidential palace in Lima on Monday.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "visit Pedro Larrain -> Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_subject_on_the_first_day_of_its_own_visit) {
  // "the Chilean minister's visit" is the visit of the signer from Chile
  BOOST_TEST(Found("Chilean Minister of Mining Pedro Larrain and Peruvian Deputy Minister of Energy Elena Quispe "
                   "signed a memorandum on lithium in Lima on Monday, on the first day of the Chilean minister's "
                   "three-day visit to Peru.",
                   kFriday) == V({"cooperation Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "visit Pedro Larrain -> Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_exhibition_points_back_to_a_show) {
  BOOST_TEST(Found("The Andean Mining Show took place in Lima on Monday and Tuesday. Prime Minister Elena Quispe "
                   "opened the exhibition on Monday.",
                   kFriday) == V({"participation Elena Quispe -> Andean Mining Show 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_exhibition_is_no_forum) {
  BOOST_TEST(Found("The Andean Mining Forum took place in Lima on Monday and Tuesday. Prime Minister Elena Quispe "
                   "opened the exhibition on Monday.",
                   kFriday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_companion_after_the_clause_takes_part_with_its_subject) {
  BOOST_TEST(Found("Prime Minister Elena Quispe opened the Andean Mining Forum on Monday, accompanied by Minister "
                   "of Energy Carlos Vega.",
                   kFriday) == V({"participation Carlos Vega -> Andean Mining Forum 2027-11-22",
                                  "participation Elena Quispe -> Andean Mining Forum 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_companion_after_the_clause_meets_whom_its_subject_met) {
  BOOST_TEST(Found("Prime Minister Elena Quispe received Chilean Senator Pedro Larrain on Monday, accompanied by "
                   "Minister of Energy Carlos Vega.",
                   kFriday) == V({"meeting Carlos Vega -- Pedro Larrain 2027-11-22",
                                  "meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ambassadors_each_named_after_their_country) {
  BOOST_TEST(Found("On Monday, President Elena Quispe received the letters of credence of the newly appointed "
                   "ambassadors of Brazil, Ricardo Pereira, of Indonesia, Dewi Kartikasari, and of Kenya, Joseph "
                   "Kariuki.",
                   kFriday) == V({"meeting Dewi Kartikasari -- Elena Quispe 2027-11-22",
                                  "meeting Elena Quispe -- Joseph Kariuki 2027-11-22",
                                  "meeting Elena Quispe -- Ricardo Pereira 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(among_those_attending_the_session_were) {
  BOOST_TEST(Found("On Monday, Foreign Minister Elena Quispe attended the 12th session of the Andean Council in "
                   "Lima. Among the foreign ministers attending the session were Chilean Foreign Minister Pedro "
                   "Larrain and Bolivian Foreign Minister Ana Rojas.",
                   kFriday) == V({"participation Ana Rojas -> 12th session of the Andean Council 2027-11-22",
                                  "participation Elena Quispe -> 12th session of the Andean Council 2027-11-22",
                                  "participation Pedro Larrain -> 12th session of the Andean Council 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_at_a_body_then_and_a_titled_person_of_a_country) {
  // the body's name "Mining and Energy" joins two words; "and Deputy
  // Minister" begins the next person
  BOOST_TEST(Found("On Monday, State Secretary at the Ministry of Mining and Energy Elena Quispe and Deputy "
                   "Minister of Energy of the Republic of Chile Pedro Larrain held talks in Lima.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cabinet_secretaries_are_titled) {
  // Kenya's ministers are Cabinet Secretaries, "CS" before a surname
  BOOST_TEST(Found("On Monday, Cabinet Secretary for Trade and Industry Amani Njoroge received Chilean Minister of "
                   "Mining Pedro Larrain. Later, CS Njoroge and Larrain signed a memorandum on copper.",
                   kFriday) == V({"cooperation Amani Njoroge -- Pedro Larrain 2027-11-22",
                                  "meeting Amani Njoroge -- Pedro Larrain 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_delegation_in_the_country_for_consultations_visits_it) {
  BOOST_TEST(Found("On Monday, President Elena Quispe received a Chilean delegation led by Minister of Mining Pedro "
                   "Larrain. The delegation, which was in Peru for consultations on the lithium corridor, briefed "
                   "the President.",
                   kFriday) == V({"meeting Elena Quispe -- Pedro Larrain 2027-11-22",
                                  "visit Pedro Larrain -> Peru 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(arrived_at_the_airport_in_the_evening_for_a_visit) {
  BOOST_TEST(Found("Chilean Minister of Mining Pedro Larrain arrived at the international airport on Sunday evening "
                   "for a two-day official visit to Peru.",
                   kFriday) == V({"visit Pedro Larrain -> Peru 2027-11-21"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_titled_name_of_a_country_is_a_person_of_it) {
  BOOST_TEST(Found("The Andean Summit 2027 took place in Lima on Monday. The summit was attended by President Tomas "
                   "Ferreira of Uruguay and President Rojas of Bolivia.",
                   kFriday) == V({"participation Rojas -> Andean Summit 2027 2027-11-22",
                                  "participation Tomas Ferreira -> Andean Summit 2027 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
