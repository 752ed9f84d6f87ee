#include "actorgraph/text_normalize.h"

#include <cstdlib>

#include <utf8proc.h>

namespace actorgraph {

std::size_t FindInvalidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + pos, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) return pos;
    pos += static_cast<std::size_t>(n);
  }
  return std::string_view::npos;
}

namespace {

// Runs utf8proc_map with `options`; returns the input when it fails.
std::string Map(std::string_view text, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(text);
  std::string result(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

}  // namespace

std::string NormalizeNfc(std::string_view text) {
  // ASCII is its own NFC, and the point before an ASCII character is a
  // normalization boundary (ASCII characters are starters, and none is the
  // second character of a composition): only each run of other bytes, with
  // the ASCII character before it (which a combining mark may join), goes
  // through utf8proc. A valid UTF-8 sequence never holds an ASCII byte, so
  // a run fails exactly when the whole text would; then the whole text is
  // returned unchanged, as utf8proc_map on it would.
  constexpr int kNfc = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  auto ascii = [&](std::size_t i) { return static_cast<unsigned char>(text[i]) < 0x80; };
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t p = i;
    while (p < text.size() && ascii(p)) ++p;
    std::size_t q = p > i ? p - 1 : p;  // the run's starter
    out.append(text.substr(i, q - i));
    if (p == text.size()) {
      out.append(text.substr(q));
      break;
    }
    std::size_t r = p;
    while (r < text.size() && !ascii(r)) ++r;
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + q),
                                      static_cast<utf8proc_ssize_t>(r - q), &mapped,
                                      static_cast<utf8proc_option_t>(kNfc));
    if (n < 0) return std::string(text);
    out.append(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n));
    std::free(mapped);
    i = r;
  }
  return out;
}

namespace {

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// The same key as the general path below, for pure ASCII input (most
// English text), without utf8proc's allocation and table look-ups.
std::string AsciiMatchKey(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!word) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (key.compare(0, 4, "the ") == 0) key.erase(0, 4);
  return key;
}

}  // namespace

std::string MatchKey(std::string_view text) {
  if (IsAscii(text)) return AsciiMatchKey(text);
  // Compatibility decomposition, marks stripped, case folded in one pass.
  std::string folded = Map(text, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  std::string key;
  key.reserve(folded.size());
  bool pending_space = false;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
  std::size_t pos = 0;
  while (pos < folded.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + pos, static_cast<utf8proc_ssize_t>(folded.size() - pos), &cp);
    if (n <= 0) break;
    std::string_view bytes(folded.data() + pos, static_cast<std::size_t>(n));
    pos += static_cast<std::size_t>(n);
    if (cp == 0x0131) cp = 'i', bytes = "i";  // dotless ı
    utf8proc_category_t cat = utf8proc_category(cp);
    bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) || cp == '_';
    if (!word) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    key.append(bytes);
  }
  if (key.compare(0, 4, "the ") == 0) key.erase(0, 4);
  return key;
}

}  // namespace actorgraph
