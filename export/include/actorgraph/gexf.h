// GEXF 1.3, dynamic, for Gephi's timeline.
//
// - <graph mode="dynamic" defaultedgetype="directed" timeformat="date"
//   timerepresentation="interval" start=".." end="..">, dates ISO
//   (YYYY-MM-DD); a date that is not one is treated as unknown.
// - One <edge> per pair and interaction type (the pair unordered for
//   undirected types): kind = the type (Gephi's edge type), type =
//   "directed" or "undirected", weight = the sum of the interactions'
//   weights, start and end = its first and last date; each interaction date
//   is a <spell start=D end=D/> (a one-day event has start = end; Gephi then
//   uses the spells). Attributes: type, count, dates, weeks, places, outlets,
//   evidence, cameo, plover (distinct values in order of appearance).
// - Nodes: label = name, attributes kind, country, role, name_ja, aliases,
//   each measure (double), community (integer); start/end = the first and
//   last date of its interactions, with one spell per date (nodes with no
//   dated interaction have no time and are always shown).
// - viz:color (by StyleOptions::color_by) and viz:size (by size_by) on
//   nodes; viz:color, viz:thickness (by weight) and viz:shape (the line
//   style) on edges, the same as the diagrams.
// Validates against ../shared/schemas/gexf-1.3/gexf.rng. Deterministic: edges
// in order of first appearance in the graph's edge order.

#ifndef ACTORGRAPH_GEXF_H_
#define ACTORGRAPH_GEXF_H_

#include <string>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"
#include "actorgraph/sink.h"
#include "actorgraph/style.h"

namespace actorgraph {

struct GexfOptions {
  StyleOptions style;
  std::string title;  // <meta><description>
};

void WriteGexf(const ActorGraph& graph, const GraphAnalysis* analysis, const GexfOptions& options,
               Sink* out);
std::string GexfString(const ActorGraph& graph, const GraphAnalysis* analysis,
                       const GexfOptions& options = {});

}  // namespace actorgraph

#endif  // ACTORGRAPH_GEXF_H_
