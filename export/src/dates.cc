#include "dates.h"

#include <cstdio>
#include <cstdlib>

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

}  // namespace

std::string AddDays(const std::string& date, long days) {
  long y = std::atol(date.substr(0, 4).c_str());
  unsigned m = static_cast<unsigned>(std::atoi(date.substr(5, 2).c_str()));
  unsigned d = static_cast<unsigned>(std::atoi(date.substr(8, 2).c_str()));
  CivilFromDays(DaysFromCivil(y, m, d) + days, &y, &m, &d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return buf;
}

}  // namespace export_internal
}  // namespace actorgraph
