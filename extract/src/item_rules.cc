// Matching the pattern rules of patterns.json against a sentence, and the
// nominal contacts ("the meeting between A and B").

#include "item_processor.h"

#include <algorithm>
#include <map>
#include <set>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"
#include "text_util.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

// A token no actor is named by: plain words, and the words of a document
// ("signed a declaration on ...": the declaration's author is elsewhere).
// (always inlined: asked at every token a pattern element tries; only this
// file asks)
__attribute__((always_inline)) inline bool ItemProcessor::NoActorAt(int s, int k) const {
  int m = At(s, k);
  return m < 0 || M(s, m).kind == MentionKind::kSpeakerAnaphor || SkippableGathering(s, m) ||
         // ("led Kenya's delegation to": a delegation's own noun is a word)
         (M(s, m).kind == MentionKind::kDelegation && M(s, m).end == k + 1 && (Bits(s, k) & kDelegation));
}

// "held the opening session with X": a gathering pointed back to by a
// common noun is a plain word to a rule that does not ask for a gathering
// there (an E slot is tried before any word is skipped).
// So is a body's own unnamed official ("recalled its ambassador from X").
bool ItemProcessor::SkippableGathering(int s, int m) const {
  const Mention& x = M(s, m);
  if (x.kind == MentionKind::kRole && (x.owner == "its" || x.owner == "their") && x.end - x.begin <= 3) return true;
  // ("with X in the chair": an idiom, no office holder)
  if (x.kind == MentionKind::kRole && x.end - x.begin == 2 && x.begin > 0 && T(s, x.begin - 1).key == "in"sv &&
      T(s, x.begin + 1).key == "chair"sv)
    return true;
  // (and the people of a gathering a rule names by word: "Among the
  // speakers on the opening day were X")
  if (x.kind == MentionKind::kFramePersons && x.end - x.begin <= 3 &&
      (x.anaphor == "speakers"sv || x.anaphor == "participants"sv || x.anaphor == "attendees"sv ||
       x.anaphor == "panelists"sv || x.anaphor == "panellists"sv))
    return true;
  return x.kind == MentionKind::kEventAnaphor && x.end - x.begin <= 3;
}

bool ItemProcessor::PlainToken(int s, int k, int clause) const {
  if (k >= NTok(s) || !NoActorAt(s, k)) return false;
  const Token& t = T(s, k);
  // "a $150 million loan agreement": amounts are plain words too
  bool amount = t.Is(kNumber) || t.key == "$"sv || t.key == "€"sv || t.key == "£"sv ||
                (t.key == "%"sv && k > 0 && T(s, k - 1).Is(kNumber));
  // ("a bill on the country's withdrawal": the possessive inside a noun phrase)
  if (!t.Is(kWord) && !amount && !t.Is(kPossessive)) return false;
  if (it_.clauses[s].of[k] != clause) return false;
  return true;
}

// ", who is on a visit to Georgia," and "(...)": insertions a pattern
// reads over.
int ItemProcessor::SkipInserted(int s, int pos) const {
  const SentenceClauses& cl = it_.clauses[s];
  while (pos < NTok(s)) {
    int start = pos;
    if (T(s, pos).key == ","sv && pos + 1 < NTok(s)) ++start;
    int c = cl.of[start];
    ClauseKind kind = cl.clauses[c].kind;
    if (cl.clauses[c].begin != start ||
        (kind != ClauseKind::kRelative && kind != ClauseKind::kParenthetical))
      return pos;
    int end = cl.clauses[c].end;
    if (end < NTok(s) && T(s, end).key == ","sv) ++end;
    if (end <= pos) return pos;
    pos = end;
  }
  return pos;
}

bool ItemProcessor::InsertionOpensRule(int s, const PatternRule& rule, int pos) const {
  const PatternElement* first = nullptr;
  for (const PatternElement& el : rule.elements)
    if (el.kind == PatternElement::Kind::kWords) {
      first = &el;
      break;
    }
  if (!first) return false;
  // (an insertion that opens with a preposition: "X, in a telephone
  // conversation on Monday, invited"; not "X, speaking after ..., during")
  for (int j = pos - 1; j >= 0 && j >= pos - 12; --j)
    if (T(s, j).key == ","sv)
      return j + 1 < pos && (Bits(s, j + 1) & kPreposition) && WordFits(*first, T(s, j + 1).key);
  return false;
}

// The clause a rule's word carries the match into: a verb coordinated within
// the rule's own words ("signed and exchanged the notes") opens a clause of
// its own that the rest of the rule reads.
int ItemProcessor::WordsClause(int s, int pos, int clause) const {
  int c = it_.clauses[s].of[pos];
  if (c == clause || c < 0) return clause;
  const Clause& coord = it_.clauses[s].clauses[c];
  return coord.kind == ClauseKind::kVpCoord && coord.parent == clause ? c : clause;
}

bool ItemProcessor::MatchFrom(int s, const PatternRule& rule, int e, int pos, int clause, Match* match) {
  const auto& els = rule.elements;
  // the closing mark of a quoted verb that stays in its clause: 'it
  // "categorically rejects" the allegations'
  if (pos < NTok(s) && T(s, pos).Is(kQuoteClose) && it_.clauses[s].of[pos] == clause &&
      it_.clauses[s].clauses[clause].kind != ClauseKind::kQuote)
    ++pos;
  if (e > 0 && e < static_cast<int>(els.size()) && els[e].kind != PatternElement::Kind::kSkip)
    pos = SkipInserted(s, pos);
  if (e == static_cast<int>(els.size())) {
    match->end = pos;
    return true;
  }
  const PatternElement& el = els[e];
  switch (el.kind) {
    case PatternElement::Kind::kSubject:
      return MatchFrom(s, rule, e + 1, pos, clause, match);
    case PatternElement::Kind::kWords: {
      if (pos < NTok(s) && NoActorAt(s, pos) && T(s, pos).Is(kWord) && WordFits(el, T(s, pos).key) &&
          MatchFrom(s, rule, e + 1, pos + 1, WordsClause(s, pos, clause), match))
        return true;
      // "took part on Saturday in Ouagadougou in the session of ...": a
      // city the verb names before the word the rule reads again
      if (e > 0 && pos + 2 < NTok(s) && (T(s, pos).key == "in"sv || T(s, pos).key == "at"sv) &&
          WordFits(el, T(s, pos).key) && els[e - 1].kind == PatternElement::Kind::kWords) {
        int city = MentionStartingAt(s, pos + 1);
        if (city >= 0 && M(s, city).kind == MentionKind::kCapital && M(s, city).end + 1 < NTok(s) &&
            T(s, M(s, city).end).key == T(s, pos).key && it_.clauses[s].of[M(s, city).end] == clause &&
            MatchFrom(s, rule, e, M(s, city).end, clause, match))
          return true;
      }
      if (el.optional && MatchFrom(s, rule, e + 1, pos, clause, match)) return true;
      // "took part on Tuesday in", "X on Monday met": a day inside the
      // verb phrase, or between the subject and its verb
      if (e > 0 && (els[e - 1].kind == PatternElement::Kind::kWords ||
                    els[e - 1].kind == PatternElement::Kind::kSubject)) {
        int after = AfterDay(s, pos);
        if (after > pos && it_.clauses[s].of[after] == clause) return MatchFrom(s, rule, e, after, clause, match);
      }
      return false;
    }
    case PatternElement::Kind::kEnd:
      return (pos >= NTok(s) || (pos + 1 == NTok(s) && !T(s, pos).Is(kWord))) &&
             MatchFrom(s, rule, e + 1, pos, clause, match);
    case PatternElement::Kind::kSkip: {
      int p = pos;
      for (int j = 0; j <= el.skip; ++j) {
        if (MatchFrom(s, rule, e + 1, p, clause, match)) return true;
        // a place in a few plain words takes nothing from the gap:
        // "received at his office in the Government Palace the credentials"
        if (int place = PlainPlaceEnd(s, p, clause); place > p) {
          p = place;
          --j;
          continue;
        }
        // nor does a place's province between commas: "hosted in Rosario,
        // Santa Fe province, a meeting with"
        if (p > pos && p < NTok(s) && T(s, p).key == ","sv && T(s, p - 1).Is(kCap) && it_.clauses[s].of[p] == clause) {
          int k = p + 1;
          while (k < NTok(s) && k < p + 4 && T(s, k).Is(kWord) && T(s, k).Is(kCap)) ++k;
          if (k > p + 1 && k + 1 < NTok(s) && InClass(s, k, "place_kind") && T(s, k + 1).key == ","sv) {
            p = k + 2;
            --j;
            continue;
          }
        }
        // nor a place of a few words between commas: "signed on Monday,
        // in Rio de Janeiro, a memorandum", "were received at the plant in
        // X, in the metropolitan region of Y, by Z"
        if (p > pos && p + 3 < NTok(s) && T(s, p).key == ","sv && it_.clauses[s].of[p] == clause &&
            (T(s, p + 1).key == "in"sv || T(s, p + 1).key == "at"sv || T(s, p + 1).key == "near"sv)) {
          int k = p + 2;
          bool named = false;
          while (k < NTok(s) && k < p + 10 && T(s, k).key != ","sv && T(s, k).Is(kWord) && !VerbLike(S(s), k, lex_)) {
            if (int a = At(s, k); a >= 0 && (M(s, a).kind == MentionKind::kPerson || M(s, a).kind == MentionKind::kRole ||
                                             M(s, a).kind == MentionKind::kDelegation))
              break;
            if (T(s, k).Is(kCap)) named = true;
            ++k;
          }
          if (named && k + 1 < NTok(s) && T(s, k).key == ","sv && T(s, k + 1).Is(kWord)) {
            p = k + 1;
            --j;
            continue;
          }
        }
        // a day takes nothing from the gap either: "were received on
        // Thursday (20) at the plant by X"
        if (int day = p < NTok(s) ? AfterDay(s, p) : p; day > p + 1 && day < NTok(s) && it_.clauses[s].of[p] == clause &&
                                                          it_.clauses[s].of[day] == clause) {
          p = day;
          --j;
          continue;
        }
        if (PlainToken(s, p, clause)) {
          ++p;
          continue;
        }
        // the words of a delegation before its noun: "led Kenya's delegation
        // to", "headed the Chilean delegation at"
        if (int d = p < NTok(s) ? At(s, p) : -1; d >= 0 && M(s, d).kind == MentionKind::kDelegation && M(s, d).begin == p &&
                              M(s, d).end - 1 > p && it_.clauses[s].of[p] == clause) {
          p = M(s, d).end - 1;
          continue;
        }
        // "between A and B, X and Y, took place": the comma closing an
        // apposition
        if (p > 0 && p + 1 < NTok(s) && T(s, p).key == ","sv && At(s, p - 1) >= 0 && T(s, p + 1).Is(kLower)) {
          ++p;
          continue;
        }
        // the comma closing an insertion before the rule's next word: "X, in
        // a telephone conversation on Monday, invited Y"
        // (the insertion opened with a comma right before the rule's first
        // word: not "signed an agreement in Lima, with X putting ...")
        if (p > pos && p + 1 < NTok(s) && T(s, p).key == ","sv && e + 1 < static_cast<int>(els.size()) &&
            els[e + 1].kind == PatternElement::Kind::kWords && T(s, p + 1).Is(kWord) &&
            WordFits(els[e + 1], T(s, p + 1).key) && InsertionOpensRule(s, rule, pos) &&
            MatchFrom(s, rule, e + 1, p + 1, clause, match))
          return true;
        // a short name in brackets of the words skipped: "revoked the
        // forest utilization business permits (PBPH) of"
        if (p > pos && p + 2 < NTok(s) && T(s, p).key == "("sv && T(s, p + 1).Is(kAllCaps) &&
            T(s, p + 2).key == ")"sv && T(s, p - 1).Is(kLower)) {
          p += 3;
          --j;
          continue;
        }
        // an opening quote: 'described the measures as "counterproductive"'
        if (p + 1 < NTok(s) && T(s, p).Is(kQuoteOpen) && T(s, p + 1).Is(kWord)) {
          // ('described Azerbaijan as "a true friend that ..."': a quote of
          // several words is a clause of its own, read from its first word)
          int quoted = it_.clauses[s].of[p + 1];
          if (quoted >= 0 && quoted != clause && it_.clauses[s].clauses[quoted].kind == ClauseKind::kQuote &&
              it_.clauses[s].clauses[quoted].parent == clause)
            clause = quoted;
          ++p;
          // (the marks of a short quoted modifier take nothing from the
          // gap: 'had a "very good" phone call with')
          int close = p;
          while (close < NTok(s) && close < p + 3 && T(s, close).Is(kWord) && T(s, close).Is(kLower)) ++close;
          if (close > p && close < NTok(s) && T(s, close).Is(kQuoteClose) && it_.clauses[s].of[close] == clause) --j;
          continue;
        }
        // (and its closing mark)
        if (p > pos && p + 1 < NTok(s) && T(s, p).Is(kQuoteClose) && T(s, p - 1).Is(kWord) && T(s, p - 1).Is(kLower) &&
            it_.clauses[s].of[p] == clause && T(s, p + 1).Is(kWord)) {
          int open = p - 1;
          while (open > pos && T(s, open).Is(kWord) && T(s, open).Is(kLower)) --open;
          if (T(s, open).Is(kQuoteOpen) && p - open <= 4) {
            ++p;
            --j;
            continue;
          }
        }
        // a list of things: "a ban on imports of poultry meat, eggs and live
        // birds from X" (the comma within the clause, words on both sides)
        if (p > 0 && p + 1 < NTok(s) && T(s, p).key == ","sv && At(s, p - 1) < 0 && At(s, p + 1) < 0 &&
            T(s, p - 1).Is(kLower) && T(s, p + 1).Is(kLower) && T(s, p - 1).Is(kWord) && T(s, p + 1).Is(kWord) &&
            !(Bits(s, p + 1) & (kRelative | kSubordinator | kVerb)) && it_.clauses[s].of[p + 1] == clause) {
          ++p;
          continue;
        }
        // an adjunct: "met on June 3 at the State Department with ..."
        int m = MentionStartingAt(s, p);
        // (a city, or a country or body after "in", takes nothing from the
        // gap: "received at his office in the Amiri Diwan the credentials")
        if (m >= 0 && p > 0 && T(s, p - 1).key != "with"sv && (Bits(s, p - 1) & kPreposition) &&
            it_.clauses[s].of[p] == clause) {
          MentionKind kind = M(s, m).kind;
          // (nor a building known as a body after "at": "received at
          // Raghadan Palace on Tuesday the credentials")
          if (kind == MentionKind::kCapital ||
              (T(s, p - 1).key == "in"sv && (kind == MentionKind::kCountry || kind == MentionKind::kOrganization)) ||
              (T(s, p - 1).key == "at"sv &&
               (kind == MentionKind::kOrganization || PlaceNoun(T(s, M(s, m).end - 1).key))))
            --j;
          p = M(s, m).end;
          continue;
        }
        // a city the verb names: "left Lima on Sunday for a visit to"
        if (m >= 0 && j == 0 && M(s, m).kind == MentionKind::kCapital && it_.clauses[s].of[p] == clause) {
          p = M(s, m).end;
          continue;
        }
        break;
      }
      return false;
    }
    case PatternElement::Kind::kSlot: {
      // (the word before the slot as written, not the day skipped below)
      std::string prep(pos > 0 && T(s, pos - 1).Is(kWord) ? T(s, pos - 1).key : KeyView());
      // "condemned on Monday the arrest of ...", "suspended on Tuesday the
      // licences of ...": a day between the verb and its object
      // ("received on April 9 in Damascus Minister X": and a place)
      if (e > 0 && els[e - 1].kind == PatternElement::Kind::kWords) pos = AfterAdjuncts(s, pos, clause);
      // ("co-chaired, together with Minister X, the 3rd session of ...": a
      // partner between commas; TogetherWith() reads the partner)
      if (e > 0 && els[e - 1].kind == PatternElement::Kind::kWords && pos + 4 < NTok(s) && T(s, pos).key == ","sv &&
          (T(s, pos + 1).key == "together"sv || T(s, pos + 1).key == "along"sv) && T(s, pos + 2).key == "with"sv) {
        int close = pos + 3;
        while (close < NTok(s) && close < pos + 16 && T(s, close).key != ","sv) ++close;
        if (close + 1 < NTok(s) && T(s, close).key == ","sv) pos = close + 1;
      }
      // ("They are: H.E. A, Ambassador of X; H.E. B, ...": a colon
      // between the words and the list; "presented their credentials to Y
      // on Wednesday: A, B and C": or after a gap the rule allows)
      if (e > 0 &&
          (els[e - 1].kind == PatternElement::Kind::kWords || els[e - 1].kind == PatternElement::Kind::kSkip) &&
          pos + 1 < NTok(s) && T(s, pos).key == ":"sv && it_.clauses[s].of[pos + 1] == clause)
        ++pos;
      // ("imposed sanctions on a Dubai-based shipping company, Oceanic Star
      // Shipping LLC, and ...": a body named in apposition to an indefinite
      // description of its kind)
      if (e > 0 && el.slot != 'C' && el.slot != 'L' && pos + 3 < NTok(s) &&
          (T(s, pos).key == "a"sv || T(s, pos).key == "an"sv)) {
        int q = pos + 1;
        while (q < NTok(s) && q < pos + 8 && T(s, q).key != ","sv && !InClass(s, q, "company_noun")) ++q;
        if (q + 2 < NTok(s) && q > pos + 1 && InClass(s, q, "company_noun") && T(s, q).Is(kLower) &&
            T(s, q + 1).key == ","sv) {
          int m = MentionStartingAt(s, q + 2);
          if (m >= 0 && M(s, m).kind == MentionKind::kOrganization) pos = q + 2;
        }
      }
      Fill fill;
      bool ok = false;
      if (el.slot == 'C') {
        ok = ParseDestination(s, pos, &fill);
        if (ok && (fill.capital || fill.place.empty())) MoreDestinations(s, &fill);
      }
      else if (el.slot == 'L') ok = ParseList(s, pos, 'L', nullptr, &fill) && fill.ids.size() >= 2;
      else ok = ParseList(s, pos, el.slot, prep.empty() ? nullptr : &prep, &fill);
      if (!ok) return false;
      // "held talks with A on the follow-up of X, and with B, with whom
      // ...": a second "with" later in the clause adds to the last slot
      if (prep == "with" && e + 1 == static_cast<int>(els.size())) {
        // (not past a day: "with A on Monday, and with B on Wednesday" are
        // two acts on two days)
        auto day_at = [&](int q) {
          for (const DateMention& d : it_.dates[s])
            if (d.begin == q && d.kind == DateMention::Kind::kDay) return true;
          return false;
        };
        for (int q = fill.end; q + 3 < NTok(s) && q < fill.end + 25; ++q) {
          if (it_.clauses[s].of[q] != clause || T(s, q).key == ";"sv || day_at(q)) break;
          // (or without the comma: "with A on the security of X and with
          // B on Y")
          int w = q + 2;
          if (T(s, q).key == "and"sv && T(s, q + 1).key == "with"sv && q > fill.end && T(s, q - 1).key != ","sv) w = q + 1;
          else if (T(s, q).key != ","sv || T(s, q + 1).key != "and"sv || T(s, q + 2).key != "with"sv) continue;
          if (it_.clauses[s].of[w] != clause) continue;
          Fill more;
          if (ParseList(s, w + 1, el.slot, &prep, &more))
            for (const std::string& id : more.ids) AddUnique(&fill.ids, id);
          break;
        }
      }
      int end = fill.end;
      match->slots[el.slot] = std::move(fill);
      return MatchFrom(s, rule, e + 1, end, clause, match);
    }
  }
  return false;
}

