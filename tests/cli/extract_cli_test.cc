// `actorgraph extract`: JSON to stdout or -o (atomically), --explain,
// --lines, --date, --actors and --patterns, and one clear error line with a
// documented exit code for bad input. Whole messages are asserted.

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <rapidjson/document.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::RunActorgraph;
using testing::RunResult;

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = testing::TempDir() + "/" + name;
  testing::WriteFileOrDie(path, bytes);
  return path;
}

const char kBoric[] =
    "Chilean President Gabriel Boric on Tuesday received Peru's Foreign Minister Elmer Schialer in Santiago.\n"
    "Lithuania and Latvia signed an agreement on joint air-defence procurement on June 2.\n";

// An actor dictionary that lacks Boric and Schialer but names a Chilean
// minister, to show that --actors adds to the built-in dictionary.
const char kMoreActors[] = R"({"actors": [
  {"id": "alberto-van-klaveren", "name": "Alberto van Klaveren", "kind": "person", "country": "chile",
   "aliases": ["A. van Klaveren"]}]})";

BOOST_AUTO_TEST_SUITE(extract_cli)

BOOST_AUTO_TEST_CASE(lines_to_stdout) {
  std::string in = WriteTemp("lines.txt", kBoric);
  RunResult r = RunActorgraph({"extract", "--lines", "--date", "2026-06-12", in});
  BOOST_TEST(r.exit_code == 0, r.err);
  rapidjson::Document json;
  json.Parse(r.out.c_str());
  BOOST_TEST_REQUIRE(!json.HasParseError());
  const rapidjson::Value& interactions = json["interactions"];
  BOOST_TEST_REQUIRE(interactions.Size() == 2u);
  const rapidjson::Value& meeting = interactions[0];
  BOOST_TEST(std::string(meeting["type"].GetString()) == "meeting");
  BOOST_TEST(std::string(meeting["source"].GetString()) == "gabriel-boric");
  BOOST_TEST(std::string(meeting["target"].GetString()) == "elmer-schialer");
  BOOST_TEST(std::string(meeting["date"].GetString()) == "2026-06-09");
  BOOST_TEST(meeting["item"].GetInt() == 1);
  BOOST_TEST(std::string(meeting["evidence"][0]["rule"].GetString()) == "meeting.received");
  BOOST_TEST(std::string(interactions[1]["type"].GetString()) == "cooperation");
  BOOST_TEST(interactions[1]["item"].GetInt() == 2);
  // Actors carry kind, country and role.
  bool found = false;
  for (const auto& a : json["actors"].GetArray()) {
    if (std::string(a["id"].GetString()) != "elmer-schialer") continue;
    found = true;
    BOOST_TEST(std::string(a["kind"].GetString()) == "person");
    BOOST_TEST(std::string(a["country"].GetString()) == "peru");
    BOOST_TEST(std::string(a["role"].GetString()) == "Peru's Foreign Minister");
  }
  BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(output_file_and_explain) {
  std::string in = WriteTemp("lines.txt", kBoric);
  std::string out = testing::TempDir() + "/events.json";
  RunResult r = RunActorgraph({"extract", "--lines", "--date", "2026-06-12", "-o", out, in});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.empty());
  std::string written = testing::ReadFileOrDie(out);
  BOOST_TEST(written.find("\"gabriel-boric\"") != std::string::npos);
  RunResult again = RunActorgraph({"extract", "--lines", "--date", "2026-06-12", in});
  BOOST_TEST(again.out == written);  // byte-identical

  RunResult e = RunActorgraph({"extract", "--lines", "--date", "2026-06-12", "--explain", in});
  BOOST_TEST(e.exit_code == 0);
  BOOST_TEST(e.out == in + ":1: meeting  Gabriel Boric -- Elmer Schialer  2026-06-09  in Santiago  "
                           "[meeting.received]\n"
                           "      Chilean President Gabriel Boric on Tuesday received Peru's Foreign Minister Elmer "
                           "Schialer in Santiago.\n" +
                           in + ":2: cooperation  Lithuania -- Latvia  2026-06-02  [cooperation.signed]\n"
                           "      Lithuania and Latvia signed an agreement on joint air-defence procurement on June "
                           "2.\n"
                           "2 interactions, 4 actors\n");
}

