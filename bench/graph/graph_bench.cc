// graph_bench: times actorgraph's graph core on an interaction list written
// by generate.py, for bench/graph/run.sh (which runs igraph and networkx on
// the same file).
//
//   graph_bench FILE [--samples K] [--threads T]
//
// Phases, each printed as "phase seconds details":
//   load         read the file, weights from the built-in table, build the
//                WeightedDigraph (arcs) and WeightedGraph (undirected)
//   pagerank     PageRank (weighted, damping 0.85, L1 change < n * 1e-10)
//   betweenness  Brandes, weighted (length 1/weight), exact or K sampled
//                sources; on T threads (default: all cores)
//   communities  Louvain (vertex order)
// then "peak_rss_kb N" (getrusage).

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "actorgraph/actor_graph.h"
#include "actorgraph/centrality.h"
#include "actorgraph/communities.h"
#include "actorgraph/compact_graph.h"

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "graph_bench: %s\n", message.c_str());
  std::exit(1);
}

actorgraph::WeightedEdgeList Read(const char* path) {
  using namespace actorgraph;
  std::FILE* f = std::fopen(path, "r");
  if (!f) Die(std::string("cannot open ") + path);
  WeightTable table;
  double weight[kInteractionTypeCount];
  bool undirected[kInteractionTypeCount];
  for (int t = 0; t < kInteractionTypeCount; ++t) {
    weight[t] = table[static_cast<InteractionType>(t)];
    undirected[t] = IsUndirected(static_cast<InteractionType>(t));
  }
  WeightedEdgeList list;
  char line[256];
  int number = 0;
  while (std::fgets(line, sizeof line, f)) {
    ++number;
    if (line[0] == '#') {
      unsigned long n;
      if (std::sscanf(line, "# actors %lu", &n) == 1) list.vertex_count = n;
      continue;
    }
    char* end;
    unsigned long u = std::strtoul(line, &end, 10);
    unsigned long v = std::strtoul(end, &end, 10);
    while (*end == ' ') ++end;
    end[std::strcspn(end, "\r\n")] = '\0';
    InteractionType type;
    if (!ParseInteractionType(end, &type) || u >= list.vertex_count || v >= list.vertex_count) {
      Die(std::string(path) + ":" + std::to_string(number) + ": bad line");
    }
    int t = static_cast<int>(type);
    list.edges.push_back(
        {static_cast<VertexIndex>(u), static_cast<VertexIndex>(v), weight[t], undirected[t]});
  }
  std::fclose(f);
  return list;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace actorgraph;
  if (argc < 2) Die("usage: graph_bench FILE [--samples K] [--threads T]");
  std::size_t samples = 0;
  unsigned threads = 0;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--samples") == 0) {
      samples = std::strtoul(argv[i + 1], nullptr, 10);
    } else if (std::strcmp(argv[i], "--threads") == 0) {
      threads = static_cast<unsigned>(std::strtoul(argv[i + 1], nullptr, 10));
    } else {
      Die(std::string("unknown option ") + argv[i]);
    }
  }

  Clock::time_point start = Clock::now();
  WeightedDigraph digraph;
  WeightedGraph undirected;
  std::size_t interactions = 0;
  {
    WeightedEdgeList list = Read(argv[1]);
    interactions = list.edges.size();
    digraph = WeightedDigraph::FromEdges(list);
    undirected = WeightedGraph::FromEdges(list);
  }
  std::printf("load %.3f vertices %zu interactions %zu arcs %zu\n", Since(start),
              digraph.vertex_count(), interactions, digraph.arc_count());
  std::fflush(stdout);

  start = Clock::now();
  // igraph's PRPACK solves to ~1e-10; networkx's default stopping rule
  // (L1 change < n * 1e-6) would stop after a few iterations here.
  PageRankOptions p;
  p.tolerance = 1e-10;
  p.max_iterations = 1000;
  PageRank pagerank(digraph, p);
  pagerank.run();
  std::printf("pagerank %.3f iterations %d\n", Since(start), pagerank.iterations());
  std::fflush(stdout);

  start = Clock::now();
  BetweennessOptions b;
  b.samples = samples;
  b.threads = threads;
  Betweenness betweenness(digraph, b);
  betweenness.run();
  std::size_t sources =
      samples == 0 || samples > digraph.vertex_count() ? digraph.vertex_count() : samples;
  std::printf("betweenness %.3f sources %zu\n", Since(start), sources);
  std::fflush(stdout);

  start = Clock::now();
  Louvain louvain(undirected);
  louvain.run();
  std::printf("communities %.3f modularity %.4f count %d\n", Since(start), louvain.modularity(),
              louvain.community_count());

  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak_rss_kb %ld\n", usage.ru_maxrss);
  return 0;
}
