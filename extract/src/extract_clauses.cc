#include "extract_clauses.h"

#include <algorithm>
#include <cstring>

#include "text_util.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

namespace {

bool EndsWith(std::string_view s, const char* suffix) {
  std::size_t n = std::char_traits<char>::length(suffix);
  return s.size() >= n && std::memcmp(s.data() + s.size() - n, suffix, n) == 0;  // inline, unlike compare()
}

class ClauseFinder {
 public:
  ClauseFinder(const Sentence& s, const SentenceMentions& m, const Lexicon& lex, SentenceClauses* out)
      : s_(s), t_(s.tokens), m_(m), lex_(lex), n_(static_cast<int>(t_.size())), out_(*out), stack_(Stack()) {}
  // "also", "then", "separately" (the pattern table's sequence_adverb)
  bool SequenceAdverb(std::string_view key) const { return lex_.InWordClass("sequence_adverb", key); }

  void Run() {
    out_.clauses.clear();
    out_.of.assign(n_, 0);
    out_.clauses.push_back({ClauseKind::kMain, 0, n_, -1, -1});
    stack_ = {0};
    root_ = 0;
    scare_quote_close_ = -1;
    blessing_close_ = blessing_clause_ = -1;
    if (IntroParticiple()) out_.clauses[0].kind = ClauseKind::kIntroParticiple;
    for (int k = 0; k < n_; ++k) Step(k);
    while (!stack_.empty()) Close(n_);
  }

 private:
  int Top() const { return stack_.back(); }
  ClauseKind TopKind() const { return out_.clauses[Top()].kind; }

  int Open(ClauseKind kind, int begin, int parent) {
    out_.clauses.push_back({kind, begin, n_, parent, -1});
    int id = static_cast<int>(out_.clauses.size()) - 1;
    stack_.push_back(id);
    return id;
  }
  void Close(int end) {
    out_.clauses[Top()].end = end;
    stack_.pop_back();
  }
  // Closes everything and starts a new main clause at `begin`.
  void NewMain(int begin) {
    while (!stack_.empty()) Close(begin);
    int prev_root = root_;
    out_.clauses.push_back({ClauseKind::kMain, begin, n_, -1, -1});
    root_ = static_cast<int>(out_.clauses.size()) - 1;
    stack_ = {root_};
    if (out_.clauses[prev_root].kind == ClauseKind::kIntroParticiple) out_.clauses[prev_root].parent = root_;
  }

  bool InMention(int k) const { return m_.at[k] >= 0 && m_.mentions[m_.at[k]].begin != k; }
  bool MentionStarts(int k) const {
    if (k >= n_) return false;
    if (m_.at[k] >= 0 && m_.mentions[m_.at[k]].begin == k) return true;
    return k + 1 < n_ && (t_[k].key == "the"sv || t_[k].key == "a"sv) && m_.at[k + 1] >= 0;
  }

  bool Ing(int k) const {
    return k < n_ && t_[k].Is(kWord) && reader::IngForm(t_[k].key) &&
           m_.at[k] < 0 && t_[k].key != "during"sv &&
           t_[k].key != "including"sv && t_[k].key != "regarding"sv && t_[k].key != "concerning"sv &&
           t_[k].key != "according"sv && t_[k].key != "following"sv;
  }

  // The number of words of a short quoted verb phrase opening at quote
  // mark k (a lower-case verb, at most one adverb before it, the closing
  // mark right after), else 0.
  int QuotedVerb(int k) const {
    if (k == 0) return 0;
    int w = k + 1;
    if (w + 1 < n_ && t_[w].Is(kWord) && t_[w].Is(kLower) && EndsWith(t_[w].key, "ly")) ++w;
    if (w + 1 >= n_ || !t_[w].Is(kWord) || !t_[w].Is(kLower) || m_.at[w] >= 0) return 0;
    if (!VerbLike(s_, w, lex_) && !(s_.bits[w] & kTrigger)) return 0;
    return t_[w + 1].Is(kQuoteClose) ? w - k : 0;
  }

  // 'extending a 30 percent "security surcharge" on Colombian imports': a
  // quoted term of one to three lower-case words between a word and a
  // preposition stays in the clause. Returns its length in words, or 0.
  int QuotedTerm(int k) const {
    if (k == 0 || !t_[k - 1].Is(kWord) || !t_[k - 1].Is(kLower) || VerbLike(s_, k - 1, lex_) ||
        (s_.bits[k - 1] & kSpeechVerb))
      return 0;
    int w = k + 1;
    while (w < n_ && w < k + 4 && t_[w].Is(kWord) && t_[w].Is(kLower) && m_.at[w] < 0) ++w;
    if (w == k + 1 || w + 1 >= n_ || !t_[w].Is(kQuoteClose)) return 0;
    const Token& after = t_[w + 1];
    if (after.Is(kWord) && (s_.bits[w + 1] & kPreposition)) return w - 1 - k;
    // ('had a "productive" phone call with X', 'a "very good" meeting'):
    // a quoted modifier between an article and its noun
    std::string_view det = t_[k - 1].key;
    bool article = det == "a"sv || det == "an"sv || det == "the"sv || det == "his"sv || det == "her"sv ||
                   det == "their"sv || det == "its"sv;
    return article && after.Is(kWord) && after.Is(kLower) && m_.at[w + 1] < 0 && !VerbLike(s_, w + 1, lex_) &&
                   !(s_.bits[w + 1] & (kPreposition | kFunction | kSpeechVerb))
               ? w - 1 - k
               : 0;
  }

