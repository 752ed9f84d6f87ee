#include "extract_registry.h"

#include <algorithm>
#include <string>
#include <utility>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"

namespace actorgraph {
namespace engine {

std::string Slug(const std::string& name) {
  // Latin letters that Unicode does not decompose into a base letter.
  static const std::pair<const char*, const char*> kLatin[] = {
      {"\xc3\xb8", "o"}, {"\xc3\xa6", "ae"}, {"\xc5\x93", "oe"}, {"\xc3\x9f", "ss"}, {"\xc5\x82", "l"},
      {"\xc4\x91", "d"}, {"\xc3\xb0", "d"}, {"\xc3\xbe", "th"}, {"\xc4\xb1", "i"}, {"\xc4\xa7", "h"}};
  std::string key = FoldKey(name), out;
  for (const auto& [from, to] : kLatin)
    for (std::size_t at = key.find(from); at != std::string::npos; at = key.find(from, at))
      key.replace(at, std::char_traits<char>::length(from), to);
  for (char c : key) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) out += c;
    else if (c == ' ' && !out.empty() && out.back() != '-') out += '-';
    else if (u >= 0x80) {
      // Non-Latin letters (a Japanese or Cyrillic name): keep a hex trace.
      static const char* kHex = "0123456789abcdef";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

namespace {
std::string LastWord(const std::string& key) {
  std::size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}
}  // namespace

const std::string& ActorRegistry::Key(const std::string& text) {
  if (!cache_) return key_ = FoldKey(text);
  auto& keys = cache_->keys;
  auto it = keys.find(text);
  if (it != keys.end()) return it->second;
  if (keys.size() > 200000) keys.clear();  // bounded on endless corpora
  return keys.emplace(text, FoldKey(text)).first->second;
}

namespace {
bool HasKey(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}
void AddKey(std::vector<std::string>* keys, const std::string& key) {
  if (!HasKey(*keys, key)) keys->push_back(key);
}
}  // namespace

ActorRegistry::Slot* ActorRegistry::Get(const std::string& id) {
  auto it = actors_.find(id);
  return it == actors_.end() ? nullptr : &it->second;
}

const ActorRegistry::Record* ActorRegistry::Lookup(const std::string& id) const {
  auto it = actors_.find(id);
  return it == actors_.end() ? nullptr : &it->second.record();
}

ActorRegistry::Record ActorRegistry::NewDictionaryRecord(const DictionaryEntry* entry) {
  Record r;
  r.actor = entry->actor;
  r.entry = entry;
  AddKey(&r.keys, Key(r.actor.name));
  for (const std::string& a : r.actor.aliases) AddKey(&r.keys, Key(a));
  if (r.actor.kind == ActorKind::kPerson && r.actor.role.empty()) {
    for (const Role& role : entry->roles) {
      if (!role.to.empty()) continue;
      const DictionaryEntry* c = dict_.FindId(role.country);
      r.actor.role = role.office + (c ? " of " + c->actor.name : "");
      break;
    }
  }
  return r;
}

const std::string& ActorRegistry::FromDictionary(const DictionaryEntry* entry) {
  const std::string& id = entry->actor.id;
  if (actors_.count(id)) return id;
  if (entry->actor.kind == ActorKind::kPerson) persons_.push_back(id);
  if (!cache_) {
    actors_[id].own = NewDictionaryRecord(entry);
    return id;
  }
  // The cache's nodes stay where they are (and it is never emptied): the
  // slot may point to its record.
  auto known = cache_->dictionary.find(entry);
  if (known == cache_->dictionary.end()) known = cache_->dictionary.emplace(entry, NewDictionaryRecord(entry)).first;
  actors_[id].shared = &known->second;
  return id;
}

std::string ActorRegistry::Named(ActorKind kind, const std::string& name, const std::string& country,
                                 const std::string& role) {
  std::string text_key = std::string(ToString(kind)) + ":" + name;
  auto seen = by_text_.find(text_key);
  if (seen != by_text_.end()) {
    if (!country.empty()) SetCountry(seen->second, country);
    if (!role.empty()) SetRole(seen->second, role);
    return seen->second;
  }
  std::string key = std::string(ToString(kind)) + ":" + Key(name);
  // "opening of 81st session of UN General Assembly" in a headline, "the 81st
  // session of the UN General Assembly" in the body: headlines drop articles,
  // so a gathering's key has none, and its name is the fuller form.
  if (kind == ActorKind::kEvent)
    for (std::size_t at = key.find(" the "); at != std::string::npos; at = key.find(" the ", at)) key.erase(at, 4);
  auto found = by_name_.find(key);
  if (found != by_name_.end()) {
    if (kind == ActorKind::kEvent) PreferLongerName(found->second, name);
    by_text_[text_key] = found->second;
    if (!country.empty()) SetCountry(found->second, country);
    if (!role.empty()) SetRole(found->second, role);
    return found->second;
  }
  std::string id = Slug(name);
  if (id.empty()) id = "actor";
  // Ids are unique across dictionary and new actors of other kinds.
  std::string base = id;
  for (int n = 2; actors_.count(id) || dict_.FindId(id); ++n)
    id = base + "-" + (n == 2 ? std::string(ToString(kind)) : std::string(ToString(kind)) + std::to_string(n));
  Record r;
  r.actor.id = id;
  r.actor.name = name;
  r.actor.kind = kind;
  r.actor.country = country;
  r.actor.role = role;
  r.keys.push_back(Key(name));
  actors_[id].own = std::move(r);
  by_name_[key] = id;
  by_text_[text_key] = id;
  if (kind == ActorKind::kPerson) {
    by_surname_.emplace(LastWord(Key(name)), id);
    persons_.push_back(id);
  }
  return id;
}

void ActorRegistry::AddAlias(const std::string& id, const std::string& text) {
  Slot* s = Get(id);
  if (!s) return;
  const std::string& key = Key(text);
  if (key.empty() || HasKey(s->record().keys, key)) return;
  Record& r = s->Mutable();
  r.keys.push_back(key);
  r.actor.aliases.push_back(text);
}

void ActorRegistry::PreferLongerName(const std::string& id, const std::string& name) {
  Slot* s = Get(id);
  if (!s || name.size() <= s->record().actor.name.size()) return;
  Record& r = s->Mutable();
  if (!HasKey(r.keys, Key(name))) r.keys.push_back(Key(name));
  r.actor.aliases.push_back(r.actor.name);
  r.actor.name = name;
}

void ActorRegistry::SetRole(const std::string& id, const std::string& role) {
  Slot* s = Get(id);
  if (s && s->record().actor.role.empty() && !role.empty()) s->Mutable().actor.role = role;
}

void ActorRegistry::SetCountry(const std::string& id, const std::string& country) {
  Slot* s = Get(id);
  if (s && s->record().actor.country.empty() && !country.empty()) s->Mutable().actor.country = country;
}

const Actor* ActorRegistry::Find(const std::string& id) const {
  const Record* r = Lookup(id);
  return r ? &r->actor : nullptr;
}

const std::vector<std::string>* ActorRegistry::Keys(const std::string& id) const {
  const Record* r = Lookup(id);
  return r ? &r->keys : nullptr;
}

const DictionaryEntry* ActorRegistry::Entry(const std::string& id) const {
  const Record* r = Lookup(id);
  return r ? r->entry : nullptr;
}

std::vector<std::string> ActorRegistry::PersonsWithSurname(const std::string& surname_key) const {
  std::vector<std::string> out;
  auto range = by_surname_.equal_range(surname_key);
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  return out;
}

std::vector<Actor> ActorRegistry::Export(const std::vector<std::string>& ids) {
  std::vector<Actor> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    auto it = actors_.find(id);
    if (it == actors_.end()) continue;
    const Record* shared = it->second.shared;
    if (!shared) {
      out.push_back(Exported(it->second.own, &it->second.own));
    } else if (!cache_) {
      out.push_back(Exported(*shared, nullptr));
    } else {
      auto done = cache_->exported.find(shared);
      if (done == cache_->exported.end()) done = cache_->exported.emplace(shared, Exported(*shared, nullptr)).first;
      out.push_back(done->second);
    }
  }
  return out;
}

Actor ActorRegistry::Exported(const Record& r, Record* own) {
  // seen_[0, n): the keys kept so far for the actor; its strings are
  // assigned, not created, from actor to actor.
  std::size_t n = 0;
  auto remember = [&](const std::string& key) {
    if (n == seen_.size()) seen_.push_back(key);
    else seen_[n] = key;
    ++n;
  };
  const Actor& known = r.actor;
  Actor a;
  if (!own) {
    a = known;
    a.aliases.clear();
  } else {
    std::vector<std::string> all = std::move(own->actor.aliases);  // not copied twice
    a = own->actor;
    own->actor.aliases = std::move(all);
  }
  remember(Key(a.name));
  // (room for all at once: most of an actor's aliases stay, and each
  // growth would copy the kept ones again)
  a.aliases.reserve(known.aliases.size());
  for (const std::string& alias : known.aliases) {
    const std::string& key = Key(alias);
    if (std::find(seen_.begin(), seen_.begin() + n, key) == seen_.begin() + n) {
      remember(key);
      a.aliases.push_back(alias);
    }
  }
  return a;
}

}  // namespace engine
}  // namespace actorgraph
