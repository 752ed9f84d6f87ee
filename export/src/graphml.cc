#include "actorgraph/graphml.h"

#include "columns.h"
#include "text_escape.h"

namespace actorgraph {

using namespace export_internal;

namespace {

constexpr std::size_t kChunk = 1 << 16;

void Key(std::string* out, const char* id, const char* for_what, const char* type) {
  *out += "  <key id=\"";
  *out += id;
  *out += "\" for=\"";
  *out += for_what;
  *out += "\" attr.name=\"";
  *out += id;
  *out += "\" attr.type=\"";
  *out += type;
  *out += "\"/>\n";
}

void Data(std::string* out, const char* indent, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  *out += indent;
  *out += "<data key=\"";
  out->append(key);
  *out += "\">";
  AppendXmlText(out, value);
  *out += "</data>\n";
}

void DataDouble(std::string* out, const char* indent, std::string_view key, double value) {
  *out += indent;
  *out += "<data key=\"";
  out->append(key);
  *out += "\">";
  AppendDouble(out, value);
  *out += "</data>\n";
}

void DataInt(std::string* out, const char* indent, std::string_view key, long long value) {
  *out += indent;
  *out += "<data key=\"";
  out->append(key);
  *out += "\">";
  AppendInt(out, value);
  *out += "</data>\n";
}

}  // namespace

void WriteGraphml(const ActorGraph& actor_graph, const GraphAnalysis* analysis,
                  const GraphmlOptions& options, Sink* sink) {
  const Graph& g = actor_graph.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<MeasureColumn> measures = MeasureColumns(analysis, n);
  bool communities = HasCommunities(analysis, n);
  std::vector<std::string> ids = GraphmlNodeIds(g);

  std::string out;
  out.reserve(kChunk + 4096);
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  if (!options.title.empty()) Key(&out, "title", "graph", "string");
  for (const char* k : {"label", "kind", "country", "role", "name_ja", "aliases"})
    Key(&out, k, "node", "string");
  for (const MeasureColumn& m : measures) Key(&out, m.id.c_str(), "node", "double");
  if (communities) Key(&out, "community", "node", "int");
  Key(&out, "weight", "edge", "double");
  for (const char* k : {"type", "date", "week", "place", "outlets", "evidence", "cameo", "plover",
                        "document"})
    Key(&out, k, "edge", "string");
  Key(&out, "item", "edge", "int");
  Key(&out, "count", "edge", "int");
  out += "  <graph id=\"G\" edgedefault=\"directed\">\n";
  Data(&out, "    ", "title", options.title);

  for (Vertex v = 0; v < n; ++v) {
    const VertexInfo& info = g[v];
    out += "    <node id=\"";
    out += ids[v];
    out += "\">\n";
    const char* in = "      ";
    Data(&out, in, "label", info.name.empty() ? info.id : info.name);
    Data(&out, in, "kind", ToString(info.kind));
    Data(&out, in, "country", info.country);
    Data(&out, in, "role", info.role);
    Data(&out, in, "name_ja", info.name_ja);
    Data(&out, in, "aliases", Join(info.aliases, kListSeparator));
    for (const MeasureColumn& m : measures) DataDouble(&out, in, m.id, (*m.values)[v]);
    if (communities) DataInt(&out, in, "community", analysis->community[v]);
    out += "    </node>\n";
    if (out.size() > kChunk) {
      sink->Append(out);
      out.clear();
    }
  }

  std::size_t index = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it, ++index) {
    const EdgeInfo& e = g[*it];
    out += "    <edge id=\"e";
    AppendInt(&out, static_cast<long long>(index));
    out += "\" source=\"";
    out += ids[boost::source(*it, g)];
    out += "\" target=\"";
    out += ids[boost::target(*it, g)];
    out += "\"";
    if (options.mark_undirected && e.undirected) out += " directed=\"false\"";
    out += " label=\"";
    out += ToString(e.type);
    out += "\">\n";
    const char* in = "      ";
    DataDouble(&out, in, "weight", e.weight);
    Data(&out, in, "type", ToString(e.type));
    Data(&out, in, "date", e.date);
    Data(&out, in, "week", e.week);
    Data(&out, in, "place", e.place);
    Data(&out, in, "outlets", Join(e.outlets, kListSeparator));
    Data(&out, in, "evidence", EvidenceText(e.evidence));
    Data(&out, in, "cameo", e.cameo);
    Data(&out, in, "plover", e.plover);
    Data(&out, in, "document", e.document);
    if (e.item > 0) DataInt(&out, in, "item", e.item);
    DataInt(&out, in, "count", e.count);
    out += "    </edge>\n";
    if (out.size() > kChunk) {
      sink->Append(out);
      out.clear();
    }
  }
  out += "  </graph>\n</graphml>\n";
  sink->Append(out);
}

std::string GraphmlString(const ActorGraph& graph, const GraphAnalysis* analysis,
                          const GraphmlOptions& options) {
  StringSink sink;
  WriteGraphml(graph, analysis, options, &sink);
  return sink.Release();
}

}  // namespace actorgraph
