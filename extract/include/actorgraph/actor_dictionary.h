// ActorDictionary: the known actors (persons, organizations, countries,
// events), their spellings and the offices persons hold over time. The
// built-in dictionary (data/actors.json) is compiled into the binary; files
// given with --actors add to it or override entries by id.
//
// JSON format (data/actors.json documents itself in its "_about" field; see
// also data/README.md):
//   {"offices": {"foreign-minister": {"title": "Foreign Minister",
//                                     "synonyms": ["FM", "Minister of Foreign Affairs"],
//                                     "implies": []}},
//    "institution_templates": [
//      {"id": "ministry-of-foreign-affairs-of-{country}",
//       "name": "Ministry of Foreign Affairs of {Country}",
//       "forms": ["{Demonym} Foreign Ministry", "{Country}'s MFA"]}],
//    "actors": [{"id": "ilham-aliyev", "name": "Ilham Aliyev", "kind": "person",
//                "country": "azerbaijan", "name_ja": "イルハム・アリエフ",
//                "aliases": ["İlham Əliyev"],
//                "roles": [{"office": "President", "country": "azerbaijan",
//                           "from": "2003-10-31", "to": ""}]},
//               {"id": "azerbaijan", "name": "Azerbaijan", "kind": "country",
//                "demonyms": ["Azerbaijani", "Azeri"], "capital": "Baku",
//                "capital_aliases": ["バクー"]}]}
//
// Rules (all checked when a dictionary is parsed or added to):
// - ids are lowercase ASCII slugs ("ilham-aliyev"), unique in a file;
// - every name, alias, Japanese name, demonym and capital is one MatchKey()
//   that belongs to exactly one actor: two actors claiming the same key is an
//   error, even for demonyms (so "Congolese" can name one country only);
// - surnames are NOT aliases: LookupSurname() derives them, ambiguity allowed;
// - each template yields one organization per country; an actor written with
//   the generated id extends it (its name wins, the generated name and forms
//   become aliases), e.g. "parliament-of-azerbaijan" named "Milli Majlis";
// - dates are "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that much is
//   known; "to": "" means the role is still held, "from": "" not known.
//
// An ActorDictionary owns its entries; pointers it returns stay valid until
// the next Add() or assignment. Copying is cheap enough to do once per run.

#ifndef ACTORGRAPH_ACTOR_DICTIONARY_H_
#define ACTORGRAPH_ACTOR_DICTIONARY_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "actorgraph/document.h"
#include "actorgraph/events.h"
#include "actorgraph/status.h"

namespace actorgraph {

// An office held for a time: "President" of "azerbaijan" from..to.
struct Role {
  std::string office;     // as written in the data, e.g. "Foreign Minister"
  std::string office_id;  // canonical: "foreign-minister" (CanonicalOffice), or
                          // the slug of `office` when it is in no office table
  std::string country;    // country id, or organisation id for e.g. "Secretary General"
  IsoDate from, to;       // see the date rule above; "" = open
};

// A kind of office and the phrases that name it.
struct Office {
  std::string id;                     // "foreign-minister"
  std::string title;                  // "Foreign Minister"
  std::vector<std::string> synonyms;  // "FM", "Minister of Foreign Affairs", ...
  std::vector<std::string> implies;   // office ids this one also counts as,
                                      // e.g. "president" implies "head-of-state"
  std::string file;                   // where it was defined
  int line = 0, column = 0;
};

struct DictionaryEntry {
  Actor actor;                        // id, name, kind, country, role, name_ja, aliases
  std::vector<Role> roles;            // persons
  std::vector<std::string> demonyms;  // countries: "Azerbaijani", "Azeri"
  std::string capital;                // countries: "Baku" (stands for the country)
  std::vector<std::string> capital_aliases;  // "バクー", "Kiev"
  std::string parent;                 // organisations: the body it belongs to
  std::string file;                   // where it was defined ("data/actors.json")
  int line = 0, column = 0;           // generated entries: their country's place
  bool generated = false;             // made by an institution template
};

class ActorDictionary {
 public:
  // The built-in dictionary (data/actors.json). Never fails on the shipped
  // data (a test guards that); aborts with a message if it would.
  static const ActorDictionary& BuiltIn();

