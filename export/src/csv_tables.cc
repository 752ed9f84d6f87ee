#include "actorgraph/csv_tables.h"

#include "columns.h"
#include "text_escape.h"

namespace actorgraph {

using namespace export_internal;

namespace {

constexpr std::size_t kChunk = 1 << 16;

class Row {
 public:
  explicit Row(std::string* out) : out_(out) {}
  Row& operator<<(std::string_view field) {
    if (!first_) out_->push_back(',');
    first_ = false;
    AppendCsvField(out_, field);
    return *this;
  }
  Row& Number(double value) {
    if (!first_) out_->push_back(',');
    first_ = false;
    AppendDouble(out_, value);
    return *this;
  }
  Row& Int(long long value) {
    if (!first_) out_->push_back(',');
    first_ = false;
    AppendInt(out_, value);
    return *this;
  }
  ~Row() { out_->append("\r\n"); }

 private:
  std::string* out_;
  bool first_ = true;
};

}  // namespace

void WriteNodesCsv(const ActorGraph& actor_graph, const GraphAnalysis* analysis, Sink* sink) {
  const Graph& g = actor_graph.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<MeasureColumn> measures = MeasureColumns(analysis, n);
  bool communities = HasCommunities(analysis, n);
  std::string out;
  {
    Row header(&out);
    header << "Id" << "Label" << "Kind" << "Country" << "Role" << "NameJa" << "Aliases";
    for (const MeasureColumn& m : measures) header << m.id;
    if (communities) header << "Community";
  }
  for (Vertex v = 0; v < n; ++v) {
    const VertexInfo& info = g[v];
    {
      Row row(&out);
      row << info.id << (info.name.empty() ? info.id : info.name) << ToString(info.kind)
          << info.country << info.role << info.name_ja << Join(info.aliases, kListSeparator);
      for (const MeasureColumn& m : measures) row.Number((*m.values)[v]);
      if (communities) row.Int(analysis->community[v]);
    }
    if (out.size() > kChunk) {
      sink->Append(out);
      out.clear();
    }
  }
  sink->Append(out);
}

void WriteEdgesCsv(const ActorGraph& actor_graph, Sink* sink) {
  const Graph& g = actor_graph.graph();
  std::string out;
  {
    Row header(&out);
    header << "Id" << "Source" << "Target" << "Type" << "Kind" << "Weight" << "Date" << "Week"
           << "Place" << "Outlets" << "Evidence" << "Cameo" << "Plover" << "Document" << "Item" << "Count";
  }
  std::size_t index = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it, ++index) {
    const EdgeInfo& e = g[*it];
    {
      Row row(&out);
      row << "e" + std::to_string(index) << g[boost::source(*it, g)].id
          << g[boost::target(*it, g)].id << (e.undirected ? "Undirected" : "Directed")
          << ToString(e.type);
      row.Number(e.weight);
      row << e.date << e.week << e.place << Join(e.outlets, kListSeparator)
          << EvidenceText(e.evidence) << e.cameo << e.plover << e.document;
      if (e.item > 0) {
        row.Int(e.item);
      } else {
        row << "";
      }
      row.Int(e.count);
    }
    if (out.size() > kChunk) {
      sink->Append(out);
      out.clear();
    }
  }
  sink->Append(out);
}

std::string NodesCsvString(const ActorGraph& graph, const GraphAnalysis* analysis) {
  StringSink sink;
  WriteNodesCsv(graph, analysis, &sink);
  return sink.Release();
}

std::string EdgesCsvString(const ActorGraph& graph) {
  StringSink sink;
  WriteEdgesCsv(graph, &sink);
  return sink.Release();
}

}  // namespace actorgraph
