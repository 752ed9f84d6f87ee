#include "source_line.h"

#include <algorithm>

#include "text_util.h"

namespace actorgraph {
namespace reader {

namespace {

constexpr std::size_t kMaxSourceBytes = 200;

bool IsDateText(std::string_view s) {
  if (s.empty() || s.size() > 24) return false;
  int digits = 0, separators = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '.' || c == '/' || c == '-') {
      ++separators;
    } else {
      return false;
    }
  }
  return digits >= 4 && separators >= 2;
}

std::vector<std::string> SplitOutlets(std::string_view s) {
  std::vector<std::string> outlets;
  std::string current;
  auto flush = [&] {
    std::string outlet = CollapseSpaces(current);
    if (!outlet.empty()) outlets.push_back(outlet);
    current.clear();
  };
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t start = pos;
    char32_t cp = NextCodePoint(s, &pos);
    if (cp == ',' || cp == ';' || cp == 0x3001 || cp == 0xFF0C) {
      flush();
    } else {
      current.append(s.substr(start, pos - start));
    }
  }
  flush();
  return outlets;
}

// Offset of the '(' that opens the parenthesis closing at `close`, or npos.
std::size_t OpeningParen(std::string_view s, std::size_t close) {
  std::size_t floor = close > kMaxSourceBytes ? close - kMaxSourceBytes : 0;
  for (std::size_t i = close; i > floor;) {
    std::size_t start = 0;
    char32_t cp = PrevCodePoint(s, i, &start);
    if (cp == '(' || cp == 0xFF08) return start;
    if (cp == ')' || cp == 0xFF09) return std::string_view::npos;
    i = start;
  }
  return std::string_view::npos;
}

}  // namespace

bool FindTrailingSource(std::string_view text, SourceLine* out, std::string* date_text,
                        std::size_t* open) {
  std::string_view s = Trim(text);
  while (!s.empty() && (s.back() == '*' || s.back() == ' ')) s.remove_suffix(1);
  std::size_t close_start = 0;
  char32_t last = s.empty() ? 0 : PrevCodePoint(s, s.size(), &close_start);
  if (last != ')' && last != 0xFF09) return false;
  std::size_t paren = OpeningParen(s, close_start);
  if (paren == std::string_view::npos) return false;
  std::size_t inner_start = paren + (s[paren] == '(' ? 1 : 3);
  std::string_view inner = Trim(s.substr(inner_start, close_start - inner_start));
  std::size_t slash = inner.rfind('/');
  if (slash == std::string_view::npos) return false;
  std::string_view outlets = Trim(inner.substr(0, slash));
  std::string_view date = Trim(inner.substr(slash + 1));
  // "05/05/2026": the outlets end at the '/' before the date's own slashes.
  while (!IsDateText(date) && slash > 0) {
    std::size_t prev = inner.rfind('/', slash - 1);
    if (prev == std::string_view::npos) return false;
    slash = prev;
    outlets = Trim(inner.substr(0, slash));
    date = Trim(inner.substr(slash + 1));
  }
  bool named = ContainsLatinLetter(outlets) || ContainsCjk(outlets);
  if (!IsDateText(date) || !named) return false;
  out->outlets = SplitOutlets(outlets);
  out->raw = std::string(inner);
  *date_text = std::string(date);
  *open = paren;
  return true;
}

namespace {

struct DateFields {
  std::vector<std::string> parts;
  bool year_first = false;
};

DateFields SplitDate(std::string_view s) {
  DateFields f;
  std::string current;
  for (char c : s) {
    if (c == '.' || c == '/' || c == '-') {
      f.parts.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  f.parts.push_back(current);
  f.year_first = f.parts.size() == 3 && f.parts[0].size() >= 4;
  return f;
}

int ToInt(const std::string& digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// Index of the year, month and day field in the split parts.
void FieldOrder(const DateFields& f, int* y, int* m, int* d) {
  *y = f.year_first ? 0 : 2;
  *m = 1;
  *d = f.year_first ? 2 : 0;
}

bool WellFormed(const DateFields& f) {
  if (f.parts.size() != 3) return false;
  int y, m, d;
  FieldOrder(f, &y, &m, &d);
  auto ok = [&](int i, std::size_t lo, std::size_t hi) {
    return f.parts[i].size() >= lo && f.parts[i].size() <= hi;
  };
  return ok(y, 4, 4) && ok(m, 1, 2) && ok(d, 1, 2);
}

CivilDate ToDate(const DateFields& f) {
  int y, m, d;
  FieldOrder(f, &y, &m, &d);
  return CivilDate{ToInt(f.parts[y]), ToInt(f.parts[m]), ToInt(f.parts[d])};
}

void AddIfReal(const DateFields& f, std::vector<CivilDate>* out) {
  if (!WellFormed(f)) return;
  CivilDate date = ToDate(f);
  if (date.valid()) out->push_back(date);
}

}  // namespace

DateReading ReadSourceDate(std::string_view date_text, CivilDate* out) {
  DateFields f = SplitDate(date_text);
  if (!WellFormed(f)) return DateReading::kMalformed;
  *out = ToDate(f);
  return out->valid() ? DateReading::kValid : DateReading::kImpossible;
}

std::vector<CivilDate> DateRepairs(std::string_view date_text) {
  DateFields f = SplitDate(date_text);
  std::vector<CivilDate> out;
  if (f.parts.size() != 3) return out;
  int y, m, d;
  FieldOrder(f, &y, &m, &d);
  for (int field = 0; field < 3; ++field) {
    const std::string original = f.parts[field];
    std::size_t limit = field == y ? 4 : 2;
    for (std::size_t i = 0; original.size() == limit + 1 && i < original.size(); ++i) {
      f.parts[field] = original.substr(0, i) + original.substr(i + 1);
      AddIfReal(f, &out);
    }
    if (field == y && original.size() == 2) {
      f.parts[field] = "20" + original;
      AddIfReal(f, &out);
    }
    f.parts[field] = original;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace reader
}  // namespace actorgraph
