#include "actorgraph/actor_graph.h"

#include <algorithm>
#include <utility>

#include "actorgraph/iso_week.h"

namespace actorgraph {

ActorGraph ActorGraph::FromEvents(const Events& events, const WeightTable& weights) {
  std::vector<const Actor*> actors;
  actors.reserve(events.actors.size());
  for (const Actor& a : events.actors) actors.push_back(&a);
  // Stable: a repeated id keeps its first definition.
  std::stable_sort(actors.begin(), actors.end(),
                   [](const Actor* a, const Actor* b) { return a->id < b->id; });

  ActorGraph result;
  for (const Actor* a : actors) {
    if (result.by_id_.count(a->id)) continue;
    VertexInfo info;
    info.id = a->id;
    info.name = a->name;
    info.name_ja = a->name_ja;
    info.kind = a->kind;
    info.country = a->country;
    info.role = a->role;
    info.aliases = a->aliases;
    result.by_id_[a->id] = boost::add_vertex(std::move(info), result.graph_);
  }

  for (const Interaction& i : events.interactions) {
    Vertex source, target;
    if (!result.FindVertex(i.source, &source) || !result.FindVertex(i.target, &target)) {
      ++result.skipped_;
      continue;
    }
    EdgeInfo info;
    info.type = i.type;
    info.undirected = IsUndirected(i.type);
    info.weight = weights[i.type];
    info.date = i.date;
    info.week = IsoWeek(i.date);
    info.place = i.place;
    info.document = i.document;
    info.item = i.item;
    info.outlets = i.outlets;
    info.evidence = i.evidence;
    info.cameo = i.cameo;
    info.plover = i.plover;
    boost::add_edge(source, target, std::move(info), result.graph_);
  }
  return result;
}

ActorGraph ActorGraph::FromGraph(Graph graph) {
  ActorGraph result;
  result.graph_ = std::move(graph);
  for (Vertex v : boost::make_iterator_range(boost::vertices(result.graph_))) {
    result.by_id_.emplace(result.graph_[v].id, v);
  }
  return result;
}

bool ActorGraph::FindVertex(const std::string& id, Vertex* out) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return false;
  *out = it->second;
  return true;
}

Events ActorGraph::ToEvents() const {
  Events events;
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) {
    const VertexInfo& info = graph_[v];
    Actor a;
    a.id = info.id;
    a.name = info.name;
    a.kind = info.kind;
    a.country = info.country;
    a.role = info.role;
    a.name_ja = info.name_ja;
    a.aliases = info.aliases;
    events.actors.push_back(std::move(a));
  }
  for (Edge e : boost::make_iterator_range(boost::edges(graph_))) {
    const EdgeInfo& info = graph_[e];
    Interaction i;
    i.type = info.type;
    i.source = graph_[boost::source(e, graph_)].id;
    i.target = graph_[boost::target(e, graph_)].id;
    i.date = info.date;
    i.place = info.place;
    i.document = info.document;
    i.item = info.item;
    i.outlets = info.outlets;
    i.evidence = info.evidence;
    i.cameo = info.cameo;
    i.plover = info.plover;
    events.interactions.push_back(std::move(i));
  }
  return events;
}

}  // namespace actorgraph