// The token after a day written at pos ("on Monday", "yesterday", "on 5
// May"), or pos when none is; a day that ends the sentence is no adjunct.
int ItemProcessor::AfterDay(int s, int pos) const {
  if (pos + 1 >= NTok(s)) return pos;
  bool on = T(s, pos).key == "on"sv;
  for (const DateMention& d : it_.dates[s])
    if ((d.begin == pos || (on && d.begin == pos + 1)) && d.kind == DateMention::Kind::kDay && d.end < NTok(s))
      return d.end;
  return pos;
}

int ItemProcessor::PlainPlaceEnd(int s, int p, int clause) const {
  int n = NTok(s);
  if (p + 2 >= n || (T(s, p).key != "at"sv && T(s, p).key != "in"sv) || At(s, p + 1) >= 0) return p;
  auto plain = [&](int k) {
    return k < n && At(s, k) < 0 && T(s, k).Is(kWord) && it_.clauses[s].of[k] == clause &&
           !(Bits(s, k) & (kFunction | kPreposition)) && !VerbLike(S(s), k, lex_) &&
           // (a title word names no one inside a building's name: "at the
           // General Command", "at the General Staff headquarters")
           (!(Bits(s, k) & kTitle) ||
            (k + 1 < n && At(s, k + 1) < 0 && T(s, k + 1).Is(kWord) && !(Bits(s, k + 1) & (kTitle | kFunction | kPreposition)) &&
             (T(s, k + 1).Is(kCap) || PlaceNoun(T(s, k + 1).key))));
  };
  std::string_view det = T(s, p + 1).key;
  if (det != "his"sv && det != "her"sv && det != "the"sv && det != "its"sv && det != "their"sv) {
    // (or a town the dictionary does not know: "in Puerto Iguazu"; or a
    // building named without an article: "at Al Husseiniya Palace")
    int k = p + 1;
    while (k < p + 4 && plain(k) && T(s, k).Is(kCap) && !(Bits(s, k) & kNotName)) ++k;
    if (k > p + 1 && T(s, p).key == "at"sv && k < n && k < p + 5 && At(s, k) < 0 && T(s, k).Is(kCap) &&
        PlaceNoun(T(s, k).key))
      return k + 1;
    return k > p + 1 && T(s, p).key == "in"sv ? k : p;
  }
  // a noun of place ("his office") or up to three capitalised words ("the
  // Government Palace")
  if (plain(p + 2) && T(s, p + 2).Is(kLower)) return PlaceNoun(T(s, p + 2).key) ? p + 3 : p;
  int k = p + 2;
  while (k < p + 5 && plain(k) && T(s, k).Is(kCap)) ++k;
  return k > p + 2 ? k : p;
}

int ItemProcessor::AfterPlace(int s, int pos) const {
  if (pos + 2 >= NTok(s) || (T(s, pos).key != "in"sv && T(s, pos).key != "at"sv)) return pos;
  int place = MentionStartingAt(s, pos + 1);
  if (place < 0 || (M(s, place).kind != MentionKind::kCapital && M(s, place).kind != MentionKind::kCountry) ||
      M(s, place).possessive)
    return pos;
  int after = AfterDay(s, M(s, place).end);
  int m = MentionStartingAt(s, after);
  bool visitor = m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole ||
                            M(s, m).kind == MentionKind::kDelegation);
  return visitor ? after : pos;
}

// The token after the adjuncts of day and place written at pos, in any
// order, when the one met follows them: "received on Monday afternoon at
// the Presidential Villa Minister X", "received at the Elysee Palace on
// Tuesday X", "met in Kigali on Monday a delegation of ..."; else as
// AfterPlace(AfterDay(pos)).
int ItemProcessor::AfterAdjuncts(int s, int pos, int clause) const {
  const int n = NTok(s);
  auto time_of_day = [&](int k) {
    return k < n && (T(s, k).key == "morning"sv || T(s, k).key == "afternoon"sv || T(s, k).key == "evening"sv ||
                     T(s, k).key == "night"sv);
  };
  int day = AfterDay(s, pos);
  if (day > pos && time_of_day(day)) ++day;
  int p = day;
  for (int step = 0; step < 3 && p < n; ++step) {
    int q = AfterDay(s, p);
    if (q > p && time_of_day(q)) ++q;
    // (a place or manner between commas: "received on Tuesday, at the
    // ministry's headquarters in Lima, a delegation of ...", "received on
    // Monday, in separate audiences at the palace, A, B and C"; no one
    // named inside, no verb)
    if (q == p && p > pos && T(s, p).key == ","sv && p + 2 < n &&
        (T(s, p + 1).key == "in"sv || T(s, p + 1).key == "at"sv) && it_.clauses[s].of[p + 1] == clause) {
      int k = p + 2;
      bool plain = true;
      while (plain && k < n && k < p + 14 && T(s, k).key != ","sv) {
        if (int a = At(s, k); a >= 0) {
          MentionKind kind = M(s, a).kind;
          plain = kind == MentionKind::kCapital || kind == MentionKind::kCountry ||
                  kind == MentionKind::kOrganization;
          if (plain) k = std::max(k + 1, M(s, a).end);
          continue;
        }
        plain = (T(s, k).Is(kWord) || T(s, k).Is(kPossessive) || T(s, k).key == "'"sv) &&
                !VerbLike(S(s), k, lex_) && it_.clauses[s].of[k] == clause;
        ++k;
      }
      if (plain && k + 1 < n && T(s, k).key == ","sv) q = k + 1;
    }
    if (q == p && (T(s, p).key == "in"sv || T(s, p).key == "at"sv) && p + 1 < n) {
      int place = MentionStartingAt(s, p + 1);
      // (a building known as a body: "at the Elysee Palace")
      if (place >= 0 && !M(s, place).possessive &&
          (M(s, place).kind == MentionKind::kCapital || M(s, place).kind == MentionKind::kCountry ||
           M(s, place).kind == MentionKind::kOrganization))
        q = M(s, place).end;
      else
        q = PlainPlaceEnd(s, p, clause);
    }
    if (q == p) break;
    p = q;
  }
  if (p == day) return AfterPlace(s, day);
  // (the one met follows: a person, a role or a delegation, after an
  // article for a delegation)
  int m = MentionStartingAt(s, p);
  if (m < 0 && p + 1 < n && (T(s, p).key == "a"sv || T(s, p).key == "an"sv || T(s, p).key == "the"sv) &&
      (Bits(s, p + 1) & kDelegation))
    return p;
  bool met = m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole ||
                        M(s, m).kind == MentionKind::kDelegation);
  return met ? p : AfterPlace(s, day);
}

bool ItemProcessor::WordFits(const PatternElement& el, std::string_view key) {
  for (const std::string& w : el.words)
    if (w == key) return true;
  for (const std::string& p : el.prefixes)
    if (key.compare(0, p.size(), p) == 0) return true;
  return false;
}

void ItemProcessor::ApplyRules(int s) {
  const Sentence& sen = S(s);
  const std::vector<PatternRule>& rules = lex_.patterns().rules();
  const bool bullet = sen.block >= 0 && it_.item->blocks[sen.block].kind == BlockKind::kBullet;
  for (int k = 0; k < NTok(s); ++k) {
    if (At(s, k) >= 0 || !T(s, k).Is(kWord)) continue;
    if (!(Bits(s, k) & kAnchor) && lex_.PrefixTriggers().empty()) continue;
    const std::vector<TriggerRef>* refs = &lex_.Triggers(T(s, k).key);
    std::vector<TriggerRef> merged;
    if (!lex_.PrefixTriggers().empty()) {
      merged = *refs;
      for (const auto& pt : lex_.PrefixTriggers())
        if (T(s, k).key.compare(0, pt.first.size(), pt.first) == 0) merged.push_back(pt.second);
      std::sort(merged.begin(), merged.end(), [](const TriggerRef& a, const TriggerRef& b) { return a.rule < b.rule; });
      refs = &merged;
    }
    bool read = false;
    for (const TriggerRef& ref : *refs) {
      const PatternRule& rule = rules[ref.rule];
      if (read && !rule.also) continue;
      if (rule.where == PatternRule::Where::kHeadline && !sen.headline) continue;
      if (rule.where == PatternRule::Where::kBody && sen.headline) continue;
      if (rule.where == PatternRule::Where::kBullet && !bullet) continue;
      if (rule.where == PatternRule::Where::kSigning && !bullet && !SignedBefore(s, k)) continue;
      if (rule.where == PatternRule::Where::kDocumentList && !(ListItemOpens(s, k) && SignedBefore(s, k))) continue;
      // (the envoys listed: "They were A, B and C", or "Credentials were
      // presented by A, ...; B, ...")
      if (rule.where == PatternRule::Where::kAfterCredentials &&
          !(CredentialsBefore(s) &&
            (EnvoysListed(s, k) || T(s, k).key == "credentials"sv || T(s, k).key == "credence"sv)))
        continue;
      if (rule.where == PatternRule::Where::kSentenceStart && k != 0) continue;
      if (rule.where == PatternRule::Where::kAfterCall &&
          std::none_of(found_.begin(), found_.end(), [](const Found& f) { return f.type == InteractionType::kCall; }))
        continue;
      if (TryRule(s, k, rule, ref.element) && !rule.also) read = true;
    }
  }
}

// "They were A, B and C", "These are: A; B": the sentence opens with the
// plural pronoun and the verb at k (not "Also present were", "Both
// countries are members of").
bool ItemProcessor::EnvoysListed(int s, int k) const {
  if (k != 1 || k + 1 >= NTok(s)) return false;
  std::string_view who = T(s, 0).key;
  std::string_view next = T(s, k + 1).key;
  return (who == "they"sv || who == "these"sv || who == "those"sv) && next != "also"sv && next != "among"sv &&
         next != "present"sv && next != "members"sv;
}

// The anchor at k opens an item of a list: right after ":" or ";", or
// after "; and".
bool ItemProcessor::ListItemOpens(int s, int k) const {
  if (k < 1) return false;
  std::string_view before = T(s, k - 1).key;
  if (before == ":"sv || before == ";"sv) return true;
  return before == "and"sv && k >= 2 && (T(s, k - 2).key == ";"sv || T(s, k - 2).key == ":"sv);
}

// Who received the credentials the sentence before s names: the first
// person of the clause of "received" before it, or nothing.
std::vector<std::string> ItemProcessor::CredentialsReceiver(int s) {
  if (s < 1) return {};
  int p = s - 1, verb = -1;
  for (int j = 0; j < NTok(p) && verb < 0; ++j) {
    std::string_view w = T(p, j).key;
    if (w == "received"sv || w == "receives"sv || w == "accepted"sv || w == "accepts"sv) verb = j;
  }
  if (verb < 0) return PresentedTo(p);
  int clause = it_.clauses[p].of[verb];
  int subject = -1;
  for (int m = 0; m < static_cast<int>(it_.mentions[p].mentions.size()); ++m) {
    const Mention& x = M(p, m);
    if (x.end <= x.begin || x.end > verb || x.possessive || it_.clauses[p].of[x.begin] != clause) continue;
    if (x.kind == MentionKind::kPerson || x.kind == MentionKind::kRole) subject = subject < 0 ? m : subject;
  }
  return subject < 0 ? std::vector<std::string>{} : Resolve(p, subject, Use::kSubject);
}

// "Five new envoys presented their letters of credence to President X":
// the person "to" names after the credentials, or nothing.
std::vector<std::string> ItemProcessor::PresentedTo(int p) {
  bool presented = false, credentials = false;  // (done: not "will present")
  for (int j = 0; j + 1 < NTok(p); ++j) {
    std::string_view w = T(p, j).key;
    if (w == "presented"sv || w == "submitted"sv || w == "handed"sv) presented = true;
    if (presented && (w == "credentials"sv || w == "credence"sv)) credentials = true;
    if (!credentials || w != "to"sv) continue;
    int m = At(p, j + 1);
    if (m < 0 || M(p, m).begin != j + 1) return {};
    MentionKind kind = M(p, m).kind;
    if (kind != MentionKind::kPerson && kind != MentionKind::kRole) return {};
    return Resolve(p, m, Use::kObject);
  }
  return {};
}

bool ItemProcessor::CredentialsBefore(int s) const {
  if (s < 1 || S(s - 1).headline) return false;
  for (int j = 0; j < NTok(s - 1); ++j)
    if (T(s - 1, j).key == "credentials"sv || T(s - 1, j).key == "credence"sv) return true;
  return false;
}

// "A package of documents was signed, including a memorandum between X and
// Y": a passive signing verb earlier in the sentence. (A document signed
// after it, "the agreement between A and B, signed in 2025", is only
// recalled; one that named persons signed is theirs: "A and B signed the
// plan between the ministries of C and D".)
bool ItemProcessor::SignedBefore(int s, int k) {
  for (int j = 1; j < k; ++j) {
    std::string_view w = T(s, j).key;
    // ("The two leaders witnessed the exchange of three memoranda: ...
    // between A and B; ..."): a signing someone witnessed
    if (w == "signing"sv || w == "exchange"sv) {
      for (int b = j - 1; b >= 0 && b >= j - 3; --b) {
        std::string_view v = T(s, b).key;
        if (v == "witnessed"sv || v == "witness"sv || v == "witnesses"sv || v == "witnessing"sv || v == "oversaw"sv)
          return true;
      }
    }
    if (w != "signed"sv && w != "inked"sv && w != "concluded"sv && w != "exchanged"sv) continue;
    for (int b = j - 1; b >= 0 && b >= j - 2; --b) {
      std::string_view be = T(s, b).key;
      if (be == "was"sv || be == "were"sv || be == "been"sv || be == "being"sv) return true;
    }
  }
  return false;
}

Found ItemProcessor::NewFound(InteractionType type, const std::string& a, const std::string& b, const IsoDate& date,
                      int dated, const std::string& place, Evidence evidence) {
  Found f;
  f.type = type;
  f.source = a;
  f.target = b;
  f.date = date;
  f.dated = dated;
  f.place = place;
  f.evidence = std::move(evidence);
  return f;
}

// The frame a rule's "F" target joins: the meeting found earlier in the
// sentence, the item's frame, or the person who last acted alone.
void ItemProcessor::FrameTarget(const PatternRule& rule, const std::string& gathering, SlotFills& slots, Fill* f) {
  // ("X received Y, and the talks were also attended by Z": the meeting
  // found earlier in this sentence is the frame Z joins)
  if (gathering.empty() && rule.source != 'S' && found_.size() > sentence_found_begin_) UpdateFrame();
  for (const std::string& id : gathering.empty() ? frame_ : std::vector<std::string>{})
    if (!Contains(slots['S'].ids, id)) f->ids.push_back(id);
  // ("President X received the credentials of new envoys. Those who
  // presented them were A and B": with no meeting yet, the person who
  // last acted alone in the item)
  if (gathering.empty() && frame_.empty() && rule.source != 'S') {
    for (auto it = single_agents_.rbegin(); it != single_agents_.rend() && f->ids.empty(); ++it) {
      const Actor* a = reg_.Find(*it);
      if (a && a->kind == ActorKind::kPerson && !Contains(slots[rule.source].ids, *it)) f->ids.push_back(*it);
    }
  }
  // ("X chaired a meeting on security. A and B attended the meeting")
  if (gathering.empty() && frame_.empty() && rule.source == 'S' && !meeting_chair_.empty() &&
      !Contains(slots['S'].ids, meeting_chair_))
    f->ids.push_back(meeting_chair_);
}

