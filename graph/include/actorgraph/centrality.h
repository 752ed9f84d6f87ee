// Centrality measures, one class each in NetworKit's shape: construct with
// the graph and options, run(), then scores() (one value per vertex, indexed
// like the graph). Each class states its definition, normalisation and cost;
// n is the number of vertices, m the number of edges (arcs).
//
// Every class keeps a reference to the graph it was given: the graph must
// outlive it. run() may be called again; it recomputes.
//
// Which graph: degree and strength count the interactions of the multigraph
// (a WeightedEdgeList); the path and spectral measures run on the
// WeightedDigraph (undirected interactions as two arcs, parallel arcs summed).
// All of them match networkx 2.8 on the same graphs (tests/graph/
// networkx_reference.py says which call each one is compared with).

#ifndef ACTORGRAPH_CENTRALITY_H_
#define ACTORGRAPH_CENTRALITY_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "actorgraph/compact_graph.h"

namespace actorgraph {

class Centrality {
 public:
  virtual ~Centrality() = default;
  virtual void run() = 0;
  // One score per vertex; empty before run().
  const std::vector<double>& scores() const { return scores_; }
  double score(VertexIndex v) const { return scores_[v]; }
  // (vertex, score) by decreasing score, ties by increasing vertex.
  std::vector<std::pair<VertexIndex, double>> ranking() const;

 protected:
  std::vector<double> scores_;
};

// A measure on a graph of type G with options O; keeps a reference to the
// graph.
template <typename G, typename O>
class CentralityOn : public Centrality {
 public:
  CentralityOn(const G& graph, O options) : graph_(graph), options_(options) {}

