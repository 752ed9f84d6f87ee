// Dates: calendar arithmetic, the date expressions of a sentence, and the
// date each interaction gets (the clause's day, the narrative's day, the
// item's source date, the document fallback).

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "actorgraph/extractor.h"
#include "actorgraph/pattern_table.h"
#include "extract_dates.h"
#include "extract_lexicon.h"
#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using namespace engine;
using testing::Extract;
using testing::Found;
using testing::ItemDocument;
using testing::Lines;
using V = std::vector<std::string>;

// The days (kDay) a sentence names, as ISO dates.
V Days(const std::string& text, const IsoDate& reference, const IsoDate& lead = "") {
  static const Lexicon lexicon(testing::DictionaryWithoutPersons(), PatternTable::BuiltIn());
  std::vector<Sentence> sentences;
  int quote = 0;
  SplitSentences(text, 1, 0, lexicon.abbreviations(), &quote, &sentences);
  V out;
  for (const Sentence& s : sentences)
    for (const DateMention& d : FindDates(s, lexicon, reference, lead))
      out.push_back(d.kind == DateMention::Kind::kDay ? d.date
                    : d.kind == DateMention::Kind::kMonthOnly
                        ? "month " + std::to_string(d.month) + (d.year ? " " + std::to_string(d.year) : "")
                        : "year " + std::to_string(d.year));
  return out;
}

BOOST_AUTO_TEST_SUITE(extractor_dates)

BOOST_AUTO_TEST_CASE(calendar) {
  CivilDate d;
  BOOST_TEST(ParseIsoDate("2026-02-28", &d));
  BOOST_TEST(FormatIsoDate(CivilFromDays(DaysFromCivil(d) + 1)) == "2026-03-01");
  BOOST_TEST(AddDays("2024-02-28", 1) == "2024-02-29");  // leap year
  BOOST_TEST(AddDays("2027-01-01", -1) == "2026-12-31");
  BOOST_TEST(DaysFromCivil({1970, 1, 1}) == 0);
  BOOST_TEST(WeekdayOf({2026, 6, 12}) == 5);  // a Friday
  BOOST_TEST(!ParseIsoDate("2026-13-01", &d));
  BOOST_TEST(!ParseIsoDate("05.05.2026", &d));
}

