#include "actorgraph/graph_view.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace actorgraph {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool Keep(const EdgeInfo& e, const ViewOptions& o) {
  if (!o.types.empty() && std::find(o.types.begin(), o.types.end(), e.type) == o.types.end()) {
    return false;
  }
  if (!o.from.empty() || !o.to.empty()) {
    if (e.date.empty()) return false;
    if (!o.from.empty() && e.date < o.from) return false;
    if (!o.to.empty() && e.date > o.to) return false;
  }
  return o.week.empty() || e.week == o.week;
}

// The vertex each vertex stands for in the view (kNone: dropped).
std::vector<std::size_t> MapVertices(const ActorGraph& graph, const ViewOptions& o) {
  const Graph& g = graph.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::size_t> target(n);
  for (std::size_t v = 0; v < n; ++v) target[v] = v;
  if (!o.collapse_to_countries) return target;
  std::vector<bool> is_someones_country(n, false);
  for (std::size_t v = 0; v < n; ++v) {
    Vertex c;
    if (!g[v].country.empty() && graph.FindVertex(g[v].country, &c) && c != v) {
      is_someones_country[c] = true;
    }
  }
  for (std::size_t v = 0; v < n; ++v) {
    std::size_t at = v;
    // Follow `country` a few steps (dictionaries are shallow; this also
    // stops on a cycle).
    for (int step = 0; step < 8 && g[at].kind != ActorKind::kCountry; ++step) {
      Vertex c;
      if (g[at].country.empty() || !graph.FindVertex(g[at].country, &c) || c == at) break;
      at = c;
    }
    const bool stands = g[at].kind == ActorKind::kCountry || is_someones_country[at];
    target[v] = stands ? at : (o.keep_uncountried ? v : kNone);
  }
  return target;
}

struct Merged {
  EdgeInfo info;
  double type_weight[kInteractionTypeCount] = {};
  std::vector<std::pair<IsoDate, std::vector<Evidence>>> evidence;  // per interaction
};

// Adds interaction `e` to the aggregate `m`.
void Merge(const EdgeInfo& e, bool first, Merged* m) {
  m->type_weight[static_cast<int>(e.type)] += e.weight;
  m->evidence.emplace_back(e.date, e.evidence);
  if (first) {
    m->info = e;
    m->info.evidence.clear();
    return;
  }
  m->info.weight += e.weight;
  m->info.count += e.count;
  m->info.undirected = m->info.undirected && e.undirected;
  for (const std::string& outlet : e.outlets) m->info.outlets.push_back(outlet);
  if (e.date > m->info.date) {
    EdgeInfo newest = e;
    newest.weight = m->info.weight;
    newest.count = m->info.count;
    newest.undirected = m->info.undirected;
    newest.outlets = std::move(m->info.outlets);
    newest.evidence.clear();
    m->info = std::move(newest);
  }
}

void Finish(Aggregation aggregation, Merged* m) {
  std::vector<std::string>& outlets = m->info.outlets;
  std::sort(outlets.begin(), outlets.end());
  outlets.erase(std::unique(outlets.begin(), outlets.end()), outlets.end());
  std::stable_sort(m->evidence.begin(), m->evidence.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (auto& [date, evidence] : m->evidence) {
    for (Evidence& e : evidence) m->info.evidence.push_back(std::move(e));
  }
  if (aggregation == Aggregation::kPair) {
    int best = 0;
    for (int t = 1; t < kInteractionTypeCount; ++t) {
      if (m->type_weight[t] > m->type_weight[best]) best = t;
    }
    m->info.type = static_cast<InteractionType>(best);
    m->info.undirected = true;
  }
}

}  // namespace

ActorGraph MakeView(const ActorGraph& graph, const ViewOptions& options, ViewStats* stats) {
  const Graph& g = graph.graph();
  const std::size_t n = boost::num_vertices(g);
  ViewStats local;
  std::vector<std::size_t> target = MapVertices(graph, options);

  // The interactions that stay, with their ends in old vertex numbers.
  struct Kept {
    std::size_t source, target;
    const EdgeInfo* info;
  };
  std::vector<Kept> kept;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeInfo& info = g[e];
    if (!Keep(info, options)) {
      ++local.filtered_interactions;
      continue;
    }
    std::size_t s = target[boost::source(e, g)], t = target[boost::target(e, g)];
    if (s == kNone || t == kNone) {
      ++local.unmapped_interactions;
      continue;
    }
    if (s == t && options.collapse_to_countries && boost::source(e, g) != boost::target(e, g)) {
      ++local.domestic_interactions;
      continue;
    }
    kept.push_back({s, t, &info});
  }

  // Which old vertices become vertices of the view, and their new numbers.
  std::vector<bool> present(n, false);
  if (options.drop_isolated) {
    for (const Kept& k : kept) present[k.source] = present[k.target] = true;
  } else {
    for (std::size_t v = 0; v < n; ++v) {
      if (target[v] != kNone) present[target[v]] = true;
    }
  }
  Graph view;
  std::vector<Vertex> renumber(n);
  for (std::size_t v = 0; v < n; ++v) {
    if (present[v]) {
      renumber[v] = boost::add_vertex(g[v], view);
    } else {
      ++local.dropped_actors;
    }
  }

  if (options.aggregation == Aggregation::kNone) {
    for (const Kept& k : kept)
      boost::add_edge(renumber[k.source], renumber[k.target], *k.info, view);
  } else {
    // Key: (first end, second end, type or -1 for kPair).
    std::map<std::tuple<std::size_t, std::size_t, int>, Merged> merged;
    for (const Kept& k : kept) {
      std::size_t a = k.source, b = k.target;
      const bool unordered = options.aggregation == Aggregation::kPair || k.info->undirected;
      if (unordered && b < a) std::swap(a, b);
      int type = options.aggregation == Aggregation::kPair ? -1 : static_cast<int>(k.info->type);
      auto [it, inserted] = merged.try_emplace({a, b, type});
      Merge(*k.info, inserted, &it->second);
    }
    for (auto& [key, m] : merged) {
      Finish(options.aggregation, &m);
      boost::add_edge(renumber[std::get<0>(key)], renumber[std::get<1>(key)], std::move(m.info),
                      view);
    }
  }
  if (stats) *stats = local;
  return ActorGraph::FromGraph(std::move(view));
}

}  // namespace actorgraph
