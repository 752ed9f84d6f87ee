// Private to the extraction engine: one item of a document, from sentences
// to found interactions. Items are read in two passes: ReadItem() finds
// sentences, mentions, clauses and dates; after every item of the document
// is read (so a surname can point to a full name given in another item),
// ItemProcessor resolves mentions and applies the rules.

#ifndef ACTORGRAPH_EXTRACT_EXTRACT_ITEM_H_
#define ACTORGRAPH_EXTRACT_EXTRACT_ITEM_H_

#include <map>
#include <string>
#include <vector>

#include "actorgraph/document.h"
#include "actorgraph/events.h"
#include "extract_clauses.h"
#include "extract_dates.h"
#include "extract_lexicon.h"
#include "extract_mentions.h"
#include "extract_registry.h"
#include "extract_text.h"

namespace actorgraph {
namespace engine {

struct ItemText {
  const Item* item = nullptr;
  std::vector<Sentence> sentences;  // headline (when any) first
  std::vector<SentenceMentions> mentions;
  std::vector<SentenceClauses> clauses;
  std::vector<std::vector<DateMention>> dates;
  IsoDate source_date;  // the item's source date, else the document's fallback
  IsoDate lead_date;    // the first day the item names, else source_date
  int first_body = 0;   // index of the first body sentence
};

// Arrays of items read before, handed on to the next ones so that a
// sentence's storage keeps its capacity (see ReadItem).
struct ItemSpares {
  std::vector<Sentence> sentences;
  std::vector<SentenceMentions> mentions;
  std::vector<SentenceClauses> clauses;
  std::vector<std::vector<DateMention>> dates;
};

// Pass 1 for one item into `*out`. `fallback_date` stands in for a missing
// source date. What `*out` held before goes to `spares`, and the new
// sentences, mentions, clauses and dates reuse spares' storage: the result
// is that of a fresh ItemText, without an allocation per sentence.
void ReadItem(const Item& item, const Lexicon& lexicon, const IsoDate& fallback_date, ItemSpares* spares,
              ItemText* out);

// What the document knows across items.
struct DocState {
  DocState(const ActorDictionary& dictionary, KeyCache* keys) : registry(dictionary, keys) {}
  ActorRegistry registry;
  std::map<std::string, std::string> person_variant;  // MatchKey(written name) -> id
  // The country the digest reports from ("在アゼルバイジャン大使館": Azerbaijan),
  // which its own sentences call "our country"; null when not known.
  const DictionaryEntry* home = nullptr;
};

// Pass 2: registers the persons named in full in `text`, merging spellings
// that differ by a letter or two ("Arakchi" / "Araghchi").
void RegisterPersons(const ItemText& text, const Lexicon& lexicon, DocState* doc);

// A found interaction, before merging.
struct Found {
  InteractionType type = InteractionType::kMeeting;
  std::string source, target;
  IsoDate date;
  // 0: the date is not written in the evidence sentence; 1: it is the
  // sentence's day; 2: the day written in the act's own clause (which
  // wins when an item says the interaction twice)
  int dated = 0;
  bool background = false;  // in a relative or subordinate clause
  // one of a round of separate meetings ("; with B, ...; and with C"): its
  // parties are not "the sides" of what follows
  bool separate = false;
  std::string place;
  Evidence evidence;
  std::string cameo, plover;
};

// Pass 3 for one item.
std::vector<Found> ProcessItem(const ItemText& text, const Lexicon& lexicon, DocState* doc);

}  // namespace engine
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACT_ITEM_H_
