// PatternTable: reading data/patterns.json (and --patterns files).

#include "actorgraph/pattern_table.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "actorgraph/embedded_data.h"
#include "actorgraph/text_normalize.h"
#include "input_text.h"
#include "json_position.h"

namespace actorgraph {

const std::vector<std::string>& PatternTable::KnownWordClasses() {
  static const std::vector<std::string> kClasses = {
      // nouns and names
      "title", "title_lowercase", "org_head", "org_plural_head", "org_suffix", "event_head",
      "event_anaphor", "country_noun", "person_group", "delegation", "frame_persons",
      "frame_countries", "speaker_noun", "not_name", "function", "name_particle", "pronoun_person",
      "pronoun_plural", "pronoun_speaker", "elaboration", "ordinal_word", "generic_person",
      "led_by", "object_of", "gathering", "gathering_part", "family_name_first", "given_name_address", "two_family_names", "any_event_anaphor", "exhibition_head", "title_given_name", "regional_adjective", "hyphen_adjective_end",
      "title_in_name", "intention_after", "title_needs_period", "brand_head", "name_honorific", "courtesy_title", "address_title", "foreign_name_joiner", "body_people", "reply_verb", "press_audience", "rank_adjective", "gathering_participle", "force_units", "force_body", "forces_plural", "company_noun", "place_kind", "chair_verb", "chaired_meeting", "term_preposition", "host_noun", "trade_role", "legislature_role", "officer_role", "lead_role", "distinct_rank", "sequence_adverb", "world_region", "region_quarter", "signed_document", "act_participle", "state_body_head", "head_before_name",
      "honorific_title", "theme_noun", "plan_name", "appeal_verb", "title_premodifier", "postnominal", "patronymic", "compound_suffix", "armed_adjective", "armed_body", "any_title_plural", "condemned_act", "condemning_verb", "act_record", "state_people",
      // verbs and clause structure
      "speech_verb", "verb", "preposition", "subordinator", "relative", "coordinator",
      "participle_intro",
      // modality and time
      "intention", "recall", "ahead", "negation", "perfect_aux", "now", "travel_purpose",
      "abbreviation",
      // the way a contact was held
      "remote_format"};
  return kClasses;
}

namespace {

// Builds the DOM and remembers where each value starts, by JSON path
// ("/rules/3", "/words/title/0"), for error messages.
class PathRecorder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PathRecorder> {
 public:
  PathRecorder(rapidjson::Document* doc, rapidjson::StringStream* stream) : doc_(doc), stream_(stream) {}
  std::map<std::string, std::size_t> offsets;

  bool Null() { return Value() && doc_->Null(); }
  bool Bool(bool b) { return Value() && doc_->Bool(b); }
  bool Int(int i) { return Value() && doc_->Int(i); }
  bool Uint(unsigned u) { return Value() && doc_->Uint(u); }
  bool Int64(int64_t i) { return Value() && doc_->Int64(i); }
  bool Uint64(uint64_t u) { return Value() && doc_->Uint64(u); }
  bool Double(double d) { return Value() && doc_->Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool c) { return Value() && doc_->RawNumber(s, n, c); }
  bool String(const char* s, rapidjson::SizeType n, bool c) { return Value() && doc_->String(s, n, c); }
  bool Key(const char* s, rapidjson::SizeType n, bool c) {
    if (!stack_.empty()) stack_.back().key.assign(s, n);
    return doc_->Key(s, n, c);
  }
  bool StartObject() {
    Value();
    stack_.push_back({false, -1, ""});
    return doc_->StartObject();
  }
  bool EndObject(rapidjson::SizeType n) {
    stack_.pop_back();
    return doc_->EndObject(n);
  }
  bool StartArray() {
    Value();
    stack_.push_back({true, -1, ""});
    return doc_->StartArray();
  }
  bool EndArray(rapidjson::SizeType n) {
    stack_.pop_back();
    return doc_->EndArray(n);
  }

