#include "actorgraph/compact_graph.h"

#include <algorithm>
#include <utility>

#include "actorgraph/actor_graph.h"

namespace actorgraph {

namespace {

struct Arc {
  VertexIndex from, to;
  double weight;
};

// CSR rows of `arcs` on n vertices: rows sorted by neighbour, parallel arcs
// merged by summing their weights in input order, self-loops dropped.
WeightedDigraph::Rows BuildRows(std::size_t n, const std::vector<Arc>& arcs) {
  std::vector<std::size_t> start(n + 1, 0);
  for (const Arc& a : arcs) ++start[a.from + 1];
  for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  // Counting sort by source keeps the input order inside each row.
  std::vector<std::pair<VertexIndex, double>> sorted(arcs.size());
  {
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (const Arc& a : arcs) sorted[next[a.from]++] = {a.to, a.weight};
  }
  WeightedDigraph::Rows rows;
  rows.offsets.assign(n + 1, 0);
  rows.neighbours.reserve(arcs.size());
  rows.weights.reserve(arcs.size());
  for (std::size_t v = 0; v < n; ++v) {
    auto begin = sorted.begin() + start[v], end = sorted.begin() + start[v + 1];
    std::stable_sort(begin, end, [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = begin; it != end; ++it) {
      if (it->first == v) continue;
      if (rows.neighbours.size() > rows.offsets[v] && rows.neighbours.back() == it->first) {
        rows.weights.back() += it->second;
      } else {
        rows.neighbours.push_back(it->first);
        rows.weights.push_back(it->second);
      }
    }
    rows.offsets[v + 1] = rows.neighbours.size();
  }
  rows.neighbours.shrink_to_fit();
  rows.weights.shrink_to_fit();
  return rows;
}

// The rows of the reversed arcs (sorted by neighbour, since sources are
// visited in order).
WeightedDigraph::Rows Transpose(const WeightedDigraph::Rows& rows, std::size_t n) {
  WeightedDigraph::Rows t;
  t.offsets.assign(n + 1, 0);
  for (VertexIndex u : rows.neighbours) ++t.offsets[u + 1];
  for (std::size_t v = 0; v < n; ++v) t.offsets[v + 1] += t.offsets[v];
  t.neighbours.resize(rows.neighbours.size());
  t.weights.resize(rows.weights.size());
  std::vector<std::size_t> next(t.offsets.begin(), t.offsets.end() - 1);
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t i = rows.offsets[u]; i < rows.offsets[u + 1]; ++i) {
      std::size_t slot = next[rows.neighbours[i]]++;
      t.neighbours[slot] = static_cast<VertexIndex>(u);
      t.weights[slot] = rows.weights[i];
    }
  }
  return t;
}

std::vector<double> RowSums(const WeightedDigraph::Rows& rows, std::size_t n) {
  std::vector<double> sums(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t i = rows.offsets[v]; i < rows.offsets[v + 1]; ++i) sums[v] += rows.weights[i];
  }
  return sums;
}

}  // namespace

WeightedEdgeList WeightedEdgeList::Of(const ActorGraph& graph) {
  const Graph& g = graph.graph();
  WeightedEdgeList list;
  list.vertex_count = boost::num_vertices(g);
  list.edges.reserve(boost::num_edges(g));
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    list.edges.push_back({static_cast<VertexIndex>(boost::source(e, g)),
                          static_cast<VertexIndex>(boost::target(e, g)), g[e].weight,
                          g[e].undirected});
  }
  return list;
}

namespace {

// The arcs of `list`: both ways for undirected edges, or for every edge
// when `all_both_ways`.
std::vector<Arc> ArcsOf(const WeightedEdgeList& list, bool all_both_ways) {
  std::vector<Arc> arcs;
  arcs.reserve(list.edges.size() * 2);
  for (const WeightedEdge& e : list.edges) {
    arcs.push_back({e.source, e.target, e.weight});
    if (e.undirected || all_both_ways) arcs.push_back({e.target, e.source, e.weight});
  }
  return arcs;
}

}  // namespace

WeightedDigraph WeightedDigraph::FromEdges(const WeightedEdgeList& list) {
  std::vector<Arc> arcs = ArcsOf(list, false);
  WeightedDigraph g;
  g.out_ = BuildRows(list.vertex_count, arcs);
  std::vector<Arc>().swap(arcs);
  g.in_ = Transpose(g.out_, list.vertex_count);
  g.out_weight_ = RowSums(g.out_, list.vertex_count);
  return g;
}

WeightedGraph WeightedGraph::FromEdges(const WeightedEdgeList& list) {
  std::vector<Arc> arcs = ArcsOf(list, true);
  WeightedGraph g;
  g.rows_ = BuildRows(list.vertex_count, arcs);
  g.strength_ = RowSums(g.rows_, list.vertex_count);
  double twice = 0.0;
  for (double s : g.strength_) twice += s;
  g.total_weight_ = twice / 2;
  return g;
}

}  // namespace actorgraph
