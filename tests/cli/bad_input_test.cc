// The bad-input suite (issue 6): whatever an analyst feeds actorgraph, it
// must not crash, must say in one clear message what went wrong and where
// (file, and line when there is one), exit with the documented code of
// status.h (2 bad arguments, 3 not found, 4 I/O, 5 corrupt, 6 too large),
// and never leave half a file behind. One case per kind of bad input, run
// through the actorgraph binary; whole messages are asserted.
//
// `parse` has its own error tests (parse_cli_test.cc); here the inputs go
// through `extract` (reader + dictionary + corpus loader, writing -o FILE)
// and `build`/`export` (events JSON in, a folder or a file out).

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "test_util.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using testing::RunActorgraph;
using testing::RunResult;

// A small digest in the house format (our own words): two items, each with
// its source line. Line numbers below refer to this text.
const char kDigest[] =
    "コーカサス情勢週報\n"                                              // 1
    "\n"                                                                 // 2
    "2026年5月2日～5月8日\n"                                             // 3
    "\n"                                                                 // 4
    "1. 外政関連\n"                                                      // 5
    "\n"                                                                 // 6
    "● 外相会談\n"                                                       // 7
    "Foreign ministers meet in Baku\n"                                   // 8
    "\n"                                                                 // 9
    "On May 4, Jeyhun Bayramov met Hakan Fidan in Baku. The ministers "  // 10
    "discussed transport links. (TREND / 04.05.2026)\n"
    "\n"                                                                 // 11
    "● 大統領、電話会談\n"                                               // 12
    "President holds phone call\n"                                       // 13
    "\n"                                                                 // 14
    "On May 5, Ilham Aliyev had a phone call with Emmanuel Macron. "     // 15
    "(APA / 05.05.2026)\n";

std::string Write(const std::string& dir, const std::string& name, const std::string& bytes) {
  std::string path = dir + "/" + name;
  testing::WriteFileOrDie(path, bytes);
  return path;
}

// Every file and folder below `dir`, relative, sorted.
std::vector<std::string> Listing(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return names;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    names.push_back(fs::relative(e.path(), dir).string());
  std::sort(names.begin(), names.end());
  return names;
}

// The temporary files AtomicFile leaves if it fails to clean up
// (".NAME.tmp-PID-N"), anywhere below `dir`.
std::vector<std::string> StrayTemps(const std::string& dir) {
  std::vector<std::string> temps;
  for (const std::string& name : Listing(dir))
    if (name.find(".tmp-") != std::string::npos) temps.push_back(name);
  return temps;
}

