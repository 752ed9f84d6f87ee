// Communities: groups of actors more tightly tied to each other than to the
// rest, found by maximising modularity on the undirected weighted projection
// (WeightedGraph: direction dropped, parallel edges summed). Boost 1.74 has
// no modularity method, so Louvain is implemented here.

#ifndef ACTORGRAPH_COMMUNITIES_H_
#define ACTORGRAPH_COMMUNITIES_H_

#include <cstdint>
#include <vector>

#include "actorgraph/compact_graph.h"

namespace actorgraph {

// Newman's modularity of a partition, as networkx.community.modularity
// computes it:
//   Q = sum over communities c of ( L_c / m - resolution * (D_c / (2m))^2 )
// where L_c is the total weight of the edges inside c, D_c the sum of the
// strengths (weighted degrees) of c's vertices and m the total edge weight.
// `community[v]` is v's community (any integers). 0 on a graph without
// edges. O(n + m).
double Modularity(const WeightedGraph& graph, const std::vector<int>& community,
                  double resolution = 1.0);

// The vertices renumbered so communities are 0, 1, ... by decreasing size,
// ties by their smallest vertex.
std::vector<int> NumberBySize(const std::vector<int>& community);

// Louvain (Blondel et al. 2008): repeat { move each vertex to the
// neighbouring community that raises modularity most, until no move helps;
// merge each community into one vertex } until a level raises modularity by
// less than `min_gain` or moves nothing.
// Deterministic: vertices are visited in index order (or in an order
// shuffled by `seed` when seed != 0, drawn anew at each level), candidate
// communities in the order of the neighbours, and a vertex moves only for a
// strictly larger gain (ties keep the first found).
// Cost: O(m) per pass over the vertices; in practice a few passes per level
// and a few levels, so near-linear.
struct LouvainOptions {
  double resolution = 1.0;
  std::uint64_t seed = 0;  // 0: index order
  double min_gain = 1e-7;  // networkx's threshold
  int max_levels = 64;
};

class Louvain {
 public:
  Louvain(const WeightedGraph& graph, LouvainOptions options = {})
      : graph_(graph), options_(options) {}
  Louvain(WeightedGraph&&, LouvainOptions = {}) = delete;  // keeps a reference
  void run();

  // Community of each vertex, numbered by NumberBySize(). An isolated vertex
  // is a community of its own.
  const std::vector<int>& communities() const { return communities_; }
  int community_count() const { return community_count_; }
  // Modularity(graph, communities(), resolution).
  double modularity() const { return modularity_; }
  int levels() const { return levels_; }

 private:
  const WeightedGraph& graph_;
  LouvainOptions options_;
  std::vector<int> communities_;
  int community_count_ = 0;
  double modularity_ = 0.0;
  int levels_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_COMMUNITIES_H_
