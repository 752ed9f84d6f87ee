#include "actorgraph/query_output.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>

namespace actorgraph {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

class Json {
 public:
  Json() : writer_(buffer_) {
    writer_.SetIndent(' ', 2);
  }
  Writer& w() { return writer_; }
  void Str(const char* key, const std::string& value) {
    writer_.Key(key);
    writer_.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  }
  void StrList(const char* key, const std::vector<std::string>& values) {
    writer_.Key(key);
    writer_.StartArray();
    for (const std::string& v : values) {
      writer_.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
    }
    writer_.EndArray();
  }
  void Actor(const char* key, const VertexInfo& v) {
    writer_.Key(key);
    writer_.StartObject();
    Str("id", v.id);
    Str("name", v.name);
    Str("kind", ToString(v.kind));
    writer_.EndObject();
  }
  void Evidence(const std::vector<actorgraph::Evidence>& evidence) {
    writer_.Key("evidence");
    writer_.StartArray();
    for (const actorgraph::Evidence& e : evidence) {
      writer_.StartObject();
      Str("sentence", e.sentence);
      writer_.Key("line");
      writer_.Int(e.line);
      writer_.EndObject();
    }
    writer_.EndArray();
  }
  std::string Finish() { return std::string(buffer_.GetString(), buffer_.GetSize()) + "\n"; }

 private:
  rapidjson::StringBuffer buffer_;
  Writer writer_;
};

std::string Label(const VertexInfo& v) { return v.name + " (" + v.id + ")"; }

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

// "digest.txt item 9; AZERTAC, REPORT" (the parts that are known).
std::string Source(const EdgeInfo& e) {
  std::vector<std::string> parts;
  if (!e.document.empty()) {
    parts.push_back(e.document + (e.item > 0 ? " item " + std::to_string(e.item) : ""));
  }
  if (!e.outlets.empty()) parts.push_back(Join(e.outlets, ", "));
  return Join(parts, "; ");
}

// The indented detail lines of one interaction in text output.
void TextDetails(const EdgeInfo& e, std::string* out) {
  std::string source = Source(e);
  if (!source.empty()) *out += "    source: " + source + "\n";
  for (const Evidence& ev : e.evidence) *out += "    \"" + ev.sentence + "\"\n";
}

std::string DateOf(const EdgeInfo& e) { return e.date.empty() ? "(no date)" : e.date; }

void JsonInteraction(Json& j, const EdgeInfo& e) {
  j.Str("date", e.date);
  j.Str("week", e.week);
  j.Str("type", ToString(e.type));
}

void JsonProvenance(Json& j, const EdgeInfo& e) {
  j.Str("place", e.place);
  j.StrList("outlets", e.outlets);
  j.Str("document", e.document);
  j.w().Key("item");
  j.w().Int(e.item);
  if (e.count != 1) {
    j.w().Key("count");
    j.w().Int(e.count);
  }
  j.Evidence(e.evidence);
}

std::string Number(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace

bool ParseOutputFormat(const std::string& s, OutputFormat* out) {
  if (s == "text") {
    *out = OutputFormat::kText;
  } else if (s == "json") {
    *out = OutputFormat::kJson;
  } else {
    return false;
  }
  return true;
}

std::string FormatInteractions(const ActorGraph& graph, Vertex actor, const Vertex* with,
                               const std::vector<InteractionRecord>& records, OutputFormat format) {
  const Graph& g = graph.graph();
  if (format == OutputFormat::kJson) {
    Json j;
    j.w().StartObject();
    j.Actor("actor", g[actor]);
    if (with) j.Actor("with", g[*with]);
    j.w().Key("count");
    j.w().Uint64(records.size());
    j.w().Key("interactions");
    j.w().StartArray();
    for (const InteractionRecord& r : records) {
      const EdgeInfo& e = g[r.edge];
      j.w().StartObject();
      JsonInteraction(j, e);
      j.Str("direction", r.direction);
      j.Actor("counterpart", g[r.counterpart]);
      JsonProvenance(j, e);
      j.w().EndObject();
    }
    j.w().EndArray();
    j.w().EndObject();
    return j.Finish();
  }
  std::string out = Label(g[actor]);
  if (with) out += " and " + Label(g[*with]);
  out += ": " + std::to_string(records.size()) +
         (records.size() == 1 ? " interaction\n" : " interactions\n");
  for (const InteractionRecord& r : records) {
    const EdgeInfo& e = g[r.edge];
    out += DateOf(e) + "  " + ToString(e.type) + " " + r.direction + " " + Label(g[r.counterpart]);
    if (!e.place.empty()) out += ", " + e.place;
    if (e.count != 1) out += " (" + std::to_string(e.count) + " interactions)";
    out += "\n";
    TextDetails(e, &out);
  }
  return out;
}

std::string FormatPath(const ActorGraph& graph, const ContactPath& path, OutputFormat format) {
  const Graph& g = graph.graph();
  const std::size_t steps = path.links.size();
  if (format == OutputFormat::kJson) {
    Json j;
    j.w().StartObject();
    j.Actor("from", g[path.actors.front()]);
    j.Actor("to", g[path.actors.back()]);
    j.w().Key("steps");
    j.w().Uint64(steps);
    j.w().Key("links");
    j.w().StartArray();
    for (std::size_t i = 0; i < steps; ++i) {
      const EdgeInfo& e = g[path.links[i]];
      j.w().StartObject();
      j.Actor("from", g[path.actors[i]]);
      j.Actor("to", g[path.actors[i + 1]]);
      JsonInteraction(j, e);
      JsonProvenance(j, e);
      j.w().EndObject();
    }
    j.w().EndArray();
    j.w().EndObject();
    return j.Finish();
  }
  std::string out = Label(g[path.actors.front()]) + " to " + Label(g[path.actors.back()]) + ": " +
                    std::to_string(steps) + (steps == 1 ? " step\n" : " steps\n");
  for (std::size_t i = 0; i < steps; ++i) {
    const EdgeInfo& e = g[path.links[i]];
    out += std::to_string(i + 1) + ". " + Label(g[path.actors[i]]) + " - " +
           Label(g[path.actors[i + 1]]) + ": " + ToString(e.type) + " " + DateOf(e);
    if (!e.place.empty()) out += ", " + e.place;
    out += "\n";
    TextDetails(e, &out);
  }
  return out;
}

std::string FormatTop(const ActorGraph& graph, const std::string& measure, const std::string& week,
                      const std::vector<RankedActor>& ranked, OutputFormat format) {
  const Graph& g = graph.graph();
  if (format == OutputFormat::kJson) {
    Json j;
    j.w().StartObject();
    j.Str("measure", measure);
    j.Str("week", week);
    j.w().Key("actors");
    j.w().StartArray();
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      const VertexInfo& v = g[ranked[i].actor];
      j.w().StartObject();
      j.w().Key("rank");
      j.w().Uint64(i + 1);
      j.Str("id", v.id);
      j.Str("name", v.name);
      j.Str("kind", ToString(v.kind));
      j.w().Key("value");
      j.w().Double(ranked[i].value);
      j.w().EndObject();
    }
    j.w().EndArray();
    j.w().EndObject();
    return j.Finish();
  }
  if (ranked.empty()) return "no actors" + (week.empty() ? std::string() : " in " + week) + "\n";
  std::string out = "top " + std::to_string(ranked.size()) + " by " + measure +
                    (week.empty() ? "" : " in " + week) + "\n";
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    char rank[32];
    std::snprintf(rank, sizeof rank, "%3zu. ", i + 1);
    std::string value = Number(ranked[i].value);
    out += rank + value + std::string(value.size() < 12 ? 12 - value.size() : 1, ' ') +
           Label(g[ranked[i].actor]) + "\n";
  }
  return out;
}

