// Whether an act is reported as happening (not intended, recalled or
// conditional), and its date and place.

#include "item_processor.h"

#include <algorithm>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"
#include "text_util.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

// Is the act at trigger k of rule reported as happening now?
bool ItemProcessor::Modal(int s, int k, const PatternRule& rule, int subject_end, int match_end) {
  const SentenceClauses& cl = it_.clauses[s];
  int c = cl.of[k];
  const Clause& clause = cl.clauses[c];
  bool quoted = S(s).quote[k] >= 0;
  bool reported = clause.kind == ClauseKind::kThat || quoted;
  // ("has been in accession talks with X since 2022": a state that lasts,
  // no contact; "has" is an auxiliary here, not "has talks with")
  // (not "have been added to the list": a passive act)
  if (!rule.tense_free && (rule.type == InteractionType::kMeeting || rule.type == InteractionType::kCall) &&
      k + 1 < NTok(s) && T(s, k + 1).key == "been"sv &&
      (T(s, k).key == "has"sv || T(s, k).key == "have"sv || T(s, k).key == "had"sv))
    return false;
  bool now = false;
  for (int j = clause.begin; j < clause.end; ++j) {
    // ("signed a partnership with X that both governments are now expected
    // to ratify": a relative clause after the trigger tells its own time)
    if (j > k && At(s, j) < 0 && (T(s, j).key == "that"sv || T(s, j).key == "which"sv || T(s, j).key == "who"sv))
      break;
    if (cl.of[j] == c && At(s, j) < 0 && lex_.PhraseAt(S(s), j, kNow)) now = true;
  }
  // "If A and B agree to resume talks, C would host them", "C would host
  // talks if A and B agreed on a truce": an act on a condition has not
  // happened
  if (!rule.tense_free) {
    for (int d = c; d >= 0; d = cl.clauses[d].parent) {
      const Clause& up = cl.clauses[d];
      if (up.kind == ClauseKind::kSubordinate && up.begin < NTok(s) &&
          (T(s, up.begin).key == "if"sv || T(s, up.begin).key == "unless"sv))
        return false;
      if (up.kind != ClauseKind::kVpCoord && up.kind != ClauseKind::kSubordinate) break;
    }
    // (a sentence opened by "If" reads its condition up to the first comma)
    if ((T(s, 0).key == "if"sv || T(s, 0).key == "unless"sv) && At(s, 0) < 0) {
      int comma = 1;
      while (comma < NTok(s) && T(s, comma).key != ","sv) ++comma;
      if (k < comma) return false;
    }
  }
  int from = std::max(clause.begin, subject_end);
  std::vector<bool>& in_date = in_date_;
  in_date.assign(NTok(s), false);
  for (const DateMention& d : it_.dates[s])
    for (int j = d.begin; j < d.end && j < NTok(s); ++j) in_date[j] = true;
  for (int j = from; j < k; ++j) {
    if (cl.of[j] != c || At(s, j) >= 0 || !T(s, j).Is(kWord) || in_date[j]) continue;
    std::string_view key = T(s, j).key;
    if (lex_.PhraseAt(S(s), j, kNegation, k)) return false;
    if (int len = lex_.PhraseAt(S(s), j, kIntention, k)) {
      bool infinitive = len == 1 && key == "to"sv;
      if (Performative(s, j, k, rule)) continue;
      if (infinitive && !InfinitiveBefore(s, j, k)) continue;
      if (infinitive && TravelledFirst(s, j)) continue;
      if (!rule.allow_future) return false;
    }
    if (rule.tense_free) continue;
    if (key == "had"sv && !now && !ClauseHasDay(s, c) && !ArrivalBeforeDatedAct(s, c, j, rule)) return false;
    if (reported && !now && lex_.PhraseAt(S(s), j, kPerfectAux, k)) return false;
    // ("X said the country has already completed its withdrawal": a step
    // said to be taken already, with or without "that" before the clause)
    if (!now && (key == "has"sv || key == "have"sv) && j + 1 < k && T(s, j + 1).key == "already"sv) return false;
  }
  // "called for talks with X": an intention that ends with the trigger
  if (k > from && cl.of[k - 1] == c && At(s, k - 1) < 0 && !rule.allow_future &&
      lex_.PhraseAt(S(s), k - 1, kIntention, k + 1) == 2)
    return false;
  // "X recalled that the agreement was signed by ...": what is recalled
  // happened before; "X denied reports that Y had met Z": it did not happen
  // ("X recalled her visit to Tokyo, during which she met Y": so did what
  // happened during the thing recalled)
  // ("recalled his visit to Riga in March, when the two ministers opened
  // a forum": a ", when" clause tells the time of the thing recalled before it)
  if (!rule.tense_free && !now)
    for (int w = k - 1; w > 1; --w) {
      if (T(s, w).key != "when"sv || T(s, w - 1).key != ","sv) continue;
      // ("the first meeting since January, when X criticised the cabinet":
      // the time a "since" looks back to)
      for (const DateMention& d : it_.dates[s])
        if (d.end == w - 1 && d.begin < d.end &&
            (T(s, d.begin).key == "since"sv || (d.begin > 0 && T(s, d.begin - 1).key == "since"sv)))
          return false;
      for (int j = 0; j < w - 1; ++j)
        if (At(s, j) < 0 && !in_date[j] && lex_.PhraseAt(S(s), j, kRecall, w) && !SameDayEarlier(s, j)) return false;
      break;
    }
  bool during_which = clause.kind == ClauseKind::kRelative && (Bits(s, clause.begin) & kPreposition);
  if ((clause.kind == ClauseKind::kThat || during_which) && clause.parent >= 0) {
    const Clause& parent = cl.clauses[clause.parent];
    for (int j = parent.begin; j < clause.begin; ++j) {
      if (cl.of[j] != clause.parent || At(s, j) >= 0) continue;
      if (!now && lex_.PhraseAt(S(s), j, kRecall, clause.begin) && !SameDayEarlier(s, j)) return false;
      // (a denial voids what its that-clause reports; "dismissed the posts
      // in which he accused Nairobi": the posts were written all the same)
      std::string_view w = T(s, j).key;
      if (clause.kind == ClauseKind::kThat &&
          (w == "denied"sv || w == "denies"sv || w == "deny"sv || w == "refuted"sv || w == "refutes"sv ||
           w == "dismissed"sv || w == "dismisses"sv || w == "rejected"sv || w == "rejects"sv))
        return false;
    }
  }
  if (!rule.tense_free && !now) {
    // Cues after the trigger bind to it only when near (not to a later
    // phrase); praise and blame are acts of now whatever they are about.
    bool evaluative = rule.type == InteractionType::kPraise || rule.type == InteractionType::kCriticism ||
                      rule.type == InteractionType::kInvitation;
    // (a relative clause, closed by its commas, is read to its end: ", who
    // held talks with X in Bratislava last autumn,")
    int last = evaluative ? k : clause.kind == ClauseKind::kRelative ? clause.end : std::min(clause.end, k + 9);
    // (the window reaches two words past a long name the rule read, when
    // the name began inside it: not over the words of a long object, "signed
    // the agreements for the Hajj season of 2030 with X")
    if (!evaluative && clause.kind != ClauseKind::kRelative && match_end > last) {
      int named = At(s, match_end - 1);
      if (named >= 0 && M(s, named).begin <= last) last = std::min(clause.end, match_end + 2);
    }
    // ("the visit of the Kazakh Prime Minister to Tbilisi in 2025": a
    // contact named by a noun reaches over its actors to its time)
    bool nominal_contact = !rule.elements.empty() && rule.elements[0].kind != PatternElement::Kind::kSubject &&
                           !evaluative;
    if (nominal_contact) last = std::min(clause.end, k + 16);
    // ("led the delegation to the 9th Summit of the Organization of Turkic
    // States in 2022": a gathering's long name, then its year)
    if (rule.type == InteractionType::kParticipation) last = std::max(last, std::min(clause.end, k + 16));
    // ("Recalling the summit of 2024, X praised Y": the participle before
    // the subject recalls, the verb does not)
    int opening = clause.begin;
    if (T(s, opening).Is(kWord) && T(s, opening).key.size() > 4 &&
        T(s, opening).key.compare(T(s, opening).key.size() - 3, 3, "ing") == 0)
      for (int j = opening + 1; j < k; ++j)
        if (T(s, j).key == ","sv) {
          opening = j + 1;
          break;
        }
    // ("a day earlier" is a date, not a recollection; "recalled its
    // ambassador": the rule's own trigger is no cue; "on a previously
    // unannounced visit": an adverb inside a noun phrase after its article
    // tells of the noun, not of the act)
    auto premodifier = [&](int j) {
      return j > 0 && j + 1 < NTok(s) && T(s, j).key == "previously"sv && T(s, j + 1).Is(kWord) &&
             T(s, j + 1).Is(kLower) &&
             (T(s, j - 1).key == "a"sv || T(s, j - 1).key == "an"sv || T(s, j - 1).key == "the"sv ||
              T(s, j - 1).key == "his"sv || T(s, j - 1).key == "her"sv || T(s, j - 1).key == "its"sv ||
              T(s, j - 1).key == "their"sv);
    };
    for (int j = opening; j < last; ++j)
      if (j != k && cl.of[j] == c && At(s, j) < 0 && !in_date[j] && lex_.PhraseAt(S(s), j, kRecall) &&
          !SameDayEarlier(s, j) && !premodifier(j))
        return false;
    // ("when President X visits Togo next week": a time still to come)
    if (!rule.allow_future)
      for (int j = k + 1; j < last; ++j)
        if (cl.of[j] == c && At(s, j) < 0 && lex_.PhraseAt(S(s), j, kAhead)) return false;
    if (!DatesAgree(s, c, rule, last)) return false;
  }
  // "a month after X's trip to Kyiv": an act a month or more before
  if (k >= 2 && T(s, k).key == "after"sv) {
    std::string_view unit = T(s, k - 1).key;
    if (unit == "month"sv || unit == "months"sv || unit == "year"sv || unit == "years"sv || unit == "week"sv ||
        unit == "weeks"sv)
      return false;
  }
  // "signed X on Thursday, three years after the two countries concluded
  // the treaty": the act of a clause opened by "<months|years> after"
  if (clause.kind == ClauseKind::kSubordinate && clause.begin >= 1 && T(s, clause.begin).key == "after"sv) {
    std::string_view unit = T(s, clause.begin - 1).key;
    if (unit == "month"sv || unit == "months"sv || unit == "year"sv || unit == "years"sv || unit == "decade"sv ||
        unit == "decades"sv)
      return false;
  }
  // "days after visiting Singapore": an act some days before, undated
  if (k >= 2 && T(s, k - 1).key == "after"sv &&
      (T(s, k - 2).key == "days"sv || T(s, k - 2).key == "weeks"sv || T(s, k - 2).key == "months"sv) &&
      (k < 3 || !(T(s, k - 3).Is(kNumber) || NumberWord(T(s, k - 3).key))))
    return false;
  // "the visit of X to C planned for the autumn": a contact named by a noun
  // is only intended when a participle after it says so (intention_after)
  bool nominal = rule.elements.empty() || rule.elements[0].kind != PatternElement::Kind::kSubject;
  if (nominal && !rule.allow_future) {
    const std::vector<std::string>& after = lex_.patterns().Words("intention_after");
    for (int j = k + 1; j < clause.end && j < k + 10; ++j)
      if (cl.of[j] == c && At(s, j) < 0 && std::find(after.begin(), after.end(), T(s, j).key) != after.end())
        return false;
  }
  // "X will meet Y and sign Z": a coordinated verb shares the intention;
  // so does a trailing participle ("X will travel to Lima, meeting Y").
  if ((clause.kind == ClauseKind::kVpCoord || clause.kind == ClauseKind::kTrailParticiple) && clause.parent >= 0 &&
      !rule.allow_future) {
    const Clause& parent = cl.clauses[clause.parent];
    for (int j = parent.begin; j < parent.end && j < clause.begin; ++j) {
      if (cl.of[j] != clause.parent || At(s, j) >= 0 || in_date[j]) continue;
      // ("is scheduled to travel to X, meeting Y": over the auxiliary)
      KeyView w = T(s, j).key;
      bool be = w == "is"sv || w == "are"sv || w == "was"sv || w == "were"sv || w == "be"sv;
      int len = lex_.PhraseAt(S(s), j, kIntention);
      if (len && !(len == 1 && T(s, j).key == "to"sv)) return false;
      if (VerbLike(S(s), j, lex_) && !(Bits(s, j) & kIntention) && !be) break;
    }
  }
  return true;
}