bool ItemProcessor::TryRule(int s, int k, const PatternRule& rule, int anchor) {
  int clause = it_.clauses[s].of[k];
  // "Azerbaijan was represented at the forum by X": after a form of "be"
  // the verb of a rule with a subject is a passive, its subject no agent
  if (anchor == 1 && k > 0 && rule.elements[0].kind == PatternElement::Kind::kSubject &&
      rule.source == 'S') {
    KeyView before = T(s, k - 1).key;
    // (not a progressive: "announced that it was suspending cooperation
    // with X" is the subject's own act)
    bool progressive = T(s, k).key.size() > 4 && reader::EndsWith(T(s, k).key, "ing") && before != "being"sv;
    if (!progressive && (before == "was"sv || before == "were"sv || before == "been"sv || before == "being"sv))
      return false;
  }
  // "thanked Montevideo for backing Spain's candidacy", "criticized
  // Hungary for blocking ...": the gerund after "for" is the act of the one
  // thanked or blamed, not of the clause's subject
  if (anchor == 1 && k > 2 && rule.elements[0].kind == PatternElement::Kind::kSubject &&
      rule.source == 'S' && reader::EndsWith(T(s, k).key, "ing") && T(s, k - 1).key == "for"sv) {
    for (int j = k - 2; j >= 0 && j >= k - 10; --j) {
      std::string_view w = T(s, j).key;
      auto starts = [&](std::string_view stem) { return w.substr(0, stem.size()) == stem; };
      if (starts("thank"sv) || starts("prais"sv) || starts("commend"sv) || starts("congratulat"sv) ||
          starts("criticiz"sv) || starts("criticis"sv) || starts("accus"sv) || starts("blam"sv) ||
          starts("condemn"sv) || starts("grateful"sv) || starts("gratitude"sv) || starts("lauded"sv) ||
          starts("hailed"sv) || starts("rebuk"sv) || starts("censur"sv))
        return false;
      if (w == "."sv || w == ";"sv) break;
    }
  }
  // "sent a message to Foreign Minister X congratulating Lithuania": the
  // participle tells what the message said (its sender's act, read by
  // praise.sent_letter_congratulating), not an act of the addressee
  if (anchor == 1 && k > 3 && rule.elements[0].kind == PatternElement::Kind::kSubject && rule.source == 'S' &&
      reader::EndsWith(T(s, k).key, "ing") && At(s, k - 1) >= 0) {
    int b = M(s, At(s, k - 1)).begin;
    if (b >= 2 && T(s, b - 1).key == "to"sv)
      for (int j = b - 2; j >= 0 && j >= b - 5; --j) {
        std::string_view w = T(s, j).key;
        if (w == "letter"sv || w == "letters"sv || w == "message"sv || w == "messages"sv || w == "telegram"sv ||
            w == "cable"sv || w == "note"sv)
          return false;
        if (w == "."sv || w == ";"sv || At(s, j) >= 0) break;
      }
  }
  // "the joint projects agreed upon in May": a participle after a plain
  // noun describes the noun; the clause's subject does not act
  if (anchor == 1 && k > 1 && k + 1 < NTok(s) && rule.elements[0].kind == PatternElement::Kind::kSubject &&
      reader::EndsWith(T(s, k).key, "ed") && T(s, k + 1).key == "upon"sv &&
      At(s, k - 1) < 0 && T(s, k - 1).Is(kLower) &&
      !(Bits(s, k - 1) & (kFunction | kVerb | kPerfectAux | kNegation | kCoordinator | kPreposition)) &&
      !reader::EndsWith(T(s, k - 1).key, "ly"))
    return false;
  // "condemned the new sanctions": after a determiner a verb in -s of a
  // rule with a subject is a plural noun
  if (anchor == 1 && k > 0 && rule.elements[0].kind == PatternElement::Kind::kSubject &&
      T(s, k).key.size() > 3 && T(s, k).key.back() == 's') {
    KeyView before = T(s, k - 1).key;
    if (before == "the"sv || before == "a"sv || before == "an"sv || before == "new"sv || before == "its"sv ||
        before == "their"sv || before == "these"sv || before == "further"sv)
      return false;
  }
  // "took part in the meeting, which lasted ...": after a determiner a word
  // in -ing of a rule with a subject is a noun, not the subject's
  // participle; so is a gathering's after an adjective ("the bilateral
  // meeting"; not "a decree extending the surcharge")
  if (anchor == 1 && k > 0 && rule.elements[0].kind == PatternElement::Kind::kSubject &&
      reader::EndsWith(T(s, k).key, "ing")) {
    auto determiner = [&](int j) {
      KeyView w = T(s, j).key;
      return w == "the"sv || w == "a"sv || w == "an"sv || w == "its"sv || w == "his"sv || w == "her"sv ||
             w == "their"sv || w == "our"sv || w == "this"sv || w == "that"sv || w == "whose"sv;
    };
    int j = k - 1;
    // ("attended the NB8 foreign ministers' meeting in Riga": so is one
    // after a possessive)
    if ((Bits(s, k) & (kGathering | kEventAnaphor)) && (T(s, j).Is(kPossessive) || T(s, j).key == "'"sv)) return false;
    if (j > 0 && (Bits(s, k) & (kGathering | kEventAnaphor)) && At(s, j) < 0 && T(s, j).Is(kLower) &&
        T(s, j).Is(kWord) && !determiner(j) &&
        !(Bits(s, j) & (kFunction | kVerb | kPreposition | kCoordinator | kSubordinator | kRelative)) &&
        !reader::EndsWith(T(s, j).key, "ly"))
      --j;
    if (determiner(j)) return false;
  }
  // "attended the forum, hosted by X": a trailing participle right after a
  // gathering describes the gathering, not the clause's subject (the
  // gathering's own participants are still read: "The summit, chaired by
  // X, was attended by Y")
  if (rule.type == InteractionType::kMeeting) {
    const Clause& c = it_.clauses[s].clauses[clause];
    if ((c.kind == ClauseKind::kTrailParticiple || c.kind == ClauseKind::kVpCoord) && c.begin >= 2 &&
        c.begin < NTok(s) && T(s, c.begin - 1).key == ","sv) {
      KeyView first = T(s, c.begin).key;
      int m = At(s, c.begin - 2);
      if (first.size() > 3 && first.substr(first.size() - 2) == "ed"sv && m >= 0 &&
          (M(s, m).kind == MentionKind::kEvent || M(s, m).kind == MentionKind::kEventAnaphor))
        return false;
    }
  }
  // "for the annual round of summits hosted by the Philippines": a
  // participle right after a gathering names its host, no meeting
  if (rule.type == InteractionType::kMeeting && k >= 1 && k + 1 < NTok(s) && T(s, k + 1).key == "by"sv &&
      reader::EndsWith(T(s, k).key, "ed")) {
    // (a series of gatherings, in the plural: a single "summit hosted by
    // X" is one where X met the participants)
    std::string_view noun = T(s, k - 1).key;
    const uint64_t gathering = kEventAnaphor | kGathering | kEventHead;
    if (noun.size() > 4 && noun.back() == 's') {
      noun.remove_suffix(1);
      if (lex_.Bits(noun) & gathering) return false;
    }
  }
  // "hosted visiting Medellin Mayor X": the participle describes the one
  // hosted; the host visits nothing
  if (rule.type == InteractionType::kVisit && anchor == 1 && T(s, k).key == "visiting"sv && k > 0 &&
      VisitorHostVerb(s, k - 1))
    return false;
  Match match;
  current_subject_ = &subjects_[clause].ids;
  if (!MatchFrom(s, rule, anchor + 1, k + 1, clause, &match)) {
    // "imposed sanctions on 14 individuals and five entities. Among those
    // listed are A and B": the sanctioner of a list that follows
    // (only sanctions on a count of targets: "on 14 individuals"; or a
    // designation of a count: "designated one individual and two entities
    // as subjects of sanctions. ... the list comprises A, B and C")
    if ((rule.id == "sanction.imposed_sanctions" || rule.id == "sanction.sanctioned" ||
         rule.id == "sanction.designated" || rule.id == "sanction.designated_for") &&
        anchor == 1 &&
        !subjects_[clause].ids.empty()) {
      bool counted = false;
      // ("on three Mexico-based companies": a word may describe them)
      auto plural = [&](int j) {
        return j < NTok(s) && T(s, j).Is(kLower) && T(s, j).key.size() > 3 && T(s, j).key.back() == 's';
      };
      for (int j = k + 1; j + 1 < NTok(s) && j <= k + 12 && !counted; ++j)
        counted = (T(s, j).Is(kNumber) || NumberWord(T(s, j).key)) && (plural(j + 1) || plural(j + 2));
      if (counted) {
        unnamed_sanctioner_ = subjects_[clause].ids;
        unnamed_sanction_block_ = S(s).block;
      }
    }
    // "condemned the attack on a displaced persons' site ... The attack was
    // claimed by X": the one who condemned an act whose agent goes unnamed
    // (the act right after the verb: "condemned the deadly attack")
    if (rule.type == InteractionType::kCriticism && anchor == 1 && !subjects_[clause].ids.empty() &&
        InClass(s, k, "condemning_verb")) {
      // (past a quoted adverb: condemned "in the strongest terms" the
      // attack; "strongly condemned" the attack)
      int skipped = 0;
      for (int j = k + 1; j < NTok(s) && j <= k + 4 + skipped; ++j) {
        if (T(s, j).Is(kQuoteOpen | kQuoteClose) ||
            (j < static_cast<int>(S(s).quote.size()) && S(s).quote[j] >= 0 && skipped < 8)) {
          ++skipped;
          continue;
        }
        if (At(s, j) >= 0 || !T(s, j).Is(kWord)) break;
        if (InClass(s, j, "condemned_act")) {
          unnamed_condemner_ = subjects_[clause].ids;
          unnamed_condemn_sentence_ = s;
          break;
        }
      }
    }
    return false;
  }
  // "A and B met with former displaced persons": a verb alone that goes on
  // with "with" met someone the sentence names as no actor, not each other
  if (rule.reciprocal && !rule.target && rule.elements.size() == 2 && match.end < NTok(s) &&
      T(s, match.end).key == "with"sv)
    return false;
  // "the two ministers co-chaired the session": a meeting verb whose object
  // is a gathering the item named takes part in it (participation.chaired)
  if (rule.type == InteractionType::kMeeting && k + 1 < NTok(s)) {
    int m = MentionStartingAt(s, k + 1);
    if (m >= 0 && (M(s, m).kind == MentionKind::kEvent ||
                   (M(s, m).kind == MentionKind::kEventAnaphor && !EventAnaphor(s, M(s, m)).empty())))
      return false;
  }
  // "We invite the European Parliament to abandon this attitude": an
  // appeal, not an invitation (appeal_verb)
  if (rule.type == InteractionType::kInvitation && match.end + 1 < NTok(s) && T(s, match.end).key == "to"sv) {
    const std::vector<std::string>& appeal = lex_.patterns().Words("appeal_verb");
    if (std::find(appeal.begin(), appeal.end(), T(s, match.end + 1).key) != appeal.end()) return false;
  }
  // The subject, when the rule uses it.
  bool uses_subject = !rule.elements.empty() && rule.elements[0].kind == PatternElement::Kind::kSubject;
  const Subject& subj = subjects_[clause];
  std::vector<std::string> gathering;
  if (uses_subject && rule.target == 'S' && subj.mention < 0) gathering = GatheringSubject(s, k, clause);
  if (!gathering.empty()) {
    // "The opening ceremony was attended by X": a gathering is never a
    // clause's actor, but it is the subject of a passive whose agent acts.
    Fill f;
    f.ids = std::move(gathering);
    match.slots['S'] = std::move(f);
  } else if (uses_subject && rule.target == 'S' && subj.ids.empty()) {
    return false;
  } else if (uses_subject) {
    if (subj.ids.empty() && !(subj.mention >= 0 && IsFrameMention(M(s, subj.mention)))) return false;
    if (subj.mention >= 0 && M(s, subj.mention).begin > k) return false;
    Fill f;
    f.ids = subj.ids;
    // "X met Y, and the two leaders agreed ...": the contact found earlier
    // in this sentence is what the group points back to.
    if (subj.mention >= 0 && found_.size() > sentence_found_begin_ && IsFrameMention(M(s, subj.mention))) {
      UpdateFrame();
      f.ids = Resolve(s, subj.mention, Use::kSubject);
    }
    if (f.ids.empty()) return false;
    // "a report by X accusing Y": a participle right after a noun phrase
    // is that phrase's act, not the clause subject's.
    if (ModifyingParticiple(s, k)) {
      int m = At(s, k - 1);
      // "adopted a statement condemning X": the statement is the subject's
      // own, so the subject acts
      // ("signed a decree extending a surcharge on X": so is a decree)
      // ("signed a decree on Thursday extending ...": a day between)
      int before = k - 1;
      for (const DateMention& d : it_.dates[s])
        if (d.end == k && d.begin > 0)
          before = T(s, d.begin - 1).key == "on"sv && d.begin > 1 ? d.begin - 2 : d.begin - 1;
      std::string_view doc = T(s, before).key;
      // ("adopted a motion accusing X": a parliament's motion as its resolution)
      bool decree = doc == "decree"sv || doc == "resolution"sv || doc == "motion"sv || doc == "ordinance"sv ||
                    doc == "regulation"sv;
      bool subjects_statement =
          (m < 0 && T(s, k - 1).Is(kWord) && (Bits(s, k - 1) & kSpeakerNoun)) || (decree && At(s, before) < 0) ||
          (m >= 0 && M(s, m).kind == MentionKind::kSpeakerAnaphor && M(s, m).author < 0 && M(s, m).begin > subj.end);
      if (m < 0 && !subjects_statement) return false;
      if (!subjects_statement && m != subj.mention) f.ids = Resolve(s, m, Use::kSubject);
      if (f.ids.empty()) return false;
    }
    match.slots['S'] = std::move(f);
  }
  InteractionType type = rule.type;
  if (rule.target == 'F') {
    // ("X held a video call with Y ... Also taking part were A and B": those
    // who joined a call met no one in person)
    // (nor, for "Also taking part were A and B" with no noun of its own,
    // those at something the sentence before told, not the meeting)
    if (rule.type == InteractionType::kMeeting) {
      for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
        if (f->type == InteractionType::kCall) return false;
        if (f->type == InteractionType::kMeeting) {
          bool recent = f->evidence.sentence == S(s).text || (s > 0 && f->evidence.sentence == S(s - 1).text);
          bool noun = false;
          for (int j = k; j < match.end && j < NTok(s) && !noun; ++j) {
            KeyView w = T(s, j).key;
            noun = w == "meeting"sv || w == "talks"sv || w == "negotiations"sv || w == "consultations"sv;
          }
          if (rule.elements[0].kind == PatternElement::Kind::kWords && !recent && !noun) return false;
          break;
        }
      }
    }
    Fill f;
    // "also attended the meeting" in an item about the "21st ...
    // Ministerial Meeting": the named gathering, not the frame.
    std::string gathering = GatheringCalled(s, k, T(s, match.end - 1).key);
    // ("The meeting was chaired by X" after the item named the "...
    // Ministerial Meeting": the noun that triggers the rule names it)
    if (gathering.empty() && rule.elements[0].kind == PatternElement::Kind::kWords && k > 0 &&
        T(s, k - 1).key == "the"sv)
      gathering = GatheringCalled(s, k, T(s, k).key);
    if (!gathering.empty()) {
      f.ids = {gathering};
      type = InteractionType::kParticipation;
    }
    // ("X received the letters of credence from four envoys. They were A,
    // B and C": the one who received them in the sentence before)
    if (rule.where == PatternRule::Where::kAfterCredentials) {
      f.ids = CredentialsReceiver(s);
      type = rule.type;  // (no gathering: the envoys met the receiver)
      if (f.ids.empty()) return false;
    } else {
      FrameTarget(rule, gathering, match.slots, &f);
    }
    match.slots['F'] = std::move(f);
  }
  if (rule.target == 'G') {
    // "X took part as an observer": the gathering named last before
    std::string gathering;
    for (const EventInfo& e : events_)
      if (e.s < s || (e.s == s && e.k < k)) gathering = e.id;
    // "The summit, chaired by X, ...", "the summit, which brought together
    // X": the gathering the act's phrase hangs on; a participle with its
    // agent ("chaired by X") hangs on a gathering or says nothing of one
    // ("the sitting of the Milli Majlis chaired by X")
    int before = k - 1;
    while (before >= 0 && (T(s, before).key == ","sv || T(s, before).key == "which"sv || T(s, before).key == "that"sv))
      --before;
    // ("the summit, held virtually and chaired by X": over a participle
    // phrase joined before the agent's, back to the gathering it hangs on)
    if (before > 2 && T(s, before).key == "and"sv && k > 0 && T(s, k - 1).key != ","sv) {
      for (int j = before - 1; j > 0 && j >= before - 7; --j) {
        if (T(s, j).key != ","sv) continue;
        if (InClass(s, j + 1, "gathering_participle")) before = j - 1;
        break;
      }
    }
    // ("hosted the 10th Summit in Santiago on Monday, attended by X": over
    // the day and the place that end the clause before the participle)
    if (before >= 0 && before + 1 < k && T(s, before + 1).key == ","sv) {
      for (const DateMention& d : it_.dates[s])
        if (d.begin <= before && before < d.end && d.begin > 0) {
          before = d.begin - 1;
          if (before > 0 && T(s, before).key == "on"sv) --before;
          break;
        }
      int place = before >= 1 ? At(s, before) : -1;
      if (place >= 0 && M(s, place).end == before + 1 && M(s, place).begin > 0 &&
          T(s, M(s, place).begin - 1).key == "in"sv &&
          (M(s, place).kind == MentionKind::kCapital || M(s, place).kind == MentionKind::kCountry))
        before = M(s, place).begin - 2;
      // ("chaired the 5th Summit at State House Entebbe, attended by X",
      // "at the Mulungushi Conference Centre": over a venue, capitalised,
      // after "at" or "in", that ends the clause before the participle)
      if (before >= 2 && (At(s, before) >= 0 || T(s, before).Is(kCap))) {
        int j = before;
        for (int steps = 0; j > 0 && steps < 8; ++steps) {
          int v = At(s, j);
          if (v >= 0 && M(s, v).kind != MentionKind::kEvent && M(s, v).kind != MentionKind::kEventAnaphor &&
              M(s, v).kind != MentionKind::kPerson && M(s, v).begin <= j && M(s, v).begin > 0)
            j = M(s, v).begin - 1;
          else if (v < 0 && T(s, j).Is(kWord) && T(s, j).Is(kCap)) --j;
          else break;
        }
        if (j > 0 && T(s, j).key == "the"sv) --j;
        if (j > 0 && j < before && (T(s, j).key == "at"sv || T(s, j).key == "in"sv)) {
          int g = At(s, j - 1);
          if (g >= 0 && M(s, g).end == j &&
              (M(s, g).kind == MentionKind::kEvent || M(s, g).kind == MentionKind::kEventAnaphor))
            before = j - 1;
        }
      }
    }
    int noun = before >= 0 ? At(s, before) : -1;
    bool on_gathering = noun >= 0 && M(s, noun).end == before + 1 &&
                        (M(s, noun).kind == MentionKind::kEvent || M(s, noun).kind == MentionKind::kEventAnaphor);
    if (on_gathering) {
      std::vector<std::string> ids = Resolve(s, noun, Use::kObject);
      if (ids.size() == 1) gathering = ids[0];
    } else if (rule.elements.size() >= 2 && rule.elements[0].kind == PatternElement::Kind::kWords &&
               rule.elements[1].kind == PatternElement::Kind::kWords && k + 1 < NTok(s) && T(s, k + 1).key == "by"sv) {
      return false;
    }
    // "delivered the keynote address at the 7th X Conference": the
    // gathering the sentence names right after the act comes first
    // (the pattern may stop at "keynote" before "address")
    for (int after = match.end; after < NTok(s) && after <= match.end + 1; ++after) {
      KeyView w = T(s, after).key;
      if (w != "at" && w != "to" && w != "during") continue;
      // (not "a speech at the general debate of the Assembly": a part of
      // the gathering named before)
      for (const EventInfo& e : events_)
        if (e.s == s && e.k > after && e.k <= after + 2 && !lex_.PhraseAt(S(s), after + 1, kGatheringPart) &&
            !lex_.PhraseAt(S(s), after + 2, kGatheringPart))
          gathering = e.id;
      break;
    }
    if (gathering.empty()) return false;
    if (rule.held && !HeldGathering(gathering, s)) return false;
    // (a named gathering: not a bare "Meeting" of two delegations)
    const Actor* g = reg_.Find(gathering);
    if (!g || g->name.find(' ') == std::string::npos) return false;
    match.slots['G'].ids = {gathering};
  }
  if (rule.target == 'B') {
    // "withdrew from the Central American Parliament, which X denounced":
    // the actor the relative clause (its pronoun the trigger) hangs on
    int before = k - 1;
    while (before >= 0 && T(s, before).key == ","sv) --before;
    int m = before >= 0 ? At(s, before) : -1;
    // ("X, the host of the meeting, whom he thanked": over a description
    // in lower case between commas, to the person it describes)
    // (or a role in lower case: "the host")
    auto gathering = [&](int j) {
      int g = At(s, j);
      return g >= 0 && (M(s, g).kind == MentionKind::kEventAnaphor || M(s, g).kind == MentionKind::kEvent ||
                        (M(s, g).kind == MentionKind::kRole && T(s, j).Is(kLower)));
    };
    if ((m < 0 || gathering(before)) && before > 0 && before < k - 1 && T(s, k).key == "whom"sv) {
      int j = before;
      while (j > 0 && j > before - 8 && T(s, j).key != ","sv &&
             ((At(s, j) < 0 && T(s, j).Is(kWord) && T(s, j).Is(kLower)) || gathering(j)))
        --j;
      if (T(s, j).key == ","sv && j > 0 && At(s, j - 1) >= 0 && M(s, At(s, j - 1)).kind == MentionKind::kPerson &&
          (T(s, j + 1).key == "the"sv || T(s, j + 1).key == "a"sv)) {
        before = j - 1;
        m = At(s, before);
      }
    }
    if (before == k - 1 || m < 0 || M(s, m).end != before + 1) return false;
    std::vector<std::string> ids = Resolve(s, m, Use::kObject);
    if (ids.empty()) return false;
    // ("A met B, whom he thanked": the pronoun is the main clause's
    // subject, not the one the relative clause hangs on)
    Fill& x = match.slots['X'];
    if (rule.source == 'X' && x.ids == ids && x.mentions.size() == 1 &&
        M(s, x.mentions[0]).kind == MentionKind::kPronoun) {
      // (the subject named nearest before the antecedent: "Sikorski said
      // Nawrocki met Merz, whom he thanked" is Nawrocki's thanks)
      const Subject* nearest = nullptr;
      for (const Subject& subj : subjects_)
        if (subj.mention >= 0 && M(s, subj.mention).begin < M(s, m).begin && !subj.ids.empty() &&
            (!nearest || M(s, subj.mention).begin > M(s, nearest->mention).begin))
          nearest = &subj;
      if (nearest && !Contains(nearest->ids, ids[0])) x.ids = nearest->ids;
    }
    match.slots['B'].ids = std::move(ids);
  }
  if (rule.target == 'H') {
    // "X, who flew in from Canberra on Monday for a two-day official visit":
    // a trip with no destination named is to the digest's host country
    const DictionaryEntry* host = doc_->home && doc_->home->actor.kind == ActorKind::kCountry ? doc_->home : nullptr;
    // ("X arrived in Kigali for the summit ... joined Y, who had flown in
    // from Nairobi": the country the item's latest trip went to, not the
    // digest's own, when the item reported one; never where Y came from)
    {
      const std::vector<std::string>* came_from = match.slots.count('C') ? &match.slots['C'].ids : nullptr;
      for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
        if (f->type != InteractionType::kVisit) continue;
        if (came_from && Contains(*came_from, f->target)) break;
        const DictionaryEntry* c = dict_.FindId(f->target);
        if (c && c->actor.kind == ActorKind::kCountry) host = c;
        break;
      }
    }
    // (a text of no embassy: the one other city the sentence names as the
    // place of the act, "received X, who flew in from Lima, in Santiago";
    // a country named is more often what they discussed)
    if (!host && match.slots.count('C')) {
      const std::vector<std::string>& came_from = match.slots['C'].ids;
      for (const Mention& y : it_.mentions[s].mentions) {
        if (y.kind != MentionKind::kCapital || !y.entry || y.possessive || y.begin < 1 ||
            (T(s, y.begin - 1).key != "in"sv && T(s, y.begin - 1).key != "at"sv) ||
            Contains(came_from, y.entry->actor.id) || y.entry->actor.kind != ActorKind::kCountry)
          continue;
        if (host && host != y.entry) return false;
        host = y.entry;
      }
    }
    if (!host) return false;
    match.slots['H'].ids = {reg_.FromDictionary(host)};
  }
  if (rule.target == 'M') {
    // "X received Y, who handed over an invitation from Z": the one the
    // subject met last
    const std::vector<std::string>& subject = match.slots['S'].ids;
    const Actor* met = subject.size() == 1 ? LatestPartner(subject[0], /*calls=*/true) : nullptr;
    if (!met) return false;
    match.slots['M'].ids = {met->id};
    // ("met A and B, and signed with the former a memorandum": the first
    // of those the subject met in the latest such contact)
    if (subject.size() == 1) {
      bool former = false, latter = false;
      for (int j = k + 1; j + 1 < NTok(s) && j <= k + 4; ++j)
        if (T(s, j).key == "the"sv) {
          former = former || T(s, j + 1).key == "former"sv;
          latter = latter || T(s, j + 1).key == "latter"sv;
        }
      if (former || latter) {
        std::vector<std::string> partners;
        std::string sentence;
        for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
          if (!IsContact(f->type) || f->type == InteractionType::kVisit) continue;
          if (f->source != subject[0] && f->target != subject[0]) continue;
          if (sentence.empty()) sentence = f->evidence.sentence;
          if (f->evidence.sentence != sentence) break;
          partners.insert(partners.begin(), f->source == subject[0] ? f->target : f->source);
        }
        if (partners.size() >= 2) match.slots['M'].ids = {former ? partners.front() : partners.back()};
      }
    }
  }
  if (rule.source == 'A') {
    // ("condemned the attack ... The attack was claimed by X": the one who
    // condemned it, in this sentence or the one before)
    if (rule.type == InteractionType::kCriticism && !unnamed_condemner_.empty() &&
        (s == unnamed_condemn_sentence_ || s == unnamed_condemn_sentence_ + 1))
      match.slots['A'].ids = unnamed_condemner_;
    // "X imposed sanctions on ... The list includes A and B": the one who
    // did the item's latest act of the rule's type
    // (told in this sentence or the one before: a list further on may be
    // of someone else's act)
    for (auto f = found_.rbegin(); f != found_.rend() && match.slots['A'].ids.empty(); ++f)
      if (f->type == rule.type) {
        if (f->evidence.sentence != S(s).text && (s == 0 || f->evidence.sentence != S(s - 1).text)) return false;
        match.slots['A'].ids = {f->source};
      }
    // (the list follows in the same paragraph or the next)
    if (match.slots['A'].ids.empty() && rule.type == InteractionType::kSanction &&
        (S(s).block == unnamed_sanction_block_ || S(s).block == unnamed_sanction_block_ + 1))
      match.slots['A'].ids = unnamed_sanctioner_;
    if (match.slots['A'].ids.empty()) return false;
  }
  if (rule.target == 'R') {
    // "A accused Türkiye of ...; Turkish ministry sources rejected the
    // accusation": the one the item reported criticising the source (or
    // its country)
    std::string accuser = Accuser(match.slots[rule.source].ids);
    // ("OFAC imposed sanctions on two firms in Oman and the UAE ... Iran's
    // spokesman condemned the measures": words of a third party against the
    // one the item reported sanctioning, when none targeted the source)
    if (accuser.empty())
      for (auto f = found_.rbegin(); f != found_.rend() && accuser.empty(); ++f)
        if (f->type == InteractionType::kSanction && !Contains(match.slots[rule.source].ids, f->source))
          accuser = f->source;
    if (accuser.empty()) return false;
    match.slots['R'].ids = {accuser};
  }
  if (rule.source == 'Q' || rule.target == 'Q') {
    // (a rule without a subject speaks for the quote it opens: only there)
    // (or a quoted sentence it opens: '"Good call with X. Grateful to
    // Poland for its support," Y wrote')
    if (!uses_subject && (S(s).quote[k] < 0 || (k == 0 ? s == 0 : !T(s, k - 1).Is(kQuoteOpen)))) return false;
    std::string who = Speaker(s, k);
    // ("X said that Israel, as the occupying power, bears full
    // responsibility": outside quotes, the one who reports the clause)
    if (who.empty() && uses_subject && subj.mention >= 0 && S(s).quote[k] < 0)
      who = ReportingSpeaker(s, M(s, subj.mention).begin);
    if (who.empty()) return false;
    Fill f;
    f.ids = {who};
    match.slots['Q'] = std::move(f);
  }
  // "was greeted with jeers at a rally organised by X": a skip before
  // "by" must not pass another participle, whose agent X is
  if (match.slots.count('X') && !match.slots['X'].mentions.empty() &&
      M(s, match.slots['X'].mentions[0]).begin > k + 2) {
    int by = M(s, match.slots['X'].mentions[0]).begin - 1;
    bool own_word = false;  // the rule's own participle: "was briefed by"
    for (const PatternElement& el : rule.elements)
      own_word = own_word || (el.kind == PatternElement::Kind::kWords && WordFits(el, T(s, by - 1).key));
    // ("a delegation ..., headed by its Chair X": a leader stands for it)
    if (by - 1 > k && T(s, by).key == "by"sv && At(s, by - 1) < 0 && T(s, by - 1).key.size() > 4 &&
        reader::EndsWith(T(s, by - 1).key, "ed") && VerbLike(S(s), by - 1, lex_) && !own_word &&
        !lex_.PhraseAt(S(s), by - 1, kLedBy))
      return false;
  }
  if (!Modal(s, k, rule, uses_subject && subj.mention >= 0 ? subj.end : -1, match.end)) return false;
  if (type == InteractionType::kSanction && rule.target && match.slots.count(rule.target)) Including(s, &match.slots[rule.target]);
  // "A and B addressed the X Summit in Kigali, where they were joined by C":
  // C joined them at the gathering, which is where "where" points; C took
  // part in it (whether C met them is not said)
  if (type == InteractionType::kMeeting && rule.source == 'X' && rule.target == 'S' &&
      T(s, k).key != "met"sv) {
    int w = subj.mention >= 0 ? M(s, subj.mention).begin - 1 : -1;
    if (w >= 1 && T(s, w).key == "where"sv && T(s, w - 1).key == ","sv) {
      std::string gathering;
      for (std::size_t f = sentence_found_begin_; f < found_.size(); ++f)
        if (found_[f].type == InteractionType::kParticipation && Contains(match.slots['S'].ids, found_[f].source))
          gathering = found_[f].target;
      if (!gathering.empty()) {
        PatternRule part = rule;
        part.type = InteractionType::kParticipation;
        bool any = false;
        for (const std::string& a : match.slots['X'].ids) {
          if (!KindsFit(part, part.type, a, gathering)) continue;
          int dated = 0;
          IsoDate date = DateFor(s, k, part, &dated);
          found_.push_back(NewFound(part.type, a, gathering, date, dated, PlaceFor(s, k),
                                    {S(s).text, "participation.joined_there_by", S(s).line}));
          any = true;
        }
        if (any) return true;
      }
    }
  }
  const std::vector<std::string>& sources = match.slots[rule.source].ids;
  if (sources.empty()) return false;
  std::vector<std::pair<std::string, std::string>> pairs;
  if (rule.target) {
    const std::vector<std::string>& targets = match.slots[rule.target].ids;
    for (const std::string& a : sources)
      for (const std::string& b : targets)
        if (a != b) pairs.emplace_back(a, b);
    // "X and Y met with Z", "X held talks with Y and Z": everyone met
    // everyone, unless the meetings were separate.
    // (a group received as one, "the five visiting ministers", met the
    // host, not each other)
    const std::vector<int>& target_mentions = match.slots[rule.target].mentions;
    bool group_target = target_mentions.size() == 1 && M(s, target_mentions[0]).kind == MentionKind::kFramePersons &&
                        M(s, target_mentions[0]).count >= 3;
    // (a video conference with two others is one call of three; "phone
    // conversations with A and B" are several)
    bool conference = false;
    for (int j = k; j < match.end && j < NTok(s); ++j)
      conference = conference || T(s, j).key.find("conference") != std::string::npos ||
                   // ("A and B held a joint video call with C": one call of three)
                   T(s, j).key == "joint"sv || T(s, j).key == "trilateral"sv || T(s, j).key == "three way"sv;
    // ("where she met A and, separately, B": the adverb inside the match
    // itself, whichever clause the relative "where" gave the trigger)
    bool separately = false;
    for (int j = k; j < match.end && j < NTok(s); ++j)
      separately = separately || T(s, j).key == "separately"sv || T(s, j).key == "individually"sv;
    // (the frame's members are paired where their own contact was read)
    if ((type == InteractionType::kMeeting || (type == InteractionType::kCall && conference)) &&
        !Separate(s, clause) && !separately && !group_target && !rule.one_by_one) {
      for (const std::vector<std::string>* side : {&sources, &targets}) {
        // ("A and B attended the meeting": the two met there, as did each
        // with the frame, whose members were paired where their contact
        // was read)
        // (attendees listed after "attended by" are one side's: paired only
        // where they are the clause's subject, or where the list opens the
        // sentence: "Present were A, B and C", not "Also present were")
        // (and only beside a host: not "The state funeral was held on
        // Tuesday. Present were A and B")
        if (rule.target == 'F' && (side == &targets || (rule.source != 'S' && !(side == &sources && k == 0 &&
                                                                                  !targets.empty()))))
          continue;
        // "I had discussions with President A and Minister B" after the item
        // reported each meeting: a recap of separate meetings
        if (MetEarlier(*side, side == &sources ? targets : sources)) continue;
        // "the ambassadors were received by X": a group named by a plural
        // met X; whether they met each other was said where they were named
        char letter = side == &sources ? rule.source : rule.target;
        const std::vector<int>& named = match.slots[letter].mentions;
        int group = named.size() == 1 ? named[0] : letter == 'S' && named.empty() ? subj.mention : -1;
        if (group >= 0 && M(s, group).kind == MentionKind::kFramePersons && TitleNoun(M(s, group).anaphor)) continue;
        // "the team met with A, B and C": one party's round of meetings;
        // that A, B and C met each other is not said (two objects, "X
        // met A and B", are a meeting of three)
        // (unless they sat at one table: "hosted a working meeting with A,
        // B and C")
        if (side == &targets && sources.size() == 1 && targets.size() >= 3 && !OneMeeting(s, k, match.end)) continue;
        // ("On the sidelines of the forum, X met A and B": a round of
        // meetings at a gathering, one with each, unless one meeting is said)
        if (side == &targets && sources.size() == 1 && !OneMeeting(s, k, match.end)) {
          bool sidelines = false;
          for (int j = 1; j + 1 < k && !sidelines; ++j) {
            std::string_view w = T(s, j).key;
            sidelines = (w == "sidelines"sv || w == "margins"sv || w == "margin"sv || w == "sideline"sv ||
                         w == "fringes"sv) &&
                        T(s, j - 1).key == "the"sv && T(s, j + 1).key == "of"sv;
          }
          if (sidelines) continue;
        }
        // ("held bilateral talks with his Thai and Korean counterparts": a
        // meeting with each, not one of three)
        bool bilateral = false;
        for (int j = k; j < match.end && j < NTok(s) && !bilateral; ++j) bilateral = T(s, j).key == "bilateral"sv;
        if (side == &targets && sources.size() == 1 && bilateral) continue;
        // ("During the mission, the team met Governor A and Minister B": a
        // visiting team's round of calls, one with each; not "held
        // trilateral talks with A and B")
        if (side == &targets && sources.size() == 1 && subj.mention >= 0 && !conference &&
            M(s, subj.mention).end > M(s, subj.mention).begin &&
            (Bits(s, M(s, subj.mention).end - 1) & kDelegation) && !OneMeeting(s, k, match.end))
          continue;
        for (std::size_t i = 0; i < side->size(); ++i)
          for (std::size_t j = i + 1; j < side->size(); ++j) pairs.emplace_back((*side)[i], (*side)[j]);
      }
    }
  } else {
    // "The four ministers agreed to establish ...": an agreement of two
    // countries' delegations binds the sides, not colleagues of one side
    // (a plural that points back, not a list of names: "A, opposition
    // leader B and C signed")
    std::vector<std::string> countries;
    std::set<std::string> distinct;
    for (const std::string& id : sources) {
      const Actor* a = reg_.Find(id);
      countries.push_back(a && a->kind == ActorKind::kPerson ? PersonCountry(id, /*host_fallback=*/false)
                                                             : std::string());
      if (!countries.back().empty()) distinct.insert(countries.back());
    }
    bool anaphoric = subj.mention >= 0 && (M(s, subj.mention).kind == MentionKind::kFramePersons ||
                                           M(s, subj.mention).kind == MentionKind::kGroup);
    // ("The sides discussed ... and agreed to": the subject of a second
    // verb phrase is the sentence's first)
    if (subj.mention < 0)
      for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()) && !anaphoric; ++m)
        anaphoric = M(s, m).begin < k && M(s, m).kind == MentionKind::kFramePersons && M(s, m).begin <= 1;
    bool across_sides =
        type == InteractionType::kCooperation && anaphoric && sources.size() >= 3 && distinct.size() >= 2;
    // ("Pakistan and Afghanistan traded accusations": a directed act each
    // side did to the other goes both ways)
    bool both_ways = !IsUndirected(type);
    for (std::size_t i = 0; i < sources.size(); ++i)
      for (std::size_t j = i + 1; j < sources.size(); ++j)
        if (!across_sides || countries[i].empty() || countries[i] != countries[j]) {
          pairs.emplace_back(sources[i], sources[j]);
          if (both_ways) pairs.emplace_back(sources[j], sources[i]);
        }
  }
  if (pairs.empty()) return false;
  // ("Welcoming the envoys, X urged them": a person welcomed in person is a
  // guest; "welcomed X's decision" and "welcomed the remarks" are acts)
  if (rule.no_guest && rule.target && match.slots.count(rule.target)) {
    for (int m : match.slots[rule.target].mentions) {
      const Mention& x = M(s, m);
      bool person = x.kind == MentionKind::kPerson || x.kind == MentionKind::kRole ||
                    x.kind == MentionKind::kFramePersons || x.kind == MentionKind::kGroup ||
                    x.kind == MentionKind::kDelegation;
      if (person && !x.possessive && !(x.end < NTok(s) && T(s, x.end).Is(kPossessive))) return false;
    }
  }
  if (rule.titled_target && rule.target && match.slots.count(rule.target)) {
    for (int m : match.slots[rule.target].mentions) {
      const Mention& x = M(s, m);
      if (x.kind == MentionKind::kPerson && !x.titled && x.role.empty() && !x.entry) return false;
    }
  }
  // "talks between Azerbaijan and Iran" in an item that says who led each
  // delegation: the leaders met
  if (type == InteractionType::kMeeting || type == InteractionType::kCooperation) {
    for (auto& [a, b] : pairs) {
      std::string la = DelegationLeaderOf(a), lb = DelegationLeaderOf(b);
      if (!la.empty() && !lb.empty() && la != lb) a = la, b = lb;
    }
  }
  // "the Kyrgyz President said, adding that Kyrgyzstan fully supports ...":
  // a judgement of the speaker's own country, reported from the speaker,
  // is the speaker's
  if ((type == InteractionType::kPraise || type == InteractionType::kCriticism) && rule.source == 'S' &&
      subj.mention >= 0 && sources.size() == 1) {
    std::string speaker = ReportingSpeaker(s, M(s, subj.mention).begin);
    const Actor* country = reg_.Find(sources[0]);
    const Actor* person = speaker.empty() ? nullptr : reg_.Find(speaker);
    if (country && person && country->kind == ActorKind::kCountry && person->country == country->id)
      for (auto& pair : pairs) pair.first = speaker;
  }
  int dated = 0;
  IsoDate date = DateFor(s, k, rule, &dated);
  // ("arrived on 13 June to take part in the summit": a trip's purpose
  // yields its day to the sentence that tells the act)
  if (k > 0 && T(s, k - 1).key == "to"sv) dated = 0;
  // ("X, who arrived from Quito, met ...": a place the trip came from is
  // no place of the act, and only one of known foreign country came)
  // (not where the sentence names the place of another country the act
  // took place in: "welcomed X, who arrived from Paris, in Beijing"; nor
  // an envoy resident in the host country)
  bool origin = rule.target == 'H' && match.slots.count('C');
  if (origin) {
    for (const std::string& id : sources) {
      const Actor* a = reg_.Find(id);
      std::string from = a && a->kind == ActorKind::kPerson ? PersonCountry(id, /*host_fallback=*/false) : std::string();
      if (from.empty() || (doc_->home && from == doc_->home->actor.id)) return false;
      if (a && Diplomat(LastWord(FoldKey(a->role)))) return false;
    }
    const std::vector<std::string>& came_from = match.slots['C'].ids;
    const std::vector<std::string>& to = match.slots['H'].ids;
    for (const Mention& y : it_.mentions[s].mentions)
      if ((y.kind == MentionKind::kCapital || y.kind == MentionKind::kCountry) && y.entry && !y.possessive &&
          !Contains(came_from, y.entry->actor.id) && !Contains(to, y.entry->actor.id))
        return false;
  }
  std::string place = origin ? PlaceFor(s, k) : match.slots.count('C') ? match.slots['C'].place : PlaceFor(s, k);
  bool any = false;
  by_place_ = !origin && match.slots.count('C') && !match.slots['C'].place.empty() && !match.slots['C'].capital;
  // ("attended by Crown Prince X, Foreign Minister Y and, from the
  // Egyptian side, Z": those named together come from one side; one whose
  // country the text does not give shares the next named one's, else the
  // one before; attendees of two sides meet each other too)
  std::map<std::string, std::string> side;
  if (rule.target == 'F' && rule.source != 'S') {
    std::vector<std::string> countries;
    for (const std::string& id : sources) {
      const Actor* a = reg_.Find(id);
      countries.push_back(a && a->kind == ActorKind::kPerson ? a->country : std::string());
    }
    // (the side a member is named after: "and, from the Egyptian side, Z")
    const std::vector<int>& named = match.slots[rule.source].mentions;
    for (std::size_t i = 0; named.size() == sources.size() && i < named.size(); ++i) {
      int b = M(s, named[i]).begin;
      int c = b >= 2 && T(s, b - 1).key == ","sv ? At(s, b - 2) : -1;
      if (countries[i].empty() && c >= 0 && M(s, c).kind == MentionKind::kCountry && M(s, c).entry &&
          T(s, M(s, c).end - 1).key == "side"sv)
        countries[i] = M(s, c).entry->actor.id;
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
      std::string c = countries[i];
      for (std::size_t j = i + 1; j < sources.size() && c.empty(); ++j) c = countries[j];
      for (std::size_t j = i; j-- > 0 && c.empty();) c = countries[j];
      side[sources[i]] = c;
    }
    for (std::size_t i = 0; i < sources.size() && !rule.one_by_one; ++i)
      for (std::size_t j = i + 1; j < sources.size(); ++j)
        if (!side[sources[i]].empty() && !side[sources[j]].empty() && side[sources[i]] != side[sources[j]])
          pairs.emplace_back(sources[i], sources[j]);
  }
  for (const auto& [a, b] : pairs) {
    if (!KindsFit(rule, type, a, b)) continue;
    // "talks hosted by the United Arab Emirates": a host state is no
    // participant of the frame's meeting (its minister would be)
    if (rule.target == 'F' && rule.source != 'S') {
      const Actor* host = reg_.Find(a);
      if (host && host->kind == ActorKind::kCountry) continue;
      // one who joins a meeting meets the other side: "the meeting was
      // also attended by the Ambassador of Japan" meets the hosts, not the
      // Japanese guests he came with
      // (and a person meets persons: the frame's countries stand for them)
      const Actor* other = reg_.Find(b);
      if (host && other && host->kind == ActorKind::kPerson && other->kind == ActorKind::kCountry) continue;
      if (host && other && host->kind == ActorKind::kPerson && other->kind == ActorKind::kPerson) {
        const std::string& from = host->country.empty() ? side[a] : host->country;
        if (!from.empty() && from == other->country) continue;
      }
    }
    Found f = NewFound(type, a, b, date, dated, place,
                       {S(s).text, type == rule.type ? rule.id : rule.id + ".gathering", S(s).line});
    ClauseKind kind = it_.clauses[s].clauses[clause].kind;
    f.background = kind == ClauseKind::kRelative || kind == ClauseKind::kSubordinate ||
                   kind == ClauseKind::kParenthetical;
    f.cameo = rule.cameo;
    f.plover = rule.plover;
    found_.push_back(std::move(f));
    any = true;
  }
  // "A and B co-chaired the dialogue": the co-chairs met each other
  // ("held under the co-chairmanship of A and B"); three or more co-chairs
  // run a multilateral format, where each takes part and no pair is a meeting
  bool co_chaired = false;
  for (int j = k; j < match.end && j < NTok(s); ++j) {
    KeyView w = T(s, j).key;
    co_chaired = co_chaired || w.substr(0, 8) == "co-chair"sv || w.substr(0, 8) == "co chair"sv;
  }
  if (any && type == InteractionType::kParticipation && co_chaired && sources.size() == 2)
    for (std::size_t i = 0; i < sources.size(); ++i)
      for (std::size_t j = i + 1; j < sources.size(); ++j) {
        // (a person and a country, the country standing for a title no
        // one holds in the text, are no pair that met)
        const Actor* a = reg_.Find(sources[i]);
        const Actor* b = reg_.Find(sources[j]);
        if (a && b && (a->kind == ActorKind::kPerson) != (b->kind == ActorKind::kPerson)) continue;
        Found f = NewFound(InteractionType::kMeeting, sources[i], sources[j], date, dated, place,
                           {S(s).text, "meeting.co_chaired", S(s).line});
        if (KindsFit(rule, InteractionType::kMeeting, f.source, f.target)) found_.push_back(std::move(f));
      }
  // "A and B met on Tuesday at the 19th meeting of the General Border
  // Committee": meeting at a named gathering, each took part in it
  if (any && type == InteractionType::kMeeting) {
    std::string gathering = GatheringOfMeeting(s, k, clause);
    if (!gathering.empty()) {
      std::vector<std::string> parties;
      for (const auto& [a, b] : pairs) {
        AddUnique(&parties, a);
        AddUnique(&parties, b);
      }
      for (const std::string& id : parties) {
        Found f = NewFound(InteractionType::kParticipation, id, gathering, date, dated, place,
                           {S(s).text, "participation.met_at", S(s).line});
        if (KindsFit(rule, InteractionType::kParticipation, id, gathering)) found_.push_back(std::move(f));
      }
    }
  }
  // (a reciprocal act too: "During a video conference on Wednesday, A and
  // B agreed to ...": the pairs it read held the call)
  if (any && (rule.target || rule.reciprocal) && !IsContact(type)) {
    InteractionType during;
    if (DuringContact(s, k, clause, &during))
      for (const auto& [a, b] : pairs) {
        Found f = found_.back();
        f.type = during;
        f.source = a;
        f.target = b;
        f.evidence.rule = std::string(ToString(during)) + ".during";
        f.cameo = f.plover = "";
        if (KindsFit(rule, type, a, b)) found_.push_back(std::move(f));
      }
  }
  if (any && rule.target) NotePersons(match.slots[rule.target].ids);
  if (any && rule.target) {
    // "expelled two French diplomats, accusing them": a plural noun
    // phrase is "them" as much as a list is
    const Fill& fill = match.slots[rule.target];
    std::string_view last = fill.end > 0 && fill.end <= NTok(s) ? T(s, fill.end - 1).key : KeyView();
    bool plural = T(s, std::max(fill.end - 1, 0)).Is(kLower) && last.size() > 3 && last.back() == 's';
    if (fill.ids.size() > 1 || (plural && !fill.ids.empty())) last_plural_ = fill.ids;
  }
  return any;
}

