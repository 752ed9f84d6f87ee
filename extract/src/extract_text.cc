#include "extract_text.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <unordered_map>

#include <utf8proc.h>

#include "actorgraph/text_normalize.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

namespace {

// One decoded code point.
struct Cp {
  int32_t c = 0;
  int len = 1;
};

Cp Decode(std::string_view s, std::size_t i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  utf8proc_int32_t c;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &c);
  if (n <= 0) return {0xFFFD, 1};
  return {c, static_cast<int>(n)};
}

bool IsSpace(int32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  if (c == 0xA0 || c == 0x3000 || c == 0x200B || c == 0xFEFF) return true;
  return utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

// Letters, digits and combining marks.
bool IsWordChar(int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  utf8proc_category_t cat = utf8proc_category(c);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}
bool IsLetter(int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  utf8proc_category_t cat = utf8proc_category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}
bool IsUpper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  utf8proc_category_t cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
bool IsDigit(int32_t c) { return c >= '0' && c <= '9'; }
bool IsJoiner(int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013; }
bool IsApostrophe(int32_t c) { return c == '\'' || c == 0x2019; }
// Markup and bullets that carry nothing.
bool IsIgnored(int32_t c) {
  return c == '*' || c == '\\' || c == '#' || c == 0x25CF || c == 0x2022 || c == 0x25A0 || c == 0x25C6 ||
         c == 0x25CB || c == 0x30FB || c == '_' || c == '|' || c == '`';
}


// How one non-ASCII code point folds: its key text (may hold spaces), and
// whether it vanishes (a combining mark) or separates words.
struct Fold {
  std::string key;
  bool mark = false;
};

const Fold& FoldOf(int32_t cp) {
  thread_local std::unordered_map<int32_t, Fold> cache;
  auto it = cache.find(cp);
  if (it != cache.end()) return it->second;
  utf8proc_uint8_t buf[8];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  Fold f;
  utf8proc_category_t cat = utf8proc_category(cp);
  f.mark = cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
  if (!f.mark) f.key = MatchKey(std::string_view(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n)));
  return cache.emplace(cp, std::move(f)).first->second;
}

// FoldKey's key, as a view into a buffer kept per thread (valid until the
// next call on the thread).
std::string_view FoldKeyView(std::string_view text);

// The tokens of a block before they go to their sentences: their keys one
// after the other in `keys`, token k's ending at key_end[k] (Token::key is
// set when a sentence takes its tokens and their keys).
struct BlockTokens {
  std::vector<Token> tokens;
  std::string keys;
  std::vector<uint32_t> key_end;
  bool quotes = false;  // some token opens or closes a quote
  void clear() {
    tokens.clear();
    keys.clear();
    key_end.clear();
    quotes = false;
  }
  void Swap(BlockTokens* o) {
    tokens.swap(o->tokens);
    keys.swap(o->keys);
    key_end.swap(o->key_end);
  }
};

// ASCII bytes by what the tokenizer does with them.
enum AsciiClassBit : uint8_t { kLowerLetter = 1, kUpperLetter = 2, kDigit = 4, kSkipped = 8 };
struct AsciiClass {
  uint8_t of[256];  // bytes of 0x80 and above: none of these
  constexpr AsciiClass() : of() {
    for (int b = 0; b < 128; ++b) {
      if (b >= 'a' && b <= 'z') of[b] = kLowerLetter;
      else if (b >= 'A' && b <= 'Z') of[b] = kUpperLetter;
      else if (b >= '0' && b <= '9') of[b] = kDigit;
      // IsSpace or IsIgnored
      else if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == '*' || b == '\\' ||
               b == '#' || b == '_' || b == '|' || b == '`')
        of[b] = kSkipped;
    }
  }
};
constexpr AsciiClass kAsciiClass;

class Tokenizer {
 public:
  // Appends the tokens of `text` to `out` (which may hold capacity from an
  // earlier block).
  Tokenizer(std::string_view text, const std::unordered_set<std::string>& abbreviations, BlockTokens* out)
      : s_(text), abbrev_(abbreviations), out_(out->tokens), keys_(out->keys), key_end_(out->key_end),
        quotes_(out->quotes) {}