// "Earlier on Thursday", "Earlier that day", "Earlier, X met Y": the same
// news day, told out of order; no recollection.
bool ItemProcessor::SameDayEarlier(int s, int j) const {
  if (T(s, j).key != "earlier"sv || j + 1 >= NTok(s)) return false;
  std::string_view next = T(s, j + 1).key;
  if (next == "today"sv) return true;
  // ("earlier on Thursday", not "earlier on in his term")
  if (next == "on"sv)
    return j + 2 < NTok(s) && (Bits(s, j + 2) & (kWeekday | kMonth) || T(s, j + 2).Is(kNumber));
  // ("earlier that day", "earlier this morning", not "earlier this year")
  if (next == "that"sv || next == "this"sv) {
    if (j + 2 >= NTok(s)) return false;
    std::string_view w = T(s, j + 2).key;
    return w == "day"sv || w == "morning"sv || w == "afternoon"sv || w == "evening"sv;
  }
  if (next == "in"sv && j + 3 < NTok(s) && T(s, j + 2).key == "the"sv && T(s, j + 3).key == "day"sv) return true;
  return j == 0 && next == ","sv;
}

// ", who had flown in from Port Sudan, at the palace in Cairo on Sunday": a
// trip told in the pluperfect in a relative clause ended right before the
// act, dated to the day, of the sentence it hangs on (or earlier the same
// day: ", who had flown in from Nairobi earlier in the day,").
bool ItemProcessor::ArrivalBeforeDatedAct(int s, int c, int had, const PatternRule& rule) const {
  if (rule.type != InteractionType::kVisit) return false;
  const Clause& clause = it_.clauses[s].clauses[c];
  if (clause.kind != ClauseKind::kRelative || had != clause.begin + 1) return false;
  for (int j = clause.begin; j < clause.end; ++j)
    if (T(s, j).key == "earlier"sv && SameDayEarlier(s, j)) return true;
  for (const DateMention& d : it_.dates[s])
    if (d.kind == DateMention::Kind::kDay && (d.begin < clause.begin || d.begin >= clause.end)) return true;
  return false;
}

