// Hostile names end to end (issue 6): actors named with XML and DOT
// metacharacters, control characters, right-to-left marks, a NUL, and a
// 10,000-character name go through `actorgraph build` and `actorgraph
// export`, and every file written must be accepted by xmllint (GraphML,
// GEXF, SVG, index.html) or Graphviz (DOT). Accepted is not enough: a name
// must not add structure, so each file is compared with the file made from
// the same graph under plain names (same node and edge counts). The
// exporters' own escaping tests are in tests/export/; this is the CLI path.

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "actorgraph/events.h"
#include "test_util.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using testing::RunActorgraph;
using testing::RunProgram;
using testing::RunResult;

// 10,000 characters (Ü and XML metacharacters in turn).
std::string LongName() {
  const char* const pieces[] = {"Ü", "<", "&", "\"", "'", ">"};
  std::string s;
  for (int i = 0; i < 10000; ++i) s += pieces[i % 6];
  return s;
}

// Names that try to break out of XML text and attributes, DOT quoted
// strings and HTML-like labels, or that carry what XML 1.0 forbids.
std::vector<std::string> HostileNames() {
  return {
      "Ayşe <script>alert(\"x\")</script> & 'Co' ]]> <!-- -->",
      "a\" -> b [label=\"x\"]; } digraph g { c",
      "back\\slash\\ and <<b>html</b>> {braces} [brackets] ; , =",
      "Ctrl\x01\x02\x08\x0B\x0C\x1B[31m\x7F tab\t new\nline cr\r end",
      "\u202Eevil\u202C \u200FRTL\u200E \u2066isolate\u2069 وزير الخارجية",
      std::string("nul\0byte", 8) + " \xEF\xBF\xBE\xEF\xBF\xBF noncharacters",
      LongName(),
  };
}

// One actor per name plus a country, a chain of meetings and calls between
// them, all in one week; every free-text field hostile too. With `plain`,
// the same graph under harmless names.
Events MakeEvents(bool plain) {
  std::vector<std::string> names = HostileNames();
  Events events;
  Actor country;
  country.id = "azerbaijan";
  country.name = plain ? "Country" : "Land <of> \"Fire\" & 'Wind'";
  country.kind = ActorKind::kCountry;
  events.actors.push_back(country);
  for (std::size_t i = 0; i < names.size(); ++i) {
    Actor a;
    a.id = "actor-" + std::to_string(i);
    a.name = plain ? "Actor " + std::to_string(i) : names[i];
    a.kind = i % 2 == 0 ? ActorKind::kPerson : ActorKind::kOrganization;
    a.country = "azerbaijan";
    a.role = plain ? "Role" : names[(i + 1) % names.size()];
    a.name_ja = plain ? "名前" : names[(i + 2) % names.size()];
    a.aliases = {plain ? "alias" : names[(i + 3) % names.size()]};
    events.actors.push_back(a);
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    Interaction x;
    x.type = i % 2 == 0 ? InteractionType::kMeeting : InteractionType::kCall;
    x.source = "actor-" + std::to_string(i);
    x.target = i + 1 < names.size() ? "actor-" + std::to_string(i + 1) : "azerbaijan";
    x.date = "2026-05-0" + std::to_string(4 + i % 3);
    x.place = plain ? "Baku" : names[(i + 4) % names.size()];
    x.document = "week.txt";
    x.item = static_cast<int>(i) + 1;
    x.outlets = {plain ? "TREND" : names[(i + 5) % names.size()]};
    x.evidence = {{plain ? "They met." : names[(i + 6) % names.size()], "meeting.met", 10}};
    x.cameo = "040";
    x.plover = "CONSULT";
    events.interactions.push_back(x);
  }
  return events;
}

std::string WriteEvents(const std::string& dir, bool plain) {
  std::string path = dir + (plain ? "/plain.json" : "/hostile.json");
  testing::WriteFileOrDie(path, EventsToJson(MakeEvents(plain)));
  return path;
}

// Number of elements named `local_name` (any namespace) in an XML file.
std::string XmlCount(const std::string& file, const std::string& local_name) {
  RunResult r = RunProgram(
      {"xmllint", "--xpath", "count(//*[local-name()='" + local_name + "'])", file});
  return r.out;
}

// "nodes edges" of a DOT file as Graphviz's gc counts them (gc prints
// "   N   E NAME (FILE)": only the two numbers are kept).
std::string DotCounts(const std::string& file) {
  RunResult r = RunProgram({"gc", "-ne", file});
  std::istringstream in(r.out);
  long nodes = -1, edges = -1;
  in >> nodes >> edges;
  return std::to_string(nodes) + " " + std::to_string(edges);
}