BOOST_AUTO_TEST_CASE(dash_output_is_stdout) {
  // "-o -" writes standard output, as `export -o -` does, and makes no file named "-".
  std::string in = WriteTemp("lines.txt", kBoric);
  RunResult plain = RunActorgraph({"extract", "--lines", "--date", "2026-06-12", in});
  RunResult dash = RunActorgraph({"extract", "--lines", "--date", "2026-06-12", "-o", "-", in});
  BOOST_TEST(dash.exit_code == 0, dash.err);
  BOOST_TEST(!plain.out.empty());
  BOOST_TEST(dash.out == plain.out);
  BOOST_TEST(!std::filesystem::exists("-"));
}

BOOST_AUTO_TEST_CASE(extra_actors_and_patterns) {
  std::string in = WriteTemp("one.txt", "Chilean Foreign Minister A. van Klaveren broke the fast with Peruvian "
                                         "Foreign Minister Elmer Schialer on June 1.\n");
  std::string actors = WriteTemp("actors.json", kMoreActors);
  std::string patterns = WriteTemp(
      "patterns.json",
      R"({"rules": [{"id": "meeting.broke_fast_with", "type": "meeting",
                     "pattern": "S broke ~1 fast with X"}]})");
  RunResult plain = RunActorgraph({"extract", "--lines", "--date", "2026-06-12", in});
  BOOST_TEST(plain.out.find("\"interactions\": []") != std::string::npos, plain.out);
  RunResult r = RunActorgraph(
      {"extract", "--lines", "--date", "2026-06-12", "--actors", actors, "--patterns", patterns, "--explain", in});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("meeting  Alberto van Klaveren -- Elmer Schialer  2026-06-01") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("[meeting.broke_fast_with]") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(events_json_is_merged_as_it_is) {
  std::string in = WriteTemp("lines.txt", kBoric);
  std::string first = testing::TempDir() + "/first.json";
  BOOST_TEST(RunActorgraph({"extract", "--lines", "--date", "2026-06-12", "-o", first, in}).exit_code == 0);
  std::string second = WriteTemp("second.txt", "Finnish President Alexander Stubb paid a state visit to Estonia on "
                                               "June 4.\n");
  RunResult r = RunActorgraph({"extract", "--lines", "--date", "2026-06-12", "--explain", first, second});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("meeting  Gabriel Boric -- Elmer Schialer") != std::string::npos);
  BOOST_TEST(r.out.find("visit  Alexander Stubb -> Estonia  2026-06-04") != std::string::npos);
  BOOST_TEST(r.out.find("3 interactions") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(errors) {
  std::string missing = testing::TempDir() + "/missing.txt";
  RunResult r = RunActorgraph({"extract", missing});
  BOOST_TEST(r.exit_code == 3);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err.rfind("actorgraph: " + missing + ": ", 0) == 0u, r.err);

  std::string in = WriteTemp("lines.txt", kBoric);
  r = RunActorgraph({"extract", "--date", "12.06.2026", in});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err == "actorgraph: --date \"12.06.2026\": not a calendar date in the form YYYY-MM-DD\n");

  std::string bad = WriteTemp("bad.json", "{\"rules\": [\n  {\"id\": \"x\", \"type\": \"meeting\", \"pattern\": \"S X\"}]}");
  r = RunActorgraph({"extract", "--patterns", bad, in});
  BOOST_TEST(r.exit_code == 5);
  BOOST_TEST(r.err == "actorgraph: " + bad +
                          ":2:3: rule \"x\": a pattern needs at least one required word (its trigger)\n");

  r = RunActorgraph({"extract"});
  BOOST_TEST(r.exit_code == 2);
  // A failed run leaves no output file behind.
  std::string out = testing::TempDir() + "/never.json";
  r = RunActorgraph({"extract", "-o", out, missing});
  BOOST_TEST(r.exit_code == 3);
  BOOST_TEST(!std::ifstream(out).good());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