bool ItemProcessor::ClauseHasDay(int s, int c) const {
  for (const DateMention& d : it_.dates[s])
    if (d.kind == DateMention::Kind::kDay && it_.clauses[s].of[d.begin] == c) return true;
  return false;
}

// "I want to thank", "we would like to congratulate": thanks given now,
// not intended.
bool ItemProcessor::Performative(int s, int j, int k, const PatternRule& rule) const {
  if (rule.type != InteractionType::kPraise) return false;
  auto key = [&](int i) -> std::string_view { return T(s, i).key; };
  int to = -1;
  if ((key(j) == "want"sv || key(j) == "wish"sv || key(j) == "wants"sv || key(j) == "wishes"sv) && j + 1 < k)
    to = j + 1;
  else if (key(j) == "would"sv && j + 2 < k && key(j + 1) == "like"sv)
    to = j + 2;
  else if ((key(j) == "to"sv) && j > 0 && (key(j - 1) == "want"sv || key(j - 1) == "like"sv || key(j - 1) == "wish"sv))
    to = j;
  return to >= 0 && key(to) == "to"sv && to + 1 == k;
}

// "to" right before the trigger (an adverb may stand between).
bool ItemProcessor::InfinitiveBefore(int s, int j, int k) const {
  if (j + 1 == k) return true;
  if (j + 2 == k && T(s, j + 1).Is(kWord) && T(s, j + 1).key.size() > 3 &&
      T(s, j + 1).key.compare(T(s, j + 1).key.size() - 2, 2, "ly") == 0)
    return true;
  return false;
}

