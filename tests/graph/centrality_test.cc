// Each measure on tiny graphs with values computed by hand; and Brandes
// against boost::brandes_betweenness_centrality on random graphs.

#include "actorgraph/centrality.h"

#include <cmath>
#include <map>
#include <numeric>
#include <random>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/test/unit_test.hpp>

#include "graph_fixtures.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::Edges;

template <typename Measure, typename G, typename O>
std::vector<double> Run(const G& graph, O options) {
  Measure m(graph, options);
  m.run();
  return m.scores();
}

void CheckClose(const std::vector<double>& got, const std::vector<double>& expected,
                double tolerance = 1e-12) {
  BOOST_REQUIRE_EQUAL(got.size(), expected.size());
  for (std::size_t v = 0; v < got.size(); ++v) {
    BOOST_TEST_CONTEXT("vertex " << v) { BOOST_CHECK_SMALL(got[v] - expected[v], tolerance); }
  }
}

// A mixed multigraph (a = 0, b = 1, c = 2):
//
//   a ===== b        a - b   meeting, undirected, weight 5
//   |^      |        a -> c  praise, weight 1, twice (parallel)
//   v|      v        c -> a  criticism, weight 1
//   c <-----+        b -> c  visit, weight 4
//                    b -> b  a self-loop, weight 2 (ignored)
const WeightedEdgeList& Mixed() {
  static const WeightedEdgeList list = Edges(3, {{0, 1, 5, true},
                                                 {0, 2, 1, false},
                                                 {0, 2, 1, false},
                                                 {2, 0, 1, false},
                                                 {1, 2, 4, false},
                                                 {1, 1, 2, false}});
  return list;
}

// The square
//
//   a --1-- b        weights on the edges; length = 1/weight:
//   |       |        a-b 1, b-c 1, c-d 1, d-a 0.25
//   4       1
//   |       |
//   d --1-- c
const WeightedEdgeList& Square() {
  static const WeightedEdgeList list =
      Edges(4, {{0, 1, 1, true}, {1, 2, 1, true}, {2, 3, 1, true}, {3, 0, 4, true}});
  return list;
}

BOOST_AUTO_TEST_SUITE(degree)

BOOST_AUTO_TEST_CASE(counts_interactions_undirected_ones_at_both_ends) {
  // in:  a = a-b + c->a = 2;  b = a-b = 1;  c = a->c twice + b->c = 3
  // out: a = a-b + a->c twice = 3;  b = a-b + b->c = 2;  c = c->a = 1
  // total: every edge at the vertex once: a 4, b 2, c 4
  CheckClose(Run<DegreeCentrality>(Mixed(), DegreeOptions{DegreeMode::kIn, false}), {2, 1, 3});
  CheckClose(Run<DegreeCentrality>(Mixed(), DegreeOptions{DegreeMode::kOut, false}), {3, 2, 1});
  CheckClose(Run<DegreeCentrality>(Mixed(), DegreeOptions{DegreeMode::kTotal, false}), {4, 2, 4});
}

BOOST_AUTO_TEST_CASE(strength_sums_weights) {
  // total: a = 5 + 1 + 1 + 1 = 8;  b = 5 + 4 = 9;  c = 1 + 1 + 1 + 4 = 7
  // in:    a = 5 + 1 = 6;  b = 5;  c = 1 + 1 + 4 = 6
  CheckClose(Run<DegreeCentrality>(Mixed(), DegreeOptions{DegreeMode::kTotal, true}), {8, 9, 7});
  CheckClose(Run<DegreeCentrality>(Mixed(), DegreeOptions{DegreeMode::kIn, true}), {6, 5, 6});
}

