// The query commands (who-met, between, path, top, actors) on the events
// fixture tests/graph/data/queries_events.json (drawn in
// tests/graph/graph_view_test.cc): inputs given every way, output formats,
// and one clear error line with a documented exit code for each mistake.

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <rapidjson/document.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::RunActorgraph;
using testing::RunResult;

std::string Events() { return testing::SourceDir() + "/tests/graph/data/queries_events.json"; }

// The first line of `text`.
std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

BOOST_AUTO_TEST_SUITE(query_cli)

BOOST_AUTO_TEST_CASE(who_met_with_trailing_inputs) {
  RunResult r = RunActorgraph({"who-met", "Aliyev", Events()});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.err == "");
  BOOST_TEST(FirstLine(r.out) == "Ilham Aliyev (ilham-aliyev): 4 interactions");
  BOOST_TEST(r.out.find("2026-05-12  meeting with Giorgia Meloni (giorgia-meloni), Rome\n"
                        "    source: week20.txt item 4; APA\n"
                        "    \"They met again in Rome.\"\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(inputs_by_option_give_the_same_output) {
  RunResult trailing = RunActorgraph({"who-met", "aliyev", Events()});
  RunResult with_i = RunActorgraph({"who-met", "-i", Events(), "aliyev"});
  RunResult with_events = RunActorgraph({"who-met", "--events", Events(), "aliyev"});
  BOOST_TEST(with_i.exit_code == 0);
  BOOST_TEST(with_i.out == trailing.out);
  BOOST_TEST(with_events.out == trailing.out);
}

BOOST_AUTO_TEST_CASE(who_met_filters) {
  RunResult r = RunActorgraph(
      {"who-met", "イルハム・アリエフ", Events(), "--type", "call", "--from", "2026-05-05"});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(FirstLine(r.out) == "Ilham Aliyev (ilham-aliyev): 1 interaction");
  BOOST_TEST(r.out.find("call with Recep Tayyip Erdoğan") != std::string::npos);
  r = RunActorgraph({"who-met", "aliyev", Events(), "--to", "2026-05-01"});
  BOOST_TEST(r.out == "Ilham Aliyev (ilham-aliyev): 0 interactions\n");
}

BOOST_AUTO_TEST_CASE(who_met_json) {
  RunResult r = RunActorgraph({"who-met", "Meloni", Events(), "--format", "json"});
  BOOST_TEST(r.exit_code == 0);
  rapidjson::Document json;
  json.Parse(r.out.c_str());
  BOOST_TEST_REQUIRE(!json.HasParseError());
  BOOST_TEST(json["count"].GetInt() == 3);
  BOOST_TEST(json["interactions"][0]["counterpart"]["id"].GetString() ==
             std::string("ilham-aliyev"));
  BOOST_TEST(json["interactions"][1]["type"].GetString() == std::string("visit"));
  BOOST_TEST(json["interactions"][1]["direction"].GetString() == std::string("to"));
}

BOOST_AUTO_TEST_CASE(between_and_path) {
  RunResult r = RunActorgraph({"between", "aliyev", "meloni", Events()});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(FirstLine(r.out) ==
             "Ilham Aliyev (ilham-aliyev) and Giorgia Meloni (giorgia-meloni): 2 interactions");
  r = RunActorgraph({"path", "Meloni", "Fidan", Events()});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(FirstLine(r.out) ==
             "Giorgia Meloni (giorgia-meloni) to Hakan Fidan (hakan-fidan): 3 steps");
}

BOOST_AUTO_TEST_CASE(path_without_chain_is_not_found) {
  RunResult r = RunActorgraph({"path", "Meloni", "Mirzoyan", Events()});
  BOOST_TEST(r.exit_code == 3);
  BOOST_TEST(r.out == "");
  BOOST_TEST(r.err ==
             "actorgraph: no chain of contacts joins giorgia-meloni (Giorgia Meloni) and "
             "ararat-mirzoyan (Ararat Mirzoyan)\n");
}

BOOST_AUTO_TEST_CASE(top_by_week_and_measure) {
  RunResult r =
      RunActorgraph({"top", Events(), "--week", "2026-W19", "-n", "2", "--measure", "degree"});
  BOOST_TEST(r.exit_code == 0);
  // Week 19: Aliyev (Meloni, Erdoğan), Meloni (Aliyev, the visit) and
  // Azerbaijan (the visit, cooperation with Italy) have 2 each; ties go by id.
  BOOST_TEST(r.out ==
             "top 2 by degree in 2026-W19\n"
             "  1. 2           Azerbaijan (azerbaijan)\n"
             "  2. 2           Giorgia Meloni (giorgia-meloni)\n");
  r = RunActorgraph({"top", Events(), "--countries", "-n", "1", "--format", "json"});
  BOOST_TEST(r.exit_code == 0);
  rapidjson::Document json;
  json.Parse(r.out.c_str());
  BOOST_TEST_REQUIRE(!json.HasParseError());
  BOOST_TEST(json["measure"].GetString() == std::string("pagerank"));
  BOOST_TEST(json["actors"][0]["id"].GetString() == std::string("azerbaijan"));
}

BOOST_AUTO_TEST_CASE(actors_list_and_search) {
  RunResult all = RunActorgraph({"actors", Events()});
  BOOST_TEST(all.exit_code == 0);
  BOOST_TEST(all.out.substr(all.out.rfind('\n', all.out.size() - 2) + 1) == "16 actors\n");
  RunResult found = RunActorgraph({"actors", "Aliyev", Events()});
  BOOST_TEST(found.exit_code == 0);
  BOOST_TEST(found.out.find("heydar-aliyev") != std::string::npos);
  BOOST_TEST(found.out.find("ilham-aliyev") != std::string::npos);
  BOOST_TEST(found.out.find("2 actors\n") != std::string::npos);
  RunResult option = RunActorgraph({"actors", "-s", "aliyev", Events()});
  BOOST_TEST(option.out == found.out);
}

BOOST_AUTO_TEST_CASE(ambiguous_name_lists_candidates_exit_2) {
  RunResult r = RunActorgraph({"who-met", "Foreign Ministry", Events()});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.out == "");
  BOOST_TEST(r.err ==
             "actorgraph: \"Foreign Ministry\" is ambiguous; it may be:\n"
             "  mfa-azerbaijan (Ministry of Foreign Affairs of Azerbaijan)\n"
             "  mfa-turkiye (Ministry of Foreign Affairs of Türkiye)\n"
             "give the id or a fuller name\n");
}