  void Run() {
    out_.reserve(out_.size() + s_.size() / 5 + 4);
    key_end_.reserve(out_.capacity());
    // Keys are written into room made ahead (an ASCII text's keys take at
    // most its size), then the buffer is cut to what they took.
    used_ = keys_.size();
    keys_.resize(used_ + s_.size() + 16);
    std::size_t i = 0;
    bool space = true;
    while (i < s_.size()) {
      unsigned char b = static_cast<unsigned char>(s_[i]);
      if (b < 0x80 && (kAsciiClass.of[b] & kSkipped)) {  // the common case, without decoding
        ++i;
        space = true;
        continue;
      }
      Cp cp = Decode(s_, i);
      if (b >= 0x80 && (IsSpace(cp.c) || IsIgnored(cp.c))) {
        i += cp.len;
        space = true;
        continue;
      }
      std::size_t start = out_.size();
      // (an ASCII word is read here, without the call and the registers of
      // the general case, which it falls back to when it has to decide)
      if (b < 0x80 && (kAsciiClass.of[b] & (kLowerLetter | kUpperLetter | kDigit))) {
        // (the word's one token takes kSpaceBefore as it is made)
        if (std::size_t end = AsciiWord(i, space)) {
          i = end;
          space = false;
          continue;
        }
        i = Word(i);
      } else if (IsWordChar(cp.c)) {
        i = Word(i);
      } else {
        i = Punct(i, cp);
      }
      if (space && out_.size() > start) out_[start].flags |= kSpaceBefore;
      space = false;
    }
    keys_.resize(used_);
  }

