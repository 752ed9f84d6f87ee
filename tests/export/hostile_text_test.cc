// Hostile names and texts (XML and DOT metacharacters, quotes, newlines,
// control characters, invalid UTF-8, right-to-left marks, a 10,000-character
// name) in every export: XML stays well-formed and valid, DOT reads back
// with the same nodes, renderings succeed, and everything is deterministic.

#include <graphviz/cgraph.h>
#include <rapidjson/document.h>

#include <boost/test/unit_test.hpp>

#include "actorgraph/csv_tables.h"
#include "actorgraph/diagram.h"
#include "actorgraph/gexf.h"
#include "actorgraph/graphml.h"
#include "actorgraph/node_link_json.h"
#include "export_fixtures.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {
namespace {

BOOST_AUTO_TEST_SUITE(hostile_text)

BOOST_AUTO_TEST_CASE(xml_outputs_stay_well_formed_and_valid) {
  if (!HaveXmllint()) {
    BOOST_TEST_MESSAGE("no xmllint; skipped");
    return;
  }
  Analyzed a = AnalyzeEvents(HostileEvents());
  GraphmlOptions g;
  g.title = "<title> & \"\x01\"";
  std::string graphml = GraphmlString(a.graph, &a.analysis, g);
  std::string gexf = GexfString(a.graph, &a.analysis);
  BOOST_TEST(XmllintErrors(graphml) == "");
  BOOST_TEST(XmllintErrors(gexf) == "");
  std::string xsd = SchemaPath("graphml/graphml-gephi.xsd");
  std::string rng = SchemaPath("gexf-1.3/gexf.rng");
  if (!xsd.empty()) BOOST_TEST(XmllintErrors(graphml, "--schema", xsd) == "");
  if (!rng.empty()) BOOST_TEST(XmllintErrors(gexf, "--relaxng", rng) == "");
  // Nothing raw slipped through.
  BOOST_TEST(graphml.find("<script>") == std::string::npos);
  BOOST_TEST(graphml.find('\x01') == std::string::npos);
  BOOST_TEST(graphml.find('\xff') == std::string::npos);
  BOOST_TEST(graphml.find("&lt;script&gt;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_long_name_is_kept_whole_in_data_files) {
  Analyzed a = AnalyzeEvents(HostileEvents());
  std::string long_name;
  for (int i = 0; i < 2500; ++i) long_name += "\xE9\x95\xB7\xE3\x81\x84\xE5\x90\x8D\xE5\x89\x8D";
  BOOST_TEST(GraphmlString(a.graph, &a.analysis).find(long_name) != std::string::npos);
  BOOST_TEST(GexfString(a.graph, &a.analysis).find(long_name) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(dot_reads_back_with_the_same_nodes) {
  Analyzed a = AnalyzeEvents(HostileEvents());
  for (bool legend : {false, true}) {
    DiagramOptions options;
    options.legend = legend;
    options.title = "\"]; evil -> x; \\N";
    Result<std::string> dot = DiagramDot(a.graph, &a.analysis, options);
    BOOST_REQUIRE(dot.ok());
    Agraph_t* g = agmemread(dot->c_str());
    BOOST_REQUIRE_MESSAGE(g, "cgraph cannot read the DOT back");
    BOOST_TEST(agnnodes(g) == static_cast<int>(a.graph.actor_count()) + (legend ? 1 : 0));
    BOOST_TEST(agnedges(g) == 6);  // 7 interactions, two praises of one pair merged
    BOOST_TEST(std::string(agget(g, const_cast<char*>("label"))) ==
               "\"]; evil -> x; \\\\N");  // backslash escaped: no \N expansion
    agclose(g);
  }
  DiagramOptions japanese;
  japanese.language = Language::kJapanese;
  Result<std::string> dot = DiagramDot(a.graph, &a.analysis, japanese);
  Agraph_t* g = agmemread(dot->c_str());
  BOOST_REQUIRE(g);
  BOOST_TEST(agnnodes(g) == static_cast<int>(a.graph.actor_count()) + 1);
  agclose(g);
}

BOOST_AUTO_TEST_CASE(renderings_succeed_and_svg_is_well_formed) {
  Analyzed a = AnalyzeEvents(HostileEvents());
  DiagramRenderer renderer;
  for (Language lang : {Language::kEnglish, Language::kJapanese}) {
    DiagramOptions options;
    options.language = lang;
    Result<std::string> svg = renderer.Render(a.graph, &a.analysis, options, ImageFormat::kSvg);
    BOOST_REQUIRE_MESSAGE(svg.ok(), svg.status().ToString());
    if (HaveXmllint()) BOOST_TEST(XmllintErrors(*svg) == "");
    Result<std::string> png = renderer.Render(a.graph, &a.analysis, options, ImageFormat::kPng);
    BOOST_REQUIRE_MESSAGE(png.ok(), png.status().ToString());
  }
}

BOOST_AUTO_TEST_CASE(json_is_valid_utf8) {
  Analyzed a = AnalyzeEvents(HostileEvents());
  std::string json = NodeLinkJsonString(a.graph, &a.analysis);
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
  BOOST_TEST(!d.HasParseError());
  BOOST_TEST(d["nodes"].Size() == 10u);
}

BOOST_AUTO_TEST_CASE(every_export_is_deterministic) {
  Analyzed a = AnalyzeEvents(HostileEvents());
  Analyzed b = AnalyzeEvents(HostileEvents());
  BOOST_TEST(GraphmlString(a.graph, &a.analysis) == GraphmlString(b.graph, &b.analysis));
  BOOST_TEST(GexfString(a.graph, &a.analysis) == GexfString(b.graph, &b.analysis));
  BOOST_TEST(NodeLinkJsonString(a.graph, &a.analysis) == NodeLinkJsonString(b.graph, &b.analysis));
  BOOST_TEST(NodesCsvString(a.graph, &a.analysis) == NodesCsvString(b.graph, &b.analysis));
  BOOST_TEST(EdgesCsvString(a.graph) == EdgesCsvString(b.graph));
  const DiagramOptions defaults;  // named, not `{}`: GCC 12 warns falsely on the temporary
  BOOST_TEST(*DiagramDot(a.graph, &a.analysis, defaults) == *DiagramDot(b.graph, &b.analysis, defaults));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace testing
}  // namespace actorgraph
