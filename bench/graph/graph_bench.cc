// graph_bench: times actorgraph's graph core on an interaction list written
// by generate.py, for bench/graph/run.sh (which runs igraph and networkx on
// the same file).
//
//   graph_bench FILE [--samples K] [--threads T]
//   graph_bench FILE --model      (load through the full model only; see ModelLoad)
//
// Phases, each printed as "phase WALL cpu CPU peak_rss_kb KB details":
// wall-clock and CPU seconds (user + system, all threads) of the phase,
// and the peak RSS of the process so far (getrusage).
//   load         read the file, weights from the built-in table, build the
//                WeightedDigraph (arcs) and WeightedGraph (undirected)
//   pagerank     PageRank (weighted, damping 0.85, L1 change < n * 1e-10)
//   betweenness  Brandes, weighted (length 1/weight), exact or K sampled
//                sources; on T threads (default: all cores)
//   communities  Louvain (vertex order)

#include <sys/resource.h>
#include <sys/stat.h>

#include <algorithm>
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

// One timed phase: Start() when it begins, Print() when it ends.
class Phase {
 public:
  void Start() {
    wall_ = Clock::now();
    cpu_ = CpuSeconds();
  }
  // Prints "name WALL cpu CPU peak_rss_kb KB details" and flushes.
  void Print(const char* name, const std::string& details) const {
    std::printf("%s %.3f cpu %.3f peak_rss_kb %ld %s\n", name, Since(wall_), CpuSeconds() - cpu_,
                PeakRssKb(), details.c_str());
    std::fflush(stdout);
  }

 private:
  static double CpuSeconds() {
    rusage u;
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           1e-6 * static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
  }
  static long PeakRssKb() {
    rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
  }
  Clock::time_point wall_;
  double cpu_ = 0;
};

// printf into a std::string.
template <typename... Args>
std::string Format(const char* format, Args... args) {
  char text[256];
  std::snprintf(text, sizeof text, format, args...);
  return text;
}

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "graph_bench: %s\n", message.c_str());
  std::exit(1);
}

