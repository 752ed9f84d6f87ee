// Clause subjects and the lists that fill a rule's slots ("A, B and C",
// destinations of visits, anaphors of countries and organisations).

#include "item_processor.h"

#include <algorithm>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"
#include "text_util.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

bool ItemProcessor::Eligible(int s, const Mention& x) {
  if (x.end <= x.begin || x.possessive) return false;
  if (x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor) return false;
  // (a lone unknown word is no subject, unless a body stands beside it:
  // "Andesgaz and ACWA Power signed", where ParseList makes it a body)
  if (x.tentative && PersonId(s, x).empty()) {
    int next = x.end < NTok(s) && T(s, x.end).key == "and"sv ? MentionStartingAt(s, x.end + 1) : -1;
    if (next < 0 || M(s, next).kind != MentionKind::kOrganization) return false;
  }
  if (x.begin > 0) {
    const Token& prev = T(s, x.begin - 1);
    if (prev.Is(kWord) && (Bits(s, x.begin - 1) & kPreposition)) return false;
  }
  return true;
}

// The token after the prepositional phrase and comma that open clause c at
// `start`, or `start` when none does.
int ItemProcessor::AfterOpeningPhrase(int s, int c, int start) {
  const SentenceClauses& cl = it_.clauses[s];
  const Clause& clause = cl.clauses[c];
  // ("According to the Kremlin, A and B discussed ...": the source is no subject)
  // ("Prior to the session, A and B held a meeting": so does a preposition
  // of two words)
  bool according = start + 1 < clause.end && (Bits(s, start + 1) & kPreposition) &&
                   (T(s, start).key == "according"sv || T(s, start).key == "prior"sv ||
                    T(s, start).key == "ahead"sv || T(s, start).key == "due"sv || T(s, start).key == "thanks"sv ||
                    T(s, start).key == "subsequent"sv || T(s, start).key == "pursuant"sv);
  if (!(start < clause.end && At(s, start) < 0 && T(s, start).Is(kWord) && (Bits(s, start) & kPreposition)) &&
      !according)
    return start;
  bool named = false;
  for (int k = start + 1; k < clause.end && k < start + 14; ++k) {
    // "On the same day she was received by X, ...": a subject and its
    // verb, no comma, close the phrase ("In a letter dated May 5," not)
    if (cl.of[k] == c && At(s, k) >= 0) {
      MentionKind kind = M(s, At(s, k)).kind;
      if (kind == MentionKind::kPerson || kind == MentionKind::kPronoun || kind == MentionKind::kPronounPlural ||
          kind == MentionKind::kRole || kind == MentionKind::kFramePersons)
        named = true;
    }
    if (cl.of[k] == c && named && At(s, k) < 0 && (Bits(s, k) & kVerb)) return start;
    if (cl.of[k] == c && T(s, k).key == ","sv) return k + 1;
  }
  return start;
}

// "before co-chairing", "after meeting", "while visiting": a subordinate
// clause that opens with a participle and so has no subject of its own.
bool ItemProcessor::ParticipleAfterSubordinator(int s, const Clause& clause) const {
  if (clause.kind != ClauseKind::kSubordinate || clause.begin + 1 >= clause.end) return false;
  const Token& ing = T(s, clause.begin + 1);
  KeyView sub = T(s, clause.begin).key;
  return ing.Is(kWord) && ing.Is(kLower) && reader::IngForm(ing.key) &&
         (sub == "before"sv || sub == "after"sv || sub == "while"sv || sub == "when"sv);
}

// "Delegations from 35 countries, including Chile and Peru, attended ...":
// a plural of no one named opens the clause, and the list set off after
// "including" or "among them" is its subject (the named ones are those
// the text says acted). Sets the clause's subject and returns true.
bool ItemProcessor::GroupIncluding(int s, int c) {
  const Clause& clause = it_.clauses[s].clauses[c];
  int n = NTok(s), j = clause.begin;
  while (j < n && j < clause.begin + 8 && At(s, j) < 0 && (T(s, j).Is(kWord) || T(s, j).Is(kNumber)) &&
         !VerbLike(S(s), j, lex_))
    ++j;
  if (j == clause.begin || j + 3 >= n || T(s, j).key != ","sv) return false;
  std::string_view noun = T(s, j - 1).key;
  if (noun.size() < 4 || noun.back() != 's' || !T(s, j - 1).Is(kLower)) return false;
  int first = -1;
  if (T(s, j + 1).key == "including"sv) first = j + 2;
  else if (T(s, j + 1).key == "among"sv && T(s, j + 2).key == "them"sv) first = j + 3;
  int m = first >= 0 && first < n ? MentionStartingAt(s, first) : -1;
  if (m < 0) return false;
  Fill list;
  if (!ParseList(s, first, 'S', nullptr, &list) || list.end + 1 >= n || T(s, list.end).key != ","sv ||
      !VerbLike(S(s), list.end + 1, lex_))
    return false;
  subjects_[c].ids = std::move(list.ids);
  subjects_[c].mentions = std::move(list.mentions);
  subjects_[c].mention = m;
  subjects_[c].end = list.end;
  NoteSubject(subjects_[c].ids);
  return true;
}

// The first eligible mention of clause c before its first verb.
int ItemProcessor::OwnSubject(int s, int c) {
  const SentenceClauses& cl = it_.clauses[s];
  const Clause& clause = cl.clauses[c];
  int verb = clause.end;
  int start = clause.begin;
  // ", after meeting Governor X": the participle's subject is the parent's,
  // not its object
  if (ParticipleAfterSubordinator(s, clause)) return -1;
  // "after Sharif arrived": the subordinator opens the clause; its subject
  // follows
  if (clause.kind == ClauseKind::kSubordinate && start + 1 < clause.end && T(s, start).Is(kWord) &&
      (Bits(s, start) & (kSubordinator | kPreposition)) && MentionStartingAt(s, start + 1) >= 0)
    ++start;
  // "In a letter dated December 30, X congratulated ...": skip the
  // opening prepositional phrases ("On the same day, in the presence of
  // the Minister, X and Y signed")
  else
    for (int phrase = 0; phrase < 3; ++phrase) {
      // ("A day later, X met Y", "The next day, ...": a day and its comma
      // open the clause; "A day" is no noun phrase of things)
      bool dated_opening = false;
      for (const DateMention& d : it_.dates[s])
        if (d.begin == start && d.end > start && d.end + 1 < clause.end && T(s, d.end).key == ","sv &&
            it_.clauses[s].of[d.end] == c) {
          start = d.end + 1;
          dated_opening = true;
          break;
        }
      if (dated_opening) continue;
      // ("Then, in the presence of X, A and B signed": an adverb and its comma)
      if (start + 2 < clause.end && At(s, start) < 0 && T(s, start + 1).key == ","sv) {
        std::string_view w = T(s, start).key;
        if (w == "then"sv || w == "later"sv || w == "afterwards"sv || w == "subsequently"sv || w == "meanwhile"sv ||
            w == "also"sv || w == "additionally"sv || w == "furthermore"sv || w == "moreover"sv) {
          start += 2;
          continue;
        }
      }
      int after = AfterOpeningPhrase(s, c, start);
      if (after == start) break;
      start = after;
    }
  for (int k = start; k < clause.end; ++k) {
    if (cl.of[k] != c || At(s, k) >= 0) continue;
    if (VerbLike(S(s), k, lex_)) {
      verb = k;
      break;
    }
  }
  // "A memorandum between the ministries of A and B was signed": a noun
  // phrase of things opens the clause; the actors inside it are not its
  // subject.
  // "A delegation of the UN Subcommittee headed by its Vice-Chair X is on
  // a visit": the delegation's leader
  // ("A 20-member business delegation led by X": words that describe it
  // first)
  int noun = start + 1;
  while (noun < clause.end && noun < start + 4 && At(s, noun) < 0 && !(Bits(s, noun) & kDelegation) &&
         T(s, noun).Is(kWord) && (T(s, noun).Is(kLower) || T(s, noun).Is(kNumber)) && !VerbLike(S(s), noun, lex_))
    ++noun;
  if (noun + 1 < clause.end && At(s, start) < 0 && (Bits(s, start) & kFunction) &&
      (Bits(s, noun) & kDelegation) && At(s, noun) < 0) {
    for (int k = noun + 1; k + 1 < clause.end && k < start + 16; ++k) {
      int len = lex_.PhraseAt(S(s), k, kLedBy);
      if (!len || cl.of[k] != c) continue;
      int m = MentionStartingAt(s, k + len);
      if (m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole)) return m;
      break;
    }
  }
  // "the special envoys for the process between A and B, X and Y, held":
  // the persons in apposition to a plural of people
  if (start + 1 < verb && At(s, start) < 0 && T(s, start).key == "the"sv) {
    int noun = -1;
    for (int k = start + 1; k < start + 4 && k < verb && At(s, k) < 0; ++k)
      if (Bits(s, k) & kPersonGroup) noun = k;
    for (int k = noun + 1; noun >= 0 && k + 1 < verb; ++k) {
      if (cl.of[k] != c || T(s, k).key != ","sv) continue;
      int m = MentionStartingAt(s, k + 1);
      if (m < 0 || M(s, m).kind != MentionKind::kPerson) continue;
      int e = M(s, m).end;
      int next = e + 1 < NTok(s) && T(s, e).key == "and"sv ? MentionStartingAt(s, e + 1) : -1;
      if (next >= 0 && M(s, next).kind == MentionKind::kPerson) return m;
    }
  }
  // "More than 40 ministers, including A and B, took part": the persons
  // named after "including" (the others are nobody in particular)
  if (start + 3 < verb && At(s, start) < 0) {
    int noun = -1;
    for (int k = start; k < start + 6 && k + 3 < verb && At(s, k) < 0 && T(s, k).Is(kWord); ++k)
      if (Bits(s, k) & kPersonGroup) noun = k;
    if (noun >= 0 && T(s, noun + 1).key == ","sv && T(s, noun + 2).key == "including"sv && cl.of[noun + 3] == c) {
      int m = MentionStartingAt(s, noun + 3);
      if (m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole)) return m;
    }
  }
  // ("A trade mission from X was received": a delegation a word or two
  // later is the body's)
  auto delegation_soon = [&]() {
    for (int j = start + 1; j < verb && j <= start + 3; ++j)
      if (At(s, j) < 0 && (Bits(s, j) & kDelegation) && j + 1 < verb &&
          (T(s, j + 1).key == "from"sv || T(s, j + 1).key == "of"sv))
        return true;
    return false;
  };
  if (start < verb && At(s, start) < 0 && (T(s, start).key == "a"sv || T(s, start).key == "an"sv) &&
      start + 1 < verb && At(s, start + 1) < 0 && T(s, start + 1).Is(kLower) &&
      !(Bits(s, start + 1) & (kTitleLower | kPersonGroup | kCountryNoun | kGenericPerson | kDelegation)) &&
      !delegation_soon())
    return -1;
  // "X's three-day visit to China began with talks with Y": the visitor
  // acts in what the visit did
  if (int m = MentionStartingAt(s, start); m >= 0 && M(s, m).possessive &&
                                           (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole)) {
    int h = PossessedNoun(s, m);
    if (h >= 0 && (T(s, h).key == "visit"sv || T(s, h).key == "trip"sv || T(s, h).key == "tour"sv)) return m;
  }
  bool in_phrase = false;  // inside a prepositional phrase's list ("of A and B")
  int phrase_end = -1;      // where the last mention read inside it ended
  for (int k = start; k < verb; ++k) {
    if (cl.of[k] != c) continue;
    int m = MentionStartingAt(s, k);
    if (m < 0) {
      std::string_view w = T(s, k).key;
      if (w == ","sv && in_phrase) {
        // a comma continues the list only before a member that another
        // comma or a conjunction follows ("of A, B and C")
        int next = MentionStartingAt(s, k + 1);
        int after = next >= 0 ? M(s, next).end : -1;
        in_phrase = after >= 0 && after < NTok(s) &&
                    (T(s, after).key == ","sv || T(s, after).key == "and"sv || T(s, after).key == "or"sv);
      } else if (w != "and"sv && w != "or"sv) {
        in_phrase = false;
      }
      continue;
    }
    const Mention& x = M(s, m);
    // "On the sidelines of the forum he met X": a name right after the
    // phrase's last one, with no comma or conjunction, ends the phrase
    if (in_phrase && x.begin == phrase_end) in_phrase = false;
    // the subject right after a subordinator ("after Sharif arrived")
    if (x.begin == start && start > clause.begin && !x.possessive && x.end > x.begin &&
        x.kind != MentionKind::kEvent && x.kind != MentionKind::kEventAnaphor &&
        !(x.tentative && PersonId(s, x).empty()))
      return m;
    bool after_prep = x.begin > 0 && T(s, x.begin - 1).Is(kWord) && (Bits(s, x.begin - 1) & kPreposition);
    // "Delegations from Turkmenistan, Iran and Russia took part": the
    // people of a body stand for it
    if (after_prep && !in_phrase && x.begin >= 2 && (T(s, x.begin - 1).key == "from"sv || T(s, x.begin - 1).key == "of"sv)) {
      int noun = x.begin - 2;
      // back over "the", "military", "and" to the clause's start
      int first = noun;
      // (and an article or a count: "A 30-member business mission from X")
      auto article_or_count = [&](int j) {
        std::string_view w = T(s, j).key;
        // (the key of "30-member" is "30 member")
        return (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0])) &&
                std::any_of(w.begin(), w.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); })) ||
               w == "a"sv || w == "an"sv || w == "the"sv;
      };
      // ("Ships and personnel from the Mexican Navy are taking part": the
      // units a force sends stand for it)
      auto force_unit = [&](int j) { return InClass(s, j, "force_units"); };
      // (a sentence's first word read as a possible surname, when it is a
      // force's unit: "Ships and personnel from")
      auto no_actor = [&](int j) { return At(s, j) < 0 || (j == 0 && M(s, At(s, j)).tentative && force_unit(j)); };
      while (first > start && no_actor(first - 1) &&
             // (a sentence's first word in capitals: "Ships and personnel from")
             ((T(s, first - 1).Is(kWord) && (T(s, first - 1).Is(kLower) || first - 1 == 0) &&
               !VerbLike(S(s), first - 1, lex_)) ||
              article_or_count(first - 1)) &&
             first > noun - 5)  // ("Ministers and senior security officials from")
        --first;
      if (first == start && At(s, noun) < 0 &&
          ((Bits(s, noun) & (kDelegation | kCountryNoun | kPersonGroup)) || force_unit(noun)) &&
          (x.kind == MentionKind::kCountry || x.kind == MentionKind::kOrganization))
        return m;
    }
    if (after_prep) in_phrase = true;
    if (!in_phrase && Eligible(s, x)) return m;
    phrase_end = x.end;
    k = x.end - 1;
  }
  // "'...,' said X, thanking Y": an attribution after the quote names its
  // subject after the speech verb
  if (verb < clause.end && verb > clause.begin && (Bits(s, verb) & kSpeechVerb) &&
      (T(s, verb - 1).key == ","sv || T(s, verb - 1).Is(kQuoteClose))) {
    int m = MentionStartingAt(s, verb + 1);
    if (m >= 0 && cl.of[verb + 1] == c &&
        (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole) && Eligible(s, M(s, m)))
      return m;
  }
  return -1;
}

