// extract_bench DIR [--repeat N] [--dump FILE]
//
// Extraction throughput on one core: every *.txt of DIR is read with the
// digest reader, then run through one Extractor (built-in dictionary and
// pattern table). Prints start-up time (dictionary, patterns, lexicon),
// reading time, extraction time, MB/s and sentences/s for extraction alone
// and for reading plus extraction, and the peak resident memory
// (getrusage). With --repeat the extraction is timed N times and the best
// run is reported. --dump writes the events JSON of every document to FILE
// (after the timed runs; for checking that a speed-up changed no output).

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/digest_reader.h"
#include "actorgraph/events.h"
#include "actorgraph/extractor.h"
#include "actorgraph/pattern_table.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// CPU time of this process: the single-core cost, whatever else the
// machine is running.
double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, dump;
  int repeat = 1;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--dump") && i + 1 < argc) dump = argv[++i];
    else dir = argv[i];
  }
  if (dir.empty()) {
    std::cerr << "usage: extract_bench DIR [--repeat N] [--dump FILE]\n";
    return 2;
  }
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "extract_bench: no .txt files in " << dir << "\n";
    return 3;
  }

  Clock::time_point t0 = Clock::now();
  const actorgraph::ActorDictionary& dictionary = actorgraph::ActorDictionary::BuiltIn();
  const actorgraph::PatternTable& patterns = actorgraph::PatternTable::BuiltIn();
  actorgraph::Extractor extractor(dictionary, patterns);
  Clock::time_point t1 = Clock::now();

  std::vector<actorgraph::Document> docs;
  std::size_t bytes = 0;
  for (const std::string& f : files) {
    actorgraph::Result<actorgraph::Document> doc = actorgraph::ReadDigestFile(f);
    if (!doc.ok()) {
      std::cerr << "extract_bench: " << doc.status().ToString() << "\n";
      return 4;
    }
    bytes += std::filesystem::file_size(f);
    docs.push_back(std::move(doc.value()));
  }
  Clock::time_point t2 = Clock::now();

  double best = 1e100, best_cpu = 1e100;
  std::size_t sentences = 0, tokens = 0, interactions = 0, actors = 0;
  for (int r = 0; r < repeat; ++r) {
    sentences = tokens = interactions = actors = 0;
    Clock::time_point a = Clock::now();
    double cpu = CpuSeconds();
    for (const actorgraph::Document& d : docs) {
      actorgraph::Events e = extractor.Run(d);
      sentences += extractor.sentences();
      tokens += extractor.tokens();
      interactions += e.interactions.size();
      actors += e.actors.size();
    }
    best = std::min(best, Seconds(a, Clock::now()));
    best_cpu = std::min(best_cpu, CpuSeconds() - cpu);
  }
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  double read = Seconds(t1, t2), mb = bytes / 1e6;
  std::printf("files              %zu\n", files.size());
  std::printf("input              %.2f MB, %zu sentences, %zu tokens\n", mb, sentences, tokens);
  std::printf("found              %zu interactions, %zu actor rows\n", interactions, actors);
  std::printf("start-up           %.3f s (dictionary, patterns, lexicon)\n", Seconds(t0, t1));
  std::printf("read               %.3f s\n", read);
  std::printf("extract (wall)      %.3f s  %.1f MB/s  %.0f sentences/s%s\n", best, mb / best, sentences / best,
              repeat > 1 ? "  (best of repeats)" : "");
  std::printf("extract (CPU)       %.3f s  %.1f MB/s  %.0f sentences/s  (one core)\n", best_cpu, mb / best_cpu,
              sentences / best_cpu);
  std::printf("read + extract     %.3f s  %.1f MB/s  %.0f sentences/s\n", read + best, mb / (read + best),
              sentences / (read + best));
  std::printf("peak memory        %.1f MB (max RSS)\n", usage.ru_maxrss / 1024.0);
  if (!dump.empty()) {
    std::ofstream out(dump, std::ios::binary);
    for (const actorgraph::Document& d : docs) out << actorgraph::EventsToJson(extractor.Run(d));
    if (!out) {
      std::cerr << "extract_bench: cannot write " << dump << "\n";
      return 5;
    }
  }
  return 0;
}
