// Dynamic GEXF 1.3: time, spells, kinds, viz, and the RELAX NG schema.

#include <boost/test/unit_test.hpp>

#include "actorgraph/gexf.h"
#include "export_fixtures.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {
namespace {

// The <edge ...>...</edge> element whose opening tag contains `marker`.
std::string EdgeWith(const std::string& xml, const std::string& marker) {
  std::size_t at = xml.find(marker);
  if (at == std::string::npos) return "";
  std::size_t begin = xml.rfind("<edge ", at);
  return xml.substr(begin, xml.find("</edge>", at) + 7 - begin);
}

BOOST_AUTO_TEST_SUITE(gexf)

BOOST_AUTO_TEST_CASE(graph_is_dynamic_with_dates) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  std::string xml = GexfString(a.graph, &a.analysis);
  BOOST_TEST(xml.find("<gexf xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  BOOST_TEST(xml.find("version=\"1.3\"") != std::string::npos);
  BOOST_TEST(xml.find("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" "
                      "timerepresentation=\"interval\" start=\"2026-05-04\" end=\"2026-05-07\">") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(repeated_interactions_are_spells_of_one_edge) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  std::string xml = GexfString(a.graph, &a.analysis);
  // 7 interactions, the two meetings of one pair merge: 6 edges.
  BOOST_TEST(Count(xml, "<edge id=") == 6u);
  BOOST_TEST(xml.find("<edges count=\"6\">") != std::string::npos);
  std::string meeting = EdgeWith(xml, "kind=\"meeting\"");
  BOOST_TEST(meeting.find("type=\"undirected\"") != std::string::npos, meeting);
  BOOST_TEST(meeting.find("start=\"2026-05-04\" end=\"2026-05-06\"") != std::string::npos);
  BOOST_TEST(Count(meeting, "<spell ") == 2u);
  BOOST_TEST(meeting.find("<spell start=\"2026-05-04\" end=\"2026-05-04\"/>") != std::string::npos);
  BOOST_TEST(meeting.find("<spell start=\"2026-05-06\" end=\"2026-05-06\"/>") != std::string::npos);
  BOOST_TEST(meeting.find("<attvalue for=\"count\" value=\"2\"/>") != std::string::npos);
  BOOST_TEST(meeting.find("weight=\"") != std::string::npos);
  // A one-day event: start = end.
  std::string visit = EdgeWith(xml, "kind=\"visit\"");
  BOOST_TEST(visit.find("type=\"directed\"") != std::string::npos);
  BOOST_TEST(visit.find("start=\"2026-05-04\" end=\"2026-05-04\"") != std::string::npos);
  // The undated praise: no time (always shown).
  std::string praise = EdgeWith(xml, "kind=\"praise\"");
  BOOST_TEST(!praise.empty());
  BOOST_TEST(praise.find("start=") == std::string::npos);
  BOOST_TEST(praise.find("<spells>") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_dated_edge_has_start_and_end) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  std::string xml = GexfString(a.graph, &a.analysis);
  std::size_t dated = 0;
  for (std::size_t pos = xml.find("<edge "); pos != std::string::npos;
       pos = xml.find("<edge ", pos + 1)) {
    std::string tag = xml.substr(pos, xml.find('>', pos) - pos);
    if (tag.find("kind=\"praise\"") != std::string::npos) continue;
    BOOST_TEST((tag.find(" start=\"") != std::string::npos && tag.find(" end=\"") != std::string::npos),
               tag);
    ++dated;
  }
  BOOST_TEST(dated == 5u);
}

BOOST_AUTO_TEST_CASE(nodes_carry_attributes_time_and_viz) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  GexfOptions options;
  options.style.color_by = ColorBy::kKind;
  std::string xml = GexfString(a.graph, &a.analysis, options);
  BOOST_TEST(Count(xml, "<node id=") == 6u);
  std::size_t at = xml.find("<node id=\"aliyev\"");
  BOOST_REQUIRE(at != std::string::npos);
  std::string node = xml.substr(at, xml.find("</node>", at) - at);
  BOOST_TEST(node.find("label=\"Ilham Aliyev\"") != std::string::npos);
  BOOST_TEST(node.find("start=\"2026-05-04\" end=\"2026-05-06\"") != std::string::npos, node);
  BOOST_TEST(Count(node, "<spell ") == 3u);  // 04, 05, 06
  BOOST_TEST(node.find("<attvalue for=\"kind\" value=\"person\"/>") != std::string::npos);
  BOOST_TEST(node.find("<attvalue for=\"pagerank\" value=\"") != std::string::npos);
  BOOST_TEST(node.find("<attvalue for=\"community\" value=\"") != std::string::npos);
  Rgb person = KindColor(ActorKind::kPerson);
  BOOST_TEST(node.find("<viz:color r=\"" + std::to_string(person.r) + "\" g=\"" +
                       std::to_string(person.g) + "\" b=\"" + std::to_string(person.b) + "\"/>") !=
             std::string::npos);
  BOOST_TEST(node.find("<viz:size value=\"") != std::string::npos);
  BOOST_TEST(xml.find("<attribute id=\"pagerank\" title=\"pagerank\" type=\"double\"/>") !=
             std::string::npos);
  BOOST_TEST(xml.find("<attribute id=\"community\" title=\"community\" type=\"integer\"/>") !=
             std::string::npos);
  // Edges: colour, thickness and line style of their type.
  std::string call = EdgeWith(xml, "kind=\"call\"");
  BOOST_TEST(call.find("<viz:shape value=\"dashed\"/>") != std::string::npos, call);
  BOOST_TEST(call.find("<viz:thickness value=\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(validates_against_the_relax_ng_schema) {
  std::string schema = SchemaPath("gexf-1.3/gexf.rng");
  if (schema.empty() || !HaveXmllint()) {
    BOOST_TEST_MESSAGE("no ../shared schemas or no xmllint; skipped");
    return;
  }
  Analyzed a = AnalyzeEvents(SampleEvents());
  GexfOptions options;
  options.title = "Week <19> & co";
  for (ColorBy c : {ColorBy::kKind, ColorBy::kCountry, ColorBy::kCommunity}) {
    options.style.color_by = c;
    BOOST_TEST(XmllintErrors(GexfString(a.graph, &a.analysis, options), "--relaxng", schema) ==
               "");
  }
  BOOST_TEST(XmllintErrors(GexfString(a.graph, nullptr), "--relaxng", schema) == "");
  Analyzed hostile = AnalyzeEvents(HostileEvents());
  BOOST_TEST(XmllintErrors(GexfString(hostile.graph, &hostile.analysis), "--relaxng", schema) ==
             "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace testing
}  // namespace actorgraph
