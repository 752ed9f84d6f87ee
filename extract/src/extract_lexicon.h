// Private to the extraction engine: the pattern table and the actor
// dictionary compiled for fast look-up by token keys.
//
// Word classes and phrases are keyed by the space-joined keys of their
// tokens ("prime minister", "vice president"), so "Vice-President" (one
// token) and "Vice President" (two) match the same entry. Built once per
// Extractor; read-only afterwards.

#ifndef ACTORGRAPH_EXTRACT_EXTRACT_LEXICON_H_
#define ACTORGRAPH_EXTRACT_EXTRACT_LEXICON_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/pattern_table.h"
#include "extract_text.h"

namespace actorgraph {
namespace engine {

// Word-class bits (one per PatternTable word class, plus derived ones).
enum WordBit : uint64_t {
  kTitle = 1ull << 0,
  kTitleLower = 1ull << 1,
  kGenericPerson = 1ull << 2,
  kOrgHead = 1ull << 3,
  kOrgPluralHead = 1ull << 4,
  kOrgSuffix = 1ull << 5,
  kEventHead = 1ull << 6,
  kEventAnaphor = 1ull << 7,
  kCountryNoun = 1ull << 8,
  kPersonGroup = 1ull << 9,
  kDelegation = 1ull << 10,
  kFramePersons = 1ull << 11,
  kFrameCountries = 1ull << 12,
  kSpeakerNoun = 1ull << 13,
  kNotName = 1ull << 14,
  kFunction = 1ull << 15,
  kParticle = 1ull << 16,
  kPronPerson = 1ull << 17,
  kPronPlural = 1ull << 18,
  kPronSpeaker = 1ull << 19,
  kElaboration = 1ull << 20,
  kOrdinalWord = 1ull << 21,
  kSpeechVerb = 1ull << 22,
  kVerb = 1ull << 23,
  kPreposition = 1ull << 24,
  kSubordinator = 1ull << 25,
  kRelative = 1ull << 26,
  kCoordinator = 1ull << 27,
  kParticipleIntro = 1ull << 28,
  kIntention = 1ull << 29,
  kRecall = 1ull << 30,
  kNegation = 1ull << 31,
  kPerfectAux = 1ull << 32,
  kNow = 1ull << 33,
  kTravelPurpose = 1ull << 34,
  kLedBy = 1ull << 35,
  kMonth = 1ull << 36,
  kWeekday = 1ull << 37,
  kTrigger = 1ull << 38,  // a word of some rule
  kPlace = 1ull << 39,    // in the pattern table's places
  kObjectOf = 1ull << 40, // "the role of X": praise or blame goes to X
  kGathering = 1ull << 41, // "meeting", "session": of a named body, an event
  kAnchor = 1ull << 42,    // the first word of some rule (a verb, mostly)
  kGatheringPart = 1ull << 43,  // "general debate", "sidelines": a part of a gathering
  kRegionalAdjective = 1ull << 44,  // "Central American": a region's, no country's
  kOrgHeadLower = 1ull << 45,  // an org_head written in lower case: a head in lower case too ("the ministry")
  kAhead = 1ull << 46,  // "next week": a time still to come
  kPrefixBit = 1ull << 63, // internal: the key begins a longer phrase
};

// Tags of the function words the mention finder tests at nearly every
// token, looked up by vocabulary id (Lexicon::Tag) instead of comparing
// keys.
enum WordTag : uint16_t {
  kTagDet = 1 << 0,        // "the", "this", "a", "an"
  kTagPossDet = 1 << 1,    // "his", "her", "their", "its", "our", "my", "your"
  kTagOf = 1 << 2,         // "of"
  kTagPronoun = 1 << 3,    // "he", "she", "him", "her", "they", "them", "it", "i", "we", "me", "us"
  kTagFrameWord = 1 << 4,  // "the", "all", "both"
};

// How a dictionary string names its actor.
enum class FormKind { kName, kAlias, kDemonym, kCapital };

struct DictHit {
  const DictionaryEntry* entry = nullptr;
  FormKind form = FormKind::kName;
  int length = 0;  // tokens
  bool lower = false;  // written in lower case in the dictionary ("bp")
  bool prefix = false;  // internal: the key begins a longer name
  bool acronym = false;  // written only in capitals ("NAM"), one word
};

// Hash tables for the look-ups made for every token (its word id, the trie
// edges it walks): open addressing with linear probing in a power-of-two
// array at most half full, and a multiplicative hash of the key's bytes
// eight at a time. Same answers as std::unordered_map, without its
// per-look-up division, node chasing and out-of-line string compare. Built
// once, read-only afterwards.
class WordTable {
 public:
  // `words` maps each word to its id (>= 1).
  void Build(const std::unordered_map<std::string, uint32_t>& words);
  // The word's id, 0 when absent.
  uint32_t Find(std::string_view word) const {
    uint64_t h, head;
    HashUnlessSpace(word, &h, &head);
    return Find(word, h, head);
  }
  // The same with the word's hash and head from HashUnlessSpace.
  uint32_t Find(std::string_view word, uint64_t h, uint64_t head) const {
    if (slots_.empty()) return 0;
    uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == 0) return 0;
      if (s.tag != tag || s.length != word.size()) continue;
      // a word of eight bytes or less is its head
      if (word.size() <= 8 ? s.head == head : std::memcmp(pool_.data() + s.offset, word.data(), word.size()) == 0)
        return s.id;
    }
  }
  // HashUnlessSpace of the n bytes at p, 1 <= n <= 8, when eight bytes may
  // be read from p (a key in Sentence::keys): one load instead of up to
  // three. Same answers.
  static bool HashShortUnlessSpace(const char* p, std::size_t n, uint64_t* h, uint64_t* head) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull, kSpaces = 0x2020202020202020ull;
    uint64_t w;
    std::memcpy(&w, p, 8);
    if (n < 8) w &= (uint64_t{1} << (8 * n)) - 1;  // the bytes in memory order, as below (little-endian)
    *head = w;
    uint64_t v = w ^ kSpaces;
    bool space = ((v - kOnes) & ~v & kHigh) != 0;
    uint64_t x = n * 0x9E3779B97F4A7C15ull;
    x = (x ^ w) * 0xff51afd7ed558ccdull;
    x ^= x >> 32;
    x *= 0xc4ceb9fe1a85ec53ull;
    *h = x ^ (x >> 29);
    return !space;
  }
  // The hash of s into *h and, when s has eight bytes or less, its bytes
  // (padded with zeros) into *head; true when s holds no space, else false
  // (one pass).
  static bool HashUnlessSpace(std::string_view s, uint64_t* h, uint64_t* head) {
    *head = 0;
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull, kSpaces = 0x2020202020202020ull;
    const char* p = s.data();
    std::size_t n = s.size(), i = 0;
    uint64_t x = n * 0x9E3779B97F4A7C15ull;
    bool space = false;
    // A zero byte of w ^ kSpaces is a space in w; the zero bytes that pad
    // the tail are not.
    auto mix = [&](uint64_t w) {
      uint64_t v = w ^ kSpaces;
      space |= ((v - kOnes) & ~v & kHigh) != 0;
      x = (x ^ w) * 0xff51afd7ed558ccdull;
      x ^= x >> 32;
    };
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      mix(w);
      *head = w;
    }
    if (std::size_t rest = n - i) {
      uint64_t w = 0;
      unsigned shift = 0;
      if (rest & 4) {
        uint32_t v;
        std::memcpy(&v, p + i, 4);
        w = v, shift = 32, i += 4;
      }
      if (rest & 2) {
        uint16_t v;
        std::memcpy(&v, p + i, 2);
        w |= static_cast<uint64_t>(v) << shift, shift += 16, i += 2;
      }
      if (rest & 1) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << shift;
      mix(w);
      *head = w;
    }
    x *= 0xc4ceb9fe1a85ec53ull;
    *h = x ^ (x >> 29);
    return !space;
  }

 private:
  struct Slot {
    uint32_t id = 0;  // 0: empty
    uint32_t tag = 0;  // high half of the hash
    uint32_t offset = 0, length = 0;  // in pool_
    uint64_t head = 0;  // see HashUnlessSpace
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::string pool_;  // the words, one after the other
};

