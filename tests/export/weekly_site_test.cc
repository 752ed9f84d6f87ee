// The weekly site: weeks, folder layout, index, determinism, and failures
// that leave nothing behind.

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include <boost/test/unit_test.hpp>

#include "actorgraph/weekly_site.h"
#include "export_fixtures.h"
#include "site_files.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {
namespace {

namespace fs = std::filesystem;

// Sample week, plus one interaction of a document without a period (ISO
// week) and one with neither period nor date.
Events ThreeWeeks() {
  Events e = SampleEvents();
  Interaction late;
  late.type = InteractionType::kCall;
  late.source = "aliyev";
  late.target = "italy";
  late.date = "2026-05-12";
  late.document = "news.txt";
  e.interactions.push_back(late);
  Interaction undated = late;
  undated.date = "";
  undated.type = InteractionType::kPraise;
  e.interactions.push_back(undated);
  return e;
}

SiteOptions Quick(bool diagrams = true) {
  SiteOptions o;
  o.diagrams = diagrams;
  o.jobs = 2;
  return o;
}

BOOST_AUTO_TEST_SUITE(weekly_site)

BOOST_AUTO_TEST_CASE(weeks_come_from_digest_periods_then_iso_weeks) {
  std::vector<WeekSlice> weeks = SplitIntoWeeks(ThreeWeeks());
  BOOST_REQUIRE(weeks.size() == 3u);
  BOOST_TEST(weeks[0].key == "2026-05-02_2026-05-08");
  BOOST_TEST(weeks[0].start == "2026-05-02");
  BOOST_TEST(weeks[0].end == "2026-05-08");
  // All seven interactions of the digest, the undated praise included.
  BOOST_TEST(weeks[0].events.interactions.size() == 7u);
  BOOST_TEST(weeks[0].events.actors.size() == 5u);  // italy only appears later
  BOOST_TEST(weeks[0].events.documents.size() == 1u);
  BOOST_TEST(weeks[1].key == "2026-W20");
  BOOST_TEST(weeks[1].start == "2026-05-11");
  BOOST_TEST(weeks[1].end == "2026-05-17");
  BOOST_TEST(weeks[1].events.actors.size() == 2u);
  BOOST_TEST(weeks[1].events.actors[0].id == "aliyev");
  BOOST_TEST(weeks[1].events.actors[1].id == "italy");
  BOOST_TEST(weeks[2].key == "undated");
  BOOST_TEST(weeks[2].events.interactions.size() == 1u);
}

BOOST_AUTO_TEST_CASE(builds_the_folder_layout) {
  std::string out = TempDir() + "/site";
  std::vector<std::string> progress;
  SiteOptions options = Quick();
  options.jobs = 1;  // progress is collected in this process
  options.progress = [&](std::size_t done, std::size_t total, const std::string& week) {
    progress.push_back(std::to_string(done) + "/" + std::to_string(total) + " " + week);
  };
  Status s = BuildWeeklySite(ThreeWeeks(), out, options);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.ToString());
  BOOST_TEST(FolderNames(out) == (std::vector<std::string>{".actorgraph-site", "2026-05-02_2026-05-08",
                                                     "2026-W20", "all", "index.html",
                                                     "undated"}));
  for (const char* week : {"2026-05-02_2026-05-08", "2026-W20", "undated"}) {
    BOOST_TEST(FolderNames(out + "/" + week) ==
                   (std::vector<std::string>{"diagram.png", "diagram.svg", "events.json",
                                             "graph.dot", "graph.gexf", "graph.graphml"}),
               week);
  }
  BOOST_TEST(FolderNames(out + "/all") ==
             (std::vector<std::string>{"edges.csv", "events.json", "graph.gexf", "graph.graphml",
                                       "graph.json", "nodes.csv"}));
  BOOST_TEST(progress == (std::vector<std::string>{"1/3 2026-05-02_2026-05-08", "2/3 2026-W20",
                                                   "3/3 undated"}));
  // Nothing else beside the site.
  BOOST_TEST(FolderNames(fs::path(out).parent_path()) == std::vector<std::string>{"site"});
  std::string week = ReadFileOrDie(out + "/2026-05-02_2026-05-08/graph.graphml");
  BOOST_TEST(Count(week, "<edge id=") == 7u);
  std::string all = ReadFileOrDie(out + "/all/graph.gexf");
  BOOST_TEST(Count(all, "<edge id=") == 8u);  // 9 interactions, two meetings merged
}

