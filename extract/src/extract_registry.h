// Private to the extraction engine: the actors of one run, with one id each.
//
// Dictionary actors keep their dictionary id; others get the slug of their
// canonical name ("jean-noel-barrot"), so the same name gives the same id in
// every document and merged corpora line up. Each actor collects the
// spellings it was written with as aliases.

#ifndef ACTORGRAPH_EXTRACT_EXTRACT_REGISTRY_H_
#define ACTORGRAPH_EXTRACT_EXTRACT_REGISTRY_H_

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/events.h"
#include "extract_lexicon.h"

namespace actorgraph {
namespace engine {

// "Jean-Noël Barrot" -> "jean-noel-barrot"; "" when nothing is left.
std::string Slug(const std::string& name);

// The hash of the registry's string keys (ids, spellings): the lexicon's
// word hash, inline and about half the instructions of std::hash for keys
// of 10-40 bytes. Only looked up, never walked, the maps keyed by it show
// no order that depends on it. (Not noexcept: libstdc++ then keeps each
// node's hash, so a look-up does not hash the keys of its bucket again.)
struct KeyHash {
  std::size_t operator()(const std::string& s) const {
    uint64_t h, head;
    WordTable::HashUnlessSpace(s, &h, &head);
    return static_cast<std::size_t>(h);
  }
};

struct RegistryRecord {
  Actor actor;
  // The MatchKey of the actor's name and of every spelling it has, each
  // once, in the order they came.
  std::vector<std::string> keys;
  const DictionaryEntry* entry = nullptr;
};

// What the registries of successive documents share, kept by the Extractor:
// the keys of spellings already folded (hashed: looked up for every name of
// every document) and each dictionary actor's record as a document first
// uses it (copied, not rebuilt, by the next documents).
struct KeyCache {
  std::unordered_map<std::string, std::string, KeyHash> keys;
  std::unordered_map<const DictionaryEntry*, RegistryRecord> dictionary;
  // What Export makes of a record of `dictionary` while a document leaves
  // it unchanged: the same every time, so made once.
  std::unordered_map<const RegistryRecord*, Actor> exported;
};

class ActorRegistry {
 public:
  // `cache` may be null; when given it must outlive the registry.
  explicit ActorRegistry(const ActorDictionary& dictionary, KeyCache* cache = nullptr)
      : dict_(dictionary), cache_(cache) {}

  // The id of a dictionary actor (added on first use); the reference is the
  // entry's and lives as long as the dictionary.
  const std::string& FromDictionary(const DictionaryEntry* entry);
  // The id of an actor not in the dictionary, found by kind and canonical
  // name, created on first use.
  std::string Named(ActorKind kind, const std::string& name, const std::string& country, const std::string& role);
  // Another spelling of an actor ("Aliyev", "President Ilham Aliyev").
  void AddAlias(const std::string& id, const std::string& text);
  // A gathering named twice, "27th meeting of X Commission" in a headline,
  // "the 27th meeting of the X Commission on Trade" in the body: the longer
  // spelling becomes the name, the old name an alias.
  void PreferLongerName(const std::string& id, const std::string& name);
  void SetRole(const std::string& id, const std::string& role);
  void SetCountry(const std::string& id, const std::string& country);

  const Actor* Find(const std::string& id) const;
  // The MatchKey of the actor's name and of every spelling it has, each once.
  const std::vector<std::string>* Keys(const std::string& id) const;
  const DictionaryEntry* Entry(const std::string& id) const;  // nullptr for new actors

  // Persons created so far (not from the dictionary) by the MatchKey of
  // their last name word.
  std::vector<std::string> PersonsWithSurname(const std::string& surname_key) const;
  // All persons known so far, dictionary and new.
  const std::vector<std::string>& persons() const { return persons_; }

  // The actors among `ids` (sorted, each once), in that order, aliases
  // without the name itself.
  std::vector<Actor> Export(const std::vector<std::string>& ids);

 private:
  using Record = RegistryRecord;
  // A dictionary actor's record is the cache's (shared) until the document
  // changes it; then the slot holds its own copy.
  struct Slot {
    const Record* shared = nullptr;
    Record own;
    const Record& record() const { return shared ? *shared : own; }
    Record& Mutable() {
      if (shared) {
        own = *shared;
        shared = nullptr;
      }
      return own;
    }
  };
  Slot* Get(const std::string& id);
  const Record* Lookup(const std::string& id) const;
  // The record of a dictionary actor as FromDictionary first makes it.
  Record NewDictionaryRecord(const DictionaryEntry* entry);
  // What Export gives for one record; `own`: the document's own record,
  // whose aliases are moved out and back rather than copied twice.
  Actor Exported(const Record& r, Record* own);
  // FoldKey(text), from the cache when there is one. The reference holds
  // until the next call.
  const std::string& Key(const std::string& text);

  const ActorDictionary& dict_;
  KeyCache* cache_;
  std::string key_;  // Key()'s answer when there is no cache
  std::vector<std::string> seen_;  // Export's keys of one actor
  // Hashed: only looked up, never walked in order (Export sorts by the ids
  // it is given).
  std::unordered_map<std::string, Slot, KeyHash> actors_;
  std::unordered_map<std::string, std::string, KeyHash> by_name_;  // kind + MatchKey(name) -> id
  std::unordered_map<std::string, std::string, KeyHash> by_text_;  // kind + name as written -> id
  std::multimap<std::string, std::string> by_surname_;
  std::vector<std::string> persons_;
};

}  // namespace engine
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACT_REGISTRY_H_
