#include "expected_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "columns.h"
#include "export_fixtures.h"
#include "test_util.h"
#include "text_escape.h"

namespace actorgraph {
namespace testing {

using export_internal::SanitizeUtf8;

std::string ExpectedJson(const ActorGraph& actor_graph, const GraphAnalysis& analysis,
                         bool graphml_ids) {
  const Graph& g = actor_graph.graph();
  std::vector<std::string> ids;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) ids.push_back(SanitizeUtf8(g[v].id));
  if (graphml_ids) ids = export_internal::GraphmlNodeIds(g);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto str = [&w](const char* key, const std::string& value) {
    if (value.empty()) return;
    w.Key(key);
    std::string clean = SanitizeUtf8(value);
    w.String(clean.c_str(), static_cast<rapidjson::SizeType>(clean.size()));
  };
  w.StartObject();
  w.Key("nodes");
  w.StartObject();
  auto measures = export_internal::MeasureColumns(&analysis, boost::num_vertices(g));
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const VertexInfo& info = g[v];
    const std::string& id = ids[v];
    w.Key(id.c_str(), static_cast<rapidjson::SizeType>(id.size()));
    w.StartObject();
    str("label", info.name.empty() ? info.id : info.name);
    str("kind", ToString(info.kind));
    str("country", info.country);
    str("role", info.role);
    str("name_ja", info.name_ja);
    str("aliases", export_internal::Join(info.aliases, export_internal::kListSeparator));
    for (const auto& m : measures) {
      w.Key(m.id.c_str());
      w.Double((*m.values)[v]);
    }
    if (analysis.community.size() == boost::num_vertices(g)) {
      w.Key("community");
      w.Int(analysis.community[v]);
    }
    w.EndObject();
  }
  w.EndObject();
  w.Key("edges");
  w.StartArray();
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeInfo& e = g[*it];
    w.StartObject();
    str("source", ids[boost::source(*it, g)]);
    str("target", ids[boost::target(*it, g)]);
    w.Key("directed");
    w.Bool(!e.undirected);
    w.Key("weight");
    w.Double(e.weight);
    str("type", ToString(e.type));
    str("date", e.date);
    str("week", e.week);
    str("place", e.place);
    str("outlets", export_internal::Join(e.outlets, export_internal::kListSeparator));
    str("evidence", export_internal::EvidenceText(e.evidence));
    str("cameo", e.cameo);
    str("plover", e.plover);
    str("document", e.document);
    if (e.item > 0) {
      w.Key("item");
      w.Int(e.item);
    }
    w.Key("count");
    w.Int(e.count);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return buffer.GetString();
}

std::string RunRoundTrip(const std::string& mode, const std::string& expected,
                         const std::vector<std::string>& files, bool* ok) {
  std::vector<std::string> argv = {Python(), SourceDir() + "/tests/export/roundtrip.py", mode,
                                   TempFile("expected.json", expected)};
  argv.insert(argv.end(), files.begin(), files.end());
  RunResult r = RunProgram(argv);
  *ok = r.exit_code == 0;
  return r.out + r.err;
}

}  // namespace testing
}  // namespace actorgraph
