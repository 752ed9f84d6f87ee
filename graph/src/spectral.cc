// Eigenvector centrality and PageRank by power iteration, step for step as
// networkx computes them (see centrality.h for the definitions).

#include <cmath>

#include "actorgraph/centrality.h"

namespace actorgraph {

void EigenvectorCentrality::run() {
  const std::size_t n = graph_.vertex_count();
  converged_ = false;
  iterations_ = 0;
  std::vector<double> x(n, n == 0 ? 0.0 : 1.0 / static_cast<double>(n)), last(n);
  for (int it = 0; it < options_.max_iterations && n > 0; ++it) {
    ++iterations_;
    last.swap(x);
    // x = (A^T + I) last: each vertex gathers from its in-arcs.
    for (std::size_t v = 0; v < n; ++v) {
      ArcSpan in = graph_.in_arcs(static_cast<VertexIndex>(v));
      double sum = last[v];
      for (std::size_t i = 0; i < in.size; ++i) {
        sum += last[in.neighbours[i]] * (options_.weighted ? in.weights[i] : 1.0);
      }
      x[v] = sum;
    }
    double norm = 0.0;
    for (double value : x) norm += value * value;
    norm = std::sqrt(norm);
    if (norm == 0.0) norm = 1.0;
    double change = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      x[v] /= norm;
      change += std::fabs(x[v] - last[v]);
    }
    if (change < static_cast<double>(n) * options_.tolerance) {
      converged_ = true;
      break;
    }
  }
  scores_ = std::move(x);
}

void PageRank::run() {
  const std::size_t n = graph_.vertex_count();
  converged_ = false;
  iterations_ = 0;
  scores_.clear();
  if (n == 0) return;
  const double uniform = 1.0 / static_cast<double>(n);
  const double alpha = options_.damping;
  // share[u]: the part of u's rank one unit of arc weight carries.
  std::vector<double> out_total(n, 0.0);
  for (std::size_t u = 0; u < n; ++u) {
    out_total[u] = options_.weighted ? graph_.out_weight(static_cast<VertexIndex>(u))
                                     : static_cast<double>(graph_.out_arcs(u).size);
  }
  std::vector<double> x(n, uniform), last(n), share(n);
  for (int it = 0; it < options_.max_iterations; ++it) {
    ++iterations_;
    last.swap(x);
    double dangling = 0.0;
    for (std::size_t u = 0; u < n; ++u) {
      if (out_total[u] == 0.0) {
        dangling += last[u];
        share[u] = 0.0;
      } else {
        share[u] = last[u] / out_total[u];
      }
    }
    const double base = alpha * dangling * uniform + (1.0 - alpha) * uniform;
    double change = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      ArcSpan in = graph_.in_arcs(static_cast<VertexIndex>(v));
      double sum = 0.0;
      for (std::size_t i = 0; i < in.size; ++i) {
        sum += share[in.neighbours[i]] * (options_.weighted ? in.weights[i] : 1.0);
      }
      x[v] = alpha * sum + base;
      change += std::fabs(x[v] - last[v]);
    }
    if (change < static_cast<double>(n) * options_.tolerance) {
      converged_ = true;
      break;
    }
  }
  scores_ = std::move(x);
}

}  // namespace actorgraph