  // "Taking part were A, B and C", "Attending the talks were A and B": a
  // participle phrase moved before an inverted "were"/"was" is the
  // predicate, and the names after it are its subject, not a clause of
  // their own after an opening phrase ("Speaking to reporters who were
  // waiting, X said": a relative's verb does not count).
  bool InvertedCopula(int from) const {
    for (int j = from; j < n_ && j < from + 6; ++j) {
      std::string_view w = t_[j].key;
      if (t_[j].Is(kPunct) || w == "who"sv || w == "which"sv || w == "that"sv || m_.at[j] >= 0) return false;
      if (w == "were"sv || w == "was"sv) return j + 1 < n_ && !t_[j + 1].Is(kPunct);
    }
    return false;
  }

  bool IntroParticiple() const {
    int k = 0;
    while (k < n_ && t_[k].Is(kPunct)) ++k;
    if (Ing(k)) return !InvertedCopula(k + 1);
    // "Hosted by Jordan's King, X held talks": a past participle and its agent
    if (k + 1 < n_ && t_[k].Is(kWord) && reader::PastParticipleForm(t_[k].key) && m_.at[k] < 0 &&
        t_[k + 1].key == "by"sv)
      return true;
    uint64_t b = k < n_ ? s_.bits[k] : 0;
    if ((b & kParticipleIntro) && Ing(k + 1)) return true;
    // "A day after landing in Canberra, X addressed ...", "Two days after
    // arriving in Nairobi, X held talks": a span of time, then the participle
    if (k + 3 < n_ && (t_[k].key == "a"sv || t_[k].Is(kNumber) || NumberWord(t_[k].key)) && TimeUnit(t_[k + 1].key) &&
        (t_[k + 2].key == "after"sv || t_[k + 2].key == "before"sv) && Ing(k + 3))
      return true;
    return false;
  }