 private:
  struct Level {
    bool array;
    int index;
    std::string key;
  };
  bool Value() {
    std::string path;
    for (Level& level : stack_) {
      if (&level == &stack_.back() && level.array) ++level.index;
      path += "/" + (level.array ? std::to_string(level.index) : level.key);
    }
    std::size_t at = stream_->Tell();
    offsets.emplace(path, at ? at - 1 : 0);
    return true;
  }
  rapidjson::Document* doc_;
  rapidjson::StringStream* stream_;
  std::vector<Level> stack_;
};

}  // namespace

bool CompilePattern(const std::string& pattern, std::vector<PatternElement>* out, std::string* error) {
  out->clear();
  std::istringstream in(pattern);
  std::string part;
  bool have_trigger = false;
  while (in >> part) {
    PatternElement e;
    if (part == "S") {
      if (!out->empty()) {
        *error = "S (the subject) must be the first element";
        return false;
      }
      e.kind = PatternElement::Kind::kSubject;
    } else if (part.size() == 1 && std::string("XYOPECL").find(part[0]) != std::string::npos) {
      e.kind = PatternElement::Kind::kSlot;
      e.slot = part[0];
    } else if (part == ".") {
      // the end of the sentence: "called on X ." (not "called on X to act")
      e.kind = PatternElement::Kind::kEnd;
    } else if (part[0] == '~') {
      char* end = nullptr;
      long n = std::strtol(part.c_str() + 1, &end, 10);
      if (part.size() < 2 || *end != '\0' || n < 1 || n > 12) {
        *error = "\"" + part + "\": ~N needs N from 1 to 12";
        return false;
      }
      e.kind = PatternElement::Kind::kSkip;
      e.skip = static_cast<int>(n);
    } else {
      if (part.back() == '?') {
        e.optional = true;
        part.pop_back();
      }
      std::string alt;
      std::istringstream alts(part);
      while (std::getline(alts, alt, '|')) {
        bool prefix = !alt.empty() && alt.back() == '*';
        if (prefix) alt.pop_back();
        std::string key = MatchKey(alt);
        // "video-conference" is one token whose key is "video conference".
        if (key.empty()) {
          *error = "\"" + part + "\": an empty alternative";
          return false;
        }
        (prefix ? e.prefixes : e.words).push_back(key);
      }
      if (e.words.empty() && e.prefixes.empty()) {
        *error = "empty word element";
        return false;
      }
      if (!e.optional) have_trigger = true;
    }
    out->push_back(std::move(e));
  }
  if (!have_trigger) {
    *error = "a pattern needs at least one required word (its trigger)";
    return false;
  }
  return true;
}

class PatternTableParser {
 public:
  PatternTableParser(const std::string& json, const std::string& file) : json_(json), file_(file) {}

  Result<PatternTable> Parse() {
    Status s = ParseDom();
    if (!s.ok()) return s;
    if (!dom_.IsObject()) return ErrorAt("", "expected a JSON object");
    for (auto it = dom_.MemberBegin(); it != dom_.MemberEnd(); ++it) {
      std::string key = it->name.GetString();
      const rapidjson::Value& v = it->value;
      if (key == "_about") continue;
      if (key == "types") s = ParseTypes(v);
      else if (key == "months") s = ParseNumberMap(v, "/months", 1, 12, &table_.months_);
      else if (key == "weekdays") s = ParseNumberMap(v, "/weekdays", 0, 6, &table_.weekdays_);
      else if (key == "words") s = ParseWords(v);
      else if (key == "places") s = ParsePlaceMap(v, "places", "place", "country id", &table_.places_);
      else if (key == "metonyms") s = ParsePlaceMap(v, "metonyms", "metonym", "actor id", &table_.metonyms_);
      else if (key == "japanese_cues") s = ParseCues(v);
      else if (key == "rules") s = ParseRules(v);
      else s = ErrorAt("/" + key, "unknown field \"" + key + "\"");
      if (!s.ok()) return s;
    }
    std::stable_sort(table_.ja_cues_.begin(), table_.ja_cues_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return std::move(table_);
  }

 private:
  Status ParseDom() {
    // RapidJSON's decoder would read past the end of a cut UTF-8 sequence
    if (std::size_t bad = FindInvalidUtf8(json_); bad != std::string::npos) return ErrorOffset(bad, "invalid UTF-8");
    rapidjson::StringStream stream(json_.c_str());
    rapidjson::ParseResult parsed;
    auto generate = [&](rapidjson::Document& builder) {
      PathRecorder recorder(&builder, &stream);
      rapidjson::Reader reader;
      parsed = reader.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag>(
          stream, recorder);
      offsets_ = std::move(recorder.offsets);
      return !parsed.IsError();
    };
    dom_.Populate(generate);
    if (parsed.IsError()) return ErrorOffset(parsed.Offset(), rapidjson::GetParseError_En(parsed.Code()));
    std::size_t at = stream.Tell();
    while (at < json_.size() && std::isspace(static_cast<unsigned char>(json_[at]))) ++at;
    if (at < json_.size()) return ErrorOffset(at, "The document root must not be followed by other values.");
    return Status::OK();
  }

  Status ErrorOffset(std::size_t offset, const std::string& message) const {
    TextPosition pos = PositionOf(json_, offset);
    return Status::Corruption(message).At(file_, pos.line, pos.column);
  }
  Status ErrorAt(const std::string& path, const std::string& message) const {
    auto it = offsets_.find(path);
    return ErrorOffset(it == offsets_.end() ? 0 : it->second, message);
  }
  TextPosition PositionAt(const std::string& path) const {
    auto it = offsets_.find(path);
    return PositionOf(json_, it == offsets_.end() ? 0 : it->second);
  }

  Status ParseTypes(const rapidjson::Value& v) {
    if (!v.IsObject()) return ErrorAt("/types", "\"types\" must be an object");
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string name = it->name.GetString(), path = "/types/" + name;
      InteractionType type;
      if (!ParseInteractionType(name, &type)) return ErrorAt(path, "unknown interaction type \"" + name + "\"");
      const rapidjson::Value& codes = it->value;
      if (!codes.IsObject() || !codes.HasMember("cameo") || !codes["cameo"].IsString() ||
          !codes.HasMember("plover") || !codes["plover"].IsString())
        return ErrorAt(path, "type \"" + name + "\" needs string \"cameo\" and \"plover\"");
      table_.codes_[static_cast<int>(type)] = {codes["cameo"].GetString(), codes["plover"].GetString()};
    }
    return Status::OK();
  }

