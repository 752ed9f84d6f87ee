// actorgraph build and actorgraph export, run as a program on the example
// digests: layout, determinism, messages and exit codes of failures, and no
// partial output.

#include <unistd.h>

#include <graphviz/cgraph.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include <boost/test/unit_test.hpp>

#include "export/site_files.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ExampleDigests() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(SourceDir() + "/examples", ec)) {
    std::string name = entry.path().filename();
    if (name.rfind("digest-", 0) == 0 && entry.path().extension() == ".txt")
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

RunResult Build(const std::vector<std::string>& inputs, const std::string& out,
                std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.push_back("-o");
  args.push_back(out);
  args.insert(args.end(), extra.begin(), extra.end());
  return RunActorgraph(args);
}

// The folder name of a digest's week: "2026-05-09_2026-05-15".
bool IsPeriodName(const std::string& name) {
  return name.size() == 21 && name[10] == '_' && name[4] == '-' && name[15] == '-';
}

BOOST_AUTO_TEST_SUITE(build_cli)

BOOST_AUTO_TEST_CASE(builds_the_examples_into_weekly_folders) {
  std::vector<std::string> digests = ExampleDigests();
  if (digests.empty()) {
    BOOST_TEST_MESSAGE("no examples/digest-*.txt; skipped");
    return;
  }
  std::string out = TempDir() + "/site";
  RunResult r = Build(digests, out);
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::vector<std::string> names = FolderNames(out);
  std::size_t weeks = std::count_if(names.begin(), names.end(), IsPeriodName);
  BOOST_TEST(weeks >= 1u);
  BOOST_TEST(std::count(names.begin(), names.end(), "all") == 1);
  BOOST_TEST(std::count(names.begin(), names.end(), "index.html") == 1);
  for (const std::string& name : names) {
    if (!IsPeriodName(name)) continue;
    BOOST_TEST(FolderNames(out + "/" + name) ==
                   (std::vector<std::string>{"diagram.png", "diagram.svg", "events.json",
                                             "graph.dot", "graph.gexf", "graph.graphml"}),
               name);
    BOOST_TEST(ReadFileOrDie(out + "/" + name + "/graph.graphml").find("<edge id=\"e0\"") !=
                   std::string::npos,
               name);
    // Progress names every week: "[k/N] week".
    BOOST_TEST(r.err.find("/" + std::to_string(weeks) + "] " + name + "\n") != std::string::npos,
               r.err);
  }
  BOOST_TEST(FolderNames(out + "/all") ==
             (std::vector<std::string>{"edges.csv", "events.json", "graph.gexf", "graph.graphml",
                                       "graph.json", "nodes.csv"}));
  BOOST_TEST(r.err.find("actorgraph: wrote " + out + "/index.html") != std::string::npos);
}

// ../shared/schemas/RELATIVE, or "" when absent (then well-formedness only).
std::string Schema(const std::string& relative) {
  if (SharedDir().empty()) return "";
  std::string path = SharedDir() + "/schemas/" + relative;
  return fs::exists(path) ? path : "";
}

// xmllint's complaint about `path` ("" when it passes), with `mode` and
// `schema` ("--schema" and an XSD, "--relaxng" and an RNG) when given.
std::string Xmllint(const std::string& path, const std::string& mode = "",
                    const std::string& schema = "") {
  std::vector<std::string> argv = {"xmllint", "--noout", "--nonet"};
  if (!schema.empty()) argv.insert(argv.end(), {mode, schema});
  argv.push_back(path);
  RunResult r = RunProgram(argv);
  return r.exit_code == 0 ? "" : "exit " + std::to_string(r.exit_code) + ": " + r.err;
}

// What cgraph says when it reads `path` back ("" when it is a graph with
// nodes).
std::string ReadBackDot(const std::string& path) {
  std::string text = ReadFileOrDie(path);
  Agraph_t* g = agmemread(text.c_str());
  if (!g) return "cgraph could not read it: " + std::string(aglasterr() ? aglasterr() : "");
  int nodes = agnnodes(g);
  agclose(g);
  return nodes > 0 ? "" : "no nodes";
}