 private:
  // The common case: an ASCII word or number followed by a space or a plain
  // mark. Returns 0 when the general path must decide.
  std::size_t AsciiWord(std::size_t i, bool space_before) {
    // seen: the classes of its bytes
    std::size_t j = i;
    unsigned seen = 0;
    for (; j < s_.size(); ++j) {
      unsigned c = kAsciiClass.of[static_cast<unsigned char>(s_[j])];
      if (!(c & (kLowerLetter | kUpperLetter | kDigit))) break;
      seen |= c;
    }
    bool upper = seen & kUpperLetter, lower = seen & kLowerLetter, digits = seen & kDigit;
    if (j < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[j]);
      bool plain = c == ' ' || c == '\n' || c == ',' || c == ';' || c == ':' || c == ')' || c == '"' || c == '!' ||
                   c == '?' || c == '\t' || c == '(';
      if (c == '.' && (j - i != 1 || !upper) && !(digits && j + 1 < s_.size() && s_[j + 1] >= '0' && s_[j + 1] <= '9'))
        plain = true;  // a period (abbreviations are checked below)
      if (c == ',' && digits && j + 1 < s_.size() && s_[j + 1] >= '0' && s_[j + 1] <= '9') plain = false;
      if (c == ':' && digits && j + 1 < s_.size() && s_[j + 1] >= '0' && s_[j + 1] <= '9') plain = false;
      if (!plain) return 0;
    }
    // Built in place: the key is constructed from its bytes (inline for a
    // short key) rather than assigned, and the token is not moved.
    Token& t = out_.emplace_back();
    t.begin = static_cast<uint32_t>(i);
    // Lower case by setting bit 5 (digits have it already), eight bytes at
    // a time while the text has eight more; the bytes written past the key
    // are room the next key overwrites.
    Room(j - i + 8);
    char* key = &keys_[used_];
    std::size_t k = i;
    for (; k < j && k + 8 <= s_.size(); k += 8, key += 8) {
      uint64_t w;
      std::memcpy(&w, s_.data() + k, 8);
      w |= 0x2020202020202020ull;
      std::memcpy(key, &w, 8);
    }
    for (; k < j; ++k) *key++ = static_cast<char>(s_[k] | 0x20);
    used_ += j - i;
    key_end_.push_back(static_cast<uint32_t>(used_));
    std::size_t end = j;
    if (j < s_.size() && s_[j] == '.' && IsAbbreviation()) end = j + 1;
    t.end = static_cast<uint32_t>(end);
    t.flags = kWord | (end > j ? uint32_t{kAbbrev} : 0u) | (space_before ? uint32_t{kSpaceBefore} : 0u);
    unsigned char first = static_cast<unsigned char>(s_[i]);
    if (first >= '0' && first <= '9') {
      Classify(s_.substr(i, j - i), &t);
    } else {
      t.flags |= (first >= 'A' && first <= 'Z') ? kCap : kLower;
      // two or more letters, all upper case
      if (upper && !lower) {
        int letters = 0;
        for (std::size_t k = i; k < j; ++k) letters += (kAsciiClass.of[static_cast<unsigned char>(s_[k])] & kUpperLetter) != 0;
        if (letters >= 2) t.flags |= kAllCaps;
      }
    }
    // "Marcos Jr.'s talks": a possessive after an abbreviation's period
    if (end > j && end < s_.size() && IsPossessiveAt(end)) return Possessive(end);
    return end;
  }

  // The general case (Run tries AsciiWord first).
  std::size_t Word(std::size_t i) {
    std::size_t j = i;
    std::size_t part = i;  // where the last hyphenated part begins
    bool hyphen = false;
    while (j < s_.size()) {
      Cp cp = Decode(s_, j);
      if (IsWordChar(cp.c)) {
        j += cp.len;
        continue;
      }
      std::size_t next = j + cp.len;
      bool next_word = next < s_.size() && IsWordChar(Decode(s_, next).c);
      if (IsJoiner(cp.c) && next_word) {
        hyphen = true;
        j = next;
        part = next;
        continue;
      }
      // 28,000 and 05.05.2026 and 10:30 stay one number.
      if ((cp.c == ',' || cp.c == '.' || cp.c == ':') && j > i && IsDigit(static_cast<unsigned char>(s_[j - 1])) &&
          next < s_.size() && IsDigit(static_cast<unsigned char>(s_[next])))
        if (IsDigit(static_cast<unsigned char>(s_[i]))) {
          j = next;
          continue;
        }
      // "3+3", "C5+1": formats of regional groupings stay one token.
      if (cp.c == '+' && j > i && next < s_.size() && IsDigit(static_cast<unsigned char>(s_[j - 1])) &&
          IsDigit(static_cast<unsigned char>(s_[next]))) {
        j = next;
        continue;
      }
      // O'Brien, Ma'ruf: an apostrophe between letters that is not "'s".
      if (IsApostrophe(cp.c) && next_word && !IsPossessiveAt(j)) {
        j = next;
        continue;
      }
      break;
    }
    // U.S., U.K., D.C.: single letters with dots ("wrote on X. Later ..."
    // ends a sentence: a platform, not an initial).
    std::size_t end = j;
    bool platform = !key_end_.empty() && (LastKey() == "on"sv || LastKey() == "via"sv) && j < s_.size() &&
                    s_[j] == '.' && (j + 1 == s_.size() || s_[j + 1] == ' ' || s_[j + 1] == '\n');
    // ("Korea-U.S. Forum", "EU-U.K. talks": a hyphenated word whose last
    // part is such an abbreviation keeps it, when another letter and dot
    // follow: not "Plan-B." at a sentence's end)
    bool dotted_part = hyphen && end - part == 1 && end + 2 < s_.size() && s_[end] == '.' &&
                       IsUpper(Decode(s_, part).c) && IsLetter(Decode(s_, end + 1).c) &&
                       end + 1 + Decode(s_, end + 1).len < s_.size() && s_[end + 1 + Decode(s_, end + 1).len] == '.';
    if (end < s_.size() && s_[end] == '.' && (end - i == 1 || dotted_part) && IsUpper(Decode(s_, part).c) && !platform) {
      end = j + 1;
      // (a letter of any script: "A.Ş.")
      // (the text may end at the dot: "wrote on X.")
      for (Cp next; end < s_.size() && (next = Decode(s_, end), end + next.len < s_.size()) && IsLetter(next.c) &&
                    s_[end + next.len] == '.';)
        end += next.len + 1;
    }
    Token& t = out_.emplace_back();
    t.begin = static_cast<uint32_t>(i);
    std::string_view word = s_.substr(i, end - i);
    PutKey(FoldKeyView(word));  // (copied into the block's keys: no string of its own)
    if (end == j && j < s_.size() && s_[j] == '.' && IsAbbreviation() && !platform) end = j + 1;
    t.end = static_cast<uint32_t>(end);
    t.flags = kWord | (hyphen ? uint32_t{kHyphenated} : 0u) | (end > j ? uint32_t{kAbbrev} : 0u);
    Classify(s_.substr(i, j - i), &t);
    j = end;
    if (j < s_.size() && IsPossessiveAt(j)) return Possessive(j);
    // "countries'" : a plural possessive.
    if (j < s_.size() && IsApostrophe(Decode(s_, j).c) && !LastKey().empty() && LastKey().back() == 's') {
      std::size_t after = j + Decode(s_, j).len;
      if (after >= s_.size() || !IsWordChar(Decode(s_, after).c)) {
        // ('word' in single quotes is a quote, not a possessive)
        if (!QuoteOpenedWithin(5)) return Possessive(j);
      }
    }
    // "Dato' Azlan Mohd Rahim": an apostrophe that ends a capitalised word
    // before another, outside single quotes, is the word's own (an elision)
    if (j + 2 < s_.size() && IsApostrophe(Decode(s_, j).c) && out_.back().Is(kCap)) {
      std::size_t after = j + Decode(s_, j).len;
      if (after + 1 < s_.size() && s_[after] == ' ' && IsUpper(Decode(s_, after + 1).c)) {
        if (!QuoteOpenedWithin(7)) {
          out_.back().end = static_cast<uint32_t>(after);
          return after;
        }
      }
    }
    return j;
  }

  // Whether one of the last `tokens` tokens opens a quote (an apostrophe
  // after them may close it).
  bool QuoteOpenedWithin(std::size_t tokens) const {
    for (std::size_t k = out_.size(); k-- > 0 && k + tokens >= out_.size();)
      if (out_[k].Is(kQuoteOpen)) return true;
    return false;
  }

  bool IsPossessiveAt(std::size_t j) const {
    Cp a = Decode(s_, j);
    if (!IsApostrophe(a.c)) return false;
    std::size_t k = j + a.len;
    if (k >= s_.size() || (s_[k] != 's' && s_[k] != 'S')) return false;
    return k + 1 >= s_.size() || !IsWordChar(Decode(s_, k + 1).c);
  }

  std::size_t Possessive(std::size_t j) {
    Cp a = Decode(s_, j);
    std::size_t end = j + a.len;
    if (end < s_.size() && (s_[end] == 's' || s_[end] == 'S')) ++end;
    Token& t = out_.emplace_back();
    t.begin = static_cast<uint32_t>(j);
    t.end = static_cast<uint32_t>(end);
    t.flags = kPossessive | kPunct;
    PutKey("s");
    return end;
  }

  void Classify(std::string_view word, Token* t) {
    Cp first = Decode(word, 0);
    if (IsDigit(first.c)) {
      t->flags |= kNumber;
      std::size_t digits = 0;
      while (digits < word.size() && IsDigit(static_cast<unsigned char>(word[digits]))) ++digits;
      std::string_view rest = word.substr(digits);
      if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th") t->flags |= kOrdinal;
      if (digits == 4 && rest.empty()) {
        int y = (word[0] - '0') * 1000 + (word[1] - '0') * 100 + (word[2] - '0') * 10 + (word[3] - '0');
        if (y >= 1900 && y <= 2100) t->flags |= kYear;
      }
      return;
    }
    int letters = 0, upper = 0;
    bool first_letter = true;
    for (std::size_t k = 0; k < word.size();) {
      Cp cp = Decode(word, k);
      k += cp.len;
      if (!IsLetter(cp.c)) continue;
      ++letters;
      bool up = IsUpper(cp.c);
      if (up) ++upper;
      if (first_letter) t->flags |= up ? kCap : kLower;
      first_letter = false;
    }
    if (letters >= 2 && upper == letters) t->flags |= kAllCaps;
    // ("d'Ivoire", "l’Aquila": an elided article before a capital is
    // part of the name)
    if ((t->flags & kLower) && word.size() > 2) {
      Cp mark = Decode(word, 1);
      std::size_t at = 1 + mark.len;
      if (IsApostrophe(mark.c) && at < word.size() && IsUpper(Decode(word, at).c))
        t->flags = (t->flags & ~uint32_t{kLower}) | kCap;
    }
  }

  std::size_t Punct(std::size_t i, Cp cp) {
    std::size_t end = i + cp.len;
    uint32_t flags = kPunct;
    char mark = 0;         // a key of one character, else
    std::string_view key;  // the key
    switch (cp.c) {
      case 0x201C: case 0x00AB: case 0x201E: case 0x2018: case 0x201A:
        flags |= kQuoteOpen;
        mark = '"';
        break;
      case 0x201D: case 0x00BB: case 0x2019:
        flags |= kQuoteClose;
        mark = '"';
        break;
      case '"': case '\'': {
        bool open = out_.empty() || i == 0 || IsSpace(Decode(s_, i - 1).c) || s_[i - 1] == '(' ||
                    s_[i - 1] == '[';
        if (i > 0 && static_cast<unsigned char>(s_[i - 1]) >= 0x80) {
          std::size_t b = i - 1;
          while (b > 0 && (static_cast<unsigned char>(s_[b]) & 0xC0) == 0x80) --b;
          open = IsSpace(Decode(s_, b).c);
        }
        flags |= open ? kQuoteOpen : kQuoteClose;
        mark = '"';
        break;
      }
      case 0x2014: case 0x2015: case 0x2013: case 0x2012: case '-': case 0x2010: case 0x2011:
        flags |= kDash;
        mark = '-';
        while (end < s_.size() && (s_[end] == '-')) ++end;
        break;
      case 0x2026:
        key = "...";
        break;
      case '.':
        mark = '.';
        if (s_.substr(i, 3) == "...") {
          end = i + 3;
          mark = 0;
          key = "...";
        }
        break;
      default:
        key = s_.substr(i, cp.len);
        if (key.size() == 1) mark = key[0];
    }
    // Built in place, the key from its bytes (see AsciiWord).
    Token& t = out_.emplace_back();
    t.begin = static_cast<uint32_t>(i);
    t.end = static_cast<uint32_t>(end);
    t.flags = flags;
    if (flags & (kQuoteOpen | kQuoteClose)) quotes_ = true;
    PutKey(mark ? std::string_view(&mark, 1) : key);
    return end;
  }

  // Room for n more bytes of keys.
  void Room(std::size_t n) {
    if (used_ + n > keys_.size()) keys_.resize(std::max(2 * keys_.size(), used_ + n));
  }
  // The key of the token just added.
  void PutKey(std::string_view key) {
    Room(key.size());
    std::memcpy(&keys_[used_], key.data(), key.size());
    used_ += key.size();
    key_end_.push_back(static_cast<uint32_t>(used_));
  }
  // The key of the last token.
  std::string_view LastKey() const {
    std::size_t from = key_end_.size() > 1 ? key_end_[key_end_.size() - 2] : 0;
    return std::string_view(keys_).substr(from, key_end_.back() - from);
  }
  // The last token's key keeps a following dot ("Dept.").
  bool IsAbbreviation() {
    abbrev_key_.assign(LastKey());
    return abbrev_.count(abbrev_key_) != 0;
  }

  std::string_view s_;
  const std::unordered_set<std::string>& abbrev_;
  std::vector<Token>& out_;
  std::string& keys_;
  std::size_t used_ = 0;  // bytes of keys_ written
  std::vector<uint32_t>& key_end_;
  bool& quotes_;
  std::string abbrev_key_;
};