BOOST_AUTO_TEST_CASE(ranking_orders_by_score_then_vertex) {
  DegreeCentrality d(Mixed());
  d.run();
  auto ranking = d.ranking();
  BOOST_REQUIRE_EQUAL(ranking.size(), 3u);
  BOOST_CHECK_EQUAL(ranking[0].first, 0u);  // a: 4, before c: 4 (tie, lower index)
  BOOST_CHECK_EQUAL(ranking[1].first, 2u);
  BOOST_CHECK_EQUAL(ranking[2].first, 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(compact_graph)

BOOST_AUTO_TEST_CASE(digraph_merges_parallel_arcs_and_drops_loops) {
  // Arcs of Mixed(): a->b 5, b->a 5, a->c 1+1 = 2, c->a 1, b->c 4.
  WeightedDigraph g = WeightedDigraph::FromEdges(Mixed());
  BOOST_CHECK_EQUAL(g.vertex_count(), 3u);
  BOOST_CHECK_EQUAL(g.arc_count(), 5u);
  ArcSpan a = g.out_arcs(0);
  BOOST_REQUIRE_EQUAL(a.size, 2u);
  BOOST_CHECK_EQUAL(a.neighbours[0], 1u);
  BOOST_CHECK_EQUAL(a.weights[0], 5.0);
  BOOST_CHECK_EQUAL(a.neighbours[1], 2u);
  BOOST_CHECK_EQUAL(a.weights[1], 2.0);
  ArcSpan into_c = g.in_arcs(2);
  BOOST_REQUIRE_EQUAL(into_c.size, 2u);
  BOOST_CHECK_EQUAL(into_c.neighbours[0], 0u);
  BOOST_CHECK_EQUAL(into_c.weights[0], 2.0);
  BOOST_CHECK_EQUAL(into_c.neighbours[1], 1u);
  BOOST_CHECK_EQUAL(into_c.weights[1], 4.0);
  BOOST_CHECK_EQUAL(g.out_weight(1), 9.0);  // b->a 5 + b->c 4
  BOOST_CHECK_EQUAL(g.out_weight(2), 1.0);
}

// Rows of every vertex against std::map sums, on random mixed edge lists
// with loops and many parallel edges: hubs with rows of hundreds of arcs
// (merge sort) and rows of a few (insertion sort). Integer weights, so the
// sums are exact in any order.
void CompareRowsWithMaps(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  const std::size_t n = 300;
  WeightedEdgeList list;
  list.vertex_count = n;
  for (int i = 0; i < 6000; ++i) {
    // Squaring a uniform draw piles the endpoints on the first vertices.
    auto skewed = [&] {
      const double u = static_cast<double>(rng() % 1000000) / 1e6;
      return static_cast<VertexIndex>(static_cast<double>(n) * u * u);
    };
    list.edges.push_back({skewed(), skewed(), static_cast<double>(1 + rng() % 4), rng() % 2 == 0});
  }
  std::map<std::pair<VertexIndex, VertexIndex>, double> arcs, edges;
  for (const WeightedEdge& e : list.edges) {
    if (e.source == e.target) continue;
    arcs[{e.source, e.target}] += e.weight;
    if (e.undirected) arcs[{e.target, e.source}] += e.weight;
    edges[{e.source, e.target}] += e.weight;
    edges[{e.target, e.source}] += e.weight;
  }
  CompactGraphs both = CompactGraphs::FromEdges(list);
  auto rows_of = [n](auto span_of) {
    std::map<std::pair<VertexIndex, VertexIndex>, double> rows;
    for (VertexIndex v = 0; v < n; ++v) {
      ArcSpan s = span_of(v);
      for (std::size_t i = 0; i < s.size; ++i) {
        if (i > 0) BOOST_REQUIRE(s.neighbours[i - 1] < s.neighbours[i]);  // sorted, merged
        rows[{v, s.neighbours[i]}] = s.weights[i];
      }
    }
    return rows;
  };
  BOOST_CHECK(rows_of([&](VertexIndex v) { return both.directed.out_arcs(v); }) == arcs);
  std::map<std::pair<VertexIndex, VertexIndex>, double> reversed;
  for (const auto& [arc, weight] : arcs) reversed[{arc.second, arc.first}] = weight;
  BOOST_CHECK(rows_of([&](VertexIndex v) { return both.directed.in_arcs(v); }) == reversed);
  BOOST_CHECK(rows_of([&](VertexIndex v) { return both.undirected.neighbours(v); }) == edges);
  BOOST_CHECK_GT(both.directed.out_arcs(0).size, 100u);  // the merge-sort path ran
}

BOOST_AUTO_TEST_CASE(rows_match_map_sums_on_random_multigraphs) {
  for (std::uint64_t seed : {1, 2, 3}) CompareRowsWithMaps(seed);
}

BOOST_AUTO_TEST_CASE(undirected_projection_sums_both_directions) {
  // {a,b} 5; {a,c} 1 + 1 + 1 = 3; {b,c} 4. m = 12.
  WeightedGraph g = WeightedGraph::FromEdges(Mixed());
  BOOST_CHECK_EQUAL(g.edge_count(), 3u);
  BOOST_CHECK_EQUAL(g.total_weight(), 12.0);
  BOOST_CHECK_EQUAL(g.strength(0), 8.0);
  BOOST_CHECK_EQUAL(g.strength(1), 9.0);
  BOOST_CHECK_EQUAL(g.strength(2), 7.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(betweenness)

BOOST_AUTO_TEST_CASE(path_middle_vertex) {
  // a - b - c: b is on a..c both ways: 2 ordered pairs / ((n-1)(n-2) = 2) = 1.
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(3, {{0, 1, 1, true}, {1, 2, 1, true}}));
  CheckClose(Run<Betweenness>(g, BetweennessOptions{}), {0, 1, 0});
  BetweennessOptions raw;
  raw.normalized = false;
  CheckClose(Run<Betweenness>(g, raw), {0, 2, 0});
}

BOOST_AUTO_TEST_CASE(directed_path_counts_one_direction) {
  // a -> b -> c: only a->c passes b: 1 / 2.
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(3, {{0, 1, 1, false}, {1, 2, 1, false}}));
  CheckClose(Run<Betweenness>(g, BetweennessOptions{}), {0, 0.5, 0});
}

BOOST_AUTO_TEST_CASE(weighted_square_takes_the_strong_tie) {
  // a..c: a-d-c 1.25 < a-b-c 2, through d.  b..d: b-a-d 1.25 < b-c-d 2,
  // through a. Every other pair is adjacent. a and d: 2 ordered pairs each,
  // / (3 * 2) = 1/3.
  WeightedDigraph g = WeightedDigraph::FromEdges(Square());
  CheckClose(Run<Betweenness>(g, BetweennessOptions{}), {1.0 / 3, 0, 0, 1.0 / 3});
}

BOOST_AUTO_TEST_CASE(unweighted_square_splits_between_two_paths) {
  // Each opposite pair has two shortest paths: each vertex gets 1/2 per
  // ordered pair of its opposite pair: 2 * 1/2 = 1, / 6.
  WeightedDigraph g = WeightedDigraph::FromEdges(Square());
  BetweennessOptions o;
  o.weighted = false;
  CheckClose(Run<Betweenness>(g, o), {1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6});
}

BOOST_AUTO_TEST_CASE(sampling_all_sources_is_exact) {
  WeightedDigraph g = WeightedDigraph::FromEdges(Square());
  BetweennessOptions o;
  o.samples = 4;
  CheckClose(Run<Betweenness>(g, o), {1.0 / 3, 0, 0, 1.0 / 3});
}

BOOST_AUTO_TEST_CASE(sampling_on_a_cycle_keeps_the_total) {
  // On a cycle every source adds the same total dependency, so k sampled
  // sources scaled by n/k give the exact total.
  std::vector<WeightedEdge> cycle;
  for (VertexIndex v = 0; v < 9; ++v) cycle.push_back({v, (v + 1) % 9, 1, true});
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(9, cycle));
  std::vector<double> exact = Run<Betweenness>(g, BetweennessOptions{});
  BetweennessOptions o;
  o.samples = 3;
  o.seed = 7;
  std::vector<double> sampled = Run<Betweenness>(g, o);
  BOOST_CHECK_CLOSE(std::accumulate(sampled.begin(), sampled.end(), 0.0),
                    std::accumulate(exact.begin(), exact.end(), 0.0), 1e-9);
  BOOST_CHECK(sampled != exact);                   // only 3 sources: not every vertex alike
  BOOST_CHECK(Run<Betweenness>(g, o) == sampled);  // same seed, same result
}

BOOST_AUTO_TEST_CASE(same_bits_for_any_thread_count) {
  testing::NamedEdgeList karate =
      testing::ParseEdgeListFile(testing::SourceDir() + "/tests/graph/data/karate.txt");
  WeightedDigraph g = WeightedDigraph::FromEdges(karate.list);
  BetweennessOptions one, two, five;
  one.threads = 1;
  two.threads = 2;
  five.threads = 5;
  std::vector<double> a = Run<Betweenness>(g, one);
  BOOST_CHECK(a == Run<Betweenness>(g, two));
  BOOST_CHECK(a == Run<Betweenness>(g, five));
}

// Boost's Brandes as an oracle on random directed and mixed graphs. The
// weights are powers of two so the lengths 1/w add up exactly in any order.
void CompareWithBoost(bool weighted, std::uint64_t seed) {
  using BoostGraph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                            boost::property<boost::edge_weight_t, double>>;
  std::mt19937_64 rng(seed);
  const std::size_t n = 60;
  WeightedEdgeList list;
  list.vertex_count = n;
  for (int i = 0; i < 150; ++i) {
    list.edges.push_back({static_cast<VertexIndex>(rng() % n), static_cast<VertexIndex>(rng() % n),
                          static_cast<double>(1u << (rng() % 3)), rng() % 2 == 0});
  }
  WeightedDigraph g = WeightedDigraph::FromEdges(list);
  BoostGraph bg(n);
  for (VertexIndex v = 0; v < n; ++v) {
    ArcSpan out = g.out_arcs(v);
    for (std::size_t i = 0; i < out.size; ++i) {
      boost::add_edge(v, out.neighbours[i], weighted ? 1.0 / out.weights[i] : 1.0, bg);
    }
  }
  std::vector<double> expected(n, 0.0);
  boost::brandes_betweenness_centrality(
      bg, boost::centrality_map(boost::make_iterator_property_map(
                                    expected.begin(), boost::get(boost::vertex_index, bg)))
              .weight_map(boost::get(boost::edge_weight, bg)));
  BetweennessOptions o;
  o.weighted = weighted;
  o.normalized = false;
  CheckClose(Run<Betweenness>(g, o), expected, 1e-9);
}

BOOST_AUTO_TEST_CASE(matches_boost_brandes_weighted) {
  CompareWithBoost(true, 1);
  CompareWithBoost(true, 2);
}

BOOST_AUTO_TEST_CASE(matches_boost_brandes_unweighted) {
  CompareWithBoost(false, 3);
  CompareWithBoost(false, 4);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(harmonic_closeness)

BOOST_AUTO_TEST_CASE(undirected_path) {
  // a - b - c: H(a) = 1 + 1/2 = 1.5, H(b) = 1 + 1 = 2; / (n-1) = 2.
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(3, {{0, 1, 1, true}, {1, 2, 1, true}}));
  CheckClose(Run<HarmonicCloseness>(g, ClosenessOptions{}), {0.75, 1.0, 0.75});
}

BOOST_AUTO_TEST_CASE(directed_path_counts_who_reaches_the_vertex) {
  // a -> b -> c: nobody reaches a; a reaches b in 1; b reaches c in 1, a in 2.
  // H = 0, 1, 1.5; / 2.
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(3, {{0, 1, 1, false}, {1, 2, 1, false}}));
  CheckClose(Run<HarmonicCloseness>(g, ClosenessOptions{}), {0, 0.5, 0.75});
}

