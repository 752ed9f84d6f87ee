// Private to the extraction engine: pass 3 of one item (see extract_item.h).
// ItemProcessor resolves the item's mentions to actors, finds each clause's
// subject, applies the pattern rules and decides modality, date and place.
// Its methods are spread over item_*.cc by concern; it holds references to
// the item, the lexicon and the document's state, all of which must outlive it.

#ifndef ACTORGRAPH_EXTRACT_ITEM_PROCESSOR_H_
#define ACTORGRAPH_EXTRACT_ITEM_PROCESSOR_H_

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <cstdint>
#include <functional>
#include <map>
#include <new>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "extract_item.h"

namespace actorgraph {
namespace engine {


// The words of a folded key.
inline std::vector<std::string> Words(const std::string& key) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < key.size()) {
    std::size_t e = key.find(' ', b);
    if (e == std::string::npos) e = key.size();
    if (e > b) out.push_back(key.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

inline std::string LastWord(const std::string& key) {
  std::size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

// The singular of a plural title: "chairmen" -> "chairman", "secretaries"
// -> "secretary", "ministers" -> "minister".
inline std::string SingularTitle(const std::string& plural) {
  std::size_t n = plural.size();
  if (n > 4 && plural.compare(n - 3, 3, "men") == 0) return plural.substr(0, n - 3) + "man";
  if (n > 4 && plural.compare(n - 3, 3, "ies") == 0) return plural.substr(0, n - 3) + "y";
  if (n > 1 && plural.back() == 's') return plural.substr(0, n - 1);
  return plural;
}

inline bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

inline void AddUnique(std::vector<std::string>* v, const std::string& x) {
  if (x.empty() || Contains(*v, x)) return;
  // (lists of ids grow one by one, most to a few: room for four at once
  // rather than growths of one, two and four, each moving the ids)
  if (v->capacity() == 0) v->reserve(4);
  v->push_back(x);
}

// AddUnique of each of `xs` in turn, moving them (the whole vector when
// `*v` is empty and `xs` has no empty or repeated id).
inline void AddUniqueAll(std::vector<std::string>* v, std::vector<std::string>&& xs) {
  bool as_is = v->empty();
  for (std::size_t i = 0; as_is && i < xs.size(); ++i)
    as_is = !xs[i].empty() && std::find(xs.begin(), xs.begin() + i, xs[i]) == xs.begin() + i;
  if (as_is) {
    *v = std::move(xs);
    return;
  }
  for (std::string& x : xs)
    if (!x.empty() && !Contains(*v, x)) v->push_back(std::move(x));
}

enum class Use { kSubject, kObject, kOther };

struct PersonInfo {
  std::string id;
  int s = 0, k = 0;            // where it is named
  std::string role_key;        // MatchKey of its role as written
  std::string office_key;      // MatchKey of its title word(s)
  std::string country;         // country id
  bool org_role = false;       // its office is in an organisation ("of the European Commission")
};

struct Subject {
  std::vector<std::string> ids;
  int mention = -1;  // own subject mention, -1 when inherited or none
  int end = -1;      // token after the subject mention (own subjects)
  std::vector<int> mentions;  // the list's mentions (own subjects)
};

struct Fill {
  std::vector<std::string> ids;
  std::vector<int> mentions;
  int end = 0;
  std::string place;
  bool capital = false;  // the place is the country's capital
};

// A match's fills by slot letter, as a std::map<char, Fill> would hold
// them (operator[] adds an empty fill; references stay valid as fills are
// added), but the first few kept in place instead of a node each.
class SlotFills {
 public:
  SlotFills() = default;
  SlotFills(const SlotFills&) = delete;
  SlotFills& operator=(const SlotFills&) = delete;
  ~SlotFills() {
    for (int i = 0; i < n_; ++i) At(i).~Fill();
  }
  Fill& operator[](char slot) {
    for (int i = 0; i < n_; ++i)
      if (letters_[i] == slot) return At(i);
    if (n_ == kInline || more_.count(slot)) return more_[slot];
    letters_[n_] = slot;
    return *new (&store_[n_++]) Fill();
  }
  std::size_t count(char slot) const {
    for (int i = 0; i < n_; ++i)
      if (letters_[i] == slot) return 1;
    return more_.count(slot);
  }

 private:
  static constexpr int kInline = 6;
  Fill& At(int i) { return *std::launder(reinterpret_cast<Fill*>(&store_[i])); }
  std::aligned_storage_t<sizeof(Fill), alignof(Fill)> store_[kInline];
  char letters_[kInline];
  int n_ = 0;
  std::map<char, Fill> more_;  // letters after the first kInline
};

class ItemProcessor {
 public:
  ItemProcessor(const ItemText& it, const Lexicon& lex, DocState* doc)
      : it_(it), lex_(lex), dict_(lex.dictionary()), doc_(doc), reg_(doc->registry) {}

  std::vector<Found> Run();

 private:
  const Sentence& S(int s) const { return it_.sentences[s]; }
  const Mention& M(int s, int m) const { return it_.mentions[s].mentions[m]; }
  int NTok(int s) const { return static_cast<int>(it_.sentences[s].tokens.size()); }
  const Token& T(int s, int k) const { return it_.sentences[s].tokens[k]; }
  int At(int s, int k) const { return it_.mentions[s].at[k]; }
  int MentionStartingAt(int s, int k) const {
    if (k < 0 || k >= NTok(s)) return -1;
    int m = At(s, k);
    return m >= 0 && M(s, m).begin == k ? m : -1;
  }
  uint64_t Bits(int s, int k) const { return S(s).bits[k]; }
  // Whether sentence s may have a token with this key: false only when
  // none has (a filter of the keys' sizes and ends, made once per
  // sentence), so a pass that reads nothing unless one of its words is
  // there can stop at once.
  static uint64_t KeyBit(std::string_view key) {
    if (key.empty()) return 1;
    unsigned mix = static_cast<unsigned>(key.size()) * 7u + static_cast<unsigned char>(key.front()) * 3u +
                   static_cast<unsigned char>(key.back());
    return uint64_t{1} << (mix & 63u);
  }
  bool MayHaveKey(int s, std::string_view key) const { return (key_bits_[s] & KeyBit(key)) != 0; }
  // Token k's key in a word class of the pattern table (a short class: a
  // scan of its folded words).
  bool InClass(int s, int k, std::string_view word_class) const { return InWordClass(word_class, T(s, k).key); }
  // A key in a word class of the pattern table.
  bool InWordClass(std::string_view word_class, std::string_view key) const {
    return lex_.InWordClass(word_class, key);
  }
  // Whether a role's key holds a word or phrase of the class as whole words
  // ("chief of the general staff" holds "general staff").
  bool RoleHas(std::string_view role_key, std::string_view word_class) const {
    for (const std::string& w : lex_.LowerWordClass(word_class))
      for (std::size_t at = role_key.find(w); at != std::string_view::npos; at = role_key.find(w, at + 1)) {
        std::size_t end = at + w.size();
        if ((at == 0 || role_key[at - 1] == ' ') && (end == role_key.size() || role_key[end] == ' ')) return true;
      }
    return false;
  }
  void NoteKeyBits();
  void NoteBodySubject(int s);
  bool GroupIncluding(int s, int c);

  // ---------------------------------------------------------------- persons

  void CollectPersons();

  // The id of a person mention (cached per mention: the reference is the
  // cache's and lives as long as the processor).
  const std::string& PersonId(int s, const Mention& x);

  std::string PersonIdUncached(int s, const Mention& x);

  // The actor has a spelling of two words or more ending with `key`.
  bool HasSurname(const Actor& a, const std::string& key) const;

  // ----------------------------------------------------------------- events

  struct EventInfo {
    std::string id, head;  // head: its name's key ("9th meeting of the joint commission")
    int s, k;
    // the part of it the text named it by: "ceremony" for "the opening
    // ceremony of Baku Energy Week", else ""
    std::string part;
    // the words of its kind the text set around its name ("exercise" in
    // "the Andean Condor 2027 air force exercise"), else ""
    std::string kind;
    // A meeting of sides, not a forum one takes part in: its noun (before
    // the first "of", else the last word) is "meeting", "talks", ...
    // ("12th round of the X Talks" is a round).
    bool IsMeeting() const;
  };

  void CollectEvents();

  std::string EventId(int s, const Mention& x);
  // An event the item named before whose name has the words of `name`
  // (or `name` has all of its), else "".
  std::string SameGatheringByWords(int s, const Mention& x, const std::string& name) const;
  std::string QuotedTitle(int s, const Mention& x) const;

  // Those of `ids` whose role has the title of a plural anaphor ("the
  // ministers": "minister"); all of them when it gives a count that fails.
  // `exact_count`: nothing when the anaphor's count ("the two ministers")
  // is not met.
  std::vector<std::string> WithTitle(const std::vector<std::string>& ids, const Mention& x,
                                     bool exact_count = true) const;

  // The persons first named before sentence s, in that order.
  std::vector<std::string> PersonsBefore(int s) const;
  // The same, then those named in sentence s before token k.
  std::vector<std::string> PersonsBefore(int s, int k) const;
  // The country of a person: the registry's, else the one the item wrote
  // beside the name, else (in an embassy's digest) the host's; "" if none.
  std::string PersonCountry(const std::string& id, bool host_fallback = true) const;
  // Those of `ids` who hold `office` (an office id: "head-of-state") on the
  // item's date, by the dictionary or by the title the item gives them.
  std::vector<std::string> Holding(const std::vector<std::string>& ids, const std::string& office) const;

  // The participants of the last meeting or call found (all pairs of its
  // sentence), or nothing; `latest`, when given, gets that interaction.
  std::vector<std::string> LatestContact(const Found** latest = nullptr) const;

  // The gathering named earlier in the item whose name ends in `noun`
  // ("meeting" -> "21st EU-Central Asia Ministerial Meeting"), else "".
  std::string GatheringCalled(int s, int k, std::string_view noun) const;

  std::string EventAnaphor(int s, const Mention& x);

  // ----------------------------------------------------------------- author

  // Who speaks in the item: "MINVAL: ..." in the headline, "the statement of
  // X", "The article by X", "X's post".
  void FindAuthor();

  // The speaker of quote q: "..." X said / X said: "..." / X's post: "...".
  std::string QuoteSpeaker(int q);

  std::string SpeakerAfter(int s, int k);

  std::string SpeakerBefore(int s, int k);
  std::string ReportingSpeaker(int s, int k);

  // The speaker of sentence s at token k: its quote's, else the headline
  // label, else the item's author.
  std::string Speaker(int s, int k);

  // ------------------------------------------------------------- resolution

  std::vector<std::string> Resolve(int s, int m, Use use);

  std::string DelegationLeader();

  // The person the item says led `country`'s delegation, else "".
  std::string DelegationLeaderOf(const std::string& country);

  // Where the item says "led respectively by", "co-chairmanship" or
  // "co-chaired": (sentence, token) of that word, in text order.
  const std::vector<std::pair<int, int>>& LedRespectively();

  // A person named by role: the item's person with that role, else the
  // holder of the office on the item's date, else the country.
  std::string ResolveRole(int s, const Mention& x, Use use);
  // Whether person p, of no country given, may be the digest host's holder
  // of a generic role with that head word: "the top Chilean legislator" is
  // a legislature's member, "the Chilean official" any office holder (no
  // businessman or journalist).
  bool HostOfficeFits(std::string_view head, const PersonInfo& p) const;
  bool ForeignMinisterOtherThan(const std::string& id) const;

  // The person's own title, or its role without "of <country>", names the
  // office or one that implies it ("President" implies "head of state").
  bool OfficeMeans(const PersonInfo& p, const std::string& canonical) const;

  bool RoleMentionsOrg(const PersonInfo& p, const DictionaryEntry* org) const;

  bool HoldsOffice(const std::string& id, const std::string& canonical) const;

  bool InRange(const Role& r) const;

  // The office a person holds on the item's date (canonical id when known).
  std::string OfficeOf(const std::string& id) const;

  // --------------------------------------------------------------- subjects

  bool Eligible(int s, const Mention& x);

  // The first eligible mention of clause c before its first verb.
  int AfterOpeningPhrase(int s, int c, int start);
  int OwnSubject(int s, int c);
  bool ParticipleAfterSubordinator(int s, const Clause& clause) const;

  void Subjects(int s);

  void NotePersons(const std::vector<std::string>& ids);

  void NoteSubject(const std::vector<std::string>& ids);

  // ------------------------------------------------------------------ lists

  bool IsElaboration(int s, int k, int* len) const;

  // A noun phrase of plain words ("other European institutions"), up to 6.
  int GenericEnd(int s, int k) const;

  // "received", "hosted", "met" ... at token k: a verb whose object may be
  // "visiting X" (the participle describes X).
  bool VisitorHostVerb(int s, int k) const;
  bool SlotAccepts(char slot, const Mention& x) const;

  // Parses "A, B and C" from token k. `prep`: a preposition that may repeat
  // before each member ("to the participants and to President Aliyev").
  bool ParseList(int s, int k, char slot, const std::string* prep, Fill* out);

  // "his Turkish and Georgian counterparts, A and B": the role's holders.
  int AfterDescription(int s, int p, const std::string* prep = nullptr) const;
  // "the Dubai-registered ship manager X", "Russian shipping executive Y":
  // where a named organisation or person (no title of its own) follows a
  // description of one to four common words at p, the name's first token;
  // else p.
  int DescribedName(int s, int p) const;
  // "the squadron's commander, Rear Admiral X", "its owner, Y": where a
  // lower-case office no mention covers opens at p and its holder follows
  // between commas (titled, or a plain name of two words or more), the
  // holder's first token; else p.
  int DescribedHolder(int s, int p) const;
  int Apposition(int s, int p, std::vector<int>* items);

  // "criticized the decision", "rejected the statement", "condemned the
  // resolution adopted by X": the act's author.
  int ActAnaphor(int s, int p, std::vector<std::string>* ids);

  bool SameCountry(const std::string& id, const std::vector<std::string>& others) const;
  bool LoneDemonym(int s, int j) const;
  // The body named last before token k of sentence s whose name holds the
  // word `head` ("the Council"), or "".
  std::string BodyNamedWith(int s, int k, std::string_view head);
  // Whether `id` speaks for the same side as `others`: the same country,
  // unless all of them are persons.
  bool OneSide(const std::string& id, const std::vector<std::string>& others) const;

  bool GenericPlural(const Mention& x) const;

  // The destination of a visit: a country, a capital, a known place.
  bool ParseDestination(int s, int k, Fill* out);
  void MoreDestinations(int s, Fill* fill);

  // The last organisation named before token k (itself, or the body of a
  // role: "NATO Secretary General Mark Rutte").
  const DictionaryEntry* OrgAnaphor(int s, int k) const;

  const DictionaryEntry* CountryAnaphor(int s, int k) const;
  // "the Kingdom" at token k+1 (after "the"): the latest country named
  // before whose name or alias has that form of state ("Kingdom of
  // Bahrain"), not the clause subject's own, else the digest's host if it
  // has that form; null when none.
  const DictionaryEntry* StateFormCountry(int s, int k) const;
  // The countries of the clause's subject (with `persons`, also those the
  // item gave its persons).
  std::set<std::string> SubjectCountries(bool persons) const;
  // The latest country named before token k of sentence s that `fits` and
  // is not in `own` (a country mention's, or the country of a person's or
  // body's mention), else null.
  const DictionaryEntry* LatestCountryBefore(int s, int k, const std::set<std::string>& own,
                                             const std::function<bool(const DictionaryEntry*)>& fits) const;

  // A known place, possibly several words ("New York", "St. Petersburg").
  bool PlaceAt(int s, int k, Fill* out);

  // ------------------------------------------------------------------ rules

  struct Match {
    SlotFills slots;
    int end = 0;
  };

  bool NoActorAt(int s, int k) const;
  bool SkippableGathering(int s, int m) const;
  bool StartsClause(int s, int k) const;
  int PublishedBy(int s, const Mention& x) const;
  std::string LatestMinistry() const;
  struct StatesNamed {
    bool foreign = false;  // a state other than the digest's host
    bool home = false;     // the host, as a country or capital
  };
  StatesNamed StatesBefore(int s, int k) const;
  std::string HostBodyInDictionary(const std::string& body);
  std::string HomeBody(int s, int k, const std::string& body);
  static bool Patronymic(const std::string& word);
  static bool Diplomat(const std::string& word);
  std::string DemonymAuthor(int s, const Mention& x) const;
  std::string UtteranceAuthor(int s, int m);
  std::string BodyNamedBefore(int s, const Mention& x) const;
  const Actor* LatestPartner(const std::string& id, bool calls) const;
  const Actor* PersonOfLatestMeeting(const std::string& country) const;
  const Actor* PersonMetOf(const std::string& id, const std::string& country, bool calls, bool any = false) const;
  static bool SittingBody(const std::string& name);
  bool PlainToken(int s, int k, int clause) const;

  // ", who is on a visit to Georgia," and "(...)": insertions a pattern
  // reads over.
  int SkipInserted(int s, int pos) const;
  int AfterDay(int s, int pos) const;
  // The token after a named place written at pos ("in Damascus", "at
  // Baku") when a person or a delegation follows it, else pos.
  int AfterPlace(int s, int pos) const;
  int AfterAdjuncts(int s, int pos, int clause) const;
  // The token after "at|in his office" or "in the Government Palace"
  // (no actor named) at p, else p.
  int PlainPlaceEnd(int s, int p, int clause) const;
  // "office", "residence", "premises", "headquarters": a noun that names
  // where someone receives visitors.
  static bool PlaceNoun(std::string_view key);

  int WordsClause(int s, int pos, int clause) const;
  bool MatchFrom(int s, const PatternRule& rule, int e, int pos, int clause, Match* match);
  // Whether a meeting was found only because one was present at it ("with
  // X in attendance", "accompanied by X"): no party to the talks.
  static bool OnlyPresent(const Found& f) {
    return f.evidence.rule == "meeting.in_attendance" || f.evidence.rule == "meeting.accompanied_by";
  }
  // Whether the nearest comma before `pos` (within twelve tokens) is
  // followed by the rule's first word: an insertion that the rule opens.
  bool InsertionOpensRule(int s, const PatternRule& rule, int pos) const;
  // The first token from k on where a mention starts, over at most
  // `words` plain lower-case words ("with former President X"); k when none.
  int FirstMentionWithin(int s, int k, int words) const;

  static bool WordFits(const PatternElement& el, std::string_view key);

  void ApplyRules(int s);

  static Found NewFound(InteractionType type, const std::string& a, const std::string& b, const IsoDate& date,
                        int dated, const std::string& place, Evidence evidence);

  bool TryRule(int s, int k, const PatternRule& rule, int anchor);
  // The frame a rule's "F" target joins (see item_rules.cc).
  void FrameTarget(const PatternRule& rule, const std::string& gathering, SlotFills& slots, Fill* f);
  // The sentence before names credentials or letters of credence.
  bool CredentialsBefore(int s) const;
  // "They were A, B": the sentence opens with the plural pronoun, then the
  // verb at k.
  bool EnvoysListed(int s, int k) const;
  // The anchor at k opens an item of a list (after ":" or ";").
  bool ListItemOpens(int s, int k) const;
  // Who received the credentials the sentence before s names (its clause's
  // first person before "received"), or nothing.
  std::vector<std::string> PresentedTo(int p);
  std::vector<std::string> CredentialsReceiver(int s);
  bool SignedBefore(int s, int k);

  // The gathering that opens clause `clause` before token k, resolved
  // ("The opening ceremony was attended by ..."), else nothing.
  std::vector<std::string> GatheringSubject(int s, int k, int clause);

  static bool IsFrameMention(const Mention& x);

  // "accusing" right after a word of a noun phrase (not after a comma, a
  // conjunction, a preposition or an adverb).
  bool ModifyingParticiple(int s, int k) const;

  // "During a videoconference with X, Y discussed ...", "Y thanked Z during
  // a phone call with X": a contact named by a noun; the other party is the
  // subject of the clause the phrase belongs to (or opens).
  void HeldWithParticipants(int s);
  void NominalContacts(int s);

  // "following talks between A and B": a contact per pair.
  void BetweenContact(int s, int j, int noun, InteractionType type);
  // A contact named by a noun at token j among every pair of `ids`.
  void PassiveSigning(int s);
  void TogetherWith(int s);
  void AmongSanctioned(int s);
  void NoteSanctioner(int s);
  void ContactAmong(int s, int j, InteractionType type, const std::string& rule_id,
                    const std::vector<std::string>& ids);

  // "ministers", "presidents": a title, not "sides" or "parties"
  bool TitleNoun(const std::string& plural) const;
  // The named gathering a meeting in clause `clause` of sentence `s`, whose
  // verb is at k, took place at ("met at the 19th meeting of X", "on the
  // sidelines of X"); "" when none.
  std::string GatheringOfMeeting(int s, int k, int clause);
  // The source of the latest criticism or sanction the item found against
  // one of `accused` or against its country; "" when none (a rule's target R).
  std::string Accuser(const std::vector<std::string>& accused) const;

  // "... during a phone call on June 11": the act happened in a contact.
  bool DuringContact(int s, int k, int clause, InteractionType* type) const;

  // "call", "videoconference": a call; "meeting", "talks": a meeting.
  static bool ContactNoun(std::string_view key, InteractionType* type);

  bool Separate(int s, int clause) const;
  // "hosted a working meeting with A, B and C": the words [k, end) of a
  // match name one meeting ("a"/"an", at most two words, then "meeting",
  // "round table" or "roundtable"), so everyone named met everyone.
  bool OneMeeting(int s, int k, int end) const;
  // Whether the item reports gathering `id` as held or attended, by sentence
  // s: a participation in it found so far, or a verb of taking place
  // ("was held", "opened", "took place") after its name in a sentence that
  // named it, up to s (a rule's "held" flag).
  bool HeldGathering(const std::string& id, int s) const;
  void Including(int s, Fill* target);
  void LeadersNamed(int s, std::vector<int>* items, int* p);
  bool CounterpartsNamed(int s, int p, Fill* out, int* end);
  void PersonsOfPlaces(int s, std::vector<int>* items, int* p);
  void ListIntro(int s);
  void MeetingListItem(int s);
  int ListItemWith(int s) const;
  void ParticipantList(int s, bool bullet);
  // "The Armenian delegation was headed by X, the Azerbaijani delegation by
  // Y" after a sentence on talks: X and Y met; at a gathering each took part.
  void DelegationHeads(int s);
  // "held meetings with A, on ...; with B, on ...; and with C": the meeting
  // the sentence's rule found goes on to B and C.
  void MeetingSeries(int s);
  // "held their meeting on Saturday, chaired by A and B": A and B met.
  void HostOfGathering(int s);
  void MeetingChairedBy(int s);
  // "The meeting was attended by A, B and C" (an unnamed meeting): they met.
  void MeetingAttendedBy(int s);
  // "The delegation also included A and B": they met the leader's host.
  void DelegationMembers(int s);
  // "The Turkish side was represented by A and B, while the Syrian
  // delegation comprised C and D" after talks: each of one side met each
  // of the other.
  void SidesRepresented(int s);
  // The persons one side's phrase lists from token k on: "the X side was
  // represented by", "the Y delegation, which ..., comprised".
  std::vector<std::string> SideMembers(int s, int k);
  // "X, accompanied by Z, met Y": Z met Y as well.
  void AccompaniedBy(int s);
  // "X welcomed Y to Jakarta": Y's visit.
  void WelcomedTo(int s);
  void VisitOf(int s, int k, const std::vector<std::string>& visitors, const std::vector<std::string>& places,
               const char* rule_id);
  // The noun a possessive mention m owns ("X's three-day visit"), -1.
  int PossessedNoun(int s, int m) const;
  void ResultLabel(int s);
  void RemoteContacts(int s, std::size_t first_found);
  bool MetEarlier(const std::vector<std::string>& side, const std::vector<std::string>& others) const;

  bool KindsFit(const PatternRule& rule, InteractionType type, const std::string& a, const std::string& b) const;
  bool VisitAbroadReported() const;
  bool MemberEnds(int s, int k) const;
  int SemicolonMember(int s, int q, bool envoy_only) const;

  bool GatheringBody(const Actor& a) const;

  // ---------------------------------------------------------------- modality

  // Is the act at trigger k of rule reported as happening now? match_end
  // is the token after the rule's match (-1 if none): a cue of time right
  // after the one met binds to the act ("had a long conversation with
  // Slovak Prime Minister X last month").
  bool Modal(int s, int k, const PatternRule& rule, int subject_end, int match_end = -1);

  bool SameDayEarlier(int s, int j) const;
  bool ClauseHasDay(int s, int c) const;
  // ", who had flown in from X," hung on an act dated to the day: a trip
  // just ended, not one recalled.
  bool ArrivalBeforeDatedAct(int s, int c, int had, const PatternRule& rule) const;
  // The subject of the item's last verb of condemnation whose object was an
  // act with no agent named ("condemned the attack on the camp"), and its
  // sentence, for 'A' when that sentence or the next names the agent ("The
  // attack was claimed by X")
  std::vector<std::string> unnamed_condemner_;
  int unnamed_condemn_sentence_ = -3;

  // "I want to thank", "we would like to congratulate": thanks given now,
  // not intended.
  bool Performative(int s, int j, int k, const PatternRule& rule) const;

  // "to" right before the trigger (an adverb may stand between).
  bool InfinitiveBefore(int s, int j, int k) const;

  // "paid a visit to Montenegro to participate in ...": the purpose of a
  // trip that happened.
  bool TravelledFirst(int s, int j) const;

  // Month or year named in the clause: before the item's month is a recall,
  // after it an intention.
  bool DatesAgree(int s, int c, const PatternRule& rule, int last) const;

  // ------------------------------------------------------------ date, place

  // The day the clause names; else the narrative's current day (the last
  // day an earlier sentence of the item gave an act), else the item's.
  // An invitation's or a thanks' later dates are those of what it is about.
  // `*dated`: as Found::dated.
  IsoDate DateFor(int s, int k, const PatternRule& rule, int* dated) const;
  const DateMention* SameActNextDay(int s, int k) const;

  // After a sentence: the day of its last dated act, or the day it opens with.
  void AdvanceNarrative(int s, std::size_t found_before);

  std::string PlaceFor(int s, int k) const;

  // ------------------------------------------------------------------ frame

  // The item's participants: those of the headline's meeting or call, else
  // the actors its headline names.
  void HeadlineFrame();
  bool NamesBodyEvent(const std::string& name) const;
  void HeadlineCountriesGiveWay();
  void CountryPairsGiveWay();
  void HeadlineEventsGiveWay();
  void RoutineSittingsGiveWay();

  // The frame improves as the body tells more: a meeting or call, else an
  // agreement, beats the names of the headline.
  void UpdateFrame();

  // ------------------------------------------------------ speakers at events

  // In an item about a gathering, a person introduced by title who speaks
  // in the body spoke there.
  void SpeakersAtEvent();

  // ------------------------------------------------------- Japanese headline

  // A Japanese cue (会談, 電話会談...) supplies the type when the English
  // headline names two actors but no rule fired on it.
  void JapaneseCue();

  const ItemText& it_;
  const Lexicon& lex_;
  const ActorDictionary& dict_;
  DocState* doc_;
  ActorRegistry& reg_;
  std::vector<PersonInfo> persons_;
  std::map<std::pair<int, int>, std::string> person_cache_;
  std::vector<EventInfo> events_;
  std::string author_;
  std::map<int, std::string> quote_speaker_;
  std::vector<Subject> subjects_;
  std::vector<int> subject_order_;  // Subjects()' clauses in text order
  std::vector<uint64_t> key_bits_;   // per sentence: KeyBit of each token's key, or'ed (MayHaveKey)
  std::vector<bool> in_date_;        // Modal()'s tokens inside a date
  int subjects_sentence_ = -1;
  std::string last_person_;
  // The body (an organisation or a country) that was the first subject
  // of the latest body sentence, for "It also condemned ..."; cleared by a
  // sentence whose first subject is a person.
  std::string last_body_;
  std::vector<std::string> last_plural_;
  // The subject of the item's last sanction verb whose targets went unnamed
  // ("imposed sanctions on 14 individuals"), for 'A' when no sanction was found
  std::vector<std::string> unnamed_sanctioner_;
  int unnamed_sanction_block_ = -3;
  std::vector<std::string> frame_;
  // SidesRepresented()'s sides of talks: the sentence that named each, its
  // country and its members
  struct Side {
    int s;
    std::string country;
    std::vector<std::string> members;
  };
  std::vector<Side> sides_;
  bool frame_from_contact_ = false;
  // found_.size() when UpdateFrame() last left the frame as it was;
  // kUnsettled once anything changes frame_ or frame_from_contact_ (every
  // writer of the two must reset it).
  static constexpr std::size_t kUnsettled = static_cast<std::size_t>(-1);
  std::size_t frame_settled_at_ = kUnsettled;
  std::size_t sentence_found_begin_ = 0;  // found_ size when the sentence began
  std::vector<Found> found_;
  const std::vector<std::string>* list_so_far_ = nullptr;  // ids of the list being resolved
  std::string list_subject_;  // who met each "- with Y" of the list being read
  bool list_of_names_ = false;  // its bullets are names alone (credentials)
  int list_sentence_ = -1;    // the sentence that opened it
  std::vector<std::string> list_subjects_;  // {list_subject_}, as a clause subject
  // "Participants:" / "Co-chairs: A; B": the persons listed so far, while
  // the list is open (participants_sentence_ >= 0)
  std::vector<std::string> participants_;
  int participants_sentence_ = -1;
  bool participants_chair_ = false;  // the label was "Co-chairs"
  std::string sanctioner_;  // who last imposed sanctions (NoteSanctioner)
  const std::vector<std::string>* current_subject_ = &no_subject_;  // the clause's, while matching
  std::vector<std::string> item_bodies_;  // organisations resolved so far in the item, in order
  const std::vector<std::string> no_subject_;
  std::vector<std::string> exclude_;  // not the referent of a role (the subject)
  bool by_place_ = false;             // the visit's destination is a place, not a capital
  std::vector<std::string> mentioned_;  // persons as they were named
  IsoDate narrative_date_;
  // A paragraph that looks back ("the day before") and the day the story
  // had reached before it.
  int lookback_block_ = -1;
  int remote_block_ = -1;  // the paragraph that said its contacts were held from afar
  IsoDate before_lookback_;
  std::vector<std::string> agents_;  // subjects of earlier sentences, in order
  std::string meeting_chair_;  // "X chaired a meeting": whom its attendees met
  std::vector<std::string> force_author_;  // "the attack carried out by X": whose "the attack" is later
  std::vector<std::string> single_agents_;  // those named alone (not "the sides")
  std::vector<std::pair<int, int>> led_respectively_;  // LedRespectively()'s answer, once known
  bool led_respectively_known_ = false;
};

}  // namespace engine
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_ITEM_PROCESSOR_H_
