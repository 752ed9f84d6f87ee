// The extractor on delegations and their leaders, lists of those
// sanctioned, and "he and X" opening a clause, found in the fourteenth
// session of 2026-12-02 (misses of sets 73, 104-106, 110 and 114 read across
// the opened sets). Sentences are our own; the dictionary has no persons.
// Reference date: Tuesday 2027-12-07.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Found;
using V = std::vector<std::string>;
const char* kTuesday = "2027-12-07";

BOOST_AUTO_TEST_SUITE(extractor_delegation_leaders)

BOOST_AUTO_TEST_CASE(a_body_s_delegation_led_by_its_officer_in_commas_is_its_leader) {
  // no comma before "led"; "Conference" in the body's name, read as a
  // gathering until the leader is found
  BOOST_TEST(Found("President Lazarus Chakwera on Monday received a delegation of the Episcopal Conference of "
                   "Malawi led by its chairperson, Grace Mbewe, at Kamuzu Palace.",
                   kTuesday) == V({"meeting Grace Mbewe -- Lazarus Chakwera 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_country_s_delegation_led_by_its_head_in_commas_is_its_head) {
  BOOST_TEST(Found("Foreign Minister Nancy Tembo received a Zambian delegation led by its head, Peter Mwanza, in "
                   "Lilongwe on Monday.",
                   kTuesday) == V({"meeting Nancy Tembo -- Peter Mwanza 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_delegation_named_after_a_known_body_is_that_body) {
  BOOST_TEST(Found("Finance Minister Simplex Chithyola met a World Bank delegation on Monday to review the budget "
                   "support programme.",
                   kTuesday) == V({"meeting Simplex Chithyola -- World Bank 2027-12-06"}),
             boost::test_tools::per_element());
  // ... unless its leader is named
  BOOST_TEST(Found("Vice-President Michael Usi received an African Development Bank delegation led by its "
                   "vice-president, Kevin Kariuki, on Monday.",
                   kTuesday) == V({"meeting Kevin Kariuki -- Michael Usi 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_body_s_delegation_with_its_leader_after_a_comma_is_unchanged) {
  // the form read before: "A delegation of the X, led by Y," as the subject
  BOOST_TEST(Found("A delegation of the Malawi Law Society, led by Chimwemwe Banda, met Chief Justice Rizine "
                   "Mzikamanda on Monday.",
                   kTuesday) == V({"meeting Chimwemwe Banda -- Rizine Mzikamanda 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_member_described_by_a_participle_does_not_end_the_list) {
  // "Lda" (Portuguese "limitada") closes a company's name like "Ltd"
  BOOST_TEST(Found("Canada imposed sanctions on Monday on Peter Banda, described as a financier of the militia, John "
                   "Phiri, and Ruvuma Trading Lda.",
                   kTuesday) == V({"sanction Canada -> John Phiri 2027-12-06", "sanction Canada -> Peter Banda 2027-12-06",
                                   "sanction Canada -> Ruvuma Trading Lda 2027-12-06"}),
             boost::test_tools::per_element());
  // (and with "and" after the description)
  BOOST_TEST(Found("Canada imposed sanctions on Monday on Peter Banda, described as a financier of the militia, and "
                   "John Phiri.",
                   kTuesday) == V({"sanction Canada -> John Phiri 2027-12-06", "sanction Canada -> Peter Banda 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_country_s_people_counted_then_including_the_named_one) {
  // officials stand for their state too (state_people) ...
  BOOST_TEST(Found("The European Union on Monday imposed sanctions on seven Belarusian officials, including Deputy "
                   "Interior Minister Pavel Kovalenko.",
                   kTuesday) == V({"sanction European Union -> Belarus 2027-12-06",
                                   "sanction European Union -> Pavel Kovalenko 2027-12-06"}),
             boost::test_tools::per_element());
  // ... gang leaders do not
  BOOST_TEST(Found("The Council of the European Union on Monday imposed asset freezes on four Haitian gang leaders, "
                   "among them Jean Pierre Louis.",
                   kTuesday) == V({"sanction Council of the European Union -> Jean Pierre Louis 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(he_and_a_named_partner_open_a_clause_of_their_own_with_its_day) {
  // after ", and" the pronoun is no list's member; the verb coordinated
  // after "held talks" takes the new clause's day, not Monday
  BOOST_TEST(Found("President Kofi Mensah arrived in Lusaka on Monday, and on Tuesday he and President Hakainde "
                   "Hichilema held talks and signed an agreement on power trade.",
                   kTuesday) == V({"cooperation Hakainde Hichilema -- Kofi Mensah 2027-12-07",
                                   "meeting Hakainde Hichilema -- Kofi Mensah 2027-12-07",
                                   "visit Kofi Mensah -> Zambia 2027-12-06"}),
             boost::test_tools::per_element());
  // (and "he" alone after the day)
  BOOST_TEST(Found("President Kofi Mensah arrived in Lusaka on Monday, and on Tuesday he held talks with President "
                   "Hakainde Hichilema.",
                   kTuesday) == V({"meeting Hakainde Hichilema -- Kofi Mensah 2027-12-07",
                                   "visit Kofi Mensah -> Zambia 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