void ItemProcessor::Subjects(int s) {
  const SentenceClauses& cl = it_.clauses[s];
  // (it pointed into subjects_, which this rebuilds; a subject being parsed
  // has no clause subject yet)
  current_subject_ = &no_subject_;
  subjects_.resize(cl.clauses.size());
  for (Subject& subj : subjects_) {
    subj.ids.clear();
    subj.mention = subj.end = -1;
    subj.mentions.clear();
  }
  subjects_sentence_ = s;
  std::vector<int>& order = subject_order_;
  order.resize(cl.clauses.size());
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = static_cast<int>(c);
  auto earlier = [&](int a, int b) { return cl.clauses[a].begin < cl.clauses[b].begin; };
  if (order.size() > 32) std::stable_sort(order.begin(), order.end(), earlier);
  else  // (a stable insertion sort: no buffer)
    for (std::size_t i = 1; i < order.size(); ++i)
      for (std::size_t j = i; j > 0 && earlier(order[j], order[j - 1]); --j) std::swap(order[j], order[j - 1]);
  for (int c : order) {
    ClauseKind kind = cl.clauses[c].kind;
    // ", where he met ...": "where", "whom", "when" clauses have their own subject
    bool own_relative = false;
    if (kind == ClauseKind::kRelative) {
      std::string_view pronoun = T(s, cl.clauses[c].begin).key;
      own_relative = pronoun == "where"sv || pronoun == "whom"sv || pronoun == "when"sv || pronoun == "whose"sv ||
                     (Bits(s, cl.clauses[c].begin) & kPreposition);  // "for which", "during which"
    }
    if ((kind == ClauseKind::kRelative && !own_relative) || kind == ClauseKind::kTrailParticiple ||
        kind == ClauseKind::kVpCoord || kind == ClauseKind::kIntroParticiple)
      continue;
    int m = OwnSubject(s, c);
    if (m < 0 && kind == ClauseKind::kMain && GroupIncluding(s, c)) continue;
    // ("The heads of the three navies' delegations - A, B and C - signed":
    // a plural of people in the possessive is no subject of its own, but
    // the dashes after it name the subject)
    if (m < 0)
      for (int f = 0; f < static_cast<int>(it_.mentions[s].mentions.size()) && m < 0; ++f) {
        const Mention& g = M(s, f);
        if (!IsFrameMention(g) || !g.possessive || cl.of[g.begin] != c ||
            !(g.begin == cl.clauses[c].begin || (g.begin > 0 && T(s, g.begin - 1).key == ","sv)))
          continue;
        // (only where the dashes follow: "The presidents' advisers held
        // talks" is the advisers')
        bool dash = false;
        for (int j = g.end; j < NTok(s) && j <= g.end + 3 && !dash; ++j) dash = T(s, j).Is(kDash);
        if (dash) m = f;
      }
    if (m < 0) continue;
    // ("A delegation of Chilean deputies headed by Deputy X was received":
    // a delegation named as its country's or body's is its leader's)
    if (const Mention& g = M(s, m); (g.kind == MentionKind::kCountry || g.kind == MentionKind::kOrganization) &&
                                    g.end - g.begin >= 3 && g.end + 2 < NTok(s)) {
      bool delegation = false;
      for (int j = g.begin; j < g.begin + 3 && j < g.end; ++j) delegation = delegation || (Bits(s, j) & kDelegation);
      int len = delegation ? lex_.PhraseAt(S(s), g.end, kLedBy) : 0;
      int leader = len ? MentionStartingAt(s, g.end + len) : -1;
      if (leader >= 0 && (M(s, leader).kind == MentionKind::kPerson || M(s, leader).kind == MentionKind::kRole)) m = leader;
    }
    Fill list;
    // "The envoys — Chile's A and Norway's B — later held ...": the persons
    // set off by dashes after a plural of people are the subject
    // (a remark may follow the list inside the dashes: "..., the last of
    // whom is resident in New Delhi —")
    auto dashed = [&](int d) {
      const Clause& inner = cl.clauses[cl.of[d]];
      return inner.kind == ClauseKind::kParenthetical && inner.begin == d && list.end < inner.end &&
             (T(s, list.end).Is(kDash) || T(s, list.end).key == ","sv);
    };
    // ("the heads of the three navies' delegations - A, B and C -": the
    // phrase's last words)
    int d = M(s, m).end;
    while (d < NTok(s) && d < M(s, m).end + 3 && !T(s, d).Is(kDash) && At(s, d) < 0 &&
           (T(s, d).Is(kLower) || T(s, d).Is(kPossessive) || T(s, d).key == "'"sv))
      ++d;
    // (and the body or country the plural is of: "The heads of state of
    // the Confederation of Sahel States (AES) — A of X, B of Y and C of Z —")
    if (d > M(s, m).end && d < NTok(s) && !T(s, d).Is(kDash) && T(s, d - 1).Is(kLower) &&
        (T(s, d - 1).key == "of"sv || T(s, d - 1).key == "the"sv)) {
      int k = d;
      while (k < NTok(s) && k < d + 10 && !T(s, k).Is(kDash)) {
        if (int a = At(s, k); a >= 0) {
          MentionKind kind = M(s, a).kind;
          if (kind != MentionKind::kOrganization && kind != MentionKind::kCountry) break;
          k = std::max(k + 1, M(s, a).end);
        } else if (T(s, k).Is(kCap) || T(s, k).key == "of"sv || T(s, k).key == "the"sv || T(s, k).key == "("sv ||
                   T(s, k).key == ")"sv) {
          ++k;
        } else {
          break;
        }
      }
      if (k > d && k < NTok(s) && T(s, k).Is(kDash)) d = k;
    }
    // (the subject found may be the list's first member already)
    bool opens_dash = M(s, m).begin > 0 && T(s, M(s, m).begin - 1).Is(kDash);
    if (opens_dash) d = M(s, m).begin - 1;
    if ((IsFrameMention(M(s, m)) || opens_dash) && d + 2 < NTok(s) && T(s, d).Is(kDash) &&
                             MentionStartingAt(s, d + 1) >= 0 && ParseList(s, d + 1, 'S', 0, &list) &&
                             list.ids.size() >= 2 && list.end < NTok(s) && dashed(d)) {
      subjects_[c].ids = std::move(list.ids);
      subjects_[c].mentions = std::move(list.mentions);
      subjects_[c].mention = MentionStartingAt(s, d + 1);
      subjects_[c].end = list.end + 1;
      NoteSubject(subjects_[c].ids);
      continue;
    }
    list = Fill();
    if (M(s, m).possessive && PossessedNoun(s, m) >= 0) {
      // "X's visit to China began ...": X, not a list ParseList reads on
      subjects_[c].ids = Resolve(s, m, Use::kSubject);
      subjects_[c].mention = m;
      subjects_[c].end = M(s, m).end;
      NoteSubject(subjects_[c].ids);
      continue;
    }
    if (!ParseList(s, M(s, m).begin, 'S', 0, &list)) {
      // "..., and the two leaders agreed": resolved when a rule uses it,
      // after the sentence's own contact is known
      if (IsFrameMention(M(s, m))) {
        subjects_[c].mention = m;
        subjects_[c].end = M(s, m).end;
      }
      continue;
    }
    subjects_[c].ids = std::move(list.ids);
    subjects_[c].mentions = std::move(list.mentions);
    subjects_[c].mention = m;
    subjects_[c].end = list.end;
    NoteSubject(subjects_[c].ids);
  }
  for (int c : order) {
    const Clause& clause = cl.clauses[c];
    if (subjects_[c].mention >= 0) continue;
    // '"Held substantive talks with my brother X," the President wrote': a
    // quoted sentence that opens with its verb is the speaker's
    if (clause.begin < NTok(s) && (clause.kind == ClauseKind::kMain || clause.kind == ClauseKind::kQuote)) {
      int k = clause.begin;
      while (k < clause.end && T(s, k).Is(kQuoteOpen)) ++k;
      if (k >= clause.end || S(s).quote[k] < 0 || (k > 0 && !T(s, k - 1).Is(kQuoteOpen))) k = clause.end;
      // (capitalised, so the lexicon's verb classes decide)
      if (k < clause.end && At(s, k) < 0 && T(s, k).Is(kCap) && (Bits(s, k) & (kVerb | kAnchor)) &&
          !(Bits(s, k) & (kFunction | kIntention | kSubordinator | kPreposition | kNow | kRecall))) {
        std::string who = QuoteSpeaker(S(s).quote[k]);
        if (!who.empty()) {
          subjects_[c].ids = {who};
          continue;
        }
      }
    }
    switch (clause.kind) {
      case ClauseKind::kRelative:
        if (clause.antecedent >= 0) {
          subjects_[c].ids = Resolve(s, clause.antecedent, Use::kSubject);
          // "X and Y, who both arrived ...": the list
          for (const Subject& other : subjects_)
            if (other.mentions.size() > 1 && other.mentions.back() == clause.antecedent) subjects_[c].ids = other.ids;
          // "signed by A and B, who held talks earlier": persons listed
          // before the antecedent
          const Mention& ante = M(s, clause.antecedent);
          // ("co-chaired by A and Uganda's Minister B, who had arrived in
          // Nairobi": a last member of a country of its own, told of an act
          // no pair does, is the one the clause is about)
          // (only a trip is one member's: "who arrived", "who is on a
          // visit"; "who later held talks" is the list's)
          bool trip = false, together = false;
          for (int j = clause.begin; j < clause.end; ++j) {
            std::string_view w = T(s, j).key;
            trip = trip || w == "arrived"sv || w == "arrives"sv || w == "landed"sv || w == "flew"sv ||
                   w == "travelled"sv || w == "traveled"sv || w == "visit"sv || w == "visiting"sv || w == "trip"sv;
            together = together || w == "both"sv || w == "together"sv || w == "jointly"sv || w == "all"sv;
          }
          bool own_country = ante.kind == MentionKind::kPerson && ante.country && trip && !together;
          if (own_country && ante.begin >= 2 && T(s, ante.begin - 1).key == "and"sv) {
            int before = At(s, ante.begin - 2);
            if (before >= 0 && M(s, before).kind == MentionKind::kPerson && M(s, before).country == ante.country)
              own_country = false;
            // ("A of Türkiye and B of Pakistan, who arrived in Baku": a
            // member of a third country travelled too; only a host of the
            // destination stays behind)
            else if (before >= 0 && M(s, before).kind == MentionKind::kPerson && M(s, before).country) {
              for (int j = clause.begin + 1; j < clause.end; ++j) {
                int d = At(s, j);
                if (d < 0 || M(s, d).begin != j) continue;
                if (T(s, j - 1).key != "in"sv && T(s, j - 1).key != "to"sv) continue;
                const Mention& dest = M(s, d);
                if ((dest.kind == MentionKind::kCapital || dest.kind == MentionKind::kCountry) && dest.entry &&
                    dest.entry != M(s, before).country)
                  own_country = false;
                break;
              }
            }
          }
          if (own_country) {
            subjects_[c].ids = Resolve(s, clause.antecedent, Use::kSubject);
          } else if (ante.kind == MentionKind::kPerson && ante.begin >= 2 && T(s, ante.begin - 1).key == "and"sv) {
            std::vector<std::string> list = subjects_[c].ids;
            int k = ante.begin - 1;
            while (k >= 1 && (T(s, k).key == "and"sv || T(s, k).key == ","sv)) {
              int before = At(s, k - 1);
              if (before < 0 || M(s, before).kind != MentionKind::kPerson || M(s, before).end != k) break;
              for (const std::string& id : Resolve(s, before, Use::kSubject)) AddUnique(&list, id);
              k = M(s, before).begin - 1;
            }
            subjects_[c].ids = std::move(list);
          }
        }
        break;
      case ClauseKind::kSubordinate:
        // ", before co-chairing the session": a participle after the
        // subordinator acts for the parent's subject
        if (clause.parent >= 0 && ParticipleAfterSubordinator(s, clause)) subjects_[c].ids = subjects_[clause.parent].ids;
        break;
      case ClauseKind::kIntroParticiple:
      case ClauseKind::kTrailParticiple:
      case ClauseKind::kVpCoord:
        if (clause.parent >= 0) {
          // the parent's own subject, or the first own subject after the intro
          if (subjects_[clause.parent].mention >= 0) {
            subjects_[c].ids = subjects_[clause.parent].ids;
            // ("the three ministers held a meeting and signed ...": a group
            // resolved when a rule uses it, for both verbs)
            const Subject& parent = subjects_[clause.parent];
            if (parent.ids.empty() && IsFrameMention(M(s, parent.mention))) {
              subjects_[c].mention = parent.mention;
              subjects_[c].end = parent.end;
            }
          } else if (clause.kind == ClauseKind::kIntroParticiple) {
            for (int d : order)
              if (cl.clauses[d].begin >= clause.end && subjects_[d].mention >= 0) {
                subjects_[c].ids = subjects_[d].ids;
                break;
              }
          } else {
            subjects_[c].ids = subjects_[clause.parent].ids;
          }
        }
        break;
      default:
        break;
    }
  }
}

void ItemProcessor::NotePersons(const std::vector<std::string>& ids) {
  for (const std::string& id : ids) {
    const Actor* a = reg_.Find(id);
    if (a && a->kind == ActorKind::kPerson) mentioned_.push_back(id);
  }
}

void ItemProcessor::NoteSubject(const std::vector<std::string>& ids) {
  NotePersons(ids);
  if (ids.size() == 1) {
    const Actor* a = reg_.Find(ids[0]);
    if (a && a->kind == ActorKind::kPerson) last_person_ = ids[0];
  } else if (ids.size() > 1) {
    last_plural_ = ids;
  }
}

// A verb right after a name joined by a comma: the name is the subject of
// a new clause ("..., Kobakhidze denounces"), not a member of a list.
// Whether a member of a list between semicolons ends at k: the list goes
// on (";", "and", ", and") or the sentence ends ("...; Germany, Chancellor
// X, who arrived late, skipped the session" is a clause of its own).
bool ItemProcessor::MemberEnds(int s, int k) const {
  const int n = NTok(s);
  if (k >= n) return true;
  std::string_view w = T(s, k).key;
  return w == ";"sv || w == "."sv || w == "and"sv || (w == ","sv && k + 1 < n && T(s, k + 1).key == "and"sv);
}

// "; B of Morocco", "; and Norway, C": where the next member starts after
// the semicolon at q, a person (or a country, a comma and its person) whose
// member ends there; -1 when none. `envoy_only`: only the country's form.
int ItemProcessor::SemicolonMember(int s, int q, bool envoy_only) const {
  const int n = NTok(s);
  if (q + 1 >= n || T(s, q).key != ";"sv) return -1;
  int r = q + 1;
  if (r < n && T(s, r).key == "and"sv) ++r;
  // ("the ambassadors of India, A; of Germany, B; and of the Republic of
  // Korea, C": the preposition said again before each country)
  if (r + 1 < n && T(s, r).key == "of"sv && MentionStartingAt(s, r) < 0) {
    int c = r + 1;
    if (c + 1 < n && T(s, c).key == "the"sv && MentionStartingAt(s, c) < 0) ++c;
    int m = MentionStartingAt(s, c);
    if (m >= 0 && M(s, m).kind == MentionKind::kCountry) r = c;
  }
  int next = MentionStartingAt(s, r);
  bool envoy = next >= 0 && M(s, next).kind == MentionKind::kCountry && M(s, next).end + 1 < n &&
               T(s, M(s, next).end).key == ","sv;
  if (envoy) next = MentionStartingAt(s, M(s, next).end + 1);
  else if (envoy_only) return -1;
  return next >= 0 && M(s, next).kind == MentionKind::kPerson && MemberEnds(s, M(s, next).end) ? r : -1;
}

bool ItemProcessor::StartsClause(int s, int k) const {
  if (k >= NTok(s) || !T(s, k).Is(kWord) || !T(s, k).Is(kLower)) return false;
  if (T(s, k).key == "and"sv || T(s, k).key == "or"sv) return false;
  // (a preposition some rule starts from opens no clause: "and Senator X
  // on Monday", "and X at the palace")
  if ((Bits(s, k) & kPreposition) && !VerbLike(S(s), k, lex_)) return false;
  return VerbLike(S(s), k, lex_) || (Bits(s, k) & kTrigger);
}

bool ItemProcessor::IsElaboration(int s, int k, int* len) const {
  if (k >= NTok(s)) return false;
  int l = lex_.PhraseAt(S(s), k, kElaboration);
  if (!l) return false;
  // ("namely: A; B; and C")
  if (k + l < NTok(s) && T(s, k + l).key == ":"sv) ++l;
  *len = l;
  return true;
}

// A noun phrase of plain words ("other European institutions"), up to 6.
int ItemProcessor::GenericEnd(int s, int k) const {
  int n = NTok(s), count = 0;
  // ("ministers and senior officials of more than 90 countries and
  // international organizations": common nouns joined by "and")
  bool joined = false;
  while (k < n && count < 16) {
    const Token& t = T(s, k);
    if (At(s, k) >= 0) {
      const Mention& x = M(s, At(s, k));
      // a plural organisation phrase without a proper name is generic too
      if (x.kind == MentionKind::kOrganization && !x.entry && x.begin == k) {
        k = x.end;
        ++count;
        continue;
      }
      break;
    }
    // (a count inside: "of more than 90 countries")
    if (t.Is(kNumber) && count > 0 && k + 1 < n && T(s, k + 1).Is(kWord) && T(s, k + 1).Is(kLower)) {
      ++k;
      ++count;
      continue;
    }
    if (!t.Is(kWord)) break;
    uint64_t b = Bits(s, k);
    bool joins = t.key == "and"sv && count > 0 && k + 1 < n &&
                 (At(s, k + 1) < 0 || (M(s, At(s, k + 1)).kind == MentionKind::kOrganization &&
                                       !M(s, At(s, k + 1)).entry)) &&
                 T(s, k + 1).Is(kWord) &&
                 T(s, k + 1).Is(kLower) && !VerbLike(S(s), k + 1, lex_) && !(Bits(s, k + 1) & kFunction);
    if (!joins && count >= (joined ? 14 : 8)) break;
    joined = joined || joins;
    if (((b & (kCoordinator | kElaboration)) && !joins) || VerbLike(S(s), k, lex_)) break;
    if (lex_.PhraseAt(S(s), k, kElaboration)) break;
    if ((b & kPreposition) && t.key != "of"sv && t.key != "than"sv) break;
    ++k;
    ++count;
  }
  return count ? k : -1;
}

// "attended the Franco-German Council of Ministers": a body the dictionary
// does not know, named as a council or commission, meets in sittings.
// (a capitalised name: "the intergovernmental commission" he co-chairs is
// an office, not a sitting)
bool ItemProcessor::VisitorHostVerb(int s, int k) const {
  std::string_view v = T(s, k).key;
  return v == "received"sv || v == "receives"sv || v == "hosted"sv || v == "hosts"sv || v == "welcomed"sv ||
         v == "welcomes"sv || v == "met"sv || v == "meets"sv || v == "greeted"sv || v == "greets"sv;
}

bool ItemProcessor::SittingBody(const std::string& name) {
  // (the head before its "of", "on", "for" or "between": "the Joint
  // Commission on Trade between A and B")
  std::size_t of = std::string::npos;
  for (const char* link : {" of ", " on ", " for ", " between "}) of = std::min(of, name.find(link));
  std::string head = LastWord(of == std::string::npos ? name : name.substr(0, of));
  return head == "Council"sv || head == "Commission"sv || head == "Assembly"sv || head == "Committee"sv;
}

bool ItemProcessor::SlotAccepts(char slot, const Mention& x) const {
  if (slot == 'E')
    return x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor ||
           (x.kind == MentionKind::kOrganization && x.entry && GatheringBody(x.entry->actor)) ||
           (x.kind == MentionKind::kOrganization && !x.entry && SittingBody(x.name));
  if (x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor) return false;
  return true;
}

// Parses "A, B and C" from token k. `prep`: a preposition that may repeat
// before each member ("to the participants and to President Aliyev").
// Token j is a one-word demonym ("Uzbek", "Malian").
bool ItemProcessor::LoneDemonym(int s, int j) const {
  DictHit h = lex_.DictAt(S(s).tokens, j);
  return h.entry && h.form == FormKind::kDemonym && h.length == 1;
}