BOOST_AUTO_TEST_CASE(weighted_uses_one_over_weight) {
  // a -(weight 2)- b and c alone: d(a,b) = 0.5, so H(a) = H(b) = 2, / 2 = 1;
  // c is reached by nobody: 0.
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(3, {{0, 1, 2, true}}));
  ClosenessOptions o;
  o.weighted = true;
  CheckClose(Run<HarmonicCloseness>(g, o), {1.0, 1.0, 0.0});
  CheckClose(Run<HarmonicCloseness>(g, ClosenessOptions{}), {0.5, 0.5, 0.0});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(eigenvector)

BOOST_AUTO_TEST_CASE(star) {
  //     b
  //     |        The Perron vector of a star with 3 leaves: centre sqrt(3)
  // c - a - d    times a leaf; norm 1: centre 1/sqrt(2), leaves 1/sqrt(6).
  WeightedDigraph g =
      WeightedDigraph::FromEdges(Edges(4, {{0, 1, 1, true}, {0, 2, 1, true}, {0, 3, 1, true}}));
  EigenvectorOptions o;
  o.tolerance = 1e-14;
  o.max_iterations = 10000;
  EigenvectorCentrality e(g, o);
  e.run();
  BOOST_CHECK(e.converged());
  const double leaf = 1 / std::sqrt(6.0);
  CheckClose(e.scores(), {1 / std::sqrt(2.0), leaf, leaf, leaf}, 1e-9);
}