  void Step(int k) {
    const Token& t = t_[k];
    if (InMention(k)) {
      out_.of[k] = Top();
      return;
    }
    // Quotes ("it \"categorically rejects\" the allegations": a quoted verb
    // of two or three words inside a clause stays in it).
    if (t.Is(kQuoteOpen)) {
      if (int words = QuotedVerb(k) ? QuotedVerb(k) : QuotedTerm(k)) {
        scare_quote_close_ = k + words + 1;
      } else {
        Open(ClauseKind::kQuote, k, Top());
      }
      out_.of[k] = Top();
      return;
    }
    if (t.Is(kQuoteClose)) {
      out_.of[k] = Top();
      if (k == scare_quote_close_) return;
      // ('"biased and detached from reality" and accused X': clauses opened
      // inside the quote end with it)
      bool open_quote = false;
      for (int c : stack_) open_quote = open_quote || out_.clauses[c].kind == ClauseKind::kQuote;
      while (open_quote && stack_.size() > 1 && TopKind() != ClauseKind::kQuote) Close(k + 1);
      if (TopKind() == ClauseKind::kQuote) Close(k + 1);
      return;
    }
    if (t.key == "("sv) {
      Open(ClauseKind::kParenthetical, k, Top());
      out_.of[k] = Top();
      return;
    }
    if (t.key == ")"sv) {
      out_.of[k] = Top();
      if (TopKind() == ClauseKind::kParenthetical) Close(k + 1);
      return;
    }
    if (t.Is(kDash)) {
      // "ASTANA, April 7 - President X received ...": a wire dateline; the
      // sentence starts after its dash
      if (Dateline(k)) {
        out_.of[k] = Top();
        NewMain(k + 1);
        return;
      }
      if (TopKind() == ClauseKind::kParenthetical && t_[out_.clauses[Top()].begin].Is(kDash)) {
        out_.of[k] = Top();
        Close(k + 1);
      } else {
        Open(ClauseKind::kParenthetical, k, Top());
        out_.of[k] = Top();
      }
      return;
    }
    if (t.key == ";"sv || t.key == ":"sv) {
      out_.of[k] = Top();
      if (TopKind() == ClauseKind::kQuote) return;
      // ("namely: HE A, Ambassador of Brazil; HE B, ...": members of a
      // list with no verb of their own stay in the clause that lists them)
      if (!SegmentHasVerb(k + 1)) return;
      NewMain(k + 1);
      return;
    }
    if (t.key == ","sv) {
      Comma(k);
      return;
    }
    uint64_t bits = s_.bits[k];
    // "the framework of the exchange that day": "that" before a unit of
    // time points to it; no clause opens
    // (not after a verb of saying: "Zelensky said that day Putin held talks")
    if (t.key == "that"sv && k + 1 < n_ && !(k > 0 && (s_.bits[k - 1] & kSpeechVerb)) &&
        (TimeUnit(t_[k + 1].key) || t_[k + 1].key == "morning"sv || t_[k + 1].key == "afternoon"sv ||
         t_[k + 1].key == "evening"sv || t_[k + 1].key == "night"sv)) {
      out_.of[k] = Top();
      return;
    }
    // "a report by X that accused Baku": "that" between a name and a verb
    // opens a relative clause about the name
    if (t.key == "that"sv && k > 0 && k + 1 < n_ && m_.at[k - 1] >= 0 && m_.mentions[m_.at[k - 1]].end == k &&
        VerbLike(s_, k + 1, lex_)) {
      int id = Open(ClauseKind::kRelative, k, Top());
      out_.clauses[id].antecedent = m_.at[k - 1];
      out_.of[k] = Top();
      return;
    }
    // ("media reports that X had suspended talks": what a report says is a
    // that-clause of its own, as after a verb)
    bool says = false;
    if (t.key == "that"sv && k > 0 && k + 1 < n_ && (m_.at[k + 1] >= 0 || s_.tokens[k + 1].key == "the"sv)) {
      std::string_view noun = s_.tokens[k - 1].key;
      says = noun == "reports"sv || noun == "report"sv || noun == "claims"sv || noun == "allegations"sv ||
             noun == "rumours"sv || noun == "rumors"sv || noun == "speculation"sv || noun == "assurances"sv;
    }
    if (t.key == "that"sv && k > 0 &&
        (says || VerbLike(s_, k - 1, lex_) || (k > 1 && VerbLike(s_, k - 2, lex_)) || SayingThenDay(k))) {
      Open(ClauseKind::kThat, k, Top());
      out_.of[k] = Top();
      return;
    }
    // "The readout said Rubio also spoke ...": a reported clause with no
    // "that", its own subject and verb right after the verb of saying
    if ((bits & kSpeechVerb) && t.Is(kLower) && k > 0 && m_.at[k] < 0 && k + 2 < n_ && MentionStarts(k + 1) &&
        m_.at[k + 1] >= 0 && TopKind() != ClauseKind::kQuote) {
      const Mention& who = m_.mentions[m_.at[k + 1]];
      int v = who.end;
      if (v < n_ && (SequenceAdverb(t_[v].key) || (t_[v].Is(kWord) && EndsWith(t_[v].key, "ly")))) ++v;
      if (!who.possessive && who.kind != MentionKind::kPronoun && who.kind != MentionKind::kPronounPlural &&
          v < n_ && VerbLike(s_, v, lex_) && !(s_.bits[v] & kIntention)) {
        out_.of[k] = Top();
        Open(ClauseKind::kThat, k + 1, Top());
        return;
      }
    }
    if ((t.key == "and"sv || t.key == "but"sv) && k > 0 && Coordinated(k + 1)) {
      // ("was received by X, who praised ... and thanked Y": with no comma
      // before "and", a second verb of a "who" clause is the clause's too)
      bool keep = TopKind() == ClauseKind::kRelative && t_[k - 1].key != ","sv &&
                  t_[out_.clauses[Top()].begin].key == "who"sv;
      while (!keep && Top() != root_ && stack_.size() > 1 && TopKind() != ClauseKind::kQuote &&
             TopKind() != ClauseKind::kParenthetical && !RelativeWithSubject(Top(), k))
        Close(k);
      // inside a quote the coordinated verb shares the quote's subject, in
      // ", in which she urged ... and accused" the relative clause's
      bool own = keep || TopKind() == ClauseKind::kQuote || RelativeWithSubject(Top(), k);
      Open(ClauseKind::kVpCoord, k, own ? Top() : root_);
      out_.of[k] = Top();
      return;
    }
    // "a day after Sharif arrived in ...": a clause with its own subject
    if (k > 0 && (t.key == "after"sv || t.key == "before"sv || t.key == "when"sv || t.key == "until"sv) &&
        MentionStarts(k + 1) && SubjectThenVerb(k + 1)) {
      Open(ClauseKind::kSubordinate, k, Top());
      out_.of[k] = Top();
      return;
    }
    // "X lauded Y as Minister A and his counterpart B held talks": "as"
    // before a subject (one actor or a list of them) and its verb opens a
    // clause of its own
    if (k > 0 && t.key == "as"sv && t_[k - 1].key != ","sv && ListSubjectThenVerb(k + 1)) {
      Open(ClauseKind::kSubordinate, k, Top());
      out_.of[k] = Top();
      return;
    }
    bool once_again = t.key == "once"sv && k + 1 < n_ && (t_[k + 1].key == "again"sv || t_[k + 1].key == "more"sv);
    if (k > 0 && !once_again &&
        (t.key == "while"sv || t.key == "although"sv || t.key == "whereas"sv || t.key == "because"sv || t.key == "if"sv ||
         t.key == "unless"sv || t.key == "though"sv || t.key == "once"sv)) {
      Open(ClauseKind::kSubordinate, k, Top());
      out_.of[k] = Top();
      return;
    }
    (void)bits;
    out_.of[k] = Top();
  }

  // Whether a verb stands between k and the next semicolon, colon or the
  // end of the sentence.
  bool SegmentHasVerb(int k) const {
    for (int j = k; j < n_; ++j) {
      std::string_view w = t_[j].key;
      if (w == ";"sv || w == ":"sv) return false;
      if (m_.at[j] < 0 && VerbLike(s_, j, lex_)) return true;
    }
    return false;
  }