bool ItemProcessor::ParseList(int s, int k, char slot, const std::string* prep, Fill* out) {
  int n = NTok(s);
  std::vector<int> items;
  bool elaborated = false;  // ", among them X": the list closes with a comma
  bool dashed = false;      // "three banks - A, B and C -": the list closes with a dash
  int p = k;
  bool possessor_slot = slot == 'O' || slot == 'P';
  bool closed = false;  // an "and" has joined the last member
  // "received at the Council's headquarters in Riyadh First Deputy Speaker
  // X": where comes between the verb and the one received
  if ((slot == 'X' || slot == 'O') && p > 0 && p + 2 < n && (T(s, p).key == "at"sv || T(s, p).key == "in"sv) &&
      MentionStartingAt(s, p) < 0) {
    // (a day may come first: "received on Thursday at the Royal Palace in
    // Oslo Foreign Minister X")
    int v = p - 1;
    for (const DateMention& d : it_.dates[s])
      if (d.end == p && d.kind == DateMention::Kind::kDay && d.begin > 0) {
        v = d.begin - 1;
        if (v > 0 && T(s, v).key == "on"sv) --v;
      }
    std::string_view verb = T(s, v).key;
    if (verb == "received"sv || verb == "receives"sv || verb == "hosted"sv || verb == "hosts"sv ||
        verb == "welcomed"sv || verb == "welcomes"sv) {
      int q = p + 1, place_words = 0;
      // (or "at the House premises a delegation of ...")
      auto delegation_at = [&](int j) {
        return j + 1 < n && (T(s, j).key == "a"sv || T(s, j).key == "an"sv) && (Bits(s, j + 1) & kDelegation) &&
               At(s, j + 1) < 0;
      };
      while (q < n && q < p + 12) {
        int m = MentionStartingAt(s, q);
        if (m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole) &&
            !M(s, m).possessive && place_words > 0)
          break;
        if (place_words > 0 && delegation_at(q)) break;
        if (m >= 0) {
          q = M(s, m).end;
          ++place_words;
          continue;
        }
        std::string_view w = T(s, q).key;
        if (!(w == "the"sv || w == "in"sv || w == "at"sv || w == "of"sv || T(s, q).Is(kPossessive) || w == "his"sv ||
              w == "her"sv || w == "its"sv || w == "their"sv || PlaceNoun(w) || T(s, q).Is(kCap)))
          break;
        if (T(s, q).Is(kWord) && w != "the"sv && w != "in"sv && w != "at"sv && w != "of"sv && w != "his"sv &&
            w != "her"sv && w != "its"sv && w != "their"sv)
          ++place_words;
        ++q;
      }
      int m = q < n ? MentionStartingAt(s, q) : -1;
      if (m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole) && place_words > 0)
        p = q;
      else if (place_words > 0 && delegation_at(q))
        p = q;
    }
  }
  // "received visiting Philippine Undersecretary X", "hosted visiting
  // Medellin Mayor Y": the participle before the one received describes him
  // (and "held talks with visiting Finnish President Y")
  if (p + 1 < n && T(s, p).key == "visiting"sv && MentionStartingAt(s, p) < 0 && p > 0 &&
      (VisitorHostVerb(s, p - 1) || T(s, p - 1).key == "with"sv)) {
    int m = MentionStartingAt(s, p + 1);
    if (m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole ||
                   M(s, m).kind == MentionKind::kDelegation || M(s, m).kind == MentionKind::kCapital))
      ++p;
  }
  // "a courtesy call from the squadron's commander, Rear Admiral X"
  if (slot == 'X' || slot == 'O') p = DescribedHolder(s, p);
  // "Among those attending the meeting were ..." after the item named the
  // "21st meeting of the X Council": the gathering with that head word
  if (slot == 'E' && p + 1 < n && T(s, p).key == "the"sv && MentionStartingAt(s, p) < 0 && At(s, p + 1) < 0 &&
      (Bits(s, p + 1) & kGathering)) {
    std::string named = GatheringCalled(s, p, T(s, p + 1).key);
    if (!named.empty()) {
      out->ids = {named};
      out->end = p + 2;
      return true;
    }
  }
  // "bilateral meetings with his counterparts from Sierra Leone, Burundi and
  // the Comoros": the counterpart of each country, as "his Burundian
  // counterpart" would be
  if (slot != 'S' && slot != 'E' && MentionStartingAt(s, p) >= 0) {
    const Mention& group = M(s, MentionStartingAt(s, p));
    if (group.kind == MentionKind::kFramePersons && (group.anaphor == "counterparts" || group.anaphor == "colleagues") &&
        group.end + 1 < n && (T(s, group.end).key == "from"sv || T(s, group.end).key == "of"sv)) {
      // ("his counterparts from Athens and Bucharest, X and Y": the persons
      // named after the places, one for each, are the counterparts)
      if (int end = 0; CounterpartsNamed(s, group.end + 1, out, &end)) {
        out->end = end;
        return true;
      }
      std::vector<std::string> ids;
      int q = group.end + 1;
      while (q < n) {
        int c = MentionStartingAt(s, q);
        if (c < 0 || M(s, c).kind != MentionKind::kCountry || !M(s, c).entry) break;
        Mention one = group;
        one.kind = MentionKind::kRole;
        one.office = "counterpart";
        one.country = M(s, c).entry;
        std::string id = ResolveRole(s, one, Use::kObject);
        // (one of that country, else the country: not the item's person of
        // no known country who holds the same office)
        const Actor* a = id.empty() ? nullptr : reg_.Find(id);
        if (!a || a->kind != ActorKind::kPerson || a->country != M(s, c).entry->actor.id)
          id = reg_.FromDictionary(M(s, c).entry);
        AddUnique(&ids, id);
        if (M(s, c).end <= q) break;
        q = M(s, c).end;
        if (q + 1 < n && T(s, q).key == ","sv) ++q;
        if (q + 1 < n && T(s, q).key == "and"sv) ++q;
      }
      if (ids.size() >= 2) {
        out->ids = std::move(ids);
        out->end = q;
        return true;
      }
    }
  }
  // "an invitation to His Highness the Amir": an honorific before the
  // title the mention begins with
  if (p + 2 < n && MentionStartingAt(s, p) < 0 && (T(s, p).key == "his"sv || T(s, p).key == "her"sv)) {
    int len = lex_.PhraseAt(S(s), p, kTitle);
    int m = len >= 2 ? MentionStartingAt(s, p + len) : -1;
    if (m >= 0 && (M(s, m).kind == MentionKind::kRole || M(s, m).kind == MentionKind::kPerson)) p += len;
  }
  // ("thanked the Kingdom for its support")
  if (slot == 'X' || slot == 'O')
    if (const DictionaryEntry* c = StateFormCountry(s, p)) {
      out->ids = {reg_.FromDictionary(c)};
      out->end = p + 2;
      return true;
    }
  if (slot == 'O') {
    std::vector<std::string> ids;
    int end = ActAnaphor(s, p, &ids);
    if (end > p) {
      out->ids = ids;
      out->end = end;
      return !ids.empty();
    }
  }
  // "the mayors of Accra and Dakar, X and Y": the places, then (read by
  // LeadersNamed) the persons who hold the office there
  if (int f = MentionStartingAt(s, p);
      f >= 0 && M(s, f).kind == MentionKind::kFramePersons && TitleNoun(M(s, f).anaphor)) {
    int q = M(s, f).end;
    // ("the chiefs of defence staff of Ghana and Togo, X and Y")
    for (int j = q; j < n && j < q + 4 && At(s, j) < 0 && T(s, j).Is(kLower); ++j)
      if (T(s, j).key == "of"sv && j + 1 < n && T(s, j + 1).Is(kLower) && j + 2 < n) q = j + 1;
    while (q < n && q < M(s, f).end + 4 && At(s, q) < 0 && T(s, q).Is(kLower) && T(s, q).key != "of"sv) ++q;
    if (q + 1 < n && T(s, q).key == "of"sv && MentionStartingAt(s, q + 1) >= 0) {
      int m = MentionStartingAt(s, q + 1);
      MentionKind kind = M(s, m).kind;
      if (kind == MentionKind::kCountry || kind == MentionKind::kCapital) p = q + 1;
    }
  }
  // "sanctions on 19 vessels and three shipping companies, including X":
  // things without a name, then the named ones
  if (slot == 'O' && MentionStartingAt(s, p) < 0) {
    // ("restrictions on the import of tomatoes from 12 Uzbek exporters,
    // including X": a demonym among the words)
    auto demonym = [&](int j) { return LoneDemonym(s, j); };
    int q = p;
    // ("three companies operating in North Sumatra – A, B and C –": a place
    // after "in" among the words, the names between dashes)
    auto place_in = [&](int j) {
      if (j <= p) return -1;
      std::string_view before = T(s, j - 1).key;
      // (or a list of places: "in China, Hong Kong and Vietnam")
      bool joined = before == "in"sv || before == "of"sv || before == "and"sv || before == "the"sv ||
                    before == ","sv;
      if (!joined) return -1;
      int m = MentionStartingAt(s, j);
      if (m < 0) {
        int e = j;
        while (e < n && e < j + 3 && At(s, e) < 0 && T(s, e).Is(kCap) && T(s, e).Is(kWord)) ++e;
        return e > j ? e : -1;
      }
      return !M(s, m).titled && M(s, m).kind != MentionKind::kEvent ? M(s, m).end : -1;
    };
    while (q < n && q < p + 24) {
      if (int after = place_in(q); after > q) {
        q = after;
        continue;
      }
      // (the commas of a list of places)
      if (T(s, q).key == ","sv && q > p && q + 2 < n && T(s, q - 1).Is(kCap)) {
        if (int after = place_in(q + 1); after > q + 1) {
          q = after;
          continue;
        }
      }
      // ("nine Belarusian officials, including X": a country's people,
      // counted, then the named ones; the people of its state (state_people)
      // stand for the country too, others are only counted: "four Haitian
      // gang leaders, among them X")
      if (int m = At(s, q); m >= 0 && q > p && M(s, m).begin == q && M(s, m).kind == MentionKind::kCountry &&
                            T(s, M(s, m).end - 1).Is(kLower) && !M(s, m).possessive) {
        int e = M(s, m).end, len = 0;
        bool named_next = e + 2 < n && T(s, e).key == ","sv && IsElaboration(s, e + 1, &len) &&
                          MentionStartingAt(s, e + 1 + len) >= 0;
        if (named_next && InClass(s, e - 1, "state_people")) {
          p = q;
          break;
        }
        if (!named_next) break;
        q = e;
        continue;
      }
      // ("three India-based companies": where they sit)
      std::string_view key = T(s, q).key;
      bool based = T(s, q).Is(kHyphenated) && (reader::EndsWith(key, " based") || reader::EndsWith(key, " registered"));
      if (!(At(s, q) < 0 && (T(s, q).Is(kLower) || T(s, q).Is(kNumber) || demonym(q) || based) &&
            (!VerbLike(S(s), q, lex_) || (q > p && key.size() > 4 && reader::EndsWith(key, "ing"))) &&
            !(Bits(s, q) & (kRelative | kSubordinator))))
        break;
      ++q;
    }
    // (", including X", ", among them X")
    if (q > p && q + 2 < n && T(s, q).key == ","sv && T(s, q + 1).key == "including"sv &&
        MentionStartingAt(s, q + 2) >= 0)
      p = q + 2;
    else if (q > p && q + 3 < n && T(s, q).key == ","sv && T(s, q + 1).key == "among"sv &&
             T(s, q + 2).key == "them"sv && MentionStartingAt(s, q + 3) >= 0)
      p = q + 3;
    else if (q > p + 1 && q + 1 < n && T(s, q).Is(kDash) && MentionStartingAt(s, q + 1) >= 0) {
      // (the names close with a second dash, no verb before it: "– A, B
      // and C –", not "– Kaja Kallas told reporters")
      int close = q + 1;
      while (close < n && !T(s, close).Is(kDash) && !VerbLike(S(s), close, lex_)) ++close;
      if (close < n && T(s, close).Is(kDash)) p = q + 1;
    }
  }
  // "suspended cooperation with the AFD, accusing it of ...": in a
  // trailing participle, the object pronoun is what the sentence acted on
  if ((slot == 'X' || slot == 'O') && p < n && found_.size() > sentence_found_begin_ &&
      it_.clauses[s].clauses[it_.clauses[s].of[p]].kind == ClauseKind::kTrailParticiple) {
    std::string_view w = T(s, p).key;
    if (w == "it"sv || w == "him"sv || w == "her"sv || w == "them"sv) {
      // ("sanctions on A and B, accusing them of ...": all of them)
      const Found& last = found_.back();
      std::vector<std::string> ids;
      for (std::size_t f = w == "them"sv ? sentence_found_begin_ : found_.size() - 1; f < found_.size(); ++f)
        if (found_[f].type == last.type && found_[f].source == last.source &&
            !Contains(*current_subject_, found_[f].target))
          AddUnique(&ids, found_[f].target);
      if (!ids.empty()) {
        out->ids = std::move(ids);
        out->end = p + 1;
        return true;
      }
    }
  }
  // "attended by (heads and) representatives of the UNDP, the OSCE and the
  // ECO": the bodies they represent
  if (slot != 'S' && MentionStartingAt(s, p) < 0) {
    int q = p;
    auto people = [&](int j) {
      std::string_view w = T(s, j).key;
      return w == "representatives"sv || w == "heads"sv || w == "delegations"sv || w == "officials"sv ||
             w == "members"sv || w == "leaders"sv;
    };
    // ("signed by the governments of A and B": the states)
    if (q + 2 < n && T(s, q).key == "the"sv &&
        (T(s, q + 1).key == "governments"sv || T(s, q + 1).key == "authorities"sv) && T(s, q + 2).key == "of"sv &&
        MentionStartingAt(s, q + 1) < 0) {
      int m = MentionStartingAt(s, q + 3);
      if (m >= 0 && M(s, m).kind == MentionKind::kCountry) p = q + 3;
    }
    if (q < n && people(q)) {
      ++q;
      if (q + 1 < n && T(s, q).key == "and"sv && people(q + 1)) q += 2;
      if (q + 1 < n && T(s, q).key == "of"sv) {
        int m = MentionStartingAt(s, q + 1);
        if (m >= 0 && (M(s, m).kind == MentionKind::kOrganization || M(s, m).kind == MentionKind::kCountry)) p = q + 1;
      }
    }
  }
  // "the credentials of the newly appointed ambassadors to Georgia: A of
  // Mongolia, B of Portugal and C": people described, then named after a colon
  if (slot != 'S') {
    int q = p;
    // (participles too: "newly appointed")
    while (q < n && q < p + 4 && MentionStartingAt(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kLower)) ++q;
    int m = MentionStartingAt(s, q);
    if (m >= 0 && (M(s, m).kind == MentionKind::kRole || M(s, m).kind == MentionKind::kFramePersons)) {
      // (what they are accredited to may come first: "Ambassadors of
      // several foreign states to the Kyrgyz Republic: A, B")
      // (or a participle's phrase set off by a comma: "Ambassadors, presented
      // in separate ceremonies at the State Palace: A, B")
      int colon = M(s, m).end;
      int limit = M(s, m).end + 10;
      while (colon < n && colon < limit && T(s, colon).key != ":"sv && T(s, colon).key != "."sv &&
             T(s, colon).key != ";"sv) {
        if (T(s, colon).key == ","sv) {
          std::string_view w = colon + 1 < n ? std::string_view(T(s, colon + 1).key) : std::string_view();
          bool participle = colon + 1 < n && T(s, colon + 1).Is(kWord) && T(s, colon + 1).Is(kLower) &&
                            reader::PastParticipleForm(w) && limit == M(s, m).end + 10;
          if (!participle) break;
          limit = colon + 14;
        }
        ++colon;
      }
      if (colon + 1 < n && T(s, colon).key == ":"sv && MentionStartingAt(s, colon + 1) >= 0) p = colon + 1;
    } else if (m < 0) {
      // ("the letters of credence of five heads of mission: A of Sweden,
      // B of Chile", "from the following envoys: A, B": a plural of people
      // in lower case, then the people named after the colon)
      bool people = false;
      int colon = p;
      for (; colon < n && colon < p + 10 && T(s, colon).key != ":"sv; ++colon) {
        // ("four newly appointed ambassadors to the Kingdom: A of Japan,
        // B of Brazil": the country they are accredited to, after "to",
        // comes before the colon)
        if (people && colon + 1 < n && T(s, colon).key == "to"sv) {
          int q = colon + 1;
          if (int c = MentionStartingAt(s, q); c >= 0) {
            MentionKind kind = M(s, c).kind;
            if ((kind == MentionKind::kCountry || kind == MentionKind::kCapital ||
                 kind == MentionKind::kOrganization) && M(s, c).end > q)
              q = M(s, c).end;
          } else {
            // ("to the Kingdom": a state named by its form, read later)
            if (T(s, q).key == "the"sv) ++q;
            while (q < n && q < colon + 5 && At(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kCap)) ++q;
          }
          if (q > colon + 1 && q < n && T(s, q).key == ":"sv) {
            colon = q;
            break;
          }
        }
        if (MentionStartingAt(s, colon) >= 0) break;
        // (one noun phrase: not "the diplomats and told reporters: X")
        if (!T(s, colon).Is(kWord) || !T(s, colon).Is(kLower) || T(s, colon).key == "and"sv ||
            (Bits(s, colon) & (kVerb | kSpeechVerb)))
          break;
        people = people || (Bits(s, colon) & kPersonGroup);
      }
      // ("five heads of mission at State House Entebbe: A, B and C": the
      // place they were received at, capitalised, between the plural and
      // the colon)
      if (people && colon > p && colon < n && T(s, colon).key != ":"sv &&
          (T(s, colon - 1).key == "at"sv || T(s, colon - 1).key == "in"sv)) {
        int q = colon;
        if (q < n && T(s, q).key == "the"sv) ++q;
        for (int steps = 0; q < n && steps < 8 && T(s, q).key != ":"sv; ++steps) {
          int v = At(s, q);
          if (v >= 0 && M(s, v).kind != MentionKind::kPerson && M(s, v).end > q) q = M(s, v).end;
          else if (v < 0 && T(s, q).Is(kWord) && T(s, q).Is(kCap)) ++q;
          else break;
        }
        if (q > colon && q < n && T(s, q).key == ":"sv) colon = q;
      }
      if (people && colon + 1 < n && T(s, colon).key == ":"sv && MentionStartingAt(s, colon + 1) >= 0) {
        int first = MentionStartingAt(s, colon + 1);
        if (M(s, first).kind == MentionKind::kPerson) p = colon + 1;
      }
    }
  }
  // "added two companies registered in Kazakhstan, A and B, to ...",
  // "three U.S. drone makers, A, B and C": a counted plural described first,
  // then named after the comma
  // ("more than 300 participants from 19 countries, among them A, B and C":
  // a quantity first, the named ones after an elaboration)
  int counted = p;
  if (counted + 2 < n && T(s, counted).key == "more"sv && T(s, counted + 1).key == "than"sv) counted += 2;
  else if (counted + 1 < n && (T(s, counted).key == "over"sv || T(s, counted).key == "about"sv ||
                               T(s, counted).key == "some"sv))
    ++counted;
  if ((slot == 'X' || slot == 'O') && counted < n &&
      (T(s, counted).Is(kNumber) || (Bits(s, counted) & kOrdinalWord) || T(s, counted).key == "two"sv ||
       T(s, counted).key == "three"sv || T(s, counted).key == "four"sv || T(s, counted).key == "five"sv)) {
    int q = counted + 1;
    bool plural = false;
    while (q < n && q < p + 9 && T(s, q).key != ","sv &&
           (T(s, q).Is(kLower) || At(s, q) >= 0 || T(s, q).Is(kCap) || T(s, q).Is(kNumber)) &&
           (!VerbLike(S(s), q, lex_) || (plural && reader::PastParticipleForm(T(s, q).key)))) {
      std::string_view w = T(s, q).key;
      if (At(s, q) < 0 && T(s, q).Is(kLower) && w.size() > 3 && w.back() == 's') plural = true;
      // ("two Kampala-based businessmen, A and B": a plural not in -s)
      if (At(s, q) < 0 && T(s, q).Is(kLower) && w.size() > 4 &&
          (reader::EndsWith(w, "men") || reader::EndsWith(w, "people")))
        plural = true;
      q = At(s, q) >= 0 ? std::max(q + 1, M(s, At(s, q)).end) : q + 1;
    }
    int after = q + 1, len = 0;
    if (after < n && IsElaboration(s, after, &len)) after += len;
    int named = q + 1 < n && T(s, q).key == ","sv ? MentionStartingAt(s, after) : -1;
    // ("sanctions on three senior military officers, Foreign Minister X
    // said": the one named after the comma is the subject of a reporting
    // clause, not one of those counted)
    if (named >= 0 && M(s, named).end < n && (Bits(s, M(s, named).end) & kSpeechVerb)) named = -1;
    if (plural && named >= 0 &&
        (M(s, named).kind == MentionKind::kOrganization || M(s, named).kind == MentionKind::kPerson))
      p = after;
  }
  // "cooperation with neighbouring Algeria": a word of relation before a
  // named actor
  if (p + 1 < n && MentionStartingAt(s, p) < 0 && MentionStartingAt(s, p + 1) >= 0) {
    std::string_view w = T(s, p).key;
    if (w == "neighbouring"sv || w == "neighboring"sv || w == "fellow"sv || w == "brotherly"sv || w == "friendly"sv)
      ++p;
  }
  // "criticized the new U.S. tariffs": determiners and adjectives before
  // the actor
  if (slot == 'O' && MentionStartingAt(s, p) < 0) {
    int q = p;
    // ("the state-owned Myanma Economic Bank": a compound participle in
    // lower case is an adjective)
    bool compound = false;
    while (q < n && q < p + 3 && MentionStartingAt(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kLower) &&
           (!VerbLike(S(s), q, lex_) || T(s, q).Is(kHyphenated)) &&
           !(Bits(s, q) & (kPreposition | kCoordinator | kObjectOf))) {
      compound = compound || T(s, q).Is(kHyphenated);
      ++q;
    }
    if (q > p && MentionStartingAt(s, q) >= 0) {
      const Mention& x = M(s, MentionStartingAt(s, q));
      bool named_body = compound && (x.kind == MentionKind::kOrganization || x.kind == MentionKind::kPerson);
      if ((named_body || (x.end < n && T(s, x.end).Is(kWord) && T(s, x.end).Is(kLower) &&
                          !VerbLike(S(s), x.end, lex_))) &&
          x.kind != MentionKind::kPronoun && x.kind != MentionKind::kPronounPlural)
        p = q;
    }
  }
  // "imposed a travel ban on four commanders of Sudan's RSF": the people of
  // a body stand for it
  if (slot == 'O' && MentionStartingAt(s, p) < 0) {
    int q = p;
    while (q < n && q < p + 3 && MentionStartingAt(s, q) < 0 && (T(s, q).Is(kLower) || T(s, q).Is(kNumber)) &&
           T(s, q).key != "of"sv && !VerbLike(S(s), q, lex_))
      ++q;
    if (q > p && q + 1 < n && T(s, q).key == "of"sv && At(s, q - 1) < 0 &&
        (Bits(s, q - 1) & (kCountryNoun | kPersonGroup | kDelegation))) {
      int r = q + 1;
      if (r < n && T(s, r).key == "the"sv && MentionStartingAt(s, r) < 0) ++r;
      // ("of Sudan's paramilitary Rapid Support Forces": the body the
      // country owns)
      if (int owner = MentionStartingAt(s, r); owner >= 0 && M(s, owner).possessive) {
        int b = M(s, owner).end;
        if (b < n && T(s, b).Is(kPossessive)) ++b;
        for (int j = b; j < n && j <= b + 2; ++j) {
          int body = MentionStartingAt(s, j);
          if (body >= 0 && M(s, body).kind == MentionKind::kOrganization) {
            r = j;
            break;
          }
          if (At(s, j) >= 0 || !T(s, j).Is(kLower)) break;
        }
      }
      if (MentionStartingAt(s, r) >= 0) p = r;
    }
  }
  // "slammed what he called unacceptable pressure from Washington",
  // "condemned the attacks on civilians by X": the act's author
  // (also of a gathering "by X": "denounced the start of the annual Freedom
  // Shield drills by the United States and South Korea")
  auto gathering_then_by = [&](int at) {
    int m = MentionStartingAt(s, at);
    if (m < 0) return false;
    const Mention& x = M(s, m);
    return (x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor) && x.end + 1 < n &&
           T(s, x.end).key == "by"sv;
  };
  if (slot == 'O' && (MentionStartingAt(s, p) < 0 || gathering_then_by(p)) && p < n && !(Bits(s, p) & kPreposition)) {
    int q = p;
    if (q + 2 < n && T(s, q).key == "what"sv && At(s, q + 1) >= 0 &&
        (T(s, q + 2).key == "called"sv || T(s, q + 2).key == "termed"sv || T(s, q + 2).key == "described"sv))
      q += T(s, q + 2).key == "described"sv && q + 3 < n && T(s, q + 3).key == "as"sv ? 4 : 3;
    int words = 0;
    // (demonyms and numbers may stand among the words: "the detention of
    // three Mexican nationals by X")
    auto plain = [&](int j) {
      if (T(s, j).Is(kNumber)) return true;
      if (T(s, j).Is(kLower)) return true;
      // ("the arrest of an Orthodox priest by X": a capitalised word no
      // mention covers, inside the phrase)
      if (j > p + 1 && T(s, j).Is(kCap) && !T(s, j).Is(kAllCaps) && At(s, j) < 0 && !VerbLike(S(s), j, lex_)) return true;
      return LoneDemonym(s, j);
    };
    while (q < n && words < 12) {
      if (gathering_then_by(q)) {
        q = M(s, MentionStartingAt(s, q)).end;
        ++words;
        continue;
      }
      // "three Colombian nationals": a country's people inside the phrase
      int in = At(s, q);
      if (in >= 0 && words > 0 && M(s, in).kind == MentionKind::kCountry && M(s, in).begin == q &&
          T(s, M(s, in).end - 1).Is(kLower)) {
        q = M(s, in).end;
        ++words;
        continue;
      }
      // ("the arrest of two Serbs by X", "of ethnic Hungarians by X": a
      // people's plural no dictionary holds, kept only as a possible name)
      if (in >= 0 && words > 0 && M(s, in).begin == q && M(s, in).end == q + 1 && M(s, in).tentative &&
          !M(s, in).entry && T(s, q).key.size() > 3 && T(s, q).key.back() == 's' &&
          (T(s, q - 1).Is(kNumber) || NumberWord(T(s, q - 1).key) || T(s, q - 1).key == "of"sv ||
           T(s, q - 1).key == "ethnic"sv) &&
          q + 1 < n && (T(s, q + 1).key == "by"sv || T(s, q + 1).Is(kLower))) {
        ++q;
        ++words;
        continue;
      }
      // ("comments by X": a noun that is also a speech verb)
      bool noun_then_by = q + 1 < n && (T(s, q + 1).key == "by"sv || T(s, q + 1).key == "from"sv);
      // ("of new fences and surveillance cameras by X": nouns joined by "and")
      if (words > 0 && T(s, q).key == "and"sv && q + 1 < n && At(s, q + 1) < 0 && T(s, q + 1).Is(kLower) &&
          !VerbLike(S(s), q + 1, lex_)) {
        ++q, ++words;
        continue;
      }
      // ("the \"double standards\" of X": quotation marks around the words)
      if (in < 0 && (T(s, q).Is(kQuoteOpen) || T(s, q).Is(kQuoteClose))) {
        ++q;
        continue;
      }
      // ("repeated violations of X by Y": a participle before the first noun)
      bool leading_participle = words == 0 && q + 1 < n && At(s, q + 1) < 0 && T(s, q + 1).Is(kLower) &&
                                !VerbLike(S(s), q + 1, lex_) && !(Bits(s, q + 1) & (kFunction | kPreposition));
      if (in >= 0 || !T(s, q).Is(kWord) || !plain(q) || T(s, q).key == "from"sv || T(s, q).key == "by"sv ||
          (VerbLike(S(s), q, lex_) && !noun_then_by && !leading_participle) ||
          (Bits(s, q) & (kCoordinator | kRelative | kSubordinator)))
        break;
      ++q, ++words;
    }
    // ("criticized the double standards of the European Parliament and
    // PACE": the bodies whose acts they are)
    // (a noun of conduct only: "the desecration of the Quran" is no act of it)
    int after_of = -1;
    int of = q >= 2 && T(s, q - 1).key == "of"sv ? q - 1 : q >= 3 && T(s, q - 2).key == "of"sv ? q - 2 : -1;
    static const std::vector<std::string> kConduct = {
        "standards", "standard", "policy",   "policies", "position", "stance",   "decision", "actions",
        "conduct",   "approach", "rhetoric", "behaviour", "behavior", "practices", "interference", "role",
        "contribution", "efforts", "support", "work", "leadership", "assistance"};
    int noun = of - 1;
    while (noun > p && (T(s, noun).Is(kQuoteOpen) || T(s, noun).Is(kQuoteClose))) --noun;
    if (words >= 3 && of > p && MentionStartingAt(s, q) >= 0 && (of == q - 1 || T(s, q - 1).key == "the"sv) &&
        T(s, p).key == "the"sv && Contains(kConduct, std::string(T(s, noun).key))) {
      std::vector<std::string> owners;
      for (int m = MentionStartingAt(s, q); m >= 0;) {
        const Mention& x = M(s, m);
        if (x.kind != MentionKind::kOrganization && x.kind != MentionKind::kCountry && x.kind != MentionKind::kPerson)
          break;
        AddUniqueAll(&owners, Resolve(s, m, Use::kObject));
        after_of = x.end;
        int r = x.end;
        if (r + 1 < n && T(s, r).key == "and"sv) m = MentionStartingAt(s, r + 1);
        else break;
      }
      if (!owners.empty()) {
        out->ids = owners;
        out->end = after_of;
        return true;
      }
    }
    if (words >= 1 && q + 1 < n && (T(s, q).key == "from"sv || T(s, q).key == "by"sv)) {
      int m = MentionStartingAt(s, q + 1);
      if (m >= 0 && M(s, m).kind != MentionKind::kEvent && M(s, m).kind != MentionKind::kEventAnaphor) {
        // a capital here stands for its government
        const Mention& x = M(s, m);
        std::vector<std::string> ids = x.kind == MentionKind::kCapital && x.entry
                                           ? std::vector<std::string>{reg_.FromDictionary(x.entry)}
                                           : Resolve(s, m, Use::kObject);
        if (!ids.empty()) {
          out->ids = ids;
          out->end = x.end;
          // "the joint drills by the United States and South Korea": both
          // authors of the act
          int a = x.end;
          if (a + 1 < n && T(s, a).key == "and"sv) {
            int m2 = MentionStartingAt(s, a + 1);
            if (m2 < 0 && a + 2 < n && T(s, a + 1).key == "the"sv) m2 = MentionStartingAt(s, a + 2);
            if (m2 >= 0 && M(s, m2).kind != MentionKind::kEvent && M(s, m2).kind != MentionKind::kEventAnaphor) {
              const Mention& y = M(s, m2);
              std::vector<std::string> more = y.kind == MentionKind::kCapital && y.entry
                                                  ? std::vector<std::string>{reg_.FromDictionary(y.entry)}
                                                  : Resolve(s, m2, Use::kObject);
              for (const std::string& id : more)
                if (std::find(out->ids.begin(), out->ids.end(), id) == out->ids.end()) out->ids.push_back(id);
              if (!more.empty()) out->end = y.end;
            }
          }
          return true;
        }
      }
    }
  }
  // "thanked the alliance": the organisation the item last named
  // ("accused the French company of ...": a demonym before the noun)
  int demonym_skip = 0;
  if (slot != 'S' && slot != 'E' && slot != 'C' && MentionStartingAt(s, p) < 0 && p + 2 < n &&
      T(s, p).key == "the"sv && T(s, p + 2).Is(kLower) &&
      (T(s, p + 2).key == "company"sv || T(s, p + 2).key == "firm"sv) && LoneDemonym(s, p + 1) &&
      (MentionStartingAt(s, p + 1) < 0 || M(s, MentionStartingAt(s, p + 1)).end == p + 2))
    demonym_skip = 1;
  // "accusing the paramilitary group of ...", "condemned the armed
  // movement": an armed body named by its kind is the organisation the item
  // named last (on its own or as a person's: "X, commander of Sudan's Rapid
  // Support Forces"), not the subject
  if (slot != 'S' && slot != 'E' && slot != 'C' && p + 3 < n && T(s, p).key == "the"sv &&
      MentionStartingAt(s, p) < 0 && MentionStartingAt(s, p + 1) < 0 && At(s, p + 2) < 0 && T(s, p + 1).Is(kLower) &&
      T(s, p + 2).Is(kLower) &&
      (T(s, p + 3).key == "of"sv || T(s, p + 3).key == "for"sv || T(s, p + 3).key == "over"sv ||
       T(s, p + 3).key == ","sv || T(s, p + 3).key == "."sv)) {
    // (not "the armed group 3R": a name given right after the kind; the kind
    // ends its phrase)
    // (the kinds are data: word classes armed_adjective and armed_body)
    if (InClass(s, p + 1, "armed_adjective") && InClass(s, p + 2, "armed_body")) {
      for (int ps = s; ps >= 0; --ps) {
        const std::vector<Mention>& ms = it_.mentions[ps].mentions;
        for (int m = static_cast<int>(ms.size()) - 1; m >= 0; --m) {
          const Mention& y = ms[m];
          if (y.end <= y.begin || (ps == s && y.begin >= p)) continue;
          std::vector<std::string> ids;
          if (y.kind == MentionKind::kOrganization) ids = Resolve(ps, m, Use::kObject);
          else if (y.kind == MentionKind::kPerson && y.org && y.org->actor.kind == ActorKind::kOrganization)
            ids = {reg_.FromDictionary(y.org)};
          else continue;
          if (ids.size() != 1 || Contains(*current_subject_, ids[0])) continue;
          const Actor* a = reg_.Find(ids[0]);
          if (!a || a->kind != ActorKind::kOrganization || a->name.find("Ministry") != std::string::npos ||
              a->name.find("Government") != std::string::npos || a->name.find("Parliament") != std::string::npos)
            continue;
          out->ids = ids;
          out->end = p + 3;
          return true;
        }
      }
    }
  }
  if (slot != 'S' && slot != 'E' && slot != 'C' && MentionStartingAt(s, p) < 0 && p + 1 + demonym_skip < n &&
      T(s, p).key == "the"sv && (demonym_skip || MentionStartingAt(s, p + 1) < 0)) {
    std::string_view w = T(s, p + 1 + demonym_skip).key;
    // ("accusing the body of bias": the assembly or organisation named last)
    if (w == "alliance"sv || w == "bloc"sv || w == "organisation"sv || w == "organization"sv ||
        w == "union"sv || w == "agency"sv || w == "bank"sv || w == "fund"sv || w == "body"sv) {
      if (const DictionaryEntry* org = OrgAnaphor(s, p)) {
        out->ids = {reg_.FromDictionary(org)};
        out->end = p + 2;
        return true;
      }
    }
    // "criticized the firm for ...": the company named last in the item
    if (w == "company"sv || w == "firm"sv) {
      // ("accused the French company": described by its country, the
      // company the item reported acting or acted upon, of no other country)
      if (demonym_skip) {
        const DictionaryEntry* c = lex_.DictAt(S(s).tokens, p + 1).entry;
        for (auto f = found_.rbegin(); f != found_.rend(); ++f)
          for (const std::string* id : {&f->target, &f->source}) {
            const Actor* a = reg_.Find(*id);
            if (!a || a->kind != ActorKind::kOrganization || Contains(*current_subject_, *id) ||
                (c && !a->country.empty() && a->country != c->actor.id) ||
                a->name.find("Ministry") != std::string::npos || a->name.find("Government") != std::string::npos ||
                a->name.find("Parliament") != std::string::npos)
              continue;
            out->ids = {*id};
            out->end = p + 3;
            return true;
          }
      }
      for (int ps = s; ps >= 0; --ps) {
        const std::vector<Mention>& ms = it_.mentions[ps].mentions;
        for (int m = static_cast<int>(ms.size()) - 1; m >= 0; --m) {
          const Mention& y = ms[m];
          if (y.kind != MentionKind::kOrganization || y.end <= y.begin || (ps == s && y.begin >= p)) continue;
          std::vector<std::string> ids = Resolve(ps, m, Use::kObject);
          if (ids.size() != 1 || Contains(*current_subject_, ids[0])) continue;
          // (a ministry or a parliament is no company)
          const Actor* a = reg_.Find(ids[0]);
          if (!a || a->name.find("Ministry") != std::string::npos || a->name.find("Government") != std::string::npos ||
              a->name.find("Parliament") != std::string::npos)
            continue;
          out->ids = ids;
          out->end = p + 2 + demonym_skip;
          return true;
        }
      }
    }
    // "thanked the Council": the body named last whose name has that head
    // word ("the Coordination Council of Armenian Organisations")
    if ((Bits(s, p + 1) & kOrgHead) && T(s, p + 1).Is(kCap) && (p + 2 >= n || !T(s, p + 2).Is(kCap)) &&
        (p + 2 >= n || T(s, p + 2).key != "of"sv)) {
      std::string id = BodyNamedWith(s, p, w);
      if (!id.empty()) {
        out->ids = {id};
        out->end = p + 2;
        return true;
      }
    }
  }
  // "received a delegation from the city of Yokohama led by Deputy Mayor
  // X": the delegation's leader
  // ("a five-member delegation", "a 15-member delegation", "a high-level
  // parliamentary delegation")
  int word = p + 1;
  while (word < n && word < p + 3 && At(s, word) < 0 && T(s, word).Is(kWord) &&
         (T(s, word).Is(kLower) || T(s, word).Is(kNumber)) &&
         !(Bits(s, word) & (kDelegation | kFunction | kPreposition | kVerb)))
    ++word;
  if (slot != 'S' && slot != 'E' && MentionStartingAt(s, p) < 0 && word < n &&
      (T(s, p).key == "a"sv || T(s, p).key == "an"sv || T(s, p).key == "the"sv) && (Bits(s, word) & kDelegation)) {
    int body = -1;  // "a delegation of the Chilean copper producer Codelco"
    int limit = word + 19;
    for (int q = word + 1; q + 1 < n && q < limit; ++q) {
      // (", which is on an official visit to Georgia, led by X": over the
      // relative clause)
      if (T(s, q).key == ","sv && q + 1 < n && (T(s, q + 1).key == "which"sv || T(s, q + 1).key == "who"sv)) {
        int after = SkipInserted(s, q);
        if (after > q) {
          limit += after - q;
          q = after - 1;
          continue;
        }
      }
      if (VerbLike(S(s), q, lex_) && T(s, q).key != "led"sv && T(s, q).key != "headed"sv) break;
      int mq = MentionStartingAt(s, q);
      if (body < 0 && mq >= 0 &&
          (M(s, mq).kind == MentionKind::kOrganization || M(s, mq).kind == MentionKind::kCountry || M(s, mq).tentative))
        body = mq;
      int len = lex_.PhraseAt(S(s), q, kLedBy);
      if (!len) continue;
      int m = MentionStartingAt(s, q + len);
      if (m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole)) {
        std::vector<std::string> ids = Resolve(s, m, Use::kObject);
        if (ids.empty()) break;
        out->ids = ids;
        out->mentions = {m};
        out->end = M(s, m).end;
        return true;
      }
      break;
    }
    if (body >= 0 && word + 1 < n && (T(s, word + 1).key == "of"sv || T(s, word + 1).key == "from"sv)) {
      // a lone unknown word here names a body ("of the copper producer Codelco")
      std::vector<std::string> ids =
          M(s, body).tentative ? std::vector<std::string>{reg_.Named(ActorKind::kOrganization, M(s, body).name, "", "")}
                               : Resolve(s, body, Use::kObject);
      if (!ids.empty()) {
        out->ids = ids;
        out->mentions = {body};
        out->end = M(s, body).end;
        return true;
      }
    }
  }
  // "received the newly appointed Ambassador X", "met the visiting Y",
  // "added Malian businessman X"
  bool demonym_first = false;
  if (slot != 'S' && MentionStartingAt(s, p) < 0 && p < n && At(s, p) < 0) demonym_first = LoneDemonym(s, p);
  // ("barred Mumbai-based brokerage X": a place's adjective first)
  bool place_adjective = slot != 'S' && p < n && At(s, p) < 0 && lex_.PlaceAdjective(T(s, p));
  if (slot != 'S' && MentionStartingAt(s, p) < 0 && p < n &&
      (T(s, p).key == "the"sv || T(s, p).key == "a"sv || T(s, p).key == "an"sv || demonym_first ||
       place_adjective)) {
    int q = p + 1;
    while (q < n && q < p + 4 && MentionStartingAt(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kLower) &&
           !(Bits(s, q) & (kPreposition | kCoordinator | kFunction | kRelative)))
      ++q;
    int m = MentionStartingAt(s, q);
    // ("signed a memorandum with Vietnamese carmaker VinFast": after a
    // country and a kind that names no person, a one-word name is a body's)
    if (demonym_first && (slot == 'X' || slot == 'O') && q > p + 1 && m >= 0 &&
        M(s, m).kind == MentionKind::kPerson && !M(s, m).titled && !M(s, m).entry &&
        M(s, m).name_end - M(s, m).name_begin == 1) {
      bool person_noun = false;
      for (int j = p + 1; j < q; ++j)
        person_noun = person_noun || (Bits(s, j) & (kGenericPerson | kTitleLower | kPersonGroup | kTitle));
      DictHit hit = lex_.DictAt(S(s).tokens, p);
      if (!person_noun && hit.entry && hit.entry->actor.kind == ActorKind::kCountry) {
        out->ids = {reg_.Named(ActorKind::kOrganization, M(s, m).name, hit.entry->actor.id, "")};
        out->mentions = {m};
        out->end = M(s, m).end;
        return true;
      }
    }
    if (q > p + 1 && m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole))
      p = q;
  }
  // "condemned the Israeli strikes", "expelled a Russian diplomat": the
  // country of the demonym that modifies the object
  if (slot == 'O' && MentionStartingAt(s, p) < 0) {
    int q = p;
    if (q < n && (T(s, q).key == "the"sv || T(s, q).key == "a"sv || T(s, q).key == "an"sv ||
                  T(s, q).Is(kNumber) || NumberWord(T(s, q).key)))
      ++q;
    DictHit hit = q < n && At(s, q) < 0 ? lex_.DictAt(S(s).tokens, q) : DictHit();
    // ("condemned the continuing Russian strikes": one or two adjectives
    // before the demonym)
    for (int a = q; !hit.entry && a < q + 2 && a + 1 < n && At(s, a) < 0 && T(s, a).Is(kWord) &&
                    T(s, a).Is(kLower) &&
                    !(Bits(s, a) & (kPreposition | kCoordinator | kFunction | kRelative | kSubordinator));
         ++a) {
      DictHit next = At(s, a + 1) < 0 ? lex_.DictAt(S(s).tokens, a + 1) : DictHit();
      if (next.entry && next.form == FormKind::kDemonym) {
        hit = next;
        q = a + 1;
      }
    }
    int noun = q + hit.length;
    // "the Russian tanker operator Sovcomflot": the name after the nouns
    int named = noun;
    while (named < n && named < noun + 3 && At(s, named) < 0 && T(s, named).Is(kWord) && T(s, named).Is(kLower) &&
           !(Bits(s, named) & (kPreposition | kCoordinator | kFunction | kRelative | kSubordinator | kVerb)))
      ++named;
    int name_m = named > noun ? MentionStartingAt(s, named) : -1;
    if (hit.entry && hit.form == FormKind::kDemonym && name_m >= 0 &&
        (M(s, name_m).kind == MentionKind::kOrganization || M(s, name_m).tentative)) {
      const Mention& y = M(s, name_m);
      out->ids = y.tentative ? std::vector<std::string>{reg_.Named(ActorKind::kOrganization, y.name,
                                                                   hit.entry->actor.id, "")}
                             : Resolve(s, name_m, Use::kObject);
      if (!out->ids.empty()) {
        out->end = y.end;
        return true;
      }
    }
    if (hit.entry && hit.form == FormKind::kDemonym && hit.entry->actor.kind == ActorKind::kCountry &&
        noun < n && At(s, noun) < 0 && T(s, noun).Is(kWord) && T(s, noun).Is(kLower) &&
        !VerbLike(S(s), noun, lex_) &&
        !(Bits(s, noun) & (kPreposition | kCoordinator | kFunction | kRelative | kSubordinator)) &&
        !(noun + 2 < n && T(s, noun + 1).key == ","sv && MentionStartingAt(s, noun + 2) >= 0)) {
      // (unless names follow: "three Belarusian firms, A and B")
      out->ids = {reg_.FromDictionary(hit.entry)};
      out->end = noun + 1;
      return true;
    }
  }
  // "six Iranian entities", "several European companies"
  if (p + 1 < n && MentionStartingAt(s, p) < 0 && MentionStartingAt(s, p + 1) >= 0 &&
      (T(s, p).Is(kNumber) || T(s, p).key == "two"sv || T(s, p).key == "three"sv || T(s, p).key == "four"sv ||
       T(s, p).key == "five"sv || T(s, p).key == "six"sv || T(s, p).key == "several"sv || T(s, p).key == "some"sv ||
       T(s, p).key == "many"sv || T(s, p).key == "dozens"sv))
    ++p;
  while (p < n) {
    int m = MentionStartingAt(s, p);
    if (m < 0 && (slot == 'X' || slot == 'O')) {
      // "the Dubai-registered ship manager Meridian Star Maritime LLC": a
      // common-noun description before the name it describes
      int q = DescribedName(s, p);
      if (q > p) {
        p = q;
        continue;
      }
      // "met with A, senior officials of the Bank of Namibia and the B": a
      // body's people, ranked or not, stand for the body
      q = p;
      if (q < n && T(s, q).key == "the"sv) ++q;
      auto body_people = [&](int j) {
        return At(s, j) < 0 && T(s, j).Is(kWord) && T(s, j).Is(kLower) && InClass(s, j, "body_people");
      };
      for (int adj = 0; adj < 2 && q < n && At(s, q) < 0 && T(s, q).Is(kLower) && !body_people(q); ++adj) {
        if (!InClass(s, q, "rank_adjective")) break;
        ++q;
      }
      if (q + 2 < n && body_people(q) && T(s, q + 1).key == "of"sv) {
        int body = MentionStartingAt(s, q + 2);
        if (body >= 0 && (M(s, body).kind == MentionKind::kOrganization || M(s, body).kind == MentionKind::kCountry)) {
          p = q + 2;
          continue;
        }
      }
    }
    if (m < 0) {
      // "the role of X", "the efforts of X"
      if (slot == 'O' && items.empty()) {
        int q = p;
        // ('praised "the pragmatism of X"': the quote opens before the article)
        if (q + 1 < n && T(s, q).Is(kQuoteOpen) && (T(s, q + 1).key == "the"sv || T(s, q + 1).key == "a"sv)) ++q;
        if (q < n && (T(s, q).key == "the"sv || T(s, q).key == "a"sv)) ++q;
        // ("two employees of the embassy": a number first)
        else if (q < n && (T(s, q).Is(kNumber) || NumberWord(T(s, q).key))) ++q;
        // "the constructive position of X": adjectives first
        for (int adj = 0; adj < 2 && q + 2 < n && At(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kLower) &&
                          !(Bits(s, q) & (kObjectOf | kFunction | kPreposition | kVerb)) &&
                          (Bits(s, q + 1) & kObjectOf);
             ++adj)
          ++q;
        if (q + 1 < n && T(s, q).Is(kWord) && (Bits(s, q) & kObjectOf) && T(s, q + 1).key == "of"sv) {
          p = q + 2;
          continue;
        }
        // (the words in quotes: 'praised the "courage" of X', 'the
        // "exemplary commitment" of X')
        if (q + 3 < n && T(s, q).Is(kQuoteOpen)) {
          int w = q + 1;
          for (int adj = 0; adj < 2 && w + 1 < n && At(s, w) < 0 && T(s, w).Is(kWord) && T(s, w).Is(kLower) &&
                            !(Bits(s, w) & (kObjectOf | kFunction | kPreposition | kVerb)) &&
                            (Bits(s, w + 1) & kObjectOf);
               ++adj)
            ++w;
          if (w + 2 < n && T(s, w).Is(kWord) && (Bits(s, w) & kObjectOf) && T(s, w + 1).Is(kQuoteClose) &&
              T(s, w + 2).key == "of"sv) {
            p = w + 3;
            continue;
          }
          // (or only the adjectives: 'condemned the "dangerous and
          // provocative" manoeuvres of X')
          int close = q + 1;
          while (close < n && close < q + 6 && At(s, close) < 0 && T(s, close).Is(kWord) && T(s, close).Is(kLower) &&
                 !(Bits(s, close) & (kObjectOf | kPreposition | kVerb)))
            ++close;
          if (close > q + 1 && close + 3 < n && T(s, close).Is(kQuoteClose) && T(s, close + 1).Is(kWord) &&
              (Bits(s, close + 1) & kObjectOf) && T(s, close + 2).key == "of"sv) {
            p = close + 3;
            continue;
          }
        }
      }
      if (items.empty() && slot != 'S' && slot != 'P') {
        int g = GenericEnd(s, p);
        int len = 0;
        if (g > p) {
          int q = g;
          if (q < n && T(s, q).key == ","sv) ++q;
          if (IsElaboration(s, q, &len)) {
            p = q + len;
            elaborated = true;
            continue;
          }
          if (q < n && T(s, q).Is(kDash) && MentionStartingAt(s, q + 1) >= 0) {
            p = q + 1;
            dashed = true;
            continue;
          }
          // "two Armenia-based companies, A and B": the plural gives way to
          // the names after it
          std::string_view noun = T(s, g - 1).key;
          if (q > g && MentionStartingAt(s, q) >= 0 && noun.size() > 3 && noun.back() == 's') {
            p = q;
            continue;
          }
          if (q < n && (T(s, q).key == "and"sv) ) {
            int r = q + 1;
            if (prep && r < n && T(s, r).key == *prep) ++r;
            if (MentionStartingAt(s, r) >= 0) {
              p = r;
              continue;
            }
          }
        }
      }
      break;
    }
    // ("received the new ambassadors of India, A; Morocco, B; and Norway,
    // C": after the first, each member is a country and its envoy)
    if (!items.empty() && M(s, m).kind == MentionKind::kCountry && M(s, m).end + 1 < n &&
        T(s, M(s, m).end).key == ","sv && M(s, items[0]).kind == MentionKind::kPerson) {
      int envoy = MentionStartingAt(s, M(s, m).end + 1);
      if (envoy >= 0 && M(s, envoy).kind == MentionKind::kPerson && MemberEnds(s, M(s, envoy).end)) {
        p = M(s, envoy).begin;
        continue;
      }
    }
    const Mention& x = M(s, m);
    if (!SlotAccepts(slot, x)) break;
    if (x.possessive) {
      // "congratulated New Zealand's newly appointed envoy Hannah Reid": the
      // country's person, named after it
      int k = x.end + 1, skipped = 0;
      while (k < n && skipped < 3 && At(s, k) < 0 && T(s, k).Is(kWord) && T(s, k).Is(kLower)) ++k, ++skipped;
      int person = MentionStartingAt(s, k);
      if (slot == 'O' && person >= 0 && M(s, person).kind == MentionKind::kPerson && M(s, person).name_end > 0) {
        p = k;
        continue;
      }
      // ("imposed sanctions on Sudan's paramilitary Rapid Support Forces":
      // or the country's body the dictionary knows, after an adjective)
      // (not past a preposition: "welcomed Montenegro's progress in the EU
      // accession talks" is no act of the EU)
      bool modifiers = skipped > 0;
      for (int q = x.end + 1; q < k; ++q)
        modifiers = modifiers && !(Bits(s, q) & (kPreposition | kFunction | kCoordinator | kRelative));
      if (slot == 'O' && modifiers && person >= 0 && M(s, person).kind == MentionKind::kOrganization &&
          M(s, person).entry && !M(s, person).possessive) {
        p = k;
        continue;
      }
      if (!(possessor_slot && items.empty())) break;
      items.push_back(m);
      p = x.end + 1;  // after 's
      break;
    }
    if (slot == 'O' && items.empty() && (x.kind == MentionKind::kCountry || x.kind == MentionKind::kOrganization) &&
        x.end < n && T(s, x.end).Is(kWord) && T(s, x.end).Is(kLower) && !VerbLike(S(s), x.end, lex_) &&
        !(Bits(s, x.end) & (kPreposition | kCoordinator | kFunction | kRelative))) {
      // "criticized the new U.S. tariffs": the country whose thing it is
      // (not "responding to a media query": a question is nobody's act)
      std::string_view thing = T(s, x.end).key;
      if (thing == "query"sv || thing == "queries"sv || thing == "question"sv || thing == "questions"sv ||
          thing == "request"sv || thing == "inquiry"sv || thing == "enquiry"sv)
        return false;
      items.push_back(m);
      p = x.end;
      break;
    }
    if (slot == 'P') break;  // P needs a possessive
    items.push_back(m);
    p = x.end;
    if (items.size() == 1) {
      int after = Apposition(s, p, &items);
      if (after != p) {
        p = after;
        // ("the new ambassadors of India, A; Morocco, B; and Norway, C":
        // more countries and their envoys between semicolons)
        int r = M(s, items.back()).kind == MentionKind::kPerson ? SemicolonMember(s, p, /*envoy_only=*/true) : -1;
        if (r >= 0) {
          p = r;
          continue;
        }
        break;
      }
      // "three Belarusian firms, A and B": the firms are named next
      std::string_view last = T(s, x.end - 1).key;
      int named = p + 1 < n && T(s, p).key == ","sv ? MentionStartingAt(s, p + 1) : -1;
      if (named >= 0 && StartsClause(s, M(s, named).end)) named = -1;
      if (x.kind == MentionKind::kCountry && T(s, x.end - 1).Is(kLower) && last.size() > 3 && last.back() == 's' &&
          named >= 0 && (M(s, named).kind == MentionKind::kOrganization || M(s, named).kind == MentionKind::kPerson)) {
        items.pop_back();
        p = p + 1;
        continue;
      }
    }
    // "with Hamas negotiators and with ...": the body's people are the body
    if (x.kind == MentionKind::kOrganization || x.kind == MentionKind::kCountry)
      while (p < n && At(s, p) < 0 && T(s, p).Is(kWord) && T(s, p).Is(kLower) &&
             lex_.PhraseAt(S(s), p, kCountryNoun))
        p += lex_.PhraseAt(S(s), p, kCountryNoun);
    // ", particularly X and Y": a generic plural gives way to the list
    int q = p, len = 0;
    if (q < n && T(s, q).key == ","sv) ++q;
    if (IsElaboration(s, q, &len) && MentionStartingAt(s, q + len) >= 0) {
      if (GenericPlural(x)) items.pop_back();
      p = q + len;
      elaborated = true;
      continue;
    }
    // "A, a company registered in Armenia, and B": a description between
    // members
    if (int and_at = AfterDescription(s, p, prep); and_at > 0) {
      p = and_at + 1;
      if (prep && p + 1 < n && T(s, p).key == *prep) ++p;
      continue;
    }
    // "A, who chairs the Polish People's Party, Marshal of the Sejm B, and
    // C": a relative clause about a member, then the next titled member
    if (x.kind == MentionKind::kPerson && p + 3 < n && T(s, p).key == ","sv && T(s, p + 1).key == "who"sv) {
      int r = p + 2;
      while (r < n && r < p + 20 && T(s, r).key != ","sv && T(s, r).key != "."sv && T(s, r).key != ";"sv) {
        int m = MentionStartingAt(s, r);
        r = m >= 0 ? std::max(r + 1, M(s, m).end) : r + 1;
      }
      // (or a semicolon: "A, who travelled to Brasília ...; B, Minister of
      // ...; and C")
      int next = r + 1 < n && (T(s, r).key == ","sv || T(s, r).key == ";"sv) ? MentionStartingAt(s, r + 1) : -1;
      int after = next >= 0 ? M(s, next).end : n;
      // (the list goes on with "and": "..., B, co-leader of X, and C", not
      // "..., B, the government's liaison, told reporters")
      bool goes_on = after < n && (T(s, after).key == "and"sv ||
                                   ((T(s, after).key == ","sv || T(s, after).key == ";"sv) && after + 1 < n &&
                                    T(s, after + 1).key == "and"sv));
      if (next >= 0 && M(s, next).kind == MentionKind::kPerson && (M(s, next).titled || !M(s, next).role.empty()) &&
          goes_on)
        p = r;
    }
    // "received A, chief executive of the Norwegian tour operator B, in
    // Banjul": a lower-case office of a body describes the member; the
    // body is no member of its own
    // (the body's mention may take the office in: "chief executive of ...
    // Nordlys Reiser")
    // (or "A, the chief executive of Chilean state copper miner B, met")
    const int office_at = p + 2 < n && T(s, p + 1).key == "the"sv ? p + 2 : p + 1;
    if (office_at + 2 < n && T(s, p).key == ","sv && T(s, office_at).Is(kLower) &&
        ((Bits(s, office_at) & kTitleLower) || lex_.PhraseAt(S(s), office_at, kTitleLower)) &&
        x.kind == MentionKind::kPerson) {
      int q = p + 1;
      bool of = false;
      while (q < n && q < p + 14 && T(s, q).key != ","sv && !VerbLike(S(s), q, lex_)) {
        of = of || T(s, q).key == "of"sv;
        int m = At(s, q);
        if (m >= 0 && M(s, m).begin == q) {
          of = of || M(s, m).kind == MentionKind::kOrganization;
          q = M(s, m).end;
        } else {
          ++q;
        }
      }
      if (of && (q >= n || T(s, q).key == ","sv || T(s, q).key == "."sv)) {
        p = q;
        continue;
      }
    }
    // "A, Chairman of the Vietnamese section of the committee, and B": the
    // member's apposition ends in plain words its mention left out
    if (p < n && At(s, p) < 0 && T(s, p).Is(kWord) && T(s, p).Is(kLower) && !VerbLike(S(s), p, lex_)) {
      int q = p;
      while (q < n && q < p + 6 && At(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kLower) &&
             !VerbLike(S(s), q, lex_) && !(Bits(s, q) & (kCoordinator | kRelative | kSubordinator)))
        ++q;
      if (q > p && q + 2 < n && T(s, q).key == ","sv && T(s, q + 1).key == "and"sv) {
        int next = MentionStartingAt(s, q + 2);
        if (next >= 0 && (M(s, next).kind == MentionKind::kPerson || M(s, next).kind == MentionKind::kRole) &&
            (x.kind == MentionKind::kPerson || x.kind == MentionKind::kRole)) {
          p = q + 2;
          continue;
        }
      }
    }
    // "A of Mongolia (resident in Ankara), B of Portugal ...": a bracketed
    // remark after a member, then the list goes on
    if (p < n && T(s, p).key == "("sv) {
      int r = p + 1;
      while (r < n && r < p + 16 && T(s, r).key != ")"sv && T(s, r).key != "("sv) ++r;
      if (r + 1 < n && T(s, r).key == ")"sv && (T(s, r + 1).key == ","sv || T(s, r + 1).key == "and"sv)) p = r + 1;
    }
    // "attended the A Summit on Thursday afternoon and the B Summit": a day
    // between two gatherings
    if (slot == 'E')
      for (const DateMention& d : it_.dates[s]) {
        if (d.kind != DateMention::Kind::kDay || (d.begin != p && !(d.begin == p + 1 && T(s, p).key == "on"sv)))
          continue;
        int r = d.end;
        if (r < n && (T(s, r).key == "morning"sv || T(s, r).key == "afternoon"sv || T(s, r).key == "evening"sv)) ++r;
        int next = r + 1 < n && T(s, r).key == "and"sv ? MentionStartingAt(s, r + 1) : -1;
        // (not a new clause: "and the B Summit opened on Wednesday")
        int after = next >= 0 ? M(s, next).end : n;
        bool clause_next = after < n && (VerbLike(S(s), after, lex_) ||
                                         (T(s, after).key == ","sv && after + 1 < n &&
                                          (T(s, after + 1).key == "which"sv || T(s, after + 1).key == "that"sv)));
        if (next >= 0 && M(s, next).kind == MentionKind::kEvent && !clause_next) p = r;
        break;
      }
    q = SkipInserted(s, p);
    if (q > p && q < n && (T(s, q).key == "and"sv || T(s, q).key == "&"sv) && MentionStartingAt(s, q + 1) >= 0) {
      // "X, who could not attend, and the presidents exchanged views": a
      // new clause after the relative one
      if (StartsClause(s, M(s, MentionStartingAt(s, q + 1)).end)) break;
      p = q + 1;
      continue;
    }
    q = p;
    // (members after "namely:" may stand between semicolons)
    int first_at = M(s, items[0]).begin;
    // (or when a member's apposition has commas of its own: "General A,
    // Minister of Defence of X; General B, ...; and General C, ...")
    // (the member after the semicolon may be the first with one: "led by
    // A; B, First Deputy Minister of X; and C, ...")
    bool inner_comma = false;
    for (int j = M(s, items.back()).begin; j < M(s, items.back()).end && !inner_comma; ++j)
      inner_comma = T(s, j).key == ","sv;
    if (!inner_comma && q + 1 < n && T(s, q).key == ";"sv) {
      int next = MentionStartingAt(s, q + 1);
      for (int j = next >= 0 ? M(s, next).begin : n; next >= 0 && j < M(s, next).end && !inner_comma; ++j)
        inner_comma = T(s, j).key == ","sv;
    }
    // (or persons of their countries: "received A of India; B of Morocco;
    // and C of Norway", "India, A; Morocco, B")
    bool persons_between =
        M(s, items.back()).kind == MentionKind::kPerson && SemicolonMember(s, q, /*envoy_only=*/false) >= 0;
    bool semicolon = q < n && T(s, q).key == ";"sv &&
                     (elaborated || (first_at > 0 && T(s, first_at - 1).key == ":"sv) || inner_comma || persons_between);
    bool comma = q < n && (T(s, q).key == ","sv || semicolon);
    if (comma) ++q;
    bool joined = true;
    if (q < n && (T(s, q).key == "and"sv || T(s, q).key == "&"sv)) {
      ++q;
      // "met A and later B": one after the other (Separate() reads "later")
      if (slot != 'S' && q + 1 < n && (T(s, q).key == "later"sv || T(s, q).key == "then"sv) &&
          MentionStartingAt(s, q + 1) >= 0)
        ++q;
      // ("met A and, separately, B": the adverb between commas)
      // (only the adverbs that make the meetings separate, Separate())
      else if (slot != 'S' && q + 3 < n && T(s, q).key == ","sv &&
               (T(s, q + 1).key == "separately"sv || T(s, q + 1).key == "later"sv) && T(s, q + 2).key == ","sv &&
               MentionStartingAt(s, q + 3) >= 0)
        q += 3;
    } else if (q + 2 < n && T(s, q).key == "as"sv && T(s, q + 1).key == "well"sv && T(s, q + 2).key == "as"sv) {
      q += 3;
    } else {
      joined = false;
    }
    if (q == p) break;
    // "SOCAR and XRG, ADNOC's investment arm, signed": after "and" the list
    // is complete; a comma then opens an apposition
    if (!joined && closed) break;
    closed = closed || joined;
    if (prep && q < n && T(s, q).key == *prep) ++q;
    // ("A and, from the Egyptian side, B": the side of those named next)
    if (joined && q + 3 < n && T(s, q).key == ","sv &&
        (T(s, q + 1).key == "from"sv || T(s, q + 1).key == "on"sv || T(s, q + 1).key == "for"sv)) {
      int side = MentionStartingAt(s, q + 2);
      if (side >= 0 && M(s, side).kind == MentionKind::kCountry && T(s, M(s, side).end - 1).key == "side"sv &&
          M(s, side).end < n && T(s, M(s, side).end).key == ","sv)
        q = M(s, side).end + 1;
    }
    // ("A, acting Minister of Foreign Affairs B and C": a word before a
    // title that the title's mention leaves out, title_premodifier)
    if (q + 1 < n && MentionStartingAt(s, q) < 0 && T(s, q).Is(kLower) && MentionStartingAt(s, q + 1) >= 0) {
      const std::vector<std::string>& pre = lex_.patterns().Words("title_premodifier");
      const Mention& next = M(s, MentionStartingAt(s, q + 1));
      // (and "A and visiting Chinese Vice Foreign Minister B": the
      // participle stays out of the mention, for the visit it tells)
      if ((next.kind == MentionKind::kPerson || next.kind == MentionKind::kRole) &&
          (std::find(pre.begin(), pre.end(), T(s, q).key) != pre.end() || T(s, q).key == "visiting"sv))
        ++q;
    }
    // ("A and presidential adviser B": a lower-case title the mention of
    // the name leaves out, maybe with an adjective before it)
    for (int w = 1; w <= 2 && q + w < n; ++w) {
      int m = MentionStartingAt(s, q + w);
      if (m < 0 && At(s, q + w) >= 0) break;
      if (m < 0) continue;
      bool words = true;
      for (int j = q; j < q + w && words; ++j) words = At(s, j) < 0 && T(s, j).Is(kWord) && T(s, j).Is(kLower);
      if (words && M(s, m).kind == MentionKind::kPerson && M(s, m).name_begin == q + w &&
          (Bits(s, q + w - 1) & (kGenericPerson | kTitleLower)))
        q += w;
      break;
    }
    // ("A and Russian shipping executive B": a description before the name)
    // ("met with A and with executives of B, C and D": a body's people
    // after the list's "and" stand for the body, as they do first)
    if (joined && MentionStartingAt(s, q) < 0 && (slot == 'X' || slot == 'O')) {
      int r = q;
      if (r < n && T(s, r).key == "the"sv) ++r;
      if (r + 2 < n && At(s, r) < 0 && T(s, r).Is(kWord) && T(s, r).Is(kLower) && InClass(s, r, "body_people") &&
          T(s, r + 1).key == "of"sv) {
        int body = MentionStartingAt(s, r + 2);
        if (body >= 0 && (M(s, body).kind == MentionKind::kOrganization || M(s, body).kind == MentionKind::kCountry))
          q = r + 2;
      }
    }
    if (MentionStartingAt(s, q) < 0 && (slot == 'X' || slot == 'O')) q = DescribedName(s, q);
    // ("A, B and its owner, C")
    if (MentionStartingAt(s, q) < 0 && (slot == 'X' || slot == 'O')) q = DescribedHolder(s, q);
    if (MentionStartingAt(s, q) < 0) break;
    // "..., and the two presidents held talks": a new clause, not a member
    {
      const SentenceClauses& cl = it_.clauses[s];
      int cq = cl.of[q];
      // (members between semicolons: the clause reader cut at "; and")
      if (cq != cl.of[M(s, items[0]).begin] && cl.clauses[cq].begin >= p && cl.clauses[cq].begin <= q && !semicolon)
        break;
    }
    // "was received by X, the Armenian government said": the speaker is no
    // member
    if (!joined && !semicolon) {
      int next = MentionStartingAt(s, q);
      int after = M(s, next).end;
      if (after < n && T(s, after).Is(kWord) && (Bits(s, after) & kSpeechVerb)) break;
      // "sanctions five officials, Kobakhidze denounces": a new clause (a
      // member joined by a comma alone is followed by the list's next mark,
      // a preposition or the end: "Lavrov slams X, Yerevan hits back")
      // (unless the list opens the sentence with no verb before it: "A, B,
      // C hold talks" in a headline)
      bool opening = true;
      for (int j = 0; j < M(s, items[0]).begin && opening; ++j)
        opening = !(T(s, j).Is(kWord) && T(s, j).Is(kLower) && T(s, j).key != "the"sv);
      if (!opening && StartsClause(s, after)) break;
      if (!opening && after < n && T(s, after).Is(kWord) && T(s, after).Is(kLower) &&
          !(Bits(s, after) & (kPreposition | kCoordinator)) && T(s, after).key != "and"sv && T(s, after).key != "or"sv)
        break;
    }
    // "X, who ..." is not a list
    p = q;
  }
  if (items.empty()) return false;
  LeadersNamed(s, &items, &p);
  PersonsOfPlaces(s, &items, &p);
  // "Federal Councillor, Head of the Federal Department of Foreign Affairs
  // and OSCE Chairperson-in-Office Ignazio Cassis": titles without an
  // article before a titled name are one person's
  if (items.size() >= 2) {
    const Mention& last = M(s, items.back());
    bool chain = last.kind == MentionKind::kPerson && last.name_begin > last.begin && T(s, last.begin).Is(kCap);
    for (std::size_t i = 0; chain && i + 1 < items.size(); ++i) {
      const Mention& r = M(s, items[i]);
      chain = r.kind == MentionKind::kRole && T(s, r.begin).Is(kCap) && !(Bits(s, r.begin) & kFunction);
    }
    if (chain) items.erase(items.begin(), items.end() - 1);
  }
  if (slot == 'P' && !M(s, items[0]).possessive) return false;
  // "held meetings with A at the Ministry of Defence and with B at the Air
  // Headquarters": a second "with" after the first one's place
  if (slot == 'X' && prep && *prep == "with" && p < n && (T(s, p).key == "at"sv || T(s, p).key == "in"sv)) {
    int q = p + 1;
    while (q < n && q < p + 9 && T(s, q).key != "and"sv && T(s, q).key != ","sv && T(s, q).key != "."sv) {
      int m = MentionStartingAt(s, q);
      q = m >= 0 ? M(s, m).end : q + 1;
    }
    if (q + 2 < n && T(s, q).key == "and"sv && T(s, q + 1).key == "with"sv) {
      int m = MentionStartingAt(s, q + 2);
      if (m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole)) {
        items.push_back(m);
        p = M(s, m).end;
      }
    }
  }
  // "commended Ghana for its reforms and Kenya for its growth": a second
  // object with its own reason
  if (slot == 'O' && p + 3 < n && T(s, p).key == "for"sv) {
    for (int q = p + 1; q + 2 < n && q < p + 10; ++q) {
      if (At(s, q) >= 0 || T(s, q).key == ","sv || T(s, q).key == "."sv) break;
      if (T(s, q).key != "and"sv) continue;
      int m = MentionStartingAt(s, q + 1);
      // (its reason runs to the end of the clause with no verb: not "and
      // Iran for its part said ...")
      bool reason = m >= 0 && M(s, m).end < n && T(s, M(s, m).end).key == "for"sv;
      for (int j = reason ? M(s, m).end + 1 : n; j < n && reason; ++j) {
        if (T(s, j).key == ","sv || T(s, j).key == "."sv || T(s, j).key == ";"sv) break;
        if (At(s, j) >= 0 || VerbLike(S(s), j, lex_) || (Bits(s, j) & (kVerb | kSpeechVerb))) reason = false;
      }
      if (reason && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kCountry ||
                     M(s, m).kind == MentionKind::kOrganization)) {
        items.push_back(m);
        p = M(s, m).end;
      }
      break;
    }
  }
  // "held talks with A and, separately, with B": a second "with" over an
  // adverb between commas
  if (slot == 'X' && prep && *prep == "with" && p + 3 < n && T(s, p).key == "and"sv) {
    int q = p + 1;
    if (T(s, q).key == ","sv) ++q;
    if (InClass(s, q, "sequence_adverb")) {
      ++q;
      if (q < n && T(s, q).key == ","sv) ++q;
      int m = q + 1 < n && T(s, q).key == "with"sv ? MentionStartingAt(s, q + 1) : -1;
      // (not one present at the next act: "and later, with X present, signed")
      bool present = m >= 0 && M(s, m).end < n &&
                     (T(s, M(s, m).end).key == "present"sv || T(s, M(s, m).end).key == "attending"sv ||
                      T(s, M(s, m).end).key == "in"sv);
      if (m >= 0 && !present && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole)) {
        items.push_back(m);
        p = M(s, m).end;
      }
    }
  }
  // "held meetings with A, with whom he discussed ..., as well as with B":
  // the list goes on after the relative clause about its member
  if (slot == 'X' && prep && *prep == "with" && p + 2 < n && T(s, p).key == ","sv &&
      ((T(s, p + 1).key == "with"sv && T(s, p + 2).key == "whom"sv) || T(s, p + 1).key == "who"sv)) {
    for (int q = p + 3; q + 1 < n && q < p + 40; ++q) {
      std::string_view w = T(s, q).key;
      if (w == ";"sv || w == "."sv || w == "\""sv || T(s, q).Is(kQuoteOpen)) break;
      int with = -1;
      if (w == ","sv && q + 4 < n && T(s, q + 1).key == "as"sv && T(s, q + 2).key == "well"sv &&
          T(s, q + 3).key == "as"sv && T(s, q + 4).key == "with"sv)
        with = q + 4;
      else if (w == ","sv && q + 2 < n && T(s, q + 1).key == "and"sv && T(s, q + 2).key == "with"sv)
        with = q + 2;
      if (with < 0) continue;
      int m = MentionStartingAt(s, with + 1);
      if (m >= 0 && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole)) {
        items.push_back(m);
        p = M(s, m).end;
      }
      break;
    }
  }
  // "added three companies, among them X, to its list": the comma that
  // closes the elaboration belongs to it
  // (so does the comma that closes an apposition: "barred X and its
  // director, Y, from the market")
  bool apposed = false;
  if (!items.empty() && M(s, items.back()).end == p)
    for (int j = M(s, items.back()).begin; j < p && !apposed; ++j) apposed = T(s, j).key == ","sv;
  // (and the dash that closes a list after a dash: "three banks - A, B and
  // C - from")
  if ((elaborated || apposed || dashed) && p + 1 < n && (T(s, p).key == ","sv || (dashed && T(s, p).Is(kDash))) &&
      T(s, p + 1).Is(kWord) && (Bits(s, p + 1) & kPreposition))
    ++p;
  out->mentions = std::move(items);
  out->end = p;
  Use use = slot == 'S' ? Use::kSubject : Use::kObject;
  // (an object is not the subject; a possessor may be: "A and B signed
  // ..., on the first day of the Norwegian minister's visit")
  if (use == Use::kObject && slot != 'P') exclude_ = *current_subject_;
  bool has_org = false;
  for (int m : out->mentions) has_org = has_org || M(s, m).kind == MentionKind::kOrganization;
  list_so_far_ = &out->ids;
  for (int m : out->mentions) {
    std::vector<std::string> ids = Resolve(s, m, use);
    // "SOCAR and Uzbekneftegaz signed": a lone unknown word beside an
    // organisation is one too
    if (ids.empty() && has_org && M(s, m).tentative) {
      std::string id = reg_.Named(ActorKind::kOrganization, M(s, m).name, "", "");
      ids.push_back(id);
    }
    AddUniqueAll(&out->ids, std::move(ids));
  }
  list_so_far_ = nullptr;
  exclude_.clear();
  return !out->ids.empty();
}

