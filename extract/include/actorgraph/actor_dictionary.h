// ActorDictionary: the known actors (persons, organizations, countries,
// events), their spellings and the offices persons hold over time. The
// built-in dictionary (data/actors.json) is compiled into the binary; files
// given with --actors add to it or override entries by id.
//
// JSON format (data/actors.json documents itself in its "_about" field):
//   {"actors": [{"id": "ilham-aliyev", "name": "Ilham Aliyev", "kind": "person",
//                "country": "azerbaijan", "name_ja": "イルハム・アリエフ",
//                "aliases": ["Aliyev", "İlham Əliyev"],
//                "roles": [{"office": "President", "country": "azerbaijan",
//                           "from": "2003-10-31", "to": ""}]},
//               {"id": "azerbaijan", "name": "Azerbaijan", "kind": "country",
//                "demonyms": ["Azerbaijani", "Azeri"], "capital": "Baku", ...}]}
//
// An ActorDictionary owns its entries; pointers it returns stay valid until
// the next Add().

#ifndef ACTORGRAPH_ACTOR_DICTIONARY_H_
#define ACTORGRAPH_ACTOR_DICTIONARY_H_

#include <map>
#include <string>
#include <vector>

#include "actorgraph/document.h"
#include "actorgraph/events.h"
#include "actorgraph/status.h"

namespace actorgraph {

// An office held for a time: "President" of "azerbaijan" from..to ("" = open).
struct Role {
  std::string office;   // e.g. "Foreign Minister", "Speaker of Parliament"
  std::string country;  // country id, or organisation id for e.g. "Secretary General"
  IsoDate from, to;
};

struct DictionaryEntry {
  Actor actor;                      // id, name, kind, country, name_ja, aliases
  std::vector<Role> roles;          // persons
  std::vector<std::string> demonyms;  // countries: "Azerbaijani", "Azeri"
  std::string capital;              // countries: "Baku" (stands for the country)
};

class ActorDictionary {
 public:
  // The built-in dictionary (data/actors.json). Never fails on the shipped
  // data (a test guards that); aborts with a message if it would.
  static const ActorDictionary& BuiltIn();

  // Parses a dictionary; errors carry `file`, line and column. Duplicate
  // ids and one alias claimed by two actors are errors.
  static Result<ActorDictionary> FromJson(const std::string& json, const std::string& file);
  static Result<ActorDictionary> ReadFile(const std::string& path);

  // Adds `other`: new ids are added, existing ids are replaced.
  Status Add(const ActorDictionary& other);

  // Every entry whose name, alias, Japanese name, demonym or capital has the
  // same MatchKey() as `name`, ordered by id.
  std::vector<const DictionaryEntry*> Lookup(const std::string& name) const;
  const DictionaryEntry* FindId(const std::string& id) const;
  // The person holding `office` of `country` on `date` (e.g. "Foreign
  // Minister", "turkiye", "2026-05-06"), or nullptr.
  const DictionaryEntry* HolderOf(const std::string& office, const std::string& country,
                                  const IsoDate& date) const;
  // The country whose demonym or name is `word` ("Turkish" -> turkiye).
  const DictionaryEntry* CountryOf(const std::string& word) const;

  const std::vector<DictionaryEntry>& entries() const { return entries_; }

 private:
  std::vector<DictionaryEntry> entries_;    // sorted by id
  std::multimap<std::string, std::size_t> by_key_;  // MatchKey -> entry
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTOR_DICTIONARY_H_