void CheckXmlFile(const std::string& file) {
  BOOST_TEST_CONTEXT(file) {
    RunResult r = RunProgram({"xmllint", "--noout", file});
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err == "");
  }
}

void CheckDotFile(const std::string& file) {
  BOOST_TEST_CONTEXT(file) {
    RunResult r = RunProgram({"dot", "-Tcanon", "-o", "/dev/null", file});
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err.find("rror") == std::string::npos);
  }
}

bool HaveTools() {
  for (const char* tool : {"xmllint", "dot", "gc"}) {
    if (!testing::HaveProgram(tool)) {
      BOOST_TEST_MESSAGE("skipped: " << tool << " is not installed");
      return false;
    }
  }
  return true;
}

BOOST_AUTO_TEST_SUITE(hostile_names)

BOOST_AUTO_TEST_CASE(events_json_keeps_every_hostile_name) {
  // The events file itself is the analyst's to edit: names survive exactly.
  std::string dir = testing::TempDir();
  Result<Events> back = ReadEventsFile(WriteEvents(dir, false));
  BOOST_REQUIRE(back.ok());
  std::vector<std::string> names = HostileNames();
  for (std::size_t i = 0; i < names.size(); ++i) BOOST_TEST(back->actors[i + 1].name == names[i]);
}

BOOST_AUTO_TEST_CASE(build_writes_files_xmllint_and_graphviz_accept) {
  if (!HaveTools()) return;
  std::string dir = testing::TempDir();
  std::string hostile = WriteEvents(dir, false), plain = WriteEvents(dir, true);
  RunResult h = RunActorgraph({"build", hostile, "-o", dir + "/hostile", "-q", "--jobs", "1"});
  BOOST_TEST(h.exit_code == 0);
  BOOST_TEST(h.err == "");
  RunResult p = RunActorgraph({"build", plain, "-o", dir + "/plain", "-q", "--jobs", "1"});
  BOOST_REQUIRE(p.exit_code == 0);
  int xml_files = 0, dot_files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir + "/hostile")) {
    if (!e.is_regular_file()) continue;
    std::string file = e.path().string();
    std::string ext = e.path().extension().string();
    std::string twin = dir + "/plain/" + fs::relative(e.path(), dir + "/hostile").string();
    if (ext == ".graphml" || ext == ".gexf" || ext == ".svg") {
      CheckXmlFile(file);
      ++xml_files;
      for (const char* element : {"node", "edge", "g", "text", "data", "attvalue"}) {
        BOOST_TEST_CONTEXT(file << " <" << element << ">") {
          BOOST_TEST(XmlCount(file, element) == XmlCount(twin, element));
        }
      }
    } else if (ext == ".dot") {
      CheckDotFile(file);
      ++dot_files;
      BOOST_TEST_CONTEXT(file) { BOOST_TEST(DotCounts(file) == DotCounts(twin)); }
    } else if (ext == ".html") {
      // index.html is polyglot XHTML5: well-formed XML, so the XML parser
      // (not --html, which knows no HTML5 elements) must accept it.
      CheckXmlFile(file);
    }
  }
  BOOST_TEST(xml_files >= 5);  // a week's GraphML, GEXF, SVG; all/'s GraphML, GEXF
  BOOST_TEST(dot_files >= 1);
}

BOOST_AUTO_TEST_CASE(export_writes_each_format_safely) {
  if (!HaveTools()) return;
  std::string dir = testing::TempDir();
  std::string hostile = WriteEvents(dir, false), plain = WriteEvents(dir, true);
  for (const char* ext : {"graphml", "gexf", "svg", "dot", "json"}) {
    BOOST_TEST_CONTEXT(ext) {
      std::string out = dir + "/hostile." + ext, twin = dir + "/plain." + ext;
      RunResult h = RunActorgraph({"export", hostile, "-o", out});
      RunResult p = RunActorgraph({"export", plain, "-o", twin});
      BOOST_TEST(h.exit_code == 0);
      BOOST_TEST(h.err == "");
      BOOST_REQUIRE(p.exit_code == 0);
      std::string e = ext;
      if (e == "dot") {
        CheckDotFile(out);
        BOOST_TEST(DotCounts(out) == DotCounts(twin));
      } else if (e == "json") {
        RunResult r = RunProgram({"python3", "-c",
                                  "import json,sys; d=json.load(open(sys.argv[1]));"
                                  "print(len(d['nodes']), len(d['links']))",
                                  out});
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(r.out == "8 7\n");
      } else {
        CheckXmlFile(out);
        BOOST_TEST(XmlCount(out, "node") == XmlCount(twin, "node"));
        BOOST_TEST(XmlCount(out, "edge") == XmlCount(twin, "edge"));
        BOOST_TEST(XmlCount(out, "text") == XmlCount(twin, "text"));
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
