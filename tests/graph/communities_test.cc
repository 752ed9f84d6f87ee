// Modularity and Louvain on graphs small enough to check by hand.

#include <boost/test/unit_test.hpp>

#include "actorgraph/communities.h"
#include "graph_fixtures.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::Edges;

// Two triangles joined by a bridge, and an isolated vertex g:
//
//   a       d
//   |\     /|
//   | c---e |      g
//   |/     \|
//   b       f
//
// m = 7. Split {a,b,c} {d,e,f}: each side has L = 3 edges inside and degree
// sum D = 2 + 2 + 3 = 7, so Q = 2 (3/7 - (7/14)^2) = 6/7 - 1/2 = 5/14.
const WeightedEdgeList& Triangles() {
  static const WeightedEdgeList list = Edges(7, {{0, 1, 1, true},
                                                 {0, 2, 1, true},
                                                 {1, 2, 1, true},
                                                 {3, 4, 1, true},
                                                 {3, 5, 1, true},
                                                 {4, 5, 1, true},
                                                 {2, 4, 1, true}});
  return list;
}

BOOST_AUTO_TEST_SUITE(communities)

BOOST_AUTO_TEST_CASE(modularity_by_hand) {
  WeightedGraph g = WeightedGraph::FromEdges(Triangles());
  BOOST_CHECK_CLOSE(Modularity(g, {0, 0, 0, 1, 1, 1, 2}), 5.0 / 14, 1e-10);
  // Singletons: Q = -sum (d_v / 2m)^2 = -(4 * 2^2 + 2 * 3^2) / 14^2 = -34/196.
  BOOST_CHECK_CLOSE(Modularity(g, {0, 1, 2, 3, 4, 5, 6}), -34.0 / 196, 1e-10);
  // Everything together: L = m, D = 2m: Q = 1 - 1 = 0.
  BOOST_CHECK_SMALL(Modularity(g, {0, 0, 0, 0, 0, 0, 0}), 1e-12);
  // Resolution 0.5 halves the penalty: 2 (3/7 - 0.5 / 4) = 6/7 - 1/4.
  BOOST_CHECK_CLOSE(Modularity(g, {5, 5, 5, 9, 9, 9, 1}, 0.5), 6.0 / 7 - 0.25, 1e-10);
}

BOOST_AUTO_TEST_CASE(modularity_is_zero_without_edges) {
  WeightedGraph g = WeightedGraph::FromEdges(Edges(3, {}));
  BOOST_CHECK_EQUAL(Modularity(g, {0, 1, 2}), 0.0);
}

BOOST_AUTO_TEST_CASE(louvain_splits_the_triangles) {
  WeightedGraph g = WeightedGraph::FromEdges(Triangles());
  Louvain louvain(g);
  louvain.run();
  // Largest first, ties by smallest vertex: {a,b,c} = 0, {d,e,f} = 1, {g} = 2.
  BOOST_CHECK(louvain.communities() == (std::vector<int>{0, 0, 0, 1, 1, 1, 2}));
  BOOST_CHECK_EQUAL(louvain.community_count(), 3);
  BOOST_CHECK_CLOSE(louvain.modularity(), 5.0 / 14, 1e-10);
}

BOOST_AUTO_TEST_CASE(heavy_bridge_pulls_its_ends_together) {
  // The bridge c-e weighs 10: m = 16. {c,e} together with the triangles'
  // light rest split off does better than the two triangles:
  //   {a,b,c,d,e,f} = one piece: Q = 0 (all in one, ignoring g).
  //   {a,b} {c,e} {d,f}: L = 1, 10, 1; D = 4, 24, 4:
  //     Q = 12/16 - (16 + 576 + 16)/1024 = 0.75 - 0.59375 = 0.15625
  //   {a,b,c} {d,e,f}: L = 3, 3; D = 16, 16: Q = 6/16 - 2 (1/4) = -0.125
  std::vector<WeightedEdge> edges = Triangles().edges;
  edges.back().weight = 10;
  WeightedGraph g = WeightedGraph::FromEdges(Edges(7, edges));
  BOOST_CHECK_CLOSE(Modularity(g, {0, 0, 1, 2, 1, 2, 3}), 0.15625, 1e-10);
  Louvain louvain(g);
  louvain.run();
  BOOST_CHECK_GE(louvain.modularity(), 0.15625 - 1e-12);
  const std::vector<int>& c = louvain.communities();
  BOOST_CHECK_EQUAL(c[2], c[4]);  // c and e together
  BOOST_CHECK_NE(c[0], c[4]);
}

BOOST_AUTO_TEST_CASE(empty_graph_leaves_every_vertex_alone) {
  WeightedGraph g = WeightedGraph::FromEdges(Edges(3, {}));
  Louvain louvain(g);
  louvain.run();
  BOOST_CHECK(louvain.communities() == (std::vector<int>{0, 1, 2}));
  BOOST_CHECK_EQUAL(louvain.modularity(), 0.0);
}

BOOST_AUTO_TEST_CASE(number_by_size) {
  // Sizes: label 7 has 3, label 2 has 2, labels 9 and 4 have 1 (9 first).
  BOOST_CHECK(NumberBySize({2, 7, 9, 7, 2, 7, 4}) == (std::vector<int>{1, 0, 2, 0, 1, 0, 3}));
}

BOOST_AUTO_TEST_CASE(seeded_order_is_reproducible) {
  testing::NamedEdgeList karate =
      testing::ParseEdgeListFile(testing::SourceDir() + "/tests/graph/data/karate.txt");
  WeightedGraph g = WeightedGraph::FromEdges(karate.list);
  LouvainOptions o;
  o.seed = 12345;
  Louvain a(g, o), b(g, o);
  a.run();
  b.run();
  BOOST_CHECK(a.communities() == b.communities());
  BOOST_CHECK_EQUAL(a.modularity(), b.modularity());
  BOOST_CHECK_GT(a.modularity(), 0.4);
  BOOST_CHECK_GE(a.levels(), 1);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
