// Query results as text for a terminal or as JSON for programs. Both are
// deterministic (no locale: numbers in the "C" form). The JSON is one object
// ending in a newline; its shape is stated at each function.

#ifndef ACTORGRAPH_QUERY_OUTPUT_H_
#define ACTORGRAPH_QUERY_OUTPUT_H_

#include <string>
#include <vector>

#include "actorgraph/queries.h"

namespace actorgraph {

enum class OutputFormat { kText, kJson };

// "text" or "json".
bool ParseOutputFormat(const std::string& s, OutputFormat* out);

// who-met and between. JSON:
//   {"actor": ACTOR, "with": ACTOR (between only), "count": N,
//    "interactions": [{"date", "week", "type", "direction": "with|to|from",
//                      "counterpart": ACTOR, "place", "outlets": [...],
//                      "document", "item", "evidence": [{"sentence", "line"}]}]}
// where ACTOR is {"id", "name", "kind"}. `with` may be null.
std::string FormatInteractions(const ActorGraph& graph, Vertex actor, const Vertex* with,
                               const std::vector<InteractionRecord>& records, OutputFormat format);

// path. JSON: {"from": ACTOR, "to": ACTOR, "steps": N,
//   "links": [{"from": ACTOR, "to": ACTOR, "type", "date", "place",
//              "outlets", "evidence"}]}
std::string FormatPath(const ActorGraph& graph, const ContactPath& path, OutputFormat format);

// top. JSON: {"measure": NAME, "week": WEEK or "", "actors":
//   [{"rank", "id", "name", "kind", "value"}]}
std::string FormatTop(const ActorGraph& graph, const std::string& measure, const std::string& week,
                      const std::vector<RankedActor>& ranked, OutputFormat format);

// actors. JSON: {"count": N, "actors": [{"id", "name", "kind", "country",
//   "role", "name_ja", "aliases", "interactions"}]}
std::string FormatActors(const ActorGraph& graph, const std::vector<Vertex>& actors,
                         OutputFormat format);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_OUTPUT_H_