BOOST_AUTO_TEST_CASE(errors_and_exit_codes) {
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string err;
  };
  const std::string weights = testing::TempDir() + "/weights.json";
  testing::WriteFileOrDie(weights, "{\"weights\": {\n  \"call\": -1}}\n");
  const std::vector<Case> cases = {
      {{"who-met", "Napoleon", Events()}, 3, "actorgraph: no actor is called \"Napoleon\"\n"},
      {{"who-met", "Aliyev"},
       2,
       "actorgraph: no input files (give digests, PDFs or events JSON after the arguments, or "
       "with -i)\n"},
      {{"who-met", "Aliyev", Events(), "--type", "lunch"},
       2,
       "actorgraph: --type: unknown interaction type \"lunch\" (known: meeting, call, visit, "
       "participation, praise, criticism, invitation, cooperation, sanction, contacts, all)\n"},
      {{"who-met", "Aliyev", Events(), "--from", "May 5"},
       2,
       "actorgraph: --from/--to need a date YYYY-MM-DD, not \"May 5\"\n"},
      {{"who-met", "Aliyev", Events(), "--format", "xml"},
       2,
       "actorgraph: --format: expected text or json, not \"xml\"\n"},
      {{"top", Events(), "--week", "2026-19"},
       2,
       "actorgraph: --week needs an ISO week like 2026-W19, not \"2026-19\"\n"},
      {{"top", Events(), "--measure", "fame"},
       2,
       "actorgraph: unknown measure \"fame\" (known: degree, in_degree, out_degree, strength, "
       "betweenness, closeness, eigenvector, pagerank)\n"},
      {{"top", Events(), "--weights", weights},
       5,
       "actorgraph: " + weights + ":2:13: the weight of \"call\" must be > 0\n"},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.args[0] << " " << c.args[1]) {
      RunResult r = RunActorgraph(c.args);
      BOOST_TEST(r.exit_code == c.exit_code);
      BOOST_TEST(r.out == "");
      BOOST_TEST(r.err == c.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(same_input_same_bytes) {
  RunResult a = RunActorgraph({"top", Events(), "-n", "0", "--measure", "betweenness"});
  RunResult b = RunActorgraph({"top", Events(), "-n", "0", "--measure", "betweenness"});
  BOOST_TEST(a.exit_code == 0);
  BOOST_TEST(a.out == b.out);
  BOOST_TEST(a.out.find("16 by betweenness") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
