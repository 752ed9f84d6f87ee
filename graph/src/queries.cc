#include "actorgraph/queries.h"

#include <algorithm>
#include <map>
#include <utility>

#include <boost/graph/breadth_first_search.hpp>

#include "actorgraph/text_normalize.h"

namespace actorgraph {

namespace {

// True when `words` occurs in `key` as whole words (keys are single-spaced).
bool HasWords(const std::string& key, const std::string& words) {
  if (words.empty()) return false;
  const std::string padded = " " + key + " ";
  return padded.find(" " + words + " ") != std::string::npos;
}

std::string Describe(const VertexInfo& v) { return v.id + " (" + v.name + ")"; }

}  // namespace

ActorFinder::ActorFinder(const ActorGraph& graph) : graph_(graph) {
  const Graph& g = graph.graph();
  keys_.resize(boost::num_vertices(g));
  for (std::size_t v = 0; v < keys_.size(); ++v) {
    const VertexInfo& info = g[v];
    keys_[v].name = MatchKey(info.name);
    for (const std::string& alias : info.aliases) keys_[v].other.push_back(MatchKey(alias));
    if (!info.name_ja.empty()) keys_[v].other.push_back(MatchKey(info.name_ja));
    keys_[v].other.push_back(MatchKey(info.id));
  }
}

std::vector<Vertex> ActorFinder::Candidates(const std::string& name) const {
  Vertex exact;
  if (graph_.FindVertex(name, &exact)) return {exact};
  const std::string key = MatchKey(name);
  if (key.empty()) return {};
  const int kRules = 3;
  std::vector<Vertex> found[kRules];
  for (std::size_t v = 0; v < keys_.size(); ++v) {
    const Keys& k = keys_[v];
    if (k.name == key) {
      found[0].push_back(v);
    } else if (std::find(k.other.begin(), k.other.end(), key) != k.other.end()) {
      found[1].push_back(v);
    } else if (HasWords(k.name, key) ||
               std::any_of(k.other.begin(), k.other.end(),
                           [&](const std::string& o) { return HasWords(o, key); })) {
      found[2].push_back(v);
    }
  }
  for (const std::vector<Vertex>& f : found) {
    if (!f.empty()) return f;
  }
  return {};
}

Result<Vertex> ActorFinder::Resolve(const std::string& name) const {
  std::vector<Vertex> candidates = Candidates(name);
  if (candidates.empty()) return Status::NotFound("no actor is called \"" + name + "\"");
  if (candidates.size() == 1) return candidates[0];
  std::string message = "\"" + name + "\" is ambiguous; it may be:";
  for (Vertex v : candidates) message += "\n  " + Describe(graph_.graph()[v]);
  message += "\ngive the id or a fuller name";
  return Status::InvalidArgument(message);
}

std::vector<Vertex> ActorFinder::Search(const std::string& text) const {
  const std::string key = MatchKey(text);
  std::vector<Vertex> found;
  for (std::size_t v = 0; v < keys_.size(); ++v) {
    const Keys& k = keys_[v];
    if (key.empty() || k.name.find(key) != std::string::npos ||
        std::any_of(k.other.begin(), k.other.end(),
                    [&](const std::string& o) { return o.find(key) != std::string::npos; })) {
      found.push_back(v);
    }
  }
  return found;
}

bool InteractionFilter::Accepts(const EdgeInfo& edge) const {
  if (!types.empty() && std::find(types.begin(), types.end(), edge.type) == types.end()) {
    return false;
  }
  if (from.empty() && to.empty()) return true;
  if (edge.date.empty()) return false;
  return (from.empty() || edge.date >= from) && (to.empty() || edge.date <= to);
}

std::vector<InteractionType> ContactTypes() {
  std::vector<InteractionType> types;
  for (int t = 0; t < kInteractionTypeCount; ++t) {
    if (IsContact(static_cast<InteractionType>(t)))
      types.push_back(static_cast<InteractionType>(t));
  }
  return types;
}

Result<std::vector<InteractionType>> ParseTypeList(const std::string& text) {
  std::vector<InteractionType> types;
  std::size_t start = 0;
  for (;;) {
    std::size_t comma = text.find(',', start);
    std::string name = text.substr(start, comma == std::string::npos ? comma : comma - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    InteractionType type;
    if (name == "all") {
      return std::vector<InteractionType>();
    } else if (name == "contacts") {
      for (InteractionType t : ContactTypes()) types.push_back(t);
    } else if (ParseInteractionType(name, &type)) {
      types.push_back(type);
    } else {
      std::string known;
      for (int t = 0; t < kInteractionTypeCount; ++t) {
        known += std::string(ToString(static_cast<InteractionType>(t))) + ", ";
      }
      return Status::InvalidArgument("unknown interaction type \"" + name + "\" (known: " + known +
                                     "contacts, all)");
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  std::sort(types.begin(), types.end());
  types.erase(std::unique(types.begin(), types.end()), types.end());
  return types;
}

namespace {

void SortNewestFirst(const Graph& g, std::vector<InteractionRecord>* records) {
  std::stable_sort(records->begin(), records->end(),
                   [&g](const InteractionRecord& a, const InteractionRecord& b) {
                     const EdgeInfo& ea = g[a.edge];
                     const EdgeInfo& eb = g[b.edge];
                     if (ea.date != eb.date) return ea.date > eb.date;
                     if (a.counterpart != b.counterpart) return a.counterpart < b.counterpart;
                     return ea.type < eb.type;
                   });
}

// Interactions of `actor`, with `other` only when `other` is given.
std::vector<InteractionRecord> Collect(const ActorGraph& graph, Vertex actor, const Vertex* other,
                                       const InteractionFilter& filter) {
  const Graph& g = graph.graph();
  std::vector<InteractionRecord> records;
  for (Edge e : boost::make_iterator_range(boost::out_edges(actor, g))) {
    Vertex t = boost::target(e, g);
    if (!filter.Accepts(g[e]) || (other && t != *other)) continue;
    records.push_back({e, actor, t, g[e].undirected ? "with" : "to"});
  }
  for (Edge e : boost::make_iterator_range(boost::in_edges(actor, g))) {
    Vertex s = boost::source(e, g);
    if (s == actor || !filter.Accepts(g[e]) || (other && s != *other)) continue;
    records.push_back({e, actor, s, g[e].undirected ? "with" : "from"});
  }
  SortNewestFirst(g, &records);
  return records;
}

}  // namespace

std::vector<InteractionRecord> InteractionsOf(const ActorGraph& graph, Vertex actor,
                                              const InteractionFilter& filter) {
  return Collect(graph, actor, nullptr, filter);
}

std::vector<InteractionRecord> InteractionsBetween(const ActorGraph& graph, Vertex a, Vertex b,
                                                   const InteractionFilter& filter) {
  return Collect(graph, a, &b, filter);
}

Result<ContactPath> ShortestContactPath(const ActorGraph& graph, Vertex from, Vertex to,
                                        const InteractionFilter& filter) {
  const Graph& g = graph.graph();
  const std::size_t n = boost::num_vertices(g);
  // The newest qualifying interaction of each unordered pair.
  std::map<std::pair<Vertex, Vertex>, Edge> newest;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (!filter.Accepts(g[e])) continue;
    Vertex a = boost::source(e, g), b = boost::target(e, g);
    if (a == b) continue;
    if (b < a) std::swap(a, b);
    auto [it, inserted] = newest.try_emplace({a, b}, e);
    if (!inserted && g[e].date > g[it->second].date) it->second = e;
  }
  // Pairs added in sorted order give every vertex its neighbours in index
  // order, so the search does not depend on the input order.
  using Contacts = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Contacts contacts(n);
  for (const auto& [pair, edge] : newest) boost::add_edge(pair.first, pair.second, contacts);
  std::vector<Vertex> parent(n);
  for (std::size_t v = 0; v < n; ++v) parent[v] = v;
  boost::breadth_first_search(contacts, from,
                              boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(
                                  parent.data(), boost::on_tree_edge()))));
  if (from != to && parent[to] == to) {
    return Status::NotFound("no chain of contacts joins " + Describe(g[from]) + " and " +
                            Describe(g[to]));
  }
  ContactPath path;
  for (Vertex v = to;; v = parent[v]) {
    path.actors.push_back(v);
    if (v == from) break;
  }
  std::reverse(path.actors.begin(), path.actors.end());
  for (std::size_t i = 0; i + 1 < path.actors.size(); ++i) {
    Vertex a = path.actors[i], b = path.actors[i + 1];
    path.links.push_back(newest.at({std::min(a, b), std::max(a, b)}));
  }
  return path;
}

std::vector<RankedActor> TopActors(const std::vector<double>& values, std::size_t limit) {
  std::vector<RankedActor> ranked;
  ranked.reserve(values.size());
  for (std::size_t v = 0; v < values.size(); ++v) ranked.push_back({v, values[v]});
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const RankedActor& a, const RankedActor& b) { return a.value > b.value; });
  if (limit != 0 && ranked.size() > limit) ranked.resize(limit);
  return ranked;
}

}  // namespace actorgraph
