// Brandes' betweenness on the WeightedDigraph, sources split into fixed
// groups run on a few threads (see centrality.h for the definition).

#include <algorithm>
#include <memory>
#include <numeric>
#include <random>

#include "actorgraph/centrality.h"
#include "parallel.h"
#include "random.h"
#include "shortest_paths.h"

namespace actorgraph {

namespace {

constexpr std::size_t kGroups = 8;

struct Workspace {
  explicit Workspace(std::size_t n) : paths(n), dependency(n, 0.0) {}
  SingleSourcePaths paths;
  std::vector<double> dependency;  // Brandes' delta
};

// Adds the dependencies of `source` on every other vertex to `sum`.
void Accumulate(const WeightedDigraph& graph, VertexIndex source, const ArcLengths* lengths,
                Workspace* ws, std::vector<double>* sum) {
  SingleSourcePaths& p = ws->paths;
  std::vector<double>& delta = ws->dependency;
  p.Run(graph, source, lengths, /*reverse=*/false);
  const std::vector<VertexIndex>& order = p.order();
  for (std::size_t k = order.size(); k-- > 1;) {
    const VertexIndex w = order[k];
    const double coefficient = (1.0 + delta[w]) / p.paths(w);
    const double dw = p.distance(w);
    ArcSpan in = graph.in_arcs(w);
    for (std::size_t i = 0; i < in.size; ++i) {
      const VertexIndex v = in.neighbours[i];
      const double length = lengths ? lengths->in[in.first + i] : 1.0;
      // The same sum the forward search compared, so ties agree.
      if (p.distance(v) + length == dw) delta[v] += p.paths(v) * coefficient;
    }
    (*sum)[w] += delta[w];
  }
  for (VertexIndex v : order) delta[v] = 0.0;
}

std::vector<VertexIndex> Sources(std::size_t n, std::size_t samples, std::uint64_t seed) {
  std::vector<VertexIndex> all(n);
  std::iota(all.begin(), all.end(), 0);
  if (samples == 0 || samples >= n) return all;
  std::mt19937_64 rng(seed);
  // Partial Fisher-Yates: the first `samples` entries are a uniform sample.
  for (std::size_t i = 0; i < samples; ++i) {
    std::swap(all[i], all[i + UniformBelow(rng, n - i)]);
  }
  all.resize(samples);
  std::sort(all.begin(), all.end());
  return all;
}

}  // namespace

void Betweenness::run() {
  const std::size_t n = graph_.vertex_count();
  scores_.assign(n, 0.0);
  if (n == 0) return;
  const std::vector<VertexIndex> sources = Sources(n, options_.samples, options_.seed);
  const unsigned threads = ResolveThreads(options_.threads);
  std::unique_ptr<ArcLengths> lengths;
  if (options_.weighted) lengths = std::make_unique<ArcLengths>(graph_);
  std::vector<std::unique_ptr<Workspace>> workspaces(threads);
  std::vector<std::vector<double>> partial(kGroups);
  ForEachBlock(kGroups, threads, [&](std::size_t group, unsigned worker) {
    if (group >= sources.size()) return;
    if (!workspaces[worker]) workspaces[worker] = std::make_unique<Workspace>(n);
    partial[group].assign(n, 0.0);
    for (std::size_t i = group; i < sources.size(); i += kGroups) {
      Accumulate(graph_, sources[i], lengths.get(), workspaces[worker].get(), &partial[group]);
    }
  });
  workspaces.clear();
  for (const std::vector<double>& part : partial) {
    if (part.empty()) continue;
    for (std::size_t v = 0; v < n; ++v) scores_[v] += part[v];
  }
  double scale = 1.0;
  if (sources.size() < n) scale = static_cast<double>(n) / static_cast<double>(sources.size());
  if (options_.normalized && n > 2)
    scale /= static_cast<double>(n - 1) * static_cast<double>(n - 2);
  if (scale != 1.0) {
    for (double& s : scores_) s *= scale;
  }
}

}  // namespace actorgraph
