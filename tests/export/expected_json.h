// What the round-trip scripts (roundtrip.py) should read back from an
// export of a graph: its nodes and edges with their attributes, as JSON.

#ifndef ACTORGRAPH_TESTS_EXPORT_EXPECTED_JSON_H_
#define ACTORGRAPH_TESTS_EXPORT_EXPECTED_JSON_H_

#include <string>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"

namespace actorgraph {
namespace testing {

// {"nodes": {id: {label, kind, country?, role?, name_ja?, aliases?,
//  <measure>: double, community: int}}, "edges": [{source, target, directed,
//  weight, type, date?, week?, place?, outlets?, evidence?, cameo?, plover?,
//  document?, item?, count}]}; strings as the exports write them (sanitized),
//  empty ones left out.
// With `graphml_ids`, node ids are those GraphML writes (GraphmlNodeIds).
std::string ExpectedJson(const ActorGraph& graph, const GraphAnalysis& analysis,
                         bool graphml_ids = false);

// Runs roundtrip.py MODE with the expectation and `files`; returns its
// output, and sets *ok when it exited 0.
std::string RunRoundTrip(const std::string& mode, const std::string& expected,
                         const std::vector<std::string>& files, bool* ok);

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_EXPORT_EXPECTED_JSON_H_
