// JSON node-link (networkx's node_link_graph reads it) and the CSV tables
// (Gephi's spreadsheet import, Python's csv module).

#include <rapidjson/document.h>

#include <boost/test/unit_test.hpp>

#include "actorgraph/csv_tables.h"
#include "actorgraph/node_link_json.h"
#include "expected_json.h"
#include "export_fixtures.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {
namespace {

BOOST_AUTO_TEST_SUITE(node_link_and_csv)

BOOST_AUTO_TEST_CASE(json_has_the_node_link_shape) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  NodeLinkOptions options;
  options.title = "Week 19";
  std::string json = NodeLinkJsonString(a.graph, &a.analysis, options);
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  BOOST_REQUIRE(!d.HasParseError());
  BOOST_TEST(d["directed"].GetBool());
  BOOST_TEST(d["multigraph"].GetBool());
  BOOST_TEST(std::string(d["graph"]["title"].GetString()) == "Week 19");
  BOOST_TEST(d["nodes"].Size() == 6u);
  BOOST_TEST(d["links"].Size() == 7u);
  const auto& first = d["nodes"][0];  // vertices are sorted by id
  BOOST_TEST(std::string(first["id"].GetString()) == "aliyev");
  BOOST_TEST(std::string(first["label"].GetString()) == "Ilham Aliyev");
  BOOST_TEST(first["pagerank"].IsDouble());
  BOOST_TEST(first["community"].IsInt());
  int undirected = 0;
  for (const auto& link : d["links"].GetArray()) {
    if (!link["directed"].GetBool()) ++undirected;
    BOOST_TEST(link["weight"].GetDouble() > 0.0);
    BOOST_TEST(link["evidence"].IsArray());
  }
  BOOST_TEST(undirected == 3);
}

BOOST_AUTO_TEST_CASE(networkx_loads_json_and_csv_reads_back) {
  if (!HaveProgram(Python())) {
    BOOST_TEST_MESSAGE("no python3; skipped");
    return;
  }
  for (const Events& events : {SampleEvents(), HostileEvents()}) {
    Analyzed a = AnalyzeEvents(events);
    std::string expected = ExpectedJson(a.graph, a.analysis);
    bool ok = false;
    std::string out = RunRoundTrip(
        "json", expected, {TempFile("graph.json", NodeLinkJsonString(a.graph, &a.analysis))}, &ok);
    BOOST_TEST(ok, out);
    BOOST_TEST((out.find("networkx: OK") != std::string::npos ||
                out.find("networkx: SKIP") != std::string::npos),
               out);
    out = RunRoundTrip("csv", expected,
                       {TempFile("nodes.csv", NodesCsvString(a.graph, &a.analysis)),
                        TempFile("edges.csv", EdgesCsvString(a.graph))},
                       &ok);
    BOOST_TEST(ok, out);
  }
}

BOOST_AUTO_TEST_CASE(csv_headers_and_quoting) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  std::string nodes = NodesCsvString(a.graph, &a.analysis);
  std::string edges = EdgesCsvString(a.graph);
  BOOST_TEST(nodes.substr(0, nodes.find("\r\n")) ==
             "Id,Label,Kind,Country,Role,NameJa,Aliases,degree,in_degree,out_degree,strength,"
             "betweenness,closeness,eigenvector,pagerank,Community");
  BOOST_TEST(edges.substr(0, edges.find("\r\n")) ==
             "Id,Source,Target,Type,Kind,Weight,Date,Week,Place,Outlets,Evidence,Cameo,Plover,"
             "Document,Item,Count");
  BOOST_TEST(Count(nodes, "\r\n") == 7u);
  BOOST_TEST(Count(edges, "\r\n") == 8u);
  BOOST_TEST(Count(edges, ",Undirected,meeting,") == 2u);
  BOOST_TEST(Count(edges, ",Directed,visit,") == 1u);
  Analyzed hostile = AnalyzeEvents(HostileEvents());
  std::string h = EdgesCsvString(hostile.graph);
  BOOST_TEST(h.find(",\"Place, \"\"quoted\"\"\n<&>\",") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace testing
}  // namespace actorgraph
