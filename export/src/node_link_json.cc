#include "actorgraph/node_link_json.h"

#include <cmath>

#include <rapidjson/prettywriter.h>

#include "columns.h"
#include "text_escape.h"

namespace actorgraph {

using namespace export_internal;

namespace {

// A RapidJSON output stream that hands full chunks to a Sink.
class SinkStream {
 public:
  using Ch = char;
  explicit SinkStream(Sink* sink) : sink_(sink) { buf_.reserve(kChunk + 64); }
  void Put(char c) {
    buf_.push_back(c);
    if (buf_.size() >= kChunk) Flush();
  }
  void Flush() {
    if (!buf_.empty()) sink_->Append(buf_);
    buf_.clear();
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;
  Sink* sink_;
  std::string buf_;
};

using Writer = rapidjson::PrettyWriter<SinkStream>;

void String(Writer* w, const std::string& s) {
  std::string clean = SanitizeUtf8(s);
  w->String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void Field(Writer* w, const char* key, const std::string& value) {
  w->Key(key);
  String(w, value);
}

void FieldIfAny(Writer* w, const char* key, const std::string& value) {
  if (!value.empty()) Field(w, key, value);
}

void Number(Writer* w, double value) {
  if (std::isfinite(value)) {
    w->Double(value);
  } else {
    w->Null();
  }
}

void StringArray(Writer* w, const char* key, const std::vector<std::string>& values) {
  w->Key(key);
  w->StartArray();
  for (const std::string& v : values) String(w, v);
  w->EndArray();
}

}  // namespace

void WriteNodeLinkJson(const ActorGraph& actor_graph, const GraphAnalysis* analysis,
                       const NodeLinkOptions& options, Sink* sink) {
  const Graph& g = actor_graph.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<MeasureColumn> measures = MeasureColumns(analysis, n);
  bool communities = HasCommunities(analysis, n);

  SinkStream stream(sink);
  Writer w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  FieldIfAny(&w, "title", options.title);
  w.EndObject();

  w.Key("nodes");
  w.StartArray();
  for (Vertex v = 0; v < n; ++v) {
    const VertexInfo& info = g[v];
    w.StartObject();
    Field(&w, "id", info.id);
    Field(&w, "label", info.name.empty() ? info.id : info.name);
    Field(&w, "kind", ToString(info.kind));
    FieldIfAny(&w, "country", info.country);
    FieldIfAny(&w, "role", info.role);
    FieldIfAny(&w, "name_ja", info.name_ja);
    StringArray(&w, "aliases", info.aliases);
    for (const MeasureColumn& m : measures) {
      w.Key(m.id.c_str());
      Number(&w, (*m.values)[v]);
    }
    if (communities) {
      w.Key("community");
      w.Int(analysis->community[v]);
    }
    Field(&w, "color", NodeColorKey(g, v, analysis, options.style.color_by).color.Hex());
    w.EndObject();
  }
  w.EndArray();

  w.Key("links");
  w.StartArray();
  std::size_t index = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it, ++index) {
    const EdgeInfo& e = g[*it];
    w.StartObject();
    Field(&w, "source", g[boost::source(*it, g)].id);
    Field(&w, "target", g[boost::target(*it, g)].id);
    w.Key("key");
    w.Uint64(index);
    Field(&w, "id", "e" + std::to_string(index));
    Field(&w, "type", ToString(e.type));
    w.Key("directed");
    w.Bool(!e.undirected);
    w.Key("weight");
    Number(&w, e.weight);
    FieldIfAny(&w, "date", e.date);
    FieldIfAny(&w, "week", e.week);
    FieldIfAny(&w, "place", e.place);
    StringArray(&w, "outlets", e.outlets);
    w.Key("evidence");
    w.StartArray();
    for (const Evidence& ev : e.evidence) {
      w.StartObject();
      Field(&w, "sentence", ev.sentence);
      FieldIfAny(&w, "rule", ev.rule);
      if (ev.line > 0) {
        w.Key("line");
        w.Int(ev.line);
      }
      w.EndObject();
    }
    w.EndArray();
    FieldIfAny(&w, "cameo", e.cameo);
    FieldIfAny(&w, "plover", e.plover);
    FieldIfAny(&w, "document", e.document);
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
  stream.Put('\n');
  stream.Flush();
}

std::string NodeLinkJsonString(const ActorGraph& graph, const GraphAnalysis* analysis,
                               const NodeLinkOptions& options) {
  StringSink sink;
  WriteNodeLinkJson(graph, analysis, options, &sink);
  return sink.Release();
}

}  // namespace actorgraph
