// Small UTF-8 string helpers shared by the digest reader's parts (private).
// All functions take valid UTF-8 (the reader validates input first); on
// invalid bytes they stay safe and treat each bad byte as one character.

#ifndef ACTORGRAPH_EXTRACT_TEXT_UTIL_H_
#define ACTORGRAPH_EXTRACT_TEXT_UTIL_H_

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace actorgraph {
namespace reader {

// Decodes the code point at `pos` and advances `pos` past it. Returns
// U+FFFD for an invalid byte (advancing by one).
char32_t NextCodePoint(std::string_view s, std::size_t* pos);
// The code point that ends at `end` (exclusive) and its start in *start.
char32_t PrevCodePoint(std::string_view s, std::size_t end, std::size_t* start);
char32_t FirstCodePoint(std::string_view s);
char32_t LastCodePoint(std::string_view s);
void AppendUtf8(char32_t cp, std::string* out);

// Han, kana, Hangul, CJK punctuation and full-width forms: text written
// without spaces between words.
bool IsCjk(char32_t cp);
bool ContainsCjk(std::string_view s);
bool IsAsciiLetter(char32_t cp);
bool ContainsLatinLetter(std::string_view s);
// A lowercase letter in any script (utf8proc's category Ll).
bool IsLowercase(char32_t cp);
// Number of code points.
std::size_t Length(std::string_view s);

// Without leading and trailing ASCII white space.
std::string_view Trim(std::string_view s);
// (inline: asked at many tokens by the rules and the clause finder, where
// the call and compare()'s call of memcmp cost more than the test; a
// literal's size makes the memcmp a load or two)
inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && (prefix.empty() || std::memcmp(s.data(), prefix.data(), prefix.size()) == 0);
}
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         (suffix.empty() || std::memcmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0);
}
// A word in -ing of more than five letters (a participle or gerund, not
// "king" or "thing").
inline bool IngForm(std::string_view w) { return w.size() > 5 && EndsWith(w, "ing"); }
// A word in -ed of more than four letters (a past participle or tense, not
// "red" or "need").
inline bool PastParticipleForm(std::string_view w) { return w.size() > 4 && EndsWith(w, "ed"); }
// Every run of spaces and tabs becomes one space; trimmed.
std::string CollapseSpaces(std::string_view s);
// Removes every "**" (Markdown-style emphasis in the digests).
std::string StripEmphasis(std::string_view s);
// Removes one '*' (italic) at each end and trims.
std::string_view StripItalicEnds(std::string_view s);

// Joins two pieces of one paragraph that a line or page break separated:
// with no space when both sides of the break are CJK, else with one space.
void JoinWrapped(std::string* text, std::string_view more);
// True when `s` ends a sentence: . ! ? 。 ！ ？ : ; … or a closing quote or
// bracket after one of them (trailing '*' ignored).
bool EndsSentence(std::string_view s);
// Number of space-separated words.
int WordCount(std::string_view s);

}  // namespace reader
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TEXT_UTIL_H_
