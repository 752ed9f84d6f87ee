// The query commands on the example digests (examples/digest-*.txt), an
// analyst's first run: who-met lists every counterpart newest first, each
// with its date and its source (file, item, outlets); between, path,
// top --week and actors answer from the same four weeks.

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::RunActorgraph;
using testing::RunResult;

// The example digests with `args` before them.
std::vector<std::string> On(std::vector<std::string> args) {
  for (const char* week : {"2026-05-09", "2026-05-16", "2026-05-30", "2026-12-26"}) {
    args.push_back(testing::SourceDir() + "/examples/digest-" + week + ".txt");
  }
  return args;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// "2026-05-16  call with ..." is a record line: it starts with a date.
bool IsRecord(const std::string& line) {
  return line.size() > 12 && line[4] == '-' && line[7] == '-' && line.compare(10, 2, "  ") == 0;
}

// Every record line is followed by "    source: .../examples/digest-*.txt
// item N; OUTLET[, OUTLET...]"; the records are newest first. Returns how
// many there are.
std::size_t CheckRecords(const std::vector<std::string>& lines) {
  std::size_t records = 0;
  std::string previous_date = "9999-12-31";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!IsRecord(lines[i])) continue;
    ++records;
    const std::string date = lines[i].substr(0, 10);
    BOOST_TEST(date <= previous_date, lines[i] << " after " << previous_date);
    previous_date = date;
    BOOST_REQUIRE(i + 1 < lines.size());
    const std::string& source = lines[i + 1];
    BOOST_TEST(StartsWith(source, "    source: "), source);
    BOOST_TEST(source.find("/examples/digest-") != std::string::npos, source);
    const std::size_t outlets = source.find(".txt item ");
    BOOST_TEST((outlets != std::string::npos && source.find("; ", outlets) != std::string::npos &&
                source.size() > source.find("; ", outlets) + 2),
               "no item or outlets: " << source);
  }
  return records;
}

BOOST_AUTO_TEST_SUITE(query_examples)

BOOST_AUTO_TEST_CASE(who_met_lists_counterparts_with_date_and_source_newest_first) {
  RunResult r = RunActorgraph(On({"who-met", "Aliyev"}));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(r.err == "");
  std::vector<std::string> lines = Lines(r.out);
  BOOST_REQUIRE(!lines.empty());
  const std::string head = "Ilham Aliyev (ilham-aliyev): ";
  BOOST_REQUIRE_MESSAGE(StartsWith(lines[0], head), lines[0]);
  const std::size_t count = std::strtoul(lines[0].c_str() + head.size(), nullptr, 10);
  BOOST_TEST(count >= 10u);  // four weeks of an Azerbaijani digest
  BOOST_TEST(CheckRecords(lines) == count);
  // One counterpart from two different weeks, with its outlets.
  BOOST_TEST(r.out.find("2026-12-26  meeting with Vladimir Putin (vladimir-putin)\n"
                        "    source: " +
                        testing::SourceDir() +
                        "/examples/digest-2026-12-26.txt item 5; AZERTAG, KREMLIN.RU\n") !=
             std::string::npos);
  BOOST_TEST(r.out.find("2026-06-02  call with Vladimir Putin (vladimir-putin)\n") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(between_two_actors_of_the_examples) {
  RunResult r = RunActorgraph(On({"between", "aliyev", "PUTIN"}));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::vector<std::string> lines = Lines(r.out);
  BOOST_REQUIRE(!lines.empty());
  const std::string head = "Ilham Aliyev (ilham-aliyev) and Vladimir Putin (vladimir-putin): ";
  BOOST_REQUIRE_MESSAGE(StartsWith(lines[0], head), lines[0]);
  const std::size_t count = std::strtoul(lines[0].c_str() + head.size(), nullptr, 10);
  BOOST_TEST(count >= 2u);  // the meeting in December, the call in June
  BOOST_TEST(CheckRecords(lines) == count);
}

BOOST_AUTO_TEST_CASE(path_chains_contacts_across_weeks) {
  // Pashinyan met Aliyev in December, Aliyev spoke to Tokayev in May; the
  // two never met in the examples.
  RunResult r = RunActorgraph(On({"path", "Pashinyan", "Tokayev"}));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::vector<std::string> lines = Lines(r.out);
  BOOST_REQUIRE(lines.size() >= 3u);
  BOOST_TEST(lines[0] ==
             "Nikol Pashinyan (nikol-pashinyan) to Kassym-Jomart Tokayev (kassym-jomart-tokayev): "
             "2 steps");
  BOOST_TEST(StartsWith(lines[1], "1. Nikol Pashinyan (nikol-pashinyan) - "), lines[1]);
  std::string last;
  for (const std::string& line : lines) {
    if (StartsWith(line, "2. ")) last = line;
  }
  BOOST_TEST(last.find(" - Kassym-Jomart Tokayev (kassym-jomart-tokayev): ") != std::string::npos,
             last);
}

BOOST_AUTO_TEST_CASE(top_of_one_week_is_ranked) {
  RunResult r = RunActorgraph(On({"top", "--week", "2026-W21", "-n", "5"}));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::vector<std::string> lines = Lines(r.out);
  BOOST_REQUIRE_EQUAL(lines.size(), 6u);
  BOOST_TEST(lines[0] == "top 5 by pagerank in 2026-W21");
  double previous = 1.0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    BOOST_TEST(StartsWith(lines[i], "  " + std::to_string(i) + ". "), lines[i]);
    const double score = std::strtod(lines[i].c_str() + 5, nullptr);
    BOOST_TEST(score > 0.0);
    BOOST_TEST(score <= previous);
    previous = score;
  }
  // Another week gives another ranking.
  RunResult other = RunActorgraph(On({"top", "--week", "2026-W53", "-n", "5"}));
  BOOST_REQUIRE_MESSAGE(other.exit_code == 0, other.err);
  BOOST_TEST(other.out != r.out);
  // A week the digests do not cover says so.
  RunResult none = RunActorgraph(On({"top", "--week", "2026-W40"}));
  BOOST_REQUIRE_MESSAGE(none.exit_code == 0, none.err);
  BOOST_TEST(none.out == "no actors in 2026-W40\n");
}

BOOST_AUTO_TEST_CASE(actors_search_finds_by_surname) {
  RunResult r = RunActorgraph(On({"actors", "aliyev"}));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(("\n" + r.out).find("\nilham-aliyev  Ilham Aliyev  [person, azerbaijan] ") !=
                 std::string::npos,
             r.out);
  RunResult all = RunActorgraph(On({"actors"}));
  BOOST_REQUIRE_MESSAGE(all.exit_code == 0, all.err);
  BOOST_TEST(Lines(all.out).size() > Lines(r.out).size());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
