#include "extractor_test_util.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actorgraph/embedded_data.h"
#include "actorgraph/extractor.h"
#include "actorgraph/pattern_table.h"

namespace actorgraph {
namespace testing {

const ActorDictionary& DictionaryWithoutPersons() {
  static const ActorDictionary dictionary = [] {
    rapidjson::Document doc;
    std::string text(EmbeddedDataFile("actors.json"));
    doc.Parse(text.c_str());
    rapidjson::Value& actors = doc["actors"];
    rapidjson::Value kept(rapidjson::kArrayType);
    for (auto& a : actors.GetArray())
      if (std::string(a["kind"].GetString()) != "person") kept.PushBack(a, doc.GetAllocator());
    actors = kept;
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc.Accept(writer);
    Result<ActorDictionary> d = ActorDictionary::FromJson(buffer.GetString(), "actors-without-persons.json");
    if (!d.ok()) {
      std::fprintf(stderr, "%s\n", d.status().ToString().c_str());
      std::abort();
    }
    return std::move(d.value());
  }();
  return dictionary;
}

ActorDictionary DictionaryWithoutPersonsPlus(const std::string& json) {
  ActorDictionary dictionary = DictionaryWithoutPersons();
  Result<ActorDictionary> extra = ActorDictionary::FromJson(json, "extra.json");
  Status added = extra.ok() ? dictionary.Add(extra.value()) : extra.status();
  if (!added.ok()) {
    std::fprintf(stderr, "%s\n", added.ToString().c_str());
    std::abort();
  }
  return dictionary;
}

Document ItemDocument(const std::string& headline, const std::vector<std::string>& paragraphs,
                      const IsoDate& source_date, const std::string& headline_ja) {
  Document doc;
  doc.file = "item.txt";
  Item item;
  item.index = 1;
  item.headline_en = headline;
  item.headline_ja = headline_ja;
  item.headline_line = 1;
  int line = 3;
  for (const std::string& p : paragraphs) {
    Block b;
    b.kind = p.compare(0, 2, "- ") == 0 ? BlockKind::kBullet : BlockKind::kParagraph;
    b.text = b.kind == BlockKind::kBullet ? p.substr(2) : p;
    b.line = line;
    line += 2;
    item.blocks.push_back(b);
  }
  item.source.date = source_date;
  item.source.outlets = {"TEST"};
  doc.items.push_back(item);
  return doc;
}

Document LinesDocument(const std::vector<std::string>& lines, const IsoDate& date) {
  Document doc;
  doc.file = "lines.txt";
  doc.kind = DocumentKind::kLines;
  int n = 0;
  for (const std::string& l : lines) {
    Item item;
    item.index = ++n;
    Block b;
    b.text = l;
    b.line = n;
    item.blocks.push_back(b);
    item.source.date = date;
    item.line = n;
    doc.items.push_back(item);
  }
  return doc;
}

Events Extract(const Document& doc, const ActorDictionary& dictionary) {
  // (building the lexicon is most of a one-sentence run: the extractor of
  // the shared dictionary is built once; Run() keeps nothing between
  // documents)
  if (&dictionary == &DictionaryWithoutPersons()) {
    static Extractor shared(dictionary, PatternTable::BuiltIn());
    return shared.Run(doc);
  }
  Extractor extractor(dictionary, PatternTable::BuiltIn());
  return extractor.Run(doc);
}

std::vector<std::string> Lines(const Events& events) {
  std::map<std::string, std::string> names;
  for (const Actor& a : events.actors) names[a.id] = a.name;
  std::vector<std::string> out;
  for (const Interaction& i : events.interactions) {
    std::string a = names[i.source], b = names[i.target];
    bool undirected = IsUndirected(i.type);
    if (undirected && b < a) std::swap(a, b);
    out.push_back(std::string(ToString(i.type)) + " " + a + (undirected ? " -- " : " -> ") + b + " " + i.date);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Found(const std::string& sentence, const IsoDate& date, const ActorDictionary& dictionary) {
  return Lines(Extract(LinesDocument({sentence}, date), dictionary));
}

}  // namespace testing
}  // namespace actorgraph
