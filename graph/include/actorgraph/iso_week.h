// ISO 8601 calendar helpers for the week an interaction falls in.

#ifndef ACTORGRAPH_ISO_WEEK_H_
#define ACTORGRAPH_ISO_WEEK_H_

#include <string>

#include "actorgraph/document.h"

namespace actorgraph {

// True when `date` is a real calendar date written "YYYY-MM-DD".
bool IsValidIsoDate(const IsoDate& date);

// The ISO 8601 week of `date` as "YYYY-Www" (the week-numbering year, which
// differs from the calendar year around 1 January): "2026-05-04" ->
// "2026-W19", "2027-01-01" -> "2026-W53". "" when `date` is not valid.
std::string IsoWeek(const IsoDate& date);

// True when `week` is written "YYYY-Www" with 1 <= ww <= 53.
bool IsValidIsoWeek(const std::string& week);

// The Monday that starts `week` ("2026-W19" -> "2026-05-04"); "" when the
// week is not valid or does not exist (W53 of a 52-week year).
IsoDate MondayOfIsoWeek(const std::string& week);

}  // namespace actorgraph

#endif  // ACTORGRAPH_ISO_WEEK_H_
