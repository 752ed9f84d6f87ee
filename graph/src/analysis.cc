#include "actorgraph/analysis.h"

#include <algorithm>

#include "actorgraph/centrality.h"
#include "actorgraph/communities.h"
#include "actorgraph/compact_graph.h"

namespace actorgraph {

namespace {

// Inputs shared by the measures, built once, when first needed.
struct Inputs {
  explicit Inputs(const ActorGraph& graph) : edges(WeightedEdgeList::Of(graph)) {}
  const WeightedDigraph& digraph() {
    if (!built) {
      CompactGraphs::Build(edges, &graphs.directed, nullptr);
      built = true;
    }
    return graphs.directed;
  }
  WeightedEdgeList edges;
  CompactGraphs graphs;
  bool built = false;
};

// Measure `index` of MeasureNames().
std::vector<double> Compute(std::size_t index, Inputs* in, const AnalysisOptions& options) {
  switch (index) {
    case 0:
    case 1:
    case 2:
    case 3: {
      static const DegreeOptions kDegree[] = {{DegreeMode::kTotal, false},
                                              {DegreeMode::kIn, false},
                                              {DegreeMode::kOut, false},
                                              {DegreeMode::kTotal, true}};
      DegreeCentrality c(in->edges, kDegree[index]);
      c.run();
      return c.scores();
    }
    case 4: {
      BetweennessOptions o;
      o.samples = options.betweenness_samples;
      o.threads = options.threads;
      Betweenness c(in->digraph(), o);
      c.run();
      return c.scores();
    }
    case 5: {
      ClosenessOptions o;
      o.threads = options.threads;
      HarmonicCloseness c(in->digraph(), o);
      c.run();
      return c.scores();
    }
    case 6: {
      EigenvectorCentrality c(in->digraph());
      c.run();
      return c.scores();
    }
    default: {
      PageRank c(in->digraph());
      c.run();
      return c.scores();
    }
  }
}

}  // namespace

const std::vector<std::string>& MeasureNames() {
  static const std::vector<std::string> kNames = {"degree",      "in_degree",   "out_degree",
                                                  "strength",    "betweenness", "closeness",
                                                  "eigenvector", "pagerank"};
  return kNames;
}

const std::vector<double>* GraphAnalysis::Measure(const std::string& name) const {
  for (std::size_t i = 0; i < measures.size() && i < values.size(); ++i) {
    if (measures[i] == name) return &values[i];
  }
  return nullptr;
}

GraphAnalysis Analyze(const ActorGraph& graph) { return Analyze(graph, AnalysisOptions()); }

GraphAnalysis Analyze(const ActorGraph& graph, const AnalysisOptions& options) {
  GraphAnalysis analysis;
  Inputs in(graph);
  in.graphs = CompactGraphs::FromEdges(in.edges);
  in.built = true;
  analysis.measures = MeasureNames();
  for (std::size_t i = 0; i < analysis.measures.size(); ++i) {
    analysis.values.push_back(Compute(i, &in, options));
  }
  Louvain louvain(in.graphs.undirected);
  louvain.run();
  analysis.community = louvain.communities();
  analysis.modularity = louvain.modularity();
  return analysis;
}

Result<std::vector<double>> ComputeMeasure(const ActorGraph& graph, const std::string& name,
                                           const AnalysisOptions& options) {
  const std::vector<std::string>& names = MeasureNames();
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) {
    std::string known;
    for (const std::string& n : names) known += (known.empty() ? "" : ", ") + n;
    return Status::InvalidArgument("unknown measure \"" + name + "\" (known: " + known + ")");
  }
  Inputs in(graph);
  return Compute(static_cast<std::size_t>(it - names.begin()), &in, options);
}

}  // namespace actorgraph