  // A dash at k closes a dateline: a place in capitals, a comma, a day
  // ("ASTANA, April 7"), maybe the agency in brackets.
  bool Dateline(int k) const {
    if (k < 3 || k > 10 || !t_[0].Is(kAllCaps)) return false;
    int j = 1;
    while (j + 1 < k && (t_[j].Is(kAllCaps) || (t_[j].key == "/"sv && t_[j + 1].Is(kAllCaps)))) ++j;
    if (j >= k || t_[j].key != ","sv) return false;
    bool day = false;
    for (++j; j < k; ++j) {
      if (s_.bits.size() > static_cast<std::size_t>(j) && (s_.bits[j] & (kMonth | kWeekday))) day = true;
      else if (!t_[j].Is(kNumber) && t_[j].key != "("sv && t_[j].key != ")"sv && !t_[j].Is(kAllCaps) && t_[j].key != ","sv)
        return false;
    }
    return day;
  }

  // ", in which she urged ..." before token k: a relative clause opened by
  // a preposition and "which"/"whom" whose own subject (a mention right
  // after the pronoun) stands before k; a verb coordinated in it shares
  // that subject, not the sentence's.
  bool RelativeWithSubject(int c, int k) const {
    const Clause& clause = out_.clauses[c];
    if (clause.kind != ClauseKind::kRelative || !(s_.bits[clause.begin] & kPreposition)) return false;
    int subject = clause.begin + 2;
    return subject < k && MentionStarts(subject);
  }

  // "and thanked", "and also spoke": a verb phrase sharing the subject.
  bool Coordinated(int k) const {
    if (k >= n_ || InMention(k) || MentionStarts(k)) return false;
    // (not participles that modify a noun: "imports of cold-rolled and
    // coated steel", "the signed and ratified texts")
    if (k >= 3 && k + 1 < n_ && t_[k].Is(kLower) && t_[k - 2].Is(kWord) && t_[k - 2].Is(kLower) &&
        reader::PastParticipleForm(t_[k - 2].key) && reader::PastParticipleForm(t_[k].key) &&
        t_[k + 1].Is(kWord) && t_[k + 1].Is(kLower) && !(s_.bits[k + 1] & (kFunction | kPreposition)) &&
        !MentionStarts(k + 1) && !VerbLike(s_, k + 1, lex_)) {
      std::string_view before = t_[k - 3].key;
      if (before == "of"sv || before == "the"sv || before == "a"sv || before == "an"sv || before == "on"sv ||
          before == "for"sv || before == "its"sv || before == "their"sv || before == "from"sv)
        return false;
    }
    if (VerbLike(s_, k, lex_)) return true;
    // an adverb first: "and sharply criticized", "but also criticized"
    std::string_view w = t_[k].key;
    bool adverb = EndsWith(w, "ly") || w == "also"sv || w == "then"sv || w == "later"sv || w == "further"sv;
    return k + 1 < n_ && t_[k].Is(kWord) && adverb && VerbLike(s_, k + 1, lex_);
  }

