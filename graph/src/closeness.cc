// Harmonic closeness: one reverse search per vertex, in parallel (see
// centrality.h for the definition).

#include <memory>

#include "actorgraph/centrality.h"
#include "parallel.h"
#include "shortest_paths.h"

namespace actorgraph {

void HarmonicCloseness::run() {
  const std::size_t n = graph_.vertex_count();
  scores_.assign(n, 0.0);
  if (n == 0) return;
  const unsigned threads = ResolveThreads(options_.threads);
  std::unique_ptr<ArcLengths> lengths;
  if (options_.weighted) lengths = std::make_unique<ArcLengths>(graph_);
  std::vector<std::unique_ptr<SingleSourcePaths>> workspaces(threads);
  const std::size_t blocks = std::min<std::size_t>(n, 64);
  ForEachBlock(blocks, threads, [&](std::size_t block, unsigned worker) {
    if (!workspaces[worker]) workspaces[worker] = std::make_unique<SingleSourcePaths>(n);
    SingleSourcePaths& p = *workspaces[worker];
    for (std::size_t v = block * n / blocks; v < (block + 1) * n / blocks; ++v) {
      p.Run(graph_, static_cast<VertexIndex>(v), lengths.get(), /*reverse=*/true);
      double sum = 0.0;
      for (std::size_t k = 1; k < p.order().size(); ++k) sum += 1.0 / p.distance(p.order()[k]);
      scores_[v] = sum;
    }
  });
  if (options_.normalized && n > 1) {
    for (double& s : scores_) s /= static_cast<double>(n - 1);
  }
}

}  // namespace actorgraph