  Status ParseNumberMap(const rapidjson::Value& v, const std::string& path, int lo, int hi,
                        std::map<std::string, int>* out) {
    if (!v.IsObject()) return ErrorAt(path, "\"" + path.substr(1) + "\" must be an object");
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string name = it->name.GetString();
      if (!it->value.IsInt() || it->value.GetInt() < lo || it->value.GetInt() > hi)
        return ErrorAt(path + "/" + name, "\"" + name + "\" needs a number from " + std::to_string(lo) +
                                              " to " + std::to_string(hi));
      (*out)[MatchKey(name)] = it->value.GetInt();
    }
    return Status::OK();
  }

  Status ParseWords(const rapidjson::Value& v) {
    if (!v.IsObject()) return ErrorAt("/words", "\"words\" must be an object of word lists");
    const auto& known = PatternTable::KnownWordClasses();
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string cls = it->name.GetString(), path = "/words/" + cls;
      if (std::find(known.begin(), known.end(), cls) == known.end())
        return ErrorAt(path, "unknown word class \"" + cls + "\"");
      if (!it->value.IsArray()) return ErrorAt(path, "word class \"" + cls + "\" must be a list of strings");
      std::vector<std::string>& list = table_.words_[cls];
      int index = 0;
      for (const auto& w : it->value.GetArray()) {
        if (!w.IsString() || MatchKey(w.GetString()).empty())
          return ErrorAt(path + "/" + std::to_string(index), "word class \"" + cls + "\": entry " +
                                                                  std::to_string(index) + " is not a word");
        list.emplace_back(w.GetString(), w.GetStringLength());
        ++index;
      }
    }
    return Status::OK();
  }

  // "places" (place -> country id) and "metonyms" (place -> actor id): an
  // object of non-empty strings. `field` is the key, `item` one member's
  // word in errors ("place"), `id` its value's ("country id").
  Status ParsePlaceMap(const rapidjson::Value& v, const std::string& field, const std::string& item,
                       const std::string& id, std::map<std::string, std::string>* out) {
    if (!v.IsObject()) return ErrorAt("/" + field, "\"" + field + "\" must be an object of place -> " + id);
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string name = it->name.GetString();
      if (!it->value.IsString() || it->value.GetStringLength() == 0)
        return ErrorAt("/" + field + "/" + name, item + " \"" + name + "\" needs " + (id[0] == 'a' ? "an " : "a ") + id);
      (*out)[name] = it->value.GetString();
    }
    return Status::OK();
  }

  Status ParseCues(const rapidjson::Value& v) {
    if (!v.IsObject()) return ErrorAt("/japanese_cues", "\"japanese_cues\" must be an object of cue -> type");
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string cue = it->name.GetString(), path = "/japanese_cues/" + cue;
      InteractionType type;
      if (!it->value.IsString() || !ParseInteractionType(it->value.GetString(), &type))
        return ErrorAt(path, "cue \"" + cue + "\" needs an interaction type");
      table_.ja_cues_.emplace_back(cue, type);
    }
    return Status::OK();
  }

  Status ParseRules(const rapidjson::Value& v) {
    if (!v.IsArray()) return ErrorAt("/rules", "\"rules\" must be a list");
    std::set<std::string> ids;
    int index = 0;
    for (const auto& r : v.GetArray()) {
      std::string path = "/rules/" + std::to_string(index++);
      Result<PatternRule> rule = ParseRule(r, path);
      if (!rule.ok()) return rule.status();
      if (!ids.insert(rule->id).second) return ErrorAt(path, "duplicate rule id \"" + rule->id + "\"");
      table_.rules_.push_back(std::move(rule.value()));
    }
    return Status::OK();
  }

  Result<PatternRule> ParseRule(const rapidjson::Value& r, const std::string& path) {
    PatternRule rule;
    TextPosition pos = PositionAt(path);
    rule.file = file_, rule.line = pos.line, rule.column = pos.column;
    if (!r.IsObject()) return ErrorAt(path, "a rule must be an object");
    auto str = [&](const char* key, std::string* out) {
      auto it = r.FindMember(key);
      if (it == r.MemberEnd()) return true;
      if (!it->value.IsString()) return false;
      *out = it->value.GetString();
      return true;
    };
    auto flag = [&](const char* key, bool* out) {
      auto it = r.FindMember(key);
      if (it == r.MemberEnd()) return true;
      if (!it->value.IsBool()) return false;
      *out = it->value.GetBool();
      return true;
    };
    static const std::set<std::string> kFields = {"id", "type", "pattern", "source", "target",
                                                  "reciprocal", "allow_future", "tense_free",
                                                  "one_by_one", "also", "held", "no_guest", "titled_target", "where", "cameo", "plover", "note",
                                                  "target_kinds", "source_kinds"};
    for (auto it = r.MemberBegin(); it != r.MemberEnd(); ++it)
      if (!kFields.count(it->name.GetString()))
        return ErrorAt(path, std::string("rule: unknown field \"") + it->name.GetString() + "\"");
    std::string type, source, target, where;
    if (!str("id", &rule.id) || rule.id.empty()) return ErrorAt(path, "rule without a string \"id\"");
    std::string what = "rule \"" + rule.id + "\": ";
    if (!str("type", &type) || !ParseInteractionType(type, &rule.type))
      return ErrorAt(path, what + "unknown or missing \"type\"");
    if (!str("pattern", &rule.pattern) || !str("source", &source) || !str("target", &target) ||
        !str("where", &where) || !str("cameo", &rule.cameo) || !str("plover", &rule.plover) ||
        !flag("reciprocal", &rule.reciprocal) || !flag("allow_future", &rule.allow_future) ||
        !flag("tense_free", &rule.tense_free) || !flag("one_by_one", &rule.one_by_one) ||
        !flag("also", &rule.also) || !flag("held", &rule.held) ||
        !flag("no_guest", &rule.no_guest) || !flag("titled_target", &rule.titled_target))
      return ErrorAt(path, what + "a field has the wrong type");
    for (const char* field : {"target_kinds", "source_kinds"}) {
      auto kinds = r.FindMember(field);
      if (kinds == r.MemberEnd()) continue;
      std::vector<ActorKind>* out = field[0] == 't' ? &rule.target_kinds : &rule.source_kinds;
      if (!kinds->value.IsArray()) return ErrorAt(path, what + "\"" + field + "\" must be a list of kinds");
      for (const auto& k : kinds->value.GetArray()) {
        ActorKind kind;
        if (!k.IsString() || !ParseActorKind(k.GetString(), &kind))
          return ErrorAt(path, what + "\"" + field + "\": unknown actor kind");
        out->push_back(kind);
      }
    }
    std::string error;
    if (!CompilePattern(rule.pattern, &rule.elements, &error)) return ErrorAt(path, what + error);
    if (where == "headline") rule.where = PatternRule::Where::kHeadline;
    else if (where == "body") rule.where = PatternRule::Where::kBody;
    else if (where == "bullet") rule.where = PatternRule::Where::kBullet;
    else if (where == "signing") rule.where = PatternRule::Where::kSigning;
    else if (where == "document_list") rule.where = PatternRule::Where::kDocumentList;
    else if (where == "after_credentials") rule.where = PatternRule::Where::kAfterCredentials;
    else if (where == "sentence_start") rule.where = PatternRule::Where::kSentenceStart;
    else if (where == "after_call") rule.where = PatternRule::Where::kAfterCall;
    else if (!where.empty() && where != "any")
      return ErrorAt(path, what +
                               "\"where\" is any, headline, body, bullet, signing, document_list, after_credentials, "
                               "sentence_start or after_call");
    std::string slots;
    for (const PatternElement& e : rule.elements) {
      if (e.kind == PatternElement::Kind::kSubject) slots += 'S';
      if (e.kind == PatternElement::Kind::kSlot) slots += e.slot;
    }
    auto one_letter = [&](const std::string& s, char* out) {
      if (s.empty()) return true;
      if (s.size() != 1 || (slots.find(s[0]) == std::string::npos && s[0] != 'Q' && s[0] != 'F' && s[0] != 'G' &&
                            s[0] != 'M' && s[0] != 'R' && s[0] != 'A' && s[0] != 'B' && s[0] != 'H'))
        return false;
      *out = s[0];
      return true;
    };
    rule.source = slots.empty() ? 0 : slots[0];
    rule.target = 0;
    for (char c : slots)
      if (c != rule.source) {
        rule.target = c;
        break;
      }
    if (!one_letter(source, &rule.source)) return ErrorAt(path, what + "\"source\" names no slot of the pattern");
    if (!one_letter(target, &rule.target)) return ErrorAt(path, what + "\"target\" names no slot of the pattern");
    if (rule.source == 0) return ErrorAt(path, what + "the pattern has no source slot");
    if (rule.target == rule.source) rule.target = 0;
    if (rule.target == 0 && !rule.reciprocal && rule.source != 'L')
      return ErrorAt(path, what + "no target: name one, or set \"reciprocal\"");
    return rule;
  }

  const std::string& json_;
  std::string file_;
  rapidjson::Document dom_;
  std::map<std::string, std::size_t> offsets_;
  PatternTable table_;
};

