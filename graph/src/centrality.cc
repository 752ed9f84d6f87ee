// The Centrality base class and degree / strength.

#include "actorgraph/centrality.h"

#include <algorithm>

namespace actorgraph {

std::vector<std::pair<VertexIndex, double>> Centrality::ranking() const {
  std::vector<std::pair<VertexIndex, double>> ranked;
  ranked.reserve(scores_.size());
  for (std::size_t v = 0; v < scores_.size(); ++v) {
    ranked.emplace_back(static_cast<VertexIndex>(v), scores_[v]);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return ranked;
}

void DegreeCentrality::run() {
  scores_.assign(graph_.vertex_count, 0.0);
  const bool count_in = options_.mode != DegreeMode::kOut;
  const bool count_out = options_.mode != DegreeMode::kIn;
  for (const WeightedEdge& e : graph_.edges) {
    if (e.source == e.target) continue;
    const double amount = options_.weighted ? e.weight : 1.0;
    // An undirected edge is both in and out at each end, but counts once.
    if (count_out || e.undirected) scores_[e.source] += amount;
    if (count_in || e.undirected) scores_[e.target] += amount;
  }
}

}  // namespace actorgraph
