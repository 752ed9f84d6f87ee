// Mention detection: noun-phrase regions, each interpreted to its head.
//
// A region is a maximal run of name material: dictionary names, capitalised
// words, titles, organisation and event head nouns, demonyms with the
// lower-case nouns they modify ("Turkish military delegations"), joined by
// "of", "for", "to", "and" where a title chain or an institution's name
// continues. Its interpretation: a person when it ends in a name; else an
// event, an organisation, a role, a country... by its head (the element before
// the first "of", else the last one). Appositions and title chains separated
// by commas are merged afterwards.

#include "extract_mentions.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <deque>

#include "text_util.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

namespace {

enum class E {
  kDet, kPossDet, kDict, kTitle, kOrgHead, kOrgPlural, kOrgSuffix, kEventHead, kCountryNoun,
  kPersonGroup, kDelegation, kSpeaker, kEventAnaphor, kGenericPerson, kCap, kAcr, kNum, kPoss,
  kConn, kParen, kAdj, kParticle, kLedBy, kOrdinalWord, kGathering,
};

struct Elem {
  E kind;
  int b, e;
  DictHit hit;
  uint64_t bits = 0;
};

constexpr uint64_t kLowerHeadBits = kTitleLower | kCountryNoun | kPersonGroup | kOrgHead | kOrgPluralHead |
                                    kDelegation | kEventAnaphor | kSpeakerNoun | kGenericPerson;
constexpr uint64_t kNotNameBits = kNotName | kTitle | kOrgHead | kOrgPluralHead | kEventHead | kOrgSuffix |
                                  kWeekday | kFunction | kPronPerson | kPronPlural | kPronSpeaker |
                                  kCountryNoun | kPersonGroup | kSpeakerNoun | kDelegation;

// Asked of most tokens: the first letter rules out almost every word.
bool IsDetKey(std::string_view k) {
  if (k.empty() || k.size() > 4) return false;
  switch (k[0]) {
    case 't': return k == "the"sv || k == "this"sv;
    case 'a': return k == "a"sv || k == "an"sv;
    default: return false;
  }
}

std::string TitleCase(const std::string& s) {
  std::string out;
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    std::string w = s.substr(b, e - b);
    bool small = w == "of"sv || w == "the"sv || w == "and"sv || w == "for"sv || w == "on"sv || w == "in"sv;
    if (!small && !w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
    out += (out.empty() ? "" : " ") + w;
    b = e + 1;
  }
  return out;
}

}  // namespace

bool NumberWord(std::string_view k) {
  return k == "two"sv || k == "three"sv || k == "four"sv || k == "five"sv || k == "six"sv || k == "seven"sv ||
         k == "eight"sv || k == "nine"sv || k == "ten"sv || k == "2"sv || k == "3"sv || k == "4"sv || k == "5"sv;
}

namespace {

class Finder {
 public:
  // The per-token arrays are reused from sentence to sentence (one Finder
  // at a time per thread); `out`'s too.
  Finder(const Sentence& s, const Lexicon& lex, SentenceMentions* out)
      : s_(s), t_(s.tokens), lex_(lex), n_(static_cast<int>(t_.size())), out_(*out),
        bits_(Scratch().bits), dict_(Scratch().dict), of_from_(Scratch().of_from), mentions_(out->mentions),
        dead_(Scratch().dead) {}

  void Run() {
    mentions_.clear();
    // A sentence has a few mentions: room for them at once rather than
    // grown one by one (a Mention moves seven strings and three vectors).
    mentions_.reserve(8);
    dead_.clear();
    Prepare();
    int i = 0;
    while (i < n_) {
      // ("Senior military delegations from A and B": up to two words before)
      int delegation = -1;
      for (int a = i; (any_bits_ & kDelegation) && a < n_ && a < i + 3 && t_[a].Is(kWord); ++a) {
        if (bits_[a] & kDelegation) {
          delegation = a;
          break;
        }
        // (only an article or adjectives before it: "a", "senior military")
        if (!Det(a) && !Adjective(a) && !(t_[a].Is(kCap) && a == 0)) break;
      }
      if (int e = delegation >= 0 ? DelegationsOfCountries(i, delegation) : 0) {
        i = e;
        continue;
      }
      // ("the foreign ministries of A, B and C condemned": in lower case,
      // each country's ministry as with capitals, not a group of persons)
      if (int e = LowerForeignMinistriesOfCountries(i)) {
        i = e;
        continue;
      }
      if (int e = GroupOfCountries(i)) {
        i = e;
        continue;
      }
      if (int e = BodiesOfCountries(i)) {
        i = e;
        continue;
      }
      if (int len = (any_phrase_bits_ & (kFramePersons | kFrameCountries))
                        ? lex_.PhraseAt(s_, i, kFramePersons | kFrameCountries)
                        : 0) {
        uint64_t bits = PhraseBits(i, len);
        Mention m;
        m.kind = (bits & kFrameCountries) ? MentionKind::kFrameCountries : MentionKind::kFramePersons;
        m.begin = m.name_begin = i;
        m.end = m.name_end = i + len;
        // "the two ministers", "both leaders": how many, and of what
        m.anaphor = t_[i + len - 1].key;
        for (int k = i; k < i + len; ++k) {
          static const char* kNumbers[] = {"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
          if (t_[k].key == "both"sv) m.count = 2;
          for (int c = 2; c <= 10; ++c)
            if (t_[k].key == kNumbers[c]) m.count = c;
        }
        Add(std::move(m));
        i += len;
        continue;
      }
      if (Pronoun(i)) {
        ++i;
        continue;
      }
      if (int e = quote_open_ ? QuotedEvent(i) : 0) {
        i = e;
        continue;
      }
      if (int e = NumberedFrame(i)) {
        i = e;
        continue;
      }
      // "Qudah invited al-Shaar to visit", "while al-Tamimi, who ...,
      // flew in": a surname joined to a lower-case particle, alone, is a
      // possible surname (tentative: only a person the item named takes it)
      if (LoneParticleSurname(i)) {
        Mention m = Base(i, i + 1, i, i + 1, MentionKind::kPerson);
        m.name = Text(i, i + 1);
        m.surname_only = true;
        m.tentative = true;
        Add(std::move(m));
        ++i;
        continue;
      }
      // (GroupOfCountries was asked here again: the tests since left
      // everything it reads as it was, so it answered 0 again)
      int e = MayStartRegion(i) ? ExtendRegion(i) : i;
      if (e > i) {
        Interpret(i, e, /*emit=*/true);
        i = e;
        continue;
      }
      ++i;
    }
    MergeTitleChains();
    MergeRoleAndRun();
    PortfolioListInRole();
    MergeAppositions();
    RoleOfDescribedBodyThenName();
    RoleThenNameInCommas();
    PersonOfPlace();
    BracketedCountries();
    BracketedEventNames();
    EmbassiesIn();
    QuotedNameParts();
    QuotedThemes();
    QuotedBodyNames();
    QuotedEventNames();
    QuotedEventPrefixes();
    LedAfterRelative();
    LedGroup();
    RoleInChargeOf();
    ListedThemes();
    TitledAtBody();
    ShortNames();
    PortfolioTitles();
    LowerPortfolioTitles();
    // ("Deputy Prime Minister, Minister of Economy and Digitalization X":
    // the person the portfolio's list made takes the roles before it)
    MergeTitleChains();
    TitleOfBodyThenName();
    TitleUnderBody();
    TitleOfPlaceThenName();
    DelegationOfBody();
    LeaderForSentBody();
    DescribedBodyThenName();
    RoleRunOnThenName();
    TitleResidentInThenName();
    YearNamedGatherings();
    QuotedGatheringOfBody();
    PeopleOfCountry();
    DashLists();
    PlacesAfterAt();
    PluralAcronyms();
    BodiesAfterTheirPeople();
    TitlePremodifiers();
    MarkPossessives();
    // ("President of the Olympic Committee HE X": the honorific read as a
    // title is how the holder is addressed, not part of the office)
    for (Mention& m : mentions_)
      if (m.name_begin > m.begin && ExcellencyAbbreviation(m.name_begin - 1) && !m.role.empty())
        for (std::string_view he : {" HE"sv, " H.E."sv})
          if (m.role.size() > he.size() && m.role.compare(m.role.size() - he.size(), he.size(), he) == 0)
            m.role.resize(m.role.size() - he.size());
    SentenceMentions& out = out_;
    out.at.assign(n_, -1);
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      if (dead_[m]) continue;
      for (int k = mentions_[m].begin; k < mentions_[m].end; ++k)
        if (out.at[k] < 0 || Covers(m, out.at[k])) out.at[k] = m;
    }
    // Dead mentions stay (indices are referenced) but own no tokens.
    for (std::size_t m = 0; m < out.mentions.size(); ++m)
      if (dead_[m]) out.mentions[m].end = out.mentions[m].begin;
  }

 private:
  bool Covers(int a, int b) const {
    return mentions_[a].begin <= mentions_[b].begin && mentions_[a].end >= mentions_[b].end &&
           (mentions_[a].end - mentions_[a].begin) > (mentions_[b].end - mentions_[b].begin);
  }

  // The word classes of token k as the finder reads them, and its key's
  // tags (Lexicon::Tag).
  void PrepareToken(int k) {
    const Token& t = t_[k];
    uint64_t bits = s_.bits[k];
    if (Initial(k)) bits = 0;  // "A." is a name's initial, not the article
    if (t.Is(kQuoteOpen)) quote_open_ = true;
    // "Hun Sen": an abbreviated title ("Sen.", "Gen.") is one only with its
    // period (title_needs_period)
    if ((bits & kTitle) && t.key.size() <= 3 && !t.Is(kAbbrev)) {
      const std::vector<std::string>& dotted = lex_.patterns().Words("title_needs_period");
      if (std::find(dotted.begin(), dotted.end(), t.key) != dotted.end()) bits &= ~kTitle;
    }
    // "Mumbai-based", "Hong Kong-registered": an adjective, no name
    if (t.Is(kCap) && lex_.PlaceAdjective(t)) bits |= kNotName;
    if (t.Is(kLower) && (bits & kOrgHead) && !(bits & kOrgHeadLower)) bits &= ~kOrgHead;
    bits_[k] = bits;
    any_bits_ |= bits;
    any_phrase_bits_ |= s_.phrase_bits[k];
    cls_[k] = lex_.Tag(t);
  }

  void Prepare() {
    bits_.resize(n_);
    cls_.resize(n_);
    quote_open_ = false;
    any_bits_ = any_phrase_bits_ = 0;
    for (int k = 0; k < n_; ++k) PrepareToken(k);
    // "HE Minister X", "H.E. Yerlan Sadykov" (His Excellency): an
    // honorific before a name or title reads as an article, not a pronoun
    for (int k = 0; k + 1 < n_; ++k)
      if (ExcellencyAbbreviation(k)) {
        // ("President of the Olympic Committee HE X": after a title chain's
        // body it stands where "Dr." would, a title before the holder)
        bool after_body = k > 1 && t_[k - 1].Is(kCap) && !(bits_[k - 1] & (kFunction | kTitle | kPreposition));
        bits_[k] = after_body ? kTitle : kFunction;
        cls_[k] = kTagDet;
      }
    // "Ms Sam Mostyn AC, Governor-General", "Jane Roe MP said": letters of
    // an order or office after a name (postnominal) end it
    // (a name of two words or more: not "the Georgian MP")
    for (int k = 2; k < n_; ++k)
      if (t_[k].Is(kCap) && t_[k - 1].Is(kCap) && !(bits_[k - 1] & (kTitle | kFunction)) && t_[k - 2].Is(kCap) &&
          !(bits_[k - 2] & kFunction) &&
          InWordClass("postnominal", t_[k].key) && (t_[k].Is(kAllCaps) || t_[k].key == "phd"sv) &&
          (k + 1 == n_ || !t_[k + 1].Is(kCap)))
        bits_[k] = kFunction;
    // "General Secretary To Lam", "Deputy Foreign Minister Do Hung Viet": a
    // capitalised function word between a title and a name is the name's
    for (int k = 1; k + 1 < n_; ++k)
      if (t_[k].Is(kCap) && (bits_[k] & (kFunction | kPronPerson)) &&
          (((bits_[k - 1] & kTitle) && t_[k - 1].Is(kCap)) || ((bits_[k - 1] & kTitleLower) && t_[k - 1].Is(kLower))) &&
          t_[k + 1].Is(kCap) && !(bits_[k + 1] & (kFunction | kTrigger | kVerb | kTitle | kNotName)))
        bits_[k] &= ~(kFunction | kPreposition | kPronPerson);  // (and "Vice Premier He Lifeng")
    // "Japan IT Week Spring 2027": an acronym spelt like a function word
    // ("IT", "ON") between two capitalised words of a name is the name's
    for (int k = 1; k + 1 < n_; ++k)
      if (t_[k].Is(kAllCaps) && t_[k].key.size() >= 2 && (bits_[k] & (kFunction | kPronPerson | kPreposition)) &&
          t_[k - 1].Is(kWord) && t_[k - 1].Is(kCap) && !t_[k - 1].Is(kAllCaps) &&
          !(bits_[k - 1] & (kFunction | kTitle | kPreposition)) && t_[k + 1].Is(kWord) && t_[k + 1].Is(kCap) &&
          !t_[k + 1].Is(kAllCaps) && !(bits_[k + 1] & (kFunction | kTitle | kPreposition | kVerb)))
        bits_[k] &= ~(kFunction | kPreposition | kPronPerson);
    // "President Park Geun-hye", "chairman Park Ji-hoon": a word that is no
    // name elsewhere ("Park") before a Korean given name is a family name
    for (int k = 0; k + 1 < n_; ++k)
      if ((bits_[k] & kNotName) && !(bits_[k] & (kTitle | kOrgHead | kEventHead)) && t_[k].Is(kCap) &&
          KoreanGivenName(k + 1))
        bits_[k] &= ~kNotName;
    // "Mayor Park thanked ...", "On her first day, Park called on ...": such
    // a word alone, after a title or opening its clause, right before a
    // verb, is a family name
    for (int k = 0; k + 1 < n_; ++k)
      if ((bits_[k] & kNotName) && !(bits_[k] & (kTitle | kOrgHead | kEventHead)) && t_[k].Is(kCap) &&
          !t_[k].Is(kAllCaps) && t_[k + 1].Is(kLower) && (bits_[k + 1] & (kVerb | kSpeechVerb)) &&
          ((k > 0 && (bits_[k - 1] & kTitle) && t_[k - 1].Is(kCap)) ||
           ((k == 0 || t_[k - 1].key == ","sv) && t_[k].key.size() <= 5 && t_[k + 1].key.size() > 3 &&
            t_[k + 1].key.substr(t_[k + 1].key.size() - 2) == "ed"sv)))
        bits_[k] &= ~kNotName;
    // "Air Marshal Sunday Aneke", "Vice Admiral Monday Okoro": a weekday
    // between a title and a name is a given name (Dates reads it so too)
    for (int k = 1; k + 1 < n_; ++k)
      if ((bits_[k] & kWeekday) && WeekdayGivenName(t_, bits_, k)) bits_[k] &= ~kWeekday;
    // the first "of" at or after each token
    of_from_.resize(n_ + 1);
    of_from_[n_] = n_;
    for (int k = n_ - 1; k >= 0; --k) of_from_[k] = (cls_[k] & kTagOf) ? k : of_from_[k + 1];
    dict_.assign(n_, DictHit());
    for (int k = 0; k < n_;) {
      const Token& t = t_[k];
      bool can = t.Is(kWord) && !(bits_[k] & kFunction && t.Is(kLower));
      if (can && !(t.Is(kCap) && (bits_[k] & kFunction) && IsDetKey(t.key))) {
        DictHit h = lex_.DictAt(t_, k);
        // a lower-case word names an actor only if the actor writes itself so
        if (h.length && t.Is(kLower) && !t.Is(kHyphenated) && !h.lower) h.length = 0;
        // "Sheikh Mishal Al-Ahmad" (an alias) inside "Sheikh Mishal Al-Ahmad
        // Al-Jaber Al-Sabah": the title stays a title when the name after
        // it reaches farther
        if (h.length > 1 && (bits_[k] & kTitle)) {
          DictHit after = lex_.DictAt(t_, k + 1);
          if (after.length && after.length >= h.length) {
            ++k;
            continue;
          }
        }
        // ("the Central American Parliament": a region's adjective names
        // no country)
        // ("American Parliament" is also a name of the US Congress)
        if (h.length && k > 0 && lex_.PhraseAt(s_, k - 1, kRegionalAdjective) == 2) h.length = 0;
        // ("a US$800 million loan", "NZ$": a currency's sign, no country)
        if (h.length == 1 && k + 1 < n_ && t_[k + 1].key == "$"sv && !t_[k + 1].Is(kSpaceBefore)) h.length = 0;
        // ("Minister of the Interior Germán Alonso Quiroga": a word written
        // with marks that only its folded key shares with a demonym is a
        // given name, not "German"; "Burkinabè" is spelt so in the dictionary)
        if (h.length == 1 && h.form == FormKind::kDemonym && MarksFolded(k) && !DemonymWithMarks(h.entry)) h.length = 0;
        // ("Vice Chairman ... Tran Hoa Nam": a name written only as an
        // acronym, "NAM", is no word of a name run in lower case)
        if (h.length == 1 && h.acronym && !t.Is(kAllCaps) && k > 0 && NameLike(k - 1)) h.length = 0;
        // ("Crown Prince Al Hussein bin Abdullah II": a person's name after
        // "bin" names the father, inside the son's name)
        if (h.length && k > 0 && h.entry->actor.kind == ActorKind::kPerson &&
            (t_[k - 1].key == "bin"sv || t_[k - 1].key == "ibn"sv || t_[k - 1].key == "bint"sv))
          h.length = 0;
        // ("the Turkish military operations": a body's name that ends in a
        // lower-case word before a plain noun is that noun's modifier; the
        // shorter name, the demonym, is read)
        if (h.length > 1 && t_[k + h.length - 1].Is(kLower) && ModifiesNext(k + h.length - 1))
          h = lex_.DictAt(t_, k, k + h.length - 1);
        if (h.length) {
          dict_[k] = h;
          k += h.length;
          continue;
        }
      }
      ++k;
    }
  }

  uint64_t PhraseBits(int i, int len) const {
    if (i < 0 || i >= n_) return 0;
    for (uint32_t p = s_.phrase_start[i]; p < s_.phrase_start[i + 1]; ++p)
      if (s_.phrases[p].length == len) return s_.phrases[p].bits;
    return 0;
  }

  bool Is(int k, uint16_t cls) const { return (cls_[k] & cls) != 0; }
  // IsDetKey / IsPossDetKey of token k's key, from its class.
  bool Det(int k) const { return Is(k, kTagDet); }
  bool PossDet(int k) const { return Is(k, kTagPossDet); }

  bool Initial(int k) const {
    if (k >= n_ || !t_[k].Is(kCap) || t_[k].key.size() != 1) return false;
    // ("Dinesh K Tripathi": without its period, between two name words)
    // (token flags only: Prepare asks before the word classes are read)
    auto word = [&](int j) {
      return t_[j].Is(kWord) && t_[j].Is(kCap) && !t_[j].Is(kAllCaps) && t_[j].key.size() > 1;
    };
    return t_[k].Is(kAbbrev) || (k > 0 && k + 1 < n_ && word(k - 1) && word(k + 1));
  }

  // (one load of the flags: small enough to be inlined at its hundred
  // calls, where the three tests were called out of line)
  bool Cap(int k) const {
    if (k >= n_) return false;
    uint32_t f = t_[k].flags;
    return (f & kWord) && (f & (kCap | kAllCaps));
  }

  bool DateMonth(int k) const {
    if (!(bits_[k] & kMonth)) return false;
    if (k + 1 < n_ && t_[k + 1].Is(kNumber)) return true;
    if (k > 0) {
      std::string_view p = t_[k - 1].key;
      if (p == "in"sv || p == "on"sv || p == "since"sv || p == "until"sv || p == "of"sv || p == "by"sv || p == "from"sv ||
          p == "early"sv || p == "late"sv || p == "mid"sv || p == "between"sv || p == "before"sv || p == "after"sv ||
          p == "last"sv || p == "next"sv || p == "this"sv || t_[k - 1].Is(kNumber))
        return true;
    }
    return false;
  }

  bool CapMaterial(int k) const {
    if (k >= n_ || !Cap(k)) return false;
    if (bits_[k] & (kFunction | kWeekday | kPronPerson | kPronPlural | kPronSpeaker)) return false;
    if (DateMonth(k)) return false;
    if (OpeningParticiple(k)) return false;
    return true;
  }

  // "Recalling Baku's hosting ...", "Welcoming the guests": a sentence that
  // opens with a participle (before a name or a determiner) is no name.
  bool OpeningParticiple(int k) const {
    if (k != 0 || dict_[k].length || k + 1 >= n_) return false;
    std::string_view w = t_[k].key;
    if (!reader::IngForm(w)) return false;
    // (not the first word of a title: "Managing Director Ana Ruiz said")
    if (lex_.PhraseAt(s_, k, kTitle) > 1) return false;
    return Cap(k + 1) || Is(k + 1, kTagDet | kTagPossDet);
  }

  // Tokens that may open a region's material (after determiners).
  bool MaterialStart(int k) const {
    if (k >= n_) return false;
    if (dict_[k].length || CapMaterial(k)) return true;
    // "First Vice Foreign Minister": an ordinal before a title (of one word
    // or several)
    if (Cap(k) && (bits_[k] & kOrdinalWord) && k + 1 < n_ && Cap(k + 1) &&
        ((bits_[k + 1] & kTitle) || lex_.PhraseAt(s_, k + 1, kTitle | kTitleLower)))
      return true;
    if ((t_[k].Is(kOrdinal) || t_[k].Is(kYear)) && (CapMaterial(k + 1) || (t_[k].Is(kOrdinal) && GatheringAhead(k + 1)))) return true;
    // "the 3+3 Regional Cooperation Platform": a format's name first
    if (FormatName(k) && CapMaterial(k + 1)) return true;
    return false;
  }

  // "3+3", "5+1": one token of digits joined by "+" (its key "3 3").
  bool FormatName(int k) const {
    std::string_view w = t_[k].key;
    return w.size() >= 3 && std::isdigit(static_cast<unsigned char>(w[0])) && w.find(' ') != std::string_view::npos &&
           std::isdigit(static_cast<unsigned char>(w.back()));
  }

  // Whether lower-case word k stands before a plain lower-case noun it
  // modifies ("military" in "military operations").
  bool ModifiesNext(int k) const {
    int j = k + 1;
    if (j >= n_ || !t_[j].Is(kWord) || !t_[j].Is(kLower)) return false;
    uint64_t b = s_.bits[j];
    // (a plural noun: "responsible" after "the Russian government" is no noun)
    std::string_view w = t_[j].key;
    if (w.size() < 4 || w.back() != 's' || w.substr(w.size() - 3) == "ous"sv || w[w.size() - 2] == 's')
      return false;
    return !lex_.PhraseAt(s_, j, kLowerHeadBits) && !PastTense(j) &&
           !(b & (kFunction | kPreposition | kVerb | kSpeechVerb | kCoordinator | kRelative | kIntention | kTitleLower |
                  kGenericPerson | kPersonGroup | kDelegation | kSubordinator));
  }

  int LowerHeadLen(int k) const {
    if (k >= n_ || !t_[k].Is(kWord) || t_[k].Is(kCap) || t_[k].Is(kAllCaps)) return 0;
    int len = lex_.PhraseAt(s_, k, kLowerHeadBits);
    if (len && (PhraseBits(k, len) & (kLowerHeadBits | kOrgHeadLower)) == kOrgHead) return 0;
    // ("the Turkish military operations": a body's word before a plain noun
    // modifies it)
    if (len && (PhraseBits(k, len) & kLowerHeadBits & ~kCountryNoun) == kOrgHead && ModifiesNext(k + len - 1))
      return 0;
    // "Aliyev's state visit": a noun that only stands for a country's people
    // ("the Azerbaijani state") modifies the plain noun after it
    int next = k + len;
    // (a plural before a word is its subject: "border commissions hold")
    if (len && (PhraseBits(k, len) & kLowerHeadBits) == kCountryNoun && t_[next - 1].key.back() != 's' &&
        next < n_ && t_[next].Is(kWord) && t_[next].Is(kLower) && !LowerHeadLen(next) &&
        !(bits_[next] & (kFunction | kPreposition | kVerb | kSpeechVerb | kCoordinator | kRelative | kIntention)) &&
        !PastTense(next))
      return 0;
    return len;
  }

  // "the Uzbek side (highly) appreciated": a word in -ed after a noun, or
  // after an adverb after it, is its verb
  bool PastTense(int k) const {
    std::string_view key = t_[k].key;
    if (key.size() > 4 && key.compare(key.size() - 2, 2, "ly") == 0 && k + 1 < n_ && t_[k + 1].Is(kWord)) key = t_[k + 1].key;
    return key.size() > 4 && key.compare(key.size() - 2, 2, "ed") == 0;
  }

  // (always inlined, as MayStartRegion below: a few tests asked at most
  // tokens, which GCC called out of line from the finder's long functions)
  __attribute__((always_inline)) bool Adjective(int k) const {
    if (k >= n_ || !t_[k].Is(kWord) || !t_[k].Is(kLower)) return false;
    if (bits_[k] & kGathering) return false;
    // ("the visiting delegation": a participle of a rule before the head)
    // ("the visiting minister": and before a title in lower case)
    if (t_[k].key == "visiting"sv && k + 1 < n_ && t_[k + 1].Is(kLower) && (bits_[k + 1] & (kDelegation | kTitleLower)))
      return true;
    // ("the visiting foreign secretary": and before a title of two words)
    if (t_[k].key == "visiting"sv && k + 1 < n_ && t_[k + 1].Is(kLower))
      if (int len = LowerHeadLen(k + 1); len > 1 && (PhraseBits(k + 1, len) & kTitleLower)) return true;
    // ("Japan's newly arrived ambassador X": a participle after "newly")
    if (k > 0 && t_[k - 1].key == "newly"sv && t_[k].key.size() > 3 &&
        t_[k].key.compare(t_[k].key.size() - 2, 2, "ed") == 0)
      return true;
    // (a rule's first word is a verb, mostly; its later words are nouns too:
    // "the inter-parliamentary friendship group")
    if (bits_[k] & (kFunction | kVerb | kPreposition | kSpeechVerb | kAnchor | kIntention | kRecall)) return false;
    return true;
  }

  bool ExcellencyAbbreviation(int k) const {
    const Token& t = t_[k];
    bool he = (t.key == "he"sv && t.Is(kAllCaps)) || (t.key == "h e"sv && t.Is(kAbbrev));
    return he && k + 1 < n_ && t_[k + 1].Is(kWord) && t_[k + 1].Is(kCap) && !t_[k + 1].Is(kAllCaps);
  }

  bool Pronoun(int i) {
    // the pronouns below by length and first letter ("i"; "he", "we", "me",
    // "us"; "she", "him", "her"; "they", "them"): most short words are
    // ruled out without comparing them
    return Is(i, kTagPronoun) && ShortPronoun(i);
  }
  // "It also condemned the strike": "it" opening a sentence before the
  // verb of a rule (past a few adverbs or an auxiliary) stands for the
  // body the sentence before had as its subject; any other "it" ("It was
  // agreed", "signed it") is no actor.
  bool BodyPronoun(int i) const {
    if (i != 0 || !t_[i].Is(kCap)) return false;
    int j = i + 1;
    while (j < n_ && j < i + 4 &&
           (t_[j].key == "also"sv || t_[j].key == "further"sv || t_[j].key == "has"sv || t_[j].key == "have"sv ||
            (t_[j].key.size() > 4 && t_[j].key.compare(t_[j].key.size() - 2, 2, "ly") == 0)))
      ++j;
    return j < n_ && (bits_[j] & kAnchor) && t_[j].Is(kLower) &&
           (t_[j].key.size() > 3 && t_[j].key.compare(t_[j].key.size() - 2, 2, "ed") == 0);
  }
  bool ShortPronoun(int i) {
    const Token& t = t_[i];
    std::string_view k = t.key;
    MentionKind kind;
    if (k == "he"sv || k == "she"sv || k == "him"sv) kind = MentionKind::kPronoun;
    else if (k == "her"sv) {
      // "her" before a noun is a determiner.
      if (i + 1 < n_ && t_[i + 1].Is(kWord) && !(bits_[i + 1] & (kPreposition | kFunction))) return false;
      kind = MentionKind::kPronoun;
    } else if (k == "it"sv) {
      if (!BodyPronoun(i)) return false;
      kind = MentionKind::kPronoun;
    } else if (k == "they"sv || k == "them"sv) {
      // ("three companies, among them X": an elaboration, not a party)
      if (k == "them"sv && i > 0 && t_[i - 1].key == "among"sv) return false;
      kind = MentionKind::kPronounPlural;
    }
    else if (k == "i"sv || k == "we"sv || k == "me"sv || k == "us"sv) {
      if (k == "us"sv && t.Is(kAllCaps)) return false;  // "US"
      if (k == "i"sv && i > 0 && Cap(i - 1) && !(bits_[i - 1] & kFunction)) return false;  // "Peter I"
      kind = MentionKind::kPronounSpeaker;
    } else return false;
    Mention m;
    m.kind = kind;
    m.begin = m.name_begin = i;
    m.end = m.name_end = i + 1;
    m.name = k;
    Add(std::move(m));
    return true;
  }

