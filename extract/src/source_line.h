// The closing "(OUTLET[, OUTLET...] / DD.MM.YYYY)" of a digest item
// (private to the reader): finding it, splitting the outlets, reading the
// date and proposing repairs for a damaged one.

#ifndef ACTORGRAPH_EXTRACT_SOURCE_LINE_H_
#define ACTORGRAPH_EXTRACT_SOURCE_LINE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/document.h"
#include "civil_date.h"

namespace actorgraph {
namespace reader {

// Looks for a source at the very end of `text` (a trailing '*' or space
// ignored): a parenthesis holding "OUTLETS / DATE" where DATE is digits and
// separators. On success fills out->outlets and out->raw, sets *date_text and
// *open to the offset of the '('. Outlets are split at ',', ';' and '、'.
bool FindTrailingSource(std::string_view text, SourceLine* out, std::string* date_text,
                        std::size_t* open);

enum class DateReading {
  kValid,       // a real day in a known layout
  kImpossible,  // the layout is right but the day does not exist (31.02.2026)
  kMalformed,   // digits missing or extra (05.05.20256)
};

// Reads "DD.MM.YYYY" (also with '/' or '-', one-digit day or month) or
// "YYYY-MM-DD".
DateReading ReadSourceDate(std::string_view date_text, CivilDate* out);

// The real days a malformed date may have meant: one extra digit dropped from
// a too-long field, or "20" put before a two-digit year. Sorted, unique.
std::vector<CivilDate> DateRepairs(std::string_view date_text);

}  // namespace reader
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_SOURCE_LINE_H_