std::vector<std::string> ItemProcessor::GatheringSubject(int s, int k, int clause) {
  const SentenceClauses& cl = it_.clauses[s];
  // "The summit was chaired by X and attended by Y": a coordinated verb
  // phrase has its parent's subject
  while ((cl.clauses[clause].kind == ClauseKind::kVpCoord || cl.clauses[clause].kind == ClauseKind::kTrailParticiple) &&
         cl.clauses[clause].parent >= 0)
    clause = cl.clauses[clause].parent;
  for (int j = cl.clauses[clause].begin; j < k; ++j) {
    if (cl.of[j] != clause) continue;
    int m = MentionStartingAt(s, j);
    // "The meeting was also attended by X": the gathering named "... Meeting"
    if (m < 0 && j + 1 < k && T(s, j).key == "the"sv && At(s, j + 1) < 0 && (Bits(s, j + 1) & kGathering)) {
      std::string named = GatheringCalled(s, j, T(s, j + 1).key);
      if (!named.empty()) return {named};
    }
    // "The opening was also attended by X" after "opened the 4th Business
    // Forum": a part of the gathering named last (gathering_part)
    if (m < 0 && j == cl.clauses[clause].begin && j + 1 < k && T(s, j).key == "the"sv && At(s, j + 1) < 0 &&
        lex_.PhraseAt(S(s), j + 1, kGatheringPart)) {
      std::string gathering;
      for (const EventInfo& e : events_)
        if (e.s < s || (e.s == s && e.k < j)) gathering = e.id;
      const Actor* g = gathering.empty() ? nullptr : reg_.Find(gathering);
      if (g && g->name.find(' ') != std::string::npos) return {gathering};
    }
    if (m < 0) continue;
    const Mention& x = M(s, m);
    if (x.kind != MentionKind::kEvent && x.kind != MentionKind::kEventAnaphor) return {};
    // (not "the role of the summit"; but "the active phase of the exercise
    // was observed by X": a part of the gathering, gathering_part)
    bool part = false;
    if (j > 1 && T(s, j - 1).key == "of"sv)
      for (int b = std::max(cl.clauses[clause].begin, j - 4); b < j - 1 && !part; ++b)
        part = lex_.PhraseAt(S(s), b, kGatheringPart) == j - 1 - b;
    if (j > 0 && T(s, j - 1).Is(kWord) && (Bits(s, j - 1) & kPreposition) && !part) return {};
    return Resolve(s, m, Use::kSubject);
  }
  return {};
}

