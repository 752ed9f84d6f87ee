// Single-source shortest paths with path counting, the inner loop of
// Brandes' betweenness and of harmonic closeness. One object is the scratch
// space of one thread: Run() from a source, read the results, run again
// (only the vertices the last run reached are reset).

#ifndef ACTORGRAPH_GRAPH_SHORTEST_PATHS_H_
#define ACTORGRAPH_GRAPH_SHORTEST_PATHS_H_

#include <functional>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

#include "actorgraph/compact_graph.h"

namespace actorgraph {

class SingleSourcePaths {
 public:
  static constexpr double kInfinity = std::numeric_limits<double>::infinity();

  explicit SingleSourcePaths(std::size_t n) : distance_(n, kInfinity), paths_(n, 0.0) {
    order_.reserve(n);
  }

  // Shortest paths from `source` along out-arcs, or along in-arcs when
  // `reverse` (distances towards the source). Arc length is 1/weight when
  // `weighted`, else 1. Fills order() (vertices by non-decreasing distance,
  // the source first), distance() and paths() (number of shortest paths).
  void Run(const WeightedDigraph& graph, VertexIndex source, bool weighted, bool reverse) {
    Reset();
    distance_[source] = 0.0;
    paths_[source] = 1.0;
    if (weighted) {
      Dijkstra(graph, source, reverse);
    } else {
      Bfs(graph, source, reverse);
    }
  }

  const std::vector<VertexIndex>& order() const { return order_; }
  double distance(VertexIndex v) const { return distance_[v]; }
  double paths(VertexIndex v) const { return paths_[v]; }

 private:
  void Reset() {
    for (VertexIndex v : order_) {
      distance_[v] = kInfinity;
      paths_[v] = 0.0;
    }
    order_.clear();
  }

  void Bfs(const WeightedDigraph& graph, VertexIndex source, bool reverse) {
    order_.push_back(source);
    for (std::size_t head = 0; head < order_.size(); ++head) {
      VertexIndex v = order_[head];
      double next = distance_[v] + 1.0;
      ArcSpan arcs = reverse ? graph.in_arcs(v) : graph.out_arcs(v);
      for (std::size_t i = 0; i < arcs.size; ++i) {
        VertexIndex w = arcs.neighbours[i];
        if (distance_[w] == kInfinity) {
          distance_[w] = next;
          order_.push_back(w);
        }
        if (distance_[w] == next) paths_[w] += paths_[v];
      }
    }
  }

  void Dijkstra(const WeightedDigraph& graph, VertexIndex source, bool reverse) {
    using Entry = std::pair<double, VertexIndex>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    heap.push({0.0, source});
    while (!heap.empty()) {
      auto [d, v] = heap.top();
      heap.pop();
      // A vertex is pushed only when its distance strictly drops, so exactly
      // one entry carries its final distance: the one that settles it.
      if (d > distance_[v]) continue;
      order_.push_back(v);
      ArcSpan arcs = reverse ? graph.in_arcs(v) : graph.out_arcs(v);
      for (std::size_t i = 0; i < arcs.size; ++i) {
        VertexIndex w = arcs.neighbours[i];
        double alt = d + 1.0 / arcs.weights[i];
        if (alt < distance_[w]) {
          distance_[w] = alt;
          paths_[w] = paths_[v];
          heap.push({alt, w});
        } else if (alt == distance_[w]) {
          paths_[w] += paths_[v];
        }
      }
    }
  }

  // Every vertex reached is settled (in order_) before Run() returns.
  std::vector<double> distance_, paths_;
  std::vector<VertexIndex> order_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_SHORTEST_PATHS_H_
