#include "dates.h"

#include <cstdio>

namespace actorgraph {
namespace export_internal {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void CivilFromDays(long z, long* y, unsigned* m, unsigned* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<long>(yoe) + era * 400 + (*m <= 2);
}

bool IsLeap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int Digits(const std::string& s, std::size_t pos, std::size_t len) {
  int v = 0;
  for (std::size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Monday (day number) of ISO week 1 of `year`.
long Week1Monday(long year) {
  long jan4 = DaysFromCivil(year, 1, 4);
  long weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
  return jan4 - weekday;
}

}  // namespace

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int y = Digits(s, 0, 4), m = Digits(s, 5, 2), d = Digits(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
  return d <= max;
}

long DaysFromIsoDate(const std::string& s) {
  return DaysFromCivil(Digits(s, 0, 4), static_cast<unsigned>(Digits(s, 5, 2)),
                       static_cast<unsigned>(Digits(s, 8, 2)));
}

std::string IsoDateFromDays(long days) {
  long y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return buf;
}

std::string IsoWeekOf(const std::string& date) {
  if (!IsIsoDate(date)) return "";
  long days = DaysFromIsoDate(date);
  long year = Digits(date, 0, 4);
  if (days >= Week1Monday(year + 1)) {
    ++year;
  } else if (days < Week1Monday(year)) {
    --year;
  }
  long week = (days - Week1Monday(year)) / 7 + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04ld-W%02ld", year, week);
  return buf;
}

std::string MondayOfIsoWeek(const std::string& week) {
  if (week.size() != 8 || week[4] != '-' || week[5] != 'W') return "";
  int y = Digits(week, 0, 4), w = Digits(week, 6, 2);
  if (y < 0 || w < 1 || w > 53) return "";
  return IsoDateFromDays(Week1Monday(y) + 7L * (w - 1));
}

}  // namespace export_internal
}  // namespace actorgraph
