// Private to the extraction engine: tokens and sentences.
//
// A Token is a word, a number or one punctuation mark, with its byte range in
// the sentence text and a key (the MatchKey of a word: "Jean-Noël" ->
// "jean noel"; the mark itself for punctuation). The keys of a sentence's
// tokens are views into one buffer the sentence owns (Sentence::keys), not a
// string each: cutting a block into sentences copies tokens as plain bytes. "Azerbaijan's" is two
// tokens, the word and a possessive "'s". Abbreviations listed in the
// pattern table ("Dept.", "Mr.") and initials ("J.", "U.S.") keep their dot.

#ifndef ACTORGRAPH_EXTRACT_EXTRACT_TEXT_H_
#define ACTORGRAPH_EXTRACT_EXTRACT_TEXT_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace actorgraph {
namespace engine {

enum TokenFlag : uint32_t {
  kWord = 1u << 0,        // letters or digits
  kCap = 1u << 1,         // first letter upper case
  kAllCaps = 1u << 2,     // two or more letters, all upper case ("NATO", "U.S.")
  kLower = 1u << 3,       // first letter lower case
  kNumber = 1u << 4,      // starts with a digit
  kOrdinal = 1u << 5,     // "8th", "1st"
  kPunct = 1u << 6,
  kPossessive = 1u << 7,  // "'s" or "'" after a plural
  kQuoteOpen = 1u << 8,
  kQuoteClose = 1u << 9,
  kDash = 1u << 10,        // a free-standing dash: " - ", "—"
  kSpaceBefore = 1u << 11,
  kHyphenated = 1u << 12,  // "Jean-Noël", "IDEX-2027"
  kYear = 1u << 13,        // four digits, 1900..2100
  kAbbrev = 1u << 14,      // kept its dot
};

// Token::word before Lexicon::Annotate has looked the key up, and for a key
// of several words.
constexpr uint32_t kWordUnset = 0xFFFFFFFFu;
constexpr uint32_t kWordSpaced = 0xFFFFFFFEu;

// A token's key: a string_view whose == and != are always inlined. Keys are
// compared with literals at nearly every token by the mention finder and
// the rules, and in their long functions GCC called string_view's == and
// its compare() out of line (a call, a size test, a call of memcmp) where
// the inlined test is a size test and a load or two.
struct KeyView : std::string_view {
  KeyView() = default;
  explicit KeyView(std::string_view v) : std::string_view(v) {}
};
__attribute__((always_inline)) inline bool operator==(KeyView a, std::string_view b) {
  return a.size() == b.size() && (b.empty() || std::memcmp(a.data(), b.data(), b.size()) == 0);
}
__attribute__((always_inline)) inline bool operator!=(KeyView a, std::string_view b) { return !(a == b); }

struct Token {
  uint32_t begin = 0, end = 0;  // bytes in the text it was cut from
  uint32_t flags = 0;
  // The key's id in the lexicon's vocabulary (0: a word no phrase or name
  // uses; kWordSpaced: a key of several words), set by Lexicon::Annotate so
  // phrase and name look-ups walk integer tries instead of hashing joined
  // strings.
  uint32_t word = kWordUnset;
  KeyView key;  // into its sentence's `keys`
  bool Is(uint32_t flag) const { return (flags & flag) != 0; }
};

// Zero bytes after the last key of a sentence (Sentence::keys).
constexpr std::size_t kKeyPadding = 8;

// MatchKey() (text_normalize.h) computed faster: ASCII directly, other code
// points through a per-thread cache of their folding. Same result.
std::string FoldKey(std::string_view text);

// "Finance Ministry" -> "Ministry of Finance": the long form a body's name
// takes, so "Malaysia's Finance Ministry" and "the Ministry of Finance of
// Malaysia" are one actor. Any other name comes back as it is.
std::string MinistryFirst(const std::string& body);

// A sentence of an item: its own copy of the text, tokens relative to it.
// Movable, not copyable: its tokens' keys point into its own `keys`, which a
// move hands over (a vector's buffer moves with it; a short std::string's
// would not) and a copy would not.
struct Sentence {
  Sentence() = default;
  Sentence(Sentence&&) = default;
  Sentence& operator=(Sentence&&) = default;
  Sentence(const Sentence&) = delete;
  Sentence& operator=(const Sentence&) = delete;

  std::string text;
  std::vector<Token> tokens;
  // The tokens' keys, one after the other, then kKeyPadding zero bytes (so
  // that eight bytes may be read from where any key starts).
  std::vector<char> keys;
  std::vector<int> quote;  // per token: the item's quote number, -1 outside quotes
  int line = 0;
  int block = -1;          // index in Item::blocks; -1 for the headline
  bool headline = false;
  // Tokens were left out between others (a nickname in quotes inside a
  // name: Vicente "Tito" Sotto III); Span() then joins the pieces.
  bool gaps = false;
  // Filled by Lexicon::Annotate: each token's word classes and the phrases
  // that start at it (length in tokens, classes), so that the passes look
  // up arrays instead of hashing strings again.
  struct Phrase {
    uint8_t length;
    uint64_t bits;
  };
  std::vector<uint64_t> bits;
  std::vector<uint32_t> phrase_start;  // tokens + 1 entries into `phrases`
  std::vector<Phrase> phrases;
  std::vector<uint64_t> phrase_bits;   // per token: the union of its phrases' bits
  std::string Span(int begin, int end) const;  // text of tokens [begin, end)
};

// Splits a block (paragraph) into sentences, appended to `out`.
// `abbreviations` holds the MatchKey of words that keep a following dot
// ("dept", "mr"). Quotes may
// run across sentence ends; `next_quote` numbers them within the item and is
// advanced. When `spare` is given, the new sentences are taken from its back
// (sentences of an earlier item, whose arrays keep their capacity) while it
// has any; they are reset first, so the result is the same.
void SplitSentences(const std::string& text, int first_line, int block,
                    const std::unordered_set<std::string>& abbreviations, int* next_quote,
                    std::vector<Sentence>* out, std::vector<Sentence>* spare = nullptr);

}  // namespace engine
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACT_TEXT_H_
