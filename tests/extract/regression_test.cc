// Replays every input kept in tests/fuzz/regressions/TARGET/ (crashes and
// failed checks the fuzzers found, minimised, then fixed) through the same
// function the libFuzzer target TARGET calls (tests/fuzz/fuzz_targets.h), in
// the normal test build: a fixed finding stays fixed. Under
// `tests/run.sh --sanitize` the replay is checked by ASan and UBSan too.

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "fuzz/fuzz_targets.h"
#include "test_util.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(fuzz_regressions)

BOOST_AUTO_TEST_CASE(every_kept_input_passes_its_target) {
  fs::path root = fs::path(testing::SourceDir()) / "tests" / "fuzz" / "regressions";
  BOOST_REQUIRE(fs::is_directory(root));
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(root))
    if (e.is_directory()) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  std::size_t replayed = 0;
  for (const fs::path& dir : dirs) {
    fuzz::Target target = fuzz::TargetByName(dir.filename().string());
    BOOST_TEST_CONTEXT(dir.filename().string()) {
      // A folder must name a target: an input kept under a typo would never run.
      BOOST_TEST(target != nullptr);
      if (!target) continue;
      std::vector<fs::path> inputs;
      for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().filename().string()[0] != '.')
          inputs.push_back(e.path());
      std::sort(inputs.begin(), inputs.end());
      for (const fs::path& input : inputs) {
        BOOST_TEST_CONTEXT(input.filename().string()) {
          BOOST_TEST(target(testing::ReadFileOrDie(input.string())) == "");
          ++replayed;
        }
      }
    }
  }
  BOOST_TEST_MESSAGE("replayed " << replayed << " fuzz regression inputs");
}

BOOST_AUTO_TEST_CASE(targets_accept_their_seeds) {
  // The examples the fuzzers start from pass every check themselves.
  std::string digest = testing::ReadFileOrDie(testing::SourceDir() + "/examples/sentences.txt");
  BOOST_TEST(fuzz::DigestReader(digest) == "");
  BOOST_TEST(fuzz::Pipeline(digest) == "");
  BOOST_TEST(fuzz::Pipeline(testing::ReadFileOrDie(testing::SourceDir() +
                                                   "/examples/digest-2026-05-09.txt")) == "");
  BOOST_TEST(fuzz::EventsJson(testing::ReadFileOrDie(
                 testing::SourceDir() + "/tests/graph/data/queries_events.json")) == "");
  BOOST_TEST(fuzz::ActorDictionaryJson(
                 "{\"actors\": [{\"id\": \"new-envoy\", \"name\": \"New Envoy\", "
                 "\"kind\": \"person\"}]}") == "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
