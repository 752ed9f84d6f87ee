// export_bench: times writing GraphML (and GEXF) for a large synthetic
// graph, and writes the same graph as CSV for graphml_writers.py, which
// times networkx and igraph writing it.
//
//   export_bench INTERACTIONS OUT_DIR [ACTORS] [SEED]
//
// Prints one line per measurement: "<what> <seconds> s <bytes> bytes".
// The graph: ACTORS actors (default 5,000; a few in most stories,
// popularity falling as 1/sqrt(rank)), INTERACTIONS interactions with type,
// date, place, outlets, an evidence sentence, CAMEO/PLOVER codes, document
// and item. A fixed linear congruential generator: the same graph on every
// machine.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "actorgraph/atomic_file.h"
#include "actorgraph/csv_tables.h"
#include "actorgraph/gexf.h"
#include "actorgraph/graphml.h"

namespace {

using namespace actorgraph;

class Random {
 public:
  explicit Random(unsigned long long seed) : state_(seed * 2862933555777941757ULL + 3037000493ULL) {}
  double Next() {  // in [0, 1)
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state_ >> 11) / 9007199254740992.0;
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() * n); }

 private:
  unsigned long long state_;
};

Events MakeEvents(std::size_t actors, std::size_t interactions, unsigned long long seed) {
  static const char* const kKinds[] = {"person", "organization", "country", "event"};
  static const char* const kPlaces[] = {"Baku", "Ankara", "Rome", "Brussels", "Geneva", ""};
  static const char* const kOutlets[] = {"TREND", "REPORT", "APA", "AZERTAC", "NEWS.AZ"};
  static const char* const kWords[] = {"the",      "minister", "said",   "both",   "sides",
                                       "discussed", "regional", "energy", "transit", "trade",
                                       "and",       "agreed",   "to",     "continue", "talks"};
  Random rng(seed);
  Events events;
  for (std::size_t i = 0; i < actors; ++i) {
    Actor a;
    ActorKind kind = static_cast<ActorKind>(rng.Below(4));
    a.kind = kind;
    a.id = std::string(kKinds[static_cast<int>(kind)]) + "-" + std::to_string(i);
    a.name = "Actor " + std::to_string(i) + " & Co <" + std::to_string(i % 97) + ">";
    a.name_ja = "\xE3\x82\xA2\xE3\x82\xAF\xE3\x82\xBF\xE3\x83\xBC" + std::to_string(i);
    a.country = "country-" + std::to_string(rng.Below(actors));
    a.role = i % 3 == 0 ? "Minister of Example Affairs" : "";
    events.actors.push_back(std::move(a));
  }
  for (std::size_t k = 0; k < interactions; ++k) {
    Interaction i;
    std::size_t u = static_cast<std::size_t>(actors * rng.Next() * rng.Next());
    std::size_t v = static_cast<std::size_t>(actors * rng.Next() * rng.Next());
    if (u == v) v = (v + 1) % actors;
    i.type = static_cast<InteractionType>(rng.Below(kInteractionTypeCount));
    i.source = events.actors[u].id;
    i.target = events.actors[v].id;
    char date[16];
    std::snprintf(date, sizeof date, "20%02zu-%02zu-%02zu", 16 + rng.Below(10), 1 + rng.Below(12),
                  1 + rng.Below(28));
    i.date = date;
    i.place = kPlaces[rng.Below(6)];
    i.document = "digest-" + std::to_string(k / 50) + ".txt";
    i.item = static_cast<int>(k % 50 + 1);
    i.outlets = {kOutlets[rng.Below(5)], kOutlets[rng.Below(5)]};
    std::string sentence;
    for (int w = 0; w < 16; ++w) sentence += std::string(w ? " " : "") + kWords[rng.Below(15)];
    i.evidence.push_back({sentence + ".", "bench.rule", static_cast<int>(k % 400)});
    i.cameo = "040";
    i.plover = "CONSULT";
    events.interactions.push_back(std::move(i));
  }
  return events;
}

template <typename Fn>
void Time(const char* what, const std::string& path, Fn write) {
  AtomicFileOptions options;
  options.sync = false;  // the Python writers do not fsync either
  auto start = std::chrono::steady_clock::now();
  auto file = AtomicFile::Create(path, options);
  if (!file.ok()) {
    std::fprintf(stderr, "%s\n", file.status().ToString().c_str());
    std::exit(4);
  }
  write(file->get());
  Status s = (*file)->Commit();
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    std::exit(4);
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  std::fseek(f, 0, SEEK_END);
  long bytes = std::ftell(f);
  std::fclose(f);
  std::printf("%s %.3f s %ld bytes\n", what, seconds, bytes);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: export_bench INTERACTIONS OUT_DIR [ACTORS] [SEED]\n");
    return 2;
  }
  std::size_t interactions = std::strtoull(argv[1], nullptr, 10);
  std::string dir = argv[2];
  std::size_t actors = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 5000;
  unsigned long long seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1;

  auto start = std::chrono::steady_clock::now();
  ActorGraph graph = ActorGraph::FromEvents(MakeEvents(actors, interactions, seed));
  std::printf("generate+graph %.3f s %zu actors %zu interactions\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
              graph.actor_count(), graph.interaction_count());

  Time("actorgraph-graphml", dir + "/actorgraph.graphml", [&](Sink* out) {
    WriteGraphml(graph, nullptr, {}, out);
  });
  Time("actorgraph-gexf", dir + "/actorgraph.gexf", [&](Sink* out) {
    WriteGexf(graph, nullptr, {}, out);
  });
  // The same graph for graphml_writers.py (not timed as a comparison).
  Time("csv-nodes", dir + "/nodes.csv", [&](Sink* out) { WriteNodesCsv(graph, nullptr, out); });
  Time("csv-edges", dir + "/edges.csv", [&](Sink* out) { WriteEdgesCsv(graph, out); });
  return 0;
}