  // Length of a connector at k inside a region that began at b, or 0.
  int ConnectorLen(int b, int k, bool has_title, bool has_org, bool has_event, bool has_speaker,
                   bool has_name) const {
    std::string_view key = t_[k].key;
    int next = k + 1;
    if (next < n_ && t_[next].key == "the"sv) ++next;
    bool next_material = next < n_ && (dict_[next].length || CapMaterial(next) || t_[next].Is(kOrdinal) ||
                                       (FormatName(next) && CapMaterial(next + 1)));
    bool prev_title = k > 0 && (bits_[k - 1] & (kTitle | kTitleLower)) && t_[k - 1].Is(kWord);
    if (key == "of"sv) {
      if (k > b && t_[k - 1].Is(kPossessive)) return 0;
      // ("received Carlos Mendez of Tucuman and Jorge Ruiz of Salta": a
      // person's plain name, then where he is from, a place in capitals
      // with no head of a body, title or gathering)
      if (!has_title && !has_org && !has_event && k == b + 2 && NameLike(b) && NameLike(b + 1) && next == k + 1 &&
          next < n_ && Cap(next) && !dict_[next].length && !(bits_[next] & kNotNameBits) &&
          (next + 1 >= n_ || !Cap(next + 1)))
        return 0;
      if (next_material || (next < n_ && (bits_[next] & kTitleLower) && has_title)) return next - k;
      // ("the head of the legislature": a body in lower case after a title)
      if (has_title && !has_name && next == k + 2 && next < n_ && t_[next].Is(kLower) && (bits_[next] & kOrgHead) &&
          !(bits_[next] & kTitleLower) && (next + 1 >= n_ || !t_[next + 1].Is(kWord) || !Cap(next + 1)))
        return next - k;
      return 0;
    }
    // "Minister for Foreign Affairs", not "thanked President X for Azerbaijan's ..."
    // (nor "thanked the British Government for the Chevening ...": after
    // thanks, "for the" after a government gives the reason; "thanked the
    // Minister for the Environment X" keeps the portfolio)
    if (key == "for"sv && !has_name && (has_title || has_org || has_event) && next_material &&
        !(next > k + 1 && ThanksBefore(b) && (t_[k - 1].key == "government"sv || t_[k - 1].key == "people"sv)))
      return next - k;
    // "Lawyers for Human Rights", "Doctors for Peace": a body named by its
    // people, capitalised, and their cause
    // (a cause, not a client: "Lawyers for Imran Khan" are his lawyers)
    if (key == "for"sv && k == b + 1 && !has_name && !has_title && Cap(b) && !dict_[b].length &&
        !(bits_[b] & kTitle) && t_[b].key.size() > 3 && t_[b].key.back() == 's' && k + 2 < n_ && Cap(k + 1) &&
        !dict_[k + 1].length && Cap(k + 2)) {
      bool cause = false;
      for (int j = k + 1; j < n_ && j <= k + 3 && Cap(j) && !cause; ++j)
        cause = (bits_[j] & kNotName) || ThingNoun(t_[j].key);
      if (cause) return 1;
    }
    // "the Committee to Protect Journalists": a body named by its purpose
    if (key == "to"sv && has_org && !has_name && k + 2 < n_ && Cap(k + 1) && Cap(k + 2) && !dict_[k + 1].length &&
        !(bits_[k + 1] & (kTitle | kOrgHead)) && t_[k].Is(kLower))
      return 1;
    // "Ambassador to Georgia", not "invited the minister to Ottawa"
    if (key == "to"sv && !has_name && (prev_title || has_title || (k > 0 && t_[k - 1].key == "aide"sv)) &&
        !(next < n_ && dict_[next].length && dict_[next].form == FormKind::kCapital) &&
        (next_material || (next < n_ && (bits_[next] & (kTitle | kTitleLower)))))
      return next - k;
    // ("... Minister of Transport and Logistics Chanda Mwansa on the Lobito
    // Corridor": after a titled name the phrase is the topic, not the body's)
    if ((key == "against"sv || key == "on"sv) && (has_org || has_event) && next_material &&
        !(has_title && k >= b + 2 && NameLike(k - 1) && NameLike(k - 2)))
      return next - k;
    // "Minister of State at the Federal Foreign Office Florian Hahn",
    // "Secretary of State in the Ministry of Foreign Affairs X": a title
    // held at a body
    // (with the holder's name in the same run: "at the Ministry of Foreign
    // Affairs, X" is an apposition, read later)
    // (not after a name: "President of Mozambique Daniel Chapo at the
    // Government Headquarters")
    if ((key == "at"sv || key == "in"sv) && has_title && !has_name && next_material && next > k + 1 &&
        !CountryThenName(b, k)) {
      bool body = false;
      int j = next;
      // ("at the Ministry of Development and Technology of Poland X": a
      // body's name may join two words; "... Energy X Y and Deputy Minister
      // of ...": not a title, which begins the next person)
      for (; j < n_ && j < next + 14 &&
             (Cap(j) || t_[j].key == "of"sv || t_[j].key == "the"sv ||
              (t_[j].key == "and"sv && j > next && Cap(j - 1) && j + 1 < n_ && Cap(j + 1) &&
               !(bits_[j + 1] & kTitle)));
           ++j)
        body = body || (bits_[j] & kOrgHead);
      // The holder's name ends the run: "her Korean counterpart at the
      // Ministry of Foreign Affairs in Seoul" or "at the Ministry of
      // Development of Poland" names no one at the body; a name of two
      // words may stand before a comma ("at the Ministry of Foreign Affairs
      // of Poland Marek Wisniewski, with whom").
      auto person_word = [&](int w) {
        return NameLike(w) || (InDict(w) && t_[w].Is(kCap) && !(bits_[w] & kNotNameBits) &&
                               PersonEntryCovers(w));
      };
      bool named_before_comma = j < n_ && t_[j].key == ","sv && j >= next + 3 && person_word(j - 1) &&
                                person_word(j - 2);
      if (body && j < n_ && (t_[j].key != ","sv || named_before_comma) && j > next && person_word(j - 1))
        return next - k;
    }
    if (key == "by"sv && has_speaker && next_material) return next - k;
    // "Minister Delegate in charge of Investment X": a portfolio after "in
    // charge of"
    if (key == "in"sv && has_title && !has_name && k + 3 < n_ && t_[k + 1].key == "charge"sv &&
        t_[k + 2].key == "of"sv && CapMaterial(k + 3))
      return 3;
    // "the Joint Commission between Uzbekistan and Afghanistan", "the
    // Strategic Dialogue between the EU and Central Asia": the two parties
    // of a body or gathering, each a known country or body, end its name
    if (key == "between"sv && (has_org || has_event) && !has_name && !has_title) {
      int a = next;
      if (a < n_ && dict_[a].length) {
        int j = a + dict_[a].length;
        if (j + 1 < n_ && t_[j].key == "and"sv) {
          int c = j + 1 + (t_[j + 1].key == "the"sv ? 1 : 0);
          // (two bodies only for a gathering: "the Plan of Cooperation
          // between the Ministry of Defence of A and the Ministry of B" is
          // a document whose parties a rule reads)
          auto party = [&](int at) {
            ActorKind kind = dict_[at].entry->actor.kind;
            return kind == ActorKind::kCountry || (has_event && kind == ActorKind::kOrganization);
          };
          if (c < n_ && dict_[c].length && party(a) && party(c)) return c + dict_[c].length - k;
        }
      }
    }
    // "Office National des Hydrocarbures et des Mines", "Banco de la
    // Nación": a body's name in another language joins its words with that
    // language's articles and "and"
    if (has_org && !has_name && k > b && t_[k].Is(kLower) && InWordClass("foreign_name_joiner", key)) {
      int j = k + 1;
      while (j < n_ && j < k + 3 && t_[j].Is(kLower) && InWordClass("foreign_name_joiner", t_[j].key)) ++j;
      if (j < n_ && Cap(j) && !dict_[j].length && !(bits_[j] & kTitle)) return j - k;
    }
    // "the Days of Japanese Culture in Uzbekistan 2027": a gathering's name
    // runs on over "in <country> <year>"
    if (key == "in"sv && has_event && !has_name && k + 1 < n_ && dict_[k + 1].length &&
        dict_[k + 1].entry->actor.kind == ActorKind::kCountry) {
      int after = k + 1 + dict_[k + 1].length;
      if (after < n_ && t_[after].Is(kYear)) return 1;
    }
    // (and over "in <region or town> <year>": "the Japan Days in Zemgale
    // 2026", "the Korea Days in Tartu 2026 festival")
    if (key == "in"sv && has_event && !has_name && k + 2 < n_ && Cap(k + 1) && !dict_[k + 1].length) {
      int j = k + 1;
      while (j < n_ && j < k + 4 && Cap(j) && !dict_[j].length && !t_[j].Is(kPossessive)) ++j;
      if (j > k + 1 && j < n_ && t_[j].Is(kYear)) return 1;
    }
    // "the Forum on Peace and Security in Africa", "... in West Africa": a
    // gathering on a topic runs on over "in" a part of the world (a city or
    // a country after "in" is where it met: "the G20 Summit in South
    // Africa", "the ASEAN Summit in Southeast Asia" name no topic)
    if (key == "in"sv && has_event && !has_name && !dict_[k + 1].length) {
      bool topic = false;
      for (int j = b; j < k && !topic; ++j) topic = t_[j].key == "on"sv || t_[j].key == "for"sv;
      int j = k + 1;
      while (j < n_ && j < k + 3 && InWordClass("region_quarter", t_[j].key) && !dict_[j].length) ++j;
      if (topic && j < n_ && t_[j].Is(kCap) && !t_[j].Is(kPossessive) && InWordClass("world_region", t_[j].key) &&
          !(j + 1 < n_ && (Cap(j + 1) || t_[j + 1].Is(kPossessive))))
        return j + 1 - k;
    }
    // "the Invest in Ghana Forum 2026", "the Made in Kenya Expo": a
    // capitalised word, "in", and words that run on to a gathering's head
    // (not a participle: "Arriving in Baku Congress Center, X met")
    // ("Ecuador Open for Business 2026": "for", and words that run on to
    // a year)
    if ((key == "in"sv || key == "for"sv) && !has_event && !has_name && !has_title && !has_org && k > b &&
        Cap(k - 1) && !dict_[k - 1].length && t_[k].Is(kLower) && !reader::IngForm(t_[k - 1].key))
      for (int j = k + 1; j < n_ && j <= k + 4; ++j) {
        if (t_[j].Is(kCap) && (bits_[j] & kEventHead) && j > k + 1) return 1;
        if (t_[j].Is(kYear) && j > k + 1) return 1;
        if (!t_[j].Is(kCap)) break;
      }
    // "the 29th meeting of the Military Committee under the CSTO Council of
    // Defense Ministers": a gathering's body may sit under another
    if (key == "under"sv && has_event && !has_name && k + 2 < n_ && t_[k + 1].key == "the"sv && Cap(k + 2)) return 2;
    // "Head of the ICRC Delegation in Azerbaijan Ariane Bauer"
    if (key == "in"sv && has_title && k + 1 < n_ && dict_[k + 1].length &&
        dict_[k + 1].entry->actor.kind == ActorKind::kCountry) {
      int after = k + 1 + dict_[k + 1].length;
      // (a given name may be a capital's: "Sofia Lindqvist-Berg")
      bool given = after < n_ && (NameLike(after) || (dict_[after].length == 1 && dict_[after].form == FormKind::kCapital));
      if (after + 1 < n_ && given && NameLike(after + 1)) return 1;
    }
    if (key == "and"sv || key == "&"sv) {
      if (k + 1 >= n_ || has_name) return 0;
      // "the Annual Meetings of the IMF and the World Bank Group": a
      // gathering of two bodies, each known or named by a body's head word
      if (key == "and"sv && has_event && k + 2 < n_ && t_[k + 1].key == "the"sv && EndsKnownBody(b, k) &&
          BodyAt(k + 2))
        return 2;
      // "the 9th Indonesia-Australia Foreign and Defence Ministers' Meeting":
      // capitalised words after "and" run on to a gathering's head word
      // ("... Trade and Investment Partnership (ETIP) Ministerial Dialogue":
      // over the short name in brackets too)
      if (key == "and"sv && k > b && t_[k - 1].Is(kCap) && !dict_[k - 1].length && !(bits_[k - 1] & kTitle))
        for (int j = k + 1, last = k + 5; j < n_ && j <= last; ++j) {
          if (t_[j].key == "("sv && j + 2 < n_ && t_[j + 1].Is(kAllCaps) && t_[j + 2].key == ")"sv) {
            j += 2;
            last += 3;
            continue;
          }
          if (t_[j].Is(kCap) && (bits_[j] & kEventHead)) return 1;
          if (!(t_[j].Is(kCap) && !dict_[j].length) && !t_[j].Is(kPossessive)) break;
        }
      // "Austral Cargo Ltd and Pacific Dredging Company": a company's legal
      // form ends its name
      if (key == "and"sv && k > b && (bits_[k - 1] & kOrgSuffix)) return 0;
      // "Special Representative for the South Caucasus and the crisis in
      // Georgia X": a second object of the title's "for", named by a common
      // noun (not a title, so no second person begins here)
      if (has_title && k + 4 < n_ && t_[k + 1].key == "the"sv && t_[k + 2].Is(kLower) &&
          !(bits_[k + 2] & (kTitle | kTitleLower | kFunction | kPreposition)) &&
          (t_[k + 3].key == "in"sv || t_[k + 3].key == "of"sv) &&
          (dict_[k + 4].length || CapMaterial(k + 4))) {
        for (int j = k - 1; j > b; --j)
          if (t_[j].key == "for"sv) return 4;
      }
      // "... Transport Rashad Nabiyev and Minister of ...": a name ends here
      // (not the end of a title's own words: "Minister of Foreign Affairs
      // and International Cooperation of Guyana")
      // (not the fields of a body's name: "the Independent Electoral and
      // Boundaries Commission")
      // ("Ambassador for People Smuggling and Human Trafficking Joachim
      // Stein": a portfolio's second field, then the name; four capitalised
      // words or more after "and", no title among them)
      if (has_title && k >= b + 2) {
        bool portfolio = false;
        for (int j = b; j < k && !portfolio; ++j) portfolio = t_[j].key == "for"sv || t_[j].key == "of"sv;
        int w = k + 1;
        while (w < n_ && Cap(w) && !dict_[w].length && !(bits_[w] & kTitle)) ++w;
        if (portfolio && w - (k + 1) >= 4 && (w >= n_ || !t_[w].Is(kWord) || t_[w].Is(kLower))) return 1;
      }
      // (not the second field of a gathering's or body's topic: "the Joint
      // Working Group on People Smuggling and Transnational Crime", where
      // "on" or "for" after the head opens the fields and no title is near)
      if (!has_title && (has_event || has_org) && k >= b + 3 && NameLike(k - 1) && NameLike(k - 2) && Cap(k + 1) &&
          !dict_[k + 1].length && !(bits_[k + 1] & kTitle)) {
        bool topic = false;
        // (past a short name in brackets: "Joint Working Group (JWG) on")
        for (int j = b + 1; j < k - 1 && !topic; ++j) {
          int head = j - 1;
          if (t_[head].key == ")"sv && head - 3 >= b && t_[head - 2].key == "("sv) head -= 3;
          topic = (t_[j].key == "on"sv || t_[j].key == "for"sv) && t_[j].Is(kLower) &&
                  (bits_[head] & (kEventHead | kOrgHead));
        }
        int w = k + 1;
        while (w < n_ && Cap(w) && !dict_[w].length && !(bits_[w] & kTitle)) ++w;
        // (not a second body with a name of its own: "... (CARD) and Lawyers
        // for Human Rights")
        bool own_name = w < n_ && (t_[w].key == "for"sv || t_[w].key == "of"sv || t_[w].key == "on"sv);
        if (topic && !own_name && (w >= n_ || !t_[w].Is(kWord) || t_[w].Is(kLower))) return 1;
      }
      // ("Minister of Economy Mohamed al-Hwaij and President of ...": a
      // surname with a lower-case particle ends a name too)
      if (k >= b + 2 && (NameLike(k - 1) || ParticleCompound(k - 1)) && NameLike(k - 2)) {
        bool in_title = false;
        for (int j = b; j < k - 1 && !in_title; ++j) in_title = j + lex_.PhraseAt(s_, j, kTitle, k) >= k;
        bool body = false;
        for (int j = k + 1; j < n_ && j <= k + 3 && Cap(j) && !dict_[j].length && !body; ++j)
          body = (bits_[j] & kOrgHead) && !(bits_[j] & kTitle) && j > k + 1;
        if (!in_title && !body) return 0;
      }
      int prev = k - 1;
      // Azerbaijani and Turkish (representatives)
      if (prev >= b && IsDemonymEnd(prev) && dict_[k + 1].length && dict_[k + 1].form == FormKind::kDemonym)
        return 1;
      if (has_title && Cap(k + 1) && (bits_[k + 1] & kTitle) && !dict_[k + 1].length) return 1;
      // ("Crown Prince and Prime Minister X": a second title of several
      // words, when the first has no "of")
      if (has_title && Cap(k + 1) && !dict_[k + 1].length && lex_.PhraseAt(s_, k + 1, kTitle) > 1) {
        bool of = false;
        for (int j = b; j < k && !of; ++j) of = t_[j].key == "of"sv;
        if (!of) return 1;
      }
      // "Salvadoran Justice and Public Security Minister X": a portfolio of
      // two fields before the title
      // (the run opens with the demonym: "Larrain and Deputy Prime Minister
      // X" are two persons)
      if (!has_title && !has_org && !has_event && dict_[b].length && dict_[b].form == FormKind::kDemonym &&
          k > b + dict_[b].length && Cap(k - 1) && !dict_[k - 1].length &&
          !(bits_[k - 1] & (kTitle | kOrgHead | kOrgSuffix)) && Cap(k + 1) && !dict_[k + 1].length)
        for (int j = k + 1; j + 1 < n_ && j <= k + 3 && Cap(j) && !dict_[j].length; ++j)
          if (int len = lex_.PhraseAt(s_, j, kTitle)) {
            int name = j + len;
            if (name < n_ && (NameLike(name) ||
                              (dict_[name].length && dict_[name].entry->actor.kind == ActorKind::kPerson)))
              return 1;
            break;
          }
      if (has_title && Cap(k + 1) && !dict_[k + 1].length) {
        // more of the same portfolio: capitalised words up to "of <name>"
        for (int j = k + 1; j < n_ && j <= k + 4; ++j) {
          if (t_[j].key == "of"sv && j + 1 < n_ && (dict_[j + 1].length || Cap(j + 1) || t_[j + 1].key == "the"sv))
            return 1;
          if (!Cap(j) || dict_[j].length) break;
        }
      }
      // "Georgian Railway and South Caucasus Railway": a name that ends in
      // its head word, then another that ends in one, are two bodies
      // ("the Ministry of Labour and Social Protection" is one)
      if (has_org && k > b && (bits_[k - 1] & kOrgHead) && Cap(k - 1))
        for (int j = k + 1; j < n_ && j <= k + 4 && Cap(j); ++j)
          if (bits_[j] & kOrgHead) return 0;
      // "Minister of Water and Irrigation X": a field whose ending names a
      // thing is more of the title's portfolio, not a second person
      // ("Minister of Ports and Free Zones, X Y,": nor are words that a
      // comma and the holder's name follow)
      if (has_title && Cap(k + 1) && !dict_[k + 1].length && !(bits_[k + 1] & kTitle)) {
        int j = k + 1;
        while (j < n_ && j < k + 4 && Cap(j) && !dict_[j].length && !(bits_[j] & kTitle)) ++j;
        bool named_after = HolderInCommasAt(j);
        // ("Director General of Budget Financing and Risk Management,
        // Suminto,": the field's last word names a thing)
        if (ThingNoun(t_[k + 1].key) || ThingNoun(t_[j - 1].key) || named_after)
          for (int o = k - 1; o > b; --o)
            if (t_[o].key == "of"sv || t_[o].key == "for"sv) return 1;
      }
      if (Cap(k + 1) && !dict_[k + 1].length && (bits_[k + 1] & (kNotName | kOrgHead | kEventHead))) {
        if (has_org || has_event || has_title) return 1;
        for (int j = k + 1; j < n_ && j <= k + 3 && Cap(j); ++j)
          if (bits_[j] & (kOrgHead | kEventHead)) return 1;
      }
      // "the EU-Nepal Ministerial Dialogue on Migration and Mobility", "the
      // Forum on Jobs and Growth": a gathering's topic after "on" joins two
      // fields, the second of one or two capitalised words that end the name
      if (has_event && !has_name && k > b + 2 && Cap(k - 1) && Cap(k + 1) && !dict_[k + 1].length &&
          !(bits_[k + 1] & (kTitle | kOrgHead | kEventHead))) {
        bool on = false;
        for (int j = k - 2; j > b && j >= k - 4 && !on; --j) on = t_[j].key == "on"sv;
        int last = Cap(k + 2) && !dict_[k + 2].length ? k + 2 : k + 1;
        if (on && (last + 1 >= n_ || !Cap(last + 1))) return 1;
      }
      // "the Veterinary and Phytosanitary Safety Inspectorate", "the Science
      // and Technology Agency": fields joined by "and" before the body's head
      if (!has_org && !has_title && !has_event && k > b && Cap(k - 1) && !dict_[k - 1].length && Cap(k + 1) &&
          !dict_[k + 1].length)
        for (int j = k + 1; j < n_ && j <= k + 4 && Cap(j) && !dict_[j].length; ++j)
          if (bits_[j] & kOrgHead) return 1;
      // "Korea Institute of Geoscience and Mineral Resources": a body's
      // portfolio goes on to a generic word two or three words on (not after
      // a complete name: "Araks Electronics LLC and Sevan Trade Logistics")
      if ((has_org || has_event) && k > b && t_[k - 1].Is(kCap) &&
          !(bits_[k - 1] & (kOrgHead | kOrgSuffix | kEventHead | kOrgPluralHead)) && Cap(k + 1) && !dict_[k + 1].length)
        for (int j = k + 2; j < n_ && j <= k + 3 && Cap(j) && !dict_[j].length; ++j)
          if (bits_[j] & kNotName) return 1;
      // "the Federal Service for Veterinary and Phytosanitary Surveillance":
      // after the body's "for", the portfolio runs on to a word whose ending
      // names a thing, not a person ("-ance", "-tion", "-ology" ...)
      if (has_org && k > b + 2 && t_[k - 1].Is(kCap) && Cap(k + 1) && !dict_[k + 1].length &&
          !(bits_[k + 1] & (kTitle | kOrgHead))) {
        bool for_before = false;
        for (int j = k - 1; j > b && !for_before; --j) for_before = t_[j].key == "for"sv;
        int j = k + 1;
        while (j + 1 < n_ && j < k + 3 && Cap(j + 1) && !dict_[j + 1].length) ++j;
        if (for_before && ThingNoun(t_[j].key)) return 1;
        // ("the Office for Kosovo and Metohija": a place, then one more word)
        if (for_before && j == k + 1 && dict_[k - 1].length && (j + 1 >= n_ || !Cap(j + 1))) return 1;
        // ("the Ministry of Agriculture and Livestock,": one more field of
        // the head's "of", ending the name)
        bool head_of = false;
        for (int h = b; h + 1 < k && !head_of; ++h) head_of = (bits_[h] & kOrgHead) && t_[h + 1].key == "of"sv;
        if (head_of && j == k + 1 && (j + 1 >= n_ || !Cap(j + 1)) && !(bits_[j] & kNotNameBits) &&
            !dict_[k - 1].length && t_[k + 1].Is(kWord) && !t_[k + 1].Is(kAllCaps))
          return 1;
      }
      // "the Union of Manufacturers and Businessmen of Armenia": a second
      // member of the body's "of" phrase, then its country
      if (has_org && !has_title && k > b + 1 && t_[k - 1].Is(kCap) && Cap(k + 1) && !dict_[k + 1].length &&
          !(bits_[k + 1] & (kTitle | kOrgHead | kNotName)) && k + 3 < n_ && t_[k + 2].key == "of"sv) {
        int c = k + 3;
        if (t_[c].key == "the"sv && c + 1 < n_) ++c;
        if (dict_[c].length && dict_[c].entry->actor.kind == ActorKind::kCountry) {
          for (int j = k - 1; j > b; --j)
            if (t_[j].key == "of"sv) return 1;
        }
      }
    }
    return 0;
  }

  // "co-chairs", "ministers": the plural of a title in lower case.
  bool PluralTitle(std::string_view key) const {
    if (key.size() < 4 || key.back() != 's') return false;
    return (lex_.Bits(key.substr(0, key.size() - 1)) & kTitleLower) != 0;
  }

  // Whether "led by" or "headed by" and a leader's name follow token k in
  // the sentence (after a comma or a relative clause too). A name is two
  // plain capitalised words after a title or a body, not after "of" or
  // "for": "led by the Vice-Minister of Defense for International Affairs"
  // names no one.
  bool LedByAhead(int k) const {
    for (int j = k; j < n_ && j < k + 24; ++j) {
      if (t_[j].key == "."sv || t_[j].key == ";"sv) return false;
      int len = lex_.PhraseAt(s_, j, kLedBy);
      // (a verb first ends the phrase: "met Vietnamese officials led by X")
      if (!len && VerbLikeKey(j) && t_[j].key != "was"sv && t_[j].key != "were"sv && t_[j].key != "is"sv &&
          t_[j].key != "are"sv)
        return false;
      if (!len) continue;
      auto plain = [&](int i) {
        return i < n_ && t_[i].Is(kWord) && t_[i].Is(kCap) && !(bits_[i] & (kTitle | kOrgHead | kFunction));
      };
      for (int i = j + len; i + 1 < n_ && i < j + len + 14; ++i) {
        std::string_view w = t_[i].key;
        if (w == ","sv || w == "."sv || w == ";"sv) break;
        std::string_view before = t_[i - 1].key;
        if (plain(i) && plain(i + 1) && before != "of"sv && before != "for"sv && before != "and"sv) return true;
      }
      return false;
    }
    return false;
  }

  // A lower-case kind of place: "the city of Valencia", "Samarkand region",
  // "Khovd aimag" (the pattern table's word class place_kind).
  bool PlaceKind(std::string_view k) const { return InWordClass("place_kind", k); }

  // A word whose ending names a thing or a field ("Surveillance",
  // "Technology", "Management"), so no part of a person's name.
  // Whether a comma at k opens a holder's plain name of two words or more
  // (", Hassan Doualeh Ali,").
  bool HolderInCommasAt(int k) const {
    return k + 2 < n_ && t_[k].key == ","sv && NameLike(k + 1) && NameLike(k + 2);
  }

  // Whether the run [b, k) ends in a country's name, then a name of two to
  // four words ("President of Mozambique Daniel Chapo").
  bool CountryThenName(int b, int k) const {
    int j = k - 1;
    while (j > b && j >= k - 4 && NameLike(j)) --j;
    if (k - 1 - j < 2) return false;
    for (int i = j; i >= b && i >= j - 3; --i)
      if (dict_[i].length) return i + dict_[i].length - 1 == j && dict_[i].entry->actor.kind == ActorKind::kCountry;
    return false;
  }

  // The fields of a body's portfolio run from its "of", "on" or "for" to
  // the comma at k: capitalised words and "and", no name of the dictionary
  // nor a title.
  // (not after a name of the dictionary that ends at the comma: "Sri
  // Lanka's Ministry of Foreign Affairs, Foreign Employment and Tourism"
  // stays the ministry the dictionary knows)
  bool PortfolioOpens(int b, int k) const {
    if (t_[k - 2].key == "of"sv && Cap(k - 1)) return true;
    for (int i = b; i < k; ++i)
      if (dict_[i].length && i + dict_[i].length == k) return false;
    int j = k - 1, words = 0;
    while (j > b && words < 5 &&
           ((Cap(j) && !dict_[j].length && !(bits_[j] & kTitle)) || (t_[j].key == "and"sv && j < k - 1))) {
      --j;
      ++words;
    }
    std::string_view w = t_[j].key;
    return words >= 2 && Cap(k - 1) && (w == "of"sv || w == "on"sv || w == "for"sv);
  }

  static bool ThingNoun(std::string_view w) {
    // (not "-ence" or "-ness": Lawrence, Holness; not "-ics": Rinkevics;
    // long words only where a name ends alike: Constance, Clement)
    static constexpr std::string_view kEndings[] = {"tion", "sion", "ology", "ism", "ship", "ance", "ment", "cracy", "macy"};
    // ("Peace, Reconciliation and Unity X": "-ity", even short)
    if (w.size() >= 5 && w.compare(w.size() - 3, 3, "ity") == 0) return true;
    if (w.size() < 6) return false;
    for (std::string_view e : kEndings)
      if (w.compare(w.size() - e.size(), e.size(), e) == 0)
        return (e != "ance"sv || w.size() >= 10) && (e != "ment"sv || w.size() >= 8);
    return false;
  }

  // A token's key in a word class of the pattern table (matched as keys
  // are: case and diacritics folded). For classes asked rarely: it folds
  // each word of the class.
  bool InWordClass(std::string_view word_class, std::string_view key) const {
    return lex_.InWordClass(word_class, key);
  }

  // After the comma at k, places up to and including "and <place>" (each a
  // country or up to three capitalised words naming no title or body):
  // the end of the list, else 0.
  int PlaceListEnd(int k) const {
    int j = k;
    while (j < n_ && (t_[j].key == ","sv || t_[j].key == "and"sv)) {
      bool last = t_[j].key == "and"sv;
      ++j;
      if (j < n_ && t_[j].key == "the"sv) ++j;
      int run = 0;
      if (j < n_ && dict_[j].length && dict_[j].entry->actor.kind == ActorKind::kCountry) {
        j += dict_[j].length;
        run = 1;
      } else {
        while (j < n_ && run < 3 && Cap(j) && !dict_[j].length && !(bits_[j] & (kTitle | kOrgHead | kEventHead))) ++j, ++run;
      }
      if (!run) return 0;
      if (last) return j;
    }
    return 0;
  }

  // A spaced dash at k between two names inside the name of a body or a
  // gathering: "the Third China – Central Asia Summit", "the Korea –
  // Uzbekistan Parliamentary Friendship Group", "the China – Kyrgyzstan –
  // Uzbekistan railway". The names after it run on to the head noun (not to
  // a title: "Assistant to the President – Head of ..." is a chain of titles).
  bool DashInName(int k) const {
    if (k == 0 || k + 1 >= n_ || !(Cap(k - 1) || InDict(k - 1)) || (bits_[k + 1] & kTitle)) return false;
    if (!Cap(k + 1) && !dict_[k + 1].length) return false;
    for (int j = k + 1; j < n_ && j <= k + 10;) {
      if (dict_[j].length) {
        if (dict_[j].entry->actor.kind != ActorKind::kCountry && dict_[j].entry->actor.kind != ActorKind::kOrganization)
          return false;
        j += dict_[j].length;
      } else if (t_[j].Is(kDash) || t_[j].key == "and"sv) {
        ++j;
      } else if (Cap(j) && !(bits_[j] & kTitle)) {
        if (bits_[j] & (kOrgHead | kEventHead)) return true;
        ++j;
      } else {
        return t_[j].Is(kWord) && (bits_[j] & (kOrgHead | kEventHead)) && !(bits_[j] & kTitle);
      }
    }
    return false;
  }

  // "Ji-hoon", "Geun-hye": capital, hyphen, lower-case syllable
  bool KoreanGivenName(int k) const {
    if (!t_[k].Is(kCap) || !t_[k].Is(kHyphenated) || t_[k].Is(kAllCaps)) return false;
    std::string_view text = s_.text;
    std::string_view word = text.substr(t_[k].begin, t_[k].end - t_[k].begin);
    std::size_t dash = word.find('-');
    // (a first syllable of up to five letters: "Jin-woo", "Heong-joon",
    // "Kyung-wha"; not a place's compound: "Korea-based", "Iran-backed")
    if (dash == std::string_view::npos || dash + 1 >= word.size() || dash > 5 || word[dash + 1] < 'a' ||
        word[dash + 1] > 'z')
      return false;
    // (the compound's second parts are data: word class compound_suffix)
    return !InWordClass("compound_suffix", word.substr(dash + 1));
  }

  bool NameLike(int k) const {
    return t_[k].Is(kWord) && t_[k].Is(kCap) && !t_[k].Is(kAllCaps) && !(bits_[k] & kNotNameBits) &&
           !dict_[k].length && !InDict(k);
  }
  // Whether a dictionary person's name covers token k.
  bool PersonEntryCovers(int k) const {
    for (int j = k; j >= 0 && j >= k - 8; --j)
      if (dict_[j].length && j + dict_[j].length > k) return dict_[j].entry->actor.kind == ActorKind::kPerson;
    return false;
  }
  bool InDict(int k) const {
    for (int j = k; j >= 0 && j >= k - 8; --j)
      if (dict_[j].length && j + dict_[j].length > k) return true;
    return false;
  }
  // Whether a dictionary body's name, begun at or after b, ends right
  // before token k.
  bool EndsKnownBody(int b, int k) const {
    for (int j = k - 1; j >= b && j >= k - 8; --j)
      if (dict_[j].length && j + dict_[j].length == k) return dict_[j].entry->actor.kind == ActorKind::kOrganization;
    return false;
  }
  // Whether a body's name starts at k and ends the run: a dictionary body,
  // or capitalised words with a body's head word ("the World Bank Group").
  bool BodyAt(int k) const {
    int j = k;
    bool head = false;
    while (j < n_ && j < k + 6 && Cap(j) && !(bits_[j] & (kTitle | kFunction))) {
      if (dict_[j].length) {
        head = head || dict_[j].entry->actor.kind == ActorKind::kOrganization;
        j += dict_[j].length;
        continue;
      }
      head = head || (bits_[j] & (kOrgHead | kOrgSuffix));
      ++j;
    }
    return head && j > k && (j >= n_ || !t_[j].Is(kWord) || t_[j].Is(kLower));
  }

  // The token is written with letters outside ASCII while its key is plain
  // ASCII: marks were folded away to match it.
  bool MarksFolded(int k) const {
    const Token& t = t_[k];
    if (t.end > s_.text.size() || t.begin >= t.end) return false;
    bool raw = false;
    for (uint32_t i = t.begin; i < t.end && !raw; ++i) raw = static_cast<unsigned char>(s_.text[i]) >= 0x80;
    if (!raw) return false;
    for (char c : std::string_view(t.key)) if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
  }
  static bool DemonymWithMarks(const DictionaryEntry* entry) {
    if (!entry) return false;
    for (const std::string& d : entry->demonyms)
      for (char c : d)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
  }

  bool IsDemonymEnd(int k) const {
    for (int j = k; j >= 0 && j >= k - 6; --j)
      if (dict_[j].length && j + dict_[j].length - 1 == k) return dict_[j].form == FormKind::kDemonym;
    return false;
  }

  // The key of token k is the one mark c (its bytes compared here: in
  // these long functions string_view's == calls an out-of-line compare).
  bool IsMark(int k, char c) const { return t_[k].key.size() == 1 && t_[k].key[0] == c; }

  // False when ExtendRegion(b) would surely return b: what each way in at
  // its head needs, tested without its calls (most tokens start nothing).
  __attribute__((always_inline)) bool MayStartRegion(int b) const {
    const Token& t = t_[b];
    return (Is(b, kTagDet | kTagPossDet) && !dict_[b].length) ||  // a determiner
           (b > 0 && IsMark(b - 1, ',')) ||                               // ApposedTitle
           PhraseWithin(b, 2, kGathering) ||                                     // GatheringAhead
           dict_[b].length || Cap(b) || t.Is(kOrdinal) || t.Is(kYear) ||                   // MaterialStart
           (t.Is(kLower) && b + 3 < n_ && (Cap(b + 2) || Cap(b + 3)) && LowerTitleBeforeName(b));
  }

  // Whether a title in lower case of several words ("opposition leader",
  // "deputy mayor") begins at k and a name follows it at once.
  bool LowerTitleBeforeName(int k) const {
    if (k == 0 || !t_[k].Is(kWord) || !t_[k].Is(kLower)) return false;
    int len = lex_.PhraseAt(s_, k, kTitleLower);
    if (len < 2 || k + len + 1 >= n_) return false;
    return Cap(k + len) && !dict_[k + len].length && NameLike(k + len) && NameLike(k + len + 1);
  }

