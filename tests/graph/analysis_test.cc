// Analyze() and ComputeMeasure() on the events fixture.

#include <cmath>
#include <numeric>

#include <boost/test/unit_test.hpp>

#include "actorgraph/analysis.h"
#include "actorgraph/centrality.h"
#include "graph_fixtures.h"

namespace actorgraph {
namespace {

const ActorGraph& Fixture() { return testing::EventsFixture(); }

BOOST_AUTO_TEST_SUITE(analysis)

BOOST_AUTO_TEST_CASE(fills_every_measure_and_the_communities) {
  ActorGraph graph = Fixture();
  GraphAnalysis a = Analyze(graph);
  BOOST_CHECK(a.measures == MeasureNames());
  BOOST_REQUIRE_EQUAL(a.values.size(), 8u);
  for (const auto& values : a.values) BOOST_CHECK_EQUAL(values.size(), graph.actor_count());
  const std::vector<double>* pagerank = a.Measure("pagerank");
  BOOST_REQUIRE(pagerank);
  BOOST_CHECK_CLOSE(std::accumulate(pagerank->begin(), pagerank->end(), 0.0), 1.0, 1e-9);
  BOOST_CHECK(a.Measure("nonsense") == nullptr);
  Vertex aliyev;
  BOOST_REQUIRE(graph.FindVertex("ilham-aliyev", &aliyev));
  // Aliyev: meetings with Meloni (2) and Bayramov, a call with Erdoğan.
  BOOST_CHECK_EQUAL((*a.Measure("degree"))[aliyev], 4.0);
  BOOST_CHECK_EQUAL((*a.Measure("strength"))[aliyev], 5 + 5 + 5 + 3);
  // He is the only bridge between Meloni and the rest of the contacts.
  const std::vector<double>& betweenness = *a.Measure("betweenness");
  BOOST_CHECK_EQUAL(std::max_element(betweenness.begin(), betweenness.end()) - betweenness.begin(),
                    static_cast<long>(aliyev));
  BOOST_REQUIRE_EQUAL(a.community.size(), graph.actor_count());
  BOOST_CHECK_GT(a.modularity, 0.0);
  // Kallas and Mirzoyan only met each other: one community of two.
  Vertex kallas, mirzoyan;
  BOOST_REQUIRE(graph.FindVertex("kaja-kallas", &kallas));
  BOOST_REQUIRE(graph.FindVertex("ararat-mirzoyan", &mirzoyan));
  BOOST_CHECK_EQUAL(a.community[kallas], a.community[mirzoyan]);
  BOOST_CHECK_NE(a.community[kallas], a.community[aliyev]);
}

BOOST_AUTO_TEST_CASE(compute_measure_matches_analyze) {
  ActorGraph graph = Fixture();
  GraphAnalysis a = Analyze(graph);
  for (const std::string& name : MeasureNames()) {
    auto values = ComputeMeasure(graph, name);
    BOOST_REQUIRE(values.ok());
    BOOST_CHECK_MESSAGE(*values == *a.Measure(name), name);
  }
  auto bad = ComputeMeasure(graph, "fame");
  BOOST_REQUIRE(!bad.ok());
  BOOST_CHECK_EQUAL(bad.status().message(),
                    "unknown measure \"fame\" (known: degree, in_degree, out_degree, strength, "
                    "betweenness, closeness, eigenvector, pagerank)");
}

BOOST_AUTO_TEST_CASE(same_input_same_output) {
  GraphAnalysis a = Analyze(Fixture()), b = Analyze(Fixture());
  BOOST_CHECK(a.values == b.values);
  BOOST_CHECK(a.community == b.community);
}

BOOST_AUTO_TEST_CASE(empty_graph) {
  GraphAnalysis a = Analyze(ActorGraph::FromEvents(Events()));
  BOOST_CHECK_EQUAL(a.values.size(), 8u);
  for (const auto& values : a.values) BOOST_CHECK(values.empty());
  BOOST_CHECK(a.community.empty());
  BOOST_CHECK_EQUAL(a.modularity, 0.0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