// "paid a visit to Montenegro to participate in ...": the purpose of a
// trip that happened.
bool ItemProcessor::TravelledFirst(int s, int j) const {
  for (int i = 0; i < j; ++i) {
    if (At(s, i) >= 0 || !T(s, i).Is(kWord)) continue;
    if (lex_.PhraseAt(S(s), i, kTravelPurpose, j)) {
      // the trip itself must not be intended
      for (int h = 0; h < i; ++h)
        if (At(s, h) < 0 && T(s, h).Is(kWord) && lex_.PhraseAt(S(s), h, kIntention, i) &&
            T(s, h).key != "to"sv)
          return false;
      return true;
    }
  }
  return false;
}

// Month or year named in the clause: before the item's month is a recall,
// after it an intention.
bool ItemProcessor::DatesAgree(int s, int c, const PatternRule& rule, int last) const {
  CivilDate ref;
  if (!ParseIsoDate(it_.lead_date, &ref)) return true;
  // ("the malware deployed against government systems in 2022, after which
  // Tirana severed relations with Tehran": a relative clause opened by a
  // preposition is as old as the time it hangs on)
  if (const Clause& rel = it_.clauses[s].clauses[c];
      rel.kind == ClauseKind::kRelative && rel.begin >= 2 && (Bits(s, rel.begin) & kPreposition)) {
    int j = rel.begin - 1;
    if (T(s, j).key == ","sv) --j;
    for (const DateMention& d : it_.dates[s])
      if (d.end - 1 == j && d.year &&
          (d.year < ref.year || (d.year == ref.year && d.month > 0 && d.month < ref.month)))
        return false;
  }
  for (const DateMention& d : it_.dates[s]) {
    // ("In 2017, X became ..., where he held talks with Y": a time that
    // opens the sentence holds for all its clauses)
    bool opening = d.begin <= 1 && d.end < NTok(s) && T(s, d.end).key == ","sv;
    if ((it_.clauses[s].of[d.begin] != c && !opening) || d.begin >= last) continue;
    if (d.kind == DateMention::Kind::kDay) continue;
    // ("a memorandum, suspended since July 2024, was signed by A and B":
    // a time after "since" in a participle's apposition starts a state of
    // the thing the act is about, not when the act was)
    if (d.begin > 2 && T(s, d.begin - 1).key == "since"sv && d.end < NTok(s) && T(s, d.end).key == ","sv) {
      int j = d.begin - 2;
      while (j > 0 && j > d.begin - 6 && At(s, j) < 0 && T(s, j).Is(kWord) && T(s, j).Is(kLower) &&
             T(s, j - 1).key != ","sv)
        --j;
      std::string_view participle = T(s, j).key;
      if (j > 0 && T(s, j - 1).key == ","sv && reader::PastParticipleForm(participle))
        continue;
    }
    // ("signed a protocol extending until 2028 the mandate", "agreed to
    // double trade by 2030": a term or a deadline, not when the act was)
    int year = d.year ? d.year : ref.year;
    // (a year ahead: a past one, "signed by 2019", is still a recall)
    if (d.begin > 1 && !opening && year > ref.year && InClass(s, d.begin - 1, "term_preposition")) continue;
    // ("suspended the agreement concluded in 2019 with X": a past year
    // after a participle that follows its noun dates that thing, not the act)
    if (d.kind == DateMention::Kind::kYearOnly && year < ref.year && !opening) {
      int in = T(s, d.begin).key == "in"sv ? d.begin : d.begin - 1;
      int part = in - 1;
      if (in >= 3 && T(s, in).key == "in"sv && T(s, part).Is(kWord) && T(s, part).Is(kLower) &&
          At(s, part) < 0 && At(s, part - 1) < 0 && T(s, part - 1).Is(kWord) && T(s, part - 1).Is(kLower)) {
        std::string_view w = T(s, part).key;
        std::string_view noun = T(s, part - 1).key;
        bool participle = reader::PastParticipleForm(w);
        bool aux = noun == "was"sv || noun == "were"sv || noun == "is"sv || noun == "are"sv || noun == "be"sv ||
                   noun == "been"sv || noun == "being"sv || noun == "has"sv || noun == "have"sv || noun == "had"sv ||
                   noun == "and"sv || noun == "who"sv || noun == "which"sv || noun == "that"sv;
        if (participle && !aux) continue;
      }
    }
    if (d.kind == DateMention::Kind::kYearOnly) {
      if (year < ref.year) return false;
      if (year > ref.year && !rule.allow_future) return false;
      // ("the Assembly, whose President X led a delegation to Hanoi in
      // 2027": a relative clause in the past dated only by the year is
      // background; not "who is making his third trip to China in 2027")
      if (it_.clauses[s].clauses[c].kind == ClauseKind::kRelative && !opening) {
        const Clause& rel = it_.clauses[s].clauses[c];
        bool present = false;
        for (int j = rel.begin; j < rel.end && !present; ++j) {
          KeyView w = T(s, j).key;
          present = w == "is"sv || w == "are"sv || w == "has"sv || w == "have"sv;
        }
        if (!present) return false;
      }
      continue;
    }
    if (year < ref.year || (year == ref.year && d.month < ref.month)) return false;
    if ((year > ref.year || (year == ref.year && d.month > ref.month)) && !rule.allow_future) return false;
  }
  return true;
}