  int ExtendRegion(int b) {
    int k = b;
    // ("received in his office in Riyadh Minister of Interior of Bahrain
    // X": the capital after "in" is where, not the title's)
    // (or a demonym begins the title: "received in Damascus Jordanian
    // Minister of Energy X")
    if (b > 0 && dict_[b].length && dict_[b].form == FormKind::kCapital &&
        (t_[b - 1].key == "in"sv || t_[b - 1].key == "at"sv) && b + dict_[b].length < n_) {
      int after = b + dict_[b].length;
      if (((bits_[after] & kTitle) && t_[after].Is(kCap)) ||
          (dict_[after].length && dict_[after].form == FormKind::kDemonym))
        return after;
    }
    if (Is(k, kTagDet | kTagPossDet) && !dict_[k].length) {
      int m = k + 1;
      // ("the third ministerial meeting of ...": a spelt ordinal before a
      // gathering word in lower case too)
      if (m < n_ && (bits_[m] & kOrdinalWord) && (MaterialStart(m + 1) || GatheringAhead(m + 1))) ++m;
      int adj = 0;
      while (m < n_ && adj < 3 && !LowerHeadLen(m) && !GatheringLen(m) && Adjective(m)) ++m, ++adj;
      if (!(MaterialStart(m) || LowerHeadLen(m) || GatheringLen(m))) return b;
      k = b + 1;
      if (bits_[k] & kOrdinalWord && (MaterialStart(k + 1) || GatheringAhead(k + 1))) ++k;
    } else if (ApposedTitle(k)) {
      // ", member of the Polish Council of Ministers": an apposition
    } else if (GatheringAhead(k)) {
      // "informal meeting of the OTS Council of Foreign Ministers"
    } else if ((bits_[k] & kOrdinalWord) && t_[k].Is(kCap) && k + 1 < n_ && (bits_[k + 1] & kEventHead) &&
               t_[k + 1].Is(kCap)) {
      // "Third Session of the Joint Border Commission held in Moyale": a
      // headline's gathering named with its ordinal and no article
      k = b + 1;
    } else if (LowerTitleBeforeName(k)) {
      // "was criticized by opposition leader Karl Berg": a title in lower
      // case, with no article, right before a name
    } else if (!MaterialStart(k)) {
      return b;
    }
    bool has_title = false, has_org = false, has_event = false, has_speaker = false, has_deleg = false;
    bool has_name = false;
    while (k < n_) {
      const Token& t = t_[k];
      // ("received at the Royal Palace Mr. X": a courtesy title begins a
      // person; no phrase has one inside)
      // (but not after "led by": "a team led by Ms. X" is one phrase)
      if (k > b + 1 && t.Is(kCap) && InWordClass("courtesy_title", t.key) &&
          !(k >= 2 && t_[k - 1].key == "by"sv && lex_.PhraseAt(s_, k - 2, kLedBy) == 2))
        return k;
      // ("received at the General Command of the Armed Forces Italian Chief
      // of Defence Staff X": after a body's name, a demonym and a title
      // begin the next person)
      if (dict_[k].length && dict_[k].form == FormKind::kDemonym && (has_org || has_title) && k > b + 1 &&
          t_[k - 1].Is(kCap) && !(bits_[k - 1] & (kTitle | kFunction)) && !t_[k - 1].Is(kPossessive)) {
        int after = k + dict_[k].length;
        if (after < n_ && (bits_[after] & kTitle) && t_[after].Is(kCap)) return k;
      }
      if (dict_[k].length) {
        if (dict_[k].entry->actor.kind == ActorKind::kPerson) has_name = true;
        if (dict_[k].entry->actor.kind == ActorKind::kOrganization) has_org = true;
        if (dict_[k].entry->actor.kind == ActorKind::kEvent) has_event = true;
        k += dict_[k].length;
        continue;
      }
      // "the ASEAN Senior Officials' Meeting": a capitalised group noun
      // that is a function word at a sentence's start ("Officials said")
      // is a word of the name between capitalised words
      if (k > b && Cap(k - 1) && (bits_[k] & kFunction) && (bits_[k] & kPersonGroup) && Cap(k) &&
          (CapMaterial(k + 1) || (k + 2 < n_ && t_[k + 1].Is(kPossessive) && CapMaterial(k + 2)))) {
        ++k;
        continue;
      }
      // "Speaker of Parliament Anita Among", "Senator Mark Over": a function
      // word capitalised inside the sentence, right after the given name of a
      // titled run and ending it, is the family name
      if (has_title && k > b + 1 && (bits_[k] & kFunction) && t.Is(kCap) && !t.Is(kAllCaps) &&
          t.key.size() >= 3 && Cap(k - 1) && !t_[k - 1].Is(kAllCaps) && !dict_[k - 1].length &&
          !(bits_[k - 1] & (kTitle | kFunction | kNotNameBits | kOrgHead | kEventHead)) &&
          (bits_[k - 2] & kTitle || Cap(k - 2)) && (k + 1 >= n_ || !Cap(k + 1))) {
        ++k;
        continue;
      }
      if (CapMaterial(k) || ((k == b || t_[k - 1].Is(kPossessive)) && MaterialStart(k))) {
        int len = lex_.PhraseAt(s_, k, kTitle | kOrgHead | kEventHead);
        uint64_t bits = len ? PhraseBits(k, len) : bits_[k];
        if (len == 0) len = 1;
        if (bits & kTitle) has_title = true;
        if (bits & (kOrgHead | kOrgSuffix)) has_org = true;
        if (bits & kEventHead) has_event = true;
        // a name right after a title: "FM Bayramov" (and FM Sybiha)
        if (!(bits & kNotNameBits) && t.Is(kCap) && !t.Is(kAllCaps) && k > b && (bits_[k - 1] & kTitle)) has_name = true;
        k += len;
        continue;
      }
      // "Georgian First Deputy Foreign Minister X": an ordinal word inside
      // a title chain
      if ((bits_[k] & kOrdinalWord) && t.Is(kCap) && k > b && k + 1 < n_ && CapMaterial(k + 1)) {
        ++k;
        continue;
      }
      if (t.Is(kOrdinal) || t.Is(kYear) || (t.Is(kNumber) && k > b && Cap(k - 1)) ||
          (FormatName(k) && CapMaterial(k + 1))) {
        if (k > b || CapMaterial(k + 1)) {
          ++k;
          continue;
        }
        break;
      }
      if (t.Is(kPossessive)) {
        if (k + 1 < n_ && (dict_[k + 1].length || MaterialStart(k + 1) || LowerHeadLen(k + 1) ||
                           LowerAfterAdjectives(k + 1) ||
                           (t_[k + 1].Is(kLower) && MaterialStart(k + 2) &&
                            InWordClass("title_premodifier", t_[k + 1].key)))) {
          ++k;
          continue;
        }
        break;
      }
      if (t.Is(kDash) && has_title && !has_name && k + 1 < n_ && Cap(k + 1) && (bits_[k + 1] & kTitle) &&
          !dict_[k + 1].length) {
        ++k;
        continue;
      }
      if (t.Is(kDash) && k > b && !has_name && DashInName(k)) {
        ++k;
        continue;
      }
      // "Hyundai Engineering & Construction", "Procter & Gamble": an
      // ampersand between capitalised words joins one name
      if (t.key == "&"sv && k > b && !has_name && Cap(k - 1) && k + 1 < n_ && Cap(k + 1)) {
        ++k;
        continue;
      }
      // "the 26th EAC Jua Kali/Nguvu Kazi Exhibition": a slash between two
      // names of one gathering or body whose head word follows
      if (t.key == "/"sv && k > b && !has_name && Cap(k - 1) && k + 1 < n_ && Cap(k + 1) && !dict_[k + 1].length) {
        int j = k + 1;
        while (j < n_ && j < k + 7 && Cap(j) && !dict_[j].length && !(bits_[j] & (kEventHead | kOrgHead))) ++j;
        if (j < n_ && j > k + 1 && Cap(j) && (bits_[j] & (kEventHead | kOrgHead))) {
          ++k;
          continue;
        }
      }
      if (t.key == "("sv && k > b && k + 2 < n_ && Cap(k + 1) && t_[k + 2].key == ")"sv) {
        k += 3;
        continue;
      }
      // "State Minister for Foreign Affairs (International Cooperation)
      // Amina Salum": a title's portfolio narrowed in brackets, then the
      // holder's name
      if (t.key == "("sv && has_title && !has_name && k > b) {
        int close = k + 1;
        while (close < n_ && close < k + 5 && Cap(close) && !dict_[close].length) ++close;
        if (close > k + 2 && close + 2 < n_ && t_[close].key == ")"sv && NameLike(close + 1) && NameLike(close + 2)) {
          k = close + 1;
          continue;
        }
      }
      // "a delegation of the X Party (X P) headed by Y": a short name of
      // several words in brackets before the delegation's leader
      if (has_deleg && t.key == "("sv && k > b && Cap(k - 1)) {
        int close = k + 1;
        while (close < n_ && close < k + 5 && t_[close].key != ")"sv && Cap(close)) ++close;
        if (close > k + 1 && close + 1 < n_ && t_[close].key == ")"sv && lex_.PhraseAt(s_, close + 1, kLedBy)) {
          k = close + 1;
          continue;
        }
      }
      // "Bhagwant Mann (Himachal Pradesh)", "(Jammu and Kashmir)": a place of
      // several words in brackets after a name
      if (int close = t.key == "("sv && k > b + 1 ? PlaceBracketEnd(k, n_) : 0; close > 0) {
        k = close;
        continue;
      }
      // "Managing Director for the Caucasus, Moldova and Central Asia": a
      // portfolio of places after "for" is one list
      if (t.key == ","sv && has_title && !has_name && k > b) {
        bool portfolio = false;
        for (int j = b; j < k && !portfolio; ++j) portfolio = t_[j].key == "for"sv;
        if (int end = portfolio ? PlaceListEnd(k) : 0) {
          k = end;
          continue;
        }
      }
      // "the Ministry of Energy, Mines and Quarries": a body's portfolio of
      // fields after its "of", the last a plural or a thing ("the Ministry
      // of Energy, Chevron and ExxonMobil" stays a list of three)
      // (also after several words: "the Ministry of Water Resources,
      // Agriculture and Processing Industry", "the Committee on Fuel and
      // Energy Complex, Subsoil Use and Industrial Policy")
      if (t.key == ","sv && has_org && !has_name && k > b + 2 && PortfolioOpens(b, k)) {
        int j = k + 1, last = -1;
        while (j < n_ && j < k + 6 && Cap(j) && !dict_[j].length && !(bits_[j] & (kTitle | kOrgHead))) ++j;
        if (j > k + 1 && j + 1 < n_ && t_[j].key == "and"sv && Cap(j + 1) && !dict_[j + 1].length &&
            !(bits_[j + 1] & (kTitle | kOrgHead))) {
          last = j + 1;
          while (last + 1 < n_ && last < j + 3 && Cap(last + 1) && !dict_[last + 1].length) ++last;
        }
        std::string_view w = last >= 0 ? t_[last].key : KeyView();
        if (last >= 0 && ((w.size() > 4 && (w.back() == 's' || ThingNoun(w))) ||
                          (t_[k - 2].key != "of"sv && (bits_[last] & kNotName)))) {
          k = last + 1;
          continue;
        }
      }
      if (t.Is(kWord) && !t.Is(kCap) && !t.Is(kAllCaps)) {
        if (int gl = GatheringLen(k)) {
          has_event = true;
          k += gl;
          continue;
        }
        if (int nl = k > b && !has_name && !has_title ? NamedGatheringLen(k) : 0) {
          has_event = true;
          k += nl;
          continue;
        }
        if (int hl = LowerHeadLen(k)) {
          uint64_t bits = PhraseBits(k, hl);
          if (bits & (kTitleLower | kGenericPerson)) has_title = true;
          if (bits & (kOrgHead | kOrgPluralHead)) has_org = true;
          if (bits & kSpeakerNoun) has_speaker = true;
          if (bits & kEventAnaphor) has_event = true;
          if (bits & kDelegation) has_deleg = true;
          k += hl;
          continue;
        }
        if ((bits_[k] & kParticle) && k > b && (Cap(k - 1) || (bits_[k - 1] & kParticle)) &&
            (Cap(k + 1) || (k + 1 < n_ && (bits_[k + 1] & kParticle)))) {
          ++k;
          continue;
        }
        if (ParticleCompound(k) && k > b && Cap(k - 1)) {
          ++k;
          continue;
        }
        if (has_deleg) {
          // "a delegation from the Spanish city of Valencia led by X": where
          // it comes from, then its leader
          if (t.key == "from"sv && k + 2 < n_) {
            int j = k + 1;
            while (j < n_ && j < k + 9 && !lex_.PhraseAt(s_, j, kLedBy) &&
                   (Cap(j) || dict_[j].length || t_[j].key == "the"sv || t_[j].key == "of"sv || PlaceKind(t_[j].key)))
              ++j;
            if (j > k + 1 && j < n_ && lex_.PhraseAt(s_, j, kLedBy)) {
              k = j;
              continue;
            }
          }
          if (int lb = lex_.PhraseAt(s_, k, kLedBy)) {
            if (MaterialStart(k + lb) || (k + lb < n_ && IsDetKey(t_[k + lb].key))) {
              k += lb;
              continue;
            }
            // ("led by deputy mayor Carmen Ortells": a title in lower case;
            // "headed by co-chairs A and B", "by deputy ministers A and B":
            // a plural one before a list)
            int j = k + lb;
            while (j < n_ && j < k + lb + 3 && t_[j].Is(kWord) && t_[j].Is(kLower) &&
                   !(bits_[j] & (kFunction | kPreposition | kVerb)))
              ++j;
            if (j > k + lb && j < n_ && ((bits_[j - 1] & kTitleLower) || PluralTitle(t_[j - 1].key)) && MaterialStart(j)) {
              k = j;
              continue;
            }
          }
        }
        // "the khokim of Samarkand region Erkinjon Turdimov", "the governor of
        // Cusco province X": a lower-case kind of place after its name, in a
        // title
        if (has_title && !has_name && k > b && Cap(k - 1) && k + 1 < n_ && Cap(k + 1) && PlaceKind(t.key)) {
          ++k;
          continue;
        }
        if (int c = ConnectorLen(b, k, has_title, has_org, has_event, has_speaker, has_name)) {
          k += c;
          continue;
        }
        // "the Armenian Foreign Ministry denied media reports": a word in
        // -ed right after a name is its verb, not an adjective
        bool verb_after_name = k > 0 && Cap(k - 1) && t.key.size() > 4 && t.key.compare(t.key.size() - 2, 2, "ed") == 0;
        if (k > b && !verb_after_name && LowerAfterAdjectives(k)) {
          while (!LowerHeadLen(k) && !GatheringLen(k) && Adjective(k)) ++k;
          continue;
        }
        // "New Zealand trade envoy X": one noun before a lower-case title
        // after a country, even a word some rule uses ("trade")
        if (k > b && k + 2 < n_ && dict_[b].length && t.Is(kLower) && !(bits_[k] & (kFunction | kPreposition | kVerb)) &&
            (PhraseBits(k + 1, LowerHeadLen(k + 1)) & kTitleLower) && LowerHeadLen(k + 1) && Cap(k + 1 + LowerHeadLen(k + 1))) {
          ++k;
          continue;
        }
        // "Afghanistan's acting Commerce Minister X": a word before the
        // title, after the country's possessive (title_premodifier)
        if (k > b && t_[k - 1].Is(kPossessive) && t.Is(kLower) && MaterialStart(k + 1) &&
            InWordClass("title_premodifier", t.key)) {
          ++k;
          continue;
        }
        // a determiner after "led by"
        if (k > b && IsDetKey(t.key) && k > 0 && (bits_[k - 1] & kLedBy) == 0 && t_[k - 1].key == "by"sv &&
            MaterialStart(k + 1)) {
          ++k;
          continue;
        }
        break;
      }
      break;
    }
    // Trailing connectors and marks are not part of the phrase.
    while (k > b) {
      const Token& last = t_[k - 1];
      if (last.Is(kPossessive) || last.key == "("sv || last.key == "of"sv || last.key == "the"sv || last.key == "and"sv ||
          last.key == "for"sv || last.key == "to"sv || last.key == "by"sv || last.key == "on"sv || last.key == "against"sv)
        --k;
      else break;
    }
    return k;
  }

