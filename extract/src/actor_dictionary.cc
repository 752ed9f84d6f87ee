#include "actorgraph/actor_dictionary.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unordered_map>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "actorgraph/embedded_data.h"
#include "actorgraph/text_normalize.h"

namespace actorgraph {

namespace {

using rapidjson::Value;

// 1-based line and column (in characters) of byte offsets in one text. The
// line starts are found once, so placing every actor costs O(n log n).
class LineIndex {
 public:
  explicit LineIndex(const std::string& text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }

  std::pair<int, int> At(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
    int column = 1;
    for (std::size_t i = *it; i < offset; ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // not a continuation byte
    }
    return {static_cast<int>(it - starts_.begin()) + 1, column};
  }

 private:
  const std::string& text_;
  std::vector<std::size_t> starts_;
};

// NFC form of a JSON string; ASCII is already NFC (and most of the data).
std::string Nfc(const char* s, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return NormalizeNfc(std::string_view(s, n));
  return std::string(s, n);
}

bool IsSlug(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

// The slug of any phrase: its MatchKey with spaces as hyphens.
std::string Slug(const std::string& phrase) {
  std::string key = MatchKey(phrase);
  std::replace(key.begin(), key.end(), ' ', '-');
  return key;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool AllDigits(const std::string& s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return false;
  for (std::size_t i = pos; i < pos + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// "", "YYYY", "YYYY-MM" or a real calendar day "YYYY-MM-DD".
bool IsValidDate(const std::string& d) {
  if (d.empty()) return true;
  if (!AllDigits(d, 0, 4)) return false;
  if (d.size() == 4) return true;
  if (d.size() != 7 && d.size() != 10) return false;
  if (d[4] != '-' || !AllDigits(d, 5, 2)) return false;
  int month = std::atoi(d.substr(5, 2).c_str());
  if (month < 1 || month > 12) return false;
  if (d.size() == 7) return true;
  if (d[7] != '-' || !AllDigits(d, 8, 2)) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int year = std::atoi(d.substr(0, 4).c_str());
  int day = std::atoi(d.substr(8, 2).c_str());
  int max = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  return day >= 1 && day <= max;
}

// The first and the last day a (possibly partial) date covers.
std::string FirstDay(const std::string& d) {
  if (d.size() == 4) return d + "-01-01";
  if (d.size() == 7) return d + "-01";
  return d;
}
std::string LastDay(const std::string& d) {
  if (d.size() == 4) return d + "-12-31";
  if (d.size() == 7) return d + "-31";  // only compared, never shown
  return d;
}

// Replaces every "{name}" in `pattern` by `value`.
std::string Fill(std::string pattern, const std::string& name, const std::string& value) {
  const std::string hole = "{" + name + "}";
  for (std::size_t pos = pattern.find(hole); pos != std::string::npos;
       pos = pattern.find(hole, pos + value.size())) {
    pattern.replace(pos, hole.size(), value);
  }
  return pattern;
}

// "Azerbaijan's" but "Philippines'".
std::string Possessive(const std::string& name) {
  if (!name.empty() && name.back() == 's') return name + "'";
  return name + "'s";
}

std::string Where(const DictionaryEntry& e) {
  if (e.line == 0) return e.file;
  return e.file + ":" + std::to_string(e.line);
}

}  // namespace

// Reads the JSON text of one dictionary file into an ActorDictionary's
// explicit entries, offices and templates. One method per construct.
class ActorDictionaryParser {
 public:
  ActorDictionaryParser(const std::string& json, const std::string& file)
      : text_(json.compare(0, 3, "\xEF\xBB\xBF") == 0 ? json.substr(3) : json),  // a BOM is not JSON
        file_(file),
        lines_(text_) {}

  Status Parse(ActorDictionary* dict) {
    Status s = ParseDom();
    if (!s.ok()) return s;
    if (!doc_.IsObject()) return Error(doc_, "the top level must be an object");
    s = CheckFields(doc_, "the top level",
                    {"_about", "offices", "institution_templates", "actors"});
    if (!s.ok()) return s;
    if (const Value* offices = Member(doc_, "offices")) {
      if (!offices->IsObject()) return Error(*offices, "'offices' must be an object");
      for (auto it = offices->MemberBegin(); it != offices->MemberEnd(); ++it) {
        s = ParseOffice(it->name.GetString(), it->value, dict);
        if (!s.ok()) return s;
      }
    }
    if (const Value* templates = Member(doc_, "institution_templates")) {
      if (!templates->IsArray()) return Error(*templates, "'institution_templates' must be an array");
      for (const Value& t : templates->GetArray()) {
        s = ParseTemplate(t, dict);
        if (!s.ok()) return s;
      }
    }
    if (const Value* actors = Member(doc_, "actors")) {
      if (!actors->IsArray()) return Error(*actors, "'actors' must be an array");
      int index = 0;
      for (const Value& a : actors->GetArray()) {
        s = ParseActor(a, ++index, dict);
        if (!s.ok()) return s;
      }
    }
    return Status::OK();
  }

 private:
  // Forwards SAX events to the document and remembers where each object and
  // array starts, so that errors found later can name a line and column.
  struct Recorder {
    rapidjson::Document* doc;
    rapidjson::StringStream* in;
    std::vector<std::size_t>* starts;
    bool Null() { return doc->Null(); }
    bool Bool(bool b) { return doc->Bool(b); }
    bool Int(int i) { return doc->Int(i); }
    bool Uint(unsigned u) { return doc->Uint(u); }
    bool Int64(int64_t i) { return doc->Int64(i); }
    bool Uint64(uint64_t u) { return doc->Uint64(u); }
    bool Double(double d) { return doc->Double(d); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return doc->RawNumber(s, n, copy); }
    bool String(const char* s, rapidjson::SizeType n, bool copy) { return doc->String(s, n, copy); }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) { return doc->Key(s, n, copy); }
    bool StartObject() {
      starts->push_back(in->Tell() - 1);
      return doc->StartObject();
    }
    bool EndObject(rapidjson::SizeType n) { return doc->EndObject(n); }
    bool StartArray() {
      starts->push_back(in->Tell() - 1);
      return doc->StartArray();
    }
    bool EndArray(rapidjson::SizeType n) { return doc->EndArray(n); }
  };

  Status ParseDom() {
    // RapidJSON would take a NUL byte for the end of the text.
    if (text_.find('\0') != std::string::npos) return ErrorAtOffset(text_.find('\0'), "NUL byte in the text");
    // (and a UTF-8 sequence cut at the end would have its decoder read past
    // the terminating NUL)
    if (std::size_t bad = FindInvalidUtf8(text_); bad != std::string::npos) return ErrorAtOffset(bad, "invalid UTF-8");
    rapidjson::StringStream in(text_.c_str());
    std::vector<std::size_t> starts;
    rapidjson::Reader reader;
    auto generate = [&](rapidjson::Document& doc) {
      Recorder recorder{&doc, &in, &starts};
      return !reader.Parse<rapidjson::kParseValidateEncodingFlag>(in, recorder).IsError();
    };
    doc_.Populate(generate);
    if (reader.HasParseError()) {
      return ErrorAtOffset(reader.GetErrorOffset(), GetParseError_En(reader.GetParseErrorCode()));
    }
    // Objects and arrays appear in the DOM in the order they started.
    std::size_t next = 0;
    Number(doc_, starts, &next);
    return Status::OK();
  }

  void Number(const Value& v, const std::vector<std::size_t>& starts, std::size_t* next) {
    if (v.IsObject()) {
      if (*next < starts.size()) offsets_[&v] = starts[*next];
      ++*next;
      for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) Number(it->value, starts, next);
    } else if (v.IsArray()) {
      if (*next < starts.size()) offsets_[&v] = starts[*next];
      ++*next;
      for (const Value& e : v.GetArray()) Number(e, starts, next);
    }
  }

  Status ErrorAtOffset(std::size_t offset, const std::string& message) const {
    auto lc = lines_.At(offset);
    return Status::Corruption(message).At(file_, lc.first, lc.second);
  }

  // An error placed at `v`, or at the nearest object or array around it.
  Status Error(const Value& v, const std::string& message) const {
    auto it = offsets_.find(&v);
    if (it == offsets_.end()) it = offsets_.find(current_);
    if (it == offsets_.end()) return Status::Corruption(message).At(file_);
    return ErrorAtOffset(it->second, message);
  }

  // Records where `v` starts in `out` (an entry, office or template).
  template <typename T>
  void Place(const Value& v, T* out) {
    auto lc = lines_.At(offsets_[&v]);
    out->file = file_;
    out->line = lc.first;
    out->column = lc.second;
  }

  static const Value* Member(const Value& object, const char* name) {
    auto it = object.FindMember(name);
    return it == object.MemberEnd() ? nullptr : &it->value;
  }

  // Unknown and repeated fields are errors (a typo must not pass silently);
  // fields starting with "_" are comments.
  Status CheckFields(const Value& object, const std::string& what,
                     std::initializer_list<const char*> known) const {
    std::set<std::string> seen;
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
      std::string name = it->name.GetString();
      if (!seen.insert(name).second) return Error(object, what + ": field '" + name + "' appears twice");
      if (!name.empty() && name[0] == '_') continue;
      bool ok = false;
      for (const char* k : known) ok = ok || name == k;
      if (!ok) return Error(object, what + ": unknown field '" + name + "'");
    }
    return Status::OK();
  }

  Status GetString(const Value& object, const char* name, const std::string& what, bool required,
                   std::string* out) const {
    const Value* v = Member(object, name);
    if (v == nullptr) {
      if (required) return Error(object, what + ": missing field '" + name + "'");
      return Status::OK();
    }
    if (!v->IsString()) return Error(object, what + ": field '" + std::string(name) + "' must be a string");
    *out = Nfc(v->GetString(), v->GetStringLength());
    return Status::OK();
  }

  Status GetStrings(const Value& object, const char* name, const std::string& what,
                    std::vector<std::string>* out) const {
    const Value* v = Member(object, name);
    if (v == nullptr) return Status::OK();
    bool ok = v->IsArray();
    if (ok) {
      for (const Value& e : v->GetArray()) {
        if (!e.IsString()) {
          ok = false;
          break;
        }
        out->push_back(Nfc(e.GetString(), e.GetStringLength()));
      }
    }
    if (!ok) return Error(object, what + ": field '" + std::string(name) + "' must be an array of strings");
    return Status::OK();
  }

  Status ParseOffice(const std::string& id, const Value& v, ActorDictionary* dict) {
    current_ = &v;
    std::string what = "office '" + id + "'";
    if (!IsSlug(id)) return Error(v, what + ": an office id must be a lowercase slug");
    if (!v.IsObject()) return Error(v, what + " must be an object");
    Status s = CheckFields(v, what, {"title", "synonyms", "implies"});
    Office office;
    office.id = id;
    if (s.ok()) s = GetString(v, "title", what, true, &office.title);
    if (s.ok()) s = GetStrings(v, "synonyms", what, &office.synonyms);
    if (s.ok()) s = GetStrings(v, "implies", what, &office.implies);
    if (!s.ok()) return s;
    Place(v, &office);
    dict->offices_[id] = std::move(office);
    return Status::OK();
  }

  Status ParseTemplate(const Value& v, ActorDictionary* dict) {
    current_ = &v;
    if (!v.IsObject()) return Error(v, "an institution template must be an object");
    ActorDictionary::Template t;
    Status s = GetString(v, "id", "institution template", true, &t.id);
    std::string what = "institution template '" + t.id + "'";
    if (s.ok()) s = CheckFields(v, what, {"id", "name", "name_ja", "forms"});
    if (s.ok() && (t.id.find("{country}") == std::string::npos || !IsSlug(Fill(t.id, "country", "x")))) {
      s = Error(v, what + ": the id must be a slug containing {country}");
    }
    if (s.ok()) s = GetString(v, "name", what, true, &t.name);
    if (s.ok()) s = GetString(v, "name_ja", what, false, &t.name_ja);
    if (s.ok()) s = GetStrings(v, "forms", what, &t.forms);
    if (!s.ok()) return s;
    Place(v, &t);
    if (dict->templates_.count(t.id)) return Error(v, "duplicate institution template '" + t.id + "'");
    dict->templates_[t.id] = std::move(t);
    return Status::OK();
  }

  Status ParseRole(const Value& v, const std::string& what, DictionaryEntry* entry) {
    if (!v.IsObject()) return Error(v, what + " must be an object");
    Role role;
    Status s = CheckFields(v, what, {"office", "country", "from", "to"});
    if (s.ok()) s = GetString(v, "office", what, true, &role.office);
    if (s.ok()) s = GetString(v, "country", what, true, &role.country);
    if (s.ok()) s = GetString(v, "from", what, false, &role.from);
    if (s.ok()) s = GetString(v, "to", what, false, &role.to);
    if (!s.ok()) return s;
    if (role.office.empty()) return Error(v, what + ": empty 'office'");
    for (const std::string* d : {&role.from, &role.to}) {
      if (!IsValidDate(*d)) {
        return Error(v, what + ": bad date '" + *d +
                            "' (expected YYYY-MM-DD, YYYY-MM, YYYY or \"\")");
      }
    }
    if (!role.from.empty() && !role.to.empty() && LastDay(role.to) < FirstDay(role.from)) {
      return Error(v, what + ": ends (" + role.to + ") before it starts (" + role.from + ")");
    }
    entry->roles.push_back(std::move(role));
    return Status::OK();
  }

  Status ParseActor(const Value& v, int index, ActorDictionary* dict) {
    current_ = &v;
    std::string what = "actor #" + std::to_string(index);
    if (!v.IsObject()) return Error(v, what + " must be an object");
    DictionaryEntry e;
    Status s = GetString(v, "id", what, true, &e.actor.id);
    if (!s.ok()) return s;
    if (!IsSlug(e.actor.id)) {
      return Error(v, what + ": id '" + e.actor.id + "' is not a lowercase slug (a-z, 0-9, single hyphens)");
    }
    what = "actor '" + e.actor.id + "'";
    std::string kind;
    s = CheckFields(v, what,
                    {"id", "name", "kind", "country", "role", "name_ja", "aliases", "roles", "demonyms",
                     "capital", "capital_aliases", "parent"});
    if (s.ok()) s = GetString(v, "name", what, true, &e.actor.name);
    if (s.ok()) s = GetString(v, "kind", what, true, &kind);
    if (s.ok() && !ParseActorKind(kind, &e.actor.kind)) {
      s = Error(v, what + ": unknown kind '" + kind + "' (expected person, organization, country or event)");
    }
    if (s.ok()) s = GetString(v, "country", what, false, &e.actor.country);
    if (s.ok()) s = GetString(v, "role", what, false, &e.actor.role);
    if (s.ok()) s = GetString(v, "name_ja", what, false, &e.actor.name_ja);
    if (s.ok()) s = GetStrings(v, "aliases", what, &e.actor.aliases);
    if (s.ok()) s = GetStrings(v, "demonyms", what, &e.demonyms);
    if (s.ok()) s = GetString(v, "capital", what, false, &e.capital);
    if (s.ok()) s = GetStrings(v, "capital_aliases", what, &e.capital_aliases);
    if (s.ok()) s = GetString(v, "parent", what, false, &e.parent);
    if (!s.ok()) return s;
    if (MatchKey(e.actor.name).empty()) return Error(v, what + ": the name has no letters or digits");
    bool is_country = e.actor.kind == ActorKind::kCountry;
    if (!is_country && (!e.demonyms.empty() || !e.capital.empty() || !e.capital_aliases.empty())) {
      return Error(v, what + ": only a country has demonyms and a capital");
    }
    if (const Value* roles = Member(v, "roles")) {
      if (!roles->IsArray()) return Error(v, what + ": field 'roles' must be an array");
      int n = 0;
      for (const Value& r : roles->GetArray()) {
        s = ParseRole(r, what + ": role " + std::to_string(++n), &e);
        if (!s.ok()) return s;
      }
    }
    Place(v, &e);
    auto [it, inserted] = dict->explicit_.emplace(e.actor.id, e);
    if (!inserted) {
      return Error(v, "duplicate actor id '" + e.actor.id + "' (first defined at line " +
                          std::to_string(it->second.line) + ")");
    }
    return Status::OK();
  }

  const std::string text_;
  std::string file_;
  LineIndex lines_;
  rapidjson::Document doc_;
  std::unordered_map<const Value*, std::size_t> offsets_;
  const Value* current_ = nullptr;
};

// --- Loading ------------------------------------------------------------

Result<ActorDictionary> ActorDictionary::FromJson(const std::string& json, const std::string& file) {
  if (json.size() > kMaxFileBytes) {
    return Status::TooLarge("actor dictionary is over " + std::to_string(kMaxFileBytes >> 20) + " MiB")
        .At(file);
  }
  ActorDictionary dict;
  ActorDictionaryParser parser(json, file);
  Status s = parser.Parse(&dict);
  if (s.ok()) s = dict.Rebuild();
  if (!s.ok()) return s;
  return dict;
}

Result<ActorDictionary> ActorDictionary::ReadFile(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Status::NotFound("no such file").At(path);
  if (S_ISDIR(st.st_mode)) return Status::IOError("is a directory, not an actor dictionary").At(path);
  if (static_cast<unsigned long long>(st.st_size) > kMaxFileBytes) {
    return Status::TooLarge("actor dictionary is over " + std::to_string(kMaxFileBytes >> 20) + " MiB")
        .At(path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot be opened for reading").At(path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IOError("read failed").At(path);
  return FromJson(buffer.str(), path);
}

const ActorDictionary& ActorDictionary::BuiltIn() {
  static const ActorDictionary* const dict = [] {
    std::string_view data = EmbeddedDataFile("actors.json");
    Result<ActorDictionary> r = FromJson(std::string(data), "data/actors.json");
    Status s = r.ok() ? r->CheckReferences() : r.status();
    if (!s.ok()) {
      std::fprintf(stderr, "actorgraph: built-in actor dictionary: %s\n", s.ToString().c_str());
      std::abort();
    }
    return new ActorDictionary(std::move(r).value());
  }();
  return *dict;
}

Status ActorDictionary::Add(const ActorDictionary& other) {
  ActorDictionary merged = *this;
  for (const auto& [id, e] : other.explicit_) merged.explicit_[id] = e;
  for (const auto& [id, t] : other.templates_) merged.templates_[id] = t;
  for (const auto& [id, o] : other.offices_) merged.offices_[id] = o;
  Status s = merged.Rebuild();
  if (s.ok()) s = merged.CheckReferences();
  if (!s.ok()) return s;
  *this = std::move(merged);
  return Status::OK();
}

// --- Templates and indexes ------------------------------------------------

namespace {

// MatchKey() remembered: a rebuild asks for the key of each generated form
// twice (to drop repeats, then to index), and utf8proc is the slow part.
class KeyCache {
 public:
  const std::string& operator()(const std::string& text) {
    auto it = keys_.find(text);
    if (it == keys_.end()) it = keys_.emplace(text, MatchKey(text)).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::string> keys_;
};

// Adds `alias` to `e` unless one of its names already has that key.
void AddAlias(DictionaryEntry* e, std::set<std::string>* keys, const std::string& alias, KeyCache& key_of) {
  const std::string& key = key_of(alias);
  if (key.empty() || !keys->insert(key).second) return;
  e->actor.aliases.push_back(alias);
}

// The organization a template (name, Japanese name, forms) makes for `country`.
DictionaryEntry Generate(const std::string& id, const std::string& name, const std::string& name_ja,
                         const std::vector<std::string>& forms, const DictionaryEntry& country,
                         KeyCache& key_of) {
  DictionaryEntry e;
  e.actor.id = id;
  e.actor.name = Fill(name, "Country", country.actor.name);
  if (!name_ja.empty() && !country.actor.name_ja.empty()) {
    e.actor.name_ja = Fill(name_ja, "Country_ja", country.actor.name_ja);
  }
  e.actor.kind = ActorKind::kOrganization;
  e.actor.country = country.actor.id;
  e.file = country.file;
  e.line = country.line;
  e.column = country.column;
  e.generated = true;
  std::vector<std::string> country_names = {country.actor.name};
  for (const std::string& a : country.actor.aliases) {
    if (key_of(a).find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) country_names.push_back(a);
  }
  std::set<std::string> keys = {key_of(e.actor.name)};
  for (const std::string& form : forms) {
    bool has_country = form.find("{Country}") != std::string::npos ||
                       form.find("{Country's}") != std::string::npos;
    bool has_demonym = form.find("{Demonym}") != std::string::npos;
    std::vector<std::string> filled;
    if (has_country) {
      for (const std::string& c : country_names) {
        std::string f = form;
        f = Fill(f, "Country's", Possessive(c));
        filled.push_back(Fill(f, "Country", c));
      }
    } else {
      filled.push_back(form);
    }
    if (has_demonym) {
      std::vector<std::string> more;
      for (const std::string& f : filled)
        for (const std::string& d : country.demonyms) more.push_back(Fill(f, "Demonym", d));
      filled = std::move(more);
    }
    if (!has_country && !has_demonym) continue;  // a form must name the country
    for (const std::string& f : filled) AddAlias(&e, &keys, f, key_of);
  }
  return e;
}

// The role a person is known by: the open role that began last.
std::string DescribeRole(const DictionaryEntry& e, const std::map<std::string, std::size_t>& index,
                         const std::vector<DictionaryEntry>& entries) {
  const Role* best = nullptr;
  for (const Role& r : e.roles) {
    if (!r.to.empty()) continue;
    if (best == nullptr || FirstDay(r.from) > FirstDay(best->from)) best = &r;
  }
  if (best == nullptr) return "";
  auto it = index.find(best->country);
  if (it == index.end()) return best->office + " of " + best->country;
  const Actor& where = entries[it->second].actor;
  // "Secretary General of the Inter-Parliamentary Union", "... of NATO".
  bool article = where.kind == ActorKind::kOrganization && where.name.find(' ') != std::string::npos;
  return best->office + (article ? " of the " : " of ") + where.name;
}

}  // namespace

Status ActorDictionary::Rebuild() {
  KeyCache key_of;
  // Offices: every title and synonym names exactly one office.
  office_keys_.clear();
  for (const auto& [id, office] : offices_) {
    std::vector<std::string> phrases = {office.title, id};
    phrases.insert(phrases.end(), office.synonyms.begin(), office.synonyms.end());
    for (const std::string& p : phrases) {
      const std::string& key = key_of(p);
      if (key.empty()) continue;
      auto [it, inserted] = office_keys_.emplace(key, id);
      if (!inserted && it->second != id) {
        return Status::Corruption("office phrase '" + p + "' names both '" + it->second + "' and '" + id + "'")
            .At(office.file, office.line, office.column);
      }
    }
    for (const std::string& implied : office.implies) {
      if (!offices_.count(implied)) {
        return Status::Corruption("office '" + id + "' implies unknown office '" + implied + "'")
            .At(office.file, office.line, office.column);
      }
    }
  }

  // Entries: the explicit ones, extended by or extending the generated ones.
  std::map<std::string, DictionaryEntry> all = explicit_;
  for (const auto& [pattern, t] : templates_) {
    for (const auto& [cid, country] : explicit_) {
      if (country.actor.kind != ActorKind::kCountry) continue;
      std::string id = Fill(t.id, "country", cid);
      DictionaryEntry gen = Generate(id, t.name, t.name_ja, t.forms, country, key_of);
      auto it = all.find(id);
      if (it == all.end()) {
        all.emplace(id, std::move(gen));
        continue;
      }
      // The written entry wins; the generated names become its aliases.
      DictionaryEntry& e = it->second;
      std::set<std::string> keys = {key_of(e.actor.name)};
      for (const std::string& a : e.actor.aliases) keys.insert(key_of(a));
      if (!e.actor.name_ja.empty()) keys.insert(key_of(e.actor.name_ja));
      AddAlias(&e, &keys, gen.actor.name, key_of);
      for (const std::string& a : gen.actor.aliases) AddAlias(&e, &keys, a, key_of);
      if (e.actor.name_ja.empty()) {
        e.actor.name_ja = gen.actor.name_ja;
      } else if (!gen.actor.name_ja.empty()) {
        AddAlias(&e, &keys, gen.actor.name_ja, key_of);
      }
      if (e.actor.country.empty()) e.actor.country = cid;
    }
  }

  entries_.clear();
  entries_.reserve(all.size());
  for (auto& [id, e] : all) entries_.push_back(std::move(e));

  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < entries_.size(); ++i) index[entries_[i].actor.id] = i;
  for (DictionaryEntry& e : entries_) {
    for (Role& r : e.roles) {
      r.office_id = CanonicalOffice(r.office);
      if (r.office_id.empty()) r.office_id = Slug(r.office);
    }
    if (e.actor.role.empty()) e.actor.role = DescribeRole(e, index, entries_);
    if (e.actor.country.empty() && e.actor.kind == ActorKind::kPerson) {
      for (const Role& r : e.roles) {
        auto it = index.find(r.country);
        if (it != index.end() && entries_[it->second].actor.kind == ActorKind::kCountry) {
          e.actor.country = r.country;
          break;
        }
      }
    }
  }

  // Keys: each belongs to one actor.
  by_key_.clear();
  by_surname_.clear();
  std::map<std::string, std::pair<std::size_t, std::string>> owner;  // key -> entry, phrase
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const DictionaryEntry& e = entries_[i];
    std::vector<std::string> names = {e.actor.name};
    names.insert(names.end(), e.actor.aliases.begin(), e.actor.aliases.end());
    if (!e.actor.name_ja.empty()) names.push_back(e.actor.name_ja);
    names.insert(names.end(), e.demonyms.begin(), e.demonyms.end());
    if (!e.capital.empty()) names.push_back(e.capital);
    names.insert(names.end(), e.capital_aliases.begin(), e.capital_aliases.end());
    std::set<std::string> mine, surnames;
    for (const std::string& n : names) {
      const std::string& key = key_of(n);
      if (key.empty()) {
        return Status::Corruption("actor '" + e.actor.id + "': '" + n + "' has no letters or digits")
            .At(e.file, e.line, e.column);
      }
      if (!mine.insert(key).second) continue;
      auto [it, inserted] = owner.emplace(key, std::make_pair(i, n));
      if (!inserted) {
        const DictionaryEntry& first = entries_[it->second.first];
        const DictionaryEntry& second = e;
        bool swap = std::make_pair(first.file, first.line) > std::make_pair(second.file, second.line);
        const DictionaryEntry& a = swap ? second : first;
        const DictionaryEntry& b = swap ? first : second;
        const std::string& a_name = swap ? n : it->second.second;
        const std::string& b_name = swap ? it->second.second : n;
        return Status::Corruption("'" + b_name + "' of actor '" + b.actor.id + "' is already claimed by '" +
                                  a.actor.id + "' ('" + a_name + "', " + Where(a) + ")")
            .At(b.file, b.line, b.column);
      }
      by_key_.emplace(key, i);
      if (e.actor.kind == ActorKind::kPerson) {
        for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
          surnames.insert(key.substr(sp + 1));
        }
      }
    }
    for (const std::string& s : surnames) by_surname_.emplace(s, i);
  }
  return Status::OK();
}

Status ActorDictionary::CheckReferences() const {
  for (const DictionaryEntry& e : entries_) {
    auto check = [&](const std::string& id, const std::string& field, bool must_be_country) -> Status {
      if (id.empty()) return Status::OK();
      const DictionaryEntry* target = FindId(id);
      if (target == nullptr) {
        return Status::Corruption("actor '" + e.actor.id + "': " + field + " '" + id + "' is not a known actor id")
            .At(e.file, e.line, e.column);
      }
      if (must_be_country && target->actor.kind != ActorKind::kCountry) {
        return Status::Corruption("actor '" + e.actor.id + "': " + field + " '" + id + "' is not a country")
            .At(e.file, e.line, e.column);
      }
      return Status::OK();
    };
    Status s = check(e.actor.country, "country", true);
    if (s.ok()) s = check(e.parent, "parent", false);
    for (const Role& r : e.roles) {
      if (s.ok()) s = check(r.country, "role country", false);
    }
    if (!s.ok()) return s;
  }
  return Status::OK();
}

// --- Queries --------------------------------------------------------------

std::vector<const DictionaryEntry*> ActorDictionary::Lookup(const std::string& name) const {
  std::vector<const DictionaryEntry*> out;
  auto range = by_key_.equal_range(MatchKey(name));
  for (auto it = range.first; it != range.second; ++it) out.push_back(&entries_[it->second]);
  return out;  // multimap keeps insertion order, which is id order
}

std::vector<const DictionaryEntry*> ActorDictionary::LookupSurname(const std::string& surname) const {
  std::vector<const DictionaryEntry*> out;
  auto range = by_surname_.equal_range(MatchKey(surname));
  for (auto it = range.first; it != range.second; ++it) out.push_back(&entries_[it->second]);
  return out;
}

const DictionaryEntry* ActorDictionary::FindId(const std::string& id) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), id,
                             [](const DictionaryEntry& e, const std::string& x) { return e.actor.id < x; });
  return it != entries_.end() && it->actor.id == id ? &*it : nullptr;
}

