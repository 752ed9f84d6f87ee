// Coreference within an item and across a document: surnames, titles,
// pronouns, group phrases, counterparts, quotes, delegations, events.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Extract;
using testing::ItemDocument;
using testing::Lines;
using V = std::vector<std::string>;

BOOST_AUTO_TEST_SUITE(extractor_coref)

BOOST_AUTO_TEST_CASE(headline_roles_and_body_names) {
  // The headline names the parties by role only; the body names them.
  Document doc = ItemDocument(
      "Speaker of the Ruritanian Parliament meets OSCE Secretary General",
      {"On June 3, Speaker of the Parliament of Ruritania Elena Novak met with Feridun Sinirlioglu, Secretary "
       "General of the OSCE. Novak thanked Sinirlioglu for the support of the organization."},
      "2026-06-04");
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Elena Novak -- Feridun Sinirlioglu 2026-06-03",
                                       "praise Elena Novak -> Feridun Sinirlioglu 2026-06-03"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(pronoun_and_head_of_state) {
  Document doc = ItemDocument(
      "President of Ghana received Nigerian delegation",
      {"On June 2, President of Ghana John Mahama received a Nigerian delegation led by Foreign Minister Yusuf "
       "Tuggar. The head of state thanked Nigeria for its support. He also congratulated Tuggar on the "
       "ECOWAS trade agreement."},
      "2026-06-03");
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting John Mahama -- Yusuf Tuggar 2026-06-02",
                                       "praise John Mahama -> Nigeria 2026-06-02",
                                       "praise John Mahama -> Yusuf Tuggar 2026-06-02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_sides_are_the_headline_participants) {
  Document doc = ItemDocument(
      "Foreign Minister Tamas Kovacs holds talks with Slovak counterpart Juraj Blanar",
      {"On June 5, the sides discussed energy transit and signed a memorandum on cross-border rail."},
      "2026-06-05");
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Juraj Blanar -- Tamas Kovacs 2026-06-05",
                                       "meeting Juraj Blanar -- Tamas Kovacs 2026-06-05"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(counterpart_without_a_name_is_the_country) {
  BOOST_TEST(testing::Found("Brazilian Foreign Minister Mauro Vieira had a phone conversation with his Mexican "
                            "counterpart on June 1.",
                            "2026-06-02") == V({"call Mauro Vieira -- Mexico 2026-06-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(i_in_a_quote_is_the_speaker) {
  Document doc = ItemDocument(
      "Norwegian Prime Minister on his talks",
      {"\"Today I met Swedish Prime Minister Ulf Kristersson and thanked him for Sweden's support,\" Norwegian "
       "Prime Minister Jonas Gahr Store said on June 8."},
      "2026-06-08");
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Jonas Gahr Store -- Ulf Kristersson 2026-06-08",
                                       "praise Jonas Gahr Store -> Ulf Kristersson 2026-06-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_post_belongs_to_its_poster) {
  Document doc = ItemDocument(
      "Foreign ministers of Finland and Estonia held a phone call",
      {"On June 9, Finnish Foreign Minister Elina Valtonen had a telephone conversation with Estonian Foreign "
       "Minister Margus Tsahkna.",
       "Valtonen's X post: \"Finland is grateful to Estonia for its help with the border.\""},
      "2026-06-09");
  BOOST_TEST(Lines(Extract(doc)) == V({"call Elina Valtonen -- Margus Tsahkna 2026-06-09",
                                       "praise Finland -> Estonia 2026-06-09"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_summit_is_the_items_event) {
  Document doc = ItemDocument(
      "Leaders attend the 4th Baltic Sea Summit in Gdansk",
      {"On June 6, Polish President Karol Nawrocki and Danish Prime Minister Mette Frederiksen attended the 4th "
       "Baltic Sea Summit. Speaking at the summit, Latvian President Edgars Rinkevics called for more "
       "cooperation."},
      "2026-06-07");
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Edgars Rinkevics -> 4th Baltic Sea Summit 2026-06-06",
                                       "participation Karol Nawrocki -> 4th Baltic Sea Summit 2026-06-06",
                                       "participation Mette Frederiksen -> 4th Baltic Sea Summit 2026-06-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(one_id_across_the_document) {
  Document doc = ItemDocument("Talks in Bern", {"On June 1, Swiss Foreign Minister Ignazio Cassis met Italian "
                                                "Foreign Minister Antonio Tajani."},
                              "2026-06-01");
  Document second = ItemDocument("Cassis in Vienna", {"On June 3, Cassis met Austrian Foreign Minister Beate "
                                                       "Meinl-Reisinger."},
                                 "2026-06-03");
  second.items[0].index = 2;
  doc.items.push_back(second.items[0]);
  Events e = Extract(doc);
  BOOST_TEST(Lines(e) == V({"meeting Antonio Tajani -- Ignazio Cassis 2026-06-01",
                            "meeting Beate Meinl-Reisinger -- Ignazio Cassis 2026-06-03"}),
             boost::test_tools::per_element());
  int cassis = 0;
  for (const Actor& a : e.actors)
    if (a.name == "Ignazio Cassis") {
      ++cassis;
      BOOST_TEST(a.id == "ignazio-cassis");
    }
  BOOST_TEST(cassis == 1);
}

BOOST_AUTO_TEST_CASE(said_twice_is_one_interaction_with_two_evidences) {
  Document doc = ItemDocument("Croatian Prime Minister received Slovenian Prime Minister",
                              {"On June 4, Croatian Prime Minister Andrej Plenkovic received Slovenian Prime Minister "
                               "Robert Golob in Zagreb."},
                              "2026-06-04");
  Events e = Extract(doc);
  BOOST_TEST_REQUIRE(e.interactions.size() == 1u);
  const Interaction& i = e.interactions[0];
  BOOST_TEST(i.evidence.size() == 2u);
  BOOST_TEST(i.evidence[0].rule == "meeting.received");
  BOOST_TEST(i.evidence[1].line == 3);
  BOOST_TEST(i.item == 1);
  BOOST_TEST(i.outlets == V({"TEST"}), boost::test_tools::per_element());
  BOOST_TEST(i.cameo == "043");
  BOOST_TEST(i.plover == "CONSULT");
  BOOST_TEST(i.date == "2026-06-04");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
