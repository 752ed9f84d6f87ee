// GraphML for Gephi, networkx, igraph and yEd.
//
// What Gephi reads (../shared/schemas/README.md) decides the layout:
// - every <key> has an explicit for="node" or for="edge" and a real
//   attr.type: double for the weight and every measure of the analysis, int
//   for the community and the item number, string for the rest; key ids are
//   lowercase and equal to attr.name;
// - node keys: label (the actor's name; Gephi's node label), kind, country,
//   role, name_ja, aliases, one per measure, community;
// - edge keys: weight (> 0), type, date, week, place, outlets, evidence,
//   cameo, plover, document, item, count (interactions the edge stands for:
//   1, or more in an aggregated view);
// - the interaction type is also written as <edge label="meeting">, which is
//   how Gephi gets an edge's type (kind); it validates against
//   ../shared/schemas/graphml/graphml-gephi.xsd (not against plain
//   graphml.xsd, which has no such attribute);
// - node ids are the actor ids; GraphML types them xs:NMTOKEN, so an id with
//   other characters than ASCII letters, digits, '.', '-' and '_' has them
//   written _xHHHH_ (code point in hex), e.g. "a b" -> "a_x0020_b";
// - one <edge> per interaction, with id "e0", "e1", ... in the graph's edge
//   order (parallel edges kept); the graph is edgedefault="directed" and an
//   undirected interaction (meeting, call, cooperation) carries
//   directed="false".
// Empty strings are left out (no <data> element). All text is escaped and
// stripped of what XML 1.0 forbids (see text_escape.h). Numbers are written
// in the "C" locale, shortest round-trip form. Output is deterministic.
//
// networkx refuses a file that mixes directed and undirected edges; write
// with mark_undirected = false for it (the `type` column still tells which
// interactions are undirected).

#ifndef ACTORGRAPH_GRAPHML_H_
#define ACTORGRAPH_GRAPHML_H_

#include <string>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"
#include "actorgraph/sink.h"

namespace actorgraph {

struct GraphmlOptions {
  // Write directed="false" on undirected interactions (Gephi, igraph, yEd).
  bool mark_undirected = true;
  // Written as the graph's "title" data when not empty.
  std::string title;
};

// Writes `graph` with the measures and communities of `analysis` (may be
// null: then no measure or community keys). O(V + E) time, O(1) extra memory
// beyond the sink.
void WriteGraphml(const ActorGraph& graph, const GraphAnalysis* analysis,
                  const GraphmlOptions& options, Sink* out);
std::string GraphmlString(const ActorGraph& graph, const GraphAnalysis* analysis,
                          const GraphmlOptions& options = {});

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPHML_H_