  // Parses a dictionary; errors carry `file`, line and column (kCorruption).
  // Duplicate ids, one key claimed by two actors, unknown fields or kinds,
  // and bad dates are errors. References to other ids (country, role
  // country, parent) are checked by Add() and CheckReferences(), so a file
  // may refer to built-in actors.
  static Result<ActorDictionary> FromJson(const std::string& json, const std::string& file);
  // Reads and parses `path`; kNotFound / kIOError / kTooLarge (over
  // kMaxFileBytes) when the file cannot be used.
  static Result<ActorDictionary> ReadFile(const std::string& path);
  static constexpr std::size_t kMaxFileBytes = 64u << 20;

  // Adds `other`: new ids are added, existing ids are replaced (actors,
  // offices and templates alike), then templates are applied again and all
  // rules and references checked. On error this dictionary is unchanged.
  Status Add(const ActorDictionary& other);

  // Every id mentioned as a country, role country or parent must exist.
  Status CheckReferences() const;

  // Every entry whose name, alias, Japanese name, demonym, capital or capital
  // alias has the same MatchKey() as `name`, ordered by id (at most one
  // within one dictionary, by the rules above).
  std::vector<const DictionaryEntry*> Lookup(const std::string& name) const;
  // Persons whose name (or an alias or Japanese name of two words or more)
  // ends with the word(s) `surname` ("Bayramov", "von der Leyen", "アリエフ"),
  // ordered by id; may be several.
  std::vector<const DictionaryEntry*> LookupSurname(const std::string& surname) const;
  const DictionaryEntry* FindId(const std::string& id) const;

  // The canonical office id a phrase names ("FM", "Minister of Foreign
  // Affairs", "top diplomat" -> "foreign-minister"), or "" when it names none.
  std::string CanonicalOffice(const std::string& phrase) const;
  const Office* FindOffice(const std::string& id) const;

  // The person holding `office` (any phrase; see CanonicalOffice) of
  // `country` on `date`, or nullptr. `country` is an id, or any name of a
  // country ("Turkish", "Ankara"). A role counts when its office is the
  // office or implies it, and from <= date <= to (partial dates cover their
  // whole month or year). Several: the latest `from` wins, then the smaller
  // id. An empty `date` means "now": only open roles count.
  const DictionaryEntry* HolderOf(const std::string& office, const std::string& country,
                                  const IsoDate& date) const;
  // The country whose name, alias, demonym, Japanese name or capital is
  // `word` ("Turkish" -> turkiye, "Amman" -> jordan), or nullptr.
  const DictionaryEntry* CountryOf(const std::string& word) const;

  const std::vector<DictionaryEntry>& entries() const { return entries_; }
  const std::map<std::string, Office>& offices() const { return offices_; }

 private:
  struct Template {
    std::string id, name, name_ja;
    std::vector<std::string> forms;
    std::string file;
    int line = 0, column = 0;
  };
  friend class ActorDictionaryParser;

  // Applies the templates to explicit_ and rebuilds entries_ and the indexes.
  Status Rebuild();

  std::map<std::string, DictionaryEntry> explicit_;  // as written, by id
  std::map<std::string, Template> templates_;        // by id pattern
  std::map<std::string, Office> offices_;            // by id
  std::map<std::string, std::string> office_keys_;   // MatchKey of title/synonym -> id

  std::vector<DictionaryEntry> entries_;             // sorted by id
  std::multimap<std::string, std::size_t> by_key_;   // MatchKey -> entry
  std::multimap<std::string, std::size_t> by_surname_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTOR_DICTIONARY_H_
