#include "text_util.h"

#include <utf8proc.h>

namespace actorgraph {
namespace reader {

char32_t NextCodePoint(std::string_view s, std::size_t* pos) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + *pos),
                                        static_cast<utf8proc_ssize_t>(s.size() - *pos), &cp);
  if (n <= 0) {
    *pos += 1;
    return 0xFFFD;
  }
  *pos += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

char32_t PrevCodePoint(std::string_view s, std::size_t end, std::size_t* start) {
  std::size_t begin = end;
  // Step back over at most three continuation bytes.
  while (begin > 0 && end - begin < 4) {
    --begin;
    if ((static_cast<unsigned char>(s[begin]) & 0xC0) != 0x80) break;
  }
  std::size_t pos = begin;
  char32_t cp = NextCodePoint(s, &pos);
  if (pos != end) {  // not a whole character: take the last byte alone
    begin = end - 1;
    cp = 0xFFFD;
  }
  *start = begin;
  return cp;
}

char32_t FirstCodePoint(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? 0 : NextCodePoint(s, &pos);
}

char32_t LastCodePoint(std::string_view s) {
  std::size_t start = 0;
  return s.empty() ? 0 : PrevCodePoint(s, s.size(), &start);
}

void AppendUtf8(char32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool IsCjk(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) ||    // Hangul Jamo
         (cp >= 0x2E80 && cp <= 0x2FDF) ||    // CJK radicals
         (cp >= 0x3000 && cp <= 0x303F) ||    // CJK symbols and punctuation
         (cp >= 0x3040 && cp <= 0x30FF) ||    // Hiragana, Katakana
         (cp >= 0x3130 && cp <= 0x318F) ||    // Hangul compatibility Jamo
         (cp >= 0x31F0 && cp <= 0x31FF) ||    // Katakana extensions
         (cp >= 0x3400 && cp <= 0x4DBF) ||    // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||    // CJK unified ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF) ||    // Hangul syllables
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // CJK compatibility ideographs
         (cp >= 0xFF00 && cp <= 0xFFEF) ||    // full-width and half-width forms
         (cp >= 0x20000 && cp <= 0x3FFFF);    // CJK extensions B..
}

bool ContainsCjk(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    if (IsCjk(NextCodePoint(s, &pos))) return true;
  }
  return false;
}

bool IsAsciiLetter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

bool ContainsLatinLetter(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t cp = NextCodePoint(s, &pos);
    if (IsAsciiLetter(cp) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)) return true;
  }
  return false;
}

bool IsLowercase(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

std::size_t Length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < s.size(); ++n) NextCodePoint(s, &pos);
  return n;
}

namespace {
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// (Both below write into room made ahead, then cut it: the result is never
// longer than the input.)
std::string CollapseSpaces(std::string_view s) {
  s = Trim(s);
  std::string out(s.size(), '\0');
  char* o = &out[0];
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space) *o++ = ' ';
    space = false;
    *o++ = c;
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

std::string StripEmphasis(std::string_view s) {
  std::string out(s.size(), '\0');
  char* o = &out[0];
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '*' && i + 1 < s.size() && s[i + 1] == '*') {
      ++i;
      continue;
    }
    *o++ = s[i];
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

std::string_view StripItalicEnds(std::string_view s) {
  s = Trim(s);
  if (!s.empty() && s.front() == '*') s.remove_prefix(1);
  if (!s.empty() && s.back() == '*') s.remove_suffix(1);
  return Trim(s);
}

void JoinWrapped(std::string* text, std::string_view more) {
  more = Trim(more);
  if (more.empty()) return;
  if (!text->empty() && !(IsCjk(LastCodePoint(*text)) && IsCjk(FirstCodePoint(more)))) *text += ' ';
  text->append(more);
}

namespace {
bool IsSentenceEnd(char32_t cp) {
  switch (cp) {
    case '.': case '!': case '?': case ':': case ';':
    case 0x2026: case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0E:
      return true;
    default:
      return false;
  }
}
bool IsCloser(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case ')': case ']': case 0x201D: case 0x2019: case 0x00BB:
    case 0x300D: case 0x300F: case 0xFF09:
      return true;
    default:
      return false;
  }
}
}  // namespace

bool EndsSentence(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == '*' || s.back() == ' ')) s.remove_suffix(1);
  std::size_t end = s.size();
  for (int closers = 0; end > 0 && closers <= 2; ++closers) {
    std::size_t start = 0;
    char32_t cp = PrevCodePoint(s, end, &start);
    if (IsSentenceEnd(cp)) return true;
    if (!IsCloser(cp)) return false;
    end = start;
  }
  return false;
}

int WordCount(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace reader
}  // namespace actorgraph