  // "the three ministers", "all five leaders", "both delegations": the item's
  // participants (or their countries: "the two countries").
  int NumberedFrame(int i) {
    return Is(i, kTagFrameWord) ? NumberedFrameAt(i) : 0;  // see below
  }
  int NumberedFrameAt(int i) {
    std::string_view d = t_[i].key;
    // "the heads of the defence agencies": the sides
    if (d == "the"sv && i + 3 < n_ &&
        (t_[i + 1].key == "heads"sv || t_[i + 1].key == "chiefs"sv || t_[i + 1].key == "leaders"sv) &&
        t_[i + 2].key == "of"sv) {
      int k = i + 3;
      if (t_[k].key == "the"sv || t_[k].key == "both"sv || t_[k].key == "their"sv) ++k;
      int last = -1;
      for (int j = k; j < n_ && j < k + 4 && t_[j].Is(kWord) && t_[j].Is(kLower) && !(bits_[j] & (kVerb | kPreposition));
           ++j)
        if (t_[j].key.size() > 3 && t_[j].key.back() == 's') last = j;
      if (last >= 0) {
        Mention m = Base(i, last + 1, i, last + 1, MentionKind::kFramePersons);
        m.anaphor = "sides";
        Add(std::move(m));
        return last + 1;
      }
    }
    if (d != "the"sv && d != "all"sv && d != "both"sv) return 0;
    int k = i + 1;
    // "the two signed a memorandum": the two named before
    // ("a videoconference between the two on Monday": after "between", the
    // two alone)
    bool after_between = i > 0 && t_[i - 1].key == "between"sv &&
                         (k + 1 >= n_ || !t_[k + 1].Is(kWord) || (bits_[k + 1] & (kPreposition | kFunction)));
    // ("after which the three signed a joint declaration": a larger count
    // before a verb, the same)
    if (d == "the"sv && k < n_ && NumberWord(t_[k].key) &&
        (after_between || (k + 1 < n_ && t_[k + 1].Is(kWord) && t_[k + 1].Is(kLower) && (bits_[k + 1] & kVerb)))) {
      Mention m = Base(i, k + 1, i, k + 1, MentionKind::kFramePersons);
      m.anaphor = "sides";
      static const char* kCounts[] = {"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
      m.count = 2;
      for (int c = 2; c <= 10; ++c)
        if (t_[k].key == kCounts[c] || (t_[k].key.size() == 1 && t_[k].key[0] == '0' + c)) m.count = c;
      Add(std::move(m));
      return k + 1;
    }
    if (k < n_ && NumberWord(t_[k].key)) ++k;
    else if (d == "the"sv || d == "all"sv) return 0;
    // "the five visiting ministers": adjectives and participles
    auto modifier = [&](int j) {
      std::string_view w = t_[j].key;
      return Adjective(j) || (t_[j].Is(kLower) && reader::IngForm(w));
    };
    // ("the two police chiefs", "both army commanders": a body's head word
    // in lower case before the plural)
    auto body_word = [&](int j) { return t_[j].Is(kLower) && InWordClass("force_body", t_[j].key); };
    auto forces_word = [&](int j) { return InWordClass("forces_plural", t_[j].key); };
    while (k + 1 < n_ && ((modifier(k) && !(bits_[k] & (kPersonGroup | kCountryNoun))) || body_word(k)) &&
           !forces_word(k) && t_[k + 1].Is(kWord) && !t_[k + 1].Is(kCap) && k < i + 4)
      ++k;
    // "the three Deputy Ministers": a title in capitals, its head a plural
    // of persons
    if (k < n_ && d == "the"sv && k > i + 1 && t_[k].Is(kCap)) {
      int h = k;
      while (h + 1 < n_ && h < k + 3 && t_[h].Is(kCap) && !(bits_[h] & kPersonGroup) && t_[h + 1].Is(kWord)) ++h;
      if (t_[h].Is(kCap) && (bits_[h] & kPersonGroup) && !dict_[k].length) k = h;
      else return 0;
    } else if (k >= n_ || !t_[k].Is(kWord) || t_[k].Is(kCap)) {
      return 0;
    }
    uint64_t b = bits_[k];
    std::string_view w = t_[k].key;
    bool countries = w == "countries"sv || w == "states"sv || w == "nations"sv;
    // ("the two armies condemned ...": the sides, by their forces)
    bool forces = k > i + 1 && forces_word(k);
    if (!countries && !forces && !(b & (kPersonGroup | kCountryNoun)) ) return 0;
    if (w.empty() || w.back() != 's') return 0;
    // "the two heads of state held talks": the office of two words (not
    // "the heads of state of A and B", a group of countries)
    int end = k + 1;
    if (w == "heads"sv && k + 2 < n_ && t_[k + 1].key == "of"sv &&
        (t_[k + 2].key == "state"sv || t_[k + 2].key == "government"sv) &&
        (k + 3 >= n_ || t_[k + 3].key != "of"sv)) {
      end = k + 3;
      w = t_[k + 2].key;
    }
    Mention m = Base(i, end, i, end, countries ? MentionKind::kFrameCountries : MentionKind::kFramePersons);
    m.anaphor = forces ? "sides"sv : w;
    if (d == "both"sv) m.count = 2;
    if (k > i + 1) {
      static const char* kNumbers[] = {"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
      for (int c = 2; c <= 10; ++c)
        if (t_[i + 1].key == kNumbers[c]) m.count = c;
    }
    Add(std::move(m));
    return end;
  }

  // "the defense ministers of Azerbaijan, Georgia and Türkiye", "Speakers of
  // the parliaments of Azerbaijan and Armenia", "Heads of Azerbaijani and
  // Uzbek security services": each country's holder of the office.
  int GroupOfCountries(int i) {
    // cheap test first: an "of" within four tokens (here, so that the
    // common case costs no call of the long function below)
    int next_of = of_from_[i + 1];
    bool from = false;
    for (int j = i + 1; j < n_ && j <= i + 4 && !from; ++j) from = t_[j].key == "from"sv;
    if (!from && (next_of >= n_ || next_of > i + 4)) return 0;
    return GroupOfCountriesWithOf(i);
  }
  // "the Ministries of Foreign Affairs of Azerbaijan and Japan", "the
  // Governments of Japan and the Republic of Korea": each country's body,
  // named by its country.
  int BodiesOfCountries(int i) {
    // cheap test first (as above): the head is capitalised, at i or after
    // "the" at i
    if (!Cap(i) && !Cap(i + 1)) return 0;
    return BodiesOfCountriesAt(i);
  }
  int LowerForeignMinistriesOfCountries(int i) {
    int k = i;
    if (k < n_ && t_[k].key == "the"sv) ++k;
    if (k + 3 >= n_ || t_[k].key != "foreign"sv || !t_[k].Is(kLower) || t_[k + 1].key != "ministries"sv ||
        t_[k + 2].key != "of"sv)
      return 0;
    return BodiesOfCountriesAt(i, /*lower=*/true);
  }
  int BodiesOfCountriesAt(int i, bool lower = false) {
    int k = i;
    if (k < n_ && t_[k].key == "the"sv) ++k;
    if (k + 3 >= n_ || !(Cap(k) || lower)) return 0;
    std::string_view w = t_[k].key;
    if (w == "foreign"sv && k + 1 < n_) w = t_[++k].key;
    if (w != "governments"sv && w != "ministries"sv && w != "parliaments"sv) return 0;
    int j = k + 1;
    // the portfolio: "of Foreign Affairs"
    if (j + 2 < n_ && t_[j].key == "of"sv && Cap(j + 1) && !dict_[j + 1].length) {
      j += 2;
      while (j < n_ && j < k + 6 && Cap(j) && !dict_[j].length) ++j;
    }
    if (j >= n_ || t_[j].key != "of"sv) return 0;
    ++j;
    return CountryListFrom(i, j);
  }

  // "military delegations from Rwanda and Burundi met": the countries,
  // each by its delegation.
  int DelegationsOfCountries(int i, int d) {
    std::string_view w = t_[d].key;
    if (d + 3 >= n_ || (t_[d + 1].key != "of"sv && t_[d + 1].key != "from"sv)) return 0;
    // ("a delegation of Lao provincial governors": the people's country)
    if (const DictHit& h = dict_[d + 2]; h.length && h.form == FormKind::kDemonym &&
                                         h.entry->actor.kind == ActorKind::kCountry) {
      int k = d + 2 + h.length;
      for (int adj = 0; adj < 2 && k < n_ && Adjective(k) && !(bits_[k] & kPersonGroup); ++adj) ++k;
      // (not when its leader is named: "a delegation of Nigerian senators led
      // by Senator X" is X's)
      // (a capitalised title or name after it)
      int led_len = k + 1 < n_ ? lex_.PhraseAt(s_, k + 1, kLedBy) : 0;
      bool led = led_len > 0 && k + 1 + led_len < n_ && Cap(k + 1 + led_len);
      if (k < n_ && (bits_[k] & kPersonGroup) && t_[k].Is(kLower) && !led) {
        Mention m = Base(i, k + 1, d, k + 1, MentionKind::kCountry);
        m.entry = h.entry;
        Add(std::move(m));
        return k + 1;
      }
    }
    if (w.size() < 4 || w.back() != 's') return 0;
    return CountryListFrom(i, d + 2);
  }

  // Two or more countries named from token j on ("A, B and the C"): a
  // country list mention from i to the last of them; its end, else 0.
  int CountryListFrom(int i, int j) {
    std::vector<const DictionaryEntry*> countries;
    int last = -1;
    for (int steps = 0; j < n_ && steps < 10; ++steps) {
      if (dict_[j].length && dict_[j].entry->actor.kind == ActorKind::kCountry && dict_[j].form != FormKind::kCapital) {
        countries.push_back(dict_[j].entry);
        j += dict_[j].length;
        last = j;
        continue;
      }
      if (t_[j].key == ","sv || t_[j].key == "and"sv || t_[j].key == "the"sv) {
        ++j;
        continue;
      }
      break;
    }
    if (countries.size() < 2) return 0;
    Mention m = Base(i, last, i, last, MentionKind::kCountryList);
    m.countries = countries;
    Add(std::move(m));
    return last;
  }

  int GroupOfCountriesWithOf(int i) {
    int k = i;
    if (k < n_ && t_[k].Is(kWord) && (t_[k].key == "the"sv || t_[k].key == "both"sv)) ++k;
    int office_b = k;
    // ("Senior diplomats of A, B and C": the sentence's first word is
    // capitalised anyway)
    for (int adj = 0; adj < 2 && k < n_ && !(bits_[k] & kPersonGroup) &&
                      (Adjective(k) || (Cap(k) && (bits_[k] & kNotName) && !(bits_[k] & kTitle)) ||
                       (k == 0 && Cap(k) && !dict_[k].length && k + 1 < n_ && t_[k + 1].Is(kLower) &&
                        !(bits_[k] & (kTitle | kOrgHead | kEventHead | kFunction | kVerb))));
         ++adj)
      ++k;
    if (k >= n_ || !t_[k].Is(kWord)) return 0;
    std::string_view w = t_[k].key;
    bool plural_office = (bits_[k] & kPersonGroup) ||
                         ((w.size() > 3 && w.back() == 's') && (lex_.Bits(w.substr(0, w.size() - 1)) & kTitle));
    if (!plural_office || w.back() != 's') return 0;
    int office_e = k + 1;
    // ("ministers from Zambia and the DRC": "from" as "of")
    if (office_e >= n_ || (t_[office_e].key != "of"sv && t_[office_e].key != "from"sv)) return 0;
    // "the heads of state of A and B": an office of two words
    std::string office_tail;
    if (office_e + 2 < n_ && (t_[office_e + 1].key == "state"sv || t_[office_e + 1].key == "government"sv) &&
        t_[office_e + 2].key == "of"sv) {
      office_tail = " of " + std::string(t_[office_e + 1].key);
      office_e += 2;
    }
    std::vector<const DictionaryEntry*> countries;
    int j = office_e + 1, last = -1;
    for (int steps = 0; j < n_ && steps < 12; ++steps) {
      const Token& t = t_[j];
      if (dict_[j].length && dict_[j].entry->actor.kind == ActorKind::kCountry &&
          dict_[j].form != FormKind::kCapital) {
        // ("Representatives of Georgian Railway": a demonym before a
        // capitalised word opens a body's name, no country)
        int after = j + dict_[j].length;
        if (countries.empty() && dict_[j].form == FormKind::kDemonym && after < n_ && CapMaterial(after) &&
            !dict_[after].length)
          return 0;
        if (std::find(countries.begin(), countries.end(), dict_[j].entry) == countries.end())
          countries.push_back(dict_[j].entry);
        j += dict_[j].length;
        last = j;
        continue;
      }
      // ("the heads of the delegations of A, B and C": the delegations'
      // countries, before any country is named)
      if (countries.empty() && t.Is(kWord) && t.Is(kLower) && (bits_[j] & kDelegation) && j + 1 < n_ &&
          t_[j + 1].key == "of"sv) {
        office_tail = " of delegation";
        ++j;
        continue;
      }
      if (t.key == ","sv || t.key == "and"sv || t.key == "the"sv || t.key == "of"sv ||
          (t.Is(kWord) && t.Is(kLower) && (bits_[j] & (kOrgHead | kOrgPluralHead)) ) ||
          (t.Is(kWord) && t.Is(kLower) && Adjective(j) && j + 1 < n_ && (bits_[j + 1] & (kOrgHead | kOrgPluralHead)))) {
        ++j;
        continue;
      }
      break;
    }
    if (countries.empty()) {
      // "the defence ministers of the three countries": the item's three
      // ministers, as "the three ministers" would be
      int c = office_e + 1;
      if (c + 2 < n_ && (t_[c].key == "the"sv || t_[c].key == "both"sv)) {
        int count = t_[c].key == "both"sv ? 2 : 0;
        static const char* kNumbers[] = {"", "", "two", "three", "four", "five", "six"};
        int h = c + 1;
        for (int x = 2; x <= 6 && h < n_; ++x)
          if (t_[h].key == kNumbers[x]) count = x;
        if (t_[c].key == "the"sv) ++h;
        std::string_view noun = h < n_ ? t_[h].key : KeyView();
        if (count >= 2 && (noun == "countries"sv || noun == "states"sv || noun == "nations"sv)) {
          Mention m = Base(i, h + 1, office_b, office_e, MentionKind::kFramePersons);
          m.anaphor = std::string(w);
          m.count = count;
          Add(std::move(m));
          return h + 1;
        }
      }
      return 0;
    }
    // ("four commanders of Sudan's paramilitary Rapid Support Forces": a
    // country that owns what follows is no group's)
    if (last < n_ && t_[last].Is(kPossessive)) return 0;
    // the lower-case org noun after the countries belongs to the phrase
    while (last < n_ && t_[last].Is(kWord) && t_[last].Is(kLower) &&
           (bits_[last] & (kOrgHead | kOrgPluralHead | kCountryNoun)) && !(bits_[last] & kFunction))
      ++last;
    Mention m = Base(i, last, office_b, office_e, MentionKind::kGroup);
    std::string office = Text(office_b, office_tail.empty() ? office_e : k + 1);
    if (!office.empty() && office.back() == 's') office.pop_back();
    office += office_tail;
    m.office = office;
    m.countries = countries;
    m.country = countries[0];
    m.by_country = true;
    Add(std::move(m));
    return last;
  }

  // "plenary session of the Astana International Forum", "opening ceremony
  // of the Expo": a part of a named gathering is that gathering. Returns the
  // first element of the name.
  int WholeGathering(const std::vector<Elem>& el, int nb, int ne) const {
    for (int i = nb; i + 1 < ne; ++i) {
      if (el[i].kind != E::kConn || t_[el[i].b].key != "of"sv) continue;
      int inner = i + 1;
      while (inner < ne && el[inner].kind == E::kConn) ++inner;
      for (int j = inner; j < ne; ++j)
        if (el[j].kind == E::kEventHead ||
            (el[j].kind == E::kDict && el[j].hit.entry->actor.kind == ActorKind::kEvent))
          return inner < ne ? inner : nb;
      // "general debate of the 81st session of the UN General Assembly": a
      // part of a session is the session
      bool part = i > nb && lex_.PhraseAt(s_, el[nb].b, kGatheringPart) == el[i - 1].e - el[nb].b;
      if (part)
        for (int j = inner; j < ne; ++j)
          if (el[j].kind == E::kGathering) return inner;
      return nb;
    }
    return nb;
  }

  // The conference "Middle Corridor: New Horizons": an event named in quotes.
  // Returns the token after the closing quote, or 0.
  int QuotedEvent(int i) {
    if (!quote_open_) return 0;  // it needs an opening quote (below)
    int k = i;
    if (k < n_ && Det(k)) ++k;
    for (int adj = 0; adj < 3 && k < n_ && Adjective(k) && !(bits_[k] & kEventAnaphor); ++adj) ++k;
    if (k >= n_ || !t_[k].Is(kWord) || !(bits_[k] & (kEventAnaphor | kEventHead))) return 0;
    int noun = k++;
    if (k >= n_ || !t_[k].Is(kQuoteOpen)) return 0;
    int close = k + 1;
    while (close < n_ && close < k + 16 && !t_[close].Is(kQuoteClose)) ++close;
    if (close >= n_ || !t_[close].Is(kQuoteClose) || close == k + 1 || !Cap(k + 1)) return 0;
    Mention m = Base(i, close + 1, k + 1, close, MentionKind::kEvent);
    m.name = Text(k + 1, close);
    m.anaphor = t_[noun].key;
    Add(std::move(m));
    return close + 1;
  }

  // "informal meeting of the OTS Council": a gathering of a named body.
  int GatheringLen(int k) const {
    int len = lex_.PhraseAt(s_, k, kGathering);
    if (!len || k + len >= n_ || t_[k + len].key != "of"sv) return 0;
    int next = k + len + 1;
    if (next < n_ && t_[next].key == "the"sv) ++next;
    // "the general debate of the 81st session of ..."
    if (next + 1 < n_ && t_[next].Is(kOrdinal) && lex_.PhraseAt(s_, next + 1, kGathering)) return len;
    // "a meeting of President X with Y" is a contact, not a body's sitting
    if (next < n_ && ((bits_[next] & kTitle) ||
                      (dict_[next].length && dict_[next].entry->actor.kind == ActorKind::kPerson)))
      return 0;
    return next < n_ && (dict_[next].length || CapMaterial(next)) ? len : 0;
  }

  // "the Nordic-Baltic Eight meeting": a lower-case gathering word right
  // after a capitalised name that is neither a person nor a title names a
  // gathering ("of" after it is GatheringLen's).
  int NamedGatheringLen(int k) const {
    if (k == 0 || !t_[k].Is(kWord) || !t_[k].Is(kLower)) return 0;
    int len = lex_.PhraseAt(s_, k, kGathering);
    if (!len || (k + len < n_ && t_[k + len].key == "of"sv)) return 0;
    if (PhraseBits(k, len) & kEventAnaphor) return 0;  // "the CIS summit": an event head already
    int prev = k - 1;
    if (!CapMaterial(prev) || (bits_[prev] & kTitle)) return 0;
    // ("Trilateral meeting on the railway held in Osh": a headline's
    // capital on a word of format gives the meeting no name of its own)
    std::string_view format = t_[prev].key;
    if (format == "bilateral"sv || format == "trilateral"sv || format == "quadrilateral"sv ||
        format == "tripartite"sv || format == "multilateral"sv)
      return 0;
    // "the Aliyev-Putin meeting" is the two men's contact
    std::string_view key = t_[prev].key;
    for (std::size_t at = 0, sp; t_[prev].Is(kHyphenated) && at < key.size(); at = sp + 1) {
      sp = std::min(key.find(' ', at), key.size());
      if (!lex_.Surname(key.substr(at, sp - at)).empty()) return 0;
    }
    for (int j = prev; j >= 0 && j >= prev - 8; --j)
      if (dict_[j].length && j + dict_[j].length > prev) return dict_[j].entry->actor.kind == ActorKind::kPerson ? 0 : len;
    return len;
  }

  // Whether a token of [k, k + span] starts a phrase with any of `bits`:
  // when none does, GatheringLen and LowerHeadLen are 0 all the way.
  bool PhraseWithin(int k, int span, uint64_t bits) const {
    if (!(any_phrase_bits_ & bits)) return false;
    for (int m = k; m <= k + span && m < n_; ++m)
      if (s_.phrase_bits[m] & bits) return true;
    return false;
  }

  bool GatheringAhead(int k) const {
    if (!PhraseWithin(k, 2, kGathering)) return false;  // the loop below looks at k .. k + 2
    int m = k, adj = 0;
    while (m < n_ && adj < 2 && !GatheringLen(m) && Adjective(m)) ++m, ++adj;
    return GatheringLen(m) > 0;
  }

  // A word before a country's name that makes it part of a longer name or
  // title ("Minister of Enterprises and Made in Italy Adolfo Urso").
  bool LinksName(int k) const {
    if (k < 0) return false;
    std::string_view w = t_[k].key;
    return Cap(k) || w == "of"sv || w == "in"sv || w == "for"sv || w == "to"sv;
  }

  // A lower-case title opening an apposition: ", member of ...".
  bool ApposedTitle(int k) const {
    if (k == 0 || t_[k - 1].key != ","sv) return false;
    int len = LowerHeadLen(k);
    if (!len || !(PhraseBits(k, len) & kTitleLower)) return false;
    int next = k + len;
    // (", official representative of the Ministry ...": two title words)
    if (int more = LowerHeadLen(next); more && (PhraseBits(next, more) & kTitleLower)) next += more;
    return next < n_ && (t_[next].key == "of"sv || t_[next].key == "to"sv || t_[next].key == "for"sv);
  }

  // Up to three lower-case adjectives, then a lower-case head noun.
  bool LowerAfterAdjectives(int k) const {
    if (!PhraseWithin(k, 3, kLowerHeadBits | kGathering)) return false;  // the loop below looks at k .. k + 3
    int m = k, adj = 0;
    while (m < n_ && adj < 3 && !LowerHeadLen(m) && !GatheringLen(m) && Adjective(m)) ++m, ++adj;
    return adj > 0 && (LowerHeadLen(m) > 0 || GatheringLen(m) > 0);
  }

  // The elements of [b, e) into *elements (emptied first).
  void Elements(int b, int e, std::vector<Elem>* elements) const {
    std::vector<Elem>& out = *elements;
    out.clear();
    int k = b;
    while (k < e) {
      const Token& t = t_[k];
      Elem el{E::kAdj, k, k + 1, DictHit(), bits_[k]};
      if (k == b && Det(k) && !dict_[k].length) el.kind = E::kDet;
      else if (k == b && PossDet(k)) el.kind = E::kPossDet;
      else if (dict_[k].length == 1 && dict_[k].form == FormKind::kCapital && k > b && k + 2 == e &&
               (Cap(k - 1) || dict_[k - 1].length) && NameLike(k + 1)) {
        // "... Mission in Ukraine Sofia Lindqvist": a capital's name as the
        // given name of the two that end a titled run
        el.kind = E::kCap;
      } else if (dict_[k].length) {
        el.kind = E::kDict;
        el.hit = dict_[k];
        el.e = std::min(e, k + dict_[k].length);
      } else if (t.Is(kPossessive)) el.kind = E::kPoss;
      else if (t.key == "("sv && k + 2 < e + 1 && k + 2 < n_ && t_[k + 2].key == ")"sv) {
        el.kind = E::kParen;
        el.e = k + 3;
      } else if (int close = t.key == "("sv ? PlaceBracketEnd(k, e) : 0; close > 0) {
        el.kind = E::kParen;  // "(Jammu and Kashmir)" after a name
        el.e = close;
      } else if (t.Is(kNumber)) el.kind = E::kNum;
      else if (Cap(k)) {
        int len = lex_.PhraseAt(s_, k, kTitle | kOrgHead | kEventHead | kOrgPluralHead | kOrgSuffix, e);
        // (a title Prepare() took back: "Sen" without its period)
        if (len == 1 && (PhraseBits(k, 1) & kTitle) && !(bits_[k] & kTitle)) len = 0;
        // ("Minister for Resources Madeleine King": a title word that ends
        // the run after a given name is the family name)
        // (a title before it in the run; the word before no part of a
        // title with it: not "Senate Majority Leader", "Opposition Leader")
        bool titled_run = false;
        // ("PDP president Mehbooba Mufti": a title in lower case too)
        for (int j = b; j + 1 < k && !titled_run; ++j)
          titled_run = ((bits_[j] & kTitle) && Cap(j)) || ((bits_[j] & kTitleLower) && t_[j].Is(kLower));
        if (len == 1 && k + 1 == e && k > b + 1 && titled_run && (PhraseBits(k, 1) & kTitle) &&
            !(PhraseBits(k, 1) & (kOrgHead | kEventHead | kOrgSuffix | kOrgPluralHead)) && Cap(k - 1) &&
            !dict_[k - 1].length && !lex_.PhraseAt(s_, k - 1, kTitle) &&
            !(bits_[k - 1] & (kTitle | kOrgHead | kEventHead | kFunction | kNotName)) && NameLike(k - 1) &&
            (bits_[k - 2] & kTitle || Cap(k - 2))) {
          len = 0;
          el.bits &= ~(kTitle | kTitleLower);
        }
        if (len) {
          el.bits = PhraseBits(k, len);
          el.e = k + len;
          el.kind = ClassOf(el.bits, true);
        } else if (k == 0 && (bits_[k] & kPersonGroup) && k + 1 < e && t_[k + 1].key == "of"sv) {
          // "Experts of the Asian Development Bank met ...": a group noun
          // capitalised only as the sentence's first word
          el.kind = E::kPersonGroup;
          el.bits = bits_[k];
        } else if (bits_[k] & kOrgSuffix) {
          el.kind = E::kOrgSuffix;
        } else if (HyphenedEventHead(k)) {
          el.kind = E::kEventHead;  // "Defence Ministers' Meeting-Plus"
          el.bits = kEventHead;
        } else {
          el.kind = t.Is(kAllCaps) ? E::kAcr : E::kCap;
          // ("Speaker Anita Among": a capitalised function word that ends a
          // titled run after a given name is a family name; see ExtendRegion)
          if ((bits_[k] & kFunction) && k + 1 == e && k >= b + 2 && !t.Is(kAllCaps) && t.key.size() >= 3 &&
              Cap(k - 1) && !t_[k - 1].Is(kAllCaps) && !dict_[k - 1].length &&
              !(bits_[k - 1] & (kTitle | kFunction | kNotNameBits)))
            el.bits &= ~kFunction;
        }
      } else if (t.Is(kWord) && GatheringLen(k)) {
        el.kind = E::kGathering;
        el.e = k + GatheringLen(k);
      } else if (k > b && NamedGatheringLen(k)) {
        el.kind = E::kGathering;
        el.e = k + NamedGatheringLen(k);
      } else if (t.Is(kWord)) {
        int len = lex_.PhraseAt(s_, k, kLowerHeadBits | kLedBy, e);
        if (len && (PhraseBits(k, len) & (kLowerHeadBits | kLedBy | kOrgHeadLower)) == kOrgHead) len = 0;
        if (len) {
          el.bits = PhraseBits(k, len);
          el.e = k + len;
          el.kind = (el.bits & kLedBy) ? E::kLedBy : ClassOf(el.bits, false);
        } else if (bits_[k] & kParticle) el.kind = E::kParticle;
        else if (bits_[k] & kOrdinalWord) el.kind = E::kOrdinalWord;
        else if (t.key == "of"sv || t.key == "for"sv || t.key == "to"sv || t.key == "and"sv || t.key == "on"sv ||
                 t.key == "against"sv || t.key == "by"sv || t.key == "the"sv || t.key == "between"sv)
          el.kind = E::kConn;
        else el.kind = E::kAdj;
      } else if (t.key == "&"sv) {
        el.kind = E::kConn;
      }
      out.push_back(el);
      k = el.e;
    }
  }

  static E ClassOf(uint64_t bits, bool cap) {
    if (bits & kSpeakerNoun && !cap) return E::kSpeaker;
    if (bits & (kTitle | kTitleLower)) {
      if (!cap && (bits & kPersonGroup)) return E::kPersonGroup;
      return E::kTitle;
    }
    if (bits & kDelegation) return E::kDelegation;
    if (!cap && (bits & kEventAnaphor)) return E::kEventAnaphor;
    if ((bits & kEventHead) && cap) return E::kEventHead;
    if (bits & kOrgSuffix) return E::kOrgSuffix;
    if (bits & kOrgHead) return E::kOrgHead;
    if (!cap && (bits & kCountryNoun)) return E::kCountryNoun;
    if (bits & kOrgPluralHead) return E::kOrgPlural;
    if (bits & kPersonGroup) return E::kPersonGroup;
    if (bits & kEventAnaphor) return E::kEventAnaphor;
    if (bits & kGenericPerson) return E::kTitle;
    if (bits & kCountryNoun) return E::kCountryNoun;
    return E::kCap;
  }

  // "al-Shaar" alone in lower case, the name after the hyphen capitalised,
  // with no capitalised word or dictionary name on either side
  bool LoneParticleSurname(int k) const {
    if (!ParticleCompound(k) || dict_[k].length || (k > 0 && (Cap(k - 1) || InDict(k - 1))) || Cap(k + 1) ||
        (k > 0 && t_[k - 1].Is(kHyphenated) && ParticleCompound(k - 1)))
      return false;
    const Token& t = t_[k];
    std::string_view raw(s_.text.data() + t.begin, t.end - t.begin);
    std::size_t dash = raw.find('-');
    return dash != std::string_view::npos && dash + 1 < raw.size() &&
           std::isupper(static_cast<unsigned char>(raw[dash + 1]));
  }

  // "al-Shaibani", "bin-Salman": a particle joined to a name
  bool ParticleCompound(int k) const {
    const Token& t = t_[k];
    if (!t.Is(kWord) || !t.Is(kHyphenated) || t.Is(kCap)) return false;
    std::size_t sp = t.key.find(' ');
    return sp != std::string::npos && (lex_.Bits(t.key.substr(0, sp)) & kParticle);
  }

  static bool RomanNumeral(std::string_view key) {
    if (key.empty() || key.size() > 4) return false;
    for (char c : key)
      if (c != 'i' && c != 'v' && c != 'x') return false;
    return true;
  }

  // Element i, the last of the region, is a country's name written after a
  // title and a given name: a surname ("Prime Minister Luís Montenegro").
  bool CountrySurname(const std::vector<Elem>& el, int first, int i) const {
    if (i + 1 != static_cast<int>(el.size()) || i - 2 < first) return false;
    if (el[i].kind != E::kDict || el[i].hit.form != FormKind::kName ||
        el[i].hit.entry->actor.kind != ActorKind::kCountry)
      return false;
    if (el[i - 1].kind != E::kCap || !NameWord(el[i - 1])) return false;
    if (el[i - 2].kind == E::kTitle) return true;
    // ("Minister of Finance Siniša Mali": a title, "of" and its portfolio's
    // capitalised words, then the given name)
    int j = i - 2;
    while (j > first && el[j].kind == E::kCap) --j;
    return j < i - 2 && j - 1 >= first && el[j].kind == E::kConn && t_[el[j].b].key == "of"sv &&
           el[j - 1].kind == E::kTitle;
  }

  // Element i is a capital's one-word name written between a title and a
  // family name: a given name ("President Santiago Peña").
  // (Or, with no title, a region of just the two words not after a word
  // of place: "Gustavo Benítez and Sofía Larrañaga", not "in Sofia Monday".)
  bool CapitalGivenName(const std::vector<Elem>& el, int first, int i) const {
    if (i < first || i + 1 >= static_cast<int>(el.size())) return false;
    if (el[i].kind != E::kDict || el[i].hit.form != FormKind::kCapital || el[i].e - el[i].b != 1) return false;
    if (el[i + 1].kind != E::kCap || !NameWord(el[i + 1])) return false;
    if (i - 1 >= first) return el[i - 1].kind == E::kTitle;
    if (static_cast<int>(el.size()) != i + 2 || el[i + 1].e - el[i + 1].b != 1) return false;
    int before = el[i].b - 1;
    if (before < 0) return true;
    std::string_view w = t_[before].key;
    return !(w == "in"sv || w == "to"sv || w == "from"sv || w == "at"sv || w == "of"sv || w == "near"sv ||
             w == "via"sv || w == "between"sv);
  }

  // The country of a trailing "(France)" after a name: two name words, or
  // one after a title; else null.
  const DictionaryEntry* BracketCountry(const std::vector<Elem>& el, int first) const {
    int n = static_cast<int>(el.size());
    if (n - first < 3 || el[n - 1].kind != E::kParen || !NameWord(el[n - 2])) return nullptr;
    const DictHit& in = dict_[el[n - 1].b + 1];
    if (in.length != 1 || in.form != FormKind::kName || in.entry->actor.kind != ActorKind::kCountry) return nullptr;
    if (NameWord(el[n - 3])) return in.entry;
    for (int i = first; i < n - 2; ++i)
      if (el[i].kind == E::kTitle || el[i].kind == E::kPersonGroup) return in.entry;
    return nullptr;
  }

  // "Senate President Davi Alcolumbre (União-AP)", "Hugo Motta
  // (Republicanos-PB)": a remark in brackets (a party, a constituency)
  // after a titled name or a name of two words, in a region with no body
  // or gathering whose short name it could be.
  bool BracketRemark(const std::vector<Elem>& el, int first) const {
    int n = static_cast<int>(el.size());
    if (n - first < 3 || el[n - 1].kind != E::kParen || !NameWord(el[n - 2])) return false;
    // (a party and its state, "PT-SP": a body's short name, "(LMT)", is
    // no remark)
    bool code = false;
    for (int k = el[n - 1].b + 1; k + 1 < el[n - 1].e && !code; ++k)
      code = std::string_view(s_.text).substr(t_[k].begin, t_[k].end - t_[k].begin).find('-') != std::string_view::npos;
    if (!code && !NameInitials(el, n) && !PlaceInBrackets(el[n - 1])) return false;
    // (a body before the title is the title's: "Senate President")
    int last_title = -1;
    for (int i = first; i < n - 1; ++i)
      if (el[i].kind == E::kTitle) last_title = i;
    for (int i = last_title + 1; i < n - 1; ++i) {
      switch (el[i].kind) {
        case E::kOrgHead: case E::kOrgPlural: case E::kOrgSuffix: case E::kEventHead: case E::kGathering:
        case E::kDelegation: case E::kCountryNoun: case E::kSpeaker: case E::kEventAnaphor:
          return false;
        default:
          break;
      }
    }
    return last_title >= 0 || NameWord(el[n - 3]);
  }

  static bool TitleAmong(const std::vector<Elem>& el, int b, int e) {
    for (int i = b; i < e; ++i)
      if (el[i].kind == E::kTitle) return true;
    return false;
  }

  // Element i is a family name in capitals ("SAITO") right before the
  // run's last word, a given name, after a title or a country's name:
  // "Admiral SAITO Akira", "Ambassador of Japan to India ONO Keiichi".
  bool CapitalFamilyName(const std::vector<Elem>& el, int i, int first) const {
    if (i <= first || i + 1 >= static_cast<int>(el.size()) || !NameWord(el[i + 1])) return false;
    std::string_view key = t_[el[i].b].key;
    if (key.size() < 2 || key.size() > 10 || el[i].e - el[i].b != 1 || t_[el[i].b].Is(kHyphenated)) return false;
    if ((lex_.Bits(key) & (kTitle | kOrgHead | kEventHead | kOrgSuffix | kNotName)) || RomanNumeral(key)) return false;
    for (char c : key)
      if (c < 'a' || c > 'z') return false;
    const Elem& before = el[i - 1];
    return before.kind == E::kTitle || (before.kind == E::kDict && before.hit.entry->actor.kind == ActorKind::kCountry);
  }

  // "ADMM-Plus": a hyphened word that opens with a short name in capitals.
  bool AcronymLed(int k) const {
    if (!t_[k].Is(kHyphenated)) return false;
    std::string_view text = std::string_view(s_.text).substr(t_[k].begin, t_[k].end - t_[k].begin);
    std::size_t dash = text.find('-');
    if (dash == std::string_view::npos || dash < 2) return false;
    for (std::size_t i = 0; i < dash; ++i)
      if (text[i] < 'A' || text[i] > 'Z') return false;
    return true;
  }

  // "Meeting-Plus", "Summit-Plus": a hyphened word whose first part is a
  // gathering's head.
  bool HyphenedEventHead(int k) const {
    if (!t_[k].Is(kHyphenated) || t_[k].Is(kAllCaps)) return false;
    std::string_view key = t_[k].key;
    std::size_t space = key.find(' ');
    return space != std::string_view::npos && space > 2 && (lex_.Bits(key.substr(0, space)) & kEventHead);
  }

  // A word of a place's name in brackets: capitalised, not in capitals, no
  // body, title or gathering ("(Samajwadi Party)" is a party).
  bool PlaceWord(int k) const {
    return t_[k].Is(kWord) && t_[k].Is(kCap) && !t_[k].Is(kAllCaps) &&
           !(bits_[k] & (kTitle | kOrgHead | kOrgPluralHead | kEventHead | kOrgSuffix));
  }

  // The end (after ")") of a bracket at k of two to five capitalised words
  // or "and" after two name words, within [.., e); else 0.
  int PlaceBracketEnd(int k, int e) const {
    if (k < 2 || !NameLike(k - 1) || !NameLike(k - 2)) return 0;
    int j = k + 1;
    while (j < e && j < k + 6 && (PlaceWord(j) || (t_[j].key == "and"sv && j > k + 1))) ++j;
    return j > k + 2 && j < e && t_[j].key == ")"sv && Cap(j - 1) ? j + 1 : 0;
  }

  // "Bhagwant Mann (Punjab)", "Omar Abdullah (Jammu and Kashmir)": the
  // bracket holds a place's name of one to four capitalised words (no
  // body, title or gathering, not in capitals: "(PDP)" is a party).
  bool PlaceInBrackets(const Elem& paren) const {
    int words = 0;
    for (int k = paren.b + 1; k + 1 < paren.e; ++k) {
      if (t_[k].key == "and"sv && words > 0) continue;
      if (!PlaceWord(k)) return false;
      ++words;
    }
    return words >= 1 && words <= 4;
  }

  // "Agus Harimurti Yudhoyono (AHY)": the bracket of el[n - 1] holds the
  // initials of the name words right before it.
  bool NameInitials(const std::vector<Elem>& el, int n) const {
    const Elem& paren = el[n - 1];
    if (paren.e - paren.b != 3 || !t_[paren.b + 1].Is(kAllCaps)) return false;
    std::string_view acronym = t_[paren.b + 1].key;
    int letters = static_cast<int>(acronym.size());
    if (letters < 2 || letters > 4 || n - 1 - letters < 0) return false;
    for (int i = 0; i < letters; ++i) {
      const Elem& word = el[n - 1 - letters + i];
      if (!NameWord(word) || t_[word.b].key.empty() || t_[word.b].key[0] != acronym[i]) return false;
    }
    return true;
  }

  bool NameWord(const Elem& el) const {
    if (el.kind == E::kDict) return el.hit.entry->actor.kind == ActorKind::kPerson;
    if (el.kind == E::kAdj && ParticleCompound(el.b)) return true;
    // "Felipe VI": a regnal number after a name
    if (el.kind == E::kAcr && RomanNumeral(t_[el.b].key) && el.b > 0 && t_[el.b - 1].Is(kCap) &&
        !t_[el.b - 1].Is(kAllCaps))
      return true;
    if (el.kind != E::kCap) return false;
    const Token& t = t_[el.b];
    if (!t.Is(kCap) || t.Is(kAllCaps)) return false;
    if (el.bits & kNotNameBits) return false;
    if (t.key.size() < 2 && !Initial(el.b)) return false;
    return true;
  }

  const DictionaryEntry* CountryOfElem(const Elem& el) const {
    if (el.kind != E::kDict) return nullptr;
    const DictionaryEntry* e = el.hit.entry;
    if (e->actor.kind == ActorKind::kCountry) return e;
    return nullptr;
  }

  std::string Text(int b, int e) const { return s_.Span(b, e); }

  // Interprets region [b, e). Emits the mention (and sub-mentions) when
  // `emit`; returns the index of the main mention, or -1.
  int Interpret(int b, int e, bool emit) {
    // An element array a nesting level (Interpret calls itself), kept from
    // sentence to sentence; a deque, so a deeper level leaves the
    // references of the outer ones valid.
    if (depth_ == elems_.size()) elems_.emplace_back();
    std::vector<Elem>& el = elems_[depth_];
    Nested nested(&depth_);
    Elements(b, e, &el);
    if (el.empty()) return -1;
    int first = 0;
    std::string owner;
    if (el[0].kind == E::kDet || el[0].kind == E::kPossDet) {
      if (el[0].kind == E::kPossDet) owner = t_[el[0].b].key;
      first = 1;
    }
    if (first >= static_cast<int>(el.size())) return -1;
    // ("added two firms to its Entity List": plain capitalised words after
    // "its" name a thing of the body, no one)
    if (owner == "its") {
      bool plain = true;
      for (int i = first; i < static_cast<int>(el.size()) && plain; ++i) plain = el[i].kind == E::kCap;
      if (plain) return -1;
    }
    std::string det(first ? t_[el[0].b].key : KeyView());

    // "the Republic of Georgia", "the Kingdom of Bahrain": the country
    if (static_cast<int>(el.size()) == first + 3 && el[first].kind != E::kDict && el[first + 1].kind == E::kConn &&
        t_[el[first + 1].b].key == "of"sv && el[first + 2].kind == E::kDict &&
        el[first + 2].hit.entry->actor.kind == ActorKind::kCountry && el[first + 2].hit.form == FormKind::kName) {
      std::string_view w = t_[el[first].b].key;
      if (w == "republic"sv || w == "kingdom"sv || w == "state"sv || w == "sultanate"sv || w == "emirate"sv ||
          w == "federation"sv || w == "commonwealth"sv || w == "principality"sv) {
        Mention m = Base(b, e, el[first].b, el[first + 2].e, MentionKind::kCountry);
        m.entry = el[first + 2].hit.entry;
        m.name = m.entry->actor.name;
        return Emit(std::move(m), emit);
      }
    }
    // "JSC Uzbekneftegaz", "LLC Baltika": a legal form written before the
    // name is no part of it
    if (static_cast<int>(el.size()) >= first + 2 && static_cast<int>(el.size()) <= first + 5 &&
        el[first].kind == E::kOrgSuffix && t_[el[first].b].Is(kAllCaps)) {
      bool named = true;
      for (int i = first + 1; i < static_cast<int>(el.size()) && named; ++i)
        named = (el[i].kind == E::kCap && !(el[i].bits & kNotName)) || el[i].kind == E::kAcr;
      if (named) {
        Mention m = Base(b, e, el[first + 1].b, el.back().e, MentionKind::kOrganization);
        m.name = Text(el[first + 1].b, el.back().e);
        return Emit(std::move(m), emit);
      }
    }
    // "Enkhtuvshin Dorjsuren of Mongolia", "Rui Vasconcelos of the
    // Portuguese Republic": an unknown name of two to four words, then "of"
    // and a country, is a person of that country (a body carries a head
    // word: "Bank of Georgia"; a title is a title: "President of Ghana")
    // ("President Paul Kagame of Rwanda", "President Kagame of Rwanda":
    // after titles, one name word will do)
    // ("King Abdullah II bin Al Hussein of the Hashemite Kingdom of
    // Jordan": particles inside the name, and a known person's name first)
    // ("His Majesty King X": an honorific's possessive before the titles)
    if (first == 0 || (el[0].kind == E::kPossDet && el[first].kind == E::kTitle)) {
      int n = static_cast<int>(el.size()), titles = first;
      while (titles < n && el[titles].kind == E::kTitle) ++titles;
      int i = titles, words = 0;
      const DictionaryEntry* known = nullptr;
      for (; i < n; ++i) {
        if (el[i].kind == E::kCap && !(el[i].bits & kNotName)) ++words;
        else if (el[i].kind == E::kParticle && i > titles && i + 1 < n && el[i + 1].kind != E::kConn) continue;
        else if (el[i].kind == E::kDict && i == titles &&
                 (el[i].hit.form == FormKind::kName || el[i].hit.form == FormKind::kAlias) &&
                 el[i].hit.entry->actor.kind == ActorKind::kPerson && i + 1 < n && el[i + 1].kind == E::kParticle)
          known = el[i].hit.entry, ++words;
        else break;
      }
      if (words >= (titles > first || known ? 1 : 2) && words <= 4 && i + 1 < n && el[i].kind == E::kConn &&
          t_[el[i].b].key == "of"sv && Interpret(el[i + 1].b, e, false) >= 0 &&
          pending_.kind == MentionKind::kCountry && pending_.entry) {
        const DictionaryEntry* of_country = pending_.entry;
        Mention m = Base(b, e, el[titles].b, el[i - 1].e, MentionKind::kPerson);
        m.name = known ? known->actor.name : Text(el[titles].b, el[i - 1].e);
        m.entry = known;
        m.country = of_country;
        if (titles > first) {
          m.role = Text(el[first].b, el[titles - 1].e);
          m.office = LastTitle(el, first, titles);
          m.titled = true;
        }
        return Emit(std::move(m), emit);
      }
    }
    // "Senator Ted Cruz of Texas", "Republican Representative Dan Crenshaw
    // of Texas": titles (maybe after one capitalised word), a name, then
    // "of" and one to three plain capitalised words of no country (a state,
    // a province, a city) is that titled person
    if (first == 0) {
      int n = static_cast<int>(el.size()), lead = 0;
      if (lead + 1 < n && el[lead].kind == E::kCap && el[lead + 1].kind == E::kTitle) ++lead;
      int titles = lead;
      while (titles < n && el[titles].kind == E::kTitle) ++titles;
      int i = titles, words = 0;
      while (i < n && el[i].kind == E::kCap && !(el[i].bits & kNotName)) ++i, ++words;
      // ("Prof. X Y of Lac Province", "the governor, X Y of Borno State": a
      // place that ends in its kind; then two name words between commas
      // need no title; "Ikeja Electric of Lagos State" is a company)
      bool kind_last = i + 2 < n && el[n - 1].e - el[n - 1].b == 1 && t_[el[n - 1].b].Is(kCap) &&
                       (PlaceKind(t_[el[n - 1].b].key) || t_[el[n - 1].b].key == "state"sv);
      bool apposed = b > 0 && t_[b - 1].key == ","sv;  // ("the governor, X Y of Borno State")
      bool place = (titles > lead || (kind_last && words >= 2 && lead == 0 && apposed)) && words >= 1 && words <= 4 &&
                   i + 1 < n && i + 4 >= n && el[i].kind == E::kConn && t_[el[i].b].key == "of"sv;
      for (int j = i + 1; j < n && place; ++j)
        place = (el[j].kind == E::kCap && !(el[j].bits & kNotName)) || (j == n - 1 && kind_last);
      if (place) {
        Mention m = Base(b, e, el[titles].b, el[i - 1].e, MentionKind::kPerson);
        m.name = Text(el[titles].b, el[i - 1].e);
        m.role = Text(el[0].b, el[titles - 1].e);
        m.office = LastTitle(el, lead, titles);
        m.titled = true;
        return Emit(std::move(m), emit);
      }
    }
    // "a delegation led by X": X.
    for (int i = first; i < static_cast<int>(el.size()); ++i) {
      if (el[i].kind != E::kLedBy) continue;
      int sub = Interpret(el[i].e, e, false);
      if (sub < 0) return -1;
      Mention m = pending_;
      if (m.kind != MentionKind::kPerson && m.kind != MentionKind::kRole) return -1;
      m.begin = b;
      m.leads = true;
      // "a delegation of the Parliament of Georgia led by X": X is Georgian
      if (!m.country) m.country = FirstCountry(el, first, i);
      return Emit(std::move(m), emit);
    }

    // Attributes from modifiers: countries, organisations, possessors.
    const DictionaryEntry* country = nullptr;
    const DictionaryEntry* org = nullptr;
    std::string org_text;
    int possessor_end = -1;  // element index after which the possessive stands
    for (int i = first; i < static_cast<int>(el.size()); ++i) {
      if (el[i].kind == E::kPoss) possessor_end = i;
    }

    // "the Federal Service for Veterinary and Phytosanitary Surveillance": a
    // body's portfolio after "for" that ends in a thing is no person's name
    if (el.back().kind == E::kCap && ThingNoun(t_[el.back().b].key)) {
      bool head = false, portfolio = false;
      for (int i = first; i + 1 < static_cast<int>(el.size()) && !portfolio; ++i) {
        // ("the fifth meeting of the Global Alliance for the Implementation
        // of the Agreement" is a gathering of that body)
        if (!head && (el[i].kind == E::kGathering || el[i].kind == E::kEventHead)) break;
        if (el[i].kind == E::kOrgHead) head = true;
        else if (head && el[i].kind == E::kConn && t_[el[i].b].key == "for"sv) portfolio = true;
      }
      if (portfolio) {
        int from = possessor_end >= 0 ? possessor_end + 1 : first;
        Mention m = Base(b, e, el[from].b, el.back().e, MentionKind::kOrganization);
        m.name = Text(el[from].b, el.back().e);
        m.country = FirstCountry(el, first, static_cast<int>(el.size()));
        return Emit(std::move(m), emit);
      }
    }
    // "MEP Laurent Castelnau (France)": a country in brackets after a titled
    // name is the person's country, no part of the name
    const DictionaryEntry* bracket_country = BracketCountry(el, first);
    if (bracket_country || BracketRemark(el, first)) el.pop_back();
    // The final name run.
    int rb = static_cast<int>(el.size());
    // ("Governor of Japan's Nara Prefecture visits": a title's place that
    // ends in its kind names no holder)
    bool place_last = el.back().kind == E::kCap && PlaceKind(t_[el.back().b].key) && rb - 1 > first &&
                      TitleAmong(el, first, rb - 1);
    while (rb > first && !place_last) {
      const Elem& x = el[rb - 1];
      if (x.kind == E::kParticle && rb - 1 > first && rb < static_cast<int>(el.size())) {
        // "von der": particles between name words
        int p = rb - 1;
        while (p > first && el[p - 1].kind == E::kParticle) --p;
        if (p > first && NameWord(el[p - 1])) {
          rb = p;
          continue;
        }
        // "Rear Admiral Sultan bin Hamad Al Mukhaini": a title word that is
        // also a given name (title_given_name) before "bin" names him
        if (p > first && el[p - 1].kind == E::kTitle && el[p - 1].e - el[p - 1].b == 1 &&
            InWordClass("title_given_name", t_[el[p - 1].b].key)) {
          rb = p - 1;
          break;
        }
      }
      if (CountrySurname(el, first, rb - 1)) {
        --rb;  // "Prime Minister Luís Montenegro": the country's name is his
        continue;
      }
      if (CapitalGivenName(el, first, rb - 1)) {
        --rb;
        continue;
      }
      // "Group CEO Sultan Ahmed Al Jaber": a title word that is also a given
      // name (title_given_name), right after another title, names him
      // (or after the body of a title: "Group CEO of ADNOC Sultan Ahmed Al Jaber")
      bool after_title = rb - 1 > first && (el[rb - 2].kind == E::kTitle ||
                                            (rb - 3 >= first && el[rb - 3].kind == E::kConn &&
                                             (el[rb - 2].kind == E::kAcr || (el[rb - 2].kind == E::kDict &&
                                              el[rb - 2].hit.entry->actor.kind == ActorKind::kOrganization))));
      // ("Lieutenant General Sultan Kamaletdinov": after a rank, one family
      // name is enough)
      if (x.kind == E::kTitle && after_title && x.e - x.b == 1 &&
          (static_cast<int>(el.size()) - rb >= 2 ||
           (static_cast<int>(el.size()) - rb == 1 && el[rb - 2].kind == E::kTitle && t_[el[rb - 2].b].Is(kCap)))) {
        if (InWordClass("title_given_name", t_[x.b].key)) {
          --rb;
          break;
        }
      }
      // "President Hassan Sheikh Mohamud": an honorific between a given
      // name and a family name is part of the name (title_in_name)
      if (x.kind == E::kTitle && x.e - x.b == 1 && rb < static_cast<int>(el.size()) && rb - 2 > first &&
          el[rb - 2].kind == E::kCap && el[rb - 3].kind == E::kTitle) {
        const std::vector<std::string>& infix = lex_.patterns().Words("title_in_name");
        if (std::find(infix.begin(), infix.end(), t_[x.b].key) != infix.end()) {
          --rb;
          continue;
        }
      }
      // ("Ambassador of Japan to India ONO Keiichi", "Admiral SAITO Akira":
      // a family name in capitals before the given name)
      if (x.kind == E::kAcr && rb < static_cast<int>(el.size()) && rb == static_cast<int>(el.size()) - 1 &&
          CapitalFamilyName(el, rb - 1, first)) {
        --rb;
        break;
      }
      if (!NameWord(x)) break;
      // ("Governor of Nara Prefecture Makoto Yamashita": the kind of place
      // that ends the title's place is no given name)
      if (x.kind == E::kCap && rb < static_cast<int>(el.size()) && PlaceKind(t_[x.b].key) &&
          TitleAmong(el, first, rb - 1))
        break;
      // ("Minister of Energy, Water Resources and Irrigation Sunita Karki":
      // a portfolio's last word after its connector is no given name)
      if (x.kind == E::kCap && ThingNoun(t_[x.b].key) && rb - 2 >= first && el[rb - 2].kind == E::kConn) break;
      // ("Director General of Budget Financing and Risk Management,": a
      // run that ends in such a word names no one)
      if (x.kind == E::kCap && ThingNoun(t_[x.b].key) && rb == static_cast<int>(el.size()) && rb - 1 > first &&
          TitleAmong(el, first, rb - 1))
        break;
      if (x.kind == E::kDict && rb < static_cast<int>(el.size())) {
        // "Prince Faisal bin Farhan" + "Al Saud": the dictionary's person, spelt longer
        std::string_view next = t_[el[rb].b].key;
        if (x.hit.entry->actor.kind == ActorKind::kPerson &&
            (el[rb].kind == E::kParticle || next == "al"sv || next == "el"sv || next == "bin"sv || next == "ibn"sv))
          --rb;
        break;
      }
      --rb;
      if (x.kind == E::kDict) break;
    }
    // ("Minister of Foreign Affairs II Erywan Yusof": a number after a
    // title is the title's, no part of the name)
    if (rb > first && static_cast<int>(el.size()) - rb >= 3 && el[rb].kind == E::kAcr &&
        RomanNumeral(t_[el[rb].b].key) && !NameWord(el[rb - 1]))
      ++rb;
    for (int i = rb; i + 1 < static_cast<int>(el.size()); ++i) {
      if (el[i].kind != E::kParticle) continue;
      // patronymic chains ("bin Abdulrahman Al Thani") are one name
      std::string_view p = t_[el[i].b].key;
      if (p == "bin"sv || p == "ibn"sv || p == "bint"sv || p == "ben"sv || p == "abu"sv || p == "al"sv || p == "el"sv ||
          p == "ul"sv || p == "ad"sv)
        continue;
      // words after the particle's own word: another name follows
      int after = static_cast<int>(el.size()) - (i + 2);
      if (after >= 2) rb = i + 2;
    }
    // "the non-governmental organisation Open Watch Armenia": after a
    // lower-case body noun, a name may end in its country's name (or in a
    // word that names no person)
    if (rb == static_cast<int>(el.size()) && rb - first >= 3) {
      const Elem& last = el[rb - 1];
      int nb = rb - 1;
      while (nb - 1 > first && el[nb - 1].kind == E::kCap) --nb;
      bool country_last = last.kind == E::kDict && last.hit.form == FormKind::kName &&
                          last.hit.entry->actor.kind == ActorKind::kCountry;
      // ("Civic Monitor Caucasus": a word that names no person ends it too)
      if ((country_last || (last.kind == E::kCap && Cap(last.b))) && nb < rb - 1 && nb - 1 >= first &&
          el[nb - 1].kind == E::kOrgHead && t_[el[nb - 1].b].Is(kLower)) {
        Mention m = Base(b, e, el[nb].b, last.e, MentionKind::kOrganization);
        m.name = Text(el[nb].b, last.e);
        m.country = country_last ? last.hit.entry : nullptr;
        return Emit(std::move(m), emit);
      }
    }
    int run_words = static_cast<int>(el.size()) - rb;
    // "Governor of St. Petersburg Alexander Beglov": a saint's town ends
    // the title
    std::string_view first_word = rb < static_cast<int>(el.size()) ? t_[el[rb].b].key : KeyView();
    bool saint = first_word == "st"sv || first_word == "saint"sv || first_word == "sankt"sv;
    if (rb > first && run_words >= 3 && el[rb].kind == E::kCap && el[rb - 1].kind == E::kConn &&
        (t_[el[rb - 1].b].key == "of"sv || t_[el[rb - 1].b].key == "the"sv))
      rb += saint && run_words >= 4 ? 2 : 1;  // "President of Ghana John Mahama": Ghana ends the title
    // "High Commissioner for Refugees Barham Salih": one word after "for"
    // ends the title, two name him
    else if (rb > first && static_cast<int>(el.size()) - rb == 3 && el[rb - 1].kind == E::kConn &&
             t_[el[rb - 1].b].key == "for"sv && el[rb].kind == E::kCap && rb - 2 >= first && el[rb - 2].kind == E::kTitle)
      ++rb;
    // "... of Kazakhstan Engineering Nurlan Sarsenbayev": a word in -ing
    // (Engineering, Mining, Shipping) ends a body's name, not a given name
    // (so does a word whose ending names a thing: "Minister of Energy
    // Transition Karim Bennani")
    if (rb > first && static_cast<int>(el.size()) - rb >= 3 && el[rb].kind == E::kCap) {
      std::string_view w = t_[el[rb].b].key;
      if (reader::IngForm(w) || ThingNoun(w)) ++rb;
    }
    // "Executive Secretary of the Convention on Biological Diversity Astrid
    // Schomaker": after a connector, a long run ends with a two-word name
    bool after_country = rb - 1 > first && el[rb - 1].kind == E::kDict &&
                         el[rb - 1].hit.entry->actor.kind == ActorKind::kCountry && el[rb - 2].kind == E::kConn;
    // (not when the run opens with an honorific that begins a name: "of
    // Pakistan Syed Ahsan Raza Shah")
    if (rb > first && static_cast<int>(el.size()) - rb >= 4 && (el[rb - 1].kind == E::kConn || after_country) &&
        !InWordClass("name_honorific", t_[el[rb].b].key)) {
      bool plain = true;
      for (int i = rb; i < static_cast<int>(el.size()); ++i) plain = plain && el[i].kind == E::kCap;
      if (plain) rb = static_cast<int>(el.size()) - 2;
    }
    // "Chairman of the State Concern Turkmengaz Merdan Gurbanov": after a
    // body's name ("State Concern"), one word completes it and two name him
    // (a head that goes before a name, head_before_name; not one that ends
    // it: "CEO of Meridian Data Centres Lim Wei Jie", "CEO of the Qatar
    // Investment Authority Mohammed Saif Al-Sowaidi")
    if (rb - 2 >= first && static_cast<int>(el.size()) - rb == 3 && el[rb - 1].kind == E::kOrgHead &&
        t_[el[rb - 1].b].Is(kCap) && el[rb - 2].kind == E::kCap &&
        InWordClass("head_before_name", t_[el[rb - 1].e - 1].key)) {
      bool plain = true, titled = false;
      for (int i = rb; i < static_cast<int>(el.size()); ++i) plain = plain && el[i].kind == E::kCap;
      for (int i = first; i < rb; ++i) titled = titled || el[i].kind == E::kTitle;
      if (plain && titled) rb = static_cast<int>(el.size()) - 2;
    }
    int run_len = 0;
    for (int i = rb; i < static_cast<int>(el.size()); ++i)
      run_len += (el[i].kind == E::kCap || (el[i].kind == E::kAdj && ParticleCompound(el[i].b)) ||
                  (el[i].kind == E::kAcr && (NameWord(el[i]) || CapitalFamilyName(el, i, first))) ||
                  CapitalGivenName(el, first, i) || CountrySurname(el, first, i))
                     ? 1
                     : 0;
    bool dict_person = rb < static_cast<int>(el.size()) && el[rb].kind == E::kDict &&
                       el[rb].hit.entry->actor.kind == ActorKind::kPerson;
    // "the Bolivian company YPFB", "the Brazilian distributor Gas Paulista":
    // a lower-case body noun, then capitalised words or an acronym to the end
    // (words that name no person included)
    if (!dict_person && rb > first + 1) {
      int j = static_cast<int>(el.size()) - 1;
      while (j > first && (el[j].kind == E::kCap || el[j].kind == E::kAcr)) --j;
      bool title = false;  // ("chief executive of Oman's state energy group OQ" is a role)
      for (int i = first; i < j && !title; ++i) title = el[i].kind == E::kTitle;
      if (!title && j < static_cast<int>(el.size()) - 1 && j < rb - 1 && el[j].kind == E::kOrgHead &&
          t_[el[j].b].Is(kLower)) {
        Mention m = Base(b, e, el[j + 1].b, el.back().e, MentionKind::kOrganization);
        m.name = Text(el[j + 1].b, el.back().e);
        m.country = FirstCountry(el, first, j + 1);
        return Emit(std::move(m), emit);
      }
    }
    if (rb < static_cast<int>(el.size())) {
      bool titled = rb > first && (el[rb - 1].kind == E::kTitle);
      bool org_before = rb > first && (el[rb - 1].kind == E::kOrgHead || el[rb - 1].kind == E::kOrgPlural) &&
                        t_[el[rb - 1].b].Is(kLower);
      int name_b = el[rb].b, name_e = el.back().e;
      // "the national company Kazakhstan Engineering": a body named after its country
      bool country_named = rb - 2 >= first && el[rb - 1].kind == E::kDict && el[rb - 1].hit.form == FormKind::kName &&
                           el[rb - 1].hit.entry->actor.kind == ActorKind::kCountry &&
                           (el[rb - 2].kind == E::kOrgHead || el[rb - 2].kind == E::kOrgPlural) &&
                           t_[el[rb - 2].b].Is(kLower);
      // "Kazakhstan Temir Zholy": a country's name right before a name with
      // no title between names a body of that country, not a person
      bool country_prefix = !country_named && !dict_person && rb - 1 == first && el[first].kind == E::kDict &&
                            el[first].hit.form == FormKind::kName &&
                            el[first].hit.entry->actor.kind == ActorKind::kCountry && run_len >= 1 &&
                            t_[el[first].b].Is(kCap) && !LinksName(el[first].b - 1);
      if (country_prefix) {
        Mention m = Base(b, e, el[first].b, name_e, MentionKind::kOrganization);
        m.name = Text(el[first].b, name_e);
        m.country = el[first].hit.entry;
        return Emit(std::move(m), emit);
      }
      if (country_named && !dict_person) {
        Mention m = Base(b, e, el[rb - 1].b, name_e, MentionKind::kOrganization);
        m.name = Text(el[rb - 1].b, name_e);
        m.country = el[rb - 1].hit.entry;
        return Emit(std::move(m), emit);
      }
      if (org_before && !dict_person) {
        Mention m = Base(b, e, name_b, name_e, MentionKind::kOrganization);
        m.name = Text(name_b, name_e);
        m.country = FirstCountry(el, first, rb);
        return Emit(std::move(m), emit);
      }
      // "in New York": a place the pattern table knows is no person
      // ("the mayor of Lviv" is a role of that place)
      bool surname = !dict_person && run_len == 1;
      bool known_surname = surname && !lex_.Surname(t_[name_b].key).empty();
      // ("Najaf, who arrived ...": a person the dictionary knows by that
      // name before a city)
      // ("in Dien Bien province": a name before a lower-case kind of place;
      // "hold talks in Dien Bien": an untitled name right after "in" that
      // owns nothing)
      bool after_in = name_b == b && b > 0 && t_[b - 1].key == "in"sv && (e >= n_ || !t_[e].Is(kPossessive));
      bool place = !dict_person && !titled && !known_surname &&
                   (lex_.PhraseAt(s_, name_b, kPlace) == name_e - name_b || after_in ||
                    (e == name_e && e < n_ && t_[e].Is(kLower) && PlaceKind(t_[e].key)));
      if (place && rb == first) return -1;
      bool person = dict_person || run_len >= 2 || titled || known_surname;
      // "COP17 of Convention on Biological Diversity", "the Office of
      // Foreign Assets Control": after an acronym or a body's head word and
      // an "of" or "on" with no title before the name, the words name a thing
      if (!dict_person && rb > first && (el[first].kind == E::kAcr || el[first].kind == E::kOrgHead)) {
        bool title_before = false, connector = false;
        for (int i = first; i < rb; ++i) {
          title_before = title_before || el[i].kind == E::kTitle;
          connector = connector || (el[i].kind == E::kConn && (t_[el[i].b].key == "of"sv || t_[el[i].b].key == "on"sv));
        }
        if (connector && !title_before) person = false;
      }
      // "the UN Working Group on Arbitrary Detention": words after a body's
      // "on"/"of" name the body, unless a title came first ("Chairman of
      // the Board of Directors John Smith")
      if (!dict_person && rb - 2 >= first && el[rb - 1].kind == E::kConn && el[rb - 2].kind == E::kOrgHead &&
          t_[el[rb - 2].b].Is(kCap)) {
        bool title_first = false;
        for (int i = first; i < rb - 2; ++i) title_first = title_first || el[i].kind == E::kTitle;
        if (!title_first) person = false;
      }
      // ("the Office National des Mines": a body's head noun, then the words
      // of its name in another language)
      if (!dict_person && rb > first && el[first].kind == E::kOrgHead &&
          ForeignJoinerIn(name_b, name_e)) {
        bool title = false;
        for (int i = first; i < rb; ++i) title = title || el[i].kind == E::kTitle;
        if (!title) person = false;
      }
      // ("Noting that ...": a participle opening the sentence is no surname)
      bool opening_participle = name_b == 0 && t_[name_b].key.size() > 5 &&
                                t_[name_b].key.substr(t_[name_b].key.size() - 3) == "ing"sv;
      // ("Units of the Tunisian Navy and ...": a force's unit noun opening
      // the sentence before "of"/"from" is no surname)
      bool opening_unit = name_b == 0 && name_e < n_ && InWordClass("force_units", t_[name_b].key) &&
                          (t_[name_e].key == "of"sv || t_[name_e].key == "from"sv);
      if (!place && surname && !titled && !known_surname && rb == first && first == 0 && !opening_participle &&
          !opening_unit && !(bits_[name_b] & (kTrigger | kVerb | kNotName)) &&
          // ("Vu also met": a name of two letters, past the sentence's
          // first word and not in capitals)
          (t_[name_b].key.size() > 2 ||
           (t_[name_b].key.size() == 2 && name_b > 0 && !t_[name_b].Is(kAllCaps) && !(bits_[name_b] & kFunction)))) {
        // A lone capitalised word: kept as a possible surname.
        Mention m = Base(b, e, name_b, name_e, MentionKind::kPerson);
        m.name = Text(name_b, name_e);
        m.surname_only = true;
        m.tentative = true;
        return Emit(std::move(m), emit);
      }
      // "special envoy for the Great Lakes, X": a name takes no "the"
      if (!dict_person && rb > first && name_b > 0 && t_[name_b - 1].key == "the"sv) person = false;
      // ("co-leader of the New Left": nor does an untitled one)
      // (only after "of": "the Dalai Lama", "the Aga Khan" are persons)
      if (!dict_person && !titled && rb == first && first == 1 && det == "the"sv && b > 0 && t_[b - 1].key == "of"sv)
        person = false;
      // "Minister of Ports and Free Zones, Hassan Doualeh Ali,": words after
      // the portfolio's "and" are more of it when the holder's name follows
      // the comma
      if (!dict_person && rb - 1 > first && el[rb - 1].kind == E::kConn && t_[el[rb - 1].b].key == "and"sv &&
          HolderInCommasAt(e)) {
        bool title = false, of = false;
        for (int i = first; i < rb - 1; ++i) {
          title = title || el[i].kind == E::kTitle;
          of = of || (title && el[i].kind == E::kConn && (t_[el[i].b].key == "of"sv || t_[el[i].b].key == "for"sv));
        }
        if (of) person = false;
      }
      // "the 2nd Vietnam-Laos-Cambodia Border Defence Friendship Exchange":
      // a name that opens with an ordinal and carries no title is a
      // numbered gathering whose kind the lexicon does not know
      if (person && !dict_person && el[first].kind == E::kNum && t_[el[first].b].Is(kOrdinal)) {
        bool title = false;
        for (int i = first; i < rb; ++i) title = title || el[i].kind == E::kTitle;
        if (!title) {
          Mention m = Base(b, e, el[first].b, el.back().e, MentionKind::kEvent);
          m.name = Text(el[first].b, el.back().e);
          return Emit(std::move(m), emit);
        }
      }
      if (person && !place) {
        Mention m = Base(b, e, name_b, name_e, MentionKind::kPerson);
        if (dict_person) m.entry = el[rb].hit.entry;
        m.name = dict_person ? el[rb].hit.entry->actor.name : Text(name_b, name_e);
        m.surname_only = surname;
        for (int i = first; i < rb; ++i)
          if (el[i].kind == E::kTitle) m.titled = true;
        int role_b = first, role_e = rb;
        if (role_e > role_b) {
          m.role = Text(el[role_b].b, el[role_e - 1].e);
          m.office = LastTitle(el, role_b, role_e);
          m.country = FirstCountry(el, role_b, role_e);
          m.org = FirstOrg(el, role_b, role_e, &m.org_text);
        }
        if (!m.country) m.country = bracket_country;
        return Emit(std::move(m), emit);
      }
    }

    // The head: the element before the first "of", else the last one.
    int head = static_cast<int>(el.size()) - 1;
    for (int i = first; i < static_cast<int>(el.size()); ++i) {
      if ((el[i].kind != E::kConn && el[i].kind != E::kAdj) || i == first) continue;
      std::string_view c = t_[el[i].b].key;
      if (el[i].kind == E::kAdj && !InWordClass("foreign_name_joiner", c)) continue;
      if (c == "of"sv || c == "for"sv || c == "to"sv || c == "against"sv || c == "on"sv || c == "by"sv ||
          c == "between"sv) {
        head = i - 1;
        break;
      }
      // "Office National des Hydrocarbures", "Banco Central de Reserva": in
      // another language the head noun comes first
      if (t_[el[i].b].Is(kLower) && InWordClass("foreign_name_joiner", c)) {
        head = i - 1;
        for (int j = first; j < i; ++j)
          if (el[j].kind == E::kOrgHead) {
            head = j;
            break;
          }
        break;
      }
    }

    while (head > first && (el[head].kind == E::kNum || el[head].kind == E::kParen || el[head].kind == E::kConn ||
                            el[head].kind == E::kPoss))
      --head;
    // "the Minister of Foreign Affairs and Trade of Guyana": a title of
    // several words (its own "of" inside), then more of its portfolio after
    // "and", is headed by the title
    // (not "the Minister of Foreign Affairs and Heads of Mission": a plural
    // title after "and" names others)
    auto portfolio_word = [&](const Elem& x) {
      if (x.kind != E::kCap || (x.bits & (kPersonGroup | kTitle))) return false;
      std::string_view w = t_[x.b].key;
      return !(w.size() > 3 && w.back() == 's' && (lex_.Bits(w.substr(0, w.size() - 1)) & kTitle));
    };
    if (portfolio_word(el[head])) {
      for (int i = head - 1; i > first; --i) {
        if (el[i].kind == E::kConn && t_[el[i].b].key == "and"sv && el[i - 1].kind == E::kTitle) {
          head = i - 1;
          break;
        }
        if (!portfolio_word(el[i])) break;
      }
    }
    // "Hyundai Engineering & Construction": the word after an ampersand
    // shares the head before it
    while (head - 2 >= first && el[head].kind == E::kCap && el[head - 1].kind == E::kConn &&
           t_[el[head - 1].b].key == "&"sv)
      head -= 2;
    // "criticised China's naval drills": a country's possessive before a
    // lower-case act noun heads the phrase (a gathering's anaphor wants
    // "the": "the drills")
    if (el[head].kind == E::kEventAnaphor && first + 1 < head && el[first].kind == E::kDict && el[first].hit.entry &&
        el[first].hit.entry->actor.kind == ActorKind::kCountry && el[first + 1].kind == E::kPoss &&
        t_[el[head].b].Is(kLower))
      head = first;
    const Elem& h = el[head];
    country = FirstCountry(el, first, static_cast<int>(el.size()));
    org = FirstOrg(el, first, static_cast<int>(el.size()), &org_text);

    // Events.
    bool has_year = false, cap_before = false;
    for (int i = first; i < static_cast<int>(el.size()); ++i) {
      if (el[i].kind == E::kNum && (t_[el[i].b].Is(kYear) || t_[el[i].b].Is(kOrdinal))) has_year = true;
      if (i < head && (el[i].kind == E::kCap || el[i].kind == E::kAcr || el[i].kind == E::kDict)) cap_before = true;
    }
    // "the 153rd Assembly of the IPU": a numbered sitting of a body
    bool numbered_body = h.kind == E::kOrgHead && el[first].kind == E::kNum && t_[el[first].b].Is(kOrdinal);
    // "the Peruvian Congress": a head that is also a body's (org_head), with
    // a country and no number, is the legislature
    bool body = h.kind == E::kEventHead && (h.bits & kOrgHead) && !has_year && country;
    // "Caspian Connectivity Forum-2027": a head joined to its year
    bool head_year = false;
    if (h.kind == E::kCap) {
      std::string_view key = t_[h.b].key;
      std::size_t space = key.rfind(' ');
      if (space != std::string_view::npos && key.size() - space == 5 && std::isdigit(static_cast<unsigned char>(key.back())))
        head_year = (lex_.Bits(key.substr(0, space)) & kEventHead) != 0;
    }
    bool event_head = (h.kind == E::kEventHead && !body) || h.kind == E::kGathering || numbered_body || head_year ||
                      (h.kind == E::kDict && h.hit.entry->actor.kind == ActorKind::kEvent) ||
                      ((h.kind == E::kEventAnaphor) && cap_before && !AnyEventAnaphor(h)) ||
                      WholeGathering(el, first, static_cast<int>(el.size())) != first;
    bool acr_year = false;
    // (not a plan named by its horizon: "Oman Vision 2040", "Agenda 2063")
    for (int i = first; i + 1 < static_cast<int>(el.size()); ++i)
      if ((el[i].kind == E::kAcr || el[i].kind == E::kCap) && el[i + 1].kind == E::kNum && t_[el[i + 1].b].Is(kYear) &&
          !(el[i].kind == E::kCap && InWordClass("plan_name", t_[el[i].e - 1].key)))
        acr_year = true;
    for (int i = first; i < static_cast<int>(el.size()); ++i)
      if (el[i].kind == E::kAcr && HasDigit(t_[el[i].b].key) && el.size() - first <= 2) acr_year = true;
    // "the 13th ADMM-Plus": an ordinal, then a short name
    if (static_cast<int>(el.size()) == first + 2 && el[first].kind == E::kNum && t_[el[first].b].Is(kOrdinal) &&
        (el[first + 1].kind == E::kAcr || (el[first + 1].kind == E::kCap && AcronymLed(el[first + 1].b))) &&
        t_[el[first + 1].b].key.size() >= 3 && first > 0)
      acr_year = true;
    // ("Days later, ...": a head word alone that opens the sentence names
    // nothing)
    if (event_head && h.kind == E::kEventHead && first == 0 && el.size() == 1 && b == 0) event_head = false;
    if (event_head || (acr_year && h.kind != E::kTitle && h.kind != E::kOrgHead)) {
      if (h.kind == E::kDict && h.hit.entry->actor.kind == ActorKind::kEvent && head == first) {
        Mention m = Base(b, e, h.b, h.e, MentionKind::kEvent);
        m.entry = h.hit.entry;
        m.name = m.entry->actor.name;
        return Emit(std::move(m), emit);
      }
      // The name starts at the first capitalised or numeric element.
      int nb = first;
      while (nb < static_cast<int>(el.size()) &&
             !(el[nb].kind == E::kCap || el[nb].kind == E::kAcr || el[nb].kind == E::kDict ||
               el[nb].kind == E::kNum || el[nb].kind == E::kEventHead ||
               (el[nb].kind == E::kOrdinalWord && nb + 1 < static_cast<int>(el.size()) && el[nb + 1].kind != E::kEventAnaphor) ||
               (el[nb].kind == E::kTitle && t_[el[nb].b].Is(kCap)) || el[nb].kind == E::kOrgHead))
        ++nb;
      if (nb >= static_cast<int>(el.size())) nb = first;
      // "informal CIS summit": the name runs from its adjectives
      if (h.kind == E::kEventAnaphor && head == static_cast<int>(el.size()) - 1)
        while (nb > first && el[nb - 1].kind == E::kAdj) --nb;
      if (h.kind == E::kGathering) {
        nb = first;  // "informal meeting of the ..." keeps its adjectives
        while (nb < head && el[nb].kind == E::kNum && !t_[el[nb].b].Is(kOrdinal)) ++nb;
      }
      int ne = static_cast<int>(el.size());
      while (ne > nb + 1 && el[ne - 1].kind == E::kParen) --ne;
      nb = WholeGathering(el, nb, ne);
      int name_b = el[nb].b;
      if (h.kind == E::kEventAnaphor && nb == first && first == 0)
        for (int adj = 0; adj < 2 && name_b > 0 && Adjective(name_b - 1); ++adj) --name_b;
      if (name_b < b) b = name_b;
      Mention m = Base(b, e, name_b, el[ne - 1].e, MentionKind::kEvent);
      m.name = TextWithoutShortNames(m.name_begin, m.name_end);
      // "SAHA 2026 International Defense ... Exhibition" is "SAHA 2026".
      if (nb + 1 < ne && (el[nb].kind == E::kAcr || el[nb].kind == E::kCap) && el[nb + 1].kind == E::kNum &&
          t_[el[nb + 1].b].Is(kYear) && nb + 2 < ne)
        m.name = Text(el[nb].b, el[nb + 1].e);
      m.country = country;
      (void)has_year;
      // "the 5th meeting of the Supreme Interstate Council of Azerbaijan and
      // Uzbekistan": a body of two countries keeps both in its name
      if (el[ne - 1].kind == E::kDict && el[ne - 1].hit.entry->actor.kind == ActorKind::kCountry &&
          ne == static_cast<int>(el.size()) && m.end < n_ - 1 && t_[m.end].key == "and"sv &&
          dict_[m.end + 1].length && dict_[m.end + 1].entry->actor.kind == ActorKind::kCountry &&
          dict_[m.end + 1].form != FormKind::kDemonym) {
        int after = m.end + 1 + dict_[m.end + 1].length;
        if (after >= n_ || !t_[after].Is(kWord) || (bits_[after] & (kPreposition | kFunction | kVerb))) {
          m.end = m.name_end = after;
          m.name = Text(m.name_begin, m.name_end);
        }
      }
      return Emit(std::move(m), emit);
    }
    if (body) return Organization(b, e, el, first, head, country, emit);

    switch (h.kind) {
      case E::kTitle:
      case E::kGenericPerson: {
        // "thanked his French counterpart for France's support": a
        // counterpart has no portfolio; "for" ends the phrase
        if (head + 1 < static_cast<int>(el.size()) && el[head + 1].kind == E::kConn &&
            t_[el[head + 1].b].key == "for"sv && (t_[h.b].key == "counterpart"sv || t_[h.b].key == "colleague"sv)) {
          el.resize(head + 1);
          e = h.e;
        }
        Mention m = Base(b, e, el[first].b, el.back().e, MentionKind::kRole);
        m.role = Text(el[first].b, el.back().e);
        m.office = Text(h.b, h.e);
        for (int i = first; i < static_cast<int>(el.size()); ++i)
          if (el[i].kind == E::kCap || el[i].kind == E::kAcr) m.qualifiers.emplace_back(t_[el[i].b].key);
        m.country = country;
        m.org = org;
        m.org_text = org_text;
        m.owner = owner;
        if (det == "a"sv || det == "an"sv) {
          // "a minister": nobody in particular; "a spokesperson for the
          // German Foreign Office" speaks for the body
          int conn = head + 1;
          if (conn + 1 < static_cast<int>(el.size()) && el[conn].kind == E::kConn &&
              (t_[el[conn].b].key == "for"sv || t_[el[conn].b].key == "of"sv) && (h.bits & kGenericPerson) == 0 &&
              (lex_.Bits(t_[h.b].key) & kSpeakerNoun) == 0) {
            int body = Interpret(el[conn].e, e, emit);
            Mention* found = body < 0 ? nullptr : emit ? &mentions_[body] : &pending_;
            if (found && (found->kind == MentionKind::kOrganization || found->kind == MentionKind::kCountry)) {
              found->begin = b;
              return body;
            }
          }
          return -1;
        }
        return Emit(std::move(m), emit);
      }
      case E::kSpeaker: {
        Mention m = Base(b, e, h.b, h.e, MentionKind::kSpeakerAnaphor);
        m.anaphor = t_[h.b].key;
        // The author: "Sybiha's X post", "the statement of X", "the article by X".
        int author_b = -1, author_e = -1;
        if (possessor_end > first) author_b = el[first].b, author_e = el[possessor_end].b;
        else if (head > first) {
          // "USCIRF annual report": a name before the noun is the author
          int a = first;
          while (a < head && el[a].kind != E::kDict && el[a].kind != E::kAcr && el[a].kind != E::kCap) ++a;
          int z = a;
          while (z < head && (el[z].kind == E::kDict || el[z].kind == E::kAcr || el[z].kind == E::kCap)) ++z;
          if (z > a) author_b = el[a].b, author_e = el[z - 1].e;
        }
        // ("the latest report of the IAEA": adjectives and no name before
        // the noun, the author after it)
        if (author_b < 0 && possessor_end <= first && head + 1 < static_cast<int>(el.size()) &&
            el[head + 1].kind == E::kConn) {
          author_b = el[head + 1].e;
          author_e = el.back().e;
          if (author_b < author_e && t_[author_b].key == "the"sv) ++author_b;
        }
        int idx = Emit(std::move(m), emit);
        if (emit && author_b >= 0 && author_b < author_e) {
          int a = Interpret(author_b, author_e, true);
          if (a >= 0) mentions_[idx].author = a;
        }
        return idx;
      }
      case E::kOrgHead:
      case E::kOrgPlural:
      case E::kOrgSuffix:
        return Organization(b, e, el, first, head, country, emit);
      case E::kDelegation:
      case E::kCountryNoun: {
        std::vector<const DictionaryEntry*> cs = Countries(el, first, head);
        bool singular_delegation = (h.kind == E::kDelegation) && t_[h.b].key.back() != 's';
        if (singular_delegation) {
          Mention m = Base(b, e, h.b, h.e, MentionKind::kDelegation);
          m.country = cs.empty() ? nullptr : cs[0];
          // "A delegation of the Ministry of Defense of Japan": the body
          // sends it and stands for it
          // (its leader, named after it, stands for it: "a delegation of the
          // National Assembly of Viet Nam led by its Vice Chairwoman X";
          // not as the subject, its leader between commas: "A delegation of
          // the X Party, led by Y, met Z")
          if (!m.country && head + 2 < static_cast<int>(el.size()) && el[head + 1].kind == E::kConn &&
              (t_[el[head + 1].b].key == "of"sv || t_[el[head + 1].b].key == "from"sv) &&
              (!LedByAhead(e) || (e < n_ && t_[e].key == ","sv && (b == 0 || t_[b - 1].key == ","sv)))) {
            int body = Interpret(el[head + 1].e, e, emit);
            Mention* found = body < 0 ? nullptr : emit ? &mentions_[body] : &pending_;
            if (found && (found->kind == MentionKind::kOrganization || found->kind == MentionKind::kCountry)) {
              found->begin = b;
              return body;
            }
            return -1;
          }
          if (cs.empty() && org && head + 1 == static_cast<int>(el.size())) {
            // "received a World Bank delegation": the body the dictionary
            // knows sends it; it stands for the delegation unless a leader
            // is named (resolved in the item)
            m.org = org;
            return Emit(std::move(m), emit);
          }
          if (!m.country && det != "the"sv) return -1;
          return Emit(std::move(m), emit);
        }
        if (cs.empty() && org) {
          // "Hamas negotiators", "NATO officials": the body
          Mention m = Base(b, e, el[first].b, h.e, MentionKind::kOrganization);
          m.entry = org;
          m.name = org->actor.name;
          return Emit(std::move(m), emit);
        }
        // "met with the leadership of the Coordination Council of X": the body
        if (cs.empty() && head + 2 < static_cast<int>(el.size()) && el[head + 1].kind == E::kConn &&
            t_[el[head + 1].b].key == "of"sv) {
          std::string_view noun = t_[h.b].key;
          // ("signed by the governments of A and B": the states)
          bool states = noun == "governments"sv || noun == "authorities"sv;
          if (noun == "leadership"sv || noun == "management"sv || noun == "representatives"sv || states) {
            int body = Interpret(el[head + 1].e, e, emit);
            Mention* found = body < 0 ? nullptr : emit ? &mentions_[body] : &pending_;
            // ("representatives of Hyundai Rotem": capitalised words with
            // no title and no known person are a body, not a person, after
            // a body's people)
            if (found && found->kind == MentionKind::kPerson && !found->entry && !found->titled &&
                found->role.empty() && found->name_end - found->name_begin >= 2)
              found->kind = MentionKind::kOrganization;
            if (found && (found->kind == MentionKind::kOrganization || (states && found->kind == MentionKind::kCountry))) {
              found->begin = b;
              return body;
            }
          }
        }
        if (cs.empty()) return -1;
        Mention m = Base(b, e, el[first].b, h.e, cs.size() > 1 ? MentionKind::kCountryList : MentionKind::kCountry);
        if (cs.size() > 1) m.countries = cs;
        else m.entry = cs[0];
        return Emit(std::move(m), emit);
      }
      case E::kPersonGroup: {
        std::vector<const DictionaryEntry*> cs = Countries(el, first, head);
        if (cs.empty() && org && det.empty()) {
          // "received Hamas leaders": the body ("the CIS leaders" are the
          // heads of its members, no act of the body)
          Mention m = Base(b, e, el[first].b, h.e, MentionKind::kOrganization);
          m.entry = org;
          m.name = org->actor.name;
          return Emit(std::move(m), emit);
        }
        // "Representatives of Georgian Railway met ...": the body named
        // after "of"
        if (cs.empty() && !org && head + 2 < static_cast<int>(el.size()) && el[head + 1].kind == E::kConn &&
            t_[el[head + 1].b].key == "of"sv) {
          int body = Interpret(el[head + 1].e, e, emit);
          Mention* found = body < 0 ? nullptr : emit ? &mentions_[body] : &pending_;
          if (found && found->kind == MentionKind::kOrganization) {
            found->begin = b;
            return body;
          }
        }
        Mention m = Base(b, e, el[first].b, h.e, MentionKind::kGroup);
        m.countries = cs;
        m.country = cs.empty() ? nullptr : cs[0];
        // "prime ministers", "presidents": a plural title
        std::string office = Text(head > first && el[head - 1].kind == E::kAdj ? el[head - 1].b : h.b, h.e);
        std::string one = office.size() > 1 && office.back() == 's' ? office.substr(0, office.size() - 1) : "";
        if (!cs.empty() && !one.empty() && (lex_.Bits(MatchKeyOf(one)) & (kTitle | kTitleLower))) {
          m.by_country = true;
          m.office = one;
        }
        return Emit(std::move(m), emit);
      }
      case E::kEventAnaphor: {
        if (det != "the"sv && det != "this"sv && det != "that"sv) return -1;
        Mention m = Base(b, e, h.b, h.e, MentionKind::kEventAnaphor);
        m.anaphor = t_[h.e - 1].key;
        return Emit(std::move(m), emit);
      }
      case E::kDict: {
        const DictionaryEntry* entry = h.hit.entry;
        if (h.hit.form == FormKind::kDemonym) return -1;  // an adjective
        // "Carlos Henrique Moreira Lima": a capital after two given names
        // ends a person's name
        if (h.hit.form == FormKind::kCapital && head >= first + 2 && el[head - 1].kind == E::kCap &&
            el[head - 2].kind == E::kCap && el[head - 1].e == h.b) {
          int nb = head - 2;
          while (nb > first && el[nb - 1].kind == E::kCap) --nb;
          Mention m = Base(b, e, el[nb].b, h.e, MentionKind::kPerson);
          m.name = Text(el[nb].b, h.e);
          if (nb > first) {
            m.role = Text(el[first].b, el[nb - 1].e);
            m.office = LastTitle(el, first, nb);
            m.country = FirstCountry(el, first, nb);
            m.titled = true;
          }
          return Emit(std::move(m), emit);
        }
        // "the 41st Trade Expo Indonesia": a gathering's name that ends in
        // its country's name (no "of" or "in" before it)
        if (entry->actor.kind == ActorKind::kCountry && h.hit.form == FormKind::kName &&
            head == static_cast<int>(el.size()) - 1 && head - 1 > first && el[head - 1].kind == E::kEventHead &&
            t_[el[head - 1].b].Is(kCap)) {
          Mention m = Base(b, e, el[first].b, h.e, MentionKind::kEvent);
          m.name = Text(el[first].b, h.e);
          m.country = entry;
          return Emit(std::move(m), emit);
        }
        MentionKind kind = MentionKind::kOrganization;
        switch (entry->actor.kind) {
          case ActorKind::kPerson: kind = MentionKind::kPerson; break;
          case ActorKind::kCountry:
            kind = h.hit.form == FormKind::kCapital ? MentionKind::kCapital : MentionKind::kCountry;
            break;
          case ActorKind::kEvent: kind = MentionKind::kEvent; break;
          case ActorKind::kOrganization: kind = MentionKind::kOrganization; break;
        }
        // "Albania's Ministry for Europe and Foreign Affairs": another
        // country's body of the same kind (France's has that name)
        if (kind == MentionKind::kOrganization && country && !entry->actor.country.empty() &&
            entry->actor.country != country->actor.id) {
          const std::string& id = entry->actor.id;
          const std::string tail = "-of-" + entry->actor.country;
          if (id.size() > tail.size() && id.compare(id.size() - tail.size(), tail.size(), tail) == 0)
            if (const DictionaryEntry* own = lex_.dictionary().FindId(id.substr(0, id.size() - tail.size()) + "-of-" +
                                                                       country->actor.id))
              entry = own;
        }
        // "TI Hungary", "Transparency Intl Poland": a body's national
        // chapter, named by its body's short name and its country
        if (kind == MentionKind::kCountry && h.hit.form == FormKind::kName && head > first &&
            head == static_cast<int>(el.size()) - 1) {
          bool body = true, marked = false;
          for (int i = first; i < head && body; ++i) {
            body = (el[i].kind == E::kCap || el[i].kind == E::kAcr) && t_[el[i].b].Is(kCap);
            marked = marked || el[i].kind == E::kAcr || t_[el[i].b].key == "intl"sv;
          }
          if (body && marked) {
            Mention m = Base(b, e, el[first].b, h.e, MentionKind::kOrganization);
            m.name = Text(el[first].b, h.e);
            m.country = entry;
            return Emit(std::move(m), emit);
          }
        }
        Mention m = Base(b, e, h.b, h.e, kind);
        m.entry = entry;
        m.name = entry->actor.name;
        if (kind == MentionKind::kOrganization || kind == MentionKind::kPerson) m.country = country;
        // "Azerbaijan Naval Forces"-like phrases with trailing words are not the country.
        return Emit(std::move(m), emit);
      }
      case E::kCap: {
        // "Human Rights Watch": capitalised words, some generic, none a title
        int caps = 0, generic = 0;
        // ("Lawyers for Human Rights (LHR)": its short name in brackets last)
        int named_end = static_cast<int>(el.size());
        // (a known body's short name is read by ShortNames: "the National
        // Liberation Army (ELN)")
        if (named_end - first >= 3 && el[named_end - 1].kind == E::kParen && t_[el[named_end - 1].b + 1].Is(kAllCaps) &&
            !dict_[el[named_end - 1].b + 1].length)
          --named_end;
        for (int i = first; i < named_end; ++i) {
          if (el[i].kind == E::kCap || el[i].kind == E::kAcr) {
            ++caps;
            if (el[i].bits & kNotName) ++generic;
          } else if (el[i].kind != E::kConn) {
            return -1;
          }
        }
        std::string_view last = t_[h.b].key;
        if (caps >= 2 && (last == "islands"sv || last == "island"sv)) {
          // "the Cook Islands": a country or territory the dictionary lacks
          Mention m = Base(b, e, el[first].b, el.back().e, MentionKind::kCountry);
          m.name = Text(el[first].b, el.back().e);
          return Emit(std::move(m), emit);
        }
        if (caps < 2 || generic == 0 || (h.bits & kNotName) || t_[h.b].Is(kAllCaps)) return -1;
        Mention m = Base(b, e, el[first].b, el[named_end - 1].e, MentionKind::kOrganization);
        m.name = Text(el[first].b, el[named_end - 1].e);
        return Emit(std::move(m), emit);
      }
      case E::kAcr: {
        if (el.size() - first != 1 || (h.bits & kNotName) || t_[h.b].key.size() < 3) return -1;
        Mention m = Base(b, e, h.b, h.e, MentionKind::kOrganization);
        m.name = Text(h.b, h.e);
        return Emit(std::move(m), emit);
      }
      default:
        return -1;
    }
  }

  static bool HasDigit(std::string_view s) {
    for (char c : s)
      if (c >= '0' && c <= '9') return true;
    return false;
  }

  // "the Western Azerbaijan Community": a country's name inside the words
  // before the head is part of the name, not its owner
  // "the Hungarian Helsinki Committee", "the Norwegian Oslo Forum": a city
  // between the country's word and the head is part of the body's own name
  // (not a committee of the city's country)
  bool CityBeforeHead(const std::vector<Elem>& el, int first, int hb) const {
    for (int i = first; i < hb; ++i)
      if (el[i].kind == E::kDict && el[i].hit.form == FormKind::kCapital) return true;
    return false;
  }

  bool CountryInside(const std::vector<Elem>& el, int hb, int he) const {
    for (int i = hb; i < he; ++i)
      if (el[i].kind == E::kDict && el[i].hit.entry->actor.kind == ActorKind::kCountry) return true;
    return false;
  }

  // "Uzbekistan Airways", "Korean Air": a country or demonym right before a
  // company's head word (brand_head) is the company's name, not its owner
  // ("Azerbaijan's Airways" is not a brand)
  // "the Japan International Cooperation Agency", "the Japan Bank for
  // International Cooperation": a name that opens with its country's name
  // (not "Japan's", not "Japanese") and runs on is the body's own name, not
  // an office of the state ("the Azerbaijan Foreign Ministry").
  bool CountryNamedFirst(const std::vector<Elem>& el, int first, int head, int ne) const {
    if (el[first].kind != E::kDict || el[first].hit.form != FormKind::kName || first + 1 >= ne ||
        el[first + 1].kind == E::kPoss)
      return false;
    bool runs_on = head - first >= 3 ||
                   (head + 2 < ne && el[head + 1].kind == E::kConn && t_[el[head + 1].b].key == "for"sv);
    if (!runs_on) return false;
    std::string_view noun = t_[el[head].e - 1].key;
    return noun.find("ministr") == std::string_view::npos && noun != "government"sv && noun != "parliament"sv &&
           noun != "embassy"sv && noun != "cabinet"sv;
  }

  // Whether [first, ne) is a capitalised head noun that no state body
  // owns, then "of", "for" or "on" and capitalised words, no lower-case
  // word but its joining words.
  bool FieldNamedBody(const std::vector<Elem>& el, int first, int head, int ne) const {
    if (el[head].kind != E::kOrgHead || !t_[el[head].b].Is(kCap) || el[head].e - el[head].b != 1) return false;
    if (InWordClass("state_body_head", t_[el[head].b].key)) return false;
    // (with its field after "of", "for" or "on": "the International
    // Community", "the Special Committee", "the Central Bank" name no body)
    int words = 0;
    bool field = false;
    for (int i = first; i < ne; ++i) {
      const Elem& x = el[i];
      if (x.kind == E::kConn && i == head + 1) {
        std::string_view c = t_[x.b].key;
        field = c == "of"sv || c == "for"sv || c == "on"sv;
      }
      if (i == head || x.kind == E::kConn || x.kind == E::kParen) continue;
      if (x.kind != E::kCap || !t_[x.b].Is(kCap)) return false;
      ++words;
    }
    return words >= 1 && field;
  }

  bool BrandName(const std::vector<Elem>& el, int first, int head) const {
    if (head != first + 1 || el[first].kind != E::kDict || el[head].e - el[head].b != 1) return false;
    return InWordClass("brand_head", t_[el[head].b].key);
  }

  int Organization(int b, int e, const std::vector<Elem>& el, int first, int head, const DictionaryEntry* country,
                   bool emit) {
    // ("the Intergovernmental Commission between Uzbekistan and
    // Afghanistan": a body of two countries is neither's)
    for (int i = head + 1; i < static_cast<int>(el.size()) && country; ++i)
      if (el[i].kind == E::kConn && t_[el[i].b].key == "between"sv) country = nullptr;
    // Proper words (not head nouns, not generic words) make a named body.
    // "China's firm support": "firm" before a noun is an adjective
    if (t_[el[head].b].key == "firm"sv && t_[el[head].b].Is(kLower) && e < n_ && t_[e].Is(kWord) && t_[e].Is(kLower) &&
        !(bits_[e] & (kVerb | kPreposition | kFunction | kCoordinator))) {
      // (the country before it stays: "China's" is the possessor)
      if (el[first].kind == E::kDict && el[first].hit.entry->actor.kind == ActorKind::kCountry &&
          el[first].hit.form == FormKind::kName) {
        Mention m = Base(el[first].b, el[first].e, el[first].b, el[first].e, MentionKind::kCountry);
        m.entry = el[first].hit.entry;
        m.name = m.entry->actor.name;
        return Emit(std::move(m), emit);
      }
      return -1;
    }
    // "the Rapid Support Forces' logistics network", "Hezbollah's
    // financing network": a common noun a named body owns stands for the
    // body (a country's stays its institution: "Azerbaijan's foreign ministry")
    {
      int poss = -1;
      for (int i = first + 1; i < head; ++i)
        if (el[i].kind == E::kPoss) poss = i;
      bool common = poss > first && head == static_cast<int>(el.size()) - 1 && t_[el[head].b].Is(kLower);
      for (int i = poss + 1; common && i <= head; ++i) common = t_[el[i].b].Is(kLower) && el[i].kind != E::kDict;
      bool country_owner = el[first].kind == E::kDict && el[first].hit.entry->actor.kind == ActorKind::kCountry;
      if (common && !country_owner) {
        int owner = Interpret(el[first].b, el[poss].b, emit);
        Mention* found = owner < 0 ? nullptr : emit ? &mentions_[owner] : &pending_;
        if (found && found->kind == MentionKind::kOrganization) {
          found->begin = b;
          found->end = e;
          return owner;
        }
      }
    }
    // (not the portfolio after the head's "of" or "for": "Ecuador's
    // Ministry of Production" is the country's ministry)
    bool proper = false;
    int country_elems = 0;
    for (int i = first; i < static_cast<int>(el.size()); ++i) {
      const Elem& x = el[i];
      bool portfolio = i > head + 1 && el[head + 1].kind == E::kConn && el[head].kind == E::kOrgHead &&
                       t_[el[head].b].key == "ministry"sv;
      if (x.kind == E::kDict && x.hit.entry->actor.kind == ActorKind::kCountry) ++country_elems;
      else if (x.kind == E::kDict) proper = true;
      else if (((x.kind == E::kCap && !(x.bits & kNotName)) || x.kind == E::kAcr) && !portfolio) proper = true;
      // ("the Communications and Media Commission (CMC)": a body with its
      // own acronym is one named)
      else if (x.kind == E::kParen && t_[x.b + 1].Is(kAllCaps) && i > head) proper = true;
    }
    // "the National Party", "the Labour Party", "the Green Party": a party
    // is named by generic capitalised words alone
    if (!proper && el[head].kind == E::kOrgHead && el[head].e - el[head].b == 1 &&
        t_[el[head].b].Is(kCap) && t_[el[head].b].key == "party"sv)
      for (int i = first; i < head; ++i)
        if (el[i].kind == E::kCap && t_[el[i].b].Is(kCap)) proper = true;
    int nb = first;
    // the name without determiner and trailing "(ACR)"
    int ne = static_cast<int>(el.size());
    while (ne > nb + 1 && el[ne - 1].kind == E::kParen) --ne;
    // "Japan's Waseda University": the country owns the body, it is not in its name
    if (proper && nb + 2 < ne && el[nb].kind == E::kDict && el[nb].hit.entry->actor.kind == ActorKind::kCountry &&
        el[nb + 1].kind == E::kPoss)
      nb += 2;
    // "the Geneva-based Heritage Justice Network": where a body sits is no
    // part of its name
    while (nb + 1 < ne && t_[el[nb].b].Is(kHyphenated) && el[nb].e - el[nb].b == 1) {
      std::string_view key = t_[el[nb].b].key;
      if (key.size() < 6 || key.substr(key.size() - 5) != "based"sv) break;
      ++nb;
    }
    std::string surface = Text(el[nb].b, el[ne - 1].e);
    bool plural_head = el[head].kind == E::kOrgPlural;
    // ("a Venezuelan gold exporter": an indefinite common noun describes)
    bool indefinite = first > 0 && (t_[el[0].b].key == "a"sv || t_[el[0].b].key == "an"sv) && t_[el[head].b].Is(kLower);
    if (!proper && country && !plural_head && indefinite) return -1;
    // ("Uzbekistan's largest gold producer": a superlative describes the
    // body named beside it)
    for (int i = first; i < head && !proper && country; ++i) {
      std::string_view w = t_[el[i].b].key;
      if (t_[el[i].b].Is(kLower) && w.size() > 5 && w.compare(w.size() - 3, 3, "est") == 0) return -1;
    }
    // "the Uruguayan pro tempore presidency", "the rotating Hungarian
    // presidency": a bloc's chair is the country that holds it, no body
    if (!proper && country && !plural_head && el[head].e - el[head].b == 1 &&
        (t_[el[head].b].key == "presidency"sv || t_[el[head].b].key == "chairmanship"sv) && t_[el[head].b].Is(kLower)) {
      bool rotating = false;
      for (int j = std::max(0, b - 2); j < el[head].b; ++j)
        rotating = rotating || t_[j].key == "tempore"sv || t_[j].key == "rotating"sv;
      if (rotating) {
        Mention m = Base(b, e, el[first].b, el[first].e, MentionKind::kCountry);
        m.entry = country;
        m.name = country->actor.name;
        return Emit(std::move(m), emit);
      }
    }
    // "accused the French company of greenwashing": a demonym and a common
    // noun of trade point back to the company the item named (resolved
    // there), not to a "Company of France"
    if (!proper && country && !plural_head && static_cast<int>(el.size()) == 3 && head == 2 && first == 1 &&
        el[0].kind == E::kDet && t_[el[0].b].key == "the"sv && el[1].kind == E::kDict &&
        el[1].hit.form == FormKind::kDemonym && el[head].e - el[head].b == 1 && t_[el[head].b].Is(kLower)) {
      if (InWordClass("company_noun", t_[el[head].b].key)) return -1;
    }
    if (!proper && country && !plural_head) {
      // An institution of a country: "Azerbaijan's Foreign Ministry", "the Azerbaijani Parliament".
      int hb = first;
      while (hb < static_cast<int>(el.size()) &&
             (el[hb].kind == E::kDict || el[hb].kind == E::kPoss || el[hb].kind == E::kConn))
        ++hb;
      int he = ne;
      // "Ministry of Foreign Affairs of Azerbaijan": the head runs to "of <country>".
      // (not to a demonym: "the Federation of Korean Industries")
      for (int i = hb; i < ne; ++i)
        if (el[i].kind == E::kConn && t_[el[i].b].key == "of"sv && i + 1 < ne &&
            ((el[i + 1].kind == E::kDict && el[i + 1].hit.entry->actor.kind == ActorKind::kCountry &&
              el[i + 1].hit.form != FormKind::kDemonym) ||
             (i + 2 < ne && t_[el[i + 1].b].key == "the"sv && el[i + 2].kind == E::kDict))) {
          he = i;
          break;
        }
      if (hb >= he) return -1;
      // "Railways of Azerbaijan, Georgia and Kazakhstan": a plural head over
      // a list of countries is each country's own body, not one body
      if (he < ne && t_[el[he - 1].e - 1].key.back() == 's' && el[ne - 1].e + 1 < n_) {
        std::string_view next = t_[el[ne - 1].e].key;
        if ((next == ","sv || next == "and"sv) && t_[el[ne - 1].e + 1].Is(kCap)) return -1;
      }
      std::string head_text = TitleCase(Text(el[hb].b, el[he - 1].e));
      const DictionaryEntry* found = nullptr;
      std::vector<std::string> tries = {surface, head_text + " of " + country->actor.name,
                                        MinistryFirst(head_text) + " of " + country->actor.name,
                                        country->actor.name + " " + head_text,
                                        country->actor.name + "'s " + head_text};
      for (const std::string& d : country->demonyms) tries.push_back(d + " " + head_text);
      for (const std::string& tr : tries) {
        for (const DictionaryEntry* x : lex_.dictionary().Lookup(tr))
          if (x->actor.kind == ActorKind::kOrganization) found = x;
        if (found) break;
      }
      Mention m = Base(b, e, el[first].b, el[ne - 1].e, MentionKind::kOrganization);
      m.country = country;
      if (found) {
        m.entry = found;
        m.name = found->actor.name;
      } else if (BrandName(el, first, head) || CountryInside(el, hb, he) || CountryNamedFirst(el, first, head, ne) ||
                 CityBeforeHead(el, first, hb)) {
        m.name = surface;
      } else {
        m.name = MinistryFirst(head_text) + " of " + country->actor.name;
      }
      return Emit(std::move(m), emit);
    }
    // "The Ministry of Energy", "The Foreign Ministry": a country's body the
    // item's persons imply (resolved there); "the ministry" points back
    // (not inside a title: "Minister of State at the Foreign Ministry")
    // (after "at", "in" or "of" only when a title or a delegation comes
    // before: "a delegation of the Ministry of Defence" is in a title, "a
    // statement of the Ministry of Energy" names the country's ministry)
    bool in_title = b > 0 && (bits_[b - 1] & kPreposition);
    bool ministry_in_title = in_title;
    if (in_title && (t_[b - 1].key == "at"sv || t_[b - 1].key == "in"sv || t_[b - 1].key == "of"sv)) {
      ministry_in_title = false;
      // (the title of the same phrase, not of a person the clause named
      // before its verb: "Senator X backed the position of the Foreign
      // Ministry")
      for (int j = b - 2; j >= std::max(0, b - 12) && !ministry_in_title; --j) {
        if ((bits_[j] & (kVerb | kSpeechVerb | kTrigger)) || t_[j].key == ","sv) break;
        ministry_in_title = (bits_[j] & (kTitle | kDelegation)) != 0;
      }
    }
    // (a body of some state's, by its capitalised name: resolved in the item)
    auto unqualified_named = [&] {
      int hb = first;
      while (hb < ne && el[hb].kind == E::kConn) ++hb;
      Mention m = Base(b, e, el[hb].b, el[ne - 1].e, MentionKind::kOrganization);
      m.name = TitleCase(Text(el[hb].b, el[ne - 1].e));
      m.unqualified = true;
      return Emit(std::move(m), emit);
    };
    if (!proper && !country && !ministry_in_title && el[head].kind == E::kOrgHead && t_[el[head].b].Is(kCap) &&
        MatchKeyOf(Text(el[head].b, el[head].e)).find("ministry") != std::string::npos)
      return unqualified_named();
    // "rejected the ministry's criticism": the ministry the item named last
    // (resolved there)
    if (!proper && !country && el[head].kind == E::kOrgHead && head == static_cast<int>(el.size()) - 1 &&
        el[head].e - el[head].b == 1 && t_[el[head].b].key == "ministry"sv && el[head].b == b + 1 &&
        t_[b].key == "the"sv) {
      Mention m = Base(b, e, el[head].b, el[head].e, MentionKind::kOrganization);
      m.name = "ministry";
      m.unqualified = true;
      return Emit(std::move(m), emit);
    }
    // "The Commission accused ...": a body's head word alone points back to
    // the body of that head the item named (resolved there)
    // ("the French-language channel": an adjective of place or language
    // between, as in "the Dubai-based company")
    int before_head = el[head].b - 1;
    bool described = before_head == b + 1 && lex_.PlaceAdjective(t_[before_head]) && t_[before_head].Is(kLower);
    if (!proper && !country && !in_title && el[head].kind == E::kOrgHead && head == static_cast<int>(el.size()) - 1 &&
        el[head].e - el[head].b == 1 && (el[head].b == b + 1 || described) && t_[b].key == "the"sv) {
      // ("the embassy denounced", "the commission's rapporteur": in lower
      // case too; it names no one unless the item named such a body)
      Mention m = Base(b, e, el[head].b, el[head].e, MentionKind::kOrganization);
      m.name = std::string(t_[el[head].b].key);
      m.unqualified = true;
      return Emit(std::move(m), emit);
    }
    // "the National Institute of Geology", "the Agency for Peace": a body
    // named by capitalised field words alone is a named body, unless its
    // head is one every state has ("the General Staff", "the Armed Forces")
    if (!proper && !country && FieldNamedBody(el, first, head, ne)) proper = true;
    // "commended the National Assembly for ...", "the Parliament adopted":
    // a body every state has, named alone with capitals, is the one of the
    // country the item implies (resolved there)
    if (!proper && !country && !ministry_in_title && t_[b].key == "the"sv && el[head].kind == E::kOrgHead &&
        head == static_cast<int>(el.size()) - 1 && t_[el[head].b].Is(kCap) &&
        InWordClass("state_body_head", MatchKeyOf(Text(el[head].b, el[head].e))) &&
        InWordClass("legislature_role", t_[el[head].e - 1].key))
      return unqualified_named();
    if (!proper && el[head].kind != E::kOrgPlural) return -1;  // "the government"
    Mention m = Base(b, e, el[nb].b, el[ne - 1].e, MentionKind::kOrganization);
    m.name = surface;
    m.country = country;
    (void)head;
    (void)country_elems;
    return Emit(std::move(m), emit);
  }

  std::vector<const DictionaryEntry*> Countries(const std::vector<Elem>& el, int from, int to) const {
    std::vector<const DictionaryEntry*> out;
    for (int i = from; i < to; ++i) {
      const DictionaryEntry* c = CountryOfElem(el[i]);
      if (c && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    }
    return out;
  }

  const DictionaryEntry* FirstCountry(const std::vector<Elem>& el, int from, int to) const {
    bool org_before = false, host = false;
    for (int i = from; i < to; ++i) {
      // "the Head of the EU Delegation to Georgia", "the IMF Mission Chief
      // for Azerbaijan", "the EU Special Representative for the South
      // Caucasus and the crisis in Georgia", "the European Parliament's
      // Rapporteur on Georgia": the host country (or subject) of a body's
      // mission is not the holder's side
      if (el[i].kind == E::kConn) {
        std::string_view c = t_[el[i].b].key;
        if (org_before) host = host || c == "to"sv || c == "for"sv || c == "in"sv || c == "on"sv;
        // ("Mission Chief for Pakistan", "High Commissioner to Pakistan":
        // the post's country with no body named either; "Minister for
        // Foreign Affairs of Pakistan": "of" names the holder's again)
        else if (c == "to"sv || c == "for"sv) host = true;
        else if (c == "of"sv) host = false;
      }
      if (const DictionaryEntry* c = CountryOfElem(el[i]); c && !host) return c;
      org_before = org_before || (el[i].kind == E::kDict && el[i].hit.entry->actor.kind == ActorKind::kOrganization);
    }
    for (int i = from; i < to; ++i)
      if (el[i].kind == E::kDict && !el[i].hit.entry->actor.country.empty())
        if (const DictionaryEntry* c = lex_.dictionary().FindId(el[i].hit.entry->actor.country)) return c;
    return nullptr;
  }

  const DictionaryEntry* FirstOrg(const std::vector<Elem>& el, int from, int to, std::string* text) const {
    for (int i = from; i < to; ++i) {
      if (el[i].kind == E::kDict && el[i].hit.entry->actor.kind == ActorKind::kOrganization) return el[i].hit.entry;
      if (text->empty() && (el[i].kind == E::kAcr || el[i].kind == E::kParen)) {
        int k = el[i].kind == E::kParen ? el[i].b + 1 : el[i].b;
        *text = t_[k].key;
      }
    }
    // "Chairman of the Board of Uzbekneftegaz": one capitalised word the
    // dictionary does not know, after the last "of", names the body
    if (text->empty() && to - from >= 3 && el[to - 1].kind == E::kCap && el[to - 1].e - el[to - 1].b == 1 &&
        el[to - 2].kind == E::kConn && t_[el[to - 2].b].key == "of"sv)
      *text = t_[el[to - 1].b].key;
    return nullptr;
  }

  // The office a run of titles names: its last title that is an office
  // ("Ambassador", not the honorific "Dato'" after it), else its last.
  std::string LastTitle(const std::vector<Elem>& el, int from, int to) const {
    std::string honorific;
    for (int i = to - 1; i >= from; --i) {
      if (el[i].kind != E::kTitle) continue;
      std::string key(t_[el[i].b].key);  // (the keys: "Dato'" is "dato")
      for (int j = el[i].b + 1; j < el[i].e; ++j) {
        key += ' ';
        key += t_[j].key;
      }
      if (!InWordClass("honorific_title", key)) return Text(el[i].b, el[i].e);
      if (honorific.empty()) honorific = Text(el[i].b, el[i].e);
    }
    return honorific;
  }

  Mention Base(int b, int e, int nb, int ne, MentionKind kind) const {
    Mention m;
    m.kind = kind;
    m.begin = b;
    m.end = e;
    m.name_begin = nb;
    m.name_end = ne;
    return m;
  }

  // By reference: a Mention is large (seven strings, three vectors), and
  // every caller hands over its own.
  int Emit(Mention&& m, bool emit) {
    if (!emit) {
      pending_ = std::move(m);
      return 0;
    }
    return Add(std::move(m));
  }

  // "the New York-based Committee to Protect Journalists", "Aktau-registered
  // Zhelkent Tanker Services": where a body sits is not part of its name.
  // False when no capitalised word is left: "a Kazakh-registered shipping
  // firm" names no body.
  bool DropSeat(Mention* m) const {
    // (a key folds the hyphen of "York-based" to a space)
    for (int k = m->name_begin; k + 1 < m->name_end; ++k) {
      std::string_view w = t_[k].key;
      std::size_t dash = w.find_last_of("- ");
      if (dash == std::string_view::npos) continue;
      std::string_view tail = w.substr(dash + 1);
      if (tail != "based"sv && tail != "registered"sv && tail != "headquartered"sv) continue;
      m->name_begin = k + 1;
      m->name = Text(k + 1, m->name_end);
      // ("Novorossiysk-based Severny Tanker": what is based somewhere is a body)
      if (m->kind == MentionKind::kPerson) {
        m->kind = MentionKind::kOrganization;
        m->tentative = false;
      }
      for (int j = k + 1; j < m->name_end; ++j)
        if (t_[j].Is(kCap) || t_[j].Is(kAllCaps)) return true;
      return false;
    }
    return true;
  }

  // "the Swiss humanitarian group Sahel Relief Network": a lower-case body
  // noun before a name of two or more words describes it.
  void DropDescription(Mention* m) const {
    int last_lower = -1;
    for (int k = m->name_begin; k < m->name_end; ++k)
      if (t_[k].Is(kWord) && t_[k].Is(kLower)) last_lower = k;
    // (or a person's trade: "Saudi mining investor Manara Minerals")
    if (last_lower < 0 || m->name_end - last_lower < 3 ||
        !(bits_[last_lower] & (kOrgHead | kOrgPluralHead | kTitleLower | kGenericPerson)))
      return;
    for (int k = last_lower + 1; k < m->name_end; ++k)
      if (!Cap(k)) return;
    m->name_begin = last_lower + 1;
    m->name = Text(last_lower + 1, m->name_end);
  }

  int Add(Mention&& m) {
    bool named = true;
    if (!m.entry && (m.kind == MentionKind::kOrganization || (m.kind == MentionKind::kPerson && m.role.empty())))
      named = DropSeat(&m);
    if (!m.entry && m.kind == MentionKind::kOrganization) DropDescription(&m);
    mentions_.push_back(std::move(m));
    dead_.push_back(!named);
    return static_cast<int>(mentions_.size()) - 1;
  }

  // The next live mention starting at token k, or -1.
  int MentionAt(int k) const {
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m)
      if (!dead_[m] && mentions_[m].begin == k && mentions_[m].end > k) return m;
    return -1;
  }

  // "the EU High Representative ..., Vice-President of ..., Kaja Kallas":
  // roles separated by commas before a person belong to the person.
  void MergeTitleChains() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      if (dead_[r] || mentions_[r].kind != MentionKind::kRole) continue;
      if (!mentions_[r].owner.empty() && MatchKeyOf(mentions_[r].office) == "counterpart") continue;
      std::vector<int> chain = {r};
      int k = mentions_[r].end;
      // "the UN Resident Coordinator in Georgia, Aurelia Moretti": where the
      // role is held goes with it
      if (k + 2 < n_ && t_[k].key == "in"sv) {
        int place = MentionAt(k + 1);
        if (place >= 0 && (mentions_[place].kind == MentionKind::kCountry || mentions_[place].kind == MentionKind::kCapital) &&
            mentions_[place].end < n_ && t_[mentions_[place].end].key == ","sv)
          k = mentions_[place].end;
      }
      while (k < n_ && t_[k].key == ","sv) {
        int next = MentionAt(k + 1);
        if (next < 0) break;
        if (mentions_[next].kind == MentionKind::kRole) {
          chain.push_back(next);
          k = mentions_[next].end;
          continue;
        }
        // "in the presence of the Vice-Minister, Minister of Economy X and
        // Y signed": a role with its determiner is a whole phrase when the
        // person after it has a title of its own
        bool determined = !mentions_[r].leads && mentions_[r].end - mentions_[r].begin <= 3 &&
                          t_[mentions_[r].begin].key == "the"sv;
        bool own_title = mentions_[next].kind == MentionKind::kPerson && mentions_[next].begin < mentions_[next].name_begin;
        // ("the Deputy Speaker, Rt. Hon. X", "the Chairman, Dr. Y": a
        // courtesy title is part of how the holder is addressed, no office)
        bool courtesy = own_title && CourtesyOnly(mentions_[next].begin, mentions_[next].name_begin);
        if (courtesy) own_title = false;
        if (chain.size() == 1 && determined && own_title) break;
        // ("Rear Admiral A, Chief of the Naval Staff, Rear Admiral B and C":
        // a role between a named person and one with a title of its own is
        // the first one's apposition)
        if (chain.size() == 1 && own_title && mentions_[r].begin >= 2 && t_[mentions_[r].begin - 1].key == ","sv) {
          bool named_before = false;
          for (int q = 0; q < static_cast<int>(mentions_.size()) && !named_before; ++q)
            named_before = !dead_[q] && mentions_[q].kind == MentionKind::kPerson && mentions_[q].titled &&
                           mentions_[q].end == mentions_[r].begin - 1;
          if (named_before) break;
        }
        // ("In the meeting with the World Bank President, Karis thanked
        // ...": a role closing an opening phrase, then the clause's own
        // subject and its verb, no apposition)
        int after_next = mentions_[next].end;
        bool subject_after = chain.size() == 1 && mentions_[r].begin > 0 &&
                             (bits_[mentions_[r].begin - 1] & kPreposition) && after_next < n_ &&
                             t_[after_next].Is(kWord) && t_[after_next].Is(kLower) && (bits_[after_next] & kVerb);
        if (subject_after) break;
        // (a person with a title of its own takes the roles before it however
        // long its title: "Deputy Prime Minister of A, Co-Chairman of the
        // Commission on Economic, Trade and Humanitarian Cooperation X")
        bool short_role = mentions_[next].role.find(',') == std::string::npos && mentions_[next].role.size() < 24;
        // ("the Director General of ... Risk Management, Suminto, and": one
        // name word between commas is the holder's whole name)
        bool mononym = mentions_[next].kind == MentionKind::kPerson && mentions_[next].tentative &&
                       mentions_[next].end - mentions_[next].begin == 1 && mentions_[next].end < n_ &&
                       t_[mentions_[next].end].key == ","sv && !mentions_[r].leads && chain.size() == 1;
        if (mentions_[next].kind == MentionKind::kPerson && (!mentions_[next].tentative || mononym) &&
            (short_role || own_title || mononym)) {
          Mention& p = mentions_[next];
          const Mention& first = mentions_[r];
          int role_b = first.begin;
          if (t_[role_b].Is(kWord) && IsDetKey(t_[role_b].key)) ++role_b;
          if (first.leads) {
            // "a delegation headed by <role>, <name>": the role starts after "by"
            for (int j = first.begin; j < first.end; ++j)
              if (t_[j].key == "by"sv) role_b = j + 1;
          }
          p.role = s_.Span(role_b, courtesy ? mentions_[chain.back()].end : p.name_begin);
          while (!p.role.empty() && (p.role.back() == ',' || p.role.back() == ' ')) p.role.pop_back();
          if (first.leads) p.leads = true;
          if (p.office.empty() || courtesy) p.office = first.office;
          for (int c : chain) {
            if (!p.country) p.country = mentions_[c].country;
            if (!p.org) p.org = mentions_[c].org;
            if (p.org_text.empty()) p.org_text = mentions_[c].org_text;
            dead_[c] = true;
          }
          p.begin = first.begin;
          p.titled = true;
          if (mononym) p.tentative = p.surname_only = false;
        }
        break;
      }
    }
  }