// Trie edges (node << 32 | word) -> child node (>= 1), as above.
class EdgeTable {
 public:
  void Build(const std::unordered_map<uint64_t, uint32_t>& edges);
  // The child node, 0 when there is no such edge.
  uint32_t Find(uint64_t edge) const {
    if ((edge >> 32) == 0) {  // from the root: an array by word id, no hashing
      uint32_t word = static_cast<uint32_t>(edge);
      return word < root_.size() ? root_[word] : 0;
    }
    if (slots_.empty()) return 0;
    for (std::size_t i = Hash(edge) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.child == 0) return 0;
      if (s.edge == edge) return s.child;
    }
  }

 private:
  static uint64_t Hash(uint64_t x) {
    x *= 0x9E3779B97F4A7C15ull;
    return x ^ (x >> 31);
  }
  struct Slot {
    uint64_t edge = 0;
    uint32_t child = 0;  // 0: empty
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  // The root's edges by word id (every walk starts there; word ids are
  // dense): also in slots_.
  std::vector<uint32_t> root_;
};

// A rule's trigger: the rule and the index of its first word element.
struct TriggerRef {
  int rule = 0;
  int element = 0;
};

class Lexicon {
 public:
  Lexicon(const ActorDictionary& dictionary, const PatternTable& patterns);