const PatternTable& PatternTable::BuiltIn() {
  static const PatternTable table = [] {
    std::string_view data = EmbeddedDataFile("patterns.json");
    Result<PatternTable> t = FromJson(std::string(data), "data/patterns.json");
    if (!t.ok()) {
      std::fprintf(stderr, "actorgraph: built-in patterns are broken: %s\n", t.status().ToString().c_str());
      std::abort();
    }
    return std::move(t.value());
  }();
  return table;
}

Result<PatternTable> PatternTable::FromJson(const std::string& json, const std::string& file) {
  return PatternTableParser(json, file).Parse();
}

Result<PatternTable> PatternTable::ReadFile(const std::string& path) {
  // The checks of every input: missing, directory, unreadable, 64 MiB.
  Result<std::string> bytes = reader::ReadFileBytes(path, std::size_t{64} << 20);
  if (!bytes.ok()) return bytes.status();
  return FromJson(*bytes, path);
}

void PatternTable::Add(const PatternTable& other) {
  for (const auto& [cls, list] : other.words_) {
    std::vector<std::string>& mine = words_[cls];
    mine.insert(mine.end(), list.begin(), list.end());
  }
  for (const PatternRule& rule : other.rules_) {
    auto it = std::find_if(rules_.begin(), rules_.end(), [&](const PatternRule& r) { return r.id == rule.id; });
    if (it != rules_.end()) *it = rule;
    else rules_.push_back(rule);
  }
  for (const auto& [place, country] : other.places_) places_[place] = country;
  for (const auto& [place, actor] : other.metonyms_) metonyms_[place] = actor;
  for (const auto& cue : other.ja_cues_) {
    auto it = std::find_if(ja_cues_.begin(), ja_cues_.end(), [&](const auto& c) { return c.first == cue.first; });
    if (it != ja_cues_.end()) it->second = cue.second;
    else ja_cues_.push_back(cue);
  }
  std::stable_sort(ja_cues_.begin(), ja_cues_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [k, v] : other.months_) months_[k] = v;
  for (const auto& [k, v] : other.weekdays_) weekdays_[k] = v;
  for (int i = 0; i < kInteractionTypeCount; ++i)
    if (!other.codes_[i].cameo.empty()) codes_[i] = other.codes_[i];
}

const std::vector<std::string>& PatternTable::Words(std::string_view word_class) const {
  static const std::vector<std::string> kEmpty;
  auto it = words_.find(word_class);
  return it == words_.end() ? kEmpty : it->second;
}

}  // namespace actorgraph