// "his counterparts from Athens and Bucharest, Haris Doukas and Ciprian
// Ciucu": after "counterparts from", two or more places (countries or
// capitals), a comma, then as many persons as places. Sets out->ids to the
// persons and *end after them; else false.
bool ItemProcessor::CounterpartsNamed(int s, int p, Fill* out, int* end) {
  const int n = NTok(s);
  auto place = [&](int j) {
    int m = j < n ? MentionStartingAt(s, j) : -1;
    return m >= 0 && M(s, m).end > j &&
                   (M(s, m).kind == MentionKind::kCountry || M(s, m).kind == MentionKind::kCapital)
               ? m
               : -1;
  };
  auto person = [&](int j) {
    int m = j < n ? MentionStartingAt(s, j) : -1;
    return m >= 0 && M(s, m).end > j && M(s, m).kind == MentionKind::kPerson ? m : -1;
  };
  // mentions that `fits` accepts, joined by commas and "and", from `j`:
  // appended to *found; returns the token after the last
  auto series = [&](int j, auto fits, std::vector<int>* found) {
    for (int m = fits(j); m >= 0; m = fits(j)) {
      found->push_back(m);
      j = M(s, m).end;
      int next = j;
      if (next < n && T(s, next).key == ","sv) ++next;
      if (next < n && T(s, next).key == "and"sv) ++next;
      if (next == j || fits(next) < 0) break;
      j = next;
    }
    return j;
  };
  std::vector<int> place_mentions, persons;
  int q = series(p, place, &place_mentions);
  const int places = static_cast<int>(place_mentions.size());
  if (places < 2 || q + 1 >= n || T(s, q).key != ","sv) return false;
  // the persons, as many as the places
  int r = series(q + 1, person, &persons);
  if (static_cast<int>(persons.size()) != places) return false;
  std::vector<std::string> ids;
  for (int m : persons)
    for (const std::string& id : Resolve(s, m, Use::kObject)) AddUnique(&ids, id);
  if (ids.size() != persons.size()) return false;
  out->ids = std::move(ids);
  *end = r;
  return true;
}