bool ItemProcessor::IsFrameMention(const Mention& x) {
  return x.kind == MentionKind::kFramePersons || x.kind == MentionKind::kFrameCountries;
}

// "accusing" right after a word of a noun phrase (not after a comma, a
// conjunction, a preposition or an adverb).
bool ItemProcessor::ModifyingParticiple(int s, int k) const {
  std::string_view w = T(s, k).key;
  if (k == 0 || !reader::IngForm(w)) return false;
  // ("praised the reforms during a visit": "during" is no participle)
  if (w == "during"sv) return false;
  const Token& prev = T(s, k - 1);
  if (!prev.Is(kWord)) return false;
  if (At(s, k - 1) >= 0) return true;
  std::string_view p = prev.key;
  if (p.size() > 2 && p.compare(p.size() - 2, 2, "ly") == 0) return false;
  return !(Bits(s, k - 1) & (kFunction | kPreposition | kCoordinator | kRelative | kSubordinator |
                              kParticipleIntro | kNegation | kPerfectAux | kVerb | kSpeechVerb));
}

// "During a videoconference with X, Y discussed ...", "Y thanked Z during
// a phone call with X": a contact named by a noun; the other party is the
// subject of the clause the phrase belongs to (or opens).
void ItemProcessor::NominalContacts(int s) {
  const int n = NTok(s);
  const SentenceClauses& cl = it_.clauses[s];
  // "During a visit to Jerusalem on Monday, X met Y": the subject's trip
  if (n > 6 && (T(s, 0).key == "during"sv || T(s, 0).key == "on"sv) &&
      (T(s, 1).key == "a"sv || T(s, 1).key == "an"sv || T(s, 1).key == "his"sv || T(s, 1).key == "her"sv)) {
    int h = 2;
    while (h < 5 && h < n && T(s, h).Is(kWord) && T(s, h).Is(kLower) && T(s, h).key != "visit"sv &&
           T(s, h).key != "trip"sv)
      ++h;
    Fill place;
    if (h + 2 < n && (T(s, h).key == "visit"sv || T(s, h).key == "trip"sv) && T(s, h + 1).key == "to"sv &&
        ParseDestination(s, h + 2, &place)) {
      int comma = -1;
      for (int j = h + 2; j < n && comma < 0; ++j)
        if (T(s, j).key == ","sv) comma = j;
      const std::vector<std::string>* subject = comma > 0 ? &subjects_[cl.of[std::min(comma + 1, n - 1)]].ids : nullptr;
      if (subject && subject->size() == 1) {
        PatternRule act;
        act.type = InteractionType::kVisit;
        act.id = "visit.during_a_visit";
        if (Modal(s, h, act, -1))
          for (const std::string& c : place.ids)
            if (KindsFit(act, act.type, (*subject)[0], c)) {
              int dated = 0;
              IsoDate date = DateFor(s, h, act, &dated);
              found_.push_back(NewFound(act.type, (*subject)[0], c, date, dated, place.place,
                                        {S(s).text, act.id, S(s).line}));
            }
      }
    }
  }
  // "X's meeting with Y in Z on Monday focused on ...": a contact named as
  // the sentence's subject
  if (int first = MentionStartingAt(s, 0); first >= 0 && M(s, first).possessive &&
                                           M(s, first).kind == MentionKind::kPerson) {
    int h = M(s, first).end;
    if (h < n && T(s, h).Is(kPossessive)) ++h;
    InteractionType type = InteractionType::kMeeting;
    if (h + 2 < n && ContactNoun(T(s, h).key, &type) && T(s, h + 1).key == "with"sv) {
      int other = MentionStartingAt(s, h + 2);
      if (other >= 0 && (M(s, other).kind == MentionKind::kPerson || M(s, other).kind == MentionKind::kRole)) {
        std::vector<std::string> ids = Resolve(s, first, Use::kSubject);
        AddUniqueAll(&ids, Resolve(s, other, Use::kObject));
        if (ids.size() == 2) ContactAmong(s, h, type, std::string(ToString(type)) + ".possessive_subject", ids);
      }
    }
  }
  // "X's three-day visit to China began on Monday ...": the subject's trip
  if (int first = MentionStartingAt(s, 0); first >= 0 && M(s, first).possessive &&
                                           (M(s, first).kind == MentionKind::kPerson || M(s, first).kind == MentionKind::kRole)) {
    int h = PossessedNoun(s, first);
    if (h >= 0 && h + 2 < n && T(s, h + 1).key == "to"sv &&
        (T(s, h).key == "visit"sv || T(s, h).key == "trip"sv || T(s, h).key == "tour"sv)) {
      Fill where;
      if (ParseDestination(s, h + 2, &where))
        VisitOf(s, h, Resolve(s, first, Use::kSubject), where.ids, "visit.possessive_subject");
    }
  }
  HeldWithParticipants(s);
  // (each reading below starts from a contact noun)
  if (!MayHaveKey(s, "call"sv) && !MayHaveKey(s, "conversation"sv) && !MayHaveKey(s, "videoconference"sv) &&
      !MayHaveKey(s, "videocall"sv) && !MayHaveKey(s, "meeting"sv) && !MayHaveKey(s, "talks"sv))
    return;
  for (int j = 0; j + 3 < n; ++j) {
    KeyView w = T(s, j).key;
    // ("a welcoming ceremony, followed by talks between A and B")
    bool followed_by = w == "by"sv && j > 0 && T(s, j - 1).key == "followed"sv;
    if (At(s, j) >= 0 || (w != "during"sv && w != "in"sv && w != "following"sv && w != "after"sv && !followed_by))
      continue;
    int noun = -1;
    InteractionType type = InteractionType::kCall;
    for (int h = j + 1; h < n && h <= j + 4 && At(s, h) < 0 && T(s, h).Is(kWord); ++h)
      if (ContactNoun(T(s, h).key, &type)) {
        noun = h;
        break;
      }
    if (noun < 0) continue;
    // "in the conversation with the ambassador" is a talk face to face; a
    // call says how it was held ("in a telephone conversation")
    if (T(s, noun).key == "conversation"sv) {
      bool remote = false;
      for (int h = j + 1; h < noun; ++h) {
        KeyView k = T(s, h).key;
        remote = remote || k == "telephone"sv || k == "phone"sv || k == "video"sv || k == "online"sv;
      }
      if (!remote) type = InteractionType::kMeeting;
    }
    // "after meeting Iraqi Prime Minister X": the gerund takes its object
    // directly
    bool gerund = noun == j + 1 && T(s, noun).key == "meeting"sv && MentionStartingAt(s, noun + 1) >= 0 &&
                  (M(s, MentionStartingAt(s, noun + 1)).kind == MentionKind::kPerson ||
                   M(s, MentionStartingAt(s, noun + 1)).kind == MentionKind::kRole);
    // ("after talks in Ulaanbaatar between A and B": the place first)
    int between = noun + 1;
    if (between + 1 < n && (T(s, between).key == "in"sv || T(s, between).key == "at"sv) && At(s, between + 1) >= 0 &&
        (M(s, At(s, between + 1)).kind == MentionKind::kCapital || M(s, At(s, between + 1)).kind == MentionKind::kCountry))
      between = M(s, At(s, between + 1)).end;
    if (between + 1 < n && T(s, between).key == "between"sv) {
      BetweenContact(s, j, between - 1, type);
      continue;
    }
    // "A and B signed agreements after talks in Beijing": the subjects met
    // ("following the talks" points back to talks already read)
    if ((w == "after"sv || w == "following"sv) && type == InteractionType::kMeeting && noun == j + 1 &&
        (noun + 1 >= n || (T(s, noun + 1).key != "with"sv && T(s, noun + 1).key != "between"sv))) {
      const Subject& subj = subjects_[cl.of[j]];
      if (subj.mention >= 0 && subj.ids.size() >= 2) {
        ContactAmong(s, j, type, "meeting.after_talks", subj.ids);
        continue;
      }
    }
    bool their = T(s, j + 1).key == "their"sv && noun + 1 < n && T(s, noun + 1).key != "with"sv;
    if (!their && !gerund && (noun + 2 >= n || T(s, noun + 1).key != "with"sv)) continue;
    current_subject_ = &subjects_[cl.of[j]].ids;
    Fill list, with;
    if (their) {
      // "'I told President X ...,' Y said after their meeting": the one
      // other person the sentence names
      with.end = noun + 1;
      for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m) {
        const Mention& x = M(s, m);
        if (x.kind != MentionKind::kPerson && x.kind != MentionKind::kRole) continue;
        for (const std::string& id : Resolve(s, m, Use::kObject)) AddUnique(&list.ids, id);
      }
    } else {
      if (!ParseList(s, gerund ? noun + 1 : noun + 2, 'X', nullptr, &list)) continue;
      // members in the phrase's clause only ("with A, B said" is not a list)
      for (int m : list.mentions) {
        if (cl.of[M(s, m).begin] != cl.of[j]) break;
        for (const std::string& id : Resolve(s, m, Use::kObject)) AddUnique(&with.ids, id);
        with.end = M(s, m).end;
      }
      if (with.ids.empty()) continue;
    }
    // the clause's subject, else (an opening phrase) the next clause's
    const Subject* subj = &subjects_[cl.of[j]];
    // (a trailing participle's subject is the one before it: "A held a
    // meeting with B, followed by talks with C, during which C urged")
    ClauseKind kind = cl.clauses[cl.of[j]].kind;
    bool inherited = !subj->ids.empty() && (kind == ClauseKind::kTrailParticiple || kind == ClauseKind::kVpCoord);
    if ((subj->ids.empty() || subj->mention < 0) && !inherited) {
      const Subject* next = nullptr;
      int next_begin = n;
      for (std::size_t c = 0; c < cl.clauses.size(); ++c)
        if (cl.clauses[c].begin >= with.end && cl.clauses[c].begin < next_begin && subjects_[c].mention >= 0 &&
            !subjects_[c].ids.empty()) {
          next = &subjects_[c];
          next_begin = cl.clauses[c].begin;
        }
      if (next) subj = next;
    }
    if (subj->ids.empty()) continue;
    // "In the conversation with X, the sides noted": the sides are X and
    // the one other participant
    std::vector<std::string> others;
    if (!their && subj->mention >= 0 && IsFrameMention(M(s, subj->mention))) {
      for (const std::string& id : subj->ids)
        if (!Contains(with.ids, id)) others.push_back(id);
      if (others.size() != 1) continue;
    }
    const std::vector<std::string>& from = others.empty() ? subj->ids : others;
    if (their) {
      for (const std::string& id : list.ids)
        if (!Contains(subj->ids, id)) with.ids.push_back(id);
      if (with.ids.size() != 1) continue;
    }
    // "called on the EU to raise it in its talks with X": an act asked for
    bool asked = false;
    for (int t = std::max(0, subj->end); t < j; ++t)
      if (cl.of[t] == cl.of[j] && T(s, t).key == "to"sv && t + 1 < j && T(s, t + 1).Is(kLower) &&
          At(s, t + 1) < 0 && !(Bits(s, t + 1) & (kFunction | kPreposition)))
        asked = true;
    if (asked) continue;
    PatternRule act;
    act.type = type;
    act.id = std::string(ToString(type)) + ".nominal";
    // the act of the subject's clause must be reported as happening now
    int verb = subj->end;
    while (verb < n && !VerbLike(S(s), verb, lex_)) ++verb;
    if (!Modal(s, j, act, -1) || (verb < n && !Modal(s, verb, act, subj->end))) continue;
    int dated = 0;
    IsoDate date = DateFor(s, j, act, &dated);
    for (const std::string& a : from)
      for (const std::string& b : with.ids) {
        if (a == b || !KindsFit(act, type, a, b)) continue;
        found_.push_back(NewFound(type, a, b, date, dated, PlaceFor(s, j), {S(s).text, act.id, S(s).line}));
      }
  }
}