// The day the clause names; else the narrative's current day (the last
// day an earlier sentence of the item gave an act), else the item's.
// An invitation's or a thanks' later dates are those of what it is about.
IsoDate ItemProcessor::DateFor(int s, int k, const PatternRule& rule, int* dated) const {
  const SentenceClauses& cl = it_.clauses[s];
  int c = cl.of[k];
  bool before_only = rule.type == InteractionType::kInvitation || rule.type == InteractionType::kPraise;
  const DateMention* best = nullptr;
  const DateMention* dateline = nullptr;
  for (const DateMention& d : it_.dates[s]) {
    if (d.kind != DateMention::Kind::kDay || d.occasion) continue;
    if (d.dateline) {
      dateline = &d;
      continue;
    }
    if (before_only && d.begin > k) continue;
    int dc = cl.of[d.begin];
    bool same = dc == c;
    bool sentence_level = cl.clauses[dc].kind == ClauseKind::kMain || cl.clauses[dc].kind == ClauseKind::kIntroParticiple;
    // "held on 8 October, was chaired by X and attended by Y": coordinated
    // verb phrases share their dates
    if (cl.clauses[c].kind == ClauseKind::kVpCoord && cl.clauses[dc].kind == ClauseKind::kVpCoord &&
        cl.clauses[dc].parent == cl.clauses[c].parent)
      sentence_level = true;
    // "a letter, sent on January 22, in which he invited X": a relative
    // clause opened by a preposition is dated by what it hangs on
    if (cl.clauses[c].kind == ClauseKind::kRelative && d.begin < cl.clauses[c].begin &&
        (Bits(s, cl.clauses[c].begin) & kPreposition))
      sentence_level = true;
    if (same) {
      best = &d;
      break;
    }
    // ("X arrived on Tuesday, and on Wednesday he and Y held talks and
    // signed ...": a coordinated verb phrase takes its own clause's day
    // before an earlier clause's)
    // (only a main clause after the sentence's first: ", and on Wednesday")
    if (cl.clauses[c].kind == ClauseKind::kVpCoord && dc == cl.clauses[c].parent && d.begin < k &&
        cl.clauses[dc].kind == ClauseKind::kMain && cl.clauses[dc].begin > 0 && best &&
        cl.of[best->begin] != dc) {
      best = &d;
      continue;
    }
    if (sentence_level && !best) best = &d;
  }
  if (!best) best = dateline;
  // "on Sunday, a day after Sharif arrived": the subordinate act is that
  // many days before the sentence's day
  // ("on Friday, a day after co-chairing the session": the gerund right
  // after "a day after" is the act)
  int before = 0;
  bool visit_began = false;
  const Clause& own = cl.clauses[c];
  int after = -1;
  if (own.kind == ClauseKind::kSubordinate && own.begin >= 2 && T(s, own.begin).key == "after"sv) after = own.begin;
  else if (k >= 3 && T(s, k - 1).key == "after"sv && T(s, k).key.size() > 4 && reader::EndsWith(T(s, k).key, "ing"))
    after = k - 1;
  if (after >= 2 && (T(s, after - 1).key == "day"sv || T(s, after - 1).key == "days"sv)) {
    std::string_view n = T(s, after - 2).key;
    before = n == "a"sv || n == "one"sv ? 1 : n == "two"sv || n == "2"sv ? 2 : n == "three"sv || n == "3"sv ? 3 : 0;
  }
  // "on 23 March, on the second day of a visit to X": the visit began a
  // day before
  // (", the second day of a visit to X": the rule's trigger is the ordinal)
  int nth_at = -1;
  if (k + 4 < NTok(s) && T(s, k).key == "on"sv && T(s, k + 1).key == "the"sv && T(s, k + 3).key == "day"sv &&
      T(s, k + 4).key == "of"sv)
    nth_at = k + 2;
  else if (k + 2 < NTok(s) && T(s, k + 1).key == "day"sv && T(s, k + 2).key == "of"sv)
    nth_at = k;
  if (rule.type == InteractionType::kVisit && nth_at >= 0) {
    std::string_view n = T(s, nth_at).key;
    before = n == "second"sv ? 1 : n == "third"sv ? 2 : n == "fourth"sv ? 3 : n == "fifth"sv ? 4 : 0;
    after = -1;
    visit_began = before > 0;
  }
  // "On the second day, ... talks": the days of the visit the item
  // reported, counted from its first
  if (!best && NTok(s) > 4 && T(s, 0).key == "on"sv && T(s, 1).key == "the"sv && T(s, 3).key == "day"sv) {
    std::string_view n = T(s, 2).key;
    int nth = n == "first"sv ? 1 : n == "second"sv ? 2 : n == "third"sv ? 3 : n == "fourth"sv ? 4 : n == "fifth"sv ? 5 : 0;
    const Found* visit = nullptr;
    for (const Found& f : found_)
      if (f.type == InteractionType::kVisit && f.dated && !visit) visit = &f;
    if (nth && visit) {
      *dated = 1;
      return AddDays(visit->date, nth - 1);
    }
  }
  if (!best && narrative_date_.empty()) {
    // "X has accused Y of ... . Addressing journalists on Wednesday, X
    // said ...", "X has suspended Y. The suspension was announced on
    // Sunday": an undated opening act in the perfect takes the day of the
    // next sentence when that one tells the same act
    if (const DateMention* next = SameActNextDay(s, k)) {
      *dated = 1;
      return next->date;
    }
  }
  if (best) {
    *dated = cl.of[best->begin] == c ? 2 : 1;
    // "arrived on Saturday for a meeting hosted by X": the day is the
    // journey's; the meeting it is for may be told later with its own day
    for (int j = best->end; *dated == 2 && j + 1 < k; ++j)
      if (T(s, j).key == "for"sv && (T(s, j + 1).key == "a"sv || T(s, j + 1).key == "an"sv || T(s, j + 1).key == "the"sv))
        *dated = 1;
    IsoDate day = best->relative && !narrative_date_.empty() ? AddDays(narrative_date_, best->offset) : best->date;
    bool outside = after < 0 || (after == own.begin ? cl.of[best->begin] != c : best->begin < after);  // the day is the sentence's
    if (before && outside) day = AddDays(day, -before);
    // (a day worked out backwards is a look back: the story stays where it is)
    if (visit_began || (before && outside)) *dated = 0;
    return day;
  }
  *dated = 0;
  return narrative_date_.empty() ? it_.lead_date : narrative_date_;
}