// Runs actorgraph with a file-size limit (RLIMIT_FSIZE, set by util-linux's
// prlimit) and SIGXFSZ ignored (by the shell, kept across exec), so that
// every write past `limit` bytes fails with EFBIG: a full disk, for this
// process only, as any user.
RunResult RunWithFileSizeLimit(long limit, const std::vector<std::string>& args) {
  std::vector<std::string> argv{"prlimit", "--fsize=" + std::to_string(limit), "--",
                                "sh", "-c", "trap '' XFSZ; exec \"$@\"", "sh", ACTORGRAPH_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return testing::RunProgram(argv);
}

// An events JSON of two actors and one meeting; `actors_extra` and
// `interactions_extra` are spliced into the arrays (with a leading comma).
std::string EventsJson(const std::string& actors_extra = "",
                       const std::string& interactions_extra = "") {
  return "{\n"
         "  \"actors\": [\n"
         "    {\"id\": \"ilham-aliyev\", \"name\": \"Ilham Aliyev\", \"kind\": \"person\"},\n"
         "    {\"id\": \"emmanuel-macron\", \"name\": \"Emmanuel Macron\", \"kind\": \"person\"}" +
         actors_extra +
         "\n  ],\n"
         "  \"interactions\": [\n"
         "    {\"type\": \"call\", \"source\": \"ilham-aliyev\", \"target\": \"emmanuel-macron\",\n"
         "     \"date\": \"2026-05-05\"}" +
         interactions_extra + "\n  ]\n}\n";
}

// Runs actorgraph with `args`: it must exit with `code` and print the one
// line "actorgraph: " + `message` on stderr.
void ExpectError(const std::vector<std::string>& args, int code, const std::string& message) {
  RunResult r = RunActorgraph(args);
  BOOST_TEST(r.exit_code == code);
  BOOST_TEST(r.err == "actorgraph: " + message + "\n");
}

// Extracts kDigest as "digest.txt" and `bytes` (the same text in another
// encoding or line-end convention) as `name`: both succeed, the second
// without a warning, with the same events JSON but for the document's name.
// Returns the events JSON of kDigest.
std::string ExtractsLikeTheDigest(const std::string& name, const std::string& bytes) {
  std::string dir = testing::TempDir();
  std::string digest = Write(dir, "digest.txt", kDigest), variant = Write(dir, name, bytes);
  RunResult a = RunActorgraph({"extract", digest, "-o", dir + "/a.json"});
  RunResult b = RunActorgraph({"extract", variant, "-o", dir + "/b.json"});
  BOOST_TEST(a.exit_code == 0);
  BOOST_TEST(b.exit_code == 0);
  BOOST_TEST(b.err == "");
  std::string ja = testing::ReadFileOrDie(dir + "/a.json");
  std::string jb = testing::ReadFileOrDie(dir + "/b.json");
  for (std::size_t p; (p = jb.find(name)) != std::string::npos;) jb.replace(p, name.size(), "digest.txt");
  BOOST_TEST(ja == jb);
  return ja;
}

BOOST_AUTO_TEST_SUITE(bad_input)

// --- Inputs that cannot be read at all --------------------------------

BOOST_AUTO_TEST_CASE(empty_file) {
  std::string dir = testing::TempDir();
  std::string in = Write(dir, "empty.txt", "");
  std::string out = dir + "/out/events.json";
  fs::create_directory(dir + "/out");
  RunResult r = RunActorgraph({"extract", in, "-o", out});
  BOOST_TEST(r.exit_code == 5);
  BOOST_TEST(r.err == "actorgraph: " + in + ": empty file\n");
  BOOST_TEST(Listing(dir + "/out").empty());
}

BOOST_AUTO_TEST_CASE(binary_file) {
  std::string dir = testing::TempDir();
  // A ZIP header: NUL on line 1, byte 7.
  std::string in = Write(dir, "archive.txt", std::string("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10));
  fs::create_directory(dir + "/out");
  RunResult r = RunActorgraph({"extract", in, "-o", dir + "/out/events.json"});
  BOOST_TEST(r.exit_code == 5);
  BOOST_TEST(r.err == "actorgraph: " + in +
                          ":1:6: binary data (NUL byte); expected UTF-8 text, UTF-16 with a "
                          "byte-order mark, or a PDF\n");
  BOOST_TEST(Listing(dir + "/out").empty());
}

BOOST_AUTO_TEST_CASE(invalid_utf8) {
  std::string dir = testing::TempDir();
  // Line 10 of the digest with a Latin-1 "é" (0xE9) in "Bayramov's".
  std::string text = kDigest;
  std::size_t at = text.find("Bayramov");
  text.insert(at, "\xE9");
  std::string in = Write(dir, "latin1.txt", text);
  fs::create_directory(dir + "/out");
  RunResult r = RunActorgraph({"extract", in, "-o", dir + "/out/events.json"});
  BOOST_TEST(r.exit_code == 5);
  std::string first_line = r.err.substr(0, r.err.find('\n'));
  BOOST_TEST(first_line == "actorgraph: " + in +
                               ":10:18: invalid UTF-8 (byte 0xe9); expected UTF-8 text, UTF-16 "
                               "with a byte-order mark, or a PDF");
  // Then the line, shown with the bad byte escaped, and a caret.
  BOOST_TEST(r.err.find("\\xe9Bayramov") != std::string::npos);
  BOOST_TEST(r.err.find("^ near here\n") != std::string::npos);
  BOOST_TEST(Listing(dir + "/out").empty());
}

BOOST_AUTO_TEST_CASE(missing_file) {
  std::string dir = testing::TempDir();
  ExpectError({"extract", dir + "/nope.txt", "-o", dir + "/events.json"}, 3,
              dir + "/nope.txt: no such file");
  ExpectError({"build", dir + "/nope.json", "-o", dir + "/site", "-q"}, 3,
              dir + "/nope.json: no such file");
  BOOST_TEST(Listing(dir).empty());
}

BOOST_AUTO_TEST_CASE(directory_as_input) {
  std::string dir = testing::TempDir();
  fs::create_directory(dir + "/in.txt");
  fs::create_directory(dir + "/in.json");
  ExpectError({"extract", dir + "/in.txt", "-o", dir + "/events.json"}, 4,
              dir + "/in.txt: is a directory, not a file");
  ExpectError({"build", dir + "/in.json", "-o", dir + "/site", "-q"}, 4,
              dir + "/in.json: is a directory, not a file");
  BOOST_TEST(Listing(dir) == (std::vector<std::string>{"in.json", "in.txt"}));
}

BOOST_AUTO_TEST_CASE(pattern_files_are_checked_like_inputs) {
  std::string dir = testing::TempDir();
  std::string in = Write(dir, "digest.txt", kDigest);
  fs::create_directory(dir + "/patterns.json");
  ExpectError({"extract", in, "--patterns", dir + "/patterns.json", "-o", dir + "/events.json"}, 4,
              dir + "/patterns.json: is a directory, not a file");
  ExpectError({"extract", in, "--patterns", dir + "/nope.json", "-o", dir + "/events.json"}, 3,
              dir + "/nope.json: no such file");
  BOOST_TEST(!fs::exists(dir + "/events.json"));
}

BOOST_AUTO_TEST_CASE(unreadable_file) {
  std::string dir = testing::TempDir();
  std::string in = Write(dir, "secret.txt", kDigest);
  fs::permissions(in, fs::perms::none);
  if (access(in.c_str(), R_OK) == 0) {
    // root (as in CI containers) reads it anyway: nothing to test.
    BOOST_TEST_MESSAGE("unreadable_file skipped: chmod 000 does not stop this user reading");
    return;
  }
  RunResult r = RunActorgraph({"extract", in, "-o", dir + "/events.json"});
  BOOST_TEST(r.exit_code == 4);
  BOOST_TEST(r.err == "actorgraph: " + in + ": cannot open: Permission denied\n");
  BOOST_TEST(!fs::exists(dir + "/events.json"));
}

BOOST_AUTO_TEST_CASE(input_over_the_size_limit) {
  // ReadOptions::max_bytes: 64 MiB. One byte more is refused before parsing.
  std::string dir = testing::TempDir();
  std::string in = dir + "/huge.txt";
  {
    std::ofstream f(in, std::ios::binary);
    std::string block(1 << 20, 'a');
    for (int i = 0; i < 64; ++i) f << block;
    f << 'a';
  }
  RunResult r = RunActorgraph({"extract", in, "-o", dir + "/events.json"});
  BOOST_TEST(r.exit_code == 6);
  BOOST_TEST(r.err == "actorgraph: " + in +
                          ": file is 67108865 bytes, over the limit of 67108864 bytes (64 MiB)\n");
  BOOST_TEST(!fs::exists(dir + "/events.json"));
}

// --- Inputs that are read, with their damage reported ------------------

BOOST_AUTO_TEST_CASE(utf16_with_bom_reads_like_utf8) {
  // UTF-16LE with its BOM: every code point of kDigest is in the BMP.
  std::u16string wide;
  std::string text = kDigest;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    char32_t cp;
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
    wide.push_back(static_cast<char16_t>(cp));
    i += n;
  }
  std::string le = "\xFF\xFE";
  for (char16_t u : wide) {
    le.push_back(static_cast<char>(u & 0xFF));
    le.push_back(static_cast<char>(u >> 8));
  }
  BOOST_TEST(ExtractsLikeTheDigest("utf16.txt", le).find("\"call\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(crlf_reads_like_lf) {
  std::string text = kDigest, crlf;
  for (char c : text) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  ExtractsLikeTheDigest("crlf.txt", crlf);
}

BOOST_AUTO_TEST_CASE(single_50mb_line) {
  // 50 MB of sentences with no line break: under the 64 MiB limit, so it is
  // read and extracted, as one item, without crashing.
  std::string dir = testing::TempDir();
  std::string in = dir + "/one-line.txt";
  {
    std::ofstream f(in, std::ios::binary);
    const std::string sentence = "On May 4, Jeyhun Bayramov met Hakan Fidan in Baku. ";
    std::string block;
    while (block.size() < (1u << 20)) block += sentence;
    for (std::size_t written = 0; written < 50u * 1000 * 1000; written += block.size()) f << block;
  }
  RunResult r = RunActorgraph({"extract", in, "--date", "2026-05-04", "-o", dir + "/events.json"});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(StrayTemps(dir).empty());
  std::string json = testing::ReadFileOrDie(dir + "/events.json");
  BOOST_TEST(json.find("\"jeyhun-bayramov\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(truncated_digest) {
  // Cut in the middle of the second item's body: the first item is read in
  // full; the cut item is kept, with a warning that it has no source line.
  std::string dir = testing::TempDir();
  std::string text = kDigest;
  text = text.substr(0, text.find(" had a phone call"));
  std::string in = Write(dir, "cut.txt", text);
  RunResult r = RunActorgraph({"parse", in, "--format", "text"});
  BOOST_TEST(r.exit_code == 0);
  // The warning points at the item that lacks its source line: its ● line.
  BOOST_TEST(r.err == in + ":12: warning: item 2 has no source line\n");
  // A cut inside a multi-byte character is invalid UTF-8 at its place.
  std::string mid_char = std::string(kDigest).substr(0, std::string(kDigest).find("電話") + 1);
  std::string in2 = Write(dir, "cut-char.txt", mid_char);
  RunResult r2 = RunActorgraph({"extract", in2, "-o", dir + "/events.json"});
  BOOST_TEST(r2.exit_code == 5);
  BOOST_TEST(r2.err.substr(0, r2.err.find('\n')) ==
             "actorgraph: " + in2 +
                 ":12:17: invalid UTF-8 (a truncated sequence); expected UTF-8 text, UTF-16 with "
                 "a byte-order mark, or a PDF");
  BOOST_TEST(!fs::exists(dir + "/events.json"));
}

BOOST_AUTO_TEST_CASE(item_without_source_line) {
  std::string dir = testing::TempDir();
  std::string text = kDigest;
  std::size_t at = text.find(" (TREND / 04.05.2026)");
  text.erase(at, std::string(" (TREND / 04.05.2026)").size());
  std::string in = Write(dir, "nosource.txt", text);
  RunResult r = RunActorgraph({"extract", in, "-o", dir + "/events.json"});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.err == in + ":7: warning: item 1 has no source line\n");
  // The item is still extracted, dated by the text ("On May 4").
  std::string json = testing::ReadFileOrDie(dir + "/events.json");
  BOOST_TEST(json.find("\"2026-05-04\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(malformed_and_impossible_dates) {
  std::string dir = testing::TempDir();
  std::string text = kDigest;
  text.replace(text.find("04.05.2026"), 10, "04.05.20266");  // a typo: repaired
  text.replace(text.find("05.05.2026"), 10, "31.02.2026");   // no such day: dropped
  std::string in = Write(dir, "dates.txt", text);
  RunResult r = RunActorgraph({"parse", in, "--format", "text"});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.err == in +
                          ":10: warning: source date \"04.05.20266\" is malformed; repaired to "
                          "2026-05-04, the only reading near the period 2026-05-02..2026-05-08\n" +
                          in +
                          ":15: warning: source date \"31.02.2026\" is not a calendar date; the "
                          "item has no date\n");
  // An impossible --date is a bad argument, for every command that takes it.
  RunResult parse = RunActorgraph({"parse", in, "--date", "2026-02-30"});
  BOOST_TEST(parse.exit_code == 2);
  BOOST_TEST(parse.err == "actorgraph: --date \"2026-02-30\": not a calendar date in the form YYYY-MM-DD\n");
  BOOST_TEST(parse.out == "");
  RunResult extract = RunActorgraph({"extract", in, "--date", "2026-02-30"});
  BOOST_TEST(extract.exit_code == 2);
  BOOST_TEST(extract.err == "actorgraph: --date \"2026-02-30\": not a calendar date in the form YYYY-MM-DD\n");
  BOOST_TEST(extract.out == "");
}

// --- Output that cannot be written ------------------------------------

BOOST_AUTO_TEST_CASE(output_folder_cannot_be_written) {
  std::string dir = testing::TempDir();
  std::string in = Write(dir, "digest.txt", kDigest);
  std::string regular = Write(dir, "plain-file", "not a folder\n");
  // Under a regular file: the folder can never exist.
  RunResult r = RunActorgraph({"extract", in, "-o", regular + "/events.json"});
  BOOST_TEST(r.exit_code == 4);
  BOOST_TEST(r.err.rfind("actorgraph: " + regular + "/events.json: ", 0) == 0u);
  BOOST_TEST(r.err.find("Not a directory") != std::string::npos);
  RunResult b = RunActorgraph({"build", in, "-o", regular + "/site", "-q"});
  BOOST_TEST(b.exit_code == 4);
  BOOST_TEST(b.err.rfind("actorgraph: " + regular + "/site", 0) == 0u);
  // /proc accepts no new files, even from root.
  RunResult p = RunActorgraph({"extract", in, "-o", "/proc/actorgraph-events.json"});
  BOOST_TEST(p.exit_code == 4);
  BOOST_TEST(p.err.rfind("actorgraph: /proc/actorgraph-events.json: ", 0) == 0u);
  BOOST_TEST(Listing(dir) == (std::vector<std::string>{"digest.txt", "plain-file"}));
}

BOOST_AUTO_TEST_CASE(full_disk_keeps_the_old_file) {
  // Every write past 4 KiB fails (EFBIG, like ENOSPC): the command fails
  // with an I/O error naming the output, the old file is untouched and no
  // temporary file is left.
  std::string dir = testing::TempDir();
  std::string in = Write(dir, "digest.txt", kDigest);
  std::string events = dir + "/events.json";
  RunResult ok = RunActorgraph({"extract", in, "-o", events});
  BOOST_REQUIRE(ok.exit_code == 0);
  std::string graphml = Write(dir, "graph.graphml", "old contents\n");
  RunResult r = RunWithFileSizeLimit(4096, {"export", events, "-o", graphml});
  BOOST_TEST(r.exit_code == 4);
  BOOST_TEST(r.err.rfind("actorgraph: " + graphml + ": ", 0) == 0u);
  BOOST_TEST(r.err.find("File too large") != std::string::npos);
  BOOST_TEST(testing::ReadFileOrDie(graphml) == "old contents\n");
  BOOST_TEST(StrayTemps(dir).empty());
  // The weekly site: the folder is not left half-built.
  RunResult b = RunWithFileSizeLimit(4096, {"build", events, "-o", dir + "/site", "-q"});
  BOOST_TEST(b.exit_code == 4);
  BOOST_TEST(b.err.find("File too large") != std::string::npos);
  BOOST_TEST(StrayTemps(dir).empty());
}

// --- Actor dictionaries and events JSON --------------------------------

// `actorgraph extract` of kDigest with the dictionary `json` added
// (--actors DIR/actors.json): it must fail with exit code 5 and the one
// line `message` (where "FILE" stands for the dictionary's path), and
// write no events file.
void ExpectBadDictionary(const std::string& json, std::string message) {
  std::string dir = testing::TempDir();
  std::string in = Write(dir, "digest.txt", kDigest);
  std::string actors = Write(dir, "actors.json", json);
  for (std::size_t p; (p = message.find("FILE")) != std::string::npos;) message.replace(p, 4, actors);
  RunResult r = RunActorgraph({"extract", in, "--actors", actors, "-o", dir + "/events.json"});
  BOOST_TEST(r.exit_code == 5);
  BOOST_TEST(r.err == "actorgraph: " + message + "\n");
  BOOST_TEST(!fs::exists(dir + "/events.json"));
}

BOOST_AUTO_TEST_CASE(malformed_actor_json) {
  ExpectBadDictionary(
      "{\"actors\": [\n"
      "  {\"id\": \"new-envoy\", \"name\": \"New Envoy\", \"kind\": \"person\"}\n"
      "  {\"id\": \"other\"}\n"
      "]}\n",
      "FILE:3:3: Missing a comma or ']' after an array element.");
}

BOOST_AUTO_TEST_CASE(duplicate_actor_ids) {
  ExpectBadDictionary(
      "{\"actors\": [\n"
      "  {\"id\": \"new-envoy\", \"name\": \"New Envoy\", \"kind\": \"person\"},\n"
      "  {\"id\": \"new-envoy\", \"name\": \"Other Envoy\", \"kind\": \"person\"}\n"
      "]}\n",
      "FILE:3:3: duplicate actor id 'new-envoy' (first defined at line 2)");
}

BOOST_AUTO_TEST_CASE(alias_claimed_by_two_actors) {
  ExpectBadDictionary(
      "{\"actors\": [\n"
      "  {\"id\": \"envoy-one\", \"name\": \"Envoy One\", \"kind\": \"person\", "
      "\"aliases\": [\"The Envoy\"]},\n"
      "  {\"id\": \"envoy-two\", \"name\": \"Envoy Two\", \"kind\": \"person\", "
      "\"aliases\": [\"the envoy\"]}\n"
      "]}\n",
      "FILE:3:3: 'the envoy' of actor 'envoy-two' is already claimed by 'envoy-one' "
      "('The Envoy', FILE:2)");
}

BOOST_AUTO_TEST_CASE(events_json_with_unknown_actor) {
  std::string dir = testing::TempDir();
  std::string events = Write(
      dir, "events.json",
      EventsJson("", ",\n    {\"type\": \"meeting\", \"source\": \"ilham-aliyev\", "
                     "\"target\": \"nobody\", \"date\": \"2026-05-06\"}"));
  RunResult b = RunActorgraph({"build", events, "-o", dir + "/site", "-q"});
  BOOST_TEST(b.exit_code == 5);
  // Line 9, column 5: the '{' of the second interaction.
  BOOST_TEST(b.err == "actorgraph: " + events +
                          ":9:5: interaction target \"nobody\" is not among the actors\n");
  BOOST_TEST(!fs::exists(dir + "/site"));
  RunResult e = RunActorgraph({"export", events, "-o", dir + "/graph.graphml"});
  BOOST_TEST(e.exit_code == 5);
  BOOST_TEST(e.err == b.err);
  BOOST_TEST(Listing(dir) == std::vector<std::string>{"events.json"});
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