  const ActorDictionary& dictionary() const { return dict_; }
  const PatternTable& patterns() const { return patterns_; }
  const std::unordered_set<std::string>& abbreviations() const { return abbreviations_; }
  // Whether t is a hyphenated word ending in a word of the class
  // hyphen_adjective_end ("Mumbai-based", "Hong Kong-registered"): an
  // adjective of place, no name.
  bool PlaceAdjective(const Token& t) const {
    if (!t.Is(kHyphenated)) return false;
    std::size_t space = t.key.rfind(' ');
    return space != std::string_view::npos && hyphen_adjective_ends_.count(t.key.substr(space + 1)) > 0;
  }

  // Bits of the single word `key`.
  uint64_t Bits(std::string_view key) const;
  // Length in tokens of the longest phrase with any of `bits` starting at
  // token i (0 when none), stopping at `end`, from the sentence's annotation
  // (see Annotate): no hashing.
  static int PhraseAt(const Sentence& s, int i, uint64_t bits, int end = -1) {
    int best = 0;
    if (end < 0) end = static_cast<int>(s.tokens.size());
    if (i < 0 || i >= static_cast<int>(s.tokens.size())) return 0;
    if (!(s.phrase_bits[i] & bits)) return 0;
    for (uint32_t p = s.phrase_start[i]; p < s.phrase_start[i + 1]; ++p)
      if ((s.phrases[p].bits & bits) && i + s.phrases[p].length <= end && s.phrases[p].length > best)
        best = s.phrases[p].length;
    return best;
  }
  // Fills the sentence's word classes and phrase starts, and each token's
  // vocabulary id (Token::word).
  void Annotate(Sentence* s) const;
  // Leaves a nickname in quotes inside a name out of the sentence's tokens.
  void DropNicknames(Sentence* s) const;
  // Leaves out a retired officer's mark and the comma of "Co., Ltd.".
  void DropNameBreaks(Sentence* s) const;
  // The longest dictionary name starting at token i (length 0 when none).
  // Uses Token::word when Annotate has set it. Most tokens start no name:
  // their one look-up is made here, inline.
  DictHit DictAt(const std::vector<Token>& tokens, int i, int end = -1) const {
    if (end < 0) end = static_cast<int>(tokens.size());
    if (i >= end) return DictHit();
    const Token& t = tokens[i];
    uint32_t node = 0;
    if ((t.Is(kPunct) && !t.Is(kPossessive)) || !Step(name_edges_, t, &node)) return DictHit();
    return DictFrom(tokens, i, end, node);
  }
  // The vocabulary id of a word (a key without spaces): 0 when no phrase
  // or name goes on with it.
  uint32_t WordId(std::string_view word) const { return word_table_.Find(word); }
  // Token::word of a token key: WordId, or kWordSpaced for a key of several
  // words.
  uint32_t TokenWord(std::string_view key) const;
  // The WordTag bits of token t's key (0 for any other word or mark): one
  // look-up by Token::word once Annotate has set it. The tagged words have
  // vocabulary ids even when no phrase or name uses them.
  uint16_t Tag(const Token& t) const {
    uint32_t word = t.word != kWordUnset ? t.word : TokenWord(t.key);
    return word < tags_.size() ? tags_[word] : 0;
  }
  // Persons of the dictionary whose surname is `key` (cached).
  const std::vector<const DictionaryEntry*>& Surname(std::string_view key) const;
  // The words of a patterns.json word class with ASCII capitals lowered, as
  // token keys are (cached: the mention finder asks at many tokens).
  const std::vector<std::string>& LowerWordClass(std::string_view word_class) const;
  // Whether a token key is a word of that class.
  bool InWordClass(std::string_view word_class, std::string_view key) const {
    const std::vector<std::string>& words = LowerWordClass(word_class);
    return std::find(words.begin(), words.end(), key) != words.end();
  }
  // The country a place stands for ("Istanbul" -> turkiye), or nullptr.
  const DictionaryEntry* PlaceCountry(std::string_view key) const;
  // The actor a place stands for as an actor (patterns' metonyms), or null.
  const DictionaryEntry* Metonym(std::string_view key) const;
  int Month(std::string_view key) const;
  int Weekday(std::string_view key) const;