// The day of the sentence after the item's undated first body sentence s,
// when s's act at token k is in the perfect ("has accused") and the next
// sentence, in the same paragraph, tells that act again: it opens with an
// act's participle ("Addressing journalists on Wednesday, ...") or names the
// act's record or outcome first ("The letter was handed over on Monday",
// "In a statement issued on Sunday"; word class act_record). nullptr if not.
const DateMention* ItemProcessor::SameActNextDay(int s, int k) const {
  if (s != it_.first_body || s + 1 >= static_cast<int>(it_.sentences.size()) || S(s + 1).block != S(s).block)
    return nullptr;
  for (const DateMention& d : it_.dates[s])
    if (d.kind == DateMention::Kind::kDay) return nullptr;
  bool perfect = false;
  for (int j = k - 1; j >= 0 && j >= k - 2 && !perfect; --j)
    perfect = T(s, j).key == "has"sv || T(s, j).key == "have"sv;
  if (!perfect) return nullptr;
  int n = s + 1;
  if (NTok(n) < 4) return nullptr;
  bool participle = lex_.InWordClass("act_participle", T(n, 0).key);
  int noun = T(n, 0).key == "the"sv ? 1 : T(n, 0).key == "in"sv ? 2 : -1;
  if (noun == 2 && T(n, 1).key != "a"sv && T(n, 1).key != "the"sv && T(n, 1).key != "its"sv &&
      T(n, 1).key != "his"sv && T(n, 1).key != "her"sv)
    noun = -1;
  bool record = noun > 0 && lex_.InWordClass("act_record", T(n, noun).key);
  if (!participle && !record) return nullptr;
  for (const DateMention& d : it_.dates[n])
    if (d.kind == DateMention::Kind::kDay && !d.occasion && !d.relative && !d.dateline && d.offset >= 0)
      return &d;
  return nullptr;
}

