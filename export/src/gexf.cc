#include "actorgraph/gexf.h"

#include <algorithm>

#include "columns.h"
#include "edge_groups.h"
#include "text_escape.h"

namespace actorgraph {

using namespace export_internal;

namespace {

constexpr std::size_t kChunk = 1 << 16;

void Attribute(std::string* out, const std::string& id, const char* type) {
  *out += "      <attribute id=\"";
  *out += id;
  *out += "\" title=\"";
  *out += id;
  *out += "\" type=\"";
  *out += type;
  *out += "\"/>\n";
}

void AttValue(std::string* out, std::string_view id, std::string_view value) {
  if (value.empty()) return;
  *out += "        <attvalue for=\"";
  out->append(id);
  *out += "\" value=\"";
  AppendXmlAttribute(out, value);
  *out += "\"/>\n";
}

// `dates`: sorted, distinct DateNumbers.
void TimeRange(std::string* out, const std::vector<int>& dates) {
  if (dates.empty()) return;
  *out += " start=\"";
  *out += DateText(dates.front());
  *out += "\" end=\"";
  *out += DateText(dates.back());
  *out += "\"";
}

void Spells(std::string* out, const std::vector<int>& dates) {
  if (dates.empty()) return;
  *out += "      <spells>\n";
  for (int d : dates) {
    std::string text = DateText(d);
    *out += "        <spell start=\"";
    *out += text;
    *out += "\" end=\"";
    *out += text;
    *out += "\"/>\n";
  }
  *out += "      </spells>\n";
}

void SortUnique(std::vector<int>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

void VizColor(std::string* out, const Rgb& c) {
  *out += "      <viz:color r=\"";
  AppendInt(out, c.r);
  *out += "\" g=\"";
  AppendInt(out, c.g);
  *out += "\" b=\"";
  AppendInt(out, c.b);
  *out += "\"/>\n";
}

// A GEXF label is an xsd:token: one line.
std::string OneLine(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

void WriteGexf(const ActorGraph& actor_graph, const GraphAnalysis* analysis,
               const GexfOptions& options, Sink* sink) {
  const Graph& g = actor_graph.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<MeasureColumn> measures = MeasureColumns(analysis, n);
  bool communities = HasCommunities(analysis, n);
  std::vector<EdgeGroup> groups = GroupEdges(g);

  // The dates each node is active (nodes come before edges in the file).
  std::vector<std::vector<int>> node_dates(n);
  std::vector<int> all_dates;
  for (const EdgeGroup& group : groups) {
    for (const EdgeInfo* e : group.members) {
      if (int d = DateNumber(e->date)) {
        node_dates[group.source].push_back(d);
        node_dates[group.target].push_back(d);
        all_dates.push_back(d);
      }
    }
  }
  for (std::vector<int>& dates : node_dates) SortUnique(&dates);
  SortUnique(&all_dates);
  std::vector<double> sizes = ScaledMeasure(analysis, options.style.size_by, n, 5.0, 30.0);

  std::string out;
  out.reserve(kChunk + 4096);
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      "version=\"1.3\">\n"
      "  <meta>\n    <creator>actorgraph</creator>\n";
  if (!options.title.empty()) {
    out += "    <description>";
    AppendXmlText(&out, options.title);
    out += "</description>\n";
  }
  out += "  </meta>\n";
  out +=
      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" "
      "timerepresentation=\"interval\"";
  TimeRange(&out, all_dates);
  out += ">\n    <attributes class=\"node\">\n";
  for (const char* k : {"kind", "country", "role", "name_ja", "aliases"}) Attribute(&out, k, "string");
  for (const MeasureColumn& m : measures) Attribute(&out, m.id, "double");
  if (communities) Attribute(&out, "community", "integer");
  out += "    </attributes>\n    <attributes class=\"edge\">\n";
  Attribute(&out, "type", "string");
  Attribute(&out, "count", "integer");
  for (const char* k : {"dates", "weeks", "places", "outlets", "evidence", "cameo", "plover"})
    Attribute(&out, k, "string");
  out += "    </attributes>\n";

  out += "    <nodes count=\"";
  AppendInt(&out, static_cast<long long>(n));
  out += "\">\n";
  for (Vertex v = 0; v < n; ++v) {
    const VertexInfo& info = g[v];
    out += "    <node id=\"";
    AppendXmlAttribute(&out, info.id);
    out += "\" label=\"";
    AppendXmlAttribute(&out, OneLine(info.name.empty() ? info.id : info.name));
    out += "\"";
    TimeRange(&out, node_dates[v]);
    out += ">\n      <attvalues>\n";
    AttValue(&out, "kind", ToString(info.kind));
    AttValue(&out, "country", info.country);
    AttValue(&out, "role", info.role);
    AttValue(&out, "name_ja", info.name_ja);
    AttValue(&out, "aliases", Join(info.aliases, kListSeparator));
    for (const MeasureColumn& m : measures) AttValue(&out, m.id, FormatDouble((*m.values)[v]));
    if (communities) AttValue(&out, "community", std::to_string(analysis->community[v]));
    out += "      </attvalues>\n";
    Spells(&out, node_dates[v]);
    VizColor(&out, NodeColorKey(g, v, analysis, options.style.color_by).color);
    out += "      <viz:size value=\"";
    AppendDouble(&out, sizes[v]);
    out += "\"/>\n    </node>\n";
    if (out.size() > kChunk) {
      sink->Append(out);
      out.clear();
    }
  }
  out += "    </nodes>\n    <edges count=\"";
  AppendInt(&out, static_cast<long long>(groups.size()));
  out += "\">\n";
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const EdgeGroup& group = groups[i];
    GroupSummary e = Summarize(group);
    out += "    <edge id=\"e";
    AppendInt(&out, static_cast<long long>(i));
    out += "\" source=\"";
    AppendXmlAttribute(&out, g[group.source].id);
    out += "\" target=\"";
    AppendXmlAttribute(&out, g[group.target].id);
    out += "\" type=\"";
    out += group.undirected ? "undirected" : "directed";
    out += "\" kind=\"";
    out += ToString(group.type);
    out += "\" weight=\"";
    AppendDouble(&out, e.weight);
    out += "\"";
    TimeRange(&out, e.dates);
    out += ">\n      <attvalues>\n";
    AttValue(&out, "type", ToString(group.type));
    AttValue(&out, "count", std::to_string(e.count));
    std::vector<std::string> dates;
    for (int d : e.dates) dates.push_back(DateText(d));
    AttValue(&out, "dates", Join(dates, kListSeparator));
    AttValue(&out, "weeks", e.weeks.Joined(kListSeparator));
    AttValue(&out, "places", e.places.Joined(kListSeparator));
    AttValue(&out, "outlets", e.outlets.Joined(kListSeparator));
    AttValue(&out, "evidence", e.evidence.Joined(" | "));
    AttValue(&out, "cameo", e.cameo.Joined(kListSeparator));
    AttValue(&out, "plover", e.plover.Joined(kListSeparator));
    out += "      </attvalues>\n";
    Spells(&out, e.dates);
    EdgeStyle style = StyleOf(group.type);
    VizColor(&out, style.color);
    out += "      <viz:thickness value=\"";
    AppendDouble(&out, LineWidth(e.weight));
    out += "\"/>\n      <viz:shape value=\"";
    out += style.line;
    out += "\"/>\n    </edge>\n";
    if (out.size() > kChunk) {
      sink->Append(out);
      out.clear();
    }
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  sink->Append(out);
}

std::string GexfString(const ActorGraph& graph, const GraphAnalysis* analysis,
                       const GexfOptions& options) {
  StringSink sink;
  WriteGexf(graph, analysis, options, &sink);
  return sink.Release();
}

}  // namespace actorgraph
