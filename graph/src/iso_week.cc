#include "actorgraph/iso_week.h"

#include <cstdio>

namespace actorgraph {

namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ParseDate(const IsoDate& date, int* y, int* m, int* d) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  *y = std::stoi(date.substr(0, 4));
  *m = std::stoi(date.substr(5, 2));
  *d = std::stoi(date.substr(8, 2));
  return *m >= 1 && *m <= 12 && *d >= 1 && *d <= DaysInMonth(*y, *m);
}

// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// 0 = Monday ... 6 = Sunday.
int Weekday(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

// The inverse of DaysFromCivil (H. Hinnant's civil_from_days).
IsoDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const long y = yoe + era * 400 + (m <= 2);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04ld-%02d-%02d", y, m, d);
  return buffer;
}

}  // namespace

bool IsValidIsoDate(const IsoDate& date) {
  int y, m, d;
  return ParseDate(date, &y, &m, &d);
}

std::string IsoWeek(const IsoDate& date) {
  int y, m, d;
  if (!ParseDate(date, &y, &m, &d)) return "";
  long days = DaysFromCivil(y, m, d);
  // The Thursday of this week decides the week-numbering year.
  long thursday = days - Weekday(days) + 3;
  int year = y;
  if (thursday < DaysFromCivil(y, 1, 1)) year = y - 1;
  if (thursday >= DaysFromCivil(y + 1, 1, 1)) year = y + 1;
  int week = static_cast<int>((thursday - DaysFromCivil(year, 1, 1)) / 7 + 1);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, week);
  return buffer;
}

bool IsValidIsoWeek(const std::string& week) {
  if (week.size() != 8 || week[4] != '-' || week[5] != 'W') return false;
  for (int i : {0, 1, 2, 3, 6, 7}) {
    if (week[i] < '0' || week[i] > '9') return false;
  }
  int w = std::stoi(week.substr(6, 2));
  return w >= 1 && w <= 53;
}

IsoDate MondayOfIsoWeek(const std::string& week) {
  if (!IsValidIsoWeek(week)) return "";
  const int year = std::stoi(week.substr(0, 4));
  const int w = std::stoi(week.substr(6, 2));
  // Week 1 holds 4 January.
  const long jan4 = DaysFromCivil(year, 1, 4);
  const IsoDate monday = CivilFromDays(jan4 - Weekday(jan4) + 7L * (w - 1));
  return IsoWeek(monday) == week ? monday : "";
}

}  // namespace actorgraph