  void Comma(int k) {
    out_.of[k] = Top();
    // "King X, may God assist Him, received Y": an optative blessing
    // between commas is inserted; the clause goes on after it
    if (k == blessing_close_) {
      // (what opened inside the blessing closes with it)
      while (stack_.size() > 1 && Top() != blessing_clause_) Close(k);
      if (Top() == blessing_clause_) Close(k + 1);
      blessing_close_ = blessing_clause_ = -1;
      return;
    }
    std::string_view wisher = k + 2 < n_ ? std::string_view(t_[k + 2].key) : std::string_view();
    if (k + 2 < n_ && t_[k + 1].key == "may"sv &&
        (wisher == "god"sv || wisher == "allah"sv || wisher == "his"sv || wisher == "her"sv)) {
      for (int j = k + 3; j < n_ && j <= k + 10; ++j) {
        if (t_[j].key == ","sv) {
          blessing_close_ = j;
          blessing_clause_ = Open(ClauseKind::kParenthetical, k + 1, Top());
          return;
        }
        if (t_[j].key == "."sv || t_[j].key == ";"sv) break;
      }
    }
    // "after the commission's rapporteur, Gloria Monteverde, criticized":
    // the comma that closes an apposition, before the verb, ends nothing
    if (k > 0 && k + 1 < n_ && m_.at[k - 1] >= 0 && VerbLike(s_, k + 1, lex_) && !MentionStarts(k + 1)) {
      const Mention& m = m_.mentions[m_.at[k - 1]];
      bool apposed = false;
      for (int j = m.begin; j < m.end && j < k && !apposed; ++j) apposed = t_[j].key == ","sv;
      if (m.end == k && apposed && m.kind == MentionKind::kPerson) return;
    }
    // "In the letter, dated November 10, President X invited Y": a
    // participle between commas before the sentence has a verb opens the
    // sentence; the subject and verb after the comma are its main clause
    if (stack_.size() == 2 && TopKind() == ClauseKind::kVpCoord && k + 1 < n_ && MentionStarts(k + 1) &&
        SubjectThenVerb(k + 1) && !VerbSince(out_.clauses[root_].begin, out_.clauses[Top()].begin)) {
      NewMain(k + 1);
      return;
    }
    // "In a letter dated 24 November and released on Tuesday, X invited Y":
    // participles coordinated inside an opening prepositional phrase end
    // with it; the subject and its verb after the comma are the main clause
    if (stack_.size() == 2 && TopKind() == ClauseKind::kVpCoord && out_.clauses[Top()].parent == root_ &&
        out_.clauses[root_].begin == 0 && (s_.bits[0] & kPreposition) && k + 1 < n_ && MentionStarts(k + 1) &&
        SubjectThenVerb(k + 1) && !MentionIn(0, out_.clauses[Top()].begin)) {
      NewMain(k + 1);
      return;
    }
    // Comma-terminated clauses end here.
    // ("while al-Tamimi, who is standing in for ..., flew in from Baghdad":
    // a subordinate clause with its subject and no verb yet goes on after
    // a relative clause that describes the subject)
    bool closed_relative = false;
    bool relative_next = k + 1 < n_ && (t_[k + 1].key == "who"sv || t_[k + 1].key == "which"sv) && k > 0 &&
                         m_.at[k - 1] >= 0;
    while (stack_.size() > 1 &&
           (TopKind() == ClauseKind::kRelative || TopKind() == ClauseKind::kTrailParticiple ||
            TopKind() == ClauseKind::kSubordinate)) {
      if (TopKind() == ClauseKind::kSubordinate && (closed_relative || relative_next) && SubjectNoVerb(Top(), k)) break;
      closed_relative = TopKind() == ClauseKind::kRelative;
      Close(k);
    }
    // "Having welcomed the guests and noting X, the Speaker thanked ...": a
    // participle coordinated inside the opening participle phrase ends with it
    // ("Noting that relations are based on friendship, the Speaker ...":
    // so does a that-clause)
    if (out_.clauses[stack_[0]].kind == ClauseKind::kIntroParticiple)
      while (stack_.size() > 1 && (TopKind() == ClauseKind::kVpCoord || TopKind() == ClauseKind::kThat)) Close(k);
    if (out_.clauses[Top()].kind == ClauseKind::kIntroParticiple && stack_.size() == 1) {
      // "Having welcomed the guests, noting X, and emphasizing Y, the
      // Speaker ...": a chain of participles is one opening phrase
      if (Ing(k + 1) || (k + 2 < n_ && t_[k + 1].key == "and"sv && Ing(k + 2))) return;
      NewMain(k + 1);
      return;
    }
    int next = k + 1;
    if (next >= n_) return;
    const Token& nt = t_[next];
    uint64_t bits = s_.bits[next];
    // ", for which Motegi thanked him", ", during which the sides ...": a
    // relative clause with its own subject
    bool preposition_relative = (bits & kPreposition) && next + 1 < n_ &&
                                (t_[next + 1].key == "which"sv || t_[next + 1].key == "whom"sv);
    // (", both of whom arrived ...": the persons named before)
    bool quantified_relative =
        next + 2 < n_ && t_[next + 1].key == "of"sv && (t_[next + 2].key == "whom"sv || t_[next + 2].key == "which"sv) &&
        (nt.key == "both"sv || nt.key == "all"sv || nt.key == "each"sv || nt.key == "two"sv || nt.key == "three"sv);
    // (not an acronym of a name: ", WHO Director-General X met")
    if (((bits & kRelative) && m_.at[next] < 0) || preposition_relative || quantified_relative) {
      int id = Open(ClauseKind::kRelative, next, Top());
      if (k > 0 && m_.at[k - 1] >= 0) out_.clauses[id].antecedent = m_.at[k - 1];
      // "Magdalena Grono, EU Special Representative for ... the crisis in
      // Georgia, who is on a visit": "who" is the person the apposition
      // describes, not the place that ends it
      int a = out_.clauses[id].antecedent;
      if (a >= 0 && nt.key == "who"sv) {
        MentionKind kind = m_.mentions[a].kind;
        // (or the body the title names: "Al-Khulaifi, Minister of State at
        // the Ministry of Foreign Affairs of Qatar, who")
        if (kind == MentionKind::kCountry || kind == MentionKind::kCapital || kind == MentionKind::kCountryList ||
            kind == MentionKind::kOrganization) {
          for (int j = m_.mentions[a].begin - 1; j >= 0 && j >= m_.mentions[a].begin - 16; --j) {
            int b = m_.at[j];
            if (b < 0 || m_.mentions[b].kind != MentionKind::kPerson) continue;
            std::string_view after = m_.mentions[b].end < n_ ? t_[m_.mentions[b].end].key : KeyView();
            if (after == ","sv || after == "at"sv || after == "of"sv) out_.clauses[id].antecedent = b;
            break;
          }
        }
      }
      return;
    }
    if (nt.key == "and"sv || nt.key == "but"sv || nt.key == "or"sv) {
      // ", and following the meeting the two ministers signed ...": an
      // opening phrase, then a new clause's subject and verb
      if (TopKind() != ClauseKind::kQuote && OpeningPhraseThenClause(next + 1)) {
        NewMain(next);
        return;
      }
      if (Coordinated(next + 1)) {
        while (stack_.size() > 1 && TopKind() != ClauseKind::kQuote && TopKind() != ClauseKind::kParenthetical &&
               !RelativeWithSubject(Top(), next))
          Close(next);
        Open(ClauseKind::kVpCoord, next, RelativeWithSubject(Top(), next) ? Top() : root_);
      } else if (BodyOfActors(next + 1) && TopKind() != ClauseKind::kQuote) {
        // ", and military delegations of A and B took part": a new clause
        NewMain(next);
      } else if (TopKind() == ClauseKind::kQuote && next + 2 < n_ && (s_.bits[next + 1] & kPronSpeaker) &&
                 t_[next + 1].Is(kWord) && t_[next + 2].Is(kWord) && t_[next + 2].Is(kLower) &&
                 !(s_.bits[next + 2] & (kFunction | kPreposition))) {
        // '"A has stood by us, and I want to thank X," she said': the
        // speaker's own clause in the quote
        Open(ClauseKind::kQuote, next, Top());
      } else if (MentionStarts(next + 1) && TopKind() != ClauseKind::kQuote) {
        // ", and Azerbaijan's parliament has suspended ...": a new clause,
        // unless the mention is one more item of a list.
        // (", and he and X held talks": a pronoun is no list's item)
        if (m_.at[next + 1] >= 0 && m_.mentions[m_.at[next + 1]].kind == MentionKind::kPronoun &&
            SubjectThenVerb(next + 1)) {
          NewMain(next);
          return;
        }
        if (ListContinues(next + 1)) return;
        // ("Envoy of A for the process, Ambassador X, and Envoy of B Y held
        // talks": no verb yet, so the first clause is one more subject)
        if (TopKind() == ClauseKind::kMain && !VerbSince(out_.clauses[Top()].begin, k)) return;
        NewMain(next);
      }
      return;
    }
    // (", acting Minister X": a word of the title before the title's
    // mention, title_premodifier, not a participle)
    if (Ing(next) && !(MentionStarts(next + 1) && TitlePremodifier(next))) {
      Open(ClauseKind::kTrailParticiple, next, root_);
      return;
    }
    // a headline's "Milli Majlis opens session, Speaker X criticizes PACE"
    if (s_.headline && TopKind() != ClauseKind::kQuote && MentionStarts(next) && SubjectThenVerb(next)) {
      NewMain(next);
      return;
    }
    if ((bits & kSubordinator) && nt.key != "that"sv && nt.key != "as"sv) {
      Open(ClauseKind::kSubordinate, next, Top());
      return;
    }
    // ", as the two co-chaired the commission", ", as they attended ...":
    // "as" before a group of the item's persons and its verb opens a clause
    // of its own (not ", as well as", ", as part of", ", as chairman")
    if (nt.key == "as"sv && next + 2 < n_ && MentionStarts(next + 1)) {
      int at = m_.at[next + 1] >= 0 ? m_.at[next + 1] : m_.at[next + 2];
      const Mention& g = m_.mentions[at];
      if ((g.kind == MentionKind::kFramePersons || g.kind == MentionKind::kPronounPlural) && g.end < n_ &&
          VerbLike(s_, g.end, lex_)) {
        Open(ClauseKind::kSubordinate, next, Top());
        return;
      }
    }
    // ", a day after the rapporteur X criticized ...": a span of time, then
    // the subordinate clause
    if (next + 2 < n_ && (nt.key == "a"sv || nt.Is(kNumber) || NumberWord(nt.key)) &&
        TimeUnit(t_[next + 1].key) && (s_.bits[next + 2] & kSubordinator) && t_[next + 2].key != "that"sv &&
        MentionStarts(next + 3)) {
      Open(ClauseKind::kSubordinate, next + 2, Top());
      return;
    }
    // (", hours after A and B signed ...", ", days before X arrived",
    // ", shortly after ...": a bare plural span or an adverb of time)
    if (next + 1 < n_ &&
        ((TimeUnit(nt.key) && nt.key.back() == 's') || nt.key == "shortly"sv || nt.key == "soon"sv ||
         nt.key == "moments"sv || nt.key == "just"sv || nt.key == "only"sv || nt.key == "immediately"sv) &&
        (t_[next + 1].key == "after"sv || t_[next + 1].key == "before"sv) && MentionStarts(next + 2)) {
      Open(ClauseKind::kSubordinate, next + 1, Top());
      return;
    }
    if (nt.Is(kLower) && VerbLike(s_, next, lex_) && !(bits & (kFunction | kPreposition)) && !MentionStarts(next)) {
      Open(ClauseKind::kVpCoord, next, root_);
      return;
    }
  }

