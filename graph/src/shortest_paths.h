// Single-source shortest paths with path counting, the inner loop of
// Brandes' betweenness and of harmonic closeness. One object is the scratch
// space of one thread: Run() from a source, read the results, run again
// (only the vertices the last run reached are reset).

#ifndef ACTORGRAPH_GRAPH_SHORTEST_PATHS_H_
#define ACTORGRAPH_GRAPH_SHORTEST_PATHS_H_

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "actorgraph/compact_graph.h"

namespace actorgraph {

// The length of every arc, 1/weight, in the order of the out rows and of
// the in rows (ArcSpan::first indexes them). Computed once, shared by all
// threads, so the inner loops do not divide.
struct ArcLengths {
  explicit ArcLengths(const WeightedDigraph& graph) {
    out.reserve(graph.arc_count());
    in.reserve(graph.arc_count());
    for (VertexIndex v = 0; v < graph.vertex_count(); ++v) {
      ArcSpan o = graph.out_arcs(v), i = graph.in_arcs(v);
      for (std::size_t k = 0; k < o.size; ++k) out.push_back(1.0 / o.weights[k]);
      for (std::size_t k = 0; k < i.size; ++k) in.push_back(1.0 / i.weights[k]);
    }
  }
  std::vector<double> out, in;
};

class SingleSourcePaths {
 public:
  static constexpr double kInfinity = std::numeric_limits<double>::infinity();

  explicit SingleSourcePaths(std::size_t n) : labels_(n), heap_(n) { order_.reserve(n); }

  // Shortest paths from `source` along out-arcs, or along in-arcs when
  // `reverse` (distances towards the source). Arc lengths from `lengths`
  // (1/weight), or 1 when it is null. Fills order() (vertices by
  // non-decreasing distance, the source first), distance() and paths()
  // (number of shortest paths).
  void Run(const WeightedDigraph& graph, VertexIndex source, const ArcLengths* lengths,
           bool reverse) {
    Reset();
    labels_[source].distance = 0.0;
    labels_[source].paths = 1.0;
    if (lengths) {
      Dijkstra(graph, source, reverse ? lengths->in.data() : lengths->out.data(), reverse);
    } else {
      Bfs(graph, source, reverse);
    }
  }

  const std::vector<VertexIndex>& order() const { return order_; }
  double distance(VertexIndex v) const { return labels_[v].distance; }
  double paths(VertexIndex v) const { return labels_[v].paths; }

 private:
  void Reset() {
    for (VertexIndex v : order_) {
      labels_[v].distance = kInfinity;
      labels_[v].paths = 0.0;
    }
    order_.clear();
  }

  void Bfs(const WeightedDigraph& graph, VertexIndex source, bool reverse) {
    order_.push_back(source);
    for (std::size_t head = 0; head < order_.size(); ++head) {
      VertexIndex v = order_[head];
      double next = labels_[v].distance + 1.0;
      ArcSpan arcs = reverse ? graph.in_arcs(v) : graph.out_arcs(v);
      for (std::size_t i = 0; i < arcs.size; ++i) {
        VertexIndex w = arcs.neighbours[i];
        if (labels_[w].distance == kInfinity) {
          labels_[w].distance = next;
          order_.push_back(w);
        }
        if (labels_[w].distance == next) labels_[w].paths += labels_[v].paths;
      }
    }
  }

  void Dijkstra(const WeightedDigraph& graph, VertexIndex source, const double* length,
                bool reverse) {
    heap_.Push(source, 0.0);
    while (!heap_.empty()) {
      const VertexIndex v = heap_.Pop();
      const double d = labels_[v].distance;
      order_.push_back(v);
      ArcSpan arcs = reverse ? graph.in_arcs(v) : graph.out_arcs(v);
      const double* arc_length = length + arcs.first;
      for (std::size_t i = 0; i < arcs.size; ++i) {
        const VertexIndex w = arcs.neighbours[i];
        const double alt = d + arc_length[i];
        const double dw = labels_[w].distance;
        if (alt < dw) {
          labels_[w].distance = alt;
          labels_[w].paths = labels_[v].paths;
          // A vertex that was settled cannot improve (lengths are > 0).
          heap_.PushOrDecrease(w, alt, dw == kInfinity);
        } else if (alt == dw) {
          labels_[w].paths += labels_[v].paths;
        }
      }
    }
  }

  // A 4-ary min-heap of vertices by distance with decrease-key, so it holds
  // each vertex at most once. Ties between equal distances are broken by
  // the heap's history, which the input fixes: results are deterministic.
  class Heap {
   public:
    explicit Heap(std::size_t n) : position_(n, kAbsent) {}
    bool empty() const { return entries_.empty(); }
    void Push(VertexIndex v, double key) { PushOrDecrease(v, key, true); }
    void PushOrDecrease(VertexIndex v, double key, bool is_new) {
      std::size_t at;
      if (is_new) {
        at = entries_.size();
        entries_.push_back({key, v});
      } else {
        at = position_[v];
        entries_[at].key = key;
      }
      SiftUp(at);
    }
    VertexIndex Pop() {
      const VertexIndex top = entries_[0].vertex;
      position_[top] = kAbsent;
      const Entry last = entries_.back();
      entries_.pop_back();
      if (!entries_.empty()) {
        // Floyd's trick: move the hole down to a leaf along the smaller
        // children, then sift the last entry up from there (it belongs near
        // the bottom, so this saves a comparison per level).
        std::size_t hole = 0;
        const std::size_t n = entries_.size();
        for (;;) {
          const std::size_t first = 4 * hole + 1;
          if (first >= n) break;
          const std::size_t end = first + 4 < n ? first + 4 : n;
          std::size_t best = first;
          double best_key = entries_[first].key;
          for (std::size_t c = first + 1; c < end; ++c) {
            const double k = entries_[c].key;
            const bool less = k < best_key;
            best = less ? c : best;
            best_key = less ? k : best_key;
          }
          Place(hole, entries_[best]);
          hole = best;
        }
        entries_[hole] = last;
        SiftUp(hole);
      }
      return top;
    }

   private:
    static constexpr std::uint32_t kAbsent = 0xffffffffu;
    struct Entry {
      double key;
      VertexIndex vertex;
      bool operator<(const Entry& o) const { return key < o.key; }
    };
    void Place(std::size_t at, const Entry& e) {
      entries_[at] = e;
      position_[e.vertex] = static_cast<std::uint32_t>(at);
    }
    void SiftUp(std::size_t at) {
      const Entry e = entries_[at];
      while (at > 0) {
        const std::size_t parent = (at - 1) / 4;
        if (!(e < entries_[parent])) break;
        Place(at, entries_[parent]);
        at = parent;
      }
      Place(at, e);
    }
    std::vector<Entry> entries_;
    std::vector<std::uint32_t> position_;
  };

  // Distance and path count side by side: one cache line per vertex.
  struct Label {
    double distance = kInfinity;
    double paths = 0.0;
  };
  // Every vertex reached is settled (in order_) before Run() returns.
  std::vector<Label> labels_;
  std::vector<VertexIndex> order_;
  Heap heap_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_SHORTEST_PATHS_H_
