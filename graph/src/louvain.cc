// Modularity and Louvain (see communities.h).

#include <algorithm>
#include <numeric>
#include <random>

#include "actorgraph/communities.h"
#include "random.h"

namespace actorgraph {

double Modularity(const WeightedGraph& graph, const std::vector<int>& community,
                  double resolution) {
  const std::size_t n = graph.vertex_count();
  const double m = graph.total_weight();
  if (m <= 0.0) return 0.0;
  std::vector<int> label = NumberBySize(community);
  const std::size_t count = label.empty() ? 0 : *std::max_element(label.begin(), label.end()) + 1;
  std::vector<double> inside(count, 0.0), degree(count, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    degree[label[v]] += graph.strength(static_cast<VertexIndex>(v));
    ArcSpan arcs = graph.neighbours(static_cast<VertexIndex>(v));
    for (std::size_t i = 0; i < arcs.size; ++i) {
      // Each edge appears in both rows; count it from its smaller end.
      if (arcs.neighbours[i] > v && label[arcs.neighbours[i]] == label[v]) {
        inside[label[v]] += arcs.weights[i];
      }
    }
  }
  double q = 0.0;
  for (std::size_t c = 0; c < count; ++c) {
    const double share = degree[c] / (2.0 * m);
    q += inside[c] / m - resolution * share * share;
  }
  return q;
}

std::vector<int> NumberBySize(const std::vector<int>& community) {
  const std::size_t n = community.size();
  // Compact the labels first: first appearance order.
  std::vector<int> sorted_labels(community);
  std::sort(sorted_labels.begin(), sorted_labels.end());
  sorted_labels.erase(std::unique(sorted_labels.begin(), sorted_labels.end()), sorted_labels.end());
  std::vector<int> dense(n);
  std::vector<std::size_t> size(sorted_labels.size(), 0), first(sorted_labels.size(), n);
  for (std::size_t v = 0; v < n; ++v) {
    dense[v] = static_cast<int>(
        std::lower_bound(sorted_labels.begin(), sorted_labels.end(), community[v]) -
        sorted_labels.begin());
    ++size[dense[v]];
    first[dense[v]] = std::min(first[dense[v]], v);
  }
  std::vector<int> order(sorted_labels.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    if (size[a] != size[b]) return size[a] > size[b];
    return first[a] < first[b];
  });
  std::vector<int> rank(order.size());
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = static_cast<int>(r);
  for (std::size_t v = 0; v < n; ++v) dense[v] = rank[dense[v]];
  return dense;
}

namespace {

// One level of the Louvain hierarchy: a weighted graph whose vertices may
// carry self-loops (the weight inside a merged community, counted once).
struct Level {
  std::vector<std::size_t> offsets;
  std::vector<VertexIndex> neighbours;
  std::vector<double> weights;
  std::vector<double> loop;      // self-loop weight
  std::vector<double> strength;  // weighted degree, loops counted twice

  std::size_t size() const { return loop.size(); }

  static Level Of(const WeightedGraph& g) {
    Level level;
    const std::size_t n = g.vertex_count();
    level.offsets.assign(n + 1, 0);
    level.loop.assign(n, 0.0);
    level.strength.assign(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
      ArcSpan arcs = g.neighbours(static_cast<VertexIndex>(v));
      level.neighbours.insert(level.neighbours.end(), arcs.neighbours, arcs.neighbours + arcs.size);
      level.weights.insert(level.weights.end(), arcs.weights, arcs.weights + arcs.size);
      level.offsets[v + 1] = level.neighbours.size();
      level.strength[v] = g.strength(static_cast<VertexIndex>(v));
    }
    return level;
  }
};

// Scratch space to sum weights per community without clearing all of it.
class CommunityWeights {
 public:
  explicit CommunityWeights(std::size_t n) : weight_(n, 0.0), seen_(n, false) {}
  void Add(VertexIndex c, double w) {
    if (!seen_[c]) {
      seen_[c] = true;
      touched_.push_back(c);
    }
    weight_[c] += w;
  }
  double operator[](VertexIndex c) const { return weight_[c]; }
  const std::vector<VertexIndex>& touched() const { return touched_; }
  void Clear() {
    for (VertexIndex c : touched_) {
      weight_[c] = 0.0;
      seen_[c] = false;
    }
    touched_.clear();
  }

