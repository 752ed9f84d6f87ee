// ActorGraph: actors and their interactions as a Boost.Graph directed
// multigraph. One vertex per actor, one edge per interaction. Undirected
// interaction types (meeting, call, cooperation) are stored once, in the
// direction source -> target of the events, and every algorithm and export
// treats them as undirected (see EdgeInfo::undirected).
//
// An ActorGraph owns its data. Vertex descriptors are indices 0..n-1 in the
// order actors were added (stable: sorted by actor id when built from Events).

#ifndef ACTORGRAPH_ACTOR_GRAPH_H_
#define ACTORGRAPH_ACTOR_GRAPH_H_

#include <map>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "actorgraph/events.h"
#include "actorgraph/status.h"

namespace actorgraph {

struct VertexInfo {
  std::string id;
  std::string name;
  std::string name_ja;
  ActorKind kind = ActorKind::kPerson;
  std::string country;  // actor id of the country
  std::string role;
  std::vector<std::string> aliases;
};

struct EdgeInfo {
  InteractionType type = InteractionType::kMeeting;
  bool undirected = false;
  double weight = 1.0;  // from the weight table, > 0
  IsoDate date;
  std::string week;  // ISO week of the date, e.g. "2026-W19"
  std::string place;
  std::string document;
  int item = 0;
  std::vector<std::string> outlets;
  std::vector<Evidence> evidence;
  std::string cameo;
  std::string plover;
  // Interactions this edge stands for: 1 in a graph built from events; the
  // number merged into it in an aggregated view (graph_view.h), whose weight
  // is then their sum and whose fields describe the newest of them.
  int count = 1;
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexInfo, EdgeInfo>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Weight of each interaction type. Defaults are documented in weights.json
// (data/weights.json, compiled in). A weights file has the same form:
//   {"_about": "...", "weights": {"meeting": 5, "call": 3, ...}}
// Types it leaves out keep their default; keys starting with "_" are
// comments. Every weight must be a finite number > 0. Errors name the file,
// line and column (the column just after the offending value).
class WeightTable {
 public:
  WeightTable();  // the built-in defaults
  static Result<WeightTable> FromJson(const std::string& json, const std::string& file);
  static Result<WeightTable> ReadFile(const std::string& path);
  double operator[](InteractionType type) const { return weights_[static_cast<int>(type)]; }
  void Set(InteractionType type, double weight) { weights_[static_cast<int>(type)] = weight; }

 private:
  double weights_[kInteractionTypeCount];
};

class ActorGraph {
 public:
  // Builds the graph from events: one vertex per actor that exists in
  // `events.actors` (sorted by id; a repeated id keeps its first definition),
  // one edge per interaction in the order of `events.interactions`, with the
  // weight of its type and the ISO week of its date. An interaction whose
  // source or target is not an actor id is skipped and counted in
  // skipped_interactions() (EventsFromJson already rejects such input).
  static ActorGraph FromEvents(const Events& events, const WeightTable& weights = WeightTable());
  // Adopts a graph built elsewhere (views build their result this way).
  // The vertex ids must be unique.
  static ActorGraph FromGraph(Graph graph);

  const Graph& graph() const { return graph_; }
  Graph& graph() { return graph_; }
  std::size_t actor_count() const { return boost::num_vertices(graph_); }
  std::size_t interaction_count() const { return boost::num_edges(graph_); }

  // The vertex of an actor id, or false.
  bool FindVertex(const std::string& id, Vertex* out) const;
  // Back to the events model (used to write events JSON of a view): actors
  // in vertex order, interactions in edge order (by source vertex, then
  // insertion order).
  Events ToEvents() const;

  // Interactions FromEvents() skipped because an end was not an actor.
  std::size_t skipped_interactions() const { return skipped_; }

 private:
  Graph graph_;
  std::map<std::string, Vertex> by_id_;
  std::size_t skipped_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTOR_GRAPH_H_
