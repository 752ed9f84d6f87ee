// Events <-> JSON in the format of ../shared/spec/interactions.md, with
// provenance fields (evidence, outlets, CAMEO, PLOVER...) added.

#include <cctype>
#include <set>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>

#include "actorgraph/events.h"
#include "actorgraph/text_normalize.h"
#include "input_text.h"
#include "json_position.h"

namespace actorgraph {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Key(Writer& w, const char* key) { w.Key(key); }
void Str(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}
void StrList(Writer& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& v : values) w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
  w.EndArray();
}

void WriteActor(Writer& w, const Actor& a) {
  w.StartObject();
  Str(w, "id", a.id);
  Str(w, "name", a.name);
  Str(w, "kind", ToString(a.kind));
  if (!a.country.empty()) Str(w, "country", a.country);
  if (!a.role.empty()) Str(w, "role", a.role);
  if (!a.name_ja.empty()) Str(w, "name_ja", a.name_ja);
  StrList(w, "aliases", a.aliases);
  w.EndObject();
}

void WriteInteraction(Writer& w, const Interaction& i) {
  w.StartObject();
  Str(w, "type", ToString(i.type));
  Str(w, "source", i.source);
  Str(w, "target", i.target);
  Str(w, "date", i.date);
  if (!i.place.empty()) Str(w, "place", i.place);
  if (!i.document.empty()) Str(w, "document", i.document);
  Key(w, "item");
  w.Int(i.item);
  StrList(w, "outlets", i.outlets);
  if (!i.cameo.empty()) Str(w, "cameo", i.cameo);
  if (!i.plover.empty()) Str(w, "plover", i.plover);
  Key(w, "evidence");
  w.StartArray();
  for (const Evidence& e : i.evidence) {
    w.StartObject();
    Str(w, "sentence", e.sentence);
    Str(w, "rule", e.rule);
    Key(w, "line");
    w.Int(e.line);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string EventsToJson(const Events& events) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  w.StartObject();
  Key(w, "documents");
  w.StartArray();
  for (const Events::DocumentInfo& d : events.documents) {
    w.StartObject();
    Str(w, "file", d.file);
    StrList(w, "period", {d.period_start, d.period_end});
    w.EndObject();
  }
  w.EndArray();
  Key(w, "actors");
  w.StartArray();
  for (const Actor& a : events.actors) WriteActor(w, a);
  w.EndArray();
  Key(w, "interactions");
  w.StartArray();
  for (const Interaction& i : events.interactions) WriteInteraction(w, i);
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

namespace {

// Builds the DOM like rapidjson::Document does, and remembers the byte
// offset where each element of the top-level "actors" and "interactions"
// arrays starts, so semantic errors can name a line.
class PositionRecorder
    : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PositionRecorder> {
 public:
  PositionRecorder(rapidjson::Document* doc, rapidjson::StringStream* stream)
      : doc_(doc), stream_(stream) {}

  std::vector<std::size_t> actor_offsets, interaction_offsets;

  bool Null() { return doc_->Null(); }
  bool Bool(bool b) { return doc_->Bool(b); }
  bool Int(int i) { return doc_->Int(i); }
  bool Uint(unsigned u) { return doc_->Uint(u); }
  bool Int64(int64_t i) { return doc_->Int64(i); }
  bool Uint64(uint64_t u) { return doc_->Uint64(u); }
  bool Double(double d) { return doc_->Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return doc_->RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return doc_->String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (depth_ == 1) top_key_.assign(s, n);
    return doc_->Key(s, n, copy);
  }
  bool StartObject() {
    if (depth_ == 2) Record();
    ++depth_;
    return doc_->StartObject();
  }
  bool EndObject(rapidjson::SizeType n) {
    --depth_;
    return doc_->EndObject(n);
  }
  bool StartArray() {
    ++depth_;
    return doc_->StartArray();
  }
  bool EndArray(rapidjson::SizeType n) {
    --depth_;
    return doc_->EndArray(n);
  }

 private:
  void Record() {
    // Tell() is just past the '{'.
    std::size_t at = stream_->Tell() ? stream_->Tell() - 1 : 0;
    if (top_key_ == "actors") actor_offsets.push_back(at);
    if (top_key_ == "interactions") interaction_offsets.push_back(at);
  }

  rapidjson::Document* doc_;
  rapidjson::StringStream* stream_;
  int depth_ = 0;
  std::string top_key_;
};

class EventsParser {
 public:
  EventsParser(const std::string& json, const std::string& file) : json_(json), file_(file) {}

  Result<Events> Parse() {
    Status s = ParseDom();
    if (!s.ok()) return s;
    if (!dom_.IsObject()) return ErrorAt(0, "expected a JSON object with \"actors\" and \"interactions\"");
    if (!(s = ParseDocuments()).ok()) return s;
    if (!(s = ParseActors()).ok()) return s;
    if (!(s = ParseInteractions()).ok()) return s;
    return std::move(events_);
  }

 private:
  Status ParseDom() {
    // RapidJSON's decoder would read past the end of a cut UTF-8 sequence
    if (std::size_t bad = FindInvalidUtf8(json_); bad != std::string::npos) return ErrorAt(bad, "invalid UTF-8");
    rapidjson::StringStream stream(json_.c_str());
    rapidjson::ParseResult parsed;
    std::vector<std::size_t> actor_offsets, interaction_offsets;
    // Populate() runs the reader with the recorder in front of the DOM
    // builder, then moves the finished root into dom_.
    auto generate = [&](rapidjson::Document& builder) {
      PositionRecorder recorder(&builder, &stream);
      rapidjson::Reader reader;
      parsed = reader.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag>(
          stream, recorder);
      actor_offsets = std::move(recorder.actor_offsets);
      interaction_offsets = std::move(recorder.interaction_offsets);
      return !parsed.IsError();
    };
    dom_.Populate(generate);
    if (parsed.IsError()) return ErrorAt(parsed.Offset(), rapidjson::GetParseError_En(parsed.Code()));
    std::size_t at = stream.Tell();
    while (at < json_.size() && std::isspace(static_cast<unsigned char>(json_[at]))) ++at;
    if (at < json_.size()) return ErrorAt(at, "The document root must not be followed by other values.");
    actor_offsets_ = std::move(actor_offsets);
    interaction_offsets_ = std::move(interaction_offsets);
    return Status::OK();
  }

  Status ErrorAt(std::size_t offset, const std::string& message) const {
    TextPosition pos = PositionOf(json_, offset);
    return Status::Corruption(message).At(file_, pos.line, pos.column);
  }
  Status ErrorIn(const std::vector<std::size_t>& offsets, std::size_t index, const std::string& message) const {
    return ErrorAt(index < offsets.size() ? offsets[index] : 0, message);
  }

  static bool GetString(const rapidjson::Value& obj, const char* key, std::string* out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return true;
    if (!it->value.IsString()) return false;
    out->assign(it->value.GetString(), it->value.GetStringLength());
    return true;
  }
  static bool GetStrings(const rapidjson::Value& obj, const char* key, std::vector<std::string>* out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return true;
    if (!it->value.IsArray()) return false;
    for (const auto& v : it->value.GetArray()) {
      if (!v.IsString()) return false;
      out->emplace_back(v.GetString(), v.GetStringLength());
    }
    return true;
  }

  Status ParseDocuments() {
    auto it = dom_.FindMember("documents");
    if (it == dom_.MemberEnd()) return Status::OK();
    if (!it->value.IsArray()) return ErrorAt(0, "\"documents\" must be an array");
    for (const auto& d : it->value.GetArray()) {
      Events::DocumentInfo info;
      std::vector<std::string> period;
      if (!d.IsObject() || !GetString(d, "file", &info.file) || !GetStrings(d, "period", &period))
        return ErrorAt(0, "each document needs a string \"file\" and a \"period\" of two dates");
      if (period.size() == 2) info.period_start = period[0], info.period_end = period[1];
      events_.documents.push_back(std::move(info));
    }
    return Status::OK();
  }

  Status ParseActors() {
    auto it = dom_.FindMember("actors");
    if (it == dom_.MemberEnd() || !it->value.IsArray()) return ErrorAt(0, "missing array \"actors\"");
    std::size_t index = 0;
    for (const auto& a : it->value.GetArray()) {
      Actor actor;
      std::string kind;
      if (!a.IsObject()) return ErrorIn(actor_offsets_, index, "an actor must be an object");
      if (!GetString(a, "id", &actor.id) || actor.id.empty())
        return ErrorIn(actor_offsets_, index, "actor without a string \"id\"");
      if (!GetString(a, "name", &actor.name) || !GetString(a, "kind", &kind) ||
          !GetString(a, "country", &actor.country) || !GetString(a, "role", &actor.role) ||
          !GetString(a, "name_ja", &actor.name_ja) || !GetStrings(a, "aliases", &actor.aliases))
        return ErrorIn(actor_offsets_, index, "actor \"" + actor.id + "\": a field has the wrong type");
      if (actor.name.empty()) actor.name = actor.id;
      if (!kind.empty() && !ParseActorKind(kind, &actor.kind))
        return ErrorIn(actor_offsets_, index, "actor \"" + actor.id + "\": unknown kind \"" + kind + "\"");
      if (!ids_.insert(actor.id).second)
        return ErrorIn(actor_offsets_, index, "duplicate actor id \"" + actor.id + "\"");
      events_.actors.push_back(std::move(actor));
      ++index;
    }
    return Status::OK();
  }

  Status ParseInteractions() {
    auto it = dom_.FindMember("interactions");
    if (it == dom_.MemberEnd() || !it->value.IsArray()) return ErrorAt(0, "missing array \"interactions\"");
    std::size_t index = 0;
    for (const auto& v : it->value.GetArray()) {
      Result<Interaction> i = ParseInteraction(v, index);
      if (!i.ok()) return i.status();
      events_.interactions.push_back(std::move(i.value()));
      ++index;
    }
    return Status::OK();
  }

  Result<Interaction> ParseInteraction(const rapidjson::Value& v, std::size_t index) const {
    Interaction i;
    std::string type;
    auto fail = [&](const std::string& msg) { return ErrorIn(interaction_offsets_, index, msg); };
    if (!v.IsObject()) return fail("an interaction must be an object");
    if (!GetString(v, "type", &type) || !GetString(v, "source", &i.source) ||
        !GetString(v, "target", &i.target) || !GetString(v, "date", &i.date) ||
        !GetString(v, "place", &i.place) || !GetString(v, "document", &i.document) ||
        !GetStrings(v, "outlets", &i.outlets) || !GetString(v, "cameo", &i.cameo) ||
        !GetString(v, "plover", &i.plover))
      return fail("interaction: a field has the wrong type");
    if (!ParseInteractionType(type, &i.type)) return fail("unknown interaction type \"" + type + "\"");
    if (!ids_.count(i.source)) return fail("interaction source \"" + i.source + "\" is not among the actors");
    if (!ids_.count(i.target)) return fail("interaction target \"" + i.target + "\" is not among the actors");
    auto item = v.FindMember("item");
    if (item != v.MemberEnd()) {
      if (!item->value.IsInt()) return fail("interaction: \"item\" must be an integer");
      i.item = item->value.GetInt();
    }
    auto ev = v.FindMember("evidence");
    if (ev != v.MemberEnd()) {
      if (!ev->value.IsArray()) return fail("interaction: \"evidence\" must be an array");
      for (const auto& e : ev->value.GetArray()) {
        Evidence evidence;
        if (!e.IsObject() || !GetString(e, "sentence", &evidence.sentence) || !GetString(e, "rule", &evidence.rule))
          return fail("interaction: malformed evidence");
        auto line = e.FindMember("line");
        if (line != e.MemberEnd() && line->value.IsInt()) evidence.line = line->value.GetInt();
        i.evidence.push_back(std::move(evidence));
      }
    }
    return i;
  }

  const std::string& json_;
  std::string file_;
  rapidjson::Document dom_;
  std::vector<std::size_t> actor_offsets_, interaction_offsets_;
  std::set<std::string> ids_;
  Events events_;
};

}  // namespace

Result<Events> EventsFromJson(const std::string& json, const std::string& file) {
  return EventsParser(json, file).Parse();
}

// Events JSON is about 1.4 times the digest text it was extracted from, so
// the limit is four times the digests' (64 MiB): what `extract` writes from
// any input it accepts can be read back.
constexpr std::size_t kMaxEventsFileBytes = std::size_t{256} << 20;

Result<Events> ReadEventsFile(const std::string& path) {
  // The same checks as every input: missing, directory, size limit.
  Result<std::string> bytes = reader::ReadFileBytes(path, kMaxEventsFileBytes);
  if (!bytes.ok()) return bytes.status();
  return EventsFromJson(*bytes, path);
}

}  // namespace actorgraph