  // Whether a verb of thanks or praise stands right before token b.
  bool ThanksBefore(int b) const {
    if (b < 1) return false;
    std::string_view w = t_[b - 1].key;
    return w == "thanked"sv || w == "thanks"sv || w == "thank"sv || w == "thanking"sv || w == "praised"sv ||
           w == "commended"sv || w == "lauded"sv || w == "congratulated"sv || w == "hailed"sv;
  }

  // The text of [b, e) without a short name in brackets inside it: "the
  // Enhanced Trade and Investment Partnership (ETIP) Ministerial Dialogue".
  std::string TextWithoutShortNames(int b, int e) const {
    for (int k = b + 1; k + 3 < e; ++k)
      if (t_[k].key == "("sv && t_[k + 1].Is(kAllCaps) && t_[k + 2].key == ")"sv)
        return Text(b, k) + " " + TextWithoutShortNames(k + 3, e);
    return Text(b, e);
  }

  // Whether a lower-case joining word of another language ("des", "de la")
  // stands inside [b, e).
  bool ForeignJoinerIn(int b, int e) const {
    for (int k = b; k < e; ++k)
      if (t_[k].Is(kLower) && InWordClass("foreign_name_joiner", t_[k].key)) return true;
    return false;
  }

  // Whether every word of [b, e) is a title of address ("Mr.", "Rt. Hon.").
  bool CourtesyOnly(int b, int e) const {
    bool any = false;
    for (int k = b; k < e; ++k) {
      if (!t_[k].Is(kWord)) continue;
      if (!InWordClass("address_title", t_[k].key)) return false;
      any = true;
    }
    return any;
  }

