// Private: date arithmetic the weekly site needs beyond iso_week.h
// (proleptic Gregorian; dates are days, no time zones).

#ifndef ACTORGRAPH_EXPORT_DATES_H_
#define ACTORGRAPH_EXPORT_DATES_H_

#include <string>

namespace actorgraph {
namespace export_internal {

// `date` (a valid YYYY-MM-DD, see IsValidIsoDate) plus `days` days.
std::string AddDays(const std::string& date, long days);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_DATES_H_