std::string ActorDictionary::CanonicalOffice(const std::string& phrase) const {
  auto it = office_keys_.find(MatchKey(phrase));
  return it == office_keys_.end() ? std::string() : it->second;
}

const Office* ActorDictionary::FindOffice(const std::string& id) const {
  auto it = offices_.find(id);
  return it == offices_.end() ? nullptr : &it->second;
}

const DictionaryEntry* ActorDictionary::CountryOf(const std::string& word) const {
  for (const DictionaryEntry* e : Lookup(word)) {
    if (e->actor.kind == ActorKind::kCountry) return e;
  }
  return nullptr;
}

const DictionaryEntry* ActorDictionary::HolderOf(const std::string& office, const std::string& country,
                                                 const IsoDate& date) const {
  std::string office_id = CanonicalOffice(office);
  if (office_id.empty()) office_id = Slug(office);
  std::string where = country;
  if (FindId(where) == nullptr) {
    const DictionaryEntry* c = CountryOf(country);
    if (c == nullptr) {
      std::vector<const DictionaryEntry*> found = Lookup(country);
      if (found.size() != 1) return nullptr;
      c = found[0];
    }
    where = c->actor.id;
  }
  auto counts = [&](const Role& r) {
    if (r.country != where) return false;
    if (r.office_id == office_id) return true;
    const Office* o = FindOffice(r.office_id);
    return o != nullptr && std::find(o->implies.begin(), o->implies.end(), office_id) != o->implies.end();
  };
  const DictionaryEntry* best = nullptr;
  std::string best_from;
  for (const DictionaryEntry& e : entries_) {
    for (const Role& r : e.roles) {
      if (!counts(r)) continue;
      if (date.empty()) {
        if (!r.to.empty()) continue;
      } else {
        if (!r.from.empty() && FirstDay(date) < FirstDay(r.from)) continue;
        if (!r.to.empty() && FirstDay(date) > LastDay(r.to)) continue;
      }
      std::string from = FirstDay(r.from);
      if (best == nullptr || from > best_from) {  // entries_ is in id order: ties keep the smaller id
        best = &e;
        best_from = from;
      }
    }
  }
  return best;
}

}  // namespace actorgraph
