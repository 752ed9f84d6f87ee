// GraphML: what Gephi reads, schema validity, and the networkx / igraph
// round trip.

#include <boost/test/unit_test.hpp>

#include "actorgraph/graphml.h"
#include "expected_json.h"
#include "export_fixtures.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {
namespace {

BOOST_AUTO_TEST_SUITE(graphml)

BOOST_AUTO_TEST_CASE(keys_are_typed_and_scoped_for_gephi) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  std::string xml = GraphmlString(a.graph, &a.analysis);
  BOOST_TEST(xml.find("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") !=
             std::string::npos);
  BOOST_TEST(xml.find("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" "
                      "attr.type=\"double\"/>") != std::string::npos);
  for (const std::string& m : a.analysis.measures) {
    BOOST_TEST(xml.find("<key id=\"" + m + "\" for=\"node\" attr.name=\"" + m +
                        "\" attr.type=\"double\"/>") != std::string::npos,
               m);
  }
  BOOST_TEST(xml.find("<key id=\"community\" for=\"node\" attr.name=\"community\" "
                      "attr.type=\"int\"/>") != std::string::npos);
  for (const char* k : {"type", "date", "week", "place", "outlets", "evidence", "cameo", "plover"}) {
    BOOST_TEST(xml.find(std::string("<key id=\"") + k + "\" for=\"edge\" attr.name=\"" + k +
                        "\" attr.type=\"string\"/>") != std::string::npos,
               k);
  }
  for (const char* k : {"kind", "country", "role", "name_ja"}) {
    BOOST_TEST(xml.find(std::string("<key id=\"") + k + "\" for=\"node\"") != std::string::npos, k);
  }
  // Every key is scoped.
  BOOST_TEST(Count(xml, "<key ") == Count(xml, "<key id=\"title\" for=\"graph\"") +
                                        Count(xml, "for=\"node\"") + Count(xml, "for=\"edge\""));
}

BOOST_AUTO_TEST_CASE(one_edge_per_interaction_with_type_as_label) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  std::string xml = GraphmlString(a.graph, &a.analysis);
  BOOST_TEST(Count(xml, "<node id=") == 6u);
  BOOST_TEST(Count(xml, "<edge id=") == 7u);  // the two meetings stay two edges
  BOOST_TEST(Count(xml, "<graph id=\"G\" edgedefault=\"directed\">") == 1u);
  // meeting (2), call: undirected; visit, participation, criticism, praise: directed.
  BOOST_TEST(Count(xml, "directed=\"false\"") == 3u);
  BOOST_TEST(Count(xml, "directed=\"false\" label=\"meeting\">") == 2u);
  BOOST_TEST(Count(xml, "directed=\"false\" label=\"call\">") == 1u);
  BOOST_TEST(Count(xml, "source=\"meloni\" target=\"azerbaijan\" label=\"visit\">") == 1u);
  BOOST_TEST(Count(xml, "<data key=\"type\">meeting</data>") == 2u);
  BOOST_TEST(Count(xml, "<data key=\"weight\">") == 7u);
  BOOST_TEST(xml.find("<data key=\"label\">Ilham Aliyev</data>") != std::string::npos);
  BOOST_TEST(xml.find("<data key=\"outlets\">TREND; REPORT</data>") != std::string::npos);
  BOOST_TEST(xml.find("<data key=\"week\">2026-W19</data>") != std::string::npos);
  // The undated praise has no date data, but has its weight.
  std::size_t praise = xml.find("label=\"praise\">");
  BOOST_REQUIRE(praise != std::string::npos);
  std::string praise_edge = xml.substr(praise, xml.find("</edge>", praise) - praise);
  BOOST_TEST(praise_edge.find("key=\"date\"") == std::string::npos);
  BOOST_TEST(praise_edge.find("key=\"weight\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(weights_are_positive) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  std::string xml = GraphmlString(a.graph, &a.analysis);
  std::size_t pos = 0;
  int seen = 0;
  while ((pos = xml.find("<data key=\"weight\">", pos)) != std::string::npos) {
    pos += 19;
    BOOST_TEST(std::stod(xml.substr(pos)) > 0.0);
    ++seen;
  }
  BOOST_TEST(seen == 7);
}

BOOST_AUTO_TEST_CASE(node_ids_are_xml_name_tokens) {
  Events events;
  for (const char* id : {"ilham-aliyev", "a b", "x<&>\"y", "\xE3\x82\xA2", "", "a_x0020_b"}) {
    Actor actor;
    actor.id = id;
    actor.name = "n";
    events.actors.push_back(actor);
  }
  Analyzed a = AnalyzeEvents(events);
  std::string xml = GraphmlString(a.graph, nullptr);
  // Vertices are sorted by id: "", "a b", "a_x0020_b", "ilham-aliyev", "x<&>\"y", "ア".
  BOOST_TEST(Count(xml, "<node id=\"_\">") == 1u);
  BOOST_TEST(Count(xml, "<node id=\"a_x0020_b\">") == 1u);
  BOOST_TEST(Count(xml, "<node id=\"a_x0020_b_2\">") == 1u);  // the clash
  BOOST_TEST(Count(xml, "<node id=\"ilham-aliyev\">") == 1u);
  BOOST_TEST(Count(xml, "<node id=\"x_x003C__x0026__x003E__x0022_y\">") == 1u);
  BOOST_TEST(Count(xml, "<node id=\"_x30A2_\">") == 1u);
}

BOOST_AUTO_TEST_CASE(directed_only_drops_the_direction_marks) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  GraphmlOptions options;
  options.mark_undirected = false;
  std::string xml = GraphmlString(a.graph, &a.analysis, options);
  BOOST_TEST(Count(xml, "directed=") == 0u);
  BOOST_TEST(Count(xml, "<edge id=") == 7u);
}