// Every XML file `build` writes (GraphML, GEXF and SVG of each week and of
// the whole corpus, index.html) passes xmllint: GraphML against Gephi's
// GraphML schema and GEXF against the GEXF 1.3 RELAX NG when ../shared has
// them, well-formed XML always (index.html is polyglot XHTML5, so the XML
// parser checks it; xmllint's --html parser does not know HTML5 tags). DOT
// is read back by cgraph and, when installed, by `dot -Tcanon`.
BOOST_AUTO_TEST_CASE(every_file_passes_xmllint_or_graphviz) {
  std::vector<std::string> digests = ExampleDigests();
  if (digests.empty()) return;
  std::string out = TempDir() + "/site";
  RunResult r = Build(digests, out, {"--lang", "ja", "-q"});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const bool xmllint = HaveProgram("xmllint"), dot = HaveProgram("dot");
  if (!xmllint) BOOST_TEST_MESSAGE("no xmllint: XML files not checked");
  const std::string xsd = Schema("graphml/graphml-gephi.xsd");
  const std::string rng = Schema("gexf-1.3/gexf.rng");
  if (xsd.empty() || rng.empty()) BOOST_TEST_MESSAGE("no ../shared schemas: well-formedness only");
  std::map<std::string, int> checked;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    std::string path = entry.path().string(), ext = entry.path().extension().string();
    if (ext == ".dot") {
      BOOST_TEST(ReadBackDot(path) == "", path);
      if (dot) {
        RunResult canon = RunProgram({"dot", "-Tcanon", "-o", "/dev/null", path});
        BOOST_TEST(canon.exit_code == 0, path << ": " << canon.err);
        BOOST_TEST(canon.err == "", path);
      }
    } else if (!xmllint) {
      continue;
    } else if (ext == ".graphml") {
      BOOST_TEST(Xmllint(path, "--schema", xsd) == "", path);
    } else if (ext == ".gexf") {
      BOOST_TEST(Xmllint(path, "--relaxng", rng) == "", path);
    } else if (ext == ".svg" || ext == ".html") {
      BOOST_TEST(Xmllint(path) == "", path);
    } else {
      continue;
    }
    ++checked[ext];
  }
  // Every week has each file; all/ has GraphML and GEXF; one index page.
  std::size_t weeks = std::count_if(fs::directory_iterator(out), fs::directory_iterator(),
                                    [](const fs::directory_entry& e) {
                                      return IsPeriodName(e.path().filename().string());
                                    });
  BOOST_TEST(weeks >= 1u);
  BOOST_TEST(checked[".dot"] == static_cast<int>(weeks));
  if (xmllint) {
    BOOST_TEST(checked[".graphml"] == static_cast<int>(weeks) + 1);
    BOOST_TEST(checked[".gexf"] == static_cast<int>(weeks) + 1);
    BOOST_TEST(checked[".svg"] == static_cast<int>(weeks));
    BOOST_TEST(checked[".html"] == 1);
  }
}

BOOST_AUTO_TEST_CASE(two_builds_are_byte_identical) {
  std::vector<std::string> digests = ExampleDigests();
  if (digests.empty()) return;
  std::string one = TempDir() + "/one", two = TempDir() + "/two";
  BOOST_REQUIRE(Build(digests, one, {"--lang", "ja", "-q"}).exit_code == 0);
  BOOST_REQUIRE(Build(digests, two, {"--lang", "ja", "-q", "-j", "1"}).exit_code == 0);
  BOOST_TEST(CompareSites(one, two) == "");
}

BOOST_AUTO_TEST_CASE(an_unwritable_output_folder_is_a_clear_error) {
  std::vector<std::string> digests = ExampleDigests();
  if (digests.empty()) return;
  std::string parent = ::geteuid() == 0 ? "/sys" : "/";
  RunResult r = Build(digests, parent + "/site", {"-q"});
  BOOST_TEST(r.exit_code == 4);
  BOOST_TEST(r.err.rfind("actorgraph: " + parent + "/site: cannot create a folder in " + parent +
                             ": ",
                         0) == 0,
             r.err);
  BOOST_TEST(!fs::exists(parent + "/site"));
}

BOOST_AUTO_TEST_CASE(a_full_disk_leaves_nothing_behind) {
  std::vector<std::string> digests = ExampleDigests();
  if (digests.empty() || !HaveProgram("sh")) return;
  std::string dir = TempDir();
  std::string out = dir + "/site";
  // ulimit -f counts 512-byte blocks: files may not exceed 16 kB.
  std::string command = "ulimit -f 32 && exec \"$0\" build";
  for (const std::string& d : digests) command += " '" + d + "'";
  command += " -o '" + out + "' -q";
  RunResult r = RunProgram({"sh", "-c", command, ACTORGRAPH_BIN});
  BOOST_TEST(r.exit_code == 4, r.err);
  BOOST_TEST(r.err.find(": cannot write: File too large") != std::string::npos, r.err);
  BOOST_TEST(FolderNames(dir).empty());
}

