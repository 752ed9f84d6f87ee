#include "actorgraph/compact_graph.h"

#include <cstdint>
#include <utility>

#include "actorgraph/actor_graph.h"
#include "parallel.h"

namespace actorgraph {

namespace {

using Rows = WeightedDigraph::Rows;

struct Arc {
  VertexIndex from, to;
  double weight;
};

// CSR rows of `arcs` on n vertices: rows sorted by neighbour, parallel arcs
// merged by summing their weights in input order, self-loops dropped.
// Two stable counting sorts (by target, then by source) order the arcs by
// (source, target) and keep parallel arcs in input order: O(n + m).
Rows BuildRows(std::size_t n, const std::vector<Arc>& arcs) {
  std::vector<std::uint32_t> by_target(arcs.size());
  {
    std::vector<std::size_t> next(n + 1, 0);
    for (const Arc& a : arcs) ++next[a.to + 1];
    for (std::size_t v = 0; v < n; ++v) next[v + 1] += next[v];
    for (std::size_t i = 0; i < arcs.size(); ++i) {
      by_target[next[arcs[i].to]++] = static_cast<std::uint32_t>(i);
    }
  }
  std::vector<std::size_t> start(n + 1, 0);
  for (const Arc& a : arcs) ++start[a.from + 1];
  for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<std::pair<VertexIndex, double>> sorted(arcs.size());
  {
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::uint32_t i : by_target) sorted[next[arcs[i].from]++] = {arcs[i].to, arcs[i].weight};
  }
  std::vector<std::uint32_t>().swap(by_target);
  Rows rows;
  rows.offsets.assign(n + 1, 0);
  rows.neighbours.reserve(arcs.size());
  rows.weights.reserve(arcs.size());
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t i = start[v]; i < start[v + 1]; ++i) {
      const auto& [to, weight] = sorted[i];
      if (to == v) continue;
      if (rows.neighbours.size() > rows.offsets[v] && rows.neighbours.back() == to) {
        rows.weights.back() += weight;
      } else {
        rows.neighbours.push_back(to);
        rows.weights.push_back(weight);
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
Rows Transpose(const Rows& rows, std::size_t n) {
  Rows t;
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

// Row by row, the sorted union of `a` and `b`; a neighbour in both gets
// the sum of its weights (a's + b's).
Rows MergeRows(std::size_t n, const Rows& a, const Rows& b) {
  Rows merged;
  merged.offsets.assign(n + 1, 0);
  const std::size_t total = a.neighbours.size() + b.neighbours.size();
  merged.neighbours.resize(total);
  merged.weights.resize(total);
  VertexIndex* out = merged.neighbours.data();
  double* out_weight = merged.weights.data();
  std::size_t k = 0;
  for (std::size_t v = 0; v < n; ++v) {
    std::size_t i = a.offsets[v], i_end = a.offsets[v + 1];
    std::size_t j = b.offsets[v], j_end = b.offsets[v + 1];
    while (i < i_end && j < j_end) {
      const VertexIndex x = a.neighbours[i], y = b.neighbours[j];
      if (x < y) {
        out[k] = x;
        out_weight[k++] = a.weights[i++];
      } else if (y < x) {
        out[k] = y;
        out_weight[k++] = b.weights[j++];
      } else {
        out[k] = x;
        out_weight[k++] = a.weights[i++] + b.weights[j++];
      }
    }
    for (; i < i_end; ++i, ++k) {
      out[k] = a.neighbours[i];
      out_weight[k] = a.weights[i];
    }
    for (; j < j_end; ++j, ++k) {
      out[k] = b.neighbours[j];
      out_weight[k] = b.weights[j];
    }
    merged.offsets[v + 1] = k;
  }
  merged.neighbours.resize(k);
  merged.weights.resize(k);
  merged.neighbours.shrink_to_fit();
  merged.weights.shrink_to_fit();
  return merged;
}

std::vector<double> RowSums(const Rows& rows, std::size_t n) {
  std::vector<double> sums(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t i = rows.offsets[v]; i < rows.offsets[v + 1]; ++i) sums[v] += rows.weights[i];
  }
  return sums;
}

// The three pieces both projections are merged from: the directed edges as
// arcs and reversed, and the undirected edges as arcs both ways. Building
// them sorts each edge once or twice instead of once per projection.
struct Pieces {
  Rows directed_out, directed_in, undirected;

  explicit Pieces(const WeightedEdgeList& list) {
    const std::size_t n = list.vertex_count;
    // Two independent jobs, on two threads when there are two cores.
    ForEachBlock(2, ResolveThreads(0), [&](std::size_t job, unsigned) {
      const bool want_undirected = job == 0;
      std::size_t count = 0;
      for (const WeightedEdge& e : list.edges) count += e.undirected == want_undirected;
      std::vector<Arc> arcs;
      arcs.reserve(want_undirected ? 2 * count : count);
      for (const WeightedEdge& e : list.edges) {
        if (e.undirected != want_undirected) continue;
        arcs.push_back({e.source, e.target, e.weight});
        if (want_undirected) arcs.push_back({e.target, e.source, e.weight});
      }
      if (want_undirected) {
        undirected = BuildRows(n, arcs);
      } else {
        directed_out = BuildRows(n, arcs);
        std::vector<Arc>().swap(arcs);
        directed_in = Transpose(directed_out, n);
      }
    });
  }
};

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

WeightedDigraph WeightedDigraph::FromEdges(const WeightedEdgeList& list) {
  WeightedDigraph g;
  CompactGraphs::Build(list, &g, nullptr);
  return g;
}

WeightedGraph WeightedGraph::FromEdges(const WeightedEdgeList& list) {
  WeightedGraph g;
  CompactGraphs::Build(list, nullptr, &g);
  return g;
}

CompactGraphs CompactGraphs::FromEdges(const WeightedEdgeList& list) {
  CompactGraphs both;
  Build(list, &both.directed, &both.undirected);
  return both;
}

void CompactGraphs::Build(const WeightedEdgeList& list, WeightedDigraph* directed,
                          WeightedGraph* undirected) {
  const std::size_t n = list.vertex_count;
  Pieces p(list);
  ForEachBlock(2, ResolveThreads(0), [&](std::size_t job, unsigned) {
    if (job == 0 && directed) {
      directed->out_ = MergeRows(n, p.directed_out, p.undirected);
      directed->in_ = MergeRows(n, p.directed_in, p.undirected);
      directed->out_weight_ = RowSums(directed->out_, n);
    }
    if (job == 1 && undirected) {
      // Each edge {u,v} once per row: u->v arcs, v->u arcs reversed, and
      // the undirected edges (already both ways).
      undirected->rows_ = MergeRows(n, MergeRows(n, p.directed_out, p.directed_in), p.undirected);
      undirected->strength_ = RowSums(undirected->rows_, n);
      double twice = 0.0;
      for (double s : undirected->strength_) twice += s;
      undirected->total_weight_ = twice / 2;
    }
  });
}

}  // namespace actorgraph