  // "The Kremlin said on Tuesday that X spoke by phone with Y": a verb of
  // saying, then a day ("on Tuesday", "late on 5 March"), then "that".
  bool SayingThenDay(int k) const {
    bool day = false;
    int j = k - 1;
    for (; j > 0 && j >= k - 6; --j) {
      std::string_view w = t_[j].key;
      if (s_.bits[j] & (kWeekday | kMonth)) day = true;
      else if (!(t_[j].Is(kNumber) || w == "on"sv || w == "late"sv || w == "early"sv || w == "evening"sv ||
                 w == "morning"sv || w == "afternoon"sv || w == "night"sv))
        break;
    }
    // (not "announced on Tuesday that it was suspending ...": a pronoun
    // reporting the speaker's own act stays with the speaker)
    std::string_view next = k + 1 < n_ ? std::string_view(t_[k + 1].key) : std::string_view();
    bool pronoun = next == "it"sv || next == "he"sv || next == "she"sv || next == "they"sv || next == "we"sv ||
                   next == "i"sv;
    return day && !pronoun && j < k - 1 && (s_.bits[j] & kSpeechVerb) && m_.at[j] < 0;
  }

  static bool TimeUnit(std::string_view w) {
    return w == "day"sv || w == "days"sv || w == "week"sv || w == "weeks"sv || w == "month"sv || w == "months"sv ||
           w == "hour"sv || w == "hours"sv || w == "year"sv || w == "years"sv || w == "minute"sv || w == "minutes"sv;
  }

