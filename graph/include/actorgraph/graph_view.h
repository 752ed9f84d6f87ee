// Views of an ActorGraph: filtered by interaction type, date range and ISO
// week, collapsed to countries, aggregated to one weighted edge per actor
// pair (and type). A view is itself an ActorGraph (a new value that owns its
// data), so every measure, query and export works on it unchanged.
//
// The steps run in this order: filter the interactions, map actors to
// countries, aggregate, drop isolated actors.

#ifndef ACTORGRAPH_GRAPH_VIEW_H_
#define ACTORGRAPH_GRAPH_VIEW_H_

#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"

namespace actorgraph {

enum class Aggregation {
  kNone,         // one edge per interaction
  kPairAndType,  // one edge per type and pair: ordered pair for directed
                 // types, unordered for undirected ones
  kPair,         // one undirected edge per unordered pair, all types merged:
                 // the strength of the tie, since direction is lost once
                 // types mix; its type is the type of largest total weight
                 // (ties: the first in the order of InteractionType)
};

struct ViewOptions {
  // Interaction types to keep; empty keeps all.
  std::vector<InteractionType> types;
  // Inclusive date range "YYYY-MM-DD"; "" leaves that side open. When either
  // is set, interactions without a date are left out.
  IsoDate from, to;
  // ISO week "2026-W19" (see iso_week.h); "" keeps every week.
  std::string week;
  // Collapse to countries: a country is itself; any other actor becomes
  // the actor its `country` names, followed until a country or an actor
  // with no known country (a bloc such as the EU, when its officials name it
  // as their country: an actor that is some actor's `country` stands for
  // itself). Actors that reach nothing (no country and nobody's country)
  // are dropped with their interactions unless keep_uncountried, which
  // keeps them as themselves. Interactions inside one country would be
  // self-loops and are dropped (the country graph shows relations between
  // countries).
  bool collapse_to_countries = false;
  bool keep_uncountried = false;
  Aggregation aggregation = Aggregation::kNone;
  // Leave out actors without any interaction in the view.
  bool drop_isolated = false;
};

// What a view left out.
struct ViewStats {
  std::size_t filtered_interactions = 0;  // by type, date or week
  std::size_t unmapped_interactions = 0;  // an end had no country
  std::size_t domestic_interactions = 0;  // both ends in one country
  std::size_t dropped_actors = 0;         // unmapped, merged or isolated
};

// Aggregated edges: weight = sum of the weights, count = number of
// interactions, outlets = sorted union, evidence = all of it, newest first;
// date, week, place, document, item, CAMEO and PLOVER are the newest
// interaction's (ties: the first in edge order). Edges come in the order of
// (source index, target index, type); an undirected edge runs from the
// smaller vertex index to the larger.
// Vertices keep their order (sorted by id); with collapse_to_countries they
// are the countries, blocs and kept actors, in id order.
ActorGraph MakeView(const ActorGraph& graph, const ViewOptions& options,
                    ViewStats* stats = nullptr);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_VIEW_H_