// Calls on_interaction(source, target, type) for every "SOURCE TARGET TYPE"
// line of `path` (the format of generate.py; "#" lines are comments, "#
// actors N" gives the vertex count, stored in *vertex_count). Parsed by
// hand from a buffer read in large chunks. Returns the file size.
template <typename OnInteraction>
long Scan(const char* path, std::size_t* vertex_count, const OnInteraction& on_interaction) {
  using namespace actorgraph;
  std::FILE* f = std::fopen(path, "rb");
  if (!f) Die(std::string("cannot open ") + path);
  std::vector<std::string> names;
  for (int t = 0; t < kInteractionTypeCount; ++t) {
    names.push_back(ToString(static_cast<InteractionType>(t)));
  }
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  std::string buffer;
  std::vector<char> chunk(1 << 20);
  int number = 0;
  auto line = [&](const char* p, const char* end) {
    ++number;
    if (p == end) return;
    if (*p == '#') {
      unsigned long n;
      if (std::sscanf(std::string(p, end).c_str(), "# actors %lu", &n) == 1) *vertex_count = n;
      return;
    }
    auto number_at = [&](std::uint64_t* out) {
      const char* q = p;
      *out = 0;
      while (p < end && *p >= '0' && *p <= '9') *out = *out * 10 + static_cast<unsigned>(*p++ - '0');
      const bool ok = p > q && p < end && *p == ' ';
      ++p;
      return ok;
    };
    std::uint64_t u, v;
    const bool ok = number_at(&u) && number_at(&v) && u < *vertex_count && v < *vertex_count;
    const char* type_end = end > p && end[-1] == '\r' ? end - 1 : end;
    const std::size_t length = static_cast<std::size_t>(type_end - p);
    for (int t = 0; ok && t < kInteractionTypeCount; ++t) {
      if (names[t].size() == length && std::memcmp(names[t].data(), p, length) == 0) {
        on_interaction(static_cast<VertexIndex>(u), static_cast<VertexIndex>(v), t);
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
  return size;
}

// The vertex with the highest score (the first of equals): printed so the
// tools' results can be compared at a glance.
std::size_t Top(const std::vector<double>& scores) {
  return static_cast<std::size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

// The sum of the scores with all its digits: equal sums in two runs (any
// thread count) show the results are the same bits.
double Sum(const std::vector<double>& scores) {
  double sum = 0;
  for (double s : scores) sum += s;
  return sum;
}

// The weighted edges, weights from the built-in table.
actorgraph::WeightedEdgeList Read(const char* path) {
  using namespace actorgraph;
  WeightTable table;
  WeightedEdgeList list;
  // Lines are ~15 bytes: one allocation instead of doubling (which copies
  // and faults in twice the memory).
  struct stat file;
  if (stat(path, &file) == 0) list.edges.reserve(static_cast<std::size_t>(file.st_size / 14));
  Scan(path, &list.vertex_count, [&](VertexIndex u, VertexIndex v, int t) {
    InteractionType type = static_cast<InteractionType>(t);
    list.edges.push_back({u, v, table[type], IsUndirected(type)});
  });
  return list;
}

// --model: the whole pipeline of the actorgraph command instead of the
// core: Events (actors "a0".., interactions with a type and a date) ->
// ActorGraph (Boost adjacency_list with every interaction's provenance
// fields) -> edge list -> both compact graphs. Prints "model_load seconds"
// with the CPU time and peak RSS.
int ModelLoad(const char* path) {
  using namespace actorgraph;
  Phase phase;
  phase.Start();
  Clock::time_point start = Clock::now();
  Events events;
  std::size_t n = 0;
  Scan(path, &n, [&](VertexIndex u, VertexIndex v, int t) {
    if (events.actors.empty()) {
      for (std::size_t a = 0; a < n; ++a) {
        Actor actor;
        actor.id = "a" + std::to_string(a);
        actor.name = actor.id;
        events.actors.push_back(std::move(actor));
      }
    }
    Interaction i;
    i.type = static_cast<InteractionType>(t);
    i.source = events.actors[u].id;
    i.target = events.actors[v].id;
    i.date = "2026-05-04";
    events.interactions.push_back(std::move(i));
  });
  const double read = Since(start);
  ActorGraph graph = ActorGraph::FromEvents(events);
  std::vector<Interaction>().swap(events.interactions);  // as the CLI drops its Events
  CompactGraphs both = CompactGraphs::FromEdges(WeightedEdgeList::Of(graph));
  phase.Print("model_load", Format("vertices %zu interactions %zu arcs %zu read %.3f",
                                   graph.actor_count(), graph.interaction_count(),
                                   both.directed.arc_count(), read));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace actorgraph;
  if (argc < 2) Die("usage: graph_bench FILE [--samples K] [--threads T] | FILE --model");
  if (argc == 3 && std::strcmp(argv[2], "--model") == 0) return ModelLoad(argv[1]);
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

  Phase phase;
  phase.Start();
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
  phase.Print("load", Format("vertices %zu interactions %zu arcs %zu read %.3f",
                             digraph.vertex_count(), interactions, digraph.arc_count(),
                             read_seconds));

  phase.Start();
  // igraph's PRPACK solves to ~1e-10; networkx's default stopping rule
  // (L1 change < n * 1e-6) would stop after a few iterations here.
  PageRankOptions p;
  p.tolerance = 1e-10;
  p.max_iterations = 1000;
  PageRank pagerank(digraph, p);
  pagerank.run();
  phase.Print("pagerank",
              Format("iterations %d top %zu sum %.17g", pagerank.iterations(),
                     Top(pagerank.scores()), Sum(pagerank.scores())));

  phase.Start();
  BetweennessOptions b;
  b.samples = samples;
  b.threads = threads;
  Betweenness betweenness(digraph, b);
  betweenness.run();
  std::size_t sources =
      samples == 0 || samples > digraph.vertex_count() ? digraph.vertex_count() : samples;
  phase.Print("betweenness", Format("sources %zu top %zu sum %.17g", sources,
                                    Top(betweenness.scores()), Sum(betweenness.scores())));

  phase.Start();
  Louvain louvain(undirected);
  louvain.run();
  phase.Print("communities",
              Format("modularity %.4f count %d", louvain.modularity(), louvain.community_count()));
  return 0;
}
