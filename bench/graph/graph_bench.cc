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
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

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

// Parses "SOURCE TARGET TYPE" lines by hand from a buffer read in large
// chunks (the file format of generate.py; "#" lines are comments, "# actors
// N" gives the vertex count).
actorgraph::WeightedEdgeList Read(const char* path) {
  using namespace actorgraph;
  std::FILE* f = std::fopen(path, "rb");
  if (!f) Die(std::string("cannot open ") + path);
  WeightTable table;
  struct TypeInfo {
    std::string name;
    double weight;
    bool undirected;
  };
  std::vector<TypeInfo> types;
  for (int t = 0; t < kInteractionTypeCount; ++t) {
    InteractionType type = static_cast<InteractionType>(t);
    types.push_back({ToString(type), table[type], IsUndirected(type)});
  }
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  WeightedEdgeList list;
  list.edges.reserve(static_cast<std::size_t>(size / 14));  // lines are ~15 bytes
  std::string buffer;
  std::vector<char> chunk(1 << 20);
  int number = 0;
  auto line = [&](const char* p, const char* end) {
    ++number;
    if (p == end) return;
    if (*p == '#') {
      unsigned long n;
      if (std::sscanf(std::string(p, end).c_str(), "# actors %lu", &n) == 1) list.vertex_count = n;
      return;
    }
    auto number_at = [&](std::uint64_t* out) {
      const char* q = p;
      *out = 0;
      while (p < end && *p >= '0' && *p <= '9')
        *out = *out * 10 + static_cast<unsigned>(*p++ - '0');
      const bool ok = p > q && p < end && *p == ' ';
      ++p;
      return ok;
    };
    std::uint64_t u, v;
    const bool ok = number_at(&u) && number_at(&v);
    const char* type_end = end > p && end[-1] == '\r' ? end - 1 : end;
    const std::size_t length = static_cast<std::size_t>(type_end - p);
    for (const TypeInfo& t : types) {
      if (ok && t.name.size() == length && std::memcmp(t.name.data(), p, length) == 0 &&
          u < list.vertex_count && v < list.vertex_count) {
        list.edges.push_back(
            {static_cast<VertexIndex>(u), static_cast<VertexIndex>(v), t.weight, t.undirected});
        return;
      }
    }
    Die(std::string(path) + ":" + std::to_string(number) + ": bad line");
  };
  std::size_t got;
  while ((got = std::fread(chunk.data(), 1, chunk.size(), f)) > 0) {
    buffer.append(chunk.data(), got);
    const char* p = buffer.data();
    const char* end = p + buffer.size();
    for (const char* nl; (nl = static_cast<const char*>(std::memchr(p, '\n', end - p)));
         p = nl + 1) {
      line(p, nl);
    }
    buffer.erase(0, static_cast<std::size_t>(p - buffer.data()));
  }
  if (!buffer.empty()) line(buffer.data(), buffer.data() + buffer.size());
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
  double read_seconds = 0;
  {
    WeightedEdgeList list = Read(argv[1]);
    read_seconds = Since(start);
    interactions = list.edges.size();
    CompactGraphs both = CompactGraphs::FromEdges(list);
    digraph = std::move(both.directed);
    undirected = std::move(both.undirected);
  }
  std::printf("load %.3f vertices %zu interactions %zu arcs %zu read %.3f\n", Since(start),
              digraph.vertex_count(), interactions, digraph.arc_count(), read_seconds);
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