std::string FormatActors(const ActorGraph& graph, const std::vector<Vertex>& actors,
                         OutputFormat format) {
  const Graph& g = graph.graph();
  auto interactions = [&g](Vertex v) {
    std::size_t loops = 0;
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g)))
      loops += boost::target(e, g) == v;
    return boost::out_degree(v, g) + boost::in_degree(v, g) - loops;
  };
  if (format == OutputFormat::kJson) {
    Json j;
    j.w().StartObject();
    j.w().Key("count");
    j.w().Uint64(actors.size());
    j.w().Key("actors");
    j.w().StartArray();
    for (Vertex a : actors) {
      const VertexInfo& v = g[a];
      j.w().StartObject();
      j.Str("id", v.id);
      j.Str("name", v.name);
      j.Str("kind", ToString(v.kind));
      j.Str("country", v.country);
      j.Str("role", v.role);
      j.Str("name_ja", v.name_ja);
      j.StrList("aliases", v.aliases);
      j.w().Key("interactions");
      j.w().Uint64(interactions(a));
      j.w().EndObject();
    }
    j.w().EndArray();
    j.w().EndObject();
    return j.Finish();
  }
  std::string out;
  for (Vertex a : actors) {
    const VertexInfo& v = g[a];
    out += v.id + "  " + v.name + "  [" + ToString(v.kind);
    if (!v.country.empty()) out += ", " + v.country;
    std::size_t n = interactions(a);
    out += "] " + std::to_string(n) + (n == 1 ? " interaction" : " interactions");
    if (!v.name_ja.empty()) out += "  " + v.name_ja;
    if (!v.aliases.empty()) out += "  aka " + Join(v.aliases, ", ");
    out += "\n";
  }
  out += std::to_string(actors.size()) + (actors.size() == 1 ? " actor\n" : " actors\n");
  return out;
}

}  // namespace actorgraph
