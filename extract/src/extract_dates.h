// Private to the extraction engine: calendar arithmetic and the date
// expressions of a sentence ("On May 05", "May 1–3, 2026", "on Tuesday",
// "the day before", "in August").

#ifndef ACTORGRAPH_EXTRACT_EXTRACT_DATES_H_
#define ACTORGRAPH_EXTRACT_EXTRACT_DATES_H_

#include <string>
#include <vector>

#include "actorgraph/document.h"
#include "extract_lexicon.h"
#include "extract_text.h"

namespace actorgraph {
namespace engine {

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

bool ParseIsoDate(const IsoDate& text, CivilDate* out);
IsoDate FormatIsoDate(const CivilDate& date);
// Days since 1970-01-01 (proleptic Gregorian), and back.
long DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(long days);
IsoDate AddDays(const IsoDate& date, long days);
// Day of the week, 0 = Sunday.
int WeekdayOf(const CivilDate& date);

struct DateMention {
  enum class Kind {
    kDay,        // a day: "May 05", "5 May 2026", "on Tuesday", "yesterday"
    kMonthOnly,  // "in August", "since March 2023"
    kYearOnly,   // "in 2024"
  };
  Kind kind = Kind::kDay;
  int begin = 0, end = 0;  // tokens
  IsoDate date;            // kDay
  int year = 0, month = 0; // kMonthOnly / kYearOnly (year 0: not written)
  // kDay relative to the narrative ("the next day"): `offset` days from
  // the day before it in the text; `date` holds the reading from `lead`.
  bool relative = false;
  int offset = 0;
  // "on the occasion of May 28", "until May 30": a day that is not the act's.
  bool occasion = false;
  // "MADRID, April 23 (EFE) -": the day a wire report was filed. Its
  // weekdays count back from it; an act takes it only when its sentence
  // names no other day.
  bool dateline = false;
};

// The date expressions of `sentence`. Days without a year take the year of
// `reference` (the item's source date), the year before when that would put
// them more than 45 days after it ("December 30" in a digest of January 3).
// Weekdays are the latest such day on or before `reference`; "the day
// before" and "on the same day" count from `lead` (the item's own date).
std::vector<DateMention> FindDates(const Sentence& sentence, const Lexicon& lexicon, const IsoDate& reference,
                                   const IsoDate& lead);
// The same into `*out`, whose storage is reused.
void FindDates(const Sentence& sentence, const Lexicon& lexicon, const IsoDate& reference, const IsoDate& lead,
               std::vector<DateMention>* out);

}  // namespace engine
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACT_DATES_H_
