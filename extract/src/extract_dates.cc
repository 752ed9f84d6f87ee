#include "extract_dates.h"

#include <cstdio>
#include <cctype>
#include <cstdlib>

using namespace std::literals;

namespace actorgraph {
namespace engine {

bool ParseIsoDate(const IsoDate& text, CivilDate* out) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  auto digits = [&](int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  out->year = digits(0, 4);
  out->month = digits(5, 2);
  out->day = digits(8, 2);
  return out->month >= 1 && out->month <= 12 && out->day >= 1 && out->day <= 31;
}

IsoDate FormatIsoDate(const CivilDate& d) {
  char buf[16];
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }
  // "%04d-%02d-%02d" without snprintf (called for every date of every sentence).
  buf[0] = static_cast<char>('0' + d.year / 1000);
  buf[1] = static_cast<char>('0' + d.year / 100 % 10);
  buf[2] = static_cast<char>('0' + d.year / 10 % 10);
  buf[3] = static_cast<char>('0' + d.year % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + d.month / 10);
  buf[6] = static_cast<char>('0' + d.month % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + d.day / 10);
  buf[9] = static_cast<char>('0' + d.day % 10);
  return IsoDate(buf, 10);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long DaysFromCivil(const CivilDate& date) {
  int y = date.year - (date.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
  unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

IsoDate AddDays(const IsoDate& date, long days) {
  CivilDate d;
  if (!ParseIsoDate(date, &d)) return "";
  return FormatIsoDate(CivilFromDays(DaysFromCivil(d) + days));
}

int WeekdayOf(const CivilDate& date) {
  long z = DaysFromCivil(date);
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

namespace {

int DayNumber(const Token& t) {
  if (!t.Is(kNumber)) return 0;
  // "05", "1 3" (from "1–3"), "8th"
  int v = 0, digits = 0;
  for (char c : t.key) {
    if (c < '0' || c > '9' || digits == 3) break;  // three digits are already no day
    v = v * 10 + (c - '0');
    ++digits;
  }
  if (digits == 0 || digits > 2 || v < 1 || v > 31) return 0;
  return v;
}

int YearNumber(const Token& t) {
  if (!t.Is(kYear)) return 0;
  // std::atoi of a key of four digits, without strtol.
  int v = 0;
  for (std::size_t i = 0; i < t.key.size() && i < 9 && t.key[i] >= '0' && t.key[i] <= '9'; ++i)
    v = v * 10 + (t.key[i] - '0');
  return v;
}

class DateFinder {
 public:
  DateFinder(const Sentence& s, const Lexicon& lex, const IsoDate& reference, const IsoDate& lead,
             std::vector<DateMention>* out)
      : s_(s), t_(s.tokens), bits_(s.bits), quote_(s.quote), lex_(lex), n_(static_cast<int>(t_.size())), lead_(lead),
        reference_(reference), out_(*out) {}

  void Run() {
    out_.clear();
    for (int k = 0; k < n_;) {
      if (!CanStart(k)) {  // what Try would pass over, without its cost
        ++k;
        continue;
      }
      int next = Try(k);
      k = next > k ? next : k + 1;
    }
  }

 private:
  bool Word(int k, std::string_view w) const { return k >= 0 && k < n_ && t_[k].key == w; }

  // False when Try(k) surely finds nothing: a mark, or a word that is no
  // number, month, weekday, "today", "yesterday", "day", "same" or a time of
  // day ("the following morning").
  bool CanStart(int k) const {
    const Token& t = t_[k];
    if (!t.Is(kWord)) return false;
    if (t.Is(kNumber | kYear)) return true;
    uint64_t bits = k < static_cast<int>(bits_.size()) ? bits_[k] : ~0ull;
    if (bits & (kMonth | kWeekday)) return true;
    std::string_view w = t.key;
    return w == "today"sv || w == "yesterday"sv || w == "day"sv || w == "days"sv || w == "same"sv || w == "eve"sv ||
           w == "morning"sv || w == "afternoon"sv || w == "evening"sv;
  }

  int Try(int k) {
    const Token& t = t_[k];
    if (!t.Is(kWord)) return k;
    uint64_t bits = k < static_cast<int>(bits_.size()) ? bits_[k] : ~0ull;
    int month = t.Is(kCap) && (bits & kMonth) ? lex_.Month(t.key) : 0;
    if (month) {
      // Month Day[, Year] | Month Year | Month
      int day = k + 1 < n_ ? DayNumber(t_[k + 1]) : 0;
      if (day) {
        int end = k + 2, year = 0;
        if (end < n_ && t_[end].key == ","sv && end + 1 < n_ && YearNumber(t_[end + 1])) year = YearNumber(t_[end + 1]), end += 2;
        else if (end < n_ && YearNumber(t_[end])) year = YearNumber(t_[end]), end += 1;
        AddDay(k, end, year, month, day);
        return end;
      }
      int prev = k - 1;
      bool preposition = prev >= 0 && (Word(prev, "in") || Word(prev, "since") || Word(prev, "until") ||
                                       Word(prev, "from") || Word(prev, "by") || Word(prev, "of") ||
                                       Word(prev, "early") || Word(prev, "late") || Word(prev, "mid") ||
                                       Word(prev, "last") || Word(prev, "next") || Word(prev, "during") ||
                                       Word(prev, "before") || Word(prev, "after") || Word(prev, "between"));
      int year = k + 1 < n_ ? YearNumber(t_[k + 1]) : 0;
      if (preposition || year) {
        DateMention d;
        d.kind = DateMention::Kind::kMonthOnly;
        d.begin = k;
        d.end = k + (year ? 2 : 1);
        d.month = month;
        d.year = year;
        out_.push_back(d);
        return d.end;
      }
      return k + 1;
    }
    // Day to|and Day Month [Year] ("from 14 to 18 September"): the first day
    if (int day = DayNumber(t); day && k + 3 < n_ && (Word(k + 1, "to") || Word(k + 1, "and") ||
                                                       Word(k + 1, "through") || Word(k + 1, "until")) &&
                                DayNumber(t_[k + 2]) && t_[k + 3].Is(kCap) &&
                                (k + 3 >= static_cast<int>(bits_.size()) || (bits_[k + 3] & kMonth))) {
      int m = lex_.Month(t_[k + 3].key);
      if (m) {
        int end = k + 4, year = 0;
        if (end < n_ && YearNumber(t_[end])) year = YearNumber(t_[end]), ++end;
        AddDay(k, end, year, m, day);
        return end;
      }
    }
    // Day Month [Year]
    if (int day = DayNumber(t)) {
      int m = k + 1 < n_ && t_[k + 1].Is(kCap) && (k + 1 >= static_cast<int>(bits_.size()) || (bits_[k + 1] & kMonth))
                  ? lex_.Month(t_[k + 1].key)
                  : 0;
      if (m) {
        int end = k + 2, year = 0;
        if (end < n_ && YearNumber(t_[end])) year = YearNumber(t_[end]), ++end;
        AddDay(k, end, year, m, day);
        return end;
      }
    }
    // dd.mm.yyyy
    if (t.Is(kNumber) && t.key.size() == 10 && t.key[2] == ' ' && t.key[5] == ' ') {
      std::string key(t.key);
      CivilDate d{std::atoi(key.substr(6).c_str()), std::atoi(key.substr(3, 2).c_str()),
                  std::atoi(key.substr(0, 2).c_str())};
      if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) Push(k, k + 1, FormatIsoDate(d));
      return k + 1;
    }
    if (int year = YearNumber(t)) {
      int prev = k - 1;
      if (Word(prev, "in") || Word(prev, "since") || Word(prev, "until") || Word(prev, "from") || Word(prev, "of") ||
          Word(prev, "by") || Word(prev, "between") || Word(prev, "and") || Word(prev, "before")) {
        DateMention d;
        d.kind = DateMention::Kind::kYearOnly;
        d.begin = k;
        d.end = k + 1;
        d.year = year;
        out_.push_back(d);
      }
      return k + 1;
    }
    int weekday = t.Is(kCap) && (bits & kWeekday) && !WeekdayGivenName(t_, bits_, k) ? lex_.Weekday(t.key) : -1;
    if (weekday >= 0 && HaveRef()) {
      long z = DaysFromCivil(ref_);
      int back = (WeekdayOf(ref_) - weekday + 7) % 7;
      // ("on Friday, Oct. 17", "on Friday (Oct. 17)": the date written out
      // after the weekday is the day, its span from the weekday on)
      const int begin = Word(k - 1, "on") ? k - 1 : k;
      if (k + 2 < n_ && (t_[k + 1].key == ","sv || t_[k + 1].key == "("sv)) {
        bool bracket = t_[k + 1].key == "("sv;
        std::size_t before = out_.size();
        IsoDate last_before = last_;
        int after = Try(k + 2);
        if (out_.size() == before + 1 && out_.back().kind == DateMention::Kind::kDay && out_.back().begin == k + 2 &&
            (!bracket || (after < n_ && t_[after].key == ")"sv))) {
          out_.back().begin = begin;
          if (bracket) out_.back().end = ++after;
          return after;
        }
        // (no date there: drop what the look-ahead read)
        out_.resize(before);
        last_ = last_before;
      }
      // ("on Monday (17)", "on Monday (Oct 26)": the day of the month in
      // brackets belongs to the date)
      int end = k + 1;
      if (end + 2 < n_ && t_[end].key == "("sv) {
        int close = end + 1;
        while (close < n_ && close < end + 4 && t_[close].key != ")"sv &&
               (std::isdigit(static_cast<unsigned char>(t_[close].key[0])) ||
                (close < static_cast<int>(bits_.size()) && (bits_[close] & kMonth))))
          ++close;
        if (close > end + 1 && close < n_ && t_[close].key == ")"sv) end = close + 1;
      }
      Push(Word(k - 1, "on") ? k - 1 : k, end, FormatIsoDate(CivilFromDays(z - back)));
      return end;
    }
    // ("'Today I invited ...,' X said": inside a quote, the day the
    // speaker spoke, which the story has reached, not the source's day)
    bool quoted = k < static_cast<int>(quote_.size()) && quote_[k] >= 0 && (last_.empty() ? !lead_.empty() : true);
    if (t.key == "today"sv && quoted) PushRelative(k, k + 1, last_.empty() ? lead_ : last_, 0, last_.empty());
    else if (t.key == "today"sv && HaveRef()) Push(k, k + 1, FormatIsoDate(ref_));
    if (t.key == "yesterday"sv && HaveRef()) Push(k, k + 1, FormatIsoDate(CivilFromDays(DaysFromCivil(ref_) - 1)));
    // Relative to the last day named before in the sentence, else to the
    // narrative (resolved by the caller; `lead` meanwhile).
    const IsoDate& base = last_.empty() ? lead_ : last_;
    bool relative = last_.empty();
    if (!base.empty()) {
      if (t.key == "day"sv && Word(k - 1, "the") && Word(k + 1, "before")) PushRelative(k - 1, k + 2, base, -1, relative);
      if (t.key == "day"sv && (Word(k - 1, "previous") || Word(k - 1, "preceding")))
        PushRelative(k - 1, k + 1, base, -1, relative);
      if (t.key == "day"sv && (Word(k - 1, "following") || Word(k - 1, "next"))) PushRelative(k - 1, k + 1, base, 1, relative);
      // ("the following morning", "the next evening": the day after too)
      if ((t.key == "morning"sv || t.key == "afternoon"sv || t.key == "evening"sv) &&
          (Word(k - 1, "following") || Word(k - 1, "next")) && Word(k - 2, "the"))
        PushRelative(k - 1, k + 1, base, 1, relative);
      // ("the previous evening", "the preceding night", "the evening
      // before": the day before too, not a time only recalled)
      bool part_of_day =
          t.key == "morning"sv || t.key == "afternoon"sv || t.key == "evening"sv || t.key == "night"sv;
      if (part_of_day && (Word(k - 1, "previous") || Word(k - 1, "preceding")) && Word(k - 2, "the"))
        PushRelative(k - 1, k + 1, base, -1, relative);
      // (not "the night before the vote": a day of its own follows)
      bool before_noun = k + 2 < n_ && (t_[k + 2].Is(kCap) || Word(k + 2, "the") || Word(k + 2, "a") ||
                                        Word(k + 2, "an") || Word(k + 2, "his") || Word(k + 2, "her") ||
                                        Word(k + 2, "their") || Word(k + 2, "its"));
      if (part_of_day && Word(k - 1, "the") && Word(k + 1, "before") && !before_noun)
        PushRelative(k - 1, k + 2, base, -1, relative);
      if (t.key == "same"sv && (Word(k + 1, "day") || Word(k + 1, "evening") || Word(k + 1, "morning")))
        PushRelative(k, k + 2, base, 0, relative);
      // "a day earlier", "two days later", "on the eve of the meeting"
      int count = t.key == "day"sv && (Word(k - 1, "a") || Word(k - 1, "one")) ? 1
                  : t.key == "days"sv && (Word(k - 1, "two") || Word(k - 1, "2")) ? 2
                  : t.key == "days"sv && (Word(k - 1, "three") || Word(k - 1, "3")) ? 3
                                                                                    : 0;
      if (count && (Word(k + 1, "earlier") || Word(k + 1, "before"))) PushRelative(k - 1, k + 2, base, -count, relative);
      if (count && Word(k + 1, "later")) PushRelative(k - 1, k + 2, base, count, relative);
      // (the eve of the item's main event, whatever the story reached since)
      if (t.key == "eve"sv && Word(k - 1, "the") && Word(k + 1, "of") && !lead_.empty())
        PushRelative(k - 1, k + 2, last_.empty() ? lead_ : last_, -1, false);
    }
    return k + 1;
  }

  void AddDay(int b, int e, int year, int month, int day) {
    CivilDate d{year, month, day};
    if (!year) {
      if (!HaveRef()) {
        DateMention m;
        m.kind = DateMention::Kind::kMonthOnly;  // no year to give: keep as a month cue
        m.begin = b, m.end = e, m.month = month;
        out_.push_back(m);
        return;
      }
      d.year = ref_.year;
      long diff = DaysFromCivil(d) - DaysFromCivil(ref_);
      if (diff > 45) d.year -= 1;
      else if (diff < -320) d.year += 1;
    }
    Push(b, e, FormatIsoDate(d));
  }

  void Push(int b, int e, const IsoDate& date) {
    DateMention m;
    m.kind = DateMention::Kind::kDay;
    m.begin = b;
    m.end = e;
    m.date = date;
    // "in line with the agreement of March 10, 2025": the date of a thing
    // named, not of the act (not "on the morning of May 5")
    if (b >= 2 && t_[b - 1].key == "of"sv && t_[b - 2].Is(kWord) && t_[b - 2].Is(kLower)) {
      std::string_view noun = t_[b - 2].key;
      if (noun == "agreement"sv || noun == "agreements"sv || noun == "memorandum"sv || noun == "decree"sv ||
          noun == "resolution"sv || noun == "declaration"sv || noun == "treaty"sv || noun == "law"sv ||
          noun == "statement"sv || noun == "decision"sv || noun == "letter"sv || noun == "accord"sv)
        m.occasion = true;
    }
    // "on the occasion of May 28", "until May 30", "ahead of May 28"
    for (int j = b - 1; j >= 0 && j >= b - 3; --j) {
      std::string_view w = t_[j].key;
      if (w == "occasion"sv || w == "until"sv || w == "till"sv || w == "ahead"sv || w == "marking"sv || w == "timed"sv ||
          w == "dedicated"sv || w == "deadline"sv)
        m.occasion = true;
    }
    // (not a day after the item's own: no report is filed after it appeared)
    m.dateline = Dateline(b, e) && HaveRef() && !(FormatIsoDate(ref_) < date);
    if (m.dateline) {
      CivilDate filed;
      if (ParseIsoDate(date, &filed)) ref_ = filed;
    }
    out_.push_back(m);
    if (!m.occasion) last_ = date;
  }

  // "MADRID, April 23 (EFE) - ...", "NEW DELHI, May 5 -- ...": the day a
  // wire report was filed, before its first words; the acts are on the
  // days the report names ("on Thursday"), counted back from it.
  bool Dateline(int b, int e) const {
    if (b < 2 || b > 5 || t_[b - 1].key != ","sv || e >= n_) return false;
    if (t_[e].key != "("sv && !t_[e].Is(kDash)) return false;
    for (int j = 0; j < b - 1; ++j) {
      if (!t_[j].Is(kWord)) return false;
      int upper = 0;
      for (uint32_t i = t_[j].begin; i < t_[j].end; ++i) {
        unsigned char c = static_cast<unsigned char>(s_.text[i]);
        if (c >= 'a' && c <= 'z') return false;
        upper += c >= 'A' && c <= 'Z';
      }
      if (upper == 0) return false;
    }
    return b - 1 > 1 || t_[0].end - t_[0].begin > 1;
  }

  void PushRelative(int b, int e, const IsoDate& base, int offset, bool relative) {
    Push(b, e, AddDays(base, offset));
    out_.back().relative = relative;
    out_.back().offset = offset;
  }

  // Whether the reference day parses (into ref_), found when first asked:
  // most sentences name no day.
  bool HaveRef() {
    if (!ref_parsed_) have_ref_ = ParseIsoDate(reference_, &ref_);
    ref_parsed_ = true;
    return have_ref_;
  }

  const Sentence& s_;
  const std::vector<Token>& t_;
  const std::vector<uint64_t>& bits_;  // empty when the sentence is not annotated
  const std::vector<int>& quote_;      // per token: its quote, -1 outside (may be empty)
  const Lexicon& lex_;
  int n_;
  IsoDate lead_;
  IsoDate last_;
  const IsoDate& reference_;
  CivilDate ref_;
  bool ref_parsed_ = false;
  bool have_ref_ = false;
  std::vector<DateMention>& out_;
};

}  // namespace

std::vector<DateMention> FindDates(const Sentence& sentence, const Lexicon& lexicon, const IsoDate& reference,
                                   const IsoDate& lead) {
  std::vector<DateMention> out;
  FindDates(sentence, lexicon, reference, lead, &out);
  return out;
}

void FindDates(const Sentence& sentence, const Lexicon& lexicon, const IsoDate& reference, const IsoDate& lead,
               std::vector<DateMention>* out) {
  DateFinder(sentence, lexicon, reference, lead, out).Run();
}

}  // namespace engine
}  // namespace actorgraph