  // "following the meeting the two ministers signed": a preposition, a
  // short phrase with no actor, then a subject and its verb.
  bool OpeningPhraseThenClause(int k) const {
    // ", and on Tuesday Brazil's ministry accused ...": a day first
    if (k + 2 < n_ && (t_[k].key == "on"sv || t_[k].key == "in"sv) && (s_.bits[k + 1] & (kWeekday | kMonth))) {
      int j = k + 1;
      while (j < n_ && j < k + 5 && ((s_.bits[j] & (kWeekday | kMonth)) || t_[j].Is(kNumber))) ++j;
      if (j < n_ && t_[j].key == ","sv) ++j;
      return MentionStarts(j) && (SubjectThenVerb(j) || PronounThenVerb(j));
    }
    // ", and the next day Nicaragua's ministry rejected ...", ", and later
    // X said": a time phrase first
    if (k + 3 < n_ && t_[k].key == "the"sv && (t_[k + 1].key == "next"sv || t_[k + 1].key == "following"sv) &&
        (t_[k + 2].key == "day"sv || t_[k + 2].key == "morning"sv || t_[k + 2].key == "week"sv)) {
      int j = k + 3;
      if (j < n_ && t_[j].key == ","sv) ++j;
      return MentionStarts(j) && SubjectThenVerb(j);
    }
    if (k + 2 >= n_ || !(s_.bits[k] & (kPreposition | kParticipleIntro)) || InMention(k)) return false;
    std::string_view det = t_[k + 1].key;
    if (det != "the"sv && det != "a"sv && det != "an"sv && det != "this"sv && det != "their"sv) return false;
    for (int j = k + 2; j < n_ && j < k + 6; ++j) {
      if (t_[j].key == ","sv) return MentionStarts(j + 1) && SubjectThenVerb(j + 1);
      if (MentionStarts(j)) return SubjectThenVerb(j);
      if (!t_[j].Is(kWord)) return false;
    }
    return false;
  }

  // "military delegations of A, B and C": people of named bodies.
  bool BodyOfActors(int k) const {
    for (int j = k; j < k + 3 && j + 2 < n_; ++j) {
      if (m_.at[j] >= 0 || !t_[j].Is(kWord) || !t_[j].Is(kLower) || (s_.bits[j] & kPreposition)) return false;
      if ((s_.bits[j] & (kDelegation | kCountryNoun | kPersonGroup)) &&
          (t_[j + 1].key == "of"sv || t_[j + 1].key == "from"sv) && MentionStarts(j + 2))
        return true;
    }
    return false;
  }

  // A named subject at k followed by its verb (an adverb may come between);
  // pronouns stay with the main clause's act ("a day before he was hosted").
  bool SubjectThenVerb(int k) const {
    int m = m_.at[k];
    if (m < 0) return false;
    // ("..., and on Wednesday he and President X held talks": a pronoun
    // joined to a named subject)
    if (m_.mentions[m].kind == MentionKind::kPronoun && m_.mentions[m].end + 1 < n_ &&
        (t_[k].key == "he"sv || t_[k].key == "she"sv) && t_[m_.mentions[m].end].key == "and"sv) {
      int j = m_.mentions[m].end + 1;
      return m_.at[j] >= 0 && m_.mentions[m_.at[j]].begin == j && m_.mentions[m_.at[j]].kind == MentionKind::kPerson &&
             SubjectThenVerb(j);
    }
    if (m_.mentions[m].kind == MentionKind::kPronoun || m_.mentions[m].kind == MentionKind::kPronounPlural)
      return false;
    int after = m_.mentions[m].end;
    // ("days after the Council on Monday imposed ..."): a day between the
    // subject and its verb
    if (after + 2 < n_ && t_[after].key == "on"sv && (s_.bits[after + 1] & (kWeekday | kMonth))) {
      after += 2;
      while (after < n_ && (t_[after].Is(kNumber) || (s_.bits[after] & kMonth))) ++after;
    }
    if (after < n_ && t_[after].Is(kWord) && EndsWith(t_[after].key, "ly")) ++after;
    return VerbLike(s_, after, lex_);
  }

  // ", and on Tuesday he held talks": a subject pronoun and its verb after
  // an opening day
  bool PronounThenVerb(int k) const {
    int m = m_.at[k];
    if (m < 0 || m_.mentions[m].kind != MentionKind::kPronoun || m_.mentions[m].begin != k) return false;
    if (t_[k].key != "he"sv && t_[k].key != "she"sv) return false;
    int after = m_.mentions[m].end;
    if (after < n_ && t_[after].Is(kWord) && EndsWith(t_[after].key, "ly")) ++after;
    return after < n_ && VerbLike(s_, after, lex_);
  }