  // "Commissioner for Energy and Housing Dan Jørgensen": the role ends with
  // the first word of a three-word run that follows it after "and".
  // "Deputy Chairman of the Cabinet of Ministers of Turkmenistan in charge
  // of the oil and gas complex X": a portfolio in lower case between a role
  // and the name of its holder
  void RoleInChargeOf() {
    for (int r = 0; r + 1 < static_cast<int>(mentions_.size()); ++r) {
      Mention& role = mentions_[r];
      int k = role.end;
      if (dead_[r] || role.kind != MentionKind::kRole || k + 4 >= n_ || t_[k].key != "in"sv ||
          t_[k + 1].key != "charge"sv || t_[k + 2].key != "of"sv)
        continue;
      int j = k + 3;
      while (j < n_ && j < k + 14 && t_[j].Is(kWord) && t_[j].Is(kLower)) ++j;
      int p = MentionAt(j);
      // ("Minister of State in Charge of Regional Cooperation X": the
      // capitalised portfolio was read as the holder's title)
      int charged = MentionAt(k + 1);
      if (charged >= 0 && !dead_[charged] && mentions_[charged].kind == MentionKind::kPerson &&
          mentions_[charged].begin == k + 1 && t_[k + 1].Is(kCap) && !mentions_[charged].entry &&
          mentions_[charged].name_begin > k + 3) {
        Mention& m = mentions_[charged];
        GiveRole(r, s_.Span(role.begin, m.name_begin), &m);
        continue;
      }
      if (p < 0 || dead_[p]) continue;
      Mention& m = mentions_[p];
      if (m.kind != MentionKind::kPerson || m.begin != j || m.titled || !m.role.empty()) continue;
      GiveRole(r, role.role.empty() ? s_.Span(role.begin, role.end) : role.role, &m);
    }
  }