BOOST_AUTO_TEST_CASE(every_xml_file_validates) {
  if (!HaveXmllint()) {
    BOOST_TEST_MESSAGE("no xmllint; skipped");
    return;
  }
  std::string out = TempDir() + "/site";
  Events events = ThreeWeeks();
  Events hostile = HostileEvents();
  MergeEvents(&events, hostile);
  BOOST_REQUIRE(BuildWeeklySite(events, out, Quick()).ok());
  std::string xsd = SchemaPath("graphml/graphml-gephi.xsd");
  std::string rng = SchemaPath("gexf-1.3/gexf.rng");
  int checked = 0;
  for (const auto& [path, data] : SiteTree(out)) {
    std::string ext = fs::path(path).extension();
    if (ext == ".graphml") {
      BOOST_TEST(XmllintErrors(data, xsd.empty() ? "" : "--schema", xsd) == "", path);
    } else if (ext == ".gexf") {
      BOOST_TEST(XmllintErrors(data, rng.empty() ? "" : "--relaxng", rng) == "", path);
    } else if (ext == ".svg") {
      BOOST_TEST(XmllintErrors(data) == "", path);
    } else if (ext == ".html") {
      BOOST_TEST(XmllintErrors(data) == "", path);  // polyglot HTML5: well-formed XML
    } else {
      continue;
    }
    ++checked;
  }
  BOOST_TEST(checked == 3 * 3 + 2 + 1);
}

