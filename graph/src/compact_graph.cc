#include "actorgraph/compact_graph.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "actorgraph/actor_graph.h"
#include "parallel.h"

namespace actorgraph {

namespace {

using Rows = WeightedDigraph::Rows;

// Calls arc(from, to, weight) for every arc of the edges of `list` that
// are undirected (when `undirected`: both ways, u->v first) or directed
// (otherwise), in input order.
template <typename OnArc>
void ForEachArc(const WeightedEdgeList& list, bool undirected, const OnArc& arc) {
  for (const WeightedEdge& e : list.edges) {
    if (e.undirected != undirected) continue;
    arc(e.source, e.target, e.weight);
    if (undirected) arc(e.target, e.source, e.weight);
  }
}

struct Entry {
  VertexIndex to;
  double weight;
};

// Sorts [first, last) by `to`, keeping equal ones in input order: insertion
// sort for the short rows most vertices have, merge sort for the rest.
void StableSortRow(Entry* first, Entry* last) {
  auto by_to = [](const Entry& a, const Entry& b) { return a.to < b.to; };
  if (last - first < 2) return;  // also an empty row of no storage (null: no first + 1)
  if (last - first > 32) {
    std::stable_sort(first, last, by_to);
    return;
  }
  for (Entry* i = first + 1; i < last; ++i) {
    const Entry e = *i;
    Entry* j = i;
    for (; j > first && e.to < j[-1].to; --j) *j = j[-1];
    *j = e;
  }
}

// CSR rows of the arcs of ForEachArc(list, undirected) on n vertices: rows
// sorted by neighbour, parallel arcs merged by summing their weights in
// input order, self-loops dropped. A stable counting sort by source, then
// a stable sort of each row (in cache) by target: O(m + sum of d log d).
Rows BuildRows(std::size_t n, const WeightedEdgeList& list, bool undirected) {
  std::vector<std::size_t> start(n + 1, 0);
  ForEachArc(list, undirected, [&](VertexIndex from, VertexIndex, double) { ++start[from + 1]; });
  for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<Entry> sorted(start[n]);
  {
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    ForEachArc(list, undirected, [&](VertexIndex from, VertexIndex to, double weight) {
      sorted[next[from]++] = {to, weight};
    });
  }
  // Merge each row in place (k never passes i), then copy out exactly.
  Rows rows;
  rows.offsets.assign(n + 1, 0);
  std::size_t k = 0;
  for (std::size_t v = 0; v < n; ++v) {
    StableSortRow(sorted.data() + start[v], sorted.data() + start[v + 1]);
    for (std::size_t i = start[v]; i < start[v + 1]; ++i) {
      const Entry e = sorted[i];
      if (e.to == v) continue;
      if (k > rows.offsets[v] && sorted[k - 1].to == e.to) {
        sorted[k - 1].weight += e.weight;
      } else {
        sorted[k++] = e;
      }
    }
    rows.offsets[v + 1] = k;
  }
  rows.neighbours.resize(k);
  rows.weights.resize(k);
  for (std::size_t i = 0; i < k; ++i) {
    rows.neighbours[i] = sorted[i].to;
    rows.weights[i] = sorted[i].weight;
  }
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

// Row v of the sorted union of `a` and `b`: emit(neighbour, weight) for
// each distinct neighbour in order, a neighbour in both with the sum of its
// weights (a's + b's).
template <typename Emit>
void MergeRow(const Rows& a, const Rows& b, std::size_t v, const Emit& emit) {
  std::size_t i = a.offsets[v], i_end = a.offsets[v + 1];
  std::size_t j = b.offsets[v], j_end = b.offsets[v + 1];
  while (i < i_end && j < j_end) {
    const VertexIndex x = a.neighbours[i], y = b.neighbours[j];
    if (x < y) {
      emit(x, a.weights[i++]);
    } else if (y < x) {
      emit(y, b.weights[j++]);
    } else {
      emit(x, a.weights[i++] + b.weights[j++]);
    }
  }
  for (; i < i_end; ++i) emit(a.neighbours[i], a.weights[i]);
  for (; j < j_end; ++j) emit(b.neighbours[j], b.weights[j]);
}

// Row by row, the sorted union of `a` and `b` (MergeRow). Room for all of
// a's and b's arcs is reserved, not filled: the pages a merged neighbour
// does not need are never touched, so they cost no memory (RSS) and no
// copy.
Rows MergeRows(std::size_t n, const Rows& a, const Rows& b) {
  Rows merged;
  merged.offsets.assign(n + 1, 0);
  merged.neighbours.reserve(a.neighbours.size() + b.neighbours.size());
  merged.weights.reserve(a.neighbours.size() + b.neighbours.size());
  for (std::size_t v = 0; v < n; ++v) {
    MergeRow(a, b, v, [&](VertexIndex neighbour, double weight) {
      merged.neighbours.push_back(neighbour);
      merged.weights.push_back(weight);
    });
    merged.offsets[v + 1] = merged.neighbours.size();
  }
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
      if (job == 0) {
        undirected = BuildRows(n, list, /*undirected=*/true);
      } else {
        directed_out = BuildRows(n, list, /*undirected=*/false);
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