  // The role mention r becomes the title of person m, which now begins
  // where the role did; r is dropped.
  void GiveRole(int r, const std::string& role_text, Mention* m) {
    const Mention& role = mentions_[r];
    m->role = role_text;
    m->begin = role.begin;
    if (!m->country) m->country = role.country;
    if (!m->org) m->org = role.org;
    if (m->org_text.empty()) m->org_text = role.org_text;
    if (m->owner.empty()) m->owner = role.owner;
    m->office = role.office;
    m->titled = true;
    m->surname_only = m->tentative = false;
    dead_[r] = true;
  }

  void MergeRoleAndRun() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& role = mentions_[r];
      if (dead_[r] || role.kind != MentionKind::kRole || role.end + 1 >= n_ || t_[role.end].key != "and"sv) continue;
      int p = MentionAt(role.end + 1);
      if (p < 0) continue;
      Mention& m = mentions_[p];
      // "TotalEnergies chairman and chief executive Patrick Pouyanné": two
      // offices in lower case joined before one name are one person's
      if (m.kind == MentionKind::kPerson && m.titled && m.begin == role.end + 1 && m.begin < m.name_begin &&
          t_[m.begin].Is(kWord) && t_[m.begin].Is(kLower) && t_[role.end - 1].Is(kWord) &&
          t_[role.end - 1].Is(kLower) && role.begin < n_ && !t_[role.begin].Is(kLower)) {
        m.begin = role.begin;
        if (!m.org) m.org = role.org;
        if (m.org_text.empty()) m.org_text = role.org_text;
        if (!m.country) m.country = role.country;
        dead_[r] = true;
        continue;
      }
      if (m.kind != MentionKind::kPerson || m.entry || m.titled || m.begin != m.name_begin ||
          m.name_end - m.name_begin != 3)
        continue;
      m.role = s_.Span(role.begin, m.name_begin + 1);
      m.name_begin += 1;
      m.name = Text(m.name_begin, m.name_end);
      m.begin = role.begin;
      m.country = m.country ? m.country : role.country;
      m.titled = true;
      m.office = role.office;
      m.surname_only = false;
      dead_[r] = true;
    }
  }

  static std::string MatchKeyOf(const std::string& s) {
    std::string out;
    for (char c : s) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  }

  // "Martin Chungong, Secretary General of the IPU," : the role is the person's.
  // "the 11th Foreign Ministers' Meeting of the "Central Asia plus Japan"
  // Dialogue": a gathering's name runs through a quoted part to its head.
  void QuotedNameParts() {
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      if (dead_[m] || mentions_[m].kind != MentionKind::kEvent) continue;
      int k = mentions_[m].end;
      if (k >= n_ || t_[k].key != "of"sv) continue;
      ++k;
      if (k < n_ && t_[k].key == "the"sv) ++k;
      if (k >= n_ || !t_[k].Is(kQuoteOpen)) continue;
      int close = k + 1;
      while (close < n_ && close < k + 12 && !t_[close].Is(kQuoteClose)) ++close;
      int head = close + 1;
      if (close >= n_ || !t_[close].Is(kQuoteClose) || head >= n_ || !t_[head].Is(kCap) ||
          !(bits_[head] & (kEventHead | kEventAnaphor)))
        continue;
      Mention& x = mentions_[m];
      for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
        if (o != m && mentions_[o].begin >= x.end && mentions_[o].end <= head + 1) dead_[o] = true;
      x.name = Text(x.name_begin, k) + " " + Text(k + 1, close) + " " + Text(head, head + 1);
      x.end = x.name_end = head + 1;
      x.entry = nullptr;
    }
  }

  // "the delegation of X, which is on a visit to Georgia, led by Y": Y
  // leads it, as when "led by" follows at once.
  void LedAfterRelative() {
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      const Mention& d = mentions_[m];
      if (dead_[m] || d.kind != MentionKind::kDelegation || d.end + 2 >= n_ || t_[d.end].key != ","sv) continue;
      if (t_[d.end + 1].key != "which"sv && t_[d.end + 1].key != "who"sv) continue;
      for (int k = d.end + 2; k + 3 < n_ && k < d.end + 20; ++k) {
        if (t_[k].key != ","sv) continue;
        if ((t_[k + 1].key != "led"sv && t_[k + 1].key != "headed"sv) || t_[k + 2].key != "by"sv) break;
        for (int o = m + 1; o < static_cast<int>(mentions_.size()); ++o)
          if (!dead_[o] && mentions_[o].begin == k + 3 &&
              (mentions_[o].kind == MentionKind::kPerson || mentions_[o].kind == MentionKind::kRole))
            mentions_[o].leads = true;
        break;
      }
    }
  }

  // 'the State Concern "Türkmengaz"', 'the national company
  // "Uzbekneftegaz"': a name in quotes right after a body's head word is
  // that body (not a lone surname).
  // "the delegations led by the two deputy ministers held talks": the
  // leaders stand for the delegations they lead (the delegations alone
  // would point back to every party the item named).
  void LedGroup() {
    for (int m = 0; m + 1 < static_cast<int>(mentions_.size()); ++m) {
      const Mention& d = mentions_[m];
      // (also "the delegation of the X Group of the Bundestag led by its
      // Chairman Y", where "its" began a phrase of its own)
      bool group = d.kind == MentionKind::kFramePersons && (bits_[d.end - 1] & kDelegation);
      if (dead_[m] || !(group || d.kind == MentionKind::kDelegation) || d.end + 2 >= n_) continue;
      if ((t_[d.end].key != "led"sv && t_[d.end].key != "headed"sv) || t_[d.end + 1].key != "by"sv) continue;
      // (the next live mention: "led by its head, X" leaves the role
      // "its head" dead before X, who took it)
      int next = m + 1;
      while (next + 1 < static_cast<int>(mentions_.size()) && dead_[next] && mentions_[next].begin == d.end + 2) ++next;
      Mention& o = mentions_[next];
      int after_by = d.end + 2;
      if (after_by < n_ && (t_[after_by].key == "its"sv || t_[after_by].key == "their"sv)) ++after_by;
      if (dead_[next] || (o.begin != d.end + 2 && o.begin != after_by) ||
          (o.kind != MentionKind::kFramePersons && o.kind != MentionKind::kPerson && o.kind != MentionKind::kRole))
        continue;
      o.begin = d.begin;
      o.leads = true;
      dead_[m] = true;
    }
  }

  // 'held under the theme "Bridging Divides: Dialogue for a Sustainable
  // Future"': the words of a quoted theme, motto or slogan (theme_noun)
  // name no actor
  void QuotedThemes() {
    if (!quote_open_) return;
    for (int k = 1; k < n_; ++k) {
      if (!t_[k].Is(kQuoteOpen) || !t_[k - 1].Is(kWord) || !InWordClass("theme_noun", t_[k - 1].key)) continue;
      int close = k + 1;
      while (close < n_ && !t_[close].Is(kQuoteClose)) ++close;
      for (int m = 0; m < static_cast<int>(mentions_.size()); ++m)
        if (mentions_[m].begin > k && mentions_[m].end <= close) dead_[m] = true;
    }
  }

  void QuotedBodyNames() {
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      Mention& x = mentions_[m];
      if (dead_[m] || x.begin < 2 || x.end >= n_ || x.entry) continue;
      if (x.kind != MentionKind::kPerson || !(x.surname_only || x.tentative)) continue;
      if (!t_[x.begin - 1].Is(kQuoteOpen) || !t_[x.end].Is(kQuoteClose)) continue;
      int head = x.begin - 2;
      if (!(bits_[head] & kOrgHead) || t_[head].Is(kAllCaps)) continue;
      int b = head;
      while (b > 0 && t_[b - 1].Is(kWord) && !(bits_[b - 1] & (kVerb | kPreposition)) &&
             (t_[b - 1].Is(kCap) || Adjective(b - 1)) && b > head - 3)
        --b;
      if (b > 0 && IsDetKey(t_[b - 1].key)) --b;
      x.kind = MentionKind::kOrganization;
      x.surname_only = x.tentative = false;
      x.begin = b;
      x.end = x.end + 1;
    }
  }

  // 'The International Specialized Exhibition "Arms and Security 2028"': a
  // kind of gathering, then its own name in quotes, is the gathering that
  // name names (capitalised words, numbers and joining words).
  void QuotedEventNames() {
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      Mention& x = mentions_[m];
      if (dead_[m] || x.kind != MentionKind::kEvent || x.entry || x.end + 2 >= n_ || !t_[x.end].Is(kQuoteOpen))
        continue;
      int j = x.end + 1;
      bool fits = true;
      while (j < n_ && j < x.end + 12 && !t_[j].Is(kQuoteClose) && fits) {
        std::string_view w = t_[j].key;
        fits = t_[j].Is(kCap) || t_[j].Is(kNumber) || t_[j].Is(kYear) || t_[j].Is(kAllCaps) || w == "and"sv ||
               w == "of"sv || w == "for"sv || w == "the"sv || w == "-"sv;
        ++j;
      }
      if (!fits || j >= n_ || !t_[j].Is(kQuoteClose) || j == x.end + 1 || !t_[x.end + 1].Is(kCap)) continue;
      // (only after a kind in common words: "the Uzbek-Russian Business
      // Forum \"Tashkent 2027\"" keeps its own name)
      bool common = true;
      for (int k = x.name_begin; k < x.name_end && common; ++k)
        common = !InDict(k) && !t_[k].Is(kHyphenated) && !t_[k].Is(kYear) && !t_[k].Is(kOrdinal) &&
                 !t_[k].Is(kAllCaps);
      if (!common) continue;
      for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
        if (o != m && !dead_[o] && mentions_[o].begin > x.end && mentions_[o].end <= j) dead_[o] = true;
      x.name_begin = x.end + 1;
      x.name_end = j;
      x.name = Text(x.name_begin, x.name_end);
      x.end = j + 1;
    }
  }

  // 'The "Invest Kazakhstan 2026" International Investment Forum': a name
  // in quotes right before a gathering's own capitalised name is the first
  // part of that name (not a country or body of its own).
  void QuotedEventPrefixes() {
    if (!quote_open_) return;
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      Mention& x = mentions_[m];
      if (dead_[m] || x.kind != MentionKind::kEvent || x.entry || x.begin < 3 || x.begin != x.name_begin ||
          !t_[x.begin - 1].Is(kQuoteClose) || !t_[x.begin].Is(kCap))
        continue;
      int close = x.begin - 1;
      int open = close - 1;
      bool fits = true;
      while (open >= 0 && open > close - 10 && !t_[open].Is(kQuoteOpen)) {
        std::string_view w = t_[open].key;
        fits = t_[open].Is(kCap) || t_[open].Is(kNumber) || t_[open].Is(kYear) || t_[open].Is(kAllCaps) ||
               w == "and"sv || w == "of"sv || w == "for"sv || w == "the"sv || w == "-"sv;
        if (!fits) break;
        --open;
      }
      if (!fits || open < 0 || !t_[open].Is(kQuoteOpen) || open + 1 == close || !t_[open + 1].Is(kCap)) continue;
      for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
        if (o != m && !dead_[o] && mentions_[o].begin > open && mentions_[o].end <= close) dead_[o] = true;
      x.name = Text(open + 1, close) + " " + x.name;
      x.begin = open;
    }
  }

  // "X, Minister of State at the Ministry of Foreign Affairs of Qatar": the
  // body after a person's title gives the person's country.
  void TitledAtBody() {
    for (int m = 0; m + 1 < static_cast<int>(mentions_.size()); ++m) {
      Mention& x = mentions_[m];
      // ("her counterpart at the Ministry of Development of Chile": a role's too)
      bool role = x.kind == MentionKind::kRole && t_[x.end].key == "at"sv;
      if (dead_[m] || (x.kind != MentionKind::kPerson && !role) || x.country || x.role.empty() || x.end >= n_) continue;
      if (t_[x.end].key != "at"sv && t_[x.end].key != "of"sv) continue;
      for (int o = m + 1; o < static_cast<int>(mentions_.size()); ++o) {
        const Mention& body = mentions_[o];
        if (dead_[o] || body.begin != x.end + 1) continue;
        if (body.kind == MentionKind::kOrganization && body.country) x.country = body.country;
        break;
      }
    }
  }

  // "the 5th Ministerial Conference on Women, Peace and Security": a
  // gathering's theme may be a list of capitalised words.
  void ListedThemes() {
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      if (dead_[m] || mentions_[m].kind != MentionKind::kEvent) continue;
      Mention& x = mentions_[m];
      int k = x.end;
      if (k + 3 >= n_ || t_[k].key != ","sv || !t_[x.end - 1].Is(kCap)) continue;
      // the name must have a theme ("on", "for") to go on
      bool theme = false;
      for (int j = x.name_begin; j < x.end; ++j) theme = theme || t_[j].key == "on"sv || t_[j].key == "for"sv;
      if (!theme) continue;
      int j = k + 1, last = -1;
      while (j < n_ && j < k + 8) {
        if (MentionAt(j) >= 0 && mentions_[MentionAt(j)].kind != MentionKind::kPerson) break;
        if (t_[j].Is(kCap) && !(bits_[j] & (kTitle | kFunction))) {
          ++j;
          continue;
        }
        if (t_[j].key == ","sv) {
          ++j;
          continue;
        }
        if (t_[j].key == "and"sv && j + 1 < n_ && t_[j + 1].Is(kCap)) {
          last = j + 1;
          while (last + 1 < n_ && t_[last + 1].Is(kCap)) ++last;
          break;
        }
        break;
      }
      if (last < 0) continue;
      x.end = x.name_end = last + 1;
      x.name = Text(x.name_begin, x.name_end);
      for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
        if (o != m && !dead_[o] && mentions_[o].begin >= k && mentions_[o].end <= x.end) dead_[o] = true;
    }
  }

  bool AcronymWithDigit(const Token& t) const {
    bool digit = false, upper = false;
    for (char c : std::string_view(s_.text).substr(t.begin, t.end - t.begin)) {
      digit = digit || (c >= '0' && c <= '9');
      upper = upper || (c >= 'A' && c <= 'Z');
    }
    return digit && upper;
  }

  // "the 17th meeting of the Conference of the Parties to the Convention on
  // Biological Diversity (COP17)": one gathering, known by its short name;
  // "the Office of Foreign Assets Control (OFAC) of the US Treasury": the
  // name ends before its acronym; "TADEX-2026 exhibition" is "TADEX-2026".
  void ShortNames() {
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      if (dead_[m]) continue;
      Mention& x = mentions_[m];
      if (x.kind == MentionKind::kEvent && !x.entry) {
        int close = -1;
        for (int j = x.end; j < n_ && j < x.end + 14; ++j) {
          if (t_[j].key == "("sv && j + 2 < n_ && AcronymWithDigit(t_[j + 1]) && t_[j + 2].key == ")"sv) {
            close = j + 2;
            break;
          }
          if (t_[j].key == ","sv || t_[j].key == "."sv || (t_[j].Is(kWord) && VerbLikeKey(j))) break;
        }
        if (close > 0 && (t_[x.end].key == "to"sv || t_[x.end].key == "of"sv || t_[x.end].key == "("sv)) {
          for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
            if (o != m && !dead_[o] && mentions_[o].begin >= x.end && mentions_[o].begin <= close) dead_[o] = true;
          x.end = close + 1;
          x.name_begin = close - 1;
          x.name_end = close;
          x.name = Text(close - 1, close);
          continue;
        }
        // "TADEX-2026 exhibition"
        if (x.name_end - x.name_begin == 2 && AcronymWithDigit(t_[x.name_begin]) && t_[x.name_begin + 1].Is(kLower)) {
          x.name_end = x.name_begin + 1;
          x.name = Text(x.name_begin, x.name_end);
        }
      }
      if (x.kind == MentionKind::kOrganization && !x.entry) {
        // "the US Department of the Treasury's Office of Foreign Assets
        // Control": the body owned is the one named
        // (not a country's possessive, "Sri Lanka's Civil Aviation
        // Authority", nor one inside a country's name, "the People's
        // Republic of China")
        auto country_ends_at = [&](int j) {
          for (int c = std::max(0, j - 4); c < j; ++c)
            if (dict_[c].length && (c + dict_[c].length == j || c == j - 1) &&
                dict_[c].entry->actor.kind == ActorKind::kCountry)
              return true;
          return false;
        };
        for (int j = x.name_begin + 1; j + 2 < x.name_end; ++j)
          if (t_[j].Is(kPossessive) && t_[j + 1].Is(kCap) && !country_ends_at(j)) {
            x.name_begin = j + 1;
            x.name = Text(x.name_begin, x.name_end);
            break;
          }
        for (int j = x.name_begin + 1; j + 2 < x.name_end; ++j)
          if (t_[j].key == "("sv && t_[j + 2].key == ")"sv && j + 3 < x.name_end) {
            x.name_end = j;
            x.name = Text(x.name_begin, x.name_end);
            break;
          }
      }
    }
  }
  bool VerbLikeKey(int k) const { return (bits_[k] & (kVerb | kSpeechVerb)) != 0; }

  void MergeAppositions() {
    for (int p = 0; p < static_cast<int>(mentions_.size()); ++p) {
      Mention& m = mentions_[p];
      if (dead_[p] || m.kind != MentionKind::kPerson || m.tentative) continue;
      int k = m.end;
      if (k >= n_ || t_[k].key != ","sv) continue;
      // ("at the Casa de Nariño, the President received": a place after
      // "at", as PlacesAfterAt() reads it, takes no title)
      // (not "lashed out at X, the chairman of ...": a person after "at" with
      // no article)
      if (!m.entry && !m.titled && m.role.empty() && m.begin > 0 && t_[m.begin - 1].key == "at"sv &&
          t_[m.begin].key == "the"sv)
        continue;
      int r = MentionAt(k + 1);
      if (r < 0 || mentions_[r].kind != MentionKind::kRole || !mentions_[r].owner.empty()) continue;
      int after = mentions_[r].end;
      // The apposition ends the clause part: a comma, the end, or a verb.
      bool ends = after >= n_ || t_[after].key == ","sv || t_[after].key == "."sv || t_[after].key == ";"sv ||
                  (t_[after].Is(kWord) && t_[after].Is(kLower) && !(bits_[after] & kCoordinator)) ||
                  t_[after].Is(kDash) || t_[after].key == ")"sv || t_[after].Is(kQuoteOpen);
      if (!ends) continue;
      // ("X, the host of the conference, whom he thanked": a host of a
      // gathering is told of the gathering, not an office X holds)
      if (after < n_ && t_[after].key == "of"sv && InWordClass("host_noun", MatchKeyOf(mentions_[r].office))) continue;
      // ("A, the head of the Green Party bench, B, and C": the role names
      // the holder after it)
      int role_end = -1;
      if (IsDetKey(t_[mentions_[r].begin].key) && HolderAfterRole(r, &role_end) >= 0) continue;
      // ("According to spokesperson X, the Chancellor condemned ...": a
      // titled or quoted source, then "the" title and its verb open the
      // main clause)
      bool source_first = !m.role.empty();
      for (int j = m.begin - 2; j >= 0 && j >= m.begin - 5 && !source_first; --j)
        source_first = t_[j].key == "according"sv && t_[j + 1].key == "to"sv;
      if (source_first && after < n_ && VerbLikeKey(after) && t_[mentions_[r].begin].key == "the"sv) continue;
      // ("After the talks with X, the Azerbaijani Speaker was received",
      // "The day after the talks with X, the minister met ...": a name that
      // closes a sentence-opening phrase, then "the" title and its verb
      // open the main clause)
      if (m.begin > 0 && (bits_[m.begin - 1] & kPreposition) && after < n_ && VerbLikeKey(after) &&
          t_[mentions_[r].begin].key == "the"sv) {
        bool opening = (bits_[0] & (kPreposition | kSubordinator)) || t_[0].key == "following"sv;
        if (!opening && n_ > 3 && (t_[0].key == "the"sv || t_[0].key == "a"sv || t_[0].key == "one"sv) &&
            (t_[2].key == "after"sv || t_[2].key == "before"sv || t_[2].key == "following"sv))
          opening = true;
        if (opening) continue;
      }
      // (", Ambassador of B, resident in Beijing, Y": that title is Y's)
      if (after + 2 < n_ && t_[after].key == ","sv &&
          (t_[after + 1].key == "resident"sv || t_[after + 1].key == "based"sv || t_[after + 1].key == "residing"sv) &&
          t_[after + 2].key == "in"sv)
        continue;
      // ("Ms. Keiko Arai, Parliamentary Vice-Minister for Foreign Affairs":
      // a courtesy title is how she is addressed, the apposition her office)
      if (m.role.empty() || (m.name_begin > m.begin && CourtesyOnly(m.begin, m.name_begin))) {
        m.role = mentions_[r].role;
        if (t_[mentions_[r].begin].Is(kWord) && IsDetKey(t_[mentions_[r].begin].key))
          m.role = s_.Span(mentions_[r].begin + 1, mentions_[r].end);
        m.office = mentions_[r].office;
      }
      if (!m.country) m.country = mentions_[r].country;
      if (!m.org) m.org = mentions_[r].org;
      if (m.org_text.empty()) m.org_text = mentions_[r].org_text;
      m.end = mentions_[r].end;
      dead_[r] = true;
    }
  }

  // "the Minister of Industry, Trade and Energy, Petr Dvorak,": a title's
  // portfolio of several fields, listed with commas, before its holder.
  // (Read alone, the region stops at the first comma.)
  void PortfolioListInRole() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& role = mentions_[r];
      if (dead_[r] || role.kind != MentionKind::kRole || role.end + 4 >= n_ || t_[role.end].key != ","sv ||
          !Cap(role.end - 1))
        continue;
      bool portfolio = false;
      for (int j = role.begin; j < role.end && !portfolio; ++j)
        portfolio = t_[j].key == "of"sv || t_[j].key == "for"sv;
      if (!portfolio) continue;
      // fields: capitalised words no mention holds, joined by commas, the
      // last by "and", then the comma before the holder
      int j = role.end + 1, e = -1;
      bool joined = false;
      while (j < n_ && j < role.end + 14) {
        int w = j;
        while (w < n_ && Cap(w) && MentionAt(w) < 0 && !dict_[w].length && !(bits_[w] & kTitle)) ++w;
        if (w == j || w >= n_) break;
        if (joined) {
          if (t_[w].key == ","sv) e = w;
          break;
        }
        if (t_[w].key == "and"sv) joined = true;
        else if (t_[w].key != ","sv) break;
        j = w + 1;
      }
      if (e < 0 && joined) {
        // ("..., Minister of Foreign Affairs, Regional Cooperation and
        // Burkinabe Abroad of Burkina Faso X, and ...": in a list, no comma
        // before the holder; the last field and its country run on into
        // the holder's own mention, and the fields before it are more of
        // his title)
        if (PortfolioRunsIntoHolder(r, j)) continue;
      }
      if (e < 0) continue;
      int p = MentionAt(e + 1);
      if (p < 0 || mentions_[p].kind != MentionKind::kPerson || mentions_[p].begin != e + 1) continue;
      int role_b = t_[role.begin].Is(kWord) && IsDetKey(t_[role.begin].key) ? role.begin + 1 : role.begin;
      role.end = e;
      role.role = s_.Span(role_b, e);
    }
  }

  // The last field of a role's portfolio list from token j runs on, with
  // capitalised words, "of", "the" and a country, into a titled person's
  // mention: the person takes the role and its fields as his title.
  bool PortfolioRunsIntoHolder(int r, int j) {
    const Mention& role = mentions_[r];
    int p = -1;
    for (int h = j; h < n_ && h < j + 8 && p < 0; ++h) {
      int q = MentionAt(h);
      if (q >= 0 && !dead_[q] && mentions_[q].kind == MentionKind::kPerson) {
        p = q;
        break;
      }
      if (q >= 0 && mentions_[q].kind == MentionKind::kCountry) {
        h = mentions_[q].end - 1;
        continue;
      }
      if (!(Cap(h) || t_[h].key == "of"sv || t_[h].key == "the"sv) || (bits_[h] & kTitle)) return false;
    }
    if (p < 0) return false;
    Mention& m = mentions_[p];
    if (m.name_end - m.name_begin < 2 || m.name_begin <= j || (m.entry == nullptr && m.tentative)) return false;
    for (int h = j; h < m.name_begin; ++h)
      if (t_[h].key == ","sv || t_[h].key == "and"sv) return false;
    // (the country of the fields is the holder's)
    for (int q = 0; q < static_cast<int>(mentions_.size()); ++q) {
      if (q == p || dead_[q] || mentions_[q].begin < j || mentions_[q].begin >= m.name_begin) continue;
      if (mentions_[q].kind == MentionKind::kCountry && !m.country)
        m.country = mentions_[q].country ? mentions_[q].country : mentions_[q].entry;
      dead_[q] = true;
    }
    int role_b = t_[role.begin].Is(kWord) && IsDetKey(t_[role.begin].key) ? role.begin + 1 : role.begin;
    GiveRole(r, s_.Span(role_b, m.name_begin), &m);
    return true;
  }

  // "The chief executive of German carmaker Volkswagen, Oliver Blume, met":
  // a role of a body its nationality and a common noun describe, then the
  // body's name, then the holder's plain name between commas. The holder
  // stands for the role (and the body, named only to say whose, for no one).
  void RoleOfDescribedBodyThenName() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& role = mentions_[r];
      if (dead_[r] || role.kind != MentionKind::kRole || role.end + 4 >= n_) continue;
      int last = role.end - 1;
      while (last > role.begin && !dict_[last].length) --last;
      if (!dict_[last].length || dict_[last].form != FormKind::kDemonym || last + dict_[last].length != role.end)
        continue;
      int noun = role.end;
      if (!t_[noun].Is(kWord) || !t_[noun].Is(kLower) || (bits_[noun] & (kFunction | kVerb | kPreposition)) ||
          VerbLikeKey(noun))
        continue;
      int q = MentionAt(noun + 1);
      if (q < 0 || q == r || dead_[q] || mentions_[q].begin != noun + 1 || mentions_[q].end >= n_ ||
          t_[mentions_[q].end].key != ","sv)
        continue;
      int p = MentionAt(mentions_[q].end + 1);
      if (p < 0 || dead_[p] || mentions_[p].kind != MentionKind::kPerson) continue;
      Mention& m = mentions_[p];
      if (m.begin != mentions_[q].end + 1 || m.titled || m.entry || m.name_end - m.name_begin < 2 ||
          (m.end < n_ && t_[m.end].key != ","sv && t_[m.end].key != "."sv && t_[m.end].key != ";"sv))
        continue;
      int role_b = t_[role.begin].Is(kWord) && IsDetKey(t_[role.begin].key) ? role.begin + 1 : role.begin;
      GiveRole(r, s_.Span(role_b, mentions_[q].end), &m);
      dead_[q] = true;
    }
  }

  // "received Carlos Mendez of Tucuman and Jorge Ruiz of Salta": where a
  // person named in full is from, one unknown word after "of", is part of
  // his mention and no one of its own.
  void PersonOfPlace() {
    for (int p = 0; p + 1 < static_cast<int>(mentions_.size()); ++p) {
      Mention& m = mentions_[p];
      if (dead_[p] || m.kind != MentionKind::kPerson || m.tentative || m.name_end - m.name_begin < 2 ||
          m.end + 1 >= n_ || t_[m.end].key != "of"sv)
        continue;
      int q = MentionAt(m.end + 1);
      if (q < 0 || dead_[q] || mentions_[q].kind != MentionKind::kPerson || !mentions_[q].tentative ||
          mentions_[q].begin != m.end + 1 || mentions_[q].end != m.end + 2)
        continue;
      m.end = mentions_[q].end;
      dead_[q] = true;
    }
  }

  // "her Bolivian counterpart, Rodrigo Quispe Mamani, met": a role, then
  // the holder's plain name of two words or more between commas.
  void RoleThenNameInCommas() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& role = mentions_[r];
      if (dead_[r] || role.kind != MentionKind::kRole || role.end + 2 >= n_ || t_[role.end].key != ","sv) continue;
      int p = MentionAt(role.end + 1);
      if (p < 0 || p == r || dead_[p]) continue;
      Mention& m = mentions_[p];
      // ("his Australian counterpart, Deputy Prime Minister and Minister
      // for Defence X,": a counterpart named with his own titles; the
      // holder stands for the role, and is of its country)
      std::string_view office = role.office;
      if (m.kind == MentionKind::kPerson && m.begin == role.end + 1 && m.titled && !m.tentative &&
          (office == "counterpart"sv || office == "colleague"sv) && m.end < n_ &&
          (t_[m.end].key == ","sv || t_[m.end].key == "."sv)) {
        if (!m.country) m.country = role.country;
        // ("his Gambian counterpart, Dr. X": a courtesy title gives way to
        // the role, as in MergeAppositions)
        if (m.name_begin > m.begin && CourtesyOnly(m.begin, m.name_begin)) {
          m.role = role.role;
          m.office = role.office;
        }
        m.begin = role.begin;
        dead_[r] = true;
        continue;
      }
      if (m.kind != MentionKind::kPerson || m.begin != role.end + 1 || m.titled || m.entry || m.tentative ||
          m.name_end - m.name_begin < 2)
        continue;
      int after = m.end;
      // (or a remark in brackets: "the Speaker of the Chamber, Hugo Motta
      // (Republicanos-PB), for dinner")
      bool ends = after >= n_ || t_[after].key == ","sv || t_[after].key == "."sv || t_[after].key == ";"sv ||
                  t_[after].key == "("sv;
      if (!ends) continue;
      GiveRole(r, role.role, &m);
    }
  }

  // "the CEO of Yildiz Insaat, Mehmet Ozdemir, who", "the Chairman of the
  // Turkish company X, Y,": a title of a body the text names, then the
  // holder's plain name between commas. (Read alone, the body's name
  // after "of" would be the holder's.)
  void TitleOfBodyThenName() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& x = mentions_[r];
      if (dead_[r] || x.entry || x.end + 2 >= n_ || t_[x.end].key != ","sv) continue;
      int role_b = t_[x.begin].Is(kWord) && IsDetKey(t_[x.begin].key) ? x.begin + 1 : x.begin;
      bool title_of = x.kind == MentionKind::kPerson && x.titled && x.name_begin > 0 &&
                      t_[x.name_begin - 1].key == "of"sv;
      // ("the Governor of Baja California Sur, X,": a place of several
      // words after "of", the first read as the title's, is the office's
      // too; not a country's: "Foreign Minister of Ghana A, B and C")
      for (int k = x.name_begin - 1; !title_of && x.kind == MentionKind::kPerson && x.titled && !x.country &&
                                     k > x.begin && k >= x.name_begin - 2;
           --k) {
        if (t_[k].key == "of"sv) title_of = true;
        else if (!t_[k].Is(kWord) || !t_[k].Is(kCap) || (bits_[k] & kTitle)) break;
      }
      bool titled_body = x.kind == MentionKind::kOrganization && (bits_[role_b] & kTitle) && t_[role_b].Is(kCap);
      if (!title_of && !titled_body) continue;
      int p = MentionAt(x.end + 1);
      if (p < 0 || p == r || dead_[p] || mentions_[p].begin != x.end + 1 || mentions_[p].kind != MentionKind::kPerson ||
          mentions_[p].titled || mentions_[p].name_end - mentions_[p].name_begin < 2)
        continue;
      int after = mentions_[p].end;
      bool ends = after >= n_ || t_[after].key == ","sv || t_[after].key == "."sv || t_[after].key == ";"sv ||
                  (t_[after].Is(kWord) && t_[after].Is(kLower) && !(bits_[after] & kCoordinator));
      if (!ends) continue;
      if (titled_body) x.office = Text(role_b, role_b + 1);
      x.kind = MentionKind::kPerson;
      x.role = Text(role_b, x.end);
      x.name_begin = mentions_[p].name_begin;
      x.name_end = mentions_[p].name_end;
      x.name = mentions_[p].name;
      x.entry = mentions_[p].entry;
      x.end = mentions_[p].end;
      x.titled = true;
      x.tentative = false;
      dead_[p] = true;
    }
  }

  // "Head of the Agency of Transport under the Cabinet of Ministers of
  // Turkmenistan Ovezmuhammet Mashalov": a title, "under" a body whose name
  // ran on into the holder's; the last two or three plain capitalised
  // words after the body's country or plural head are the holder.
  void TitleUnderBody() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& x = mentions_[r];
      if (dead_[r] || x.kind != MentionKind::kRole || x.end + 2 >= n_ || t_[x.end].key != "under"sv) continue;
      int o = MentionAt(x.end + 1);
      if (o < 0 || dead_[o] || mentions_[o].begin != x.end + 1 || mentions_[o].kind != MentionKind::kOrganization ||
          mentions_[o].entry)
        continue;
      Mention& body = mentions_[o];
      auto plain = [&](int k) {
        return t_[k].Is(kWord) && t_[k].Is(kCap) &&
               !(bits_[k] & (kTitle | kOrgHead | kOrgPluralHead | kOrgSuffix | kFunction | kParticle));
      };
      // (what stands before the name ends the body: its country or a
      // plural head, "of Ministers")
      auto ends_body = [&](int k) {
        std::string_view w = t_[k].key;
        return (bits_[k] & kOrgPluralHead) || (t_[k].Is(kCap) && w.size() > 3 && w.back() == 's') ||
               (body.country && t_[k].Is(kCap) && k > 0 && t_[k - 1].key == "of"sv);
      };
      int run = -1;
      for (int length = 2; length <= 3 && run < 0; ++length) {
        int b = body.end - length;
        if (b - 2 <= body.begin) break;
        bool ok = ends_body(b - 1);
        for (int k = b; k < body.end && ok; ++k) ok = plain(k);
        if (ok) run = b;
      }
      if (run < 0) continue;
      int role_b = t_[x.begin].Is(kWord) && IsDetKey(t_[x.begin].key) ? x.begin + 1 : x.begin;
      x.kind = MentionKind::kPerson;
      x.role = Text(role_b, run);
      x.name_begin = run;
      x.name_end = body.end;
      x.name = Text(run, body.end);
      if (!x.country) x.country = body.country;
      x.end = body.end;
      x.titled = true;
      dead_[o] = true;
    }
  }

  // Role mention r becomes the person p names, its title running to
  // role_end; the mentions it now covers are dead.
  void TakeHolder(int r, int p, int role_end) {
    Mention& x = mentions_[r];
    int role_b = t_[x.begin].Is(kWord) && IsDetKey(t_[x.begin].key) ? x.begin + 1 : x.begin;
    x.kind = MentionKind::kPerson;
    x.role = Text(role_b, role_end);
    x.name_begin = mentions_[p].name_begin;
    x.name_end = mentions_[p].name_end;
    x.name = mentions_[p].name;
    if (mentions_[p].entry) x.entry = mentions_[p].entry;
    x.end = mentions_[p].end;
    x.titled = true;
    for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
      if (o != r && mentions_[o].begin >= x.begin && mentions_[o].end <= x.end) dead_[o] = true;
  }

  // "the coordinator of the Morena group in the Chamber of Deputies, X,",
  // "the head of the Green Party (PVEM) bench, Y,": the holder a role r
  // names after the body or plain nouns its mention left out, as a plain
  // name of two words or more between commas: the person's mention, else
  // -1; *role_end is where the role's words end.
  int HolderAfterRole(int r, int* role_end) const {
    const Mention& x = mentions_[r];
    if (x.kind != MentionKind::kRole || !x.owner.empty() || x.end + 3 >= n_) return -1;
    int k = x.end;
    if ((t_[k].key == "in"sv || t_[k].key == "at"sv || t_[k].key == "of"sv) && k + 1 < n_) {
      int o = MentionAt(k + 1);
      if (o >= 0 && !dead_[o] && mentions_[o].begin == k + 1 && mentions_[o].kind == MentionKind::kOrganization) {
        k = mentions_[o].end;
      } else {
        // (a body no mention covers: "in the National Assembly")
        int j = k + 1, words = 0;
        if (j < n_ && t_[j].key == "the"sv) ++j;
        while (j < n_ && words < 4 && t_[j].Is(kWord) && t_[j].Is(kCap) && MentionAt(j) < 0) ++j, ++words;
        // (or plain nouns: "the chair of the farmers' caucus")
        while (words == 0 && j < k + 7 && j < n_ && MentionAt(j) < 0 &&
               ((t_[j].Is(kWord) && t_[j].Is(kLower) && !(bits_[j] & (kFunction | kCoordinator | kVerb))) ||
                t_[j].Is(kPossessive)))
          ++j;
        if (j + 1 < n_ && t_[j].key == ","sv && j > k + 1) words = 1;
        if (words == 0) return -1;
        k = j;
      }
    } else if (t_[k].key != ","sv) {
      int words = 0;
      while (k < n_ && words < 2 && t_[k].Is(kWord) && t_[k].Is(kLower) &&
             !(bits_[k] & (kFunction | kCoordinator | kVerb | kTitleLower)))
        ++k, ++words;
      if (words == 0) return -1;
    } else {
      return -1;
    }
    if (k + 1 >= n_ || t_[k].key != ","sv) return -1;
    int p = MentionAt(k + 1);
    if (p < 0 || dead_[p] || mentions_[p].begin != k + 1 || mentions_[p].kind != MentionKind::kPerson ||
        mentions_[p].titled || mentions_[p].name_end - mentions_[p].name_begin < 2)
      return -1;
    int after = mentions_[p].end;
    if (!(after >= n_ || t_[after].key == ","sv || t_[after].key == "."sv || t_[after].key == ";"sv)) return -1;
    *role_end = k;
    return p;
  }

  void RoleRunOnThenName() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      int role_end = -1;
      int p = dead_[r] ? -1 : HolderAfterRole(r, &role_end);
      if (p >= 0) TakeHolder(r, p, role_end);
    }
  }

  // "The business mission from the Japan Business Federation was
  // received": a delegation of no country, then the body that sends it (no
  // named leader after it), is that body
  void DelegationOfBody() {
    for (int d = 0; d < static_cast<int>(mentions_.size()); ++d) {
      const Mention& x = mentions_[d];
      if (dead_[d] || x.kind != MentionKind::kDelegation || x.country || x.end + 1 >= n_ ||
          (t_[x.end].key != "from"sv && t_[x.end].key != "of"sv))
        continue;
      int o = MentionAt(x.end + 1);
      if (o < 0 || dead_[o] || mentions_[o].begin != x.end + 1 ||
          (mentions_[o].kind != MentionKind::kOrganization && mentions_[o].kind != MentionKind::kCountry) ||
          LedByAhead(mentions_[o].end))
        continue;
      mentions_[o].begin = x.begin;
      dead_[d] = true;
    }
  }

  // "A delegation of the X Party, led by Y, met Z": Y, named, stands for
  // the delegation the sentence opens with (the body sends it). Also with
  // no comma before "led" and the leader's role first: "received a
  // delegation of the Conference of Bishops led by its president, Y," (a
  // body named "Conference" is read as a gathering until then).
  void LeaderForSentBody() {
    for (int d = 0; d < static_cast<int>(mentions_.size()); ++d) {
      const Mention& x = mentions_[d];
      if (dead_[d] ||
          (x.kind != MentionKind::kOrganization && x.kind != MentionKind::kCountry && x.kind != MentionKind::kEvent))
        continue;
      int led = x.end < n_ && t_[x.end].key == ","sv ? x.end + 1 : x.end;
      if (led + 2 >= n_ || (t_[led].key != "led"sv && t_[led].key != "headed"sv) || t_[led + 1].key != "by"sv)
        continue;
      bool delegation = false;
      for (int k = x.begin; k < x.name_begin && !delegation; ++k) delegation = (bits_[k] & kDelegation) != 0;
      int y = MentionAt(led + 2);
      if (!delegation || y < 0 || dead_[y] || mentions_[y].begin != led + 2 ||
          mentions_[y].kind != MentionKind::kPerson || mentions_[y].tentative)
        continue;
      // (without the comma, only a leader named in an apposition: "led by
      // its president, Y"; "led by Y" alone is read where the phrase is)
      if (led == x.end && mentions_[y].name_begin == mentions_[y].begin) continue;
      Mention leader = mentions_[y];
      leader.begin = x.begin;
      leader.leads = true;
      if (!leader.country && x.kind == MentionKind::kCountry) leader.country = x.entry;
      mentions_[d] = std::move(leader);
      dead_[y] = true;
    }
  }

  // "Burkina Faso's media regulator, the Superior Council of
  // Communication (CSC), suspended": a body a country's possessive and
  // common nouns describe, then its name between commas, is that named body
  void DescribedBodyThenName() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      const Mention& x = mentions_[r];
      if (dead_[r] || x.kind != MentionKind::kOrganization || x.entry || x.end + 2 >= n_ || t_[x.end].key != ","sv)
        continue;
      bool generic = x.name_end > x.name_begin;
      int k = x.name_begin;
      while (k < x.name_end && (!t_[k].Is(kWord) || t_[k].Is(kPossessive) || dict_[k].length))
        k += dict_[k].length ? dict_[k].length : 1;
      for (int j = k; j < x.name_end && generic; ++j) generic = t_[j].Is(kWord) && t_[j].Is(kLower);
      if (!generic || k >= x.name_end) continue;
      int p = MentionAt(x.end + 1);
      if (p < 0 || dead_[p] || mentions_[p].begin != x.end + 1 || mentions_[p].kind != MentionKind::kOrganization)
        continue;
      int after = mentions_[p].end;
      if (after >= n_ || t_[after].key != ","sv) continue;
      if (!mentions_[p].country) mentions_[p].country = x.country;
      mentions_[p].begin = x.begin;
      dead_[r] = true;
    }
  }

  // "the mayor of the Norwegian city of Bergen, Kari Solheim,": a title of
  // a place named after a word of place, then the holder between commas
  void TitleOfPlaceThenName() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& x = mentions_[r];
      if (dead_[r] || x.kind != MentionKind::kRole || !x.owner.empty() || x.end + 5 >= n_) continue;
      std::string_view place = t_[x.end].key;
      if (!(place == "city"sv || place == "town"sv || place == "province"sv || place == "region"sv ||
            place == "municipality"sv || place == "district"sv || place == "state"sv) ||
          t_[x.end + 1].key != "of"sv)
        continue;
      int k = x.end + 2;
      int words = 0;
      while (k < n_ && words < 3 && t_[k].Is(kWord) && t_[k].Is(kCap)) ++k, ++words;
      if (words == 0 || k + 1 >= n_ || t_[k].key != ","sv) continue;
      int p = MentionAt(k + 1);
      if (p < 0 || dead_[p] || mentions_[p].begin != k + 1 || mentions_[p].kind != MentionKind::kPerson ||
          mentions_[p].titled || mentions_[p].name_end - mentions_[p].name_begin < 2)
        continue;
      int after = mentions_[p].end;
      bool ends = after >= n_ || t_[after].key == ","sv || t_[after].key == "."sv ||
                  (t_[after].Is(kWord) && t_[after].Is(kLower) && !(bits_[after] & kCoordinator));
      if (!ends) continue;
      TakeHolder(r, p, k);
    }
  }

  // "Ambassador of Austria to Mongolia, resident in Beijing, Elisabeth
  // Hofer-Lindner": where a non-resident envoy sits, between the title and
  // the holder, is no party
  void TitleResidentInThenName() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& x = mentions_[r];
      if (dead_[r] || x.kind != MentionKind::kRole || !x.owner.empty() || x.end + 5 >= n_ ||
          t_[x.end].key != ","sv)
        continue;
      std::string_view w = t_[x.end + 1].key;
      if (!(w == "resident"sv || w == "based"sv || w == "residing"sv) || t_[x.end + 2].key != "in"sv) continue;
      int k = x.end + 3;
      if (int place = MentionAt(k); place >= 0 && mentions_[place].begin == k) k = mentions_[place].end;
      else while (k < n_ && t_[k].Is(kCap) && k < x.end + 6) ++k;
      if (k + 1 >= n_ || t_[k].key != ","sv) continue;
      int p = MentionAt(k + 1);
      if (p < 0 || dead_[p] || mentions_[p].begin != k + 1 || mentions_[p].kind != MentionKind::kPerson ||
          mentions_[p].titled || mentions_[p].name_end - mentions_[p].name_begin < 1)
        continue;
      TakeHolder(r, p, x.end);
    }
  }

  // "The Anatolian Eagle 2028 international air force exercise": a name
  // with its year, then lowercase words and the kind of gathering, is that
  // gathering, named up to the year (not a body the words "air force" end).
  void YearNamedGatherings() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& x = mentions_[r];
      if (dead_[r] || x.entry || (x.kind != MentionKind::kOrganization && x.kind != MentionKind::kEvent)) continue;
      int year = -1;
      for (int k = x.name_begin; k < x.name_end; ++k)
        if (t_[k].Is(kYear)) year = k;
      if (year <= x.name_begin) continue;
      // ("International air exercise Anatolian Eagle 2028": the kind first)
      if (x.kind == MentionKind::kEvent && year + 1 == x.name_end) {
        int kind_at = -1;
        for (int k = x.name_begin + 1; k + 1 < year; ++k)
          if (t_[k].Is(kLower) && (bits_[k] & kEventAnaphor)) kind_at = k;
        bool named = kind_at > 0;
        for (int k = kind_at + 1; k < year && named; ++k) named = t_[k].Is(kCap);
        if (named) {
          x.name_begin = kind_at + 1;
          x.name = Text(kind_at + 1, year + 1);
        }
        continue;
      }
      bool lower_after = true;
      for (int k = year + 1; k < x.name_end && lower_after; ++k) lower_after = t_[k].Is(kLower);
      if (!lower_after) continue;
      int head_end = x.end;
      if (x.kind == MentionKind::kOrganization) {
        if (x.end >= n_ || !t_[x.end].Is(kLower) || !lex_.PhraseAt(s_, x.end, kEventAnaphor)) continue;
        head_end = x.end + lex_.PhraseAt(s_, x.end, kEventAnaphor);
      } else if (!(bits_[x.name_end - 1] & kEventAnaphor) || !t_[x.name_end - 1].Is(kLower)) {
        continue;
      }
      x.kind = MentionKind::kEvent;
      x.name_end = year + 1;
      x.name = Text(x.name_begin, year + 1);
      x.end = head_end;
      x.country = nullptr;
    }
  }

  // 'the joint exercise of the CSTO Collective Rapid Reaction Forces
  // "Rubezh-2028"': a quoted name after a gathering's kind and the body
  // that holds it names the gathering, not the body.
  // "thanked the people of Japan", "the Government and the people of
  // Japan": the country (a judgement of its people is one of the country)
  void PeopleOfCountry() {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      Mention& x = mentions_[m];
      if (dead_[m] || x.kind != MentionKind::kCountry || x.begin < 3) continue;
      int b = x.begin;
      if (t_[b - 1].key != "of"sv || (t_[b - 2].key != "people"sv && t_[b - 2].key != "peoples"sv)) continue;
      b -= 2;
      if (b >= 1 && t_[b - 1].key == "the"sv) --b;
      // ("the Government and people of", "the Government and the people of")
      if (b >= 3 && t_[b - 1].key == "and"sv && t_[b - 2].key == "government"sv && t_[b - 3].key == "the"sv &&
          MentionAt(b - 2) < 0)
        b -= 3;
      if (b > 0 && MentionAt(b - 1) >= 0 && mentions_[MentionAt(b - 1)].end > b) continue;
      x.begin = b;
    }
  }

  void QuotedGatheringOfBody() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& x = mentions_[r];
      if (dead_[r] || x.kind != MentionKind::kOrganization || x.end < 3 || !t_[x.end - 1].Is(kQuoteClose)) continue;
      int open = x.end - 2;
      while (open > x.begin && !t_[open].Is(kQuoteOpen)) --open;
      if (open <= x.begin || open + 1 >= x.end - 1 || !t_[open + 1].Is(kCap)) continue;
      int k = x.begin;
      while (k > 0 && (t_[k - 1].key == "the"sv || t_[k - 1].key == "of"sv)) --k;
      // (the body may be a mention of its own that this one overlaps)
      for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
        if (o != r && !dead_[o] && mentions_[o].end > k && mentions_[o].begin < x.begin) {
          k = mentions_[o].begin;
          while (k > 0 && (t_[k - 1].key == "the"sv || t_[k - 1].key == "of"sv)) --k;
        }
      if (k == 0 || k == x.begin || !t_[k - 1].Is(kLower) || !(bits_[k - 1] & kEventAnaphor)) continue;
      for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
        if (o != r && mentions_[o].begin >= k && mentions_[o].end <= x.end) dead_[o] = true;
      x.kind = MentionKind::kEvent;
      x.name_begin = open + 1;
      x.name_end = x.end - 1;
      x.name = Text(open + 1, x.end - 1);
      x.begin = k - 1;
      x.entry = nullptr;
      x.country = nullptr;
    }
  }

  // "Lee Sang-hoon (Republic of Korea)", "Ali Al Thani (State of Qatar)": a
  // country in brackets right after a person is the person's country, no
  // actor of its own. (A one-word country is taken inside the region:
  // BracketCountry.)
  void BracketedCountries() {
    for (int p = 0; p < static_cast<int>(mentions_.size()); ++p) {
      Mention& m = mentions_[p];
      if (dead_[p] || m.kind != MentionKind::kPerson || m.end + 2 >= n_ || t_[m.end].key != "("sv) continue;
      int c = MentionAt(m.end + 1);
      if (c < 0 || mentions_[c].kind != MentionKind::kCountry || !mentions_[c].entry ||
          mentions_[c].begin != m.end + 1 || mentions_[c].end >= n_ || t_[mentions_[c].end].key != ")"sv)
        continue;
      if (!m.country) m.country = mentions_[c].entry;
      m.end = mentions_[c].end + 1;
      dead_[c] = true;
    }
  }

  // "the Astana International Forum 2028 (AIF 2028)": the short name in
  // brackets after an event is the same event (the resolver keeps it as an
  // alias), not a second one.
  void BracketedEventNames() {
    for (int p = 0; p < static_cast<int>(mentions_.size()); ++p) {
      Mention& m = mentions_[p];
      if (dead_[p] || m.kind != MentionKind::kEvent || m.end + 2 >= n_ || t_[m.end].key != "("sv) continue;
      int c = MentionAt(m.end + 1);
      if (c < 0 || c == p || mentions_[c].kind != MentionKind::kEvent || mentions_[c].begin != m.end + 1 ||
          mentions_[c].end >= n_ || t_[mentions_[c].end].key != ")"sv)
        continue;
      m.end = mentions_[c].end + 1;
      dead_[c] = true;
    }
  }

  // "Russia's embassy in Oslo", "the Embassy of Japan in Turkmenistan": an
  // embassy is named by both countries, "Embassy of Russia in Norway"
  void EmbassiesIn() {
    for (int p = 0; p < static_cast<int>(mentions_.size()); ++p) {
      Mention& m = mentions_[p];
      if (dead_[p] || m.kind != MentionKind::kOrganization || m.entry || !m.country || m.name_end <= m.name_begin ||
          m.end + 1 >= n_ || t_[m.end].key != "in"sv)
        continue;
      bool embassy = false;
      for (int k = m.name_begin; k < m.name_end && !embassy; ++k) embassy = t_[k].key == "embassy"sv;
      int c = MentionAt(m.end + 1);
      if (!embassy || c < 0 || mentions_[c].begin != m.end + 1 || !mentions_[c].entry ||
          (mentions_[c].kind != MentionKind::kCapital && mentions_[c].kind != MentionKind::kCountry) ||
          mentions_[c].entry == m.country)
        continue;
      m.name = "Embassy of " + m.country->actor.name + " in " + mentions_[c].entry->actor.name;
      m.end = mentions_[c].end;
      dead_[c] = true;
    }
  }

  // "Deputy Minister of Investment, Trade and Industry Lim Wei Jian",
  // "Secretary of State for Ibero-America and the Caribbean Susana Guerrero
  // Lobato", "the Minister of Police, National Security and Correctional
  // Services, Frederick Kologeto": a title whose portfolio is a list ends
  // with one untitled name. (Two people, "the Minister of Defence and
  // Foreign Minister X", keep their own titles and stay two.)
  void PortfolioTitles() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      if (dead_[r] || mentions_[r].kind != MentionKind::kRole || !mentions_[r].owner.empty()) continue;
      int k = mentions_[r].end;
      bool joined = false;
      int material = 0;  // capitalised portfolio words after the role
      int person = -1;
      for (int steps = 0; k < n_ && steps < 12; ++steps) {
        const Token& t = t_[k];
        int m = MentionAt(k);
        // (a titled person after a comma, once the portfolio went on: "Minister
        // of Industry and Advanced Technology, Group CEO X")
        bool chained = m >= 0 && mentions_[m].titled && material > 0 && k > 0 && t_[k - 1].key == ","sv;
        // (a lone capitalised word before "and" or a comma is one more
        // portfolio: "Foreign Affairs, Emigration and Egyptian Expatriates X")
        if (m >= 0 && mentions_[m].kind == MentionKind::kPerson && !mentions_[m].entry &&
            mentions_[m].end - mentions_[m].begin == 1 && mentions_[m].end < n_ &&
            (t_[mentions_[m].end].key == "and"sv || t_[mentions_[m].end].key == ","sv)) {
          ++material;
          k = mentions_[m].end;
          continue;
        }
        // (a known person ends it only once the portfolio went on past a comma)
        bool known = m >= 0 && mentions_[m].entry && joined && material > 0;
        if (m >= 0 && mentions_[m].kind == MentionKind::kPerson && (!mentions_[m].titled || chained) &&
            (!mentions_[m].entry || known)) {
          person = m;
          break;
        }
        if (t.key == ","sv || t.key == "and"sv || t.key == "&"sv) {
          joined = true;
          ++k;
          continue;
        }
        // ("Presidential Adviser on Peace, Reconciliation and Unity X": a
        // portfolio after "on" right after the title)
        if (t.key == "the"sv || t.key == "of"sv || t.key == "for"sv || (t.key == "with"sv && material > 0) ||
            (t.key == "on"sv && steps == 0)) {
          ++k;
          continue;
        }
        if (m >= 0 && (mentions_[m].kind == MentionKind::kOrganization || mentions_[m].kind == MentionKind::kCountry)) {
          material += mentions_[m].end - mentions_[m].begin;
          k = mentions_[m].end;
          continue;
        }
        if (m < 0 && t.Is(kWord) && t.Is(kCap) && !(bits_[k] & (kTitle | kFunction))) {
          ++material;
          ++k;
          continue;
        }
        break;
      }
      if (person < 0 || !joined) continue;
      Mention& p = mentions_[person];
      int name_b = p.name_begin;
      // "the Caribbean Susana Guerrero Lobato": after "the", a word of the title
      if (name_b > 0 && t_[name_b - 1].key == "the"sv && p.name_end - name_b >= 3) ++name_b, ++material;
      // "Trade and Export Growth Lucia Moretti": the last two words name her
      bool plain = true;
      for (int j = name_b; j < p.name_end; ++j) plain = plain && t_[j].Is(kCap) && !(bits_[j] & kParticle);
      // (unless its first words are the portfolio's, plurals or things:
      // "Plantation and Commodities Johari Abdul Ghani")
      if (plain && p.name_end - name_b >= 4) {
        int field_end = name_b;
        while (field_end + 2 < p.name_end && t_[field_end].key.size() > 4 &&
               (t_[field_end].key.back() == 's' || ThingNoun(t_[field_end].key)))
          ++field_end;
        int keep = field_end > name_b ? field_end : p.name_end - 2;
        material += keep - name_b, name_b = keep;
      }
      // ("Water Resources and Irrigation Sunita Karki": a thing's noun first)
      if (plain && p.name_end - name_b == 3 && ThingNoun(t_[name_b].key)) ++name_b, ++material;
      // "Relations with Compatriots Leonid Kalashnikov": a plural noun after
      // the portfolio's "with" ends it
      std::string_view first_word = t_[name_b].key;
      if (plain && p.name_end - name_b == 3 && name_b > 0 && t_[name_b - 1].key == "with"sv &&
          first_word.size() >= 6 && first_word.back() == 's')
        ++name_b, ++material;
      material += name_b - p.begin - (p.begin < name_b && t_[p.begin].key == "the"sv ? 1 : 0);
      if (material == 0 || p.name_end - name_b < 2) continue;
      Mention& x = mentions_[r];
      int role_e = name_b;
      while (role_e > x.begin && (t_[role_e - 1].key == ","sv || t_[role_e - 1].key == "the"sv)) --role_e;
      int role_b = x.begin < n_ && t_[x.begin].Is(kWord) && IsDetKey(t_[x.begin].key) ? x.begin + 1 : x.begin;
      x.kind = MentionKind::kPerson;
      x.entry = p.entry;
      if (p.country) x.country = p.country;
      x.role = Text(role_b, role_e);
      x.name_begin = name_b;
      x.name_end = p.name_end;
      x.name = Text(name_b, p.name_end);
      x.end = p.end;
      x.titled = true;
      for (int o = 0; o < static_cast<int>(mentions_.size()); ++o)
        if (o != r && !dead_[o] && mentions_[o].begin >= mentions_[r].begin && mentions_[o].end <= x.end &&
            mentions_[o].begin < x.end)
          dead_[o] = true;
    }
  }

  // "UN Special Rapporteur on the right to education Farida Shaheed": a
  // title's portfolio in lower-case words after "on" or "for", then the name.
  void LowerPortfolioTitles() {
    for (int r = 0; r < static_cast<int>(mentions_.size()); ++r) {
      Mention& x = mentions_[r];
      if (dead_[r] || x.kind != MentionKind::kRole || !x.owner.empty() || x.end + 2 >= n_ ||
          (t_[x.end].key != "on"sv && t_[x.end].key != "for"sv))
        continue;
      int k = x.end + 1;
      bool countries = false;  // "for the process between Türkiye and Armenia"
      while (k < n_ && k < x.end + 12) {
        int c = MentionAt(k);
        if (c >= 0 && !dead_[c] && mentions_[c].kind == MentionKind::kCountry && mentions_[c].begin == k) {
          countries = true;
          k = mentions_[c].end;
          continue;
        }
        if (c >= 0 || !t_[k].Is(kWord) || !t_[k].Is(kLower) ||
            (bits_[k] & (kVerb | kSpeechVerb | kRelative | kSubordinator)))
          break;
        ++k;
      }
      // ("Special Envoy of Türkiye for the normalization process between
      // Türkiye and Armenia, Ambassador Serdar Kılıç,": the name set off by
      // commas, titled or not, once the role named its country)
      bool apposed = x.country && k + 1 < n_ && t_[k].key == ","sv && MentionAt(k + 1) >= 0 &&
                     mentions_[MentionAt(k + 1)].begin == k + 1 &&
                     mentions_[MentionAt(k + 1)].kind == MentionKind::kPerson &&
                     !mentions_[MentionAt(k + 1)].entry && mentions_[MentionAt(k + 1)].end < n_ &&
                     t_[mentions_[MentionAt(k + 1)].end].key == ","sv;
      if (apposed) {
        int p = MentionAt(k + 1);
        if (dead_[p] || mentions_[p].name_end - mentions_[p].name_begin < 2) continue;
        TakeHolder(r, p, k);
        continue;
      }
      if (countries) continue;
      int p = k > x.end + 1 && k < n_ ? MentionAt(k) : -1;
      if (p < 0 || dead_[p] || mentions_[p].begin != k || mentions_[p].kind != MentionKind::kPerson ||
          mentions_[p].titled || mentions_[p].entry || mentions_[p].name_end - mentions_[p].name_begin < 2)
        continue;
      // (not "thanked the President for the extension of the Shah Deniz
      // agreement": a name after "the" or "of", or one that a noun follows,
      // is part of a thing)
      std::string_view before = t_[k - 1].key;
      int after = mentions_[p].end;
      if (before == "the"sv || before == "of"sv || before == "a"sv ||
          (after < n_ && t_[after].Is(kWord) && t_[after].Is(kLower) && !(bits_[after] & (kVerb | kSpeechVerb))))
        continue;
      TakeHolder(r, p, k);
    }
  }

  // "Azerbaijani experts — A, B, and C —": the group is its members.
  void DashLists() {
    for (int g = 0; g < static_cast<int>(mentions_.size()); ++g) {
      Mention& m = mentions_[g];
      if (dead_[g] || m.kind != MentionKind::kGroup) continue;
      int k = m.end;
      if (k >= n_ || !(t_[k].Is(kDash) || t_[k].key == ":"sv || t_[k].key == "("sv)) continue;
      ++k;
      std::vector<int> members;
      while (k < n_) {
        int next = MentionAt(k);
        if (next < 0 || mentions_[next].kind != MentionKind::kPerson) break;
        members.push_back(next);
        k = mentions_[next].end;
        if (k < n_ && t_[k].key == ","sv) ++k;
        if (k < n_ && t_[k].key == "and"sv) ++k;
      }
      if (members.size() < 1) continue;
      if (k < n_ && (t_[k].Is(kDash) || t_[k].key == ")"sv)) ++k;
      m.members = members;
      m.end = k;
    }
    // A group with no members names its country.
    for (int g = 0; g < static_cast<int>(mentions_.size()); ++g) {
      Mention& m = mentions_[g];
      if (dead_[g] || m.kind != MentionKind::kGroup || !m.members.empty() || m.by_country) continue;
      if (m.countries.size() == 1) {
        m.kind = MentionKind::kCountry;
        m.entry = m.countries[0];
      } else if (m.countries.size() > 1) {
        m.kind = MentionKind::kCountryList;
      } else {
        dead_[g] = true;
      }
    }
  }

  // "received the credentials at the Balairung Seri, Istana Negara": a
  // name with no title or dictionary entry right after "at" is a place,
  // and so is one set after it by a comma
  void PlacesAfterAt() {
    int place_end = -1;
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& x = mentions_[m];
      if (dead_[m] || x.kind != MentionKind::kPerson || x.entry || x.titled || !x.role.empty()) continue;
      int b = x.begin;
      bool after_at = b > 0 && t_[b - 1].key == "at"sv;
      bool apposed = place_end >= 0 && b == place_end + 1 && t_[place_end].key == ","sv;
      if (!after_at && !apposed) continue;
      dead_[m] = true;
      place_end = x.end;
    }
  }

  // "brought together MEPs, NGOs and CEOs": an acronym in the plural,
  // alone, is people or bodies of a kind, no actor
  void PluralAcronyms() {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& x = mentions_[m];
      if (dead_[m] || x.entry || x.end - x.begin != 1 ||
          (x.kind != MentionKind::kPerson && x.kind != MentionKind::kOrganization))
        continue;
      std::string word = s_.Span(x.begin, x.end);
      dead_[m] = word.size() >= 3 && word.back() == 's' &&
                 std::all_of(word.begin(), word.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
    }
  }

  // "met representatives of Hyundai Rotem": capitalised words with no
  // title, role or dictionary entry after a body's people ("executives
  // of", "a delegation of") name the body, not a person
  void BodiesAfterTheirPeople() {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      Mention& x = mentions_[m];
      if (dead_[m] || x.kind != MentionKind::kPerson || x.entry || x.titled || !x.role.empty()) continue;
      if (x.name_end - x.name_begin < 2 || x.begin < 2) continue;
      std::string_view link = t_[x.begin - 1].key;
      // (not "from": "a delegation from Santa Cruz" is from a place)
      if (link != "of"sv) continue;
      if (!InWordClass("body_people", t_[x.begin - 2].key)) continue;
      x.kind = MentionKind::kOrganization;
    }
  }

  // "Acting Minister of Agriculture X attended", "attended by acting
  // Minister X", "the newly elected Speaker X": words that qualify the
  // office ("acting", "interim", "outgoing", "newly appointed") belong to
  // the person's phrase, not to the clause
  void TitlePremodifiers() {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      Mention& x = mentions_[m];
      if (dead_[m] || (x.kind != MentionKind::kPerson && x.kind != MentionKind::kRole) || x.begin == 0) continue;
      int k = x.begin - 1;
      if (!t_[k].Is(kWord) || MentionAt(k) >= 0) continue;
      std::string_view w = t_[k].key;
      // ("The newly elected Speaker X met ...": "newly" and a participle)
      if (k > 0 && t_[k - 1].key == "newly"sv && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) {
        --k;
      } else if (!InWordClass("title_premodifier", w)) {
        continue;
      }
      if (k > 0 && (t_[k - 1].key == "the"sv || t_[k - 1].key == "a"sv) && MentionAt(k - 1) < 0) --k;
      x.begin = k;
    }
  }

  void MarkPossessives() {
    for (Mention& m : mentions_)
      if (m.end < n_ && t_[m.end].Is(kPossessive)) m.possessive = true;
  }

  struct Arrays {
    std::vector<uint64_t> bits;
    std::vector<DictHit> dict;
    std::vector<int> of_from;
    std::vector<uint16_t> cls;
    // (bytes, not std::vector<bool>'s bits: asked at every mention by
    // some thirty passes, where a bit costs a shift and a mask each time)
    std::vector<char> dead;
    std::deque<std::vector<Elem>> elems;  // Interpret's, one a nesting level
  };
  // Counts a nesting level of Interpret while it lasts.
  struct Nested {
    explicit Nested(std::size_t* depth) : depth_(depth) { ++*depth_; }
    ~Nested() { --*depth_; }
    std::size_t* depth_;
  };
  static Arrays& Scratch() {
    thread_local Arrays arrays;
    return arrays;
  }

  const Sentence& s_;
  const std::vector<Token>& t_;
  const Lexicon& lex_;

  // "the graduation ceremony of ADA University": a ceremony, an event, a
  // panel is not named by what it belongs to (any_event_anaphor).
  bool AnyEventAnaphor(const Elem& h) const {
    const std::vector<std::string>& words = lex_.patterns().Words("any_event_anaphor");
    return std::find(words.begin(), words.end(), t_[h.e - 1].key) != words.end();
  }
  int n_;
  SentenceMentions& out_;
  std::vector<uint64_t>& bits_;
  std::vector<DictHit>& dict_;
  std::vector<int>& of_from_;  // the first "of" at or after each token (n_: none)
  std::vector<uint16_t>& cls_ = Scratch().cls;  // per token: its WordTag bits (Lexicon::Tag)
  std::deque<std::vector<Elem>>& elems_ = Scratch().elems;
  std::size_t depth_ = 0;      // Interpret's nesting
  bool quote_open_ = false;    // some token opens a quote
  // The union of the tokens' word classes as Prepare first sets them (a
  // superset of what it leaves) and of their phrases' classes: the main
  // loop asks per token for classes most sentences have nowhere.
  uint64_t any_bits_ = 0, any_phrase_bits_ = 0;
  std::vector<Mention>& mentions_;  // out_.mentions
  std::vector<char>& dead_;
  Mention pending_;
};

}  // namespace

SentenceMentions FindMentions(const Sentence& sentence, const Lexicon& lexicon) {
  SentenceMentions out;
  FindMentions(sentence, lexicon, &out);
  return out;
}

void FindMentions(const Sentence& sentence, const Lexicon& lexicon, SentenceMentions* out) {
  Finder(sentence, lexicon, out).Run();
}

}  // namespace engine
}  // namespace actorgraph
