// The document model's names and its JSON form (document.h).

#include <ostream>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "actorgraph/document.h"

namespace actorgraph {

const char* ToString(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kNote: return "note";
    case BlockKind::kBullet: return "bullet";
  }
  return "paragraph";
}

const char* ToString(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kDigest: return "digest";
    case DocumentKind::kPlainText: return "plain_text";
    case DocumentKind::kLines: return "lines";
  }
  return "digest";
}

std::ostream& operator<<(std::ostream& out, BlockKind kind) { return out << ToString(kind); }
std::ostream& operator<<(std::ostream& out, DocumentKind kind) { return out << ToString(kind); }

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Field(Writer* w, const char* key, const std::string& value) {
  w->Key(key);
  w->String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Field(Writer* w, const char* key, int value) {
  w->Key(key);
  w->Int(value);
}

void Strings(Writer* w, const char* key, const std::vector<std::string>& values) {
  w->Key(key);
  w->StartArray();
  for (const std::string& v : values) w->String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  w->EndArray();
}

void WriteSource(Writer* w, const SourceLine& source) {
  w->Key("source");
  w->StartObject();
  Strings(w, "outlets", source.outlets);
  Field(w, "date", source.date);
  Field(w, "raw", source.raw);
  Field(w, "line", source.line);
  w->EndObject();
}

void WriteItem(Writer* w, const Item& item) {
  w->StartObject();
  Field(w, "index", item.index);
  Field(w, "section", item.section);
  Field(w, "line", item.line);
  Field(w, "headline_ja", item.headline_ja);
  Field(w, "headline_en", item.headline_en);
  Field(w, "headline_line", item.headline_line);
  WriteSource(w, item.source);
  w->Key("blocks");
  w->StartArray();
  for (const Block& b : item.blocks) {
    w->StartObject();
    Field(w, "kind", ToString(b.kind));
    Field(w, "line", b.line);
    Field(w, "text", b.text);
    w->EndObject();
  }
  w->EndArray();
  w->EndObject();
}

void WriteSections(Writer* w, const std::vector<Section>& sections) {
  w->Key("sections");
  w->StartArray();
  for (const Section& s : sections) {
    w->StartObject();
    Field(w, "number", s.number);
    Field(w, "name", s.name);
    Field(w, "line", s.line);
    w->EndObject();
  }
  w->EndArray();
}

void WriteWarnings(Writer* w, const std::vector<Warning>& warnings) {
  w->Key("warnings");
  w->StartArray();
  for (const Warning& warning : warnings) {
    w->StartObject();
    Field(w, "line", warning.line);
    Field(w, "message", warning.message);
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace

std::string DocumentToJson(const Document& doc) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  Field(&w, "file", doc.file);
  Field(&w, "kind", ToString(doc.kind));
  Strings(&w, "title", doc.title);
  Field(&w, "publisher", doc.publisher);
  w.Key("period");
  w.StartObject();
  Field(&w, "start", doc.period_start);
  Field(&w, "end", doc.period_end);
  w.EndObject();
  WriteSections(&w, doc.sections);
  w.Key("items");
  w.StartArray();
  for (const Item& item : doc.items) WriteItem(&w, item);
  w.EndArray();
  WriteWarnings(&w, doc.warnings);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace actorgraph
