// `actorgraph parse`: output formats, warnings on stderr, and one clear
// error line (naming the file) with a documented exit code for each kind of
// bad input. Whole messages are asserted.

#include <sys/stat.h>

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <rapidjson/document.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::RunActorgraph;
using testing::RunResult;

std::string FixturePath() { return testing::SourceDir() + "/tests/data/digest-small.txt"; }

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = testing::TempDir() + "/" + name;
  testing::WriteFileOrDie(path, bytes);
  return path;
}

const char kAccepted[] = "expected UTF-8 text, UTF-16 with a byte-order mark, or a PDF";

BOOST_AUTO_TEST_SUITE(parse_cli)

BOOST_AUTO_TEST_CASE(json_of_one_file) {
  RunResult r = RunActorgraph({"parse", FixturePath()});
  BOOST_TEST(r.exit_code == 0);
  rapidjson::Document json;
  json.Parse(r.out.c_str());
  BOOST_TEST_REQUIRE(!json.HasParseError());
  BOOST_TEST_REQUIRE(json.IsArray());
  BOOST_TEST_REQUIRE(json.Size() == 1u);
  const rapidjson::Value& doc = json[0];
  BOOST_TEST(std::string(doc["kind"].GetString()) == "digest");
  BOOST_TEST(doc["items"].Size() == 5u);
  BOOST_TEST(doc["sections"].Size() == 2u);
  BOOST_TEST(std::string(doc["items"][1]["source"]["date"].GetString()) == "2026-06-02");
  BOOST_TEST(r.err == FixturePath() +
                          ":23: warning: source date \"02.06.20266\" is malformed; repaired to 2026-06-02, the "
                          "only reading near the period 2026-05-30..2026-06-05\n" +
                          FixturePath() + ":43: warning: item 5 has no source line\n");
}

BOOST_AUTO_TEST_CASE(json_is_byte_identical_between_runs) {
  RunResult a = RunActorgraph({"parse", FixturePath()});
  RunResult b = RunActorgraph({"parse", FixturePath()});
  BOOST_TEST(a.out == b.out);
}

BOOST_AUTO_TEST_CASE(several_files_make_one_array) {
  std::string article = WriteTemp("article.txt", "The ministers met in Baku.\n");
  RunResult r = RunActorgraph({"parse", FixturePath(), article, "--date", "2026-05-11"});
  BOOST_TEST(r.exit_code == 0);
  rapidjson::Document json;
  json.Parse(r.out.c_str());
  BOOST_TEST_REQUIRE(json.IsArray());
  BOOST_TEST_REQUIRE(json.Size() == 2u);
  BOOST_TEST(std::string(json[1]["kind"].GetString()) == "plain_text");
  BOOST_TEST(std::string(json[1]["items"][0]["source"]["date"].GetString()) == "2026-05-11");
}

BOOST_AUTO_TEST_CASE(text_outline) {
  RunResult r = RunActorgraph({"parse", FixturePath(), "--format", "text"});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.out ==
             FixturePath() + ": digest, 2 sections, 5 items, 2 warnings\n"
             "title: コーカサス情勢週報\n"
             "title: (公開情報の要約・試験用)\n"
             "publisher: 在テスト市大使館\n"
             "period: 2026-05-30 .. 2026-06-05\n"
             "1. 軍事・治安関係  (line 10)\n"
             "  [1] line 12  2026-06-01  MOD.GOV.AZ  (1 block)\n"
             "      国防相、合同演習の準備状況を視察\n"
             "      Defense minister inspects preparations for joint exercise\n"
             "  [2] line 18  2026-06-02  TREND, REPORT  (1 block)\n"
             "      国境警備隊長、隣国の担当者と会談\n"
             "      Border service chief holds talks with neighbouring counterpart\n"
             "2. 外政関連  (line 25)\n"
             "  [3] line 27  2026-06-03  AZERTAG  (2 blocks)\n"
             "      外相、欧州連合の特別代表を迎える\n"
             "      Foreign minister receives EU special representative\n"
             "  [4] line 33  2026-06-04  APA  (4 blocks)\n"
             "      大統領、地域協力フォーラムの参加者に書簡を送付\n"
             "      President sends letter to participants of regional cooperation forum\n"
             "  [5] line 43  (no date)  (no source)  (2 blocks)\n"
             "      議会代表団、友好議員連盟の会合に出席\n"
             "      Parliamentary delegation attends friendship group meeting\n");
}