  // SubjectThenVerb for a subject of one or more mentions joined by
  // "and" ("Minister A and his counterpart B held")
  bool ListSubjectThenVerb(int k) const {
    int j = k;
    for (int items = 0; items < 4 && j < n_; ++items) {
      if (!MentionStarts(j)) return false;
      if (m_.at[j] < 0) ++j;  // ("the" before the mention)
      int m = m_.at[j];
      if (m_.mentions[m].kind == MentionKind::kPronoun || m_.mentions[m].kind == MentionKind::kPronounPlural)
        return false;
      if (SubjectThenVerb(j)) return true;
      int after = m_.mentions[m].end;
      if (after + 1 >= n_ || t_[after].key != "and"sv) return false;
      j = after + 1;
    }
    return false;
  }

  bool TitlePremodifier(int k) const {
    const std::vector<std::string>& pre = lex_.patterns().Words("title_premodifier");
    return std::find(pre.begin(), pre.end(), t_[k].key) != pre.end();
  }

  // Whether a mention of an actor (not "the letter", "the summit") covers a
  // token in [begin, end).
  bool MentionIn(int begin, int end) const {
    for (int j = std::max(begin, 0); j < end && j < n_; ++j)
      if (m_.at[j] >= 0) {
        MentionKind kind = m_.mentions[m_.at[j]].kind;
        if (kind != MentionKind::kSpeakerAnaphor && kind != MentionKind::kEventAnaphor) return true;
      }
    return false;
  }

  // A subordinate clause c that has named its subject right after its
  // conjunction ("while X") and has no verb of its own before token k.
  bool SubjectNoVerb(int c, int k) const {
    int b = out_.clauses[c].begin;
    if (b + 1 >= n_ || !MentionStarts(b + 1)) return false;
    for (int j = b + 1; j < k && j < n_; ++j)
      if (out_.of[j] == c && m_.at[j] < 0 && VerbLike(s_, j, lex_)) return false;
    return true;
  }

  // Whether a token in [begin, end) outside the mentions reads as a verb.
  bool VerbSince(int begin, int end) const {
    for (int j = std::max(begin, 0); j < end && j < n_; ++j)
      if (m_.at[j] < 0 && VerbLike(s_, j, lex_)) return true;
    return false;
  }

  // After "and", a mention followed by a verb starts a clause; one
  // followed by punctuation or the end is a list item.
  bool ListContinues(int k) const {
    int m = m_.at[k] >= 0 ? m_.at[k] : (k + 1 < n_ ? m_.at[k + 1] : -1);
    if (m < 0) return false;
    int after = m_.mentions[m].end;
    if (after < n_ && t_[after].Is(kPossessive)) return false;
    // "and X also took part": an adverb before the verb
    if (after + 1 < n_ && SequenceAdverb(t_[after].key)) ++after;
    // "and Turkish Defence Ministry sources rejected ...": the body's voice
    if (after + 1 < n_ && (t_[after].key == "sources"sv || t_[after].key == "officials"sv)) ++after;
    if (after >= n_) return true;
    if (VerbLike(s_, after, lex_)) return false;
    if (after + 1 < n_ && t_[after].Is(kWord) && EndsWith(t_[after].key, "ly") && VerbLike(s_, after + 1, lex_))
      return false;
    return true;
  }

  const Sentence& s_;
  const std::vector<Token>& t_;
  const SentenceMentions& m_;
  const Lexicon& lex_;
  int n_;
  static std::vector<int>& Stack() {  // reused from sentence to sentence
    thread_local std::vector<int> stack;
    return stack;
  }

  SentenceClauses& out_;
  std::vector<int>& stack_;
  int root_ = 0;
  int scare_quote_close_ = -1;  // the closing mark of a quoted verb phrase
  int blessing_close_ = -1;     // the comma after ", may God assist Him"
  int blessing_clause_ = -1;    // the clause the blessing opened
};

}  // namespace

bool VerbLike(const Sentence& s, int k, const Lexicon& lex) {
  if (k < 0 || k >= static_cast<int>(s.tokens.size())) return false;
  const Token& t = s.tokens[k];
  if (!t.Is(kWord) || !t.Is(kLower)) return false;
  // a word right after "the", "its", "their", "these" or "those" and before
  // a lowercase word is a noun or an adjective, even when a verb class has
  // it: "condemned the continued attacks by X", "rejected the remarks made
  // by X", "its renewed offensive"
  if (k > 0 && k + 1 < static_cast<int>(s.tokens.size()) && s.tokens[k + 1].Is(kWord) && s.tokens[k + 1].Is(kLower)) {
    std::string_view before = s.tokens[k - 1].key;
    if (before == "the" || before == "its" || before == "their" || before == "these" || before == "those")
      return false;
  }
  uint64_t bits = s.bits.empty() ? lex.Bits(t.key) : s.bits[k];
  if (bits & (kVerb | kSpeechVerb)) return true;
  if (bits & (kFunction | kPreposition)) return false;
  std::string_view w = t.key;
  if (reader::PastParticipleForm(w)) return true;
  if ((bits & kAnchor) && (EndsWith(w, "es") || EndsWith(w, "ed"))) return true;
  return false;
}

void FindClauses(const Sentence& sentence, const SentenceMentions& mentions, const Lexicon& lexicon,
                 SentenceClauses* out) {
  ClauseFinder(sentence, mentions, lexicon, out).Run();
}

SentenceClauses FindClauses(const Sentence& sentence, const SentenceMentions& mentions, const Lexicon& lexicon) {
  SentenceClauses out;
  FindClauses(sentence, mentions, lexicon, &out);
  return out;
}

}  // namespace engine
}  // namespace actorgraph
