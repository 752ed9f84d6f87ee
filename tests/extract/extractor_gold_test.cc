// The extractor against hand-coded gold files, scored by
// ../shared/tools/score_interactions.py (the contract's own scorer): the
// real digest in ../shared and every example in examples/. The bars are the
// issue's: contacts F1 >= 0.95, all types F1 >= 0.85, date accuracy >= 0.95,
// actors F1 >= 0.90. Skipped when ../shared or /usr/bin/python3 is absent.
// Also: the same input gives byte-identical output.

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/digest_reader.h"
#include "actorgraph/extractor.h"
#include "actorgraph/pattern_table.h"
#include "test_util.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string input, gold;
  ReadOptions read;
};

std::string ExtractJson(const Case& c) {
  Result<Document> doc = ReadDigestFile(c.input, c.read);
  BOOST_TEST_REQUIRE(doc.ok(), doc.status().ToString());
  ExtractorOptions options;
  options.default_date = c.read.default_date;
  Extractor extractor(ActorDictionary::BuiltIn(), PatternTable::BuiltIn(), options);
  return EventsToJson(extractor.Run(doc.value()));
}

// Runs the scorer; returns false (after a message) when it cannot run.
bool Score(const Case& c, rapidjson::Document* result) {
  std::string scorer = testing::SharedDir() + "/tools/score_interactions.py";
  if (testing::SharedDir().empty() || !fs::exists(scorer) || !fs::exists("/usr/bin/python3")) {
    BOOST_TEST_MESSAGE("skipped: ../shared or /usr/bin/python3 is absent");
    return false;
  }
  std::string out = testing::TempDir() + "/events.json";
  testing::WriteFileOrDie(out, ExtractJson(c));
  testing::RunResult r = testing::RunProgram({"/usr/bin/python3", scorer, out, c.gold, "--json"});
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  // The scorer prints its JSON, then a summary line.
  std::string json = r.out.substr(0, r.out.rfind('}') + 1);
  result->Parse(json.c_str());
  BOOST_TEST_REQUIRE(!result->HasParseError());
  return true;
}

void ExpectBars(const Case& c) {
  rapidjson::Document r;
  if (!Score(c, &r)) return;
  double contacts = r["contacts"]["f1"].GetDouble(), all = r["all"]["f1"].GetDouble();
  double actors = r["actors"]["f1"].GetDouble();
  BOOST_TEST_MESSAGE(c.input << ": contacts F1 " << contacts << ", all F1 " << all << ", actors F1 " << actors);
  BOOST_TEST(contacts >= 0.95, c.input << " contacts F1 " << contacts);
  BOOST_TEST(all >= 0.85, c.input << " all F1 " << all);
  BOOST_TEST(actors >= 0.90, c.input << " actors F1 " << actors);
  const rapidjson::Value& date = r["all"]["date_accuracy"];
  if (!date.IsNull()) BOOST_TEST(date.GetDouble() >= 0.95, c.input << " date accuracy " << date.GetDouble());
  // Every type the gold requires reaches the "all" bar too.
  for (auto it = r["by_type"].MemberBegin(); it != r["by_type"].MemberEnd(); ++it)
    if (it->value["gold"].GetInt() >= 3)
      BOOST_TEST(it->value["f1"].GetDouble() >= 0.85, c.input << " " << it->name.GetString() << " F1");
}

BOOST_AUTO_TEST_SUITE(extractor_gold)

BOOST_AUTO_TEST_CASE(real_digest) {
  if (testing::SharedDir().empty()) {
    BOOST_TEST_MESSAGE("skipped: ../shared is absent");
    return;
  }
  ExpectBars({testing::SharedDir() + "/data/bulletin-2026-05-02.txt",
              testing::SharedDir() + "/gold/bulletin-2026-05-02.gold.json", ReadOptions()});
}

BOOST_AUTO_TEST_CASE(example_digests) {
  std::string dir = testing::SourceDir() + "/examples";
  int n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string path = entry.path().string();
    if (entry.path().extension() != ".txt" || entry.path().stem().string().rfind("digest-", 0) != 0) continue;
    std::string gold = path.substr(0, path.size() - 4) + ".gold.json";
    if (!fs::exists(gold)) continue;
    ExpectBars({path, gold, ReadOptions()});
    ++n;
  }
  BOOST_TEST(n >= 3);
}

BOOST_AUTO_TEST_CASE(example_news_text_and_lines) {
  std::string dir = testing::SourceDir() + "/examples/";
  ReadOptions article;
  article.default_date = "2026-06-10";
  ExpectBars({dir + "news-article.txt", dir + "news-article.gold.json", article});
  ReadOptions lines;
  lines.mode = ReadOptions::Mode::kLines;
  lines.default_date = "2026-06-12";
  ExpectBars({dir + "sentences.txt", dir + "sentences.gold.json", lines});
}

BOOST_AUTO_TEST_CASE(deterministic) {
  Case c{testing::SourceDir() + "/examples/digest-2026-05-16.txt", "", ReadOptions()};
  std::string first = ExtractJson(c), second = ExtractJson(c);
  BOOST_TEST(first == second);
  BOOST_TEST(first.find("\"interactions\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