// "his Turkish and Georgian counterparts, Hakan Fidan and Maka
// Botchorishvili", "Qatar's Minister of State at the Ministry of Foreign
// Affairs, Mohammed Al-Khulaifi": a role named, then the persons who hold it.
// Replaces the one role in `items` by them; returns the token after them.
// "Leaders of the parties A and B, X and Y, met": the leaders named after
// the bodies (as many as there are bodies) are the list.
void ItemProcessor::LeadersNamed(int s, std::vector<int>* items, int* p) {
  int n = NTok(s);
  int b = M(s, (*items)[0]).begin;
  while (b > 0 && At(s, b - 1) < 0 && T(s, b - 1).Is(kLower) && T(s, b - 1).key != "of"sv) --b;
  if (b < 2 || T(s, b - 1).key != "of"sv) return;
  // the leading plural: "leaders", "heads", "chairmen", or a plural title
  // ("the mayors of Accra and Dakar, X and Y"), perhaps with its own "of"
  // ("the chiefs of defence staff of Ghana, Togo and Benin, X, Y and Z")
  auto leading = [&](int j) {
    std::string_view w = T(s, j).key;
    if (w == "leaders"sv || w == "heads"sv || w == "chairmen"sv || w == "chairs"sv) return true;
    return w.size() > 3 && w.back() == 's' &&
           (At(s, j) < 0 || M(s, At(s, j)).kind == MentionKind::kFramePersons) && TitleNoun(std::string(w));
  };
  bool led = leading(b - 2);
  for (int j = b - 3; !led && j >= 1 && j >= b - 5 && At(s, j) < 0 && T(s, j).Is(kLower); --j)
    led = T(s, j).key == "of"sv && leading(j - 1);
  if (!led) return;
  int q = *p;
  if (q >= n || T(s, q).key != ","sv) return;
  std::vector<int> persons;
  ++q;
  while (q < n) {
    int m = MentionStartingAt(s, q);
    if (m < 0 || M(s, m).kind != MentionKind::kPerson) break;
    persons.push_back(m);
    q = M(s, m).end;
    if (q < n && (T(s, q).key == "and"sv || T(s, q).key == ","sv) && q + 1 < n && MentionStartingAt(s, q + 1) >= 0 &&
        M(s, MentionStartingAt(s, q + 1)).kind == MentionKind::kPerson) {
      ++q;
      continue;
    }
    break;
  }
  if (persons.size() != items->size()) return;
  *items = persons;
  *p = q;
}

