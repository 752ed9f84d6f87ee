#include "text_escape.h"

#include <algorithm>

#include <charconv>
#include <cmath>
#include <vector>

namespace actorgraph {
namespace export_internal {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence of 2 to 4 bytes at s[i] (s[i] >= 0x80),
// or 0 when it is invalid; *forbidden is set for U+FFFE and U+FFFF, which
// XML 1.0 does not allow.
std::size_t MultiByteLength(std::string_view s, std::size_t i, bool* forbidden) {
  *forbidden = false;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  std::size_t left = s.size() - i;
  unsigned char c = p[0];
  if (c >= 0xC2 && c <= 0xDF) return left >= 2 && IsContinuation(p[1]) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3 || !IsContinuation(p[1]) || !IsContinuation(p[2])) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
    if (c == 0xED && p[1] > 0x9F) return 0;  // surrogate
    if (c == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) *forbidden = true;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4 || !IsContinuation(p[1]) || !IsContinuation(p[2]) || !IsContinuation(p[3]))
      return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;  // overlong
    if (c == 0xF4 && p[1] > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

bool IsAllowedControl(unsigned char c) { return c == '\t' || c == '\n' || c == '\r'; }

// Walks `s` calling ascii(c) for each allowed ASCII byte, and appending
// valid multi-byte sequences (or U+FFFD for bad bytes) to *out.
template <typename AsciiFn>
void Walk(std::string* out, std::string_view s, AsciiFn ascii) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 && !IsAllowedControl(c)) {
        out->append(kReplacement);
      } else {
        ascii(c);
      }
      ++i;
      continue;
    }
    bool forbidden;
    std::size_t len = MultiByteLength(s, i, &forbidden);
    if (len == 0) {
      out->append(kReplacement);
      ++i;
    } else if (forbidden) {
      out->append(kReplacement);
      i += len;
    } else {
      out->append(s.data() + i, len);
      i += len;
    }
  }
}

}  // namespace

void AppendSanitized(std::string* out, std::string_view s) {
  Walk(out, s, [out](unsigned char c) { out->push_back(static_cast<char>(c)); });
}

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendSanitized(&out, s);
  return out;
}

namespace {

// Appends `s` for XML: runs of bytes that need nothing are copied at once;
// `escape` gives the replacement of an ASCII byte (nullptr: keep it).
template <typename EscapeFn>
void AppendXml(std::string* out, std::string_view s, EscapeFn escape) {
  const std::size_t n = s.size();
  std::size_t i = 0, run = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      const char* replacement = escape(c);
      if (!replacement) {
        ++i;
        continue;
      }
      out->append(s.data() + run, i - run);
      out->append(replacement);
      run = ++i;
      continue;
    }
    bool forbidden;
    std::size_t len = MultiByteLength(s, i, &forbidden);
    if (len != 0 && !forbidden) {
      i += len;
      continue;
    }
    out->append(s.data() + run, i - run);
    out->append(kReplacement);
    i += len != 0 ? len : 1;
    run = i;
  }
  out->append(s.data() + run, n - run);
}

const char* ControlEscape(unsigned char c) {
  return c < 0x20 ? "\xEF\xBF\xBD" : nullptr;  // tab, LF, CR are handled before
}

}  // namespace

void AppendXmlText(std::string* out, std::string_view s) {
  AppendXml(out, s, [](unsigned char c) -> const char* {
    if (c >= 0x3F) return nullptr;  // fast path: nothing from '?' up needs escaping
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '\r': return "&#13;";
      case '\t': case '\n': return nullptr;
      default: return ControlEscape(c);
    }
  });
}

void AppendXmlAttribute(std::string* out, std::string_view s) {
  AppendXml(out, s, [](unsigned char c) -> const char* {
    if (c >= 0x3F) return nullptr;
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&apos;";
      case '\t': return "&#9;";
      case '\n': return "&#10;";
      case '\r': return "&#13;";
      default: return ControlEscape(c);
    }
  });
}

std::string XmlText(std::string_view s) {
  std::string out;
  AppendXmlText(&out, s);
  return out;
}

std::string XmlAttribute(std::string_view s) {
  std::string out;
  AppendXmlAttribute(&out, s);
  return out;
}

void AppendCsvField(std::string* out, std::string_view s) {
  std::string clean = SanitizeUtf8(s);
  bool quote = !clean.empty() && (clean.front() == ' ' || clean.back() == ' ');
  for (char c : clean) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') quote = true;
  }
  if (!quote) {
    out->append(clean);
    return;
  }
  out->push_back('"');
  for (char c : clean) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string DiagramLabel(std::string_view s, int max_chars) {
  std::string clean = SanitizeUtf8(s);
  // Collapse whitespace, then cut by code points.
  std::string collapsed;
  std::vector<std::size_t> starts;  // byte offset of each code point
  bool space = false;
  for (std::size_t i = 0; i < clean.size();) {
    unsigned char c = static_cast<unsigned char>(clean[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !collapsed.empty();
      ++i;
      continue;
    }
    if (space) {
      starts.push_back(collapsed.size());
      collapsed.push_back(' ');
      space = false;
    }
    bool forbidden;  // never, after sanitizing
    std::size_t len = c < 0x80 ? 1 : MultiByteLength(clean, i, &forbidden);
    starts.push_back(collapsed.size());
    collapsed.append(clean, i, len);
    i += len;
  }
  if (max_chars > 0 && starts.size() > static_cast<std::size_t>(max_chars)) {
    // ("...", not "…": Pango drew U+2026 from one CJK face or another from
    // run to run, so the same diagram's PNG differed)
    std::size_t keep = static_cast<std::size_t>(std::max(1, max_chars - 3));
    collapsed.resize(starts[keep]);
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    collapsed.append("...");
  }
  std::string out;
  out.reserve(collapsed.size());
  for (char c : collapsed) {
    if (c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

void AppendDouble(std::string* out, double value) {
  if (std::isnan(value)) {
    out->append("NaN");
    return;
  }
  if (std::isinf(value)) {
    out->append(value > 0 ? "INF" : "-INF");
    return;
  }
  char buf[32];
  auto result = std::to_chars(buf, buf + sizeof buf, value);
  out->append(buf, result.ptr);
}

std::string FormatDouble(double value) {
  std::string out;
  AppendDouble(&out, value);
  return out;
}

void AppendInt(std::string* out, long long value) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, value);
  out->append(buf, result.ptr);
}

}  // namespace export_internal
}  // namespace actorgraph
