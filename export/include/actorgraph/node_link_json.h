// JSON node-link form, as d3-force, sigma.js and networkx's
// node_link_graph() read it (Cytoscape.js maps it with a few lines):
//
//   {"directed": true, "multigraph": true,
//    "graph": {"title": ...},
//    "nodes": [{"id": "ilham-aliyev", "label": "Ilham Aliyev", "kind": "person",
//               "country": ..., "role": ..., "name_ja": ..., "aliases": [...],
//               "<measure>": 0.12, ..., "community": 0, "color": "#a6cee3"}],
//    "links": [{"source": ..., "target": ..., "key": 0, "id": "e0",
//               "type": "meeting", "directed": false, "weight": 1.0,
//               "date": ..., "week": ..., "place": ..., "outlets": [...],
//               "evidence": [{"sentence": ..., "rule": ..., "line": 3}],
//               "cameo": ..., "plover": ..., "document": ..., "item": 4,
//               "count": 1}]}
//
// One link per interaction ("key" numbers them, as networkx multigraph
// keys); "directed": false marks undirected interactions. Strings are valid
// UTF-8 (bad bytes and control characters other than tab/LF/CR become
// U+FFFD); a non-finite measure is null. Keys in a fixed order, 2-space
// indentation: deterministic.

#ifndef ACTORGRAPH_NODE_LINK_JSON_H_
#define ACTORGRAPH_NODE_LINK_JSON_H_

#include <string>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"
#include "actorgraph/sink.h"
#include "actorgraph/style.h"

namespace actorgraph {

struct NodeLinkOptions {
  std::string title;
  StyleOptions style;  // for the "color" of nodes
};

void WriteNodeLinkJson(const ActorGraph& graph, const GraphAnalysis* analysis,
                       const NodeLinkOptions& options, Sink* out);
std::string NodeLinkJsonString(const ActorGraph& graph, const GraphAnalysis* analysis,
                               const NodeLinkOptions& options = {});

}  // namespace actorgraph

#endif  // ACTORGRAPH_NODE_LINK_JSON_H_