BOOST_AUTO_TEST_CASE(index_lists_weeks_actors_and_sources) {
  std::string out = TempDir() + "/site";
  Events events = ThreeWeeks();
  MergeEvents(&events, HostileEvents());
  BOOST_REQUIRE(BuildWeeklySite(events, out, Quick()).ok());
  std::string html = ReadFileOrDie(out + "/index.html");
  BOOST_TEST(html.find("<h2>2026-05-02 \xE2\x80\x93 2026-05-08</h2>") != std::string::npos);
  BOOST_TEST(html.find("<h2>2026-05-11 \xE2\x80\x93 2026-05-17</h2>") != std::string::npos);
  BOOST_TEST(html.find("src=\"2026-05-02_2026-05-08/diagram.svg\"") != std::string::npos);
  BOOST_TEST(html.find("Top actors (PageRank)") != std::string::npos);
  BOOST_TEST(html.find("<bdi>Ilham Aliyev</bdi>") != std::string::npos);
  BOOST_TEST(html.find("The two leaders met in Baku.") != std::string::npos);
  BOOST_TEST(html.find("TREND, REPORT") != std::string::npos);
  BOOST_TEST(html.find("digest-2026-05-02.txt #3") != std::string::npos);
  // Self-contained and escaped.
  BOOST_TEST(html.find("<script") == std::string::npos);
  for (const char* external : {"src=\"http", "href=\"http", "src=\"//", "href=\"//", "url(",
                               "@import", "<link"}) {
    BOOST_TEST(html.find(external) == std::string::npos, external);
  }
  BOOST_TEST(html.find("&lt;script&gt;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(two_builds_are_byte_identical) {
  std::string one = TempDir() + "/one", two = TempDir() + "/two";
  SiteOptions options = Quick();
  options.diagram.language = Language::kJapanese;
  BOOST_REQUIRE(BuildWeeklySite(ThreeWeeks(), one, options).ok());
  options.jobs = 1;  // a different number of workers changes nothing
  BOOST_REQUIRE(BuildWeeklySite(ThreeWeeks(), two, options).ok());
  BOOST_TEST(SiteTree(one).size() == 3u * 6 + 6 + 2);
  BOOST_TEST(CompareSites(one, two) == "");
}

BOOST_AUTO_TEST_CASE(a_rebuild_replaces_the_previous_site) {
  std::string out = TempDir() + "/site";
  BOOST_REQUIRE(BuildWeeklySite(ThreeWeeks(), out, Quick(false)).ok());
  BOOST_TEST(fs::exists(out + "/2026-W20"));
  BOOST_REQUIRE(BuildWeeklySite(SampleEvents(), out, Quick(false)).ok());
  BOOST_TEST(!fs::exists(out + "/2026-W20"));
  BOOST_TEST(fs::exists(out + "/2026-05-02_2026-05-08/graph.graphml"));
  BOOST_TEST(!fs::exists(out + "/2026-05-02_2026-05-08/diagram.svg"));  // no diagrams asked
  BOOST_TEST(FolderNames(fs::path(out).parent_path()) == std::vector<std::string>{"site"});
}

BOOST_AUTO_TEST_CASE(a_foreign_folder_is_not_replaced) {
  std::string out = TempDir() + "/mine";
  fs::create_directory(out);
  WriteFileOrDie(out + "/thesis.tex", "precious");
  Status s = BuildWeeklySite(SampleEvents(), out, Quick(false));
  BOOST_TEST(s.ToString() == out +
                                 ": exists and is not a site built by actorgraph (no "
                                 ".actorgraph-site): refusing to replace it; remove it or choose "
                                 "another output folder");
  BOOST_TEST(ReadFileOrDie(out + "/thesis.tex") == "precious");
  BOOST_TEST(FolderNames(fs::path(out).parent_path()) == std::vector<std::string>{"mine"});
}

BOOST_AUTO_TEST_CASE(an_unwritable_place_is_a_clear_error) {
  std::string parent = ::geteuid() == 0 ? "/sys" : "/";
  std::error_code ec;
  if (!fs::is_directory(parent, ec)) {
    BOOST_TEST_MESSAGE("no unwritable folder; skipped");
    return;
  }
  Status s = BuildWeeklySite(SampleEvents(), parent + "/site", Quick(false));
  BOOST_TEST(s.ExitCode() == 4);
  BOOST_TEST(s.ToString().find(parent + "/site: cannot create a folder in " + parent + ": ") == 0,
             s.ToString());
  BOOST_TEST(!fs::exists(parent + "/site"));
}

BOOST_AUTO_TEST_CASE(a_full_disk_while_rendering_leaves_nothing) {
  // A child process whose files may not exceed 20 kB: the data files fit,
  // the PNG rendered by a worker does not.
  std::string dir = TempDir();
  std::string out = dir + "/site";
  pid_t pid = fork();
  BOOST_REQUIRE(pid >= 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = {20000, 20000};
    setrlimit(RLIMIT_FSIZE, &limit);
    Status s = BuildWeeklySite(SampleEvents(), out, Quick());
    bool expected = s.ExitCode() == 4 && s.ToString().find("diagram.png: cannot write: File too "
                                                           "large") != std::string::npos;
    _exit(expected ? 0 : 1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  BOOST_TEST(WIFEXITED(status));
  BOOST_TEST(WEXITSTATUS(status) == 0);
  BOOST_TEST(FolderNames(dir).empty());  // no site, no temporary folder
}

BOOST_AUTO_TEST_CASE(a_bad_layout_is_refused_before_writing) {
  std::string dir = TempDir();
  SiteOptions options = Quick();
  options.diagram.layout = "spring";
  Status s = BuildWeeklySite(SampleEvents(), dir + "/site", options);
  BOOST_TEST(s.ToString() == "unknown layout 'spring' (neato, dot, sfdp, circo, fdp, twopi)");
  BOOST_TEST(FolderNames(dir).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace testing
}  // namespace actorgraph