bool EndsSentence(std::string_view key) { return key == "."sv || key == "!"sv || key == "?"sv; }

}  // namespace

namespace {
// How FoldKey writes an ASCII byte: itself ([a-z0-9_]), lower case ([A-Z]),
// or 0 (a separator).
struct AsciiFold {
  char to[128];
  constexpr AsciiFold() : to() {
    for (int b = 0; b < 128; ++b) {
      if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_') to[b] = static_cast<char>(b);
      else if (b >= 'A' && b <= 'Z') to[b] = static_cast<char>(b - 'A' + 'a');
      else to[b] = 0;
    }
  }
};
constexpr AsciiFold kAsciiFold;
}  // namespace

namespace {
thread_local std::string fold_buffer;
}  // namespace

std::string FoldKey(std::string_view text) {
  std::string key(FoldKeyView(text));
  if (fold_buffer.size() > (1u << 16)) std::string().swap(fold_buffer);  // a huge text: give it back
  return key;
}

namespace {
std::string_view FoldKeyView(std::string_view text) {
  // Written into a buffer kept per thread. A byte gives at most two (a
  // space and itself); a code point at most its folding and a space, for
  // which room is made as it comes.
  std::string& buffer = fold_buffer;
  if (buffer.size() < 2 * text.size() + 8) buffer.resize(2 * text.size() + 8);
  char* out = &buffer[0];
  std::size_t n = 0;
  bool pending = false;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      char c = kAsciiFold.to[b];
      ++i;
      if (!c) {
        pending = true;
        continue;
      }
      if (pending && n) out[n++] = ' ';
      pending = false;
      out[n++] = c;
      // the rest of a run of kept ASCII bytes, without the tests above
      for (; i < text.size(); ++i) {
        unsigned char d = static_cast<unsigned char>(text[i]);
        if (d >= 0x80 || !kAsciiFold.to[d]) break;
        out[n++] = kAsciiFold.to[d];
      }
      continue;
    }
    Cp cp = Decode(text, i);
    i += cp.len;
    const Fold& f = FoldOf(cp.c);
    if (f.mark) continue;
    if (f.key.empty()) {
      pending = true;
      continue;
    }
    // Room for this folding (each of its characters may bring a space)
    // and for the rest of the text at two bytes a byte.
    std::size_t need = n + 2 * f.key.size() + 2 * (text.size() - i) + 8;
    if (buffer.size() < need) {
      buffer.resize(need);
      out = &buffer[0];
    }
    for (char c : f.key) {
      if (c == ' ') {
        pending = true;
      } else {
        if (pending && n) out[n++] = ' ';
        pending = false;
        out[n++] = c;
      }
    }
  }
  std::size_t from = n >= 4 && std::memcmp(out, "the ", 4) == 0 ? 4 : 0;
  return std::string_view(out + from, n - from);
}
}  // namespace