// "following talks between A and B", "after talks between their
// commerce secretaries" (the clause's subjects): one contact per pair.
void ItemProcessor::BetweenContact(int s, int j, int noun, InteractionType type) {
  const int n = NTok(s);
  const SentenceClauses& cl = it_.clauses[s];
  std::vector<std::string> sides;
  int p = noun + 2;
  if (T(s, p).key == "their"sv || T(s, p).key == "the"sv) {
    const Subject& subj = subjects_[cl.of[j]];
    if (T(s, p).key == "their"sv) sides = subj.ids;
  }
  if (sides.empty()) {
    Fill list;
    current_subject_ = &subjects_[cl.of[j]].ids;
    if (!ParseList(s, p, 'L', nullptr, &list) || list.ids.size() < 2) return;
    sides = list.ids;
  }
  if (sides.size() < 2 || n <= p) return;
  ContactAmong(s, j, type, std::string(ToString(type)) + ".nominal_between", sides);
}

// A contact named by a noun at token j among every pair of `ids`, when
// reported as happening.
// "A trilateral meeting of the heads of ... was held in Ashgabat with the
// participation of A, B and C": an unnamed meeting's participants met each
// other (a named gathering's take part in it: participation rules).
void ItemProcessor::HeldWithParticipants(int s) {
  // (both readings below act only on "with the participation of")
  if (!MayHaveKey(s, "participation"sv)) return;
  const int n = NTok(s);
  // "X convened a regular meeting of the Security Council, with the
  // participation of A and B": X met them too (an unnamed sitting)
  for (int k = 1; k + 3 < n; ++k) {
    KeyView w = T(s, k).key;
    if (!(w == "convened"sv || w == "chaired"sv || w == "held"sv || w == "hosted"sv)) continue;
    int j = k + 1;
    if (j < n && (T(s, j).key == "a"sv || T(s, j).key == "the"sv || T(s, j).key == "an"sv)) ++j;
    int m = j < n ? At(s, j) : -1;
    bool sitting = false;
    if (m >= 0 && M(s, m).kind == MentionKind::kEvent && T(s, M(s, m).name_begin).Is(kLower)) {
      for (int h = M(s, m).name_begin; h < M(s, m).name_end && !sitting; ++h)
        sitting = T(s, h).key == "meeting"sv || T(s, h).key == "session"sv;
    }
    if (!sitting) continue;
    const Subject& subj = subjects_[it_.clauses[s].of[k]];
    if (subj.mention < 0 || subj.ids.size() != 1) return;
    const Actor* host = reg_.Find(subj.ids[0]);
    if (!host || host->kind != ActorKind::kPerson) return;
    for (int q = M(s, m).end; q + 4 < n && q < M(s, m).end + 12; ++q) {
      if (T(s, q).key != "with"sv || T(s, q + 1).key != "the"sv || T(s, q + 2).key != "participation"sv ||
          T(s, q + 3).key != "of"sv)
        continue;
      Fill list;
      current_subject_ = &no_subject_;
      int p = q + 4;
      // ("the members of the Council, A and B": the members are the names)
      int g = MentionStartingAt(s, p);
      if (g < 0 && p < n && T(s, p).key == "the"sv) {
        int c = p + 1;
        while (c < n && c < p + 8 && T(s, c).key != ","sv) ++c;
        if (c + 1 < n && T(s, c).key == ","sv && MentionStartingAt(s, c + 1) >= 0) p = c + 1;
      }
      if (!ParseList(s, p, 'X', nullptr, &list)) return;
      std::vector<std::string> ids = {host->id};
      for (const std::string& id : list.ids)
        if (const Actor* a = reg_.Find(id); a && a->kind == ActorKind::kPerson) AddUnique(&ids, id);
      if (ids.size() >= 2) ContactAmong(s, k, InteractionType::kMeeting, "meeting.convened_with_participation_of", ids);
      return;
    }
    return;
  }
  int held = -1, noun = -1;
  for (int k = 1; k + 4 < n; ++k) {
    KeyView w = T(s, k).key;
    if (noun < 0 && At(s, k) < 0 && (w == "meeting"sv || w == "talks"sv || w == "consultations"sv ||
                                     w == "negotiations"sv)) {
      KeyView before = T(s, k - 1).key;
      bool det = before == "a"sv || before == "an"sv || before == "the"sv ||
                 (k > 1 && (T(s, k - 2).key == "a"sv || T(s, k - 2).key == "an"sv) && T(s, k - 1).Is(kLower));
      if (det) noun = k;
    }
    if (noun >= 0 && held < 0 && w == "held"sv && (T(s, k - 1).key == "was"sv || T(s, k - 1).key == "were"sv))
      held = k;
    if (held < 0 || k < held || k > held + 8) continue;
    if (w != "with"sv || T(s, k + 1).key != "the"sv || T(s, k + 2).key != "participation"sv ||
        T(s, k + 3).key != "of"sv)
      continue;
    Fill list;
    current_subject_ = &no_subject_;
    if (!ParseList(s, k + 4, 'X', nullptr, &list)) return;
    std::vector<std::string> persons;
    for (const std::string& id : list.ids)
      if (const Actor* a = reg_.Find(id); a && a->kind == ActorKind::kPerson) AddUnique(&persons, id);
    if (persons.size() >= 2 && persons.size() == list.ids.size())
      ContactAmong(s, noun, InteractionType::kMeeting, "meeting.held_with_participation_of", persons);
    return;
  }
}

void ItemProcessor::ContactAmong(int s, int j, InteractionType type, const std::string& rule_id,
                                 const std::vector<std::string>& ids) {
  PatternRule act;
  act.type = type;
  act.id = rule_id;
  if (!Modal(s, j, act, -1)) return;
  int dated = 0;
  IsoDate date = DateFor(s, j, act, &dated);
  for (std::size_t a = 0; a < ids.size(); ++a)
    for (std::size_t b = a + 1; b < ids.size(); ++b)
      if (KindsFit(act, type, ids[a], ids[b]))
        found_.push_back(NewFound(type, ids[a], ids[b], date, dated, PlaceFor(s, j), {S(s).text, act.id, S(s).line}));
}

