#include "export_fixtures.h"

#include <cstdio>
#include <filesystem>

#include "test_util.h"

namespace actorgraph {
namespace testing {

namespace {

Actor MakeActor(std::string id, std::string name, ActorKind kind, std::string country = "",
                std::string name_ja = "", std::string role = "") {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.kind = kind;
  a.country = std::move(country);
  a.name_ja = std::move(name_ja);
  a.role = std::move(role);
  return a;
}

Interaction Make(InteractionType type, std::string source, std::string target, std::string date,
                 std::string place = "", std::string sentence = "") {
  Interaction i;
  i.type = type;
  i.source = std::move(source);
  i.target = std::move(target);
  i.date = std::move(date);
  i.place = std::move(place);
  i.document = "digest-2026-05-02.txt";
  i.item = 3;
  i.outlets = {"TREND", "REPORT"};
  if (!sentence.empty()) i.evidence.push_back({sentence, "test.rule", 12});
  i.cameo = "040";
  i.plover = "CONSULT";
  return i;
}

}  // namespace

Events SampleEvents() {
  Events e;
  e.actors = {
      MakeActor("aliyev", "Ilham Aliyev", ActorKind::kPerson, "azerbaijan",
                "\xE3\x82\xA2\xE3\x83\xAA\xE3\x82\xA8\xE3\x83\x95\xE5\xA4\xA7\xE7\xB5\xB1\xE9\xA0\x98",
                "President of Azerbaijan"),  // アリエフ大統領
      MakeActor("meloni", "Giorgia Meloni", ActorKind::kPerson, "italy",
                "\xE3\x83\xA1\xE3\x83\xAD\xE3\x83\xBC\xE3\x83\x8B\xE9\xA6\x96\xE7\x9B\xB8",
                "Prime Minister of Italy"),  // メローニ首相
      MakeActor("azerbaijan", "Azerbaijan", ActorKind::kCountry, "",
                "\xE3\x82\xA2\xE3\x82\xBC\xE3\x83\xAB\xE3\x83\x90\xE3\x82\xA4\xE3\x82\xB8\xE3\x83\xA3"
                "\xE3\x83\xB3"),  // アゼルバイジャン
      MakeActor("italy", "Italy", ActorKind::kCountry),
      MakeActor("nato", "NATO", ActorKind::kOrganization),
      MakeActor("saha-2026", "SAHA 2026", ActorKind::kEvent, "turkiye"),
  };
  e.interactions = {
      Make(InteractionType::kMeeting, "aliyev", "meloni", "2026-05-04", "Baku",
           "The two leaders met in Baku."),
      Make(InteractionType::kMeeting, "meloni", "aliyev", "2026-05-06", "",
           "They met again at the summit."),
      Make(InteractionType::kCall, "aliyev", "meloni", "2026-05-05"),
      Make(InteractionType::kVisit, "meloni", "azerbaijan", "2026-05-04", "Baku"),
      Make(InteractionType::kParticipation, "aliyev", "saha-2026", "2026-05-05", "Istanbul"),
      Make(InteractionType::kCriticism, "azerbaijan", "nato", "2026-05-07"),
      Make(InteractionType::kPraise, "nato", "aliyev", ""),
  };
  e.documents = {{"digest-2026-05-02.txt", "2026-05-02", "2026-05-08"}};
  return e;
}

Events HostileEvents() {
  std::string long_name;
  for (int i = 0; i < 2500; ++i) long_name += "\xE9\x95\xB7\xE3\x81\x84\xE5\x90\x8D\xE5\x89\x8D";  // 長い名前
  Events e;
  e.actors = {
      MakeActor("xml", "<script>alert(\"x&y\")</script> 'single' \"double\" ]]> <!-- --",
                ActorKind::kPerson, "c<&>", "\xE5\x90\x8D<&>\"", "role &amp; <b>bold</b>"),
      MakeActor("controls", "Line1\nLine2\r\tTab\x01\x02\x1b\x7f\x0b\x0c end",
                ActorKind::kOrganization),
      MakeActor("rtl", "\xE2\x80\x8F\xE2\x80\xAE" "evil\xE2\x80\xAC name \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A",
                ActorKind::kCountry),
      MakeActor("bad-utf8", "bad \xff\xfe bytes \xc3 \xed\xa0\x80 end", ActorKind::kEvent),
      MakeActor("dot", "\"]; X -> Y; node [label=\"pwn\" } digraph { \\N \\G \\l \\\\ \\",
                ActorKind::kPerson),
      MakeActor("long", long_name, ActorKind::kPerson),
      MakeActor("weird id \"<&>\"\n'x'", "Weird id", ActorKind::kPerson),
      MakeActor("node", "DOT keyword node", ActorKind::kPerson),
      MakeActor("legend", "Named legend", ActorKind::kPerson),
      MakeActor("nul", std::string("with\0nul", 8), ActorKind::kPerson),
  };
  auto add = [&e](InteractionType type, const std::string& s, const std::string& t,
                  const std::string& sentence) {
    Interaction i;
    i.type = type;
    i.source = s;
    i.target = t;
    i.date = "2026-05-05";
    i.place = "Place, \"quoted\"\n<&>";
    i.document = "hostile \"doc\".txt";
    i.item = 1;
    i.outlets = {"A,B", "\"Q\"", "<x>"};
    i.evidence.push_back({sentence, "rule<&>", 1});
    e.interactions.push_back(i);
  };
  add(InteractionType::kMeeting, "xml", "controls", "He said \"]]>\" & left\x01.");
  add(InteractionType::kCriticism, "rtl", "bad-utf8", "\xE2\x80\xAE reversed \xff");
  add(InteractionType::kMeeting, "dot", "long", "-- --> <!-- \\N");
  add(InteractionType::kCall, "weird id \"<&>\"\n'x'", "node", "plain");
  add(InteractionType::kPraise, "legend", "nul", std::string("nul\0inside", 10));
  add(InteractionType::kPraise, "legend", "nul", "again");
  add(InteractionType::kVisit, "xml", "rtl", "visit");
  e.documents = {{"hostile \"doc\".txt", "2026-05-02", "2026-05-08"}};
  return e;
}

Analyzed AnalyzeEvents(const Events& events) {
  Analyzed a{ActorGraph::FromEvents(events), {}};
  a.analysis = Analyze(a.graph);
  return a;
}

std::string SchemaPath(const std::string& relative) {
  std::string shared = SharedDir();
  if (shared.empty()) return "";
  std::string path = shared + "/schemas/" + relative;
  std::error_code ec;
  return std::filesystem::exists(path, ec) ? path : "";
}

bool HaveXmllint() { return HaveProgram("xmllint"); }

std::string XmllintErrors(const std::string& xml, const std::string& mode,
                          const std::string& schema) {
  std::string file = TempFile("doc.xml", xml);
  std::vector<std::string> argv = {"xmllint", "--noout", "--nonet"};
  if (!mode.empty()) argv.push_back(mode);
  if (!schema.empty()) argv.push_back(schema);
  argv.push_back(file);
  RunResult r = RunProgram(argv);
  // The HTML parser reports errors on stderr but still exits 0.
  if (r.exit_code == 0 && (mode != "--html" || r.err.empty())) return "";
  return "xmllint exit " + std::to_string(r.exit_code) + ": " + r.err.substr(0, 2000);
}

std::string TempFile(const std::string& name, const std::string& data) {
  std::string path = TempDir() + "/" + name;
  WriteFileOrDie(path, data);
  return path;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos;
       pos = text.find(what, pos + what.size()))
    ++n;
  return n;
}

std::string Python() { return "/usr/bin/python3"; }

}  // namespace testing
}  // namespace actorgraph