// "the ambassadors of Brazil, A, of Indonesia, B, and of Kenya, C": after a
// person named behind "of <country>,", more such pairs go on the list.
void ItemProcessor::PersonsOfPlaces(int s, std::vector<int>* items, int* p) {
  const int n = NTok(s);
  const Mention& last = M(s, items->back());
  if (last.kind != MentionKind::kPerson || last.begin < 3 || T(s, last.begin - 1).key != ","sv) return;
  auto place = [&](int j) {
    int m = j >= 0 && j < n ? At(s, j) : -1;
    return m >= 0 && (M(s, m).kind == MentionKind::kCountry || M(s, m).kind == MentionKind::kCapital) ? m : -1;
  };
  // (the place before the comma: a mention of its own, or the end of a
  // group's "ambassadors of Brazil")
  int before = At(s, last.begin - 2);
  int first_place = place(last.begin - 2);
  bool of_place = first_place >= 0 ? M(s, first_place).begin > 0 && T(s, M(s, first_place).begin - 1).key == "of"sv
                                   : before >= 0 && M(s, before).kind == MentionKind::kGroup &&
                                         M(s, before).country != nullptr;
  if (!of_place) return;
  int q = *p;
  while (q + 4 < n && T(s, q).key == ","sv) {
    int j = q + 1;
    if (T(s, j).key == "and"sv) ++j;
    if (T(s, j).key != "of"sv) break;
    int c = place(j + 1);
    if (c < 0 || M(s, c).begin != j + 1) break;
    int comma = M(s, c).end;
    if (comma + 1 >= n || T(s, comma).key != ","sv) break;
    int m = MentionStartingAt(s, comma + 1);
    if (m < 0 || M(s, m).kind != MentionKind::kPerson) break;
    items->push_back(m);
    q = M(s, m).end;
  }
  *p = q;
}

