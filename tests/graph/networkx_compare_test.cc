// Every measure against networkx on the graphs tests/graph/
// networkx_reference.py wrote (Zachary's karate club, the Florentine
// families, the Krackhardt kite, a directed multigraph with dangling
// vertices) and the values it printed into networkx_reference.json.

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include <boost/test/unit_test.hpp>
#include <rapidjson/document.h>

#include "actorgraph/centrality.h"
#include "actorgraph/communities.h"
#include "graph_fixtures.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::Edges;

using testing::NamedEdgeList;

constexpr double kTolerance = 1e-6;

struct Reference {
  rapidjson::Document doc;
  Reference() {
    std::string text =
        testing::ReadFileOrDie(testing::SourceDir() + "/tests/graph/networkx_reference.json");
    doc.Parse(text.c_str());
    if (doc.HasParseError()) throw std::runtime_error("networkx_reference.json does not parse");
  }
};

const Reference& Ref() {
  static const Reference ref;
  return ref;
}

std::vector<double> Numbers(const rapidjson::Value& array) {
  std::vector<double> out;
  for (const auto& v : array.GetArray()) out.push_back(v.GetDouble());
  return out;
}

NamedEdgeList Load(const std::string& graph) {
  const rapidjson::Value& g = Ref().doc["graphs"][graph.c_str()];
  NamedEdgeList list =
      testing::ParseEdgeListFile(testing::SourceDir() + "/tests/graph/" + g["file"].GetString());
  BOOST_REQUIRE_EQUAL(list.names.size(), g["vertices"].Size());
  for (std::size_t i = 0; i < list.names.size(); ++i) {
    BOOST_REQUIRE_EQUAL(list.names[i],
                        g["vertices"][static_cast<rapidjson::SizeType>(i)].GetString());
  }
  return list;
}

// Our value of each reference measure.
std::map<std::string, std::vector<double>> Ours(const WeightedEdgeList& edges) {
  WeightedDigraph digraph = WeightedDigraph::FromEdges(edges);
  std::map<std::string, std::vector<double>> out;
  auto keep = [&out](const std::string& name, Centrality&& c) {
    c.run();
    out[name] = c.scores();
  };
  keep("degree", DegreeCentrality(edges, {DegreeMode::kTotal, false}));
  keep("in_degree", DegreeCentrality(edges, {DegreeMode::kIn, false}));
  keep("out_degree", DegreeCentrality(edges, {DegreeMode::kOut, false}));
  keep("strength", DegreeCentrality(edges, {DegreeMode::kTotal, true}));
  BetweennessOptions b;
  keep("betweenness", Betweenness(digraph, b));
  b.weighted = false;
  keep("betweenness_unweighted", Betweenness(digraph, b));
  ClosenessOptions c;
  keep("closeness", HarmonicCloseness(digraph, c));
  c.weighted = true;
  keep("closeness_weighted", HarmonicCloseness(digraph, c));
  EigenvectorCentrality eigen(digraph);
  eigen.run();
  BOOST_CHECK(eigen.converged());
  out["eigenvector"] = eigen.scores();
  PageRank pagerank(digraph);
  pagerank.run();
  BOOST_CHECK(pagerank.converged());
  out["pagerank"] = pagerank.scores();
  return out;
}

double& MaxDeviation() {
  static double max = 0.0;
  return max;
}

void CompareMeasures(const std::string& graph) {
  NamedEdgeList list = Load(graph);
  std::map<std::string, std::vector<double>> ours = Ours(list.list);
  const rapidjson::Value& measures = Ref().doc["graphs"][graph.c_str()]["measures"];
  BOOST_CHECK_EQUAL(measures.MemberCount(), ours.size());
  for (const auto& m : measures.GetObject()) {
    const std::string name = m.name.GetString();
    BOOST_TEST_CONTEXT(graph << " " << name) {
      std::vector<double> expected = Numbers(m.value);
      BOOST_REQUIRE(ours.count(name));
      const std::vector<double>& got = ours[name];
      BOOST_REQUIRE_EQUAL(got.size(), expected.size());
      double worst = 0.0;
      for (std::size_t v = 0; v < got.size(); ++v) {
        BOOST_TEST_CONTEXT("vertex " << list.names[v]) {
          BOOST_CHECK_SMALL(got[v] - expected[v], kTolerance);
        }
        worst = std::max(worst, std::fabs(got[v] - expected[v]));
      }
      MaxDeviation() = std::max(MaxDeviation(), worst);
      BOOST_TEST_MESSAGE(graph << " " << name << ": max deviation from networkx " << worst);
    }
  }
}

void CompareCommunities(const std::string& graph) {
  NamedEdgeList list = Load(graph);
  WeightedGraph undirected = WeightedGraph::FromEdges(list.list);
  double networkx_louvain = 0.0;
  for (const auto& p : Ref().doc["graphs"][graph.c_str()]["partitions"].GetArray()) {
    std::vector<int> labels;
    for (const auto& l : p["labels"].GetArray()) labels.push_back(l.GetInt());
    const std::string name = p["name"].GetString();
    BOOST_TEST_CONTEXT(graph << " partition " << name) {
      BOOST_CHECK_SMALL(Modularity(undirected, labels) - p["modularity"].GetDouble(), 1e-9);
    }
    if (name == "networkx_louvain_seed42") networkx_louvain = p["modularity"].GetDouble();
  }
  Louvain louvain(undirected);
  louvain.run();
  BOOST_TEST_MESSAGE(graph << ": Louvain modularity " << louvain.modularity() << " in "
                           << louvain.community_count() << " communities; networkx "
                           << networkx_louvain);
  BOOST_CHECK_GE(louvain.modularity(), networkx_louvain - 0.02);
  BOOST_CHECK_SMALL(louvain.modularity() - Modularity(undirected, louvain.communities()), 1e-12);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(networkx_compare)

BOOST_AUTO_TEST_CASE(karate_measures) { CompareMeasures("karate"); }
BOOST_AUTO_TEST_CASE(florentine_measures) { CompareMeasures("florentine"); }
BOOST_AUTO_TEST_CASE(kite_measures) { CompareMeasures("kite"); }
BOOST_AUTO_TEST_CASE(directed_multigraph_measures) { CompareMeasures("directed"); }

BOOST_AUTO_TEST_CASE(karate_communities) { CompareCommunities("karate"); }
BOOST_AUTO_TEST_CASE(florentine_communities) { CompareCommunities("florentine"); }
BOOST_AUTO_TEST_CASE(kite_communities) { CompareCommunities("kite"); }
BOOST_AUTO_TEST_CASE(directed_communities) { CompareCommunities("directed"); }

BOOST_AUTO_TEST_CASE(every_graph_is_compared) {
  BOOST_CHECK_EQUAL(Ref().doc["graphs"].MemberCount(), 4u);
  BOOST_TEST_MESSAGE(
      "largest deviation from networkx over the measures run so far: " << MaxDeviation());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace actorgraph
