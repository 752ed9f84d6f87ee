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
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    VertexInfo, EdgeInfo>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Weight of each interaction type. Defaults are documented in weights.json.
class WeightTable {
 public:
  WeightTable();  // the built-in defaults
  static Result<WeightTable> FromJson(const std::string& json, const std::string& file);
  static Result<WeightTable> ReadFile(const std::string& path);
  double operator[](InteractionType type) const { return weights_[static_cast<int>(type)]; }

 private:
  double weights_[kInteractionTypeCount];
};

class ActorGraph {
 public:
  // Builds the graph from events: one vertex per actor that exists in
  // `events.actors`, one edge per interaction.
  static ActorGraph FromEvents(const Events& events, const WeightTable& weights = WeightTable());

  const Graph& graph() const { return graph_; }
  Graph& graph() { return graph_; }
  std::size_t actor_count() const { return boost::num_vertices(graph_); }
  std::size_t interaction_count() const { return boost::num_edges(graph_); }

  // The vertex of an actor id, or false.
  bool FindVertex(const std::string& id, Vertex* out) const;
  // Back to the events model (used to write events JSON of a view).
  Events ToEvents() const;

 private:
  Graph graph_;
  std::map<std::string, Vertex> by_id_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTOR_GRAPH_H_
