// PatternTable: the language data of the extraction engine — word classes
// (titles, organisation and event head nouns, modality cues...), the
// interaction rules with their argument structure, the Japanese headline
// cues, places that stand for a country, and the CAMEO/PLOVER code of each
// interaction type. The built-in table (data/patterns.json) is compiled into
// the binary; `--patterns FILE` adds to it (see data/patterns.json "_about"
// for the format).
//
// A rule's pattern is a line of space-separated elements, matched against the
// tokens of one clause, left to right, from its first word element (the
// trigger):
//   S          the subject of the clause the trigger is in (first element only)
//   X, Y       an actor, or a list "A, B and C" (one interaction per member)
//   O          like X, but "Aliyev's remarks" and "the role of the IPU" give
//              the possessor (for praise and criticism)
//   P          an actor followed by 's ("responded to P criticism")
//   E          an event ("the 8th ... Summit", or "the summit" back-referring)
//   C          a destination: a country, a capital or a known place -> country
//   L          a list of two or more actors: one interaction per pair
//   word|word  one of these words (case-insensitive; "criticiz*" is a prefix)
//   word?      the same, optional
//   ~N         up to N plain words (not actors, not clause boundaries)
//   .          the end of the sentence (its last token, or its full stop)
// The interaction goes from `source` to `target` (slot letters; defaults: S,
// and the first other slot). `reciprocal`: with no target, one interaction per
// pair of the source list ("Azerbaijan and Türkiye held talks"). Source "Q"
// is the speaker of the sentence (quote author, "MINVAL: ..." label); target
// "F" is the item's frame: the participants of its meeting ("X also took
// part in the meeting"), or with no frame the person who last acted alone
// ("Those who presented their credentials were A and B"); target "G" is the gathering the item named last
// before the trigger ("X took part as an observer"); target "M" is the one
// the subject met last ("who handed over an invitation from Z"); target
// "R" is the one the item reported criticising or sanctioning the source or
// its country ("rejected the accusation", "condemned the measures"); source "A" is the one who did the item's
// latest act of the rule's type ("The list includes X" after sanctions);
// target "B" is the actor named right before the rule's first word, a
// relative pronoun after a comma ("X, which Y denounced"); target "H" is
// the digest's host country ("X flew in from Canberra for a two-day
// visit": a trip with no destination named).
// `where`:
// any, headline, body, bullet (a list item, e.g. under "the following
// documents were signed"), signing, document_list (in a signing, the
// anchor opens an item after ":" or ";": "witnessed the exchange of three
// memoranda: on X between A and B; ..."), after_credentials (the sentence
// before names credentials or letters of credence: "They are: A; B"),
// sentence_start (the rule's first word opens its sentence: "Present were
// A, B and C") or after_call (the item reported a telephone or video call
// before: "X also spoke separately with Z").
// `target_kinds` limits the target ("withdrew from" an organization),
// `source_kinds` the source ("hosted" a gathering: a person or body, not the
// country that is its venue).
//
// A PatternTable is a plain value that owns its data.

#ifndef ACTORGRAPH_PATTERN_TABLE_H_
#define ACTORGRAPH_PATTERN_TABLE_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/events.h"
#include "actorgraph/status.h"