 private:
  std::vector<double> weight_;
  std::vector<bool> seen_;
  std::vector<VertexIndex> touched_;
};

// Moves vertices between communities until a pass moves none (or gains
// nothing measurable). Returns whether any vertex moved. `community[v]`
// starts as v.
bool MoveVertices(const Level& level, double m, double resolution,
                  const std::vector<VertexIndex>& order, std::vector<VertexIndex>* community) {
  const std::size_t n = level.size();
  std::vector<double> total(level.strength);  // strength of each community
  CommunityWeights links(n);
  bool moved_any = false;
  const double per_strength = resolution / (2.0 * m);
  for (;;) {
    std::size_t moves = 0;
    double gained = 0.0;
    for (VertexIndex v : order) {
      const VertexIndex own = (*community)[v];
      const double k = level.strength[v];
      for (std::size_t i = level.offsets[v]; i < level.offsets[v + 1]; ++i) {
        links.Add((*community)[level.neighbours[i]], level.weights[i]);
      }
      total[own] -= k;
      // Gain of joining c (times m): links to c - resolution * total_c * k / 2m.
      const double stay = links[own] - total[own] * k * per_strength;
      VertexIndex best = own;
      double best_gain = stay;
      for (VertexIndex c : links.touched()) {
        const double gain = links[c] - total[c] * k * per_strength;
        if (gain > best_gain) {
          best = c;
          best_gain = gain;
        }
      }
      total[best] += k;
      links.Clear();
      if (best != own) {
        (*community)[v] = best;
        ++moves;
        gained += (best_gain - stay) / m;
      }
    }
    if (moves == 0) break;
    moved_any = true;
    if (gained < 1e-12) break;
  }
  return moved_any;
}

// The graph of communities: one vertex per community (numbered by first
// member), edges summed, internal weight as a self-loop.
Level Aggregate(const Level& level, std::vector<VertexIndex>* community, std::size_t* count) {
  const std::size_t n = level.size();
  std::vector<VertexIndex> renumber(n, static_cast<VertexIndex>(-1));
  std::size_t c_count = 0;
  for (std::size_t v = 0; v < n; ++v) {
    VertexIndex& r = renumber[(*community)[v]];
    if (r == static_cast<VertexIndex>(-1)) r = static_cast<VertexIndex>(c_count++);
    (*community)[v] = r;
  }
  *count = c_count;
  // Members of each community, in vertex order.
  std::vector<std::size_t> start(c_count + 1, 0);
  for (std::size_t v = 0; v < n; ++v) ++start[(*community)[v] + 1];
  for (std::size_t c = 0; c < c_count; ++c) start[c + 1] += start[c];
  std::vector<VertexIndex> members(n);
  {
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t v = 0; v < n; ++v)
      members[next[(*community)[v]]++] = static_cast<VertexIndex>(v);
  }
  Level coarse;
  coarse.offsets.assign(c_count + 1, 0);
  coarse.loop.assign(c_count, 0.0);
  coarse.strength.assign(c_count, 0.0);
  CommunityWeights links(c_count);
  std::vector<VertexIndex> row;
  for (std::size_t c = 0; c < c_count; ++c) {
    for (std::size_t k = start[c]; k < start[c + 1]; ++k) {
      const VertexIndex v = members[k];
      coarse.loop[c] += level.loop[v];
      coarse.strength[c] += level.strength[v];
      for (std::size_t i = level.offsets[v]; i < level.offsets[v + 1]; ++i) {
        const VertexIndex d = (*community)[level.neighbours[i]];
        if (d == c) {
          coarse.loop[c] += level.weights[i] / 2;  // seen from both ends
        } else {
          links.Add(d, level.weights[i]);
        }
      }
    }
    row = links.touched();
    std::sort(row.begin(), row.end());
    for (VertexIndex d : row) {
      coarse.neighbours.push_back(d);
      coarse.weights.push_back(links[d]);
    }
    coarse.offsets[c + 1] = coarse.neighbours.size();
    links.Clear();
  }
  return coarse;
}

}  // namespace

void Louvain::run() {
  const std::size_t n = graph_.vertex_count();
  levels_ = 0;
  communities_.assign(n, 0);
  std::iota(communities_.begin(), communities_.end(), 0);
  const double m = graph_.total_weight();
  if (m > 0.0) {
    std::mt19937_64 rng(options_.seed);
    Level level = Level::Of(graph_);
    double q = Modularity(graph_, communities_, options_.resolution);
    while (levels_ < options_.max_levels) {
      std::vector<VertexIndex> order(level.size());
      std::iota(order.begin(), order.end(), 0);
      if (options_.seed != 0) PortableShuffle(&order, rng);
      std::vector<VertexIndex> community(order.size());
      std::iota(community.begin(), community.end(), 0);
      if (!MoveVertices(level, m, options_.resolution, order, &community)) break;
      std::size_t count = 0;
      Level coarse = Aggregate(level, &community, &count);
      std::vector<int> next(n);
      for (std::size_t v = 0; v < n; ++v) next[v] = static_cast<int>(community[communities_[v]]);
      const double next_q = Modularity(graph_, next, options_.resolution);
      communities_ = std::move(next);
      ++levels_;
      if (next_q - q < options_.min_gain || count == 1) break;
      q = next_q;
      level = std::move(coarse);
    }
  }
  communities_ = NumberBySize(communities_);
  community_count_ =
      communities_.empty() ? 0 : *std::max_element(communities_.begin(), communities_.end()) + 1;
  modularity_ = Modularity(graph_, communities_, options_.resolution);
}

}  // namespace actorgraph