// After a sentence: the day of its last dated act, or the day it opens with.
void ItemProcessor::AdvanceNarrative(int s, std::size_t found_before) {
  // "On the eve of the meeting, X called Y": a look back, for the rest of
  // its paragraph (and its list); the next paragraph goes on from the day
  // the story had reached (Run restores it)
  if (lookback_block_ < 0 && !narrative_date_.empty())
    for (const DateMention& d : it_.dates[s])
      if (d.kind == DateMention::Kind::kDay && d.offset < 0) {
        lookback_block_ = S(s).block;
        before_lookback_ = narrative_date_;
      }
  bool moved = false;
  bool arrival_before = false;
  for (std::size_t i = found_before; i < found_.size(); ++i) {
    // ("X welcomed Y on 20 October. Y arrived in Manila on Monday evening":
    // the arrival told after the act it led to looks back; the story stays
    // on the act's day)
    // (not a visit the sentence opens with its day: "On September 25, X
    // visited Italy. He held talks with Y")
    bool opens_with_day = false;
    for (const DateMention& d : it_.dates[s])
      opens_with_day = opens_with_day || (d.kind == DateMention::Kind::kDay && d.begin <= 1);
    if (found_[i].type == InteractionType::kVisit && !opens_with_day && !narrative_date_.empty() &&
        found_[i].date < narrative_date_) {
      arrival_before = true;
      continue;
    }
    if (found_[i].dated && !found_[i].background) narrative_date_ = found_[i].date, moved = true;
  }
  if (moved || arrival_before) return;
  for (const DateMention& d : it_.dates[s])
    if (d.kind == DateMention::Kind::kDay && d.begin <= 2 && !d.occasion) {
      narrative_date_ = d.relative && !narrative_date_.empty() ? AddDays(narrative_date_, d.offset) : d.date;
      return;
    }
  // "Addressing the meeting on Monday, ..., Singh called for ...": a day of
  // an opening participle of an act (act_participle: not "Looking ahead to
  // the summit on Thursday") moves the story on (forward only, to no later
  // than the item's source date)
  const SentenceClauses& cl = it_.clauses[s];
  for (const DateMention& d : it_.dates[s]) {
    if (d.kind != DateMention::Kind::kDay || d.occasion || d.relative || d.offset < 0) continue;
    const Clause& clause = cl.clauses[cl.of[d.begin]];
    if (clause.kind != ClauseKind::kIntroParticiple || clause.begin != 0) continue;
    const std::vector<std::string>& acts = lex_.LowerWordClass("act_participle");
    if (std::find(acts.begin(), acts.end(), T(s, 0).key) == acts.end()) continue;
    if (!narrative_date_.empty() && narrative_date_ < d.date && (it_.source_date.empty() || !(it_.source_date < d.date)))
      narrative_date_ = d.date;
    return;
  }
}

std::string ItemProcessor::PlaceFor(int s, int k) const {
  const SentenceClauses& cl = it_.clauses[s];
  int c = cl.of[k];
  for (int j = k + 1; j + 1 < NTok(s); ++j) {
    if (cl.of[j] != c) continue;
    if (T(s, j).key != "in"sv && T(s, j).key != "at"sv) continue;
    int m = MentionStartingAt(s, j + 1);
    if (m >= 0 && M(s, m).kind == MentionKind::kCapital) return S(s).Span(M(s, m).name_begin, M(s, m).name_end);
    if (m < 0 && T(s, j + 1).Is(kCap) && lex_.PlaceCountry(T(s, j + 1).key)) return S(s).Span(j + 1, j + 2);
  }
  return "";
}

}  // namespace engine
}  // namespace actorgraph
