// GraphAnalysis: every per-actor measure and the communities of a graph, in
// one value that exports and queries read. Computed by Analyze(); the
// individual algorithms live in centrality.h and communities.h.

#ifndef ACTORGRAPH_ANALYSIS_H_
#define ACTORGRAPH_ANALYSIS_H_

#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"

namespace actorgraph {

struct GraphAnalysis {
  // Measure names in a fixed order: "degree", "in_degree", "out_degree",
  // "strength", "betweenness", "closeness", "eigenvector", "pagerank".
  std::vector<std::string> measures;
  // values[m][v]: measure m of vertex v.
  std::vector<std::vector<double>> values;
  std::vector<int> community;  // community[v], numbered from 0 by size
  double modularity = 0.0;

  // The values of a measure by name; nullptr when it is not computed.
  const std::vector<double>* Measure(const std::string& name) const;
};

// Runs every measure and the community detection on `graph`.
GraphAnalysis Analyze(const ActorGraph& graph);

}  // namespace actorgraph

#endif  // ACTORGRAPH_ANALYSIS_H_
