// Private to the extraction engine: mentions of actors in one sentence.
//
// A mention is a noun phrase resolved to its head: "Turkish Foreign Minister
// Hakan Fidan" is one person mention (role "Turkish Foreign Minister",
// country Türkiye), not a country and a person; "Azerbaijan's Foreign
// Ministry" is one organisation; "Azerbaijani and Turkish military
// delegations" is one list of two countries. Phrases that only point back
// ("the sides", "he", "the summit", "the article") are mentions too and are
// resolved later, per item.

#ifndef ACTORGRAPH_EXTRACT_EXTRACT_MENTIONS_H_
#define ACTORGRAPH_EXTRACT_EXTRACT_MENTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract_lexicon.h"
#include "extract_text.h"

namespace actorgraph {
namespace engine {

enum class MentionKind {
  kPerson,          // a named person
  kOrganization,    // a named or constructed organisation
  kCountry,         // a country heading its phrase ("Azerbaijan", "the Azerbaijani side")
  kEvent,           // a named gathering
  kCapital,         // a capital: the country when it acts ("Baku stated"), else a place
  kRole,            // a person named by role only ("the Prime Minister of Armenia")
  kCountryList,     // "Azerbaijani and Turkish representatives"
  kGroup,           // "Azerbaijani experts — A, B and C —": members
  kFramePersons,    // "the sides", "both ministers"
  kFrameCountries,  // "both countries"
  kPronoun,         // he, she, him
  kPronounPlural,   // they, them
  kPronounSpeaker,  // I, we (inside quotes)
  kEventAnaphor,    // "the summit"
  kSpeakerAnaphor,  // "the article", "Sybiha's X post"
  kDelegation,      // "the Azerbaijani delegation": its leader, else the country
};

struct Mention {
  MentionKind kind = MentionKind::kPerson;
  int begin = 0, end = 0;            // tokens covered, titles and appositions included
  int name_begin = 0, name_end = 0;  // the name itself
  const DictionaryEntry* entry = nullptr;  // the dictionary actor, when known
  std::string name;                        // display name of a new actor
  std::string role;                        // title chain as written
  std::string office;                      // the title word(s): "Speaker", "counterpart"
  const DictionaryEntry* country = nullptr;  // country the phrase names
  const DictionaryEntry* org = nullptr;      // organisation the role belongs to (kDelegation: that sends it)
  std::string org_text;                      // e.g. "ANF" when not in the dictionary
  std::vector<std::string> qualifiers;       // kRole: other proper words ("economy")
  std::vector<const DictionaryEntry*> countries;  // kCountryList
  std::vector<int> members;                 // kGroup: mention indices in the sentence
  bool possessive = false;  // followed by 's
  bool surname_only = false;
  bool tentative = false;   // a lone capitalised word kept as a possible surname
  bool titled = false;      // a title stands before the name
  std::string owner;        // "his Turkish counterpart": "his"
  std::string anaphor;      // kEventAnaphor: "summit"; kSpeakerAnaphor: "article"
  int author = -1;          // kSpeakerAnaphor: mention index of "of X"/"by X"/"X's"
  bool leads = false;       // "a delegation led by X": X leads the item's delegation
  bool by_country = false;  // kGroup: the holder of `office` in each of `countries`
  bool unqualified = false; // kOrganization: "the Ministry of Energy" of a country the item implies
  int count = 0;            // kFramePersons: "the two ministers" -> 2
};

struct SentenceMentions {
  std::vector<Mention> mentions;  // in text order (members may follow their group)
  std::vector<int> at;            // per token: index of the outermost mention covering it, -1
};

// Finds the mentions of `sentence`. `lexicon` must outlive the call.
SentenceMentions FindMentions(const Sentence& sentence, const Lexicon& lexicon);
// The same into `*out`, whose arrays are reused.
void FindMentions(const Sentence& sentence, const Lexicon& lexicon, SentenceMentions* out);

// "two" .. "ten", "2" .. "5": a count before a plural noun.
bool NumberWord(std::string_view key);

}  // namespace engine
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACT_MENTIONS_H_