BOOST_AUTO_TEST_CASE(expressions) {
  BOOST_TEST(Days("On May 05, they met.", "2026-05-06") == V({"2026-05-05"}), boost::test_tools::per_element());
  // A range gives its first day; a written year wins.
  BOOST_TEST(Days("Over the weekend of May 1–3, 2026, they travelled.", "2026-05-04") == V({"2026-05-01"}),
             boost::test_tools::per_element());
  BOOST_TEST(Days("On 5 March 2025 and on August 8, 2024.", "2026-05-04") == V({"2025-03-05", "2024-08-08"}),
             boost::test_tools::per_element());
  // December named in a January digest is last year; January in a December one next year.
  BOOST_TEST(Days("On December 30, he wrote.", "2027-01-02") == V({"2026-12-30"}), boost::test_tools::per_element());
  BOOST_TEST(Days("On January 1, he phoned.", "2026-12-31") == V({"2027-01-01"}), boost::test_tools::per_element());
  // Weekdays: the latest such day on or before the reference (a Friday).
  BOOST_TEST(Days("He arrived on Tuesday and left on Friday.", "2026-06-12") == V({"2026-06-09", "2026-06-12"}),
             boost::test_tools::per_element());
  BOOST_TEST(Days("He arrived on May 11 and left the following day.", "2026-05-15") ==
                 V({"2026-05-11", "2026-05-12"}),
             boost::test_tools::per_element());
  BOOST_TEST(Days("The day before, he met her.", "2026-05-15", "2026-05-14") == V({"2026-05-13"}),
             boost::test_tools::per_element());
  // Months and years alone are cues of time, not days.
  BOOST_TEST(Days("In August and in 2024, and since March 2023.", "2026-05-04") ==
                 V({"month 8", "year 2024", "month 3 2023"}),
             boost::test_tools::per_element());
  // "May" the modal is not a month.
  BOOST_TEST(Days("They may meet soon.", "2026-05-04").empty());
  // A long run of digits beside a month is no day (and reading it must not
  // overflow: a fuzzer found that).
  BOOST_TEST(Days("On 8888888888 June and on June 8888888888.", "2026-06-20").empty());
  BOOST_TEST(Days("On 012 June they met; on 12 June they talked.", "2026-06-20") == V({"2026-06-12"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(interaction_dates) {
  // The clause's own day beats the item's; "the following day" counts from
  // the day named before it.
  Document doc = ItemDocument(
      "Bulgarian Foreign Minister visits Athens",
      {"Bulgarian Foreign Minister Georg Georgiev arrived in Athens on June 1 and was received by Greek Foreign "
       "Minister Giorgos Gerapetritis the following day. The ministers signed a protocol on border police."},
      "2026-06-03");
  BOOST_TEST(Lines(Extract(doc)) == V({"cooperation Georg Georgiev -- Giorgos Gerapetritis 2026-06-02",
                                       "meeting Georg Georgiev -- Giorgos Gerapetritis 2026-06-02",
                                       "visit Georg Georgiev -> Greece 2026-06-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(occasions_are_not_the_acts_date) {
  Document doc = ItemDocument("Leaders congratulate the President",
                              {"President Ramos continues to receive letters on the occasion of June 10 - National "
                               "Day.",
                               "- President of Portugal Marcelo Rebelo de Sousa, in a letter dated June 8, "
                               "congratulated the President of Timor-Leste Jose Ramos-Horta;",
                               "- King of Spain Felipe VI congratulated President Jose Ramos-Horta."},
                              "2026-06-11");
  BOOST_TEST(Lines(Extract(doc)) == V({"praise Felipe VI -> Jose Ramos-Horta 2026-06-11",
                                       "praise Marcelo Rebelo de Sousa -> Jose Ramos-Horta 2026-06-08"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(fallbacks) {
  // No day in the text: the source date; no source date: --date.
  BOOST_TEST(Found("Danish Foreign Minister Lars Lokke Rasmussen met Faroese Prime Minister Aksel Johannesen.",
                   "2026-06-10") == V({"meeting Aksel Johannesen -- Lars Lokke Rasmussen 2026-06-10"}),
             boost::test_tools::per_element());
  Document doc = testing::LinesDocument({"Danish Foreign Minister Lars Lokke Rasmussen met Faroese Prime Minister "
                                         "Aksel Johannesen."},
                                        "");
  ExtractorOptions options;
  options.default_date = "2026-01-15";
  Extractor extractor(testing::DictionaryWithoutPersons(), PatternTable::BuiltIn(), options);
  BOOST_TEST(Lines(extractor.Run(doc)) == V({"meeting Aksel Johannesen -- Lars Lokke Rasmussen 2026-01-15"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_look_back_holds_for_its_paragraph) {
  // "On the eve of the meeting" and "a day earlier" count back from the day
  // the story reached ("earlier" in a date recalls nothing); the next
  // paragraph goes on from that day again.
  Document doc = ItemDocument(
      "Foreign ministers of Latvia and Chile meet in Riga",
      {"Foreign Minister Baiba Braze and her Chilean counterpart Ana Rojas met in Riga on 12 June. Rojas had "
       "arrived in the Latvian capital a day earlier. On the eve of the meeting, Braze had a telephone "
       "conversation with Estonian Foreign Minister Margus Tsahkna.",
       "The ministers signed a memorandum on digital cooperation."},
      "2026-06-13");
  BOOST_TEST(Lines(Extract(doc)) == V({"call Baiba Braze -- Margus Tsahkna 2026-06-11",
                                       "cooperation Ana Rojas -- Baiba Braze 2026-06-12",
                                       "meeting Ana Rojas -- Baiba Braze 2026-06-12",
                                       "visit Ana Rojas -> Latvia 2026-06-11"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