namespace actorgraph {

// One element of a compiled pattern.
struct PatternElement {
  enum class Kind { kSubject, kWords, kSkip, kSlot, kEnd };
  Kind kind = Kind::kWords;
  std::vector<std::string> words;     // kWords: MatchKey of each alternative
  std::vector<std::string> prefixes;  // kWords: "criticiz*" -> "criticiz"
  bool optional = false;              // kWords: "with?"
  int skip = 0;                       // kSkip: the N of ~N
  char slot = 0;                      // kSlot: 'X', 'Y', 'O', 'P', 'E', 'C', 'L'
};

struct PatternRule {
  // kSigning: a bullet, or a sentence in which a document "was signed"
  // before the rule's anchor ("A package of documents was signed, including
  // a memorandum between X and Y")
  // kAfterCredentials: the sentence before names credentials ("received
  // the letters of credence from four envoys. They were A, B, C and D")
  // kDocumentList: kSigning, and the anchor opens an item of a list after
  // ":" or ";" ("three memoranda: on X between A and B; and on Y ...")
  // kSentenceStart: the rule's first word opens its sentence ("Present were
  // A, B and C", not "Also present were ...")
  // kAfterCall: the item has reported a telephone or video call before
  // ("X spoke by phone with Y ... X also spoke separately with Z")
  enum class Where {
    kAny,
    kHeadline,
    kBody,
    kBullet,
    kSigning,
    kDocumentList,
    kAfterCredentials,
    kSentenceStart,
    kAfterCall
  };
  std::string id;       // "meeting.met_with"; the evidence's rule
  InteractionType type = InteractionType::kMeeting;
  std::string pattern;  // as written
  std::vector<PatternElement> elements;
  char source = 'S', target = 0;  // slot letters; target 0 with reciprocal
  bool reciprocal = false;
  bool allow_future = false;  // "will jointly produce": announced agreements
  bool tense_free = false;    // accusations of past acts are made now
  bool one_by_one = false;    // the source meets each target apart ("accepted the credentials of A and B")
  // Tried even when an earlier rule has read the same trigger word: a second
  // act the word tells ("travelled to Tokyo for the summit": a visit and a
  // participation). Other rules stop at the first that fires.
  bool also = false;
  // Target G only: the gathering named last must be one the item reports
  // as held or attended ("... Forum opened in Quito. The delegations were
  // led by A, B and C"), not one only recalled or announced ("two days
  // after the SCO Summit", "ahead of the NATO Summit next month").
  bool held = false;
  // The target is no person the slot names plainly: "Welcoming the envoys,
  // X urged them" (a guest welcomed), not "welcomed X's decision" or
  // "welcomed the remarks" (acts).
  bool no_guest = false;
  // The target is a person the text names with a title or role: "paid a
  // visit to Party Chairman X", not "to the Ataturk Mausoleum" (a name the
  // finder could only guess to be a person's).
  bool titled_target = false;
  Where where = Where::kAny;
  std::vector<ActorKind> target_kinds;  // allowed kinds of the target; empty: any
  std::vector<ActorKind> source_kinds;  // allowed kinds of the source; empty: any
  std::string cameo, plover;  // "" = the type's default
  std::string file;           // where the rule was defined
  int line = 0, column = 0;
};

struct TypeCodes {
  std::string cameo, plover;
};

class PatternTable {
 public:
  // The built-in table (data/patterns.json). Aborts with a message if the
  // shipped data does not parse (a test guards that).
  static const PatternTable& BuiltIn();

  // Parses a table; errors are kCorruption with `file`, line and column.
  static Result<PatternTable> FromJson(const std::string& json, const std::string& file);
  // ReadFile: NotFound, IOError (a directory, a failed read) or TooLarge
  // (over 64 MiB) at `path`, else as FromJson.
  static Result<PatternTable> ReadFile(const std::string& path);

  // Adds `other`: word lists are extended, rules with a known id replaced and
  // new ones appended, places and cues added (later wins).
  void Add(const PatternTable& other);

  // Words of a class ("title", "org_head", "intention", ...): phrases as
  // written. Unknown class: empty.
  const std::vector<std::string>& Words(std::string_view word_class) const;
  const std::map<std::string, std::vector<std::string>, std::less<>>& word_classes() const { return words_; }
  const std::vector<PatternRule>& rules() const { return rules_; }
  // Place name -> country id ("Istanbul" -> "turkiye").
  const std::map<std::string, std::string>& places() const { return places_; }
  // A place that, as an actor, stands for an institution rather than its
  // country ("Brussels" -> "european-union"; as a destination it stays
  // the country).
  const std::map<std::string, std::string>& metonyms() const { return metonyms_; }
  // Japanese headline cue -> type ("電話会談" -> call), longest cues first.
  const std::vector<std::pair<std::string, InteractionType>>& japanese_cues() const { return ja_cues_; }
  // Month names and abbreviations (MatchKey) -> 1..12; weekdays -> 0 (Sunday)..6.
  const std::map<std::string, int>& months() const { return months_; }
  const std::map<std::string, int>& weekdays() const { return weekdays_; }
  const TypeCodes& codes(InteractionType type) const { return codes_[static_cast<int>(type)]; }

  // The word classes a table may define (others are an error).
  static const std::vector<std::string>& KnownWordClasses();

 private:
  friend class PatternTableParser;
  std::map<std::string, std::vector<std::string>, std::less<>> words_;  // (looked up by string_view)
  std::vector<PatternRule> rules_;
  std::map<std::string, std::string> places_;
  std::map<std::string, std::string> metonyms_;
  std::vector<std::pair<std::string, InteractionType>> ja_cues_;
  std::map<std::string, int> months_, weekdays_;
  TypeCodes codes_[kInteractionTypeCount];
};

// Compiles a pattern line; on error returns false and sets *error.
bool CompilePattern(const std::string& pattern, std::vector<PatternElement>* out, std::string* error);

}  // namespace actorgraph

#endif  // ACTORGRAPH_PATTERN_TABLE_H_