// At the comma p after a list member: ", a company registered in Armenia,
// and" or ", based in Georgia, and" before another member gives the "and";
// ", described as its financier, B, and C" gives the comma before B; else 0.
int ItemProcessor::AfterDescription(int s, int p, const std::string* prep) const {
  const int n = NTok(s);
  if (p + 3 >= n || T(s, p).key != ","sv || At(s, p + 1) >= 0 || !T(s, p + 1).Is(kLower)) return 0;
  std::string_view first = T(s, p + 1).key;
  bool participle = reader::PastParticipleForm(first);
  if (first != "a"sv && first != "an"sv && !participle) return 0;
  bool inner_body = false;
  for (int q = p + 2; q < n && q < p + 10; ++q) {
    if (T(s, q).key == ","sv) {
      // ("on A, a company registered in Panama, and on its director, B":
      // the preposition said again)
      if (q + 3 < n && T(s, q + 1).key == "and"sv && prep && T(s, q + 2).key == *prep)
        return q + 1;
      if (!inner_body && q + 2 < n && T(s, q + 1).key == "and"sv && MentionStartingAt(s, q + 2) >= 0) return q + 1;
      // ("A, described as the network's financier, B, and C": the next
      // member right after the comma, when the list goes on after it)
      int next = participle ? MentionStartingAt(s, q + 1) : -1;
      if (next < 0 || M(s, next).tentative) return 0;
      int after = M(s, next).end;
      if (after < n && T(s, after).key == ","sv) ++after;
      return after + 1 < n && T(s, after).key == "and"sv && MentionStartingAt(s, after + 1) >= 0 ? q : 0;
    }
    int m = At(s, q);
    if (m >= 0) {
      MentionKind kind = M(s, m).kind;
      // (a body inside a participle's description: "described as a
      // coordinator for the group")
      if (kind != MentionKind::kCountry && kind != MentionKind::kCapital) {
        if (!participle || kind == MentionKind::kPerson || kind == MentionKind::kRole) return 0;
        inner_body = true;
      }
      q = M(s, m).end - 1;
      continue;
    }
    // (words of the description: "an Armenian company", "registered in",
    // "described as")
    std::string_view w = T(s, q).key;
    if (participle && q == p + 2 && w == "as"sv) continue;
    bool participle_word = reader::PastParticipleForm(w);
    if (!T(s, q).Is(kWord) || (VerbLike(S(s), q, lex_) && !participle_word) ||
        (Bits(s, q) & (kCoordinator | kRelative | kSubordinator)))
      return 0;
  }
  return 0;
}

int ItemProcessor::DescribedHolder(int s, int p) const {
  const int n = NTok(s);
  if (p + 3 >= n || MentionStartingAt(s, p) >= 0) return p;
  std::string_view w = T(s, p).key;
  if (!(w == "the"sv || w == "its"sv || w == "his"sv || w == "her"sv || w == "their"sv)) return p;
  int q = p + 1;
  // ("the Chinese automaker's senior vice-president in Brazil, X": a
  // demonym among the words)
  while (q < n && q < p + 6 && At(s, q) < 0 && (T(s, q).Is(kLower) || T(s, q).Is(kPossessive) || LoneDemonym(s, q)) &&
         !(Bits(s, q) & kTitleLower))
    ++q;
  if (q + 2 >= n || At(s, q) >= 0 || !(Bits(s, q) & kTitleLower)) return p;
  // ("the chair of the farmers' caucus, X": what the office is of; "in
  // Brazil": where)
  ++q;
  if (T(s, q).key == "of"sv)
    for (int end = q + 6; q < n && q < end && At(s, q) < 0 && (T(s, q).Is(kLower) || T(s, q).Is(kPossessive)) &&
                          !VerbLike(S(s), q, lex_) && !(Bits(s, q) & (kCoordinator | kRelative));)
      ++q;
  else if ((T(s, q).key == "in"sv || T(s, q).key == "at"sv) && q + 1 < n && MentionStartingAt(s, q + 1) >= 0 &&
           (M(s, MentionStartingAt(s, q + 1)).kind == MentionKind::kCountry ||
            M(s, MentionStartingAt(s, q + 1)).kind == MentionKind::kCapital))
    q = M(s, MentionStartingAt(s, q + 1)).end;
  if (q + 1 >= n || T(s, q).key != ","sv) return p;
  int m = MentionStartingAt(s, q + 1);
  if (m < 0 || M(s, m).kind != MentionKind::kPerson) return p;
  if (!M(s, m).titled && M(s, m).name_end - M(s, m).name_begin < 2) return p;
  return q + 1;
}

int ItemProcessor::DescribedName(int s, int p) const {
  const int n = NTok(s);
  int q = p;
  if (q < n && (T(s, q).key == "the"sv || T(s, q).key == "a"sv || T(s, q).key == "an"sv)) ++q;
  int words = 0, common = 0;
  while (q < n && words < 4 && At(s, q) < 0 && T(s, q).Is(kWord)) {
    bool place_adjective = lex_.PlaceAdjective(T(s, q));
    bool demonym = LoneDemonym(s, q);
    if (!place_adjective && !demonym && !T(s, q).Is(kLower)) break;
    if (T(s, q).Is(kLower) &&
        (VerbLike(S(s), q, lex_) || (Bits(s, q) & (kFunction | kPreposition | kCoordinator | kRelative |
                                                    kSubordinator | kTitleLower | kPersonGroup | kCountryNoun))))
      return p;
    if (T(s, q).Is(kLower)) ++common;
    ++words;
    ++q;
  }
  int m = MentionStartingAt(s, q);
  if (common == 0 || m < 0 || !T(s, q - 1).Is(kLower)) return p;
  const Mention& x = M(s, m);
  bool named = (x.kind == MentionKind::kOrganization || x.kind == MentionKind::kPerson) && x.name_begin == x.begin &&
               !x.tentative && !x.possessive;
  return named ? q : p;
}

int ItemProcessor::Apposition(int s, int p, std::vector<int>* items) {
  const int n = NTok(s);
  const Mention& x = M(s, (*items)[0]);
  bool by_country = x.kind == MentionKind::kGroup && x.by_country && x.members.empty();
  if (x.kind != MentionKind::kRole && x.kind != MentionKind::kCountryList && !by_country) return p;
  int q = p;
  for (int words = 0; q < n && words < 8 && !VerbLike(S(s), q, lex_) &&
                      !(Bits(s, q) & (kCoordinator | kRelative | kSubordinator));
       ++words) {
    // ("Slovakia's ambassador to Baku, Zuzana Kováčová": the post's place)
    int place = At(s, q);
    if (place >= 0 && M(s, place).begin == q && q > p && (T(s, q - 1).key == "to"sv || T(s, q - 1).key == "in"sv) &&
        (M(s, place).kind == MentionKind::kCapital || M(s, place).kind == MentionKind::kCountry)) {
      q = M(s, place).end;
      continue;
    }
    if (place >= 0 || !T(s, q).Is(kWord)) break;
    ++q;
  }
  if (q + 1 >= n || T(s, q).key != ","sv) return p;
  // ("the Azerbaijani and Uzbek railway companies, ADY and Uzbekistan
  // Railways": the bodies of the countries, named)
  const bool bodies = x.kind == MentionKind::kCountryList;
  std::vector<int> persons;
  int r = q + 1;
  while (r < n) {
    int m = MentionStartingAt(s, r);
    if (m < 0 || M(s, m).tentative ||
        !(M(s, m).kind == MentionKind::kPerson || (bodies && M(s, m).kind == MentionKind::kOrganization)))
      break;
    persons.push_back(m);
    r = M(s, m).end;
    int next = r;
    if (next < n && T(s, next).key == ","sv) ++next;
    if (next < n && T(s, next).key == "and"sv) ++next;
    if (next == r || MentionStartingAt(s, next) < 0) break;
    r = next;
  }
  std::size_t wanted = x.kind == MentionKind::kRole ? 1 : x.countries.size();
  if (persons.empty() || persons.size() != wanted) return p;
  // "the foreign ministers of A and B, X and Y": X holds the office in A
  if (by_country)
    for (std::size_t i = 0; i < persons.size(); ++i) {
      const std::string& id = PersonId(s, M(s, persons[i]));
      if (id.empty()) continue;
      if (const Actor* a = reg_.Find(id); a && a->role.empty())
        reg_.SetRole(id, x.office + " of " + x.countries[i]->actor.name);
      if (const Actor* a = reg_.Find(id); a && a->country.empty()) reg_.SetCountry(id, x.countries[i]->actor.id);
    }
  *items = persons;
  return r;
}

// "criticized the decision", "rejected the statement", "condemned the
// resolution adopted by X": the act's author.
int ItemProcessor::ActAnaphor(int s, int p, std::vector<std::string>* ids) {
  int n = NTok(s);
  // ("condemned a resolution adopted by X": an indefinite act names its
  // author too)
  bool indefinite = p < n && (T(s, p).key == "a"sv || T(s, p).key == "an"sv);
  // ("these accusations", "such statements": words said before)
  bool demonstrative = p < n && (T(s, p).key == "these"sv || T(s, p).key == "this"sv || T(s, p).key == "such"sv);
  bool possessive_pronoun = p < n && (T(s, p).key == "his"sv || T(s, p).key == "her"sv);
  if (p + 1 >= n || (T(s, p).key != "the"sv && !indefinite && !demonstrative && !possessive_pronoun) ||
      !T(s, p + 1).Is(kWord))
    return -1;
  // "the new sanctions announced by X"
  int q = p + 1;
  std::string_view adjective = T(s, q).key;
  if (q + 1 < n && (adjective == "new"sv || adjective == "latest"sv || adjective == "additional"sv ||
                    adjective == "further"sv || adjective == "fresh"sv))
    ++q;
  std::string noun(T(s, q).key);
  static const std::vector<std::string> kActs = {"decision", "move",     "step",      "steps",
                                                 "measure",  "measures", "criticism", "condemnation",
                                                 "sanctions", "restrictions", "listings", "listing",
                                                 "designations", "expulsion", "ban"};
  // "condemned the attack by M23 rebels": an act of force is its author's
  // only when the phrase names one (no act found earlier is "the attack")
  static const std::vector<std::string> kForce = {"attack",  "attacks", "strike",  "strikes", "shelling",
                                                  "bombing", "assault", "raid",    "killing", "killings",
                                                  "invasion", "incursion", "provocation", "storming", "incursions"};
  static const std::vector<std::string> kWords = {"statement", "statements", "remarks", "report", "comments",
                                                  "claims", "article", "allegations", "accusations",
                                                  "resolution", "document", "declaration", "post", "words",
                                                  "motion", "bill", "ruling", "verdict", "proposal", "amendments",
                                                  "claim", "accusation", "allegation", "comment", "remark"};
  bool act = Contains(kActs, noun), said = Contains(kWords, noun), force = Contains(kForce, noun);
  // ("the unilateral restrictive measures": up to two adjectives before a
  // penalty)
  static const std::vector<std::string> kPenalties = {"measures", "measure", "sanctions", "restrictions",
                                                      "listings", "listing", "designations", "ban", "expulsion"};
  for (int more = 1; more <= 2 && !act && !said && !force && q + more < n; ++more) {
    if (!T(s, q + more - 1).Is(kLower) || At(s, q + more - 1) >= 0) break;
    if (Contains(kPenalties, std::string(T(s, q + more).key))) {
      q += more;
      noun = std::string(T(s, q).key);
      act = true;
    }
  }
  if (!act && !said && !force) return -1;
  // "dismissed his remarks as baseless": the person named last who is not
  // the one dismissing
  if (possessive_pronoun) {
    if (!said && !act) return -1;
    for (auto it = mentioned_.rbegin(); it != mentioned_.rend(); ++it)
      if (!Contains(*current_subject_, *it)) {
        ids->push_back(*it);
        return q + 1;
      }
    return -1;
  }
  // "the decision of the Lithuanian authorities", "the statements of deputy
  // X": the act's author is named after "of"
  if (q + 2 < n && T(s, q + 1).key == "of"sv && (act || said)) {
    int m = MentionStartingAt(s, q + 2);
    if (m >= 0 && M(s, m).kind != MentionKind::kEvent && M(s, m).kind != MentionKind::kEventAnaphor) {
      std::vector<std::string> authors = Resolve(s, m, Use::kObject);
      if (!authors.empty()) {
        *ids = authors;
        return M(s, m).end;
      }
    }
  }
  // (an act of force says what it struck first: "the storming of the
  // compound ... by X")
  if (q + 1 < n && (T(s, q + 1).key == "of"sv || T(s, q + 1).Is(kPossessive)) && !force) return -1;
  // "... adopted the day before by X" (an act of force may name its place
  // first: "the storming of the compound in occupied East Jerusalem by X")
  for (int j = q + 1; j < n && j < p + (force ? 16 : 9); ++j) {
    if (T(s, j).key == ","sv || T(s, j).key == "."sv) break;
    if (T(s, j).key == "by"sv) {
      int m = MentionStartingAt(s, j + 1);
      if (m < 0) break;
      *ids = Resolve(s, m, Use::kObject);
      if (force && !ids->empty()) force_author_ = *ids;
      return M(s, m).end;
    }
  }
  // ("condemned the attack carried out by M23 rebels ... X also condemned
  // the attack": the act of force the item named with its author)
  if (force && !indefinite && T(s, p).key == "the"sv && !force_author_.empty()) {
    for (const std::string& id : force_author_)
      if (!Contains(*current_subject_, id)) ids->push_back(id);
    if (!ids->empty()) return q + 1;
  }
  if (indefinite || force) return -1;  // no author named: "a decision" points back to none
  if (act) {
    // ("described the restrictive measures as counterproductive": the
    // sanction's author, before anyone a later accusation names)
    if (Contains(kPenalties, noun))
      for (auto it = found_.rbegin(); it != found_.rend(); ++it)
        if (it->type == InteractionType::kSanction && !Contains(*current_subject_, it->source)) {
          ids->push_back(it->source);
          return q + 1;
        }
    for (auto it = found_.rbegin(); it != found_.rend(); ++it) {
      if (IsContact(it->type)) continue;
      // ("A suspended B, accusing it of bias. X condemned the decision":
      // the accusation that came with a sanction is not the act; the
      // sanction is)
      if (it->type == InteractionType::kCriticism &&
          std::any_of(found_.begin(), found_.end(), [&](const Found& f) {
            return f.type == InteractionType::kSanction && f.evidence.sentence == it->evidence.sentence;
          }))
        continue;
      // "X condemned the installation of fences by Y. Z condemned the move
      // too": the act is the one X condemned, Y's
      if (it->type == InteractionType::kCriticism && noun != "criticism" && noun != "condemnation" &&
          !Contains(*current_subject_, it->target) && !SameCountry(it->target, *current_subject_)) {
        const Actor* a = reg_.Find(it->target);
        if (a && a->kind != ActorKind::kPerson) {
          ids->push_back(it->target);
          return q + 1;
        }
      }
      if (!Contains(*current_subject_, it->source)) {
        ids->push_back(it->source);
        return q + 1;
      }
    }
  }
  // "criticized the report": a written document is the one whose author
  // the item named ("adopted its report"), not the words quoted last
  static const std::vector<std::string> kDocuments = {"report", "resolution", "document", "declaration", "article",
                                                      "bill", "motion", "ruling", "verdict"};
  if (said && Contains(kDocuments, noun) && !author_.empty() && !Contains(*current_subject_, author_) &&
      !OneSide(author_, *current_subject_)) {
    ids->push_back(author_);
    return q + 1;
  }
  // "rejected the accusations as baseless": the one the item reported
  // accusing the subject or the subject's country
  static const std::vector<std::string> kAccusations = {"accusations", "accusation", "allegations", "allegation",
                                                        "claims", "claim", "charges"};
  if (Contains(kAccusations, noun)) {
    std::vector<std::string> accused = *current_subject_;
    for (const std::string& id : *current_subject_)
      if (const Actor* a = reg_.Find(id); a && a->kind == ActorKind::kPerson) {
        std::string country = PersonCountry(id);
        if (!country.empty()) AddUnique(&accused, country);
      }
    std::string who = Accuser(accused);
    if (!who.empty() && !Contains(*current_subject_, who)) {
      ids->push_back(who);
      return q + 1;
    }
  }
  // "welcomed the remarks": the words quoted last, when someone else said them
  if (said) {
    for (int s2 = s; s2 >= 0; --s2) {
      int quote = -1;
      for (int j = s2 == s ? p - 1 : NTok(s2) - 1; j >= 0 && quote < 0; --j) quote = S(s2).quote[j];
      if (quote < 0) continue;
      std::string who = QuoteSpeaker(quote);
      if (who.empty()) break;  // (a quote whose speaker is unknown: no guess past it)
      if (!Contains(*current_subject_, who) && !OneSide(who, *current_subject_)) {
        ids->push_back(who);
        return q + 1;
      }
      break;
    }
  }
  for (auto it = agents_.rbegin(); it != agents_.rend(); ++it) {
    if (Contains(*current_subject_, *it) || OneSide(*it, *current_subject_)) continue;
    ids->push_back(*it);
    return q + 1;
  }
  return q + 1;
}