  const std::vector<TriggerRef>& Triggers(std::string_view key) const;
  const std::vector<std::pair<std::string, TriggerRef>>& PrefixTriggers() const { return prefix_triggers_; }

 private:
  void AddWords(const std::string& cls, uint64_t bit);
  void AddPhrase(const std::string& key, uint64_t bit);
  void AddDictionary();
  void BuildTries();
  static uint64_t Edge(uint32_t node, uint32_t word) { return (static_cast<uint64_t>(node) << 32) | word; }
  // Follows token t's words from *node; false when the trie has no such key.
  bool Step(const EdgeTable& edges, const Token& t, uint32_t* node) const {
    uint32_t word = t.word != kWordUnset ? t.word : TokenWord(t.key);
    if (word == kWordSpaced) return StepWords(edges, t, node);
    if (word == 0) return false;  // a word no key holds: no edge has it
    uint32_t child = edges.Find(Edge(*node, word));
    if (child == 0) return false;
    *node = child;
    return true;
  }
  bool StepWords(const EdgeTable& edges, const Token& t, uint32_t* node) const;
  // DictAt once token i has led to `node`.
  DictHit DictFrom(const std::vector<Token>& tokens, int i, int end, uint32_t node) const;

  const ActorDictionary& dict_;
  const PatternTable& patterns_;
  std::unordered_map<std::string, uint64_t> phrases_;  // with kPrefixBit for prefixes
  std::unordered_map<std::string, DictHit> names_;  // key -> entry (entry null: only a prefix); emptied once the trie is built
  std::unordered_set<std::string> abbreviations_;
  std::unordered_set<std::string> month_short_forms_;  // match keys: "mar", "sept"
  std::set<std::string, std::less<>> hyphen_adjective_ends_;  // match keys
  std::unordered_map<std::string, const DictionaryEntry*> places_;
  std::unordered_map<std::string, const DictionaryEntry*> metonyms_;
  std::unordered_map<std::string, std::vector<TriggerRef>> triggers_;
  std::vector<std::vector<TriggerRef>> triggers_by_word_;  // the same by word id, for keys of one word
  std::vector<std::pair<std::string, TriggerRef>> prefix_triggers_;
  mutable std::unordered_map<std::string, std::vector<const DictionaryEntry*>> surnames_;
  mutable std::map<std::string, std::vector<std::string>, std::less<>> lower_word_classes_;
  // phrases_ and names_ as tries over words: node 0 is the empty key; the
  // edge (node, word) leads to the node of the node's key, a space and the
  // word. A token whose key holds spaces ("vice president", one token of
  // "Vice-President") walks one edge a word. Same answers as the string
  // maps, without joining and hashing strings token by token.
  // Built in unordered maps, then copied to the flat tables that Annotate,
  // DictAt and Step read.
  std::unordered_map<std::string, uint32_t> words_;    // word -> id >= 1; emptied once built
  WordTable word_table_;
  std::vector<uint16_t> tags_;  // WordTag bits by word id
  EdgeTable phrase_edges_;
  std::vector<uint64_t> phrase_nodes_;  // the phrases_ value of each node
  EdgeTable name_edges_;
  std::vector<DictHit> name_nodes_;     // the names_ value of each node
};

// "Air Marshal Sunday Aneke": weekday k stands between a capitalised title
// and a capitalised word that is no date's, so it is a given name. `bits`
// may be empty (a sentence not annotated): then no.
inline bool WeekdayGivenName(const std::vector<Token>& t, const std::vector<uint64_t>& bits, int k) {
  const int n = static_cast<int>(t.size());
  if (k < 1 || k + 1 >= n || static_cast<int>(bits.size()) < n) return false;
  // (not "met the Prime Minister Thursday Evening": a part of the day)
  std::string_view next = t[k + 1].key;
  if (next == "morning" || next == "afternoon" || next == "evening" || next == "night") return false;
  return t[k - 1].Is(kCap) && (bits[k - 1] & kTitle) && t[k + 1].Is(kCap) && t[k + 1].Is(kWord) &&
         !(bits[k + 1] & (kWeekday | kMonth | kFunction | kTitle | kPreposition));
}

}  // namespace engine
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACT_LEXICON_H_