BOOST_AUTO_TEST_CASE(validates_against_the_gephi_schema) {
  std::string schema = SchemaPath("graphml/graphml-gephi.xsd");
  if (schema.empty() || !HaveXmllint()) {
    BOOST_TEST_MESSAGE("no ../shared schemas or no xmllint; skipped");
    return;
  }
  Analyzed a = AnalyzeEvents(SampleEvents());
  GraphmlOptions options;
  options.title = "Week <19> & \"more\"";
  BOOST_TEST(XmllintErrors(GraphmlString(a.graph, &a.analysis, options), "--schema", schema) ==
             "");
  options.mark_undirected = false;
  BOOST_TEST(XmllintErrors(GraphmlString(a.graph, &a.analysis, options), "--schema", schema) ==
             "");
  // Without analysis: no measure keys, still valid.
  BOOST_TEST(XmllintErrors(GraphmlString(a.graph, nullptr), "--schema", schema) == "");
}

BOOST_AUTO_TEST_CASE(the_plain_graphml_schema_rejects_only_the_gephi_label) {
  // Shows why graphml-gephi.xsd is the schema to use: the <edge label>
  // extension is the only difference.
  std::string schema = SchemaPath("graphml/graphml.xsd");
  if (schema.empty() || !HaveXmllint()) {
    BOOST_TEST_MESSAGE("no ../shared schemas or no xmllint; skipped");
    return;
  }
  Analyzed a = AnalyzeEvents(SampleEvents());
  std::string xml = GraphmlString(a.graph, &a.analysis);
  BOOST_TEST(XmllintErrors(xml, "--schema", schema).find("attribute 'label'") !=
             std::string::npos);
}

// Writes both GraphML variants of `events` and runs roundtrip.py on them.
std::string RoundTrip(const Events& events, bool* ok) {
  Analyzed a = AnalyzeEvents(events);
  std::string mixed = TempFile("mixed.graphml", GraphmlString(a.graph, &a.analysis));
  GraphmlOptions options;
  options.mark_undirected = false;
  std::string directed = TempFile("directed.graphml", GraphmlString(a.graph, &a.analysis, options));
  return RunRoundTrip("graphml", ExpectedJson(a.graph, a.analysis, true), {mixed, directed}, ok);
}

BOOST_AUTO_TEST_CASE(networkx_and_igraph_read_back_the_same_graph) {
  if (!HaveProgram(Python())) {
    BOOST_TEST_MESSAGE("no python3; skipped");
    return;
  }
  bool ok = false;
  std::string out = RoundTrip(SampleEvents(), &ok);
  BOOST_TEST(ok, out);
  BOOST_TEST_MESSAGE(out);
  BOOST_TEST((out.find("networkx: OK 6 nodes, 7 edges") != std::string::npos ||
              out.find("networkx: SKIP") != std::string::npos),
             out);
  BOOST_TEST((out.find("igraph: OK 6 nodes, 7 edges") != std::string::npos ||
              out.find("igraph: SKIP") != std::string::npos),
             out);
}

BOOST_AUTO_TEST_CASE(hostile_text_round_trips) {
  if (!HaveProgram(Python())) {
    BOOST_TEST_MESSAGE("no python3; skipped");
    return;
  }
  bool ok = false;
  std::string out = RoundTrip(HostileEvents(), &ok);
  BOOST_TEST(ok, out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace testing
}  // namespace actorgraph