bool ItemProcessor::OneSide(const std::string& id, const std::vector<std::string>& others) const {
  if (!SameCountry(id, others)) return false;
  // two persons of one country answer each other in its politics ("the
  // party's spokesperson rejected the remarks" of the opposition leader);
  // a country or one of its bodies speaks for all of its people
  auto person = [&](const std::string& x) {
    const Actor* a = reg_.Find(x);
    return a && a->kind == ActorKind::kPerson;
  };
  if (!person(id)) return true;
  for (const std::string& o : others)
    if (!person(o)) return true;
  return false;
}

bool ItemProcessor::SameCountry(const std::string& id, const std::vector<std::string>& others) const {
  const Actor* a = reg_.Find(id);
  if (!a) return false;
  std::string ca = a->kind == ActorKind::kCountry ? a->id : a->country;
  if (ca.empty()) return false;
  for (const std::string& o : others) {
    const Actor* b = reg_.Find(o);
    if (!b) continue;
    std::string cb = b->kind == ActorKind::kCountry ? b->id : b->country;
    if (cb == ca) return true;
  }
  return false;
}

bool ItemProcessor::GenericPlural(const Mention& x) const {
  if (x.kind == MentionKind::kGroup && x.members.empty()) return true;
  if (x.kind == MentionKind::kOrganization && !x.entry) {
    const std::string& n = x.name;
    return !n.empty() && n.back() == 's';
  }
  return false;
}

// The destination of a visit: a country, a capital, a known place.
bool ItemProcessor::ParseDestination(int s, int k, Fill* out) {
  int n = NTok(s);
  if (k >= n) return false;
  // "a working visit to Lyon, France": a place of one to three words, a
  // comma, and its country
  {
    int c = k;
    while (c < n && c < k + 3 && T(s, c).Is(kCap) && T(s, c).Is(kWord) && MentionStartingAt(s, c) < 0) ++c;
    int m = c > k && c + 1 < n && T(s, c).key == ","sv ? MentionStartingAt(s, c + 1) : -1;
    // (and ends the phrase: not "During X's visit to Gdansk, Germany and
    // Poland signed")
    int after = m >= 0 ? M(s, m).end : n;
    bool ends = after >= n || T(s, after).key == ","sv || T(s, after).key == "."sv || T(s, after).key == ";"sv ||
                (Bits(s, after) & kPreposition);
    if (m >= 0 && M(s, m).kind == MentionKind::kCountry && M(s, m).entry && !M(s, m).possessive && ends) {
      out->ids.push_back(reg_.FromDictionary(M(s, m).entry));
      out->place = S(s).Span(k, c);
      out->end = M(s, m).end;
      out->capital = true;  // the country is written, not looked up
      return true;
    }
  }
  if (PlaceAt(s, k, out)) return true;
  // "who is on a visit to our country": the digest's own country, in its
  // own words (in a quote "our country" is the speaker's)
  if (doc_->home && k + 1 < n && T(s, k).key == "our"sv && T(s, k + 1).key == "country"sv && S(s).quote[k] < 0) {
    out->ids.push_back(reg_.FromDictionary(doc_->home));
    out->end = k + 2;
    return true;
  }
  // "who is visiting the Kingdom": the country of that form named before,
  // else the digest's host
  if (const DictionaryEntry* c = StateFormCountry(s, k)) {
    out->ids.push_back(reg_.FromDictionary(c));
    out->end = k + 2;
    return true;
  }
  int m = MentionStartingAt(s, k);
  if (m >= 0) {
    const Mention& x = M(s, m);
    if ((x.kind == MentionKind::kCountry || x.kind == MentionKind::kCapital) && x.entry) {
      out->ids.push_back(reg_.FromDictionary(x.entry));
      if (x.kind == MentionKind::kCapital) out->place = S(s).Span(x.name_begin, x.name_end);
      out->capital = x.kind == MentionKind::kCapital;
      out->end = x.end;
      return true;
    }
    return false;
  }
  // "the Kazakh city of Turkistan"
  {
    int j = k;
    if (j < n && T(s, j).key == "the"sv) ++j;
    DictHit h = j < n ? lex_.DictAt(S(s).tokens, j) : DictHit();
    // "arrived in the Emirati capital": the country
    if (h.length && h.form == FormKind::kDemonym && j + h.length < n && T(s, j + h.length).key == "capital"sv &&
        !(j + h.length + 1 < n && T(s, j + h.length + 1).key == "of"sv)) {
      out->ids.push_back(reg_.FromDictionary(h.entry));
      out->end = j + h.length + 1;
      out->capital = true;
      return true;
    }
    if (h.length && h.form == FormKind::kDemonym && j + h.length + 2 < n) {
      int noun = j + h.length;
      std::string_view w = T(s, noun).key;
      if ((w == "city"sv || w == "town"sv || w == "capital"sv || w == "region"sv || w == "province"sv || w == "port"sv ||
           w == "village"sv || w == "resort"sv) &&
          T(s, noun + 1).key == "of"sv && T(s, noun + 2).Is(kCap)) {
        out->ids.push_back(reg_.FromDictionary(h.entry));
        out->place = S(s).Span(noun + 2, noun + 3);
        out->end = noun + 3;
        out->capital = true;  // the country is written, not looked up
        return true;
      }
    }
  }
  // "(the) Odesa region of Ukraine", "Kostanay oblast of Kazakhstan": the
  // country, the place named
  {
    int j = k;
    if (j < n && T(s, j).key == "the"sv) ++j;
    int c = j;
    while (c < n && c < j + 3 && T(s, c).Is(kCap) && MentionStartingAt(s, c) < 0) ++c;
    if (c > j && c + 2 < n && T(s, c + 1).key == "of"sv) {
      std::string_view w = T(s, c).key;
      int m = MentionStartingAt(s, c + 2);
      if ((w == "region"sv || w == "province"sv || w == "oblast"sv || w == "district"sv || w == "city"sv ||
           w == "county"sv) &&
          m >= 0 && M(s, m).kind == MentionKind::kCountry && M(s, m).entry) {
        out->ids.push_back(reg_.FromDictionary(M(s, m).entry));
        out->place = S(s).Span(j, c);
        out->end = M(s, m).end;
        out->capital = true;  // the country is written, not looked up
        return true;
      }
    }
  }
  // "arrived in the kingdom": the country the item last named, not the
  // traveller's own
  if (k + 1 < n && T(s, k).key == "the"sv) {
    std::string_view w = T(s, k + 1).key;
    if (w == "kingdom"sv || w == "country"sv || w == "republic"sv || w == "emirate"sv || w == "sultanate"sv) {
      const DictionaryEntry* country = CountryAnaphor(s, k);
      if (!country) return false;
      out->ids.push_back(reg_.FromDictionary(country));
      out->end = k + 2;
      return true;
    }
  }
  return PlaceAt(s, k, out);
}

// "visited Ghana and Namibia", "official visits to Peru, Chile and
// Bolivia": more countries (or capitals) joined to a destination that was
// a country or capital; the phrase must end after the last one, so "visited
// Kenya and Tanzania's president met him" stays one. Several destinations
// have no one place.
void ItemProcessor::MoreDestinations(int s, Fill* fill) {
  int n = NTok(s);
  std::vector<std::string> more;
  int q = fill->end;
  bool joined = false;
  while (q + 1 < n && !joined) {
    int next = q;
    if (T(s, q).key == ","sv) ++next;
    if (next < n && T(s, next).key == "and"sv) {
      joined = true;
      ++next;
    } else if (next == q) {
      break;
    }
    int m = next < n ? MentionStartingAt(s, next) : -1;
    if (m < 0 || !M(s, m).entry || M(s, m).possessive ||
        (M(s, m).kind != MentionKind::kCountry && M(s, m).kind != MentionKind::kCapital))
      return;
    more.push_back(reg_.FromDictionary(M(s, m).entry));
    q = M(s, m).end;
  }
  if (!joined || more.empty()) return;
  bool ends = q >= n || !T(s, q).Is(kWord) || (Bits(s, q) & kPreposition) || T(s, q).key == "and"sv ||
              AfterDay(s, q) > q ||
              (T(s, q).key == "this"sv && q + 1 < n && (T(s, q + 1).key == "week"sv || T(s, q + 1).key == "month"sv));
  if (!ends) return;
  for (const std::string& id : more) AddUnique(&fill->ids, id);
  if (fill->ids.size() > 1) fill->place.clear();
  fill->end = q;
}

bool ItemProcessor::PlaceNoun(std::string_view key) {
  return key == "headquarters"sv || key == "office"sv || key == "offices"sv || key == "palace"sv ||
         key == "court"sv || key == "residence"sv || key == "premises"sv || key == "building"sv;
}

// The last organisation named before token k (itself, or the body of a
// role: "NATO Secretary General Mark Rutte").
std::string ItemProcessor::BodyNamedWith(int s, int k, std::string_view head) {
  for (int t = s; t >= 0; --t) {
    const std::vector<Mention>& ms = it_.mentions[t].mentions;
    for (int m = static_cast<int>(ms.size()) - 1; m >= 0; --m) {
      const Mention& x = ms[m];
      if ((t == s && x.begin >= k) || x.kind != MentionKind::kOrganization || x.unqualified) continue;
      bool has = false;
      for (int j = x.name_begin; j < x.name_end && !has; ++j) has = T(t, j).key == head;
      if (!has) continue;
      std::vector<std::string> ids = Resolve(t, m, Use::kObject);
      return ids.size() == 1 ? ids[0] : "";
    }
  }
  return "";
}

const DictionaryEntry* ItemProcessor::OrgAnaphor(int s, int k) const {
  for (int t = s; t >= 0; --t) {
    const std::vector<Mention>& ms = it_.mentions[t].mentions;
    for (auto x = ms.rbegin(); x != ms.rend(); ++x) {
      if (t == s && x->begin >= k) continue;
      if (x->kind == MentionKind::kOrganization && x->entry) return x->entry;
      if (x->org && x->org->actor.kind == ActorKind::kOrganization) return x->org;
    }
  }
  return nullptr;
}

const DictionaryEntry* ItemProcessor::StateFormCountry(int s, int k) const {
  int n = NTok(s);
  // ("thanked the kingdom for ...": the form in lower case too)
  if (k + 1 >= n || T(s, k).key != "the"sv || !T(s, k + 1).Is(kWord) || MentionStartingAt(s, k) >= 0 ||
      MentionStartingAt(s, k + 1) >= 0 || (k + 2 < n && T(s, k + 2).key == "of"sv))
    return nullptr;
  std::string form(T(s, k + 1).key);
  if (form != "kingdom" && form != "sultanate" && form != "emirate" && form != "principality") return nullptr;
  auto has_form = [&](const DictionaryEntry* c) {
    if (!c || c->actor.kind != ActorKind::kCountry) return false;
    if (Contains(Words(FoldKey(c->actor.name)), form)) return true;
    for (const std::string& a : c->actor.aliases)
      if (Contains(Words(FoldKey(a)), form)) return true;
    return false;
  };
  std::set<std::string> own = SubjectCountries(/*persons=*/true);
  if (const DictionaryEntry* c = LatestCountryBefore(s, k, own, has_form)) return c;
  return has_form(doc_->home) && !own.count(doc_->home->actor.id) ? doc_->home : nullptr;
}

std::set<std::string> ItemProcessor::SubjectCountries(bool persons) const {
  std::set<std::string> own;
  for (const std::string& id : *current_subject_) {
    if (const Actor* a = reg_.Find(id)) own.insert(a->kind == ActorKind::kCountry ? a->id : a->country);
    for (std::size_t i = 0; persons && i < persons_.size(); ++i)
      if (persons_[i].id == id && !persons_[i].country.empty()) own.insert(persons_[i].country);
  }
  return own;
}

const DictionaryEntry* ItemProcessor::LatestCountryBefore(
    int s, int k, const std::set<std::string>& own,
    const std::function<bool(const DictionaryEntry*)>& fits) const {
  for (int t = s; t >= 0; --t) {
    const std::vector<Mention>& ms = it_.mentions[t].mentions;
    for (auto x = ms.rbegin(); x != ms.rend(); ++x) {
      if (t == s && x->begin >= k) continue;
      const DictionaryEntry* c =
          (x->kind == MentionKind::kCountry || x->kind == MentionKind::kCapital) ? x->entry : x->country;
      if (fits(c) && !own.count(c->actor.id)) return c;
    }
  }
  return nullptr;
}

const DictionaryEntry* ItemProcessor::CountryAnaphor(int s, int k) const {
  std::set<std::string> own = SubjectCountries(/*persons=*/false);
  auto country = [](const DictionaryEntry* c) { return c && c->actor.kind == ActorKind::kCountry; };
  if (const DictionaryEntry* c = LatestCountryBefore(s, k, own, country)) return c;
  // named later in the sentence: "arrived in the kingdom, ... hosted by Saudi ..."
  for (const Mention& x : it_.mentions[s].mentions) {
    if (x.begin < k) continue;
    const DictionaryEntry* c =
        (x.kind == MentionKind::kCountry || x.kind == MentionKind::kCapital) ? x.entry : x.country;
    if (c && c->actor.kind == ActorKind::kCountry && !own.count(c->actor.id)) return c;
  }
  // ("Minister of State for the Armed Forces of the United Kingdom X, who
  // is visiting the country": no other country named, the digest's host)
  if (doc_->home && !own.count(doc_->home->actor.id) && k + 1 < NTok(s) && T(s, k + 1).key == "country"sv)
    return doc_->home;
  return nullptr;
}

// A known place, possibly several words ("New York", "St. Petersburg").
bool ItemProcessor::PlaceAt(int s, int k, Fill* out) {
  int n = NTok(s);
  std::string key;
  for (int len = 3; len >= 1; --len) {
    if (k + len > n) continue;
    // (capitalised words only: tested before the key is built)
    bool cap = true;
    for (int j = k; j < k + len; ++j) cap = cap && T(s, j).Is(kCap);
    if (!cap) continue;
    key.clear();
    for (int j = k; j < k + len; ++j) {
      key += key.empty() ? "" : " ";
      key += T(s, j).key;
    }
    if (const DictionaryEntry* c = lex_.PlaceCountry(key)) {
      out->ids.push_back(reg_.FromDictionary(c));
      out->place = S(s).Span(k, k + len);
      out->end = k + len;
      return true;
    }
  }
  return false;
}

}  // namespace engine
}  // namespace actorgraph
