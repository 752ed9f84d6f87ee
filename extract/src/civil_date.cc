#include "civil_date.h"

#include <cstdio>
#include <tuple>

#include "text_util.h"

namespace actorgraph {
namespace reader {

namespace {
bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}
}  // namespace

bool CivilDate::valid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::string CivilDate::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

long CivilDate::DayNumber() const {
  // Howard Hinnant's days_from_civil.
  long y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool operator<(const CivilDate& a, const CivilDate& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}
bool operator==(const CivilDate& a, const CivilDate& b) {
  return std::tie(a.year, a.month, a.day) == std::tie(b.year, b.month, b.day);
}

bool ParseIsoDate(std::string_view text, CivilDate* out) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  std::size_t field = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i == 4 || i == 7) {
      ++field;
      continue;
    }
    if (text[i] < '0' || text[i] > '9') return false;
    parts[field] = parts[field] * 10 + (text[i] - '0');
  }
  CivilDate d{parts[0], parts[1], parts[2]};
  if (!d.valid()) return false;
  *out = d;
  return true;
}

namespace {

// Reads the period's pieces from one line, code point by code point.
class PeriodScanner {
 public:
  explicit PeriodScanner(std::string_view s, std::size_t pos) : s_(s), pos_(pos) {}

  // "Y年M月D日" at the current place.
  bool FullDate(CivilDate* d) {
    return Number(&d->year, 4) && Mark(U'年') && Number(&d->month, 2) && Mark(U'月') &&
           Number(&d->day, 2) && Mark(U'日') && Weekday();
  }

  // "[Y年][M月]D日": missing parts keep their values from *d.
  bool EndDate(CivilDate* d, bool* has_year) {
    int n = 0;
    if (!Number(&n, 4)) return false;
    if (Mark(U'年')) {
      *has_year = true;
      d->year = n;
      if (!Number(&n, 2) || !Mark(U'月')) return false;
      d->month = n;
      if (!Number(&n, 2)) return false;
    } else if (Mark(U'月')) {
      d->month = n;
      if (!Number(&n, 2)) return false;
    }
    d->day = n;
    return Mark(U'日') && Weekday();
  }

  bool Tilde() {
    Spaces();
    std::size_t save = pos_;
    char32_t cp = Next();
    if (cp == '~' || cp == 0xFF5E || cp == 0x301C || cp == '-' || cp == 0x2013 ||
        cp == 0x2014 || cp == 0x2015 || cp == 0xFF0D) {
      Spaces();
      return true;
    }
    pos_ = save;
    return false;
  }

  std::size_t pos() const { return pos_; }

 private:
  char32_t Peek() const {
    std::size_t p = pos_;
    return p < s_.size() ? NextCodePoint(s_, &p) : 0;
  }
  char32_t Next() { return pos_ < s_.size() ? NextCodePoint(s_, &pos_) : 0; }
  static int DigitValue(char32_t cp) {
    if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);
    return -1;
  }
  void Spaces() {
    while (Peek() == ' ' || Peek() == '\t' || Peek() == 0x3000) Next();
  }
  bool Number(int* value, int max_digits) {
    Spaces();
    int digits = 0, v = 0;
    while (digits < max_digits && DigitValue(Peek()) >= 0) {
      v = v * 10 + DigitValue(Next());
      ++digits;
    }
    if (digits == 0 || DigitValue(Peek()) >= 0) return false;
    *value = v;
    return true;
  }
  bool Mark(char32_t mark) {
    Spaces();
    if (Peek() != mark) return false;
    Next();
    return true;
  }
  // An optional "(土)" or "（土）": one to three characters in brackets.
  bool Weekday() {
    std::size_t save = pos_;
    Spaces();
    char32_t open = Next();
    if (open != '(' && open != 0xFF08) {
      pos_ = save;
      return true;
    }
    for (int i = 0; i < 4; ++i) {
      char32_t cp = Next();
      if (cp == ')' || cp == 0xFF09) return true;
      if (cp == 0) break;
    }
    pos_ = save;
    return true;
  }

  std::string_view s_;
  std::size_t pos_;
};

PeriodMatch CheckPeriod(const Period& p, std::string* problem) {
  if (!p.start.valid() || !p.end.valid()) {
    *problem = "is not a calendar date";
    return PeriodMatch::kInvalid;
  }
  if (p.end < p.start) {
    *problem = "ends before it starts";
    return PeriodMatch::kInvalid;
  }
  return PeriodMatch::kOk;
}

}  // namespace

PeriodMatch FindPeriod(std::string_view line, Period* out, std::string* outside,
                       std::string* problem) {
  for (std::size_t start = 0; start < line.size(); NextCodePoint(line, &start)) {
    std::size_t probe = start;
    char32_t first = NextCodePoint(line, &probe);
    if (!(first >= '0' && first <= '9') && !(first >= 0xFF10 && first <= 0xFF19)) continue;
    PeriodScanner scan(line, start);
    Period p;
    bool has_year = false;
    if (scan.FullDate(&p.start) && scan.Tilde()) {
      p.end = p.start;
      if (scan.EndDate(&p.end, &has_year)) {
        if (!has_year && p.end.month < p.start.month) ++p.end.year;
        *out = p;
        std::string before(Trim(line.substr(0, start))), after(Trim(line.substr(scan.pos())));
        *outside = before + (before.empty() || after.empty() ? "" : " ") + after;
        return CheckPeriod(p, problem);
      }
    }
  }
  return PeriodMatch::kNone;
}

}  // namespace reader
}  // namespace actorgraph
