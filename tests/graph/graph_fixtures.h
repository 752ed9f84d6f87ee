// Graphs the graph tests share: tiny edge lists written inline, the edge
// lists tests/graph/networkx_reference.py writes into tests/graph/data/
// ("v NAME" lines, then "e SOURCE TARGET WEIGHT u|d"), and the events
// fixture tests/graph/data/queries_events.json (drawn in graph_view_test.cc).

#ifndef ACTORGRAPH_TESTS_GRAPH_GRAPH_FIXTURES_H_
#define ACTORGRAPH_TESTS_GRAPH_GRAPH_FIXTURES_H_

#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"
#include "actorgraph/compact_graph.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {

inline WeightedEdgeList Edges(std::size_t n, std::vector<WeightedEdge> edges) {
  WeightedEdgeList list;
  list.vertex_count = n;
  list.edges = std::move(edges);
  return list;
}

// The graph of tests/graph/data/queries_events.json, read once.
inline const ActorGraph& EventsFixture() {
  static const ActorGraph graph = [] {
    auto events = ReadEventsFile(SourceDir() + "/tests/graph/data/queries_events.json");
    if (!events.ok()) throw std::runtime_error(events.status().ToString());
    return ActorGraph::FromEvents(*events);
  }();
  return graph;
}

struct NamedEdgeList {
  std::vector<std::string> names;  // by vertex index
  WeightedEdgeList list;
};

inline NamedEdgeList ParseEdgeListFile(const std::string& path) {
  std::istringstream in(ReadFileOrDie(path));
  NamedEdgeList out;
  std::map<std::string, VertexIndex> index;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string tag, a, b, kind;
    double weight = 0;
    fields >> tag;
    if (tag == "v" && fields >> a) {
      index[a] = static_cast<VertexIndex>(out.names.size());
      out.names.push_back(a);
    } else if (tag == "e" && fields >> a >> b >> weight >> kind && index.count(a) &&
               index.count(b)) {
      out.list.edges.push_back({index[a], index[b], weight, kind == "u"});
    } else {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": bad line");
    }
  }
  out.list.vertex_count = out.names.size();
  return out;
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_GRAPH_GRAPH_FIXTURES_H_
