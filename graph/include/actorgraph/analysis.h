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

// How Analyze() runs the measures. The defaults are the documented ones of
// centrality.h / communities.h: weighted betweenness (length = 1/weight),
// unweighted harmonic closeness normalised by n-1, weighted eigenvector and
// PageRank, Louvain in vertex order.
struct AnalysisOptions {
  unsigned threads = 0;                 // 0: all cores (at most 8)
  std::size_t betweenness_samples = 0;  // 0: exact; else sampled sources
};

// Runs every measure and the community detection on `graph`.
GraphAnalysis Analyze(const ActorGraph& graph);
GraphAnalysis Analyze(const ActorGraph& graph, const AnalysisOptions& options);

// The measure names of GraphAnalysis::measures, in order.
const std::vector<std::string>& MeasureNames();

// One measure by name (see MeasureNames()), computed alone; InvalidArgument
// naming the known measures when `name` is not one of them.
Result<std::vector<double>> ComputeMeasure(const ActorGraph& graph, const std::string& name,
                                           const AnalysisOptions& options = {});

}  // namespace actorgraph

#endif  // ACTORGRAPH_ANALYSIS_H_