BOOST_AUTO_TEST_CASE(lines_mode_with_date) {
  std::string path = WriteTemp("sentences.txt", "Aliyev met Meloni.\n\nBayramov called Sybiha.\n");
  RunResult r = RunActorgraph({"parse", path, "--lines", "--date", "2026-05-11", "--format", "text"});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.err == "");
  BOOST_TEST(r.out == path + ": lines, 0 sections, 2 items, 0 warnings\n"
                             "period: 2026-05-11 .. 2026-05-11\n"
                             "  [1] line 1  2026-05-11  (no source)  (1 block)\n"
                             "      Aliyev met Meloni.\n"
                             "  [3] line 3  2026-05-11  (no source)  (1 block)\n"
                             "      Bayramov called Sybiha.\n");
}

BOOST_AUTO_TEST_CASE(bad_date_option) {
  RunResult r = RunActorgraph({"parse", FixturePath(), "--date", "2026-13-01"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.out == "");
  BOOST_TEST(r.err == "actorgraph: --date \"2026-13-01\": not a calendar date in the form YYYY-MM-DD\n");
}

BOOST_AUTO_TEST_CASE(bad_format_option) {
  RunResult r = RunActorgraph({"parse", FixturePath(), "--format", "xml"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.out == "");
}

struct BadInput {
  std::string name;
  std::string bytes;
  int exit_code;
  std::string message;  // after "actorgraph: <path>"
};

BOOST_AUTO_TEST_CASE(each_bad_input_one_clear_error) {
  std::vector<BadInput> cases{
      {"empty.txt", "", 5, ": empty file"},
      {"binary.bin", std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10), 5,
       std::string(":1:8: binary data (NUL byte); ") + kAccepted},
      {"latin1.txt", "Az\xE9rbaycan\n", 5,
       std::string(":1:3: invalid UTF-8 (byte 0xe9); ") + kAccepted + "\nAz\\xe9rbaycan\n  ^ near here"},
      {"odd.txt", "\xFF\xFE" "a", 5, ":1:1: invalid UTF-16 (odd number of bytes)"},
      {"broken.pdf", "%PDF-1.7\nnot really\n", 5, ": not a readable PDF (damaged or truncated)"},
  };
  for (const BadInput& c : cases) {
    BOOST_TEST_CONTEXT(c.name) {
      std::string path = WriteTemp(c.name, c.bytes);
      RunResult r = RunActorgraph({"parse", path});
      BOOST_TEST(r.exit_code == c.exit_code);
      BOOST_TEST(r.err == "actorgraph: " + path + c.message + "\n");
      BOOST_TEST(r.out == "[]\n");
    }
  }
}

BOOST_AUTO_TEST_CASE(missing_file_and_directory) {
  std::string dir = testing::TempDir();
  RunResult missing = RunActorgraph({"parse", dir + "/nope.txt"});
  BOOST_TEST(missing.exit_code == 3);
  BOOST_TEST(missing.err == "actorgraph: " + dir + "/nope.txt: no such file\n");
  RunResult directory = RunActorgraph({"parse", dir});
  BOOST_TEST(directory.exit_code == 4);
  BOOST_TEST(directory.err == "actorgraph: " + dir + ": is a directory, not a file\n");
}

BOOST_AUTO_TEST_CASE(accepted_encodings_read_like_utf8) {
  std::string text = "The ministers met in Baku. (TREND / 03.05.2026)\n";
  std::string utf8 = WriteTemp("utf8.txt", text);
  std::string crlf = WriteTemp("crlf.txt", "The ministers met in Baku. (TREND / 03.05.2026)\r\n");
  std::string bom = WriteTemp("bom.txt", "\xEF\xBB\xBF" + text);
  RunResult a = RunActorgraph({"parse", utf8, "--format", "text"});
  for (const std::string& other : {crlf, bom}) {
    RunResult b = RunActorgraph({"parse", other, "--format", "text"});
    BOOST_TEST(b.exit_code == 0);
    BOOST_TEST(b.err == "");
    BOOST_TEST(b.out.substr(other.size()) == a.out.substr(utf8.size()));
  }
}

BOOST_AUTO_TEST_CASE(good_files_still_printed_after_a_bad_one) {
  std::string dir = testing::TempDir();
  RunResult r = RunActorgraph({"parse", dir + "/nope.txt", FixturePath(), "--format", "text"});
  BOOST_TEST(r.exit_code == 3);
  BOOST_TEST(r.err.rfind("actorgraph: " + dir + "/nope.txt: no such file\n", 0) == 0u);
  BOOST_TEST(r.out.rfind(FixturePath() + ": digest, 2 sections, 5 items", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(stdin_dash) {
  RunResult r = RunActorgraph({"parse", "-"});  // stdin is /dev/null here
  BOOST_TEST(r.exit_code == 5);
  BOOST_TEST(r.err == "actorgraph: <stdin>: empty file\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
