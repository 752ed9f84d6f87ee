// Private: the little calendar arithmetic the exports need (proleptic
// Gregorian, no time zones: dates are days).

#ifndef ACTORGRAPH_EXPORT_DATES_H_
#define ACTORGRAPH_EXPORT_DATES_H_

#include <string>

namespace actorgraph {
namespace export_internal {

// True for a valid calendar date written exactly YYYY-MM-DD.
bool IsIsoDate(const std::string& s);
// Days since 1970-01-01 of a valid YYYY-MM-DD date.
long DaysFromIsoDate(const std::string& s);
// YYYY-MM-DD of a day number.
std::string IsoDateFromDays(long days);
// ISO 8601 week of a valid date, "2026-W19"; "" for an invalid one.
std::string IsoWeekOf(const std::string& date);
// The Monday that starts an ISO week "YYYY-Www", as YYYY-MM-DD; "" when
// `week` is not one.
std::string MondayOfIsoWeek(const std::string& week);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_DATES_H_