BOOST_AUTO_TEST_CASE(weights_scale_the_ties) {
  // a =(3)= b: symmetric, so a and b are equal, 1/sqrt(2); the isolated c
  // decays to 0.
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(3, {{0, 1, 3, true}}));
  EigenvectorOptions o;
  o.tolerance = 1e-14;
  o.max_iterations = 10000;
  CheckClose(Run<EigenvectorCentrality>(g, o), {1 / std::sqrt(2.0), 1 / std::sqrt(2.0), 0}, 1e-9);
}

BOOST_AUTO_TEST_CASE(no_edges_gives_uniform) {
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(4, {}));
  EigenvectorCentrality e(g);
  e.run();
  BOOST_CHECK(e.converged());
  CheckClose(e.scores(), {0.5, 0.5, 0.5, 0.5});
}

BOOST_AUTO_TEST_CASE(reports_non_convergence) {
  WeightedDigraph g = WeightedDigraph::FromEdges(Square());
  EigenvectorOptions o;
  o.max_iterations = 1;
  o.tolerance = 1e-15;
  EigenvectorCentrality e(g, o);
  e.run();
  BOOST_CHECK(!e.converged());
  BOOST_CHECK_EQUAL(e.iterations(), 1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pagerank)

BOOST_AUTO_TEST_CASE(dangling_vertex_spreads_uniformly) {
  // a -> b, b dangling, damping 0.85:
  //   x_a = 0.075 + 0.85 * x_b / 2
  //   x_b = 0.075 + 0.85 * x_a + 0.85 * x_b / 2,  x_a + x_b = 1
  //   => 1.425 x_a = 0.5: x_a = 0.5 / 1.425, x_b = 1 - x_a.
  PageRankOptions o;
  o.tolerance = 1e-15;
  o.max_iterations = 1000;
  WeightedDigraph g = WeightedDigraph::FromEdges(Edges(2, {{0, 1, 1, false}}));
  PageRank p(g, o);
  p.run();
  BOOST_CHECK(p.converged());
  CheckClose(p.scores(), {0.5 / 1.425, 1 - 0.5 / 1.425}, 1e-12);
}

BOOST_AUTO_TEST_CASE(weights_split_the_walk) {
  // a -> b (3), a -> c (1), b -> a, c -> a (1 each):
  //   x_a = 0.05 + 0.85 (x_b + x_c) = 0.05 + 0.85 (1 - x_a) => x_a = 0.9 / 1.85
  //   x_b = 0.05 + 0.85 * 3/4 * x_a,  x_c = 0.05 + 0.85 * 1/4 * x_a
  const double a = 0.9 / 1.85;
  PageRankOptions o;
  o.tolerance = 1e-15;
  o.max_iterations = 1000;
  WeightedDigraph g = WeightedDigraph::FromEdges(
      Edges(3, {{0, 1, 3, false}, {0, 2, 1, false}, {1, 0, 1, false}, {2, 0, 1, false}}));
  PageRank p(g, o);
  p.run();
  CheckClose(p.scores(), {a, 0.05 + 0.6375 * a, 0.05 + 0.2125 * a}, 1e-12);
  BOOST_CHECK_CLOSE(std::accumulate(p.scores().begin(), p.scores().end(), 0.0), 1.0, 1e-10);
}

BOOST_AUTO_TEST_CASE(undirected_cycle_is_uniform) {
  WeightedDigraph g = WeightedDigraph::FromEdges(
      Edges(4, {{0, 1, 1, true}, {1, 2, 1, true}, {2, 3, 1, true}, {3, 0, 1, true}}));
  CheckClose(Run<PageRank>(g, PageRankOptions{}), {0.25, 0.25, 0.25, 0.25});
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
