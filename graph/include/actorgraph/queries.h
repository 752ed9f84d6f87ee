// The questions analysts ask of an ActorGraph: who met whom, what happened
// between two actors, the shortest chain of contacts, the top actors by a
// measure, and finding actors by any of their names. The CLI commands
// who-met, between, path, top and actors only wire these (and
// query_output.h) to arguments.
//
// Results refer to vertices and edges of the graph they came from; the
// graph must outlive them.

#ifndef ACTORGRAPH_QUERIES_H_
#define ACTORGRAPH_QUERIES_H_

#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"
#include "actorgraph/status.h"

namespace actorgraph {

// Finds actors by name. A name matches, in this order of preference (the
// first rule that matches anything decides):
//   1. the actor id, exactly;
//   2. the actor's name, compared by MatchKey() (any case, without
//      diacritics or punctuation: "cavusoglu" finds "Çavuşoğlu");
//   3. an alias, the Japanese name or the id, compared the same way;
//   4. whole words of the name or an alias ("aliyev" finds "Ilham Aliyev").
// Built once per graph: O(total length of the names).
class ActorFinder {
 public:
  explicit ActorFinder(const ActorGraph& graph);

  // Every actor the first matching rule finds, in vertex (id) order.
  std::vector<Vertex> Candidates(const std::string& name) const;
  // The one actor `name` means. NotFound (exit code 3) when no actor
  // matches; InvalidArgument (exit code 2) when several do, the message
  // listing each candidate's id and name so the analyst can pick an id.
  Result<Vertex> Resolve(const std::string& name) const;
  // Actors any of whose names (or id) contains `text` as a MatchKey
  // substring, in vertex order; every actor when `text` is empty.
  std::vector<Vertex> Search(const std::string& text) const;

 private:
  struct Keys {
    std::string name;                // MatchKey of the name
    std::vector<std::string> other;  // of the aliases, Japanese name, id
  };
  const ActorGraph& graph_;
  std::vector<Keys> keys_;  // by vertex
};

// Which interactions a query lists.
struct InteractionFilter {
  std::vector<InteractionType> types;  // empty: every type
  IsoDate from, to;                    // inclusive, "" open; undated ones
                                       // are left out when either is set
  bool Accepts(const EdgeInfo& edge) const;
};

// The contact types (meeting, call, visit): what who-met and path use by
// default.
std::vector<InteractionType> ContactTypes();

// A comma-separated list of type names ("meeting,call"), or "contacts"
// (ContactTypes()) or "all" (every type, returned as an empty list, as
// InteractionFilter reads it). Spaces around names are ignored; repeats
// collapse. InvalidArgument naming the known types otherwise.
Result<std::vector<InteractionType>> ParseTypeList(const std::string& text);

// One interaction seen from `actor`.
struct InteractionRecord {
  Edge edge;
  Vertex actor;
  Vertex counterpart;
  // "with" for undirected types, "to" when `actor` is the source of a
  // directed one, "from" when it is the target.
  const char* direction = "with";
};

// Every interaction of `actor` that passes `filter`, newest first (ties:
// counterpart id, then type, then edge order). A self-loop is listed once.
std::vector<InteractionRecord> InteractionsOf(const ActorGraph& graph, Vertex actor,
                                              const InteractionFilter& filter);
// The interactions between `a` and `b` (either direction), seen from `a`,
// in the same order.
std::vector<InteractionRecord> InteractionsBetween(const ActorGraph& graph, Vertex a, Vertex b,
                                                   const InteractionFilter& filter);

// A shortest chain of contacts: actors[0] = from, actors.back() = to, and
// links[i] (the newest interaction that passes the filter, ties by edge
// order) joins actors[i] and actors[i+1].
struct ContactPath {
  std::vector<Vertex> actors;
  std::vector<Edge> links;
};

// Breadth-first search (boost::breadth_first_search) over the interactions
// that pass `filter`, in either direction; neighbours are explored in id
// order, so among several shortest chains the result is the same for the
// same graph whatever the input order. NotFound when `to` cannot be reached.
// O(n + m).
Result<ContactPath> ShortestContactPath(const ActorGraph& graph, Vertex from, Vertex to,
                                        const InteractionFilter& filter);

struct RankedActor {
  Vertex actor;
  double value;
};
// The `limit` actors with the largest values, largest first (ties: id
// order); `values` is indexed by vertex. limit 0 means all.
std::vector<RankedActor> TopActors(const std::vector<double>& values, std::size_t limit);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERIES_H_
