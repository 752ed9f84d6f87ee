// The compact forms every measure runs on: a list of weighted edges taken
// from an ActorGraph (or written by hand in tests and benchmarks), and two
// simple graphs in compressed sparse row (CSR) form built from it:
//
//   WeightedDigraph  directed: an edge u->v is the arc u->v, an undirected
//                    edge {u,v} is the two arcs u->v and v->u. Parallel arcs
//                    become one arc whose weight is their sum.
//   WeightedGraph    undirected: every edge, directed or not, joins {u,v};
//                    parallel edges become one edge whose weight is their sum.
//
// Both drop self-loops (an actor's interaction with itself carries no
// structure). Vertices are 0..n-1, the vertex indices of the ActorGraph.
// Arcs of a vertex are sorted by neighbour. Parallel weights are summed
// directed edges first, then undirected ones, each group in input order, so
// results never depend on the input order beyond the last bit of such sums.
//
// Values, not views: each owns its arrays. Building is a counting sort by
// source and a stable sort of each row by neighbour, O(n + m + sum of
// d log d) for out-degrees d (short rows: insertion sort); CompactGraphs
// builds both at once for the price of one.

#ifndef ACTORGRAPH_COMPACT_GRAPH_H_
#define ACTORGRAPH_COMPACT_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace actorgraph {

class ActorGraph;

using VertexIndex = std::uint32_t;

struct WeightedEdge {
  VertexIndex source = 0;
  VertexIndex target = 0;
  double weight = 1.0;
  bool undirected = false;
};

struct WeightedEdgeList {
  std::size_t vertex_count = 0;
  std::vector<WeightedEdge> edges;  // every edge's ends are < vertex_count

  // One edge per interaction of `graph`, in boost::edges() order, with its
  // weight and undirected flag.
  static WeightedEdgeList Of(const ActorGraph& graph);
};

// A contiguous run of neighbours and the weights of the arcs to them.
struct ArcSpan {
  const VertexIndex* neighbours = nullptr;
  const double* weights = nullptr;
  std::size_t size = 0;
  // Index of the first of these arcs among all the rows' arcs (0 ..
  // arc_count()-1), to index per-arc data kept beside the graph.
  std::size_t first = 0;
};

class WeightedGraph;

class WeightedDigraph {
 public:
  WeightedDigraph() = default;
  static WeightedDigraph FromEdges(const WeightedEdgeList& list);

  std::size_t vertex_count() const { return out_.offsets.empty() ? 0 : out_.offsets.size() - 1; }
  std::size_t arc_count() const { return out_.neighbours.size(); }
  ArcSpan out_arcs(VertexIndex v) const { return out_.Span(v); }
  ArcSpan in_arcs(VertexIndex v) const { return in_.Span(v); }
  // Sum of the weights of v's out-arcs (0 for a dangling vertex).
  double out_weight(VertexIndex v) const { return out_weight_[v]; }

  // Compressed rows: the arcs of v are [offsets[v], offsets[v+1]).
  struct Rows {
    std::vector<std::size_t> offsets;
    std::vector<VertexIndex> neighbours;
    std::vector<double> weights;
    ArcSpan Span(VertexIndex v) const {
      return {neighbours.data() + offsets[v], weights.data() + offsets[v],
              offsets[v + 1] - offsets[v], offsets[v]};
    }
  };

 private:
  friend struct CompactGraphs;
  Rows out_, in_;
  std::vector<double> out_weight_;
};

class WeightedGraph {
 public:
  WeightedGraph() = default;
  static WeightedGraph FromEdges(const WeightedEdgeList& list);

  std::size_t vertex_count() const { return rows_.offsets.empty() ? 0 : rows_.offsets.size() - 1; }
  std::size_t edge_count() const { return rows_.neighbours.size() / 2; }
  // Neighbours of v, each edge {u,v} appearing in both rows.
  ArcSpan neighbours(VertexIndex v) const { return rows_.Span(v); }
  // Weighted degree of v, and the sum of all edge weights (m).
  double strength(VertexIndex v) const { return strength_[v]; }
  double total_weight() const { return total_weight_; }

 private:
  friend struct CompactGraphs;
  WeightedDigraph::Rows rows_;
  std::vector<double> strength_;
  double total_weight_ = 0.0;
};

// Both projections at once: cheaper than the two FromEdges() calls, since
// every edge is sorted once (twice for directed ones) for both.
struct CompactGraphs {
  WeightedDigraph directed;
  WeightedGraph undirected;

  static CompactGraphs FromEdges(const WeightedEdgeList& list);
  // Builds whichever of the two is not null.
  static void Build(const WeightedEdgeList& list, WeightedDigraph* directed,
                    WeightedGraph* undirected);
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_COMPACT_GRAPH_H_