BOOST_AUTO_TEST_CASE(a_foreign_output_folder_is_kept) {
  std::vector<std::string> digests = ExampleDigests();
  if (digests.empty()) return;
  std::string out = TempDir() + "/notes";
  fs::create_directory(out);
  WriteFileOrDie(out + "/keep.txt", "mine");
  RunResult r = Build(digests, out, {"-q"});
  BOOST_TEST(r.exit_code == 4);
  BOOST_TEST(r.err == "actorgraph: " + out +
                          ": exists and is not a site built by actorgraph (no .actorgraph-site): "
                          "refusing to replace it; remove it or choose another output folder\n");
  BOOST_TEST(FolderNames(out) == std::vector<std::string>{"keep.txt"});
}

BOOST_AUTO_TEST_CASE(bad_options_are_refused_with_exit_code_2) {
  std::string out = TempDir() + "/site";
  std::string input = TempDir() + "/empty.json";
  WriteFileOrDie(input, "{\"actors\": [], \"interactions\": []}\n");
  RunResult r = Build({input}, out, {"--layout", "spring"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err ==
             "actorgraph: --layout: unknown layout 'spring' (neato, dot, sfdp, circo, fdp, twopi)\n");
  r = Build({input}, out, {"--color", "party"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err == "actorgraph: --color: expected kind, country or community, not 'party'\n");
  r = Build({input}, out, {"--lang", "fr"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err == "actorgraph: --lang: expected en or ja, not 'fr'\n");
  r = Build({input}, out, {"--size", "fame"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.rfind("actorgraph: --size: unknown measure 'fame' (degree, ", 0) == 0, r.err);
  BOOST_TEST(!fs::exists(out));
}

BOOST_AUTO_TEST_CASE(a_missing_input_names_the_file) {
  std::string out = TempDir() + "/site";
  std::string missing = TempDir() + "/no-such-digest.txt";
  RunResult r = Build({missing}, out, {"-q"});
  BOOST_TEST(r.exit_code == 3, r.err);
  BOOST_TEST(r.err.rfind("actorgraph: " + missing + ": ", 0) == 0, r.err);
  BOOST_TEST(!fs::exists(out));
}

BOOST_AUTO_TEST_CASE(export_writes_single_files) {
  std::vector<std::string> digests = ExampleDigests();
  if (digests.empty()) return;
  std::string dir = TempDir();
  for (const char* ext : {"graphml", "gexf", "dot", "svg", "png", "pdf", "json"}) {
    std::string out = dir + "/corpus." + ext;
    std::vector<std::string> args = {"export"};
    args.insert(args.end(), digests.begin(), digests.end());
    args.insert(args.end(), {"-o", out, "-q"});
    RunResult r = RunActorgraph(args);
    BOOST_TEST(r.exit_code == 0, ext << ": " << r.err);
    BOOST_TEST(fs::file_size(out) > 100u, ext);
  }
  BOOST_TEST(ReadFileOrDie(dir + "/corpus.png").substr(1, 3) == "PNG");
  BOOST_TEST(ReadFileOrDie(dir + "/corpus.pdf").substr(0, 5) == "%PDF-");
  // CSV needs the table named; "-" is standard output.
  std::vector<std::string> args = {"export"};
  args.insert(args.end(), digests.begin(), digests.end());
  args.insert(args.end(), {"--format", "edges-csv", "-o", "-", "-q"});
  RunResult r = RunActorgraph(args);
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.out.rfind("Id,Source,Target,Type,Kind,Weight,", 0) == 0);
  args.back() = "--directed-only";
  args[args.size() - 4] = "graphml";
  r = RunActorgraph(args);
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.out.find("directed=\"false\"") == std::string::npos);
  BOOST_TEST(r.out.find("<graphml") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(export_failures) {
  std::string input = TempDir() + "/empty.json";
  WriteFileOrDie(input, "{\"actors\": [], \"interactions\": []}\n");
  RunResult r = RunActorgraph({"export", input, "-o", TempDir() + "/out.csv"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("--format is needed") != std::string::npos, r.err);
  std::string missing_dir = TempDir() + "/no/such/out.graphml";
  r = RunActorgraph({"export", input, "-o", missing_dir});
  BOOST_TEST(r.exit_code == 4);
  BOOST_TEST(r.err.rfind("actorgraph: " + missing_dir + ": cannot create a file in folder ", 0) ==
                 0,
             r.err);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace testing
}  // namespace actorgraph