// "A Programme of Cultural Exchanges was signed.", "Following the talks,
// several documents were signed.": a signing in the passive with no actor
// named in the sentence is the two parties' of the item's latest meeting.
void ItemProcessor::PassiveSigning(int s) {
  const int n = NTok(s);
  // ("The following agreements were signed:" opens a list that names them)
  // ("The session ended with the signing of a protocol": the gathering
  // named is no party)
  bool events_only = true, none = true;
  for (const Mention& x : it_.mentions[s].mentions) {
    if (x.end <= x.begin) continue;
    none = false;
    events_only = events_only && (x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor);
  }
  if (n == 0 || T(s, n - 1).key == ":"sv) return;
  // ("X was received by Y in Baku, and a roadmap was signed following their
  // talks": the part after ", and" names no actor)
  auto bare_clause = [&](int k) {
    int from = k - 1;
    while (from >= 2 && !(T(s, from).key == "and"sv && T(s, from - 1).key == ","sv)) --from;
    if (from < 2) return false;
    for (const Mention& x : it_.mentions[s].mentions)
      if (x.end > x.begin && x.begin > from && x.kind != MentionKind::kPronoun &&
          x.kind != MentionKind::kPronounPlural && x.kind != MentionKind::kEvent && x.kind != MentionKind::kEventAnaphor)
        return false;
    return true;
  };
  int signed_at = -1;
  for (int k = 1; k < n && signed_at < 0; ++k) {
    std::string_view w = T(s, k).key;
    std::string_view be = T(s, k - 1).key;
    if ((w == "signed"sv || w == "inked"sv) && (be == "was"sv || be == "were"sv) && (none || bare_clause(k)))
      signed_at = k;
    if (!events_only) continue;
    // "ended with the signing of a protocol", "culminated in the signing of
    // two agreements" (of a document: not "the signing of the Book of
    // Honour")
    if (w == "signing"sv && k >= 3 && k + 1 < n && T(s, k - 1).key == "the"sv && T(s, k + 1).key == "of"sv &&
        (T(s, k - 2).key == "with"sv || T(s, k - 2).key == "in"sv) &&
        (T(s, k - 3).key == "ended"sv || T(s, k - 3).key == "concluded"sv || T(s, k - 3).key == "closed"sv ||
         T(s, k - 3).key == "culminated"sv || T(s, k - 3).key == "ends"sv || T(s, k - 3).key == "concludes"sv)) {
      bool document = false;
      const std::vector<std::string>& documents = lex_.patterns().Words("signed_document");
      for (int j = k + 2; j < n && j <= k + 6 && !document; ++j)
        document = std::find(documents.begin(), documents.end(), T(s, j).key) != documents.end();
      if (document) signed_at = k;
    }
  }
  if (signed_at < 0 || (signed_at + 1 < n && T(s, signed_at + 1).key == "by"sv)) return;
  for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
    if (f->type != InteractionType::kMeeting) continue;
    ContactAmong(s, signed_at, InteractionType::kCooperation, "cooperation.signed_passive", {f->source, f->target});
    return;
  }
}

// "X took part in the forum together with Y", "X co-chaired the session
// with Y": Y took part too.
void ItemProcessor::TogetherWith(int s) {
  const int n = NTok(s);
  std::size_t end = found_.size();
  bool any = false;
  for (std::size_t f = sentence_found_begin_; f < end && !any; ++f) any = found_[f].type == InteractionType::kParticipation;
  if (!any) return;
  bool chaired = false;
  for (int k = 0; k < n && !chaired; ++k) chaired = T(s, k).key.substr(0, 8) == "co chair"sv;  // (keys fold the hyphen)
  for (std::size_t f = sentence_found_begin_; f < end; ++f) {
    if (found_[f].type != InteractionType::kParticipation) continue;
    for (int k = 0; k + 2 < n; ++k) {
      bool together = (T(s, k).key == "together"sv || T(s, k).key == "along"sv) && T(s, k + 1).key == "with"sv;
      // (right after the gathering a co-chair named)
      bool cochair = chaired && k > 0 && T(s, k).key == "with"sv && At(s, k - 1) >= 0 &&
                     M(s, At(s, k - 1)).kind == MentionKind::kEvent && M(s, At(s, k - 1)).end == k;
      if (!together && !cochair) continue;
      int m = MentionStartingAt(s, together ? k + 2 : k + 1);
      if (m < 0 || (M(s, m).kind != MentionKind::kPerson && M(s, m).kind != MentionKind::kRole)) continue;
      // ("along with A and B": each of them)
      Fill list;
      std::vector<int> members = {m};
      if (ParseList(s, M(s, m).begin, 'X', nullptr, &list) && !list.mentions.empty()) members = list.mentions;
      for (int x : members) {
        if (M(s, x).kind != MentionKind::kPerson && M(s, x).kind != MentionKind::kRole) continue;
        for (const std::string& id : Resolve(s, x, Use::kObject)) {
          if (id == found_[f].source) continue;
          Found also = found_[f];
          also.source = id;
          also.evidence.rule = "participation.together_with";
          // ("X co-chaired the commission together with Y": two co-chairs
          // met each other, as "A and B co-chaired" does)
          Found met = also;
          bool pair = chaired && members.size() == 1;
          found_.push_back(std::move(also));
          if (pair) {
            met.type = InteractionType::kMeeting;
            met.source = found_[f].source;
            met.target = id;
            met.evidence.rule = "meeting.co_chaired";
            met.cameo.clear();
            met.plover.clear();
            const Actor* a = reg_.Find(met.source);
            const Actor* b = reg_.Find(met.target);
            if (a && b && a->kind == ActorKind::kPerson && b->kind == ActorKind::kPerson) found_.push_back(std::move(met));
          }
        }
      }
      break;
    }
  }
}

// "X welcomed Y to Jakarta for talks": Y came to that country (the
// meeting is the rule's; one rule reads one trigger).
void ItemProcessor::WelcomedTo(int s) {
  if (!MayHaveKey(s, "welcomed"sv) && !MayHaveKey(s, "welcomes"sv)) return;
  const int n = NTok(s);
  for (int k = 1; k + 3 < n; ++k) {
    std::string_view w = T(s, k).key;
    if (w != "welcomed"sv && w != "welcomes"sv) continue;
    int guest = MentionStartingAt(s, k + 1);
    if (guest < 0 || (M(s, guest).kind != MentionKind::kPerson && M(s, guest).kind != MentionKind::kRole)) continue;
    int to = M(s, guest).end;
    if (to + 1 >= n || T(s, to).key != "to"sv) continue;
    Fill where;
    if (!ParseDestination(s, to + 1, &where)) continue;
    VisitOf(s, k, Resolve(s, guest, Use::kObject), where.ids, "visit.welcomed_to");
    return;
  }
}

// Visits of `visitors` to `places` told at token k (read by no pattern
// rule: its modality, day and place as a rule's would be).
void ItemProcessor::VisitOf(int s, int k, const std::vector<std::string>& visitors,
                            const std::vector<std::string>& places, const char* rule_id) {
  PatternRule act;
  act.type = InteractionType::kVisit;
  act.id = rule_id;
  if (!Modal(s, k, act, -1)) return;
  int dated = 0;
  IsoDate date = DateFor(s, k, act, &dated);
  for (const std::string& a : visitors)
    for (const std::string& c : places)
      if (a != c && KindsFit(act, act.type, a, c))
        found_.push_back(NewFound(act.type, a, c, date, dated, PlaceFor(s, k), {S(s).text, act.id, S(s).line}));
}

// The first token from k on where a mention starts, over at most `words`
// plain lower-case words ("with former President X"); k when none.
int ItemProcessor::FirstMentionWithin(int s, int k, int words) const {
  for (int j = k; j < NTok(s) && j <= k + words; ++j) {
    if (MentionStartingAt(s, j) >= 0) return j;
    if (At(s, j) >= 0 || !T(s, j).Is(kWord) || !T(s, j).Is(kLower)) break;
  }
  return k;
}

// "X, accompanied by Foreign Minister Z, met Y": Z met Y too; "X opened
// the exhibition on March 5, accompanied by Minister Z": Z took part too
// (a companion after the clause's end goes with its subject).
void ItemProcessor::AccompaniedBy(int s) {
  bool accompanied = MayHaveKey(s, "accompanied"sv) || MayHaveKey(s, "flanked"sv);
  if (!accompanied && !MayHaveKey(s, "presence"sv) && !MayHaveKey(s, "attendance"sv) && !MayHaveKey(s, "present"sv))
    return;
  const int n = NTok(s);
  std::size_t end = found_.size();
  for (int k = 0; k + 2 < n; ++k) {
    std::string_view w = T(s, k).key;
    int host = -1, companion = -1;
    bool both_sides = false;
    // (the acts the companion joins: those of this sentence, unless told
    // in the one before)
    std::size_t from = sentence_found_begin_, to = end;
    std::vector<std::string> hosts;
    if (k == 0) {
      // "Accompanied by Minister Z, the Prime Minister toured the stands":
      // a participle opening the sentence, the host the subject after its
      // comma
      if ((w != "accompanied"sv && w != "flanked"sv) || T(s, 1).key != "by"sv) continue;
      companion = MentionStartingAt(s, 2);
      if (companion < 0) continue;
      int comma = M(s, companion).end;
      while (comma < n && comma < M(s, companion).end + 12 && T(s, comma).key != ","sv) ++comma;
      if (comma + 1 >= n || T(s, comma).key != ","sv) continue;
      host = At(s, comma + 1);
      if (host >= 0) hosts = Resolve(s, host, Use::kSubject);
      else hosts = subjects_[it_.clauses[s].of[comma + 1]].ids;
    } else if ((w == "accompanied"sv || w == "flanked"sv) && T(s, k + 1).key == "by"sv) {
      // ", accompanied by Z", ", who was accompanied by Z": the host named
      // before the comma
      int comma = k - 1;
      if (comma >= 3 && (T(s, comma).key == "was"sv || T(s, comma).key == "were"sv) && T(s, comma - 1).key == "who"sv)
        comma -= 2;
      if (T(s, comma).key != ","sv) continue;
      host = At(s, comma - 1 >= 0 ? comma - 1 : 0);
      companion = MentionStartingAt(s, k + 2);
      if (host >= 0) hosts = Resolve(s, host, Use::kSubject);
      else if (comma >= 1) hosts = subjects_[it_.clauses[s].of[comma - 1]].ids;
    } else if (w == "presence"sv && k >= 2 && T(s, k - 1).key == "the"sv && T(s, k - 2).key == "in"sv &&
               T(s, k + 1).key == "of"sv) {
      // "X received Y in the presence of Z": Z is on X's side, as one who
      // accompanies X (a signing witnessed is no meeting)
      companion = MentionStartingAt(s, k + 2);
      bool signing = false;
      for (std::size_t f = sentence_found_begin_; f < end; ++f) signing = signing || found_[f].type == InteractionType::kCooperation;
      for (std::size_t f = sentence_found_begin_; f < end && hosts.empty() && !signing; ++f)
        if (found_[f].type == InteractionType::kMeeting) {
          hosts = {found_[f].source};
          // ("A and B held a meeting, in the presence of Z": both sides
          // the subject, Z met each)
          const std::vector<std::string>& subject = subjects_[it_.clauses[s].of[k]].ids;
          both_sides = Contains(subject, found_[f].source) && Contains(subject, found_[f].target);
        }
      // ("... received Y. The audience took place in the presence of Z": of
      // the meeting the sentence before told)
      bool told_before = hosts.empty() && !signing && n > 3 && T(s, 0).key == "the"sv &&
                         (T(s, 1).key == "audience"sv || T(s, 1).key == "meeting"sv || T(s, 1).key == "talks"sv ||
                          T(s, 1).key == "reception"sv);
      for (std::size_t f = sentence_found_begin_; told_before && f-- > 0;)
        if (found_[f].type == InteractionType::kMeeting && !OnlyPresent(found_[f])) {
          if (s > 0 && found_[f].evidence.sentence == S(s - 1).text) {
            const std::string& sentence = found_[f].evidence.sentence;
            from = f;
            while (from > 0 && found_[from - 1].evidence.sentence == sentence) --from;
            to = f + 1;
            while (to < sentence_found_begin_ && found_[to].evidence.sentence == sentence) ++to;
            // (the host is the source of the sentence's first meeting: "X
            // received A and B" also pairs A with B, read after X's)
            hosts = {found_[f].source};
            for (std::size_t g = from; g < to; ++g)
              if (found_[g].type == InteractionType::kMeeting && !OnlyPresent(found_[g])) {
                hosts = {found_[g].source};
                break;
              }
          }
          break;
        }
    } else if (w == "with"sv && T(s, k - 1).key == ","sv &&
               (companion = MentionStartingAt(s, FirstMentionWithin(s, k + 1, 2))) >= 0) {
      // "A met B, with Commissioner Z in attendance", ", with Z present":
      // one more at the meeting, who met both sides
      int after = M(s, companion).end;
      // (an apposition of the companion: "with X, a member of the panel,")
      if (after + 1 < n && T(s, after).key == ","sv)
        for (int j = after + 1; j < n && j < after + 12; ++j)
          if (T(s, j).key == ","sv) {
            after = j + 1;
            break;
          }
      // (not "with X attending the summit in Brussels": present elsewhere)
      auto closes = [&](int j) { return j >= n || T(s, j).key == ","sv || T(s, j).key == "."sv || T(s, j).key == ";"sv; };
      bool attending = after + 1 < n && ((T(s, after).key == "in"sv && T(s, after + 1).key == "attendance"sv && closes(after + 2)) ||
                                         ((T(s, after).key == "present"sv || T(s, after).key == "attending"sv) && closes(after + 1)));
      if (!attending || M(s, companion).kind == MentionKind::kEvent) continue;
      std::vector<std::string> companions = Resolve(s, companion, Use::kObject);
      for (std::size_t f = sentence_found_begin_; f < end; ++f) {
        if (found_[f].type != InteractionType::kMeeting) continue;
        const std::string sides[2] = {found_[f].source, found_[f].target};
        for (const std::string& id : companions)
          for (const std::string& side : sides) {
            if (id == side) continue;
            bool known = false;
            for (std::size_t g = sentence_found_begin_; g < found_.size() && !known; ++g)
              known = found_[g].type == InteractionType::kMeeting &&
                      ((found_[g].source == id && found_[g].target == side) ||
                       (found_[g].target == id && found_[g].source == side));
            if (known) continue;
            Found also = found_[f];
            also.source = id;
            also.target = side;
            also.evidence.rule = "meeting.in_attendance";
            found_.push_back(std::move(also));
          }
      }
      return;
    } else {
      continue;
    }
    if (companion < 0 || M(s, companion).kind == MentionKind::kEvent) continue;
    std::vector<std::string> companions = Resolve(s, companion, Use::kObject);
    if (hosts.size() != 1 || companions.empty()) continue;
    for (std::size_t f = from; f < to; ++f) {
      InteractionType type = found_[f].type;
      if (type != InteractionType::kMeeting && type != InteractionType::kParticipation) continue;
      // (one takes part beside the host, not in the host)
      // (a copy: found_ grows below)
      const std::string other = found_[f].source == hosts[0]                                    ? found_[f].target
                                : found_[f].target == hosts[0] && type == InteractionType::kMeeting ? found_[f].source
                                                                                                    : std::string();
      if (other.empty()) continue;
      for (const std::string& id : companions) {
        if (id == other || id == hosts[0]) continue;
        Found also = found_[f];
        also.source = id;
        also.target = other;
        also.evidence.rule = type == InteractionType::kMeeting ? "meeting.accompanied_by" : "participation.accompanied_by";
        also.evidence.sentence = S(s).text;  // (where the companion is named)
        also.evidence.line = S(s).line;
        if (both_sides && type == InteractionType::kMeeting) {
          Found host_side = also;
          host_side.target = hosts[0];
          found_.push_back(std::move(host_side));
        }
        found_.push_back(std::move(also));
      }
    }
    return;
  }
}

