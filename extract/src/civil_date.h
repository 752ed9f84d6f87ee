// Calendar dates for the digest reader (private): validation, ISO form,
// day arithmetic, and the digest's period line "2026年5月2日～5月8日".

#ifndef ACTORGRAPH_EXTRACT_CIVIL_DATE_H_
#define ACTORGRAPH_EXTRACT_CIVIL_DATE_H_

#include <string>
#include <string_view>

namespace actorgraph {
namespace reader {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  bool valid() const;
  std::string ToIso() const;  // "YYYY-MM-DD"
  // Days since 1970-01-01 (proleptic Gregorian); only for valid dates.
  long DayNumber() const;
};

bool operator<(const CivilDate& a, const CivilDate& b);
bool operator==(const CivilDate& a, const CivilDate& b);

// Reads exactly "YYYY-MM-DD" naming a real day.
bool ParseIsoDate(std::string_view text, CivilDate* out);

struct Period {
  CivilDate start, end;
};

enum class PeriodMatch { kNone, kOk, kInvalid };

// Looks for "Y年M月D日～[Y年][M月]D日" in `line`: ASCII or full-width digits,
// "～", "〜", "~" or a dash between, an optional weekday "（土）" after a
// day, spaces anywhere between the parts. The end takes the start's year and
// month when it omits them; an end before the start in the same year moves
// to the next year (2026年12月27日～1月2日). kInvalid: the shape is there but
// a date is not a calendar day or the end lies before the start; *problem
// says which. On kOk, *outside is the line without the period (trimmed).
PeriodMatch FindPeriod(std::string_view line, Period* out, std::string* outside,
                       std::string* problem);

}  // namespace reader
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_CIVIL_DATE_H_