 protected:
  const G& graph_;
  O options_;
};

// --- Degree and strength ----------------------------------------------------
//
// Definition, on the multigraph (each interaction counts; parallel edges
// count again). For a vertex v:
//   in:    directed edges into v  + undirected edges at v
//   out:   directed edges out of v + undirected edges at v
//   total: every edge at v, once (directed in + directed out + undirected)
// so on an undirected graph in = out = total = the usual degree, and on a
// directed graph total = in + out. Self-loops are ignored.
// weighted = true sums edge weights instead of counting ("strength").
// Not normalised (raw counts / weight sums). O(n + m).
enum class DegreeMode { kIn, kOut, kTotal };

struct DegreeOptions {
  DegreeMode mode = DegreeMode::kTotal;
  bool weighted = false;
};

class DegreeCentrality : public CentralityOn<WeightedEdgeList, DegreeOptions> {
 public:
  DegreeCentrality(const WeightedEdgeList& graph, DegreeOptions options = {})
      : CentralityOn(graph, options) {}
  DegreeCentrality(WeightedEdgeList&&, DegreeOptions = {}) = delete;  // no temporaries
  void run() override;
};

// --- Betweenness ------------------------------------------------------------
//
// Definition: for a vertex v, the sum over ordered pairs (s, t), s != v != t,
// s != t, of sigma_st(v) / sigma_st, where sigma_st is the number of shortest
// s->t paths and sigma_st(v) those through v. Shortest by arc length
// 1/weight when weighted (a strong tie is a short hop), by hop count
// otherwise. Undirected interactions are arcs both ways, so on an undirected
// graph this counts every unordered pair twice.
// Normalisation (normalized = true): times 1 / ((n-1)(n-2)) for n > 2. This
// equals networkx's betweenness_centrality(normalized=True) on both directed
// and undirected graphs (networkx counts the undirected pairs twice too).
// normalized = false leaves the raw sum over ordered pairs (on an undirected
// graph twice networkx's normalized=False value, which halves it).
// Sampling (samples = k, 0 < k < n): only k source vertices, drawn without
// replacement with a Mersenne Twister seeded by `seed`, and the sum scaled by
// n / k (networkx's estimator with k).
// Algorithm: Brandes (2001), BFS or Dijkstra (indexed 4-ary heap) from each
// source, dependencies accumulated back along the in-arcs; O(n m)
// unweighted, O(n m log n) weighted (a test checks it against
// boost::brandes_betweenness_centrality, which cannot sample sources or use
// threads). Memory: the arc lengths (2m doubles), O(n) per thread and 8
// partial sums of n doubles. Sources are split into 8 fixed groups whose
// partial sums are added in a fixed order, so the scores are bit-identical
// for any number of threads.
struct BetweennessOptions {
  bool weighted = true;
  bool normalized = true;
  std::size_t samples = 0;  // 0: every vertex is a source (exact)
  std::uint64_t seed = 1;
  unsigned threads = 0;  // 0: std::thread::hardware_concurrency(), at most 8
};

class Betweenness : public CentralityOn<WeightedDigraph, BetweennessOptions> {
 public:
  Betweenness(const WeightedDigraph& graph, BetweennessOptions options = {})
      : CentralityOn(graph, options) {}
  Betweenness(WeightedDigraph&&, BetweennessOptions = {}) = delete;  // no temporaries
  void run() override;
};

// --- Harmonic closeness -----------------------------------------------------
//
// Definition: H(v) = sum over u != v that reach v of 1 / d(u, v), distances
// along arcs towards v (as networkx's harmonic_centrality, which sums the
// distances from every source to v), by hop count, or by arc length
// 1/weight when weighted. Unreachable pairs add 0, so it is defined on
// disconnected graphs.
// Normalisation (normalized = true): divided by n - 1, i.e. networkx's value
// / (n-1) (networkx does not normalise). Unweighted, it is then in [0, 1],
// 1 for a vertex every other vertex reaches in one hop.
// Algorithm: a BFS (Dijkstra when weighted) on the reversed arcs from every
// vertex, in parallel; O(n m) (O(n m log n)).
struct ClosenessOptions {
  bool weighted = false;
  bool normalized = true;
  unsigned threads = 0;  // as in BetweennessOptions
};

class HarmonicCloseness : public CentralityOn<WeightedDigraph, ClosenessOptions> {
 public:
  HarmonicCloseness(const WeightedDigraph& graph, ClosenessOptions options = {})
      : CentralityOn(graph, options) {}
  HarmonicCloseness(WeightedDigraph&&, ClosenessOptions = {}) = delete;  // no temporaries
  void run() override;
};

// --- Eigenvector ------------------------------------------------------------
//
// Definition: x with x(v) proportional to the sum over arcs u->v of
// w(u,v) x(u) (in-arcs: a vertex is central when central vertices point at
// it; on undirected graphs the usual eigenvector), the Perron vector.
// Computed exactly as networkx's eigenvector_centrality: start at 1/n each,
// iterate x <- (A^T + I) x normalised to Euclidean norm 1, stop when the L1
// change is below n * tolerance. Normalisation: L2 norm 1.
// On a graph with no arcs every vertex gets 1/sqrt(n).
// O(max_iterations * (n + m)).
struct EigenvectorOptions {
  bool weighted = true;
  double tolerance = 1e-6;   // networkx's default
  int max_iterations = 100;  // networkx's default
};

class EigenvectorCentrality : public CentralityOn<WeightedDigraph, EigenvectorOptions> {
 public:
  EigenvectorCentrality(const WeightedDigraph& graph, EigenvectorOptions options = {})
      : CentralityOn(graph, options) {}
  EigenvectorCentrality(WeightedDigraph&&, EigenvectorOptions = {}) = delete;  // no temporaries
  void run() override;
  // False when max_iterations passed without convergence (networkx raises;
  // scores() then holds the last iterate).
  bool converged() const { return converged_; }
  int iterations() const { return iterations_; }

 private:
  bool converged_ = false;
  int iterations_ = 0;
};

// --- PageRank ---------------------------------------------------------------
//
// Definition: the stationary distribution of a walk that, with probability
// `damping`, follows an out-arc of the current vertex chosen in proportion
// to its weight, and otherwise jumps to a uniformly chosen vertex; from a
// dangling vertex (no out-arcs) it always jumps uniformly:
//   x'(v) = damping * (sum over arcs u->v of x(u) w(u,v) / W(u)
//                      + (sum of x(u) over dangling u) / n)
//           + (1 - damping) / n
// where W(u) is u's out-weight. Start 1/n each; stop when the L1 change is
// below n * tolerance (networkx's pagerank criterion and defaults).
// Normalisation: the scores sum to 1.
// O(iterations * (n + m)); typically a few dozen iterations.
struct PageRankOptions {
  double damping = 0.85;
  bool weighted = true;
  double tolerance = 1e-6;
  int max_iterations = 100;
};

class PageRank : public CentralityOn<WeightedDigraph, PageRankOptions> {
 public:
  PageRank(const WeightedDigraph& graph, PageRankOptions options = {})
      : CentralityOn(graph, options) {}
  PageRank(WeightedDigraph&&, PageRankOptions = {}) = delete;  // no temporaries
  void run() override;
  // As EigenvectorCentrality::converged().
  bool converged() const { return converged_; }
  int iterations() const { return iterations_; }

 private:
  bool converged_ = false;
  int iterations_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_CENTRALITY_H_