// "Among the designated entities is X", "Among those sanctioned are A and
// B": more targets of the item's latest sanction.
void ItemProcessor::AmongSanctioned(int s) {
  const int n = NTok(s);
  // "The firms - A LLP, B LLP and C LLP - are accused of ...": the bodies a
  // sanction just counted, named in an apposition after their noun
  bool apposition = n > 5 && T(s, 0).key == "the"sv &&
                    (T(s, 1).key == "firms"sv || T(s, 1).key == "companies"sv || T(s, 1).key == "entities"sv) &&
                    (T(s, 2).Is(kDash) || T(s, 2).key == ":"sv);
  if (apposition && s > 0) {
    const Found* last = nullptr;
    for (auto f = found_.rbegin(); f != found_.rend() && !last; ++f)
      if (f->type == InteractionType::kSanction && f->evidence.sentence == S(s - 1).text) last = &*f;
    if (!last) return;
    std::string source = last->source;
    IsoDate date = last->date;
    int dated = last->dated;
    Fill targets;
    if (!ParseList(s, 3, 'X', nullptr, &targets)) return;
    PatternRule act;
    act.type = InteractionType::kSanction;
    act.id = "sanction.named_after_count";
    for (const std::string& id : targets.ids)
      if (id != source && KindsFit(act, act.type, source, id))
        found_.push_back(NewFound(act.type, source, id, date, dated, "", {S(s).text, act.id, S(s).line}));
    return;
  }
  if (n < 5 || T(s, 0).key != "among"sv) return;
  int verb = -1;
  bool listed = false;
  for (int k = 1; k < n && k < 14 && verb < 0; ++k) {
    std::string_view w = T(s, k).key;
    listed = listed || w == "designated"sv || w == "sanctioned"sv || w == "listed"sv || w == "targeted"sv ||
             w == "blacklisted"sv;
    if (w == "is"sv || w == "are"sv || w == "was"sv || w == "were"sv) verb = k;
  }
  if (!listed || verb < 0) return;
  // the sanctioning actor: of the latest sanction found, else the subject
  // of the latest sentence that imposed sanctions on no one named
  std::string source = sanctioner_;
  for (auto f = found_.rbegin(); f != found_.rend(); ++f)
    if (f->type == InteractionType::kSanction) {
      source = f->source;
      break;
    }
  if (source.empty()) return;
  Fill targets;
  // ("... are three Türkiye-based companies: A, B and C": the names after
  // the colon)
  int from = verb + 1;
  for (int k = verb + 1; k < n && k < verb + 8; ++k)
    if (T(s, k).key == ":"sv) {
      from = k + 1;
      break;
    } else if (At(s, k) >= 0) {
      break;
    }
  if (!ParseList(s, from, 'X', nullptr, &targets)) return;
  PatternRule act;
  act.type = InteractionType::kSanction;
  act.id = "sanction.among_sanctioned";
  int dated = 0;
  IsoDate date = DateFor(s, verb, act, &dated);
  for (const std::string& id : targets.ids)
    if (id != source && KindsFit(act, act.type, source, id))
      found_.push_back(NewFound(act.type, source, id, date, dated, "", {S(s).text, act.id, S(s).line}));
}

// The subject of a sentence that imposes sanctions ("X imposed sanctions on
// six companies"), for the targets named after it.
void ItemProcessor::NoteSanctioner(int s) {
  if (subjects_.empty() || subjects_[0].ids.size() != 1 || subjects_[0].mention < 0) return;
  for (int k = 1; k < NTok(s); ++k)
    if (T(s, k).key == "sanctions"sv &&
        (T(s, k - 1).key == "imposed"sv || T(s, k - 1).key == "imposes"sv || T(s, k - 1).key == "announced"sv)) {
      sanctioner_ = subjects_[0].ids[0];
      return;
    }
}

// "ministers", "presidents": a title, not "sides" or "parties"
bool ItemProcessor::TitleNoun(const std::string& plural) const {
  if (plural.size() < 2) return false;
  std::string one = SingularTitle(plural);
  return (lex_.Bits(one) & (kTitle | kTitleLower)) != 0;
}

std::string ItemProcessor::Accuser(const std::vector<std::string>& accused) const {
  auto country_of = [&](const std::string& id) -> std::string {
    const Actor* a = reg_.Find(id);
    if (!a) return "";
    return a->kind == ActorKind::kCountry ? a->id : a->country;
  };
  for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
    if (f->type != InteractionType::kCriticism && f->type != InteractionType::kSanction) continue;
    std::string target_country = country_of(f->target);
    for (const std::string& id : accused)
      if (f->target == id || (!target_country.empty() && country_of(id) == target_country)) return f->source;
  }
  return "";
}

std::string ItemProcessor::GatheringOfMeeting(int s, int k, int clause) {
  const std::vector<int>& of = it_.clauses[s].of;
  for (int j = k + 1; j + 1 < NTok(s) && of[j] == clause; ++j) {
    std::string_view w = T(s, j).key;
    if (w != "at"sv && w != "during"sv && w != "sidelines"sv && w != "margins"sv) continue;
    int at = j + 1;
    if (w == "sidelines"sv || w == "margins"sv) {
      if (T(s, at).key != "of"sv) continue;
      ++at;
    }
    int m = MentionStartingAt(s, at);
    if (m < 0 || M(s, m).kind != MentionKind::kEvent || M(s, m).name.find(' ') == std::string::npos) continue;
    std::vector<std::string> ids = Resolve(s, m, Use::kObject);
    if (ids.size() == 1) return ids[0];
  }
  // "On the sidelines of the 50th Session of X on Monday, A held talks
  // with B": the phrase opening the sentence, before the verb's clause
  const int n = NTok(s);
  int at = -1;
  if (n > 5 && (T(s, 0).key == "on"sv || T(s, 0).key == "at"sv) && T(s, 1).key == "the"sv &&
      (T(s, 2).key == "sidelines"sv || T(s, 2).key == "margins"sv) && T(s, 3).key == "of"sv)
    at = 4;
  int m = at > 0 ? MentionStartingAt(s, at) : -1;
  if (m < 0 || M(s, m).kind != MentionKind::kEvent || M(s, m).name.find(' ') == std::string::npos) return "";
  // (the phrase ends at a comma before the verb)
  bool comma = false;
  for (int j = M(s, m).end; j < k && !comma; ++j) comma = T(s, j).key == ","sv;
  if (!comma) return "";
  std::vector<std::string> ids = Resolve(s, m, Use::kObject);
  return ids.size() == 1 ? ids[0] : "";
}

// "... during a phone call on June 11": the act happened in a contact.
bool ItemProcessor::DuringContact(int s, int k, int clause, InteractionType* type) const {
  // ("In a phone call on Monday, X invited Y": the phrase opens the sentence)
  int from = k + 1;
  if (NTok(s) > 3 && (T(s, 0).key == "in"sv || T(s, 0).key == "during"sv) && T(s, 1).key == "a"sv) from = 0;
  for (int j = from; j + 1 < NTok(s); ++j) {
    if (j == k) continue;
    // "during a phone call"; "in a phone call" (calls only: "in the
    // informal meeting of ..." is a gathering)
    bool in = T(s, j).key == "in"sv && j + 1 < NTok(s) && T(s, j + 1).key == "a"sv;
    if ((j > 0 && it_.clauses[s].of[j] != clause) || (T(s, j).key != "during"sv && !in)) continue;
    for (int h = j + 1; h < NTok(s) && h <= j + 4; ++h) {
      // ("a video conference", "a telephone conference": a call)
      bool remote_conference = T(s, h).key == "conference"sv && h > j + 1 &&
                               (T(s, h - 1).key == "video"sv || T(s, h - 1).key == "telephone"sv ||
                                T(s, h - 1).key == "phone"sv);
      if (remote_conference) *type = InteractionType::kCall;
      else if (!ContactNoun(T(s, h).key, type) || (in && *type != InteractionType::kCall)) continue;
      bool named = h + 1 < NTok(s) && T(s, h + 1).key == "with"sv;  // NominalContacts' case
      return !named;
    }
  }
  return false;
}

// "call", "videoconference": a call; "meeting", "talks": a meeting.
// The noun X's phrase is about ("X's three-day state visit": "visit"),
// over up to three modifiers; -1 when none.
int ItemProcessor::PossessedNoun(int s, int m) const {
  int h = M(s, m).end;
  if (h < NTok(s) && T(s, h).Is(kPossessive)) ++h;
  for (int j = h; j < NTok(s) && j < h + 4; ++j) {
    if (At(s, j) >= 0 || !T(s, j).Is(kWord) || !T(s, j).Is(kLower)) return -1;
    std::string_view w = T(s, j).key;
    if (w == "visit"sv || w == "trip"sv || w == "tour"sv || w == "talks"sv || w == "meeting"sv) return j;
  }
  return -1;
}

bool ItemProcessor::ContactNoun(std::string_view key, InteractionType* type) {
  if (key == "call"sv || key == "conversation"sv || key == "videoconference"sv || key == "videocall"sv) {
    *type = InteractionType::kCall;
    return true;
  }
  if (key == "meeting"sv || key == "talks"sv) {
    *type = InteractionType::kMeeting;
    return true;
  }
  return false;
}

// "sanctions on 19 vessels and three companies, including X": the persons
// and bodies named after "including" are the targets.
void ItemProcessor::Including(int s, Fill* target) {
  int k = target->end;
  // (past the rest of the object: "of Peru's Ministry of Interior")
  while (k < NTok(s) && k < target->end + 8 &&
         (At(s, k) >= 0 || T(s, k).key == "of"sv || T(s, k).Is(kPossessive) || T(s, k).key == "the"sv))
    ++k;
  // ("five Georgian officials it holds responsible for the dispersal of
  // protests, among them X and Y": a group named by its members' country
  // reaches past a clause on them that names no one)
  bool group = !target->mentions.empty();
  for (int m : target->mentions)
    group = group && (M(s, m).kind == MentionKind::kCountryList || M(s, m).kind == MentionKind::kGroup ||
                      (M(s, m).kind == MentionKind::kCountry && T(s, M(s, m).end - 1).Is(kLower)));
  auto list_at = [&](int j) {
    if (j + 1 >= NTok(s) || T(s, j).key != ","sv) return -1;
    if (T(s, j + 1).key == "including"sv) return j + 2;
    if (j + 2 < NTok(s) && T(s, j + 1).key == "among"sv && (T(s, j + 2).key == "them"sv || T(s, j + 2).key == "whom"sv))
      return j + 3;
    return -1;
  };
  int list = list_at(k);
  for (int j = k; list < 0 && group && j < NTok(s) && j < target->end + 30; ++j) {
    if (At(s, j) >= 0 || T(s, j).key == ";"sv) break;
    if ((list = list_at(j)) >= 0) k = j;
  }
  if (list < 0) return;
  int clause = it_.clauses[s].of[k];
  std::vector<std::string> named;
  for (int j = list; j < NTok(s); ++j) {
    if (it_.clauses[s].of[j] != clause && At(s, j) < 0) break;
    int m = At(s, j);
    if (m < 0) {
      std::string_view w = T(s, j).key;
      // ("the head of the ministry's department, X": the role's holder follows)
      if (w == "and"sv || w == ","sv || w == "the"sv || w == "of"sv || T(s, j).Is(kPossessive)) continue;
      if (T(s, j).Is(kWord) && T(s, j).Is(kLower) && !(Bits(s, j) & (kTitleLower | kOrgHead))) break;
      continue;
    }
    const Mention& x = M(s, m);
    if (x.begin != j) continue;
    // ("the head of the ministry's Special Tasks Department, X": the body is
    // part of a role)
    // ("Tbilisi City Court judge X": the court is the judge's)
    bool in_role = (j > 0 && (T(s, j - 1).Is(kPossessive) || T(s, j - 1).key == "of"sv)) ||
                   (x.end < NTok(s) && T(s, x.end).Is(kLower) && (Bits(s, x.end) & kTitleLower));
    if (x.kind == MentionKind::kPerson || (x.kind == MentionKind::kOrganization && !in_role))
      for (const std::string& id : Resolve(s, m, Use::kObject)) AddUnique(&named, id);
    j = x.end - 1;
  }
  if (!named.empty()) target->ids = named;
}

// Whether every one of `side` (two or more) met one of `others` in an
// earlier sentence of the item (found_ before sentence_found_begin_), each
// on a day of its own: separate meetings.
bool ItemProcessor::MetEarlier(const std::vector<std::string>& side, const std::vector<std::string>& others) const {
  if (side.size() < 2) return false;
  std::vector<IsoDate> days;
  for (const std::string& id : side) {
    const Found* met = nullptr;
    for (std::size_t i = 0; i < sentence_found_begin_ && i < found_.size(); ++i) {  // the last
      const Found& f = found_[i];
      if (f.type != InteractionType::kMeeting) continue;
      if ((f.source == id && Contains(others, f.target)) || (f.target == id && Contains(others, f.source))) met = &f;
    }
    if (!met) return false;
    if (std::find(days.begin(), days.end(), met->date) == days.end()) days.push_back(met->date);
  }
  return days.size() == side.size();
}

bool ItemProcessor::Separate(int s, int clause) const {
  for (int k = 0; k < NTok(s); ++k)
    if (it_.clauses[s].of[k] == clause &&
        (T(s, k).key == "separate"sv || T(s, k).key == "separately"sv || T(s, k).key == "individually"sv ||
         T(s, k).key == "respectively"sv || T(s, k).key == "each"sv || T(s, k).key == "meetings"sv ||
         (T(s, k).key == "later"sv && k > 0 && T(s, k - 1).key == "and"sv) ||
         // ("met A and, later, B")
         (T(s, k).key == "later"sv && k > 1 && T(s, k - 1).key == ","sv && T(s, k - 2).key == "and"sv) ||
         // "met with A and with B": the preposition said again
         (T(s, k).key == "with"sv && k > 0 && (T(s, k - 1).key == "and"sv || T(s, k - 1).key == "as"sv))))
      return true;
  return false;
}

bool ItemProcessor::HeldGathering(const std::string& id, int s) const {
  for (const Found& f : found_)
    if (f.type == InteractionType::kParticipation && f.target == id) return true;
  // (a sentence that named it says it took place)
  for (const EventInfo& e : events_) {
    if (e.id != id || e.s > s) continue;
    // (not one held in an earlier year: "was held in Tashkent in 2024")
    bool earlier_year = false;
    for (const DateMention& d : it_.dates[e.s])
      earlier_year = earlier_year || (d.kind == DateMention::Kind::kYearOnly && !it_.source_date.empty() &&
                                      d.year < std::atoi(it_.source_date.substr(0, 4).c_str()));
    if (earlier_year) continue;
    // ("X and Y held the 2026 ... Roundtable": the verb may come first)
    for (int j = std::max(0, e.k - 8); j < NTok(e.s) && j <= e.k + 16; ++j) {
      std::string_view w = T(e.s, j).key;
      if (w == "held"sv || w == "opened"sv || w == "began"sv || w == "convened"sv || w == "hosted"sv ||
          w == "kicked"sv || w == "closed"sv || w == "concluded"sv || w == "ended"sv || w == "inaugurated"sv ||
          (w == "open"sv && j > 0 && T(e.s, j - 1).key == "declared"sv) ||
          (w == "place"sv && j > 0 && T(e.s, j - 1).key == "took"sv))
        return true;
    }
  }
  return false;
}

bool ItemProcessor::OneMeeting(int s, int k, int end) const {
  // ("a one-on-one meeting with A, B and C in turn", "a bilateral meeting")
  for (int j = k; j < NTok(s); ++j) {
    std::string_view w = T(s, j).key;
    // (a token's key folds hyphens: "one-on-one" is "one on one")
    if (w == "one on one"sv || w == "bilateral"sv || w == "turn"sv || w == "separate"sv ||
        w == "individual"sv || w == "respectively"sv)
      return false;
  }
  // ("X received A, B and C. The audience took place in the presence of
  // Z": one audience, where the guests met each other too)
  if (s + 1 < static_cast<int>(it_.sentences.size()) && NTok(s + 1) > 2 && T(s + 1, 0).key == "the"sv &&
      T(s + 1, 1).key == "audience"sv)
    return true;
  for (int j = k; j < end && j < NTok(s); ++j) {
    std::string_view w = T(s, j).key;
    if (w != "meeting"sv && w != "roundtable"sv && !(w == "table"sv && j > 0 && T(s, j - 1).key == "round"sv)) continue;
    for (int d = j - 1; d >= k && d >= j - 3; --d)
      if (T(s, d).key == "a"sv || T(s, d).key == "an"sv) return true;
    return false;
  }
  return false;
}

bool ItemProcessor::KindsFit(const PatternRule& rule, InteractionType type, const std::string& a, const std::string& b) const {
  const Actor* x = reg_.Find(a);
  const Actor* y = reg_.Find(b);
  if (!x || !y) return false;
  if (x->kind == ActorKind::kEvent) return false;
  switch (type) {
    case InteractionType::kParticipation:
      // a body that is itself a gathering: "addressed the UN General Assembly"
      if (y->kind != ActorKind::kEvent &&
          !(y->kind == ActorKind::kOrganization && (GatheringBody(*y) || SittingBody(y->name))))
        return false;
      break;
    case InteractionType::kVisit:
      if (y->kind != ActorKind::kCountry) return false;
      if (x->id == y->id || x->country == y->id) return false;  // a visit is abroad
      // ("travelled to Khankendi": maybe at home; in an embassy's digest a
      // person of no known country is the host's, abroad in another's city)
      if (by_place_ && x->country.empty()) {
        std::string from = x->kind == ActorKind::kPerson ? PersonCountry(x->id) : std::string();
        if (from.empty() || from == y->id) return false;
      }
      break;
    case InteractionType::kMeeting:
    case InteractionType::kCall:
      if (y->kind == ActorKind::kEvent) return false;
      // a person does not meet the country he represents
      if ((x->kind == ActorKind::kPerson && x->country == y->id) ||
          (y->kind == ActorKind::kPerson && y->country == x->id))
        return false;
      break;
    default:
      if (y->kind == ActorKind::kEvent) return false;
  }
  if (!rule.target_kinds.empty() &&
      std::find(rule.target_kinds.begin(), rule.target_kinds.end(), y->kind) == rule.target_kinds.end())
    return false;
  if (!rule.source_kinds.empty() &&
      std::find(rule.source_kinds.begin(), rule.source_kinds.end(), x->kind) == rule.source_kinds.end())
    return false;
  return true;
}

bool ItemProcessor::GatheringBody(const Actor& a) const {
  std::string last = LastWord(FoldKey(a.name));
  return last == "assembly"sv || (lex_.Bits(last) & kEventHead) != 0;
}

}  // namespace engine
}  // namespace actorgraph