std::string Sentence::Span(int begin, int end) const {
  if (begin >= end || begin < 0 || end > static_cast<int>(tokens.size())) return "";
  if (!gaps) return text.substr(tokens[begin].begin, tokens[end - 1].end - tokens[begin].begin);
  // (text left out between two tokens becomes one space)
  std::string out;
  for (int k = begin; k < end; ++k) {
    if (k > begin) {
      uint32_t from = tokens[k - 1].end, to = tokens[k].begin;
      bool left_out = false;
      for (uint32_t c = from; c < to && !left_out; ++c) left_out = text[c] != ' ';
      out += left_out ? std::string(" ") : text.substr(from, to - from);
    }
    out.append(text, tokens[k].begin, tokens[k].end - tokens[k].begin);
  }
  return out;
}


void SplitSentences(const std::string& text, int first_line, int block,
                    const std::unordered_set<std::string>& abbreviations, int* next_quote,
                    std::vector<Sentence>* out, std::vector<Sentence>* spare) {
  // The block's tokens and keys go to buffers kept across blocks, so a
  // block costs no new arrays; each sentence copies its share.
  thread_local BlockTokens block_tokens;
  block_tokens.clear();
  Tokenizer(text, abbreviations, &block_tokens).Run();
  std::vector<Token>& tokens = block_tokens.tokens;
  const std::vector<uint32_t>& key_end = block_tokens.key_end;
  // The keys' views are made once the tokens are in their sentences; until
  // then a key is read from the block's buffer.
  auto key_from = [&](std::size_t k) -> uint32_t { return k ? key_end[k - 1] : 0; };
  auto key = [&](std::size_t k) {
    return std::string_view(block_tokens.keys).substr(key_from(k), key_end[k] - key_from(k));
  };
  // Quote numbers: a stack, since quotes nest ("... the so-called 'genocide' ...").
  // (a block without quote marks has none: -1 throughout, written per
  // sentence below)
  thread_local std::vector<int> quote_of, stack;
  const bool quotes = block_tokens.quotes;
  if (quotes) quote_of.assign(tokens.size(), -1);
  stack.clear();
  for (std::size_t k = 0; quotes && k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.Is(kQuoteOpen)) {
      stack.push_back((*next_quote)++);
      quote_of[k] = stack.back();
    } else if (t.Is(kQuoteClose)) {
      if (!stack.empty()) {
        quote_of[k] = stack.back();
        stack.pop_back();
      }
    } else if (!stack.empty()) {
      quote_of[k] = stack.front();
    }
  }
  std::size_t begin = 0;
  // Line of text[counted]: counted on from the previous sentence, so a long
  // block is scanned once (not once per sentence).
  uint32_t counted = 0;
  int line = first_line;
  auto emit = [&](std::size_t end) {
    if (end <= begin) return;
    if (spare && !spare->empty()) {
      out->push_back(std::move(spare->back()));
      spare->pop_back();
    } else {
      out->emplace_back();
    }
    Sentence& s = out->back();
    uint32_t from = tokens[begin].begin, to = tokens[end - 1].end;
    s.text.assign(text, from, to - from);
    for (const char* nl; counted < from && (nl = static_cast<const char*>(
                             std::memchr(text.data() + counted, '\n', from - counted)));) {
      ++line;
      counted = static_cast<uint32_t>(nl - text.data()) + 1;
    }
    counted = std::max(counted, from);
    s.line = line;
    s.block = block;
    s.headline = false;
    s.quote.clear();
    s.bits.clear();
    s.phrase_start.clear();
    s.phrases.clear();
    s.phrase_bits.clear();
    uint32_t keys_from = key_from(begin);
    std::size_t key_bytes = key_end[end - 1] - keys_from;
    s.keys.resize(key_bytes + kKeyPadding);
    std::memcpy(s.keys.data(), block_tokens.keys.data() + keys_from, key_bytes);
    std::memset(s.keys.data() + key_bytes, 0, kKeyPadding);
    s.tokens.assign(tokens.begin() + begin, tokens.begin() + end);
    const char* keys = s.keys.data() - keys_from;  // a block offset to the sentence's copy
    uint32_t key_begin = keys_from;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      Token& t = s.tokens[k];
      t.begin -= from;
      t.end -= from;
      uint32_t key_stop = key_end[begin + k];
      t.key = KeyView(std::string_view(keys + key_begin, key_stop - key_begin));
      key_begin = key_stop;
    }
    if (quotes) s.quote.assign(quote_of.begin() + begin, quote_of.begin() + end);
    else s.quote.assign(end - begin, -1);
    s.gaps = false;
    begin = end;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // (".", "!", "?" and "..." are marks: a word is passed at once)
    if (!tokens[k].Is(kPunct) || (!EndsSentence(key(k)) && key(k) != "..."sv)) continue;
    std::size_t end = k + 1;
    while (end < tokens.size() && (tokens[end].Is(kQuoteClose) || key(end) == ")"sv)) ++end;
    if (end >= tokens.size()) break;
    const Token& next = tokens[end];
    bool starts = next.Is(kCap) || next.Is(kNumber) || next.Is(kQuoteOpen) || key(end) == "("sv ||
                  next.Is(kDash) || (next.Is(kWord) && !next.Is(kLower) && !next.Is(kCap));
    if (key(k) == "..."sv && !(next.Is(kCap) && next.Is(kSpaceBefore))) starts = false;
    if (starts) emit(end);
    k = end - 1;
  }
  emit(tokens.size());
  if (tokens.capacity() > (1u << 16)) BlockTokens().Swap(&block_tokens);  // a huge block: give it back
}

std::string MinistryFirst(const std::string& body) {
  static constexpr std::string_view kMinistry = " Ministry";
  if (body.size() <= kMinistry.size() ||
      body.compare(body.size() - kMinistry.size(), kMinistry.size(), kMinistry) != 0)
    return body;
  return "Ministry of " + body.substr(0, body.size() - kMinistry.size());
}

}  // namespace engine
}  // namespace actorgraph
