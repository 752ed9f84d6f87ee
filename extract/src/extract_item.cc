// One item: resolution of mentions, clause subjects, rules, modality and
// dates. See extract_item.h for the passes.

#include "extract_item.h"

#include "item_processor.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

namespace {



int EditDistance(const std::string& a, const std::string& b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Two spellings of one person: same number of words, at most two letters
// apart in words of four letters or more, same initial of the last word.
bool SameName(const std::string& a_key, const std::string& b_key) {
  if (a_key == b_key) return true;
  std::vector<std::string> a = Words(a_key), b = Words(b_key);
  if (a.size() != b.size() || a.size() < 2) return false;
  if (a.back()[0] != b.back()[0]) return false;
  int total = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    std::size_t shorter = std::min(a[i].size(), b[i].size());
    if (shorter < 4) return false;
    // ("Nguyen Van Thanh" and "Nguyen Van Thang": words that differ only in
    // a last consonant are two names, not two spellings; "Sergei" and
    // "Sergey" are one)
    auto consonant = [](char c) { return c >= 'a' && c <= 'z' && std::string_view("aeiouy").find(c) == std::string_view::npos; };
    if (a[i].size() == b[i].size() && a[i].compare(0, shorter - 1, b[i], 0, shorter - 1) == 0 &&
        consonant(a[i].back()) && consonant(b[i].back()))
      return false;
    total += EditDistance(a[i], b[i]);
    if (total > (shorter < 7 ? 1 : 2)) return false;
  }
  return true;
}

// "Daniel Chapo" for the dictionary's "Daniel Francisco Chapo": the first
// and the last name of a longer name, for a person of the same country.
bool ShortFormOf(const std::string& full_key, const std::string& key) {
  std::vector<std::string> full = Words(full_key), short_form = Words(key);
  return full.size() >= 3 && short_form.size() == 2 && full.front() == short_form.front() &&
         full.back() == short_form.back();
}

}  // namespace

namespace {

// Moves the elements of `from` to the back of `to` and empties `from`.
template <class T>
void Recycle(std::vector<T>* from, std::vector<T>* to) {
  for (T& x : *from) to->push_back(std::move(x));
  from->clear();
}

// A new element at the back of `v`: a spare one when there is any.
template <class T>
T& Take(std::vector<T>* v, std::vector<T>* spare) {
  if (spare->empty()) return v->emplace_back();
  v->push_back(std::move(spare->back()));
  spare->pop_back();
  return v->back();
}

// "the embassy denounced", "the commission's rapporteur": a body named by
// its head word in lower case points back to a body with that word the
// item named before; with none, it names no one and is dropped (the generic
// "the company" is read where it stands, as before).
void DropUnnamedBodies(const ItemText& it, SentenceMentions* sentence) {
  std::size_t s = it.mentions.size() - 1;  // the sentence being read: the last
  const std::vector<Token>& tokens = it.sentences[s].tokens;
  for (int i = static_cast<int>(sentence->mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = sentence->mentions[i];
    if (m.kind != MentionKind::kOrganization || !m.unqualified || m.end <= m.begin ||
        m.name_end - m.name_begin != 1 || !tokens[m.name_begin].Is(kLower) || m.name == "ministry")
      continue;
    std::string_view head = tokens[m.name_begin].key;
    // ("accused the government of ...": in an embassy's digest, the host's;
    // resolved there, to no one in plain text)
    if (head == "government"sv || head == "cabinet"sv) continue;
    bool named = false;
    for (std::size_t t = 0; t <= s && !named; ++t) {
      const std::vector<Token>& ts = it.sentences[t].tokens;
      for (const Mention& x : it.mentions[t].mentions) {
        if (t == s && x.begin >= m.begin) break;
        if (x.kind != MentionKind::kOrganization || x.unqualified) continue;
        for (int j = x.name_begin; j < x.name_end && !named; ++j) named = ts[j].key == head;
        if (named) break;
      }
    }
    if (named) continue;
    // (erased: the mentions after it move down one place, and so do the
    // indices that point at them: token owners, authors, group members)
    sentence->mentions.erase(sentence->mentions.begin() + i);
    auto moved = [i](int a) { return a == i ? -1 : a > i ? a - 1 : a; };
    for (int& a : sentence->at) a = moved(a);
    for (Mention& x : sentence->mentions) {
      x.author = moved(x.author);
      for (int& member : x.members) member = moved(member);
      x.members.erase(std::remove(x.members.begin(), x.members.end(), -1), x.members.end());
    }
  }
}

}  // namespace

void ReadItem(const Item& item, const Lexicon& lexicon, const IsoDate& fallback_date, ItemSpares* spares,
              ItemText* out) {
  ItemText& it = *out;
  Recycle(&it.sentences, &spares->sentences);
  Recycle(&it.mentions, &spares->mentions);
  Recycle(&it.clauses, &spares->clauses);
  Recycle(&it.dates, &spares->dates);
  it.item = &item;
  int next_quote = 0;
  if (!item.headline_en.empty()) {
    SplitSentences(item.headline_en, item.headline_line, -1, lexicon.abbreviations(), &next_quote, &it.sentences,
                   &spares->sentences);
    for (Sentence& s : it.sentences) s.headline = true;
  }
  it.first_body = static_cast<int>(it.sentences.size());
  for (std::size_t b = 0; b < item.blocks.size(); ++b)
    SplitSentences(item.blocks[b].text, item.blocks[b].line, static_cast<int>(b), lexicon.abbreviations(),
                   &next_quote, &it.sentences, &spares->sentences);
  it.source_date = item.source.date.empty() ? fallback_date : item.source.date;
  for (Sentence& s : it.sentences) lexicon.Annotate(&s);
  it.mentions.reserve(it.sentences.size());
  it.clauses.reserve(it.sentences.size());
  for (const Sentence& s : it.sentences) {
    SentenceMentions& m = Take(&it.mentions, &spares->mentions);
    FindMentions(s, lexicon, &m);
    DropUnnamedBodies(it, &m);
    FindClauses(s, m, lexicon, &Take(&it.clauses, &spares->clauses));
  }
  // The item's own date: the first day its first body sentence (else its
  // headline) names.
  it.lead_date.clear();
  thread_local std::vector<DateMention> first;
  auto first_day = [&](int s) -> IsoDate {
    FindDates(it.sentences[s], lexicon, it.source_date, "", &first);
    for (const DateMention& d : first)
      if (d.kind == DateMention::Kind::kDay && !d.occasion) return d.date;
    return "";
  };
  if (it.first_body < static_cast<int>(it.sentences.size())) it.lead_date = first_day(it.first_body);
  for (int s = 0; s < it.first_body && it.lead_date.empty(); ++s) it.lead_date = first_day(s);
  if (it.lead_date.empty()) it.lead_date = it.source_date;
  it.dates.reserve(it.sentences.size());
  // (after a wire report's dateline, "MADRID, April 23 (EFE) -", its later
  // sentences count their weekdays from the day it was filed)
  IsoDate reference = it.source_date;
  for (const Sentence& s : it.sentences) {
    std::vector<DateMention>& dates = Take(&it.dates, &spares->dates);
    FindDates(s, lexicon, reference, it.lead_date, &dates);
    for (const DateMention& d : dates)
      if (d.dateline) reference = d.date;
  }
}

void RegisterPersons(const ItemText& text, const Lexicon& lexicon, DocState* doc) {
  ActorRegistry& reg = doc->registry;
  for (std::size_t s = 0; s < text.sentences.size(); ++s) {
    for (const Mention& m : text.mentions[s].mentions) {
      if (m.kind != MentionKind::kPerson || m.end <= m.begin) continue;
      if (m.entry) {
        std::string id = reg.FromDictionary(m.entry);
        doc->person_variant.emplace(FoldKey(m.name), id);
        continue;
      }
      if (m.surname_only || m.tentative) continue;
      std::string key = FoldKey(m.name);
      if (doc->person_variant.count(key)) continue;
      std::string found;
      for (const DictionaryEntry* e : lexicon.Surname(LastWord(key))) {
        if (SameName(FoldKey(e->actor.name), key)) found = reg.FromDictionary(e);
        if (found.empty() && m.country && e->actor.country == m.country->actor.id &&
            ShortFormOf(FoldKey(e->actor.name), key))
          found = reg.FromDictionary(e);
        for (const std::string& a : e->actor.aliases)
          if (found.empty() && SameName(FoldKey(a), key)) found = reg.FromDictionary(e);
        if (!found.empty()) break;
      }
      // ("Sultan Nazrin Muizzuddin Shah" and "the Yang di-Pertuan Agong
      // Sultan Nazrin Muizzuddin Shah": a title_in_name word that opens a
      // name may be read as a title; the same person either way)
      const std::vector<std::string>& infix = lexicon.patterns().Words("title_in_name");
      auto bare = [&](const std::string& k) {
        std::size_t sp = k.find(' ');
        bool titled = sp != std::string::npos && k.find(' ', sp + 1) != std::string::npos &&
                      std::find(infix.begin(), infix.end(), k.substr(0, sp)) != infix.end();
        return titled ? k.substr(sp + 1) : k;
      };
      if (found.empty()) {
        for (const std::string& id : reg.persons()) {
          const Actor* a = reg.Find(id);
          if (!a) continue;
          std::string name = FoldKey(a->name);
          if (SameName(name, key) || ((bare(name) != name) != (bare(key) != key) && bare(name) == bare(key))) {
            found = id;
            break;
          }
        }
      }
      if (found.empty()) {
        found = reg.Named(ActorKind::kPerson, m.name, m.country ? m.country->actor.id : "", m.role);
      } else {
        reg.AddAlias(found, m.name);
      }
      doc->person_variant[key] = found;
    }
  }
}

// ---------------------------------------------------------- ItemProcessor

// "X held a number of bilateral meetings:" opens a list whose items are
// "- with Y. ..." (the subject met each); any other sentence closes it.
// "X paid an official visit to Y on 11-12 February." before a list whose
// items are "- 11 February: talks with Z" opens it too (the visitor met Z).
void ItemProcessor::ListIntro(int s) {
  list_subject_.clear();
  int n = NTok(s);
  bool one_subject = subjects_.size() == 1 && subjects_[0].ids.size() == 1;
  for (std::size_t f = sentence_found_begin_; one_subject && f < found_.size(); ++f)
    if (found_[f].type == InteractionType::kVisit && found_[f].source == subjects_[0].ids[0]) {
      list_subject_ = found_[f].source;
      list_sentence_ = s;
      return;
    }
  list_of_names_ = false;
  if (n < 3 || T(s, n - 1).key != ":"sv || subjects_.empty() || subjects_[0].ids.size() != 1) return;
  for (int k = 0; k < n; ++k) {
    std::string_view w = T(s, k).key;
    // ("received credentials from the ambassadors of: - Ambassador of X Y;
    // - ...": each bullet names one the subject received)
    // ("received the credentials of three new heads of mission ...:")
    bool credentials = false;
    if (w == "credentials"sv || w == "credence"sv)
      for (int j = k - 1; j >= 0 && j >= k - 4 && !credentials; --j)
        credentials = T(s, j).key == "received"sv || T(s, j).key == "accepted"sv || T(s, j).key == "receives"sv ||
                      T(s, j).key == "accepts"sv;
    if (w == "meetings"sv || w == "talks"sv || w == "met"sv || w == "consultations"sv || w == "conversations"sv ||
        credentials) {
      list_subject_ = subjects_[0].ids[0];
      list_sentence_ = s;
      list_of_names_ = credentials;
      return;
    }
  }
}

// The "with" that opens list item s: "with Y", "talks with Y", "11
// February: meeting with Y"; -1 when it opens otherwise.
int ItemProcessor::ListItemWith(int s) const {
  int k = 0;
  // a date and a colon first
  for (int j = 0; j < NTok(s) && j < 5; ++j)
    if (T(s, j).key == ":"sv) {
      bool dated = false;
      for (int d = 0; d < j; ++d) dated = dated || T(s, d).Is(kNumber) || (Bits(s, d) & (kMonth | kWeekday));
      if (dated) k = j + 1;
      break;
    }
  if (k + 1 < NTok(s) && (T(s, k).key == "talks"sv || T(s, k).key == "meeting"sv || T(s, k).key == "meetings"sv ||
                          T(s, k).key == "negotiations"sv || T(s, k).key == "consultations"sv))
    ++k;
  return k < NTok(s) && T(s, k).key == "with"sv ? k : -1;
}

void ItemProcessor::MeetingListItem(int s) {
  if (list_subject_.empty() || NTok(s) < 2) return;
  int with = ListItemWith(s);
  // ("His Excellency Mr X, Ambassador of Y;": the honorific before the name)
  int first = 0;
  while (first < 3 && first + 1 < NTok(s) && MentionStartingAt(s, first) < 0 &&
         (T(s, first).key == "his"sv || T(s, first).key == "her"sv || T(s, first).key == "excellency"sv ||
          T(s, first).key == "h e"sv || T(s, first).key == "he"sv))
    ++first;
  if (with < 0 && list_of_names_ && MentionStartingAt(s, first) >= 0 &&
      (M(s, MentionStartingAt(s, first)).kind == MentionKind::kPerson ||
       M(s, MentionStartingAt(s, first)).kind == MentionKind::kRole))
    with = first - 1;  // the bullet is the name
  else if (with < 0)
    return;
  // (the list reader joins a title chain to its holder: "with Minister of
  // X, Managing Director of Y Z")
  Fill fill;
  current_subject_ = &list_subjects_;
  list_subjects_ = {list_subject_};
  bool named = ParseList(s, with + 1, 'X', nullptr, &fill);
  current_subject_ = &no_subject_;
  if (!named) return;
  PatternRule act;
  act.type = InteractionType::kMeeting;
  act.id = "meeting.list_item_with";
  int dated = 0;
  IsoDate date = DateFor(s, 0, act, &dated);
  for (const std::string& id : fill.ids)
    if (id != list_subject_ && KindsFit(act, act.type, list_subject_, id))
      found_.push_back(NewFound(act.type, list_subject_, id, date, dated, PlaceFor(s, 0),
                                {S(list_sentence_).text + " " + S(s).text, act.id, S(s).line}));
}

// "Trilateral meeting ... Participants: - Chairman X; - Chairman Y" and
// "Co-chairs: Deputy Prime Minister X; Vice Premier Y": the persons a
// label with a colon lists (in its sentence and in the bullets after it)
// met each other, one meeting per pair, or took part in the named
// gathering the item reported. The list ends at a sentence that names no
// person or is not a bullet.
// "Consultations ... were held in Tbilisi. The Armenian delegation was
// headed by X, the Azerbaijani delegation by Y, and the Georgian delegation
// by Z": the heads of the delegations met each other. At a named gathering
// the item reported ("The Georgian delegation was led by X"; "The
// delegations of A, headed by X, and of B, headed by Y, also took part")
// each head took part in it.
void ItemProcessor::DelegationHeads(int s) {
  if (s == 0 || S(s).headline) return;
  std::vector<std::string> heads;
  const std::vector<Mention>& ms = it_.mentions[s].mentions;
  // (a delegation that opens the sentence: "received the delegation of X
  // led by Y" is a meeting, read by the rules)
  int first_delegation = -1;
  for (int m = 0; m < static_cast<int>(ms.size()) && first_delegation < 0; ++m)
    if (ms[m].begin <= 1 && ms[m].end > ms[m].begin &&
        ((Bits(s, ms[m].end - 1) & kDelegation) || T(s, ms[m].end - 1).key == "side"sv))
      first_delegation = ms[m].end;
  // "Lithuania was represented by X, Poland by Y and Ukraine by Z": the
  // countries are the sides, each gapped "C by Y" names the head of one
  bool country_sides = false;
  if (first_delegation < 0 && !ms.empty() && ms[0].begin == 0 && ms[0].kind == MentionKind::kCountry &&
      ms[0].end + 2 < NTok(s) && (T(s, ms[0].end).key == "was"sv || T(s, ms[0].end).key == "is"sv) &&
      T(s, ms[0].end + 1).key == "represented"sv && T(s, ms[0].end + 2).key == "by"sv) {
    first_delegation = ms[0].end;
    country_sides = true;
  }
  if (first_delegation < 0) return;
  // the side each head stands for, when the sides are countries
  std::vector<std::pair<std::string, std::string>> side_of;
  for (int k = first_delegation; k + 1 < NTok(s); ++k) {
    if (T(s, k + 1).key != "by"sv) continue;
    // "headed by", "led by", "delegation of X by Y" (a gapped "was headed")
    std::string_view w = T(s, k).key;
    bool delegation_ends = false;
    int side = -1;
    for (int m = 0; m < static_cast<int>(ms.size()); ++m) {
      const Mention& x = ms[m];
      delegation_ends = delegation_ends || (x.kind == MentionKind::kDelegation && x.end == k + 1);
      if (country_sides && x.kind == MentionKind::kCountry && x.end == k + 1) side = m;
    }
    // ("the Lithuanian delegation was led by X, the Moldovan one by Y")
    bool gapped_one = w == "one"sv && k >= 2 && T(s, k - 2).key == "the"sv && T(s, k - 1).Is(kCap);
    if (w != "headed"sv && w != "led"sv && w != "represented"sv && !delegation_ends && side < 0 && !gapped_one) continue;
    if (side < 0 && country_sides && (w == "represented"sv) && ms[0].end == k - 1) side = 0;
    int p = MentionStartingAt(s, k + 2);
    if (p < 0 || M(s, p).kind != MentionKind::kPerson) continue;
    if (side >= 0) {
      std::vector<std::string> country = Resolve(s, side, Use::kSubject);
      std::vector<std::string> head = Resolve(s, p, Use::kObject);
      if (country.size() == 1 && head.size() == 1) side_of.emplace_back(country[0], head[0]);
    }
    // ("the Chinese and Russian sides were represented by X and Y
    // respectively": each of the listed persons heads a side)
    std::vector<int> listed = {p};
    int q = M(s, p).end;
    while (q + 1 < NTok(s) && (T(s, q).key == "and"sv || T(s, q).key == ","sv)) {
      int r = MentionStartingAt(s, q + 1);
      if (r < 0 || M(s, r).kind != MentionKind::kPerson) break;
      listed.push_back(r);
      q = M(s, r).end;
    }
    if (q >= NTok(s) || T(s, q).key != "respectively"sv) listed.resize(1);
    for (int r : listed)
      for (const std::string& id : Resolve(s, r, Use::kObject)) AddUnique(&heads, id);
  }
  if (heads.empty()) return;
  const EventInfo* gathering = nullptr;
  for (const EventInfo& e : events_)
    if (e.s < s) {
      gathering = &e;
      break;
    }
  // (not at a meeting of two sides: "the 9th meeting of the Joint Commission
  // ... The Azerbaijani delegation was led by X, while ..." is talks)
  if (gathering && !gathering->IsMeeting()) {
    PatternRule act;
    act.type = InteractionType::kParticipation;
    act.id = "participation.delegation_head";
    int dated = 0;
    IsoDate date = DateFor(s, 0, act, &dated);
    for (const std::string& id : heads)
      if (KindsFit(act, act.type, id, gathering->id))
        found_.push_back(NewFound(act.type, id, gathering->id, date, dated, PlaceFor(s, 0), {S(s).text, act.id, S(s).line}));
  }
  // (the talks told in the sentence before; a video conference is a call)
  bool talks = false, remote = false;
  for (int k = 0; k < NTok(s - 1) && !talks; ++k) {
    std::string_view w = T(s - 1, k).key;
    talks = w == "consultations"sv || w == "talks"sv || w == "negotiations"sv || w == "meeting"sv;
    bool conference = w == "videoconference"sv || w == "teleconference"sv ||
                      ((w == "video"sv || w == "phone"sv || w == "telephone"sv) && k + 1 < NTok(s - 1) &&
                       (T(s - 1, k + 1).key == "conference"sv || T(s - 1, k + 1).key == "call"sv));
    remote = remote || conference;
    talks = talks || conference;
  }
  // (the contacts of the countries found before are their heads')
  if (side_of.size() >= 2) {
    auto head_of = [&](const std::string& id) -> const std::string* {
      for (const auto& sh : side_of)
        if (sh.first == id) return &sh.second;
      return nullptr;
    };
    for (Found& f : found_) {
      const std::string* a = head_of(f.source);
      const std::string* b = head_of(f.target);
      if (!a || !b) continue;
      if (f.type != InteractionType::kMeeting && f.type != InteractionType::kCall && f.type != InteractionType::kCooperation)
        continue;
      f.source = *a;
      f.target = *b;
    }
  }
  if (heads.size() >= 2 && talks)
    ContactAmong(s, 0, remote ? InteractionType::kCall : InteractionType::kMeeting,
                 remote ? "call.delegation_heads" : "meeting.delegation_heads", heads);
}

// "On the sidelines, the President held bilateral meetings with A, with
// whom ... were discussed; with B, focusing on ...; and with C, on ...":
// each "; with X" after a meeting found in the sentence is one more meeting
// of the same host, on the same day.
void ItemProcessor::MeetingSeries(int s) {
  Found first;
  bool found = false;
  for (std::size_t i = sentence_found_begin_; i < found_.size() && !found; ++i)
    if (found_[i].type == InteractionType::kMeeting) first = found_[i], found = true;
  if (!found) return;
  for (int k = 0; k + 2 < NTok(s); ++k) {
    if (T(s, k).key != ";"sv) continue;
    int j = k + 1;
    if (T(s, j).key == "and"sv) ++j;
    if (j + 1 >= NTok(s) || T(s, j).key != "with"sv) continue;
    int m = MentionStartingAt(s, j + 1);
    if (m < 0 || (M(s, m).kind != MentionKind::kPerson && M(s, m).kind != MentionKind::kRole)) continue;
    for (const std::string& id : Resolve(s, m, Use::kObject))
      if (id != first.source && id != first.target) {
        found_.push_back(NewFound(InteractionType::kMeeting, first.source, id, first.date, first.dated, first.place,
                                  {S(s).text, "meeting.series_with", S(s).line}));
        found_.back().separate = true;
      }
  }
}

// "The delegation also included A and B": its members met whom its leader
// met last.
void ItemProcessor::DelegationMembers(int s) {
  const int n = NTok(s);
  if (n < 5 || T(s, 0).key != "the"sv || !(Bits(s, 1) & kDelegation)) return;
  int k = 2;
  if (T(s, k).key == "also"sv) ++k;
  std::string_view verb = T(s, k).key;
  if (verb != "included"sv && verb != "comprised"sv && verb != "includes"sv) return;
  std::string leader = DelegationLeader();
  if (leader.empty()) return;
  const Found* met = nullptr;
  for (auto f = found_.rbegin(); f != found_.rend() && !met; ++f)
    if (f->type == InteractionType::kMeeting && (f->source == leader || f->target == leader)) met = &*f;
  if (!met) return;
  std::string host = met->source == leader ? met->target : met->source;
  IsoDate date = met->date;
  Fill list;
  current_subject_ = &no_subject_;
  if (!ParseList(s, k + 1, 'X', nullptr, &list)) return;
  PatternRule act;
  act.type = InteractionType::kMeeting;
  act.id = "meeting.delegation_members";
  for (const std::string& id : list.ids)
    if (id != host && id != leader && KindsFit(act, act.type, host, id))
      found_.push_back(NewFound(act.type, host, id, date, 0, "", {S(s).text, act.id, S(s).line}));
}

// "The Turkish side was represented by A, B and C, while the Syrian
// delegation, which arrived on Thursday, comprised D and E" after "a
// meeting between Türkiye and Syria took place": each member of one side
// met each member of the other, on the day of the meeting the item found
// last (or the sentence's). A side may also be told in the next sentence.
void ItemProcessor::SidesRepresented(int s) {
  if (S(s).headline) return;
  const int n = NTok(s);
  // (not a recalled sitting: "represented by X at the 2019 talks")
  for (const DateMention& d : it_.dates[s])
    if (d.kind == DateMention::Kind::kYearOnly) return;
  int named = 0;
  for (int k = 2; k < n; ++k) {
    // the side: "the <adjective or country> side|delegation", of a country
    if (T(s, k).key != "side"sv && T(s, k).key != "delegation"sv) continue;
    if (T(s, k - 2).key != "the"sv && !(k >= 3 && T(s, k - 3).key == "the"sv)) continue;
    int m = At(s, k);
    const DictionaryEntry* c = m < 0 ? nullptr : M(s, m).entry ? M(s, m).entry : M(s, m).country;
    if (!c || c->actor.kind != ActorKind::kCountry) continue;
    std::vector<std::string> members = SideMembers(s, k + 1);
    if (members.empty()) continue;
    sides_.push_back({s, c->actor.id, std::move(members)});
    ++named;
  }
  if (named == 0) return;
  // (the sides of this sentence and of the one before)
  std::vector<const Side*> sides;
  for (const Side& side : sides_)
    if (side.s >= s - 1) sides.push_back(&side);
  if (sides.size() != 2 || sides[0]->country == sides[1]->country) return;
  // the talks between the two sides' countries, told in this sentence or
  // the one before ("A meeting between Türkiye and Syria took place")
  // (told from the sentence before the first side on)
  auto told_from = [&](const std::string& sentence) {
    for (int t = std::max(0, sides[0]->s - 1); t <= s; ++t)
      if (sentence == S(t).text) return true;
    return false;
  };
  const Found* talks = nullptr;
  for (auto f = found_.rbegin(); f != found_.rend() && !talks; ++f)
    if (f->type == InteractionType::kMeeting && told_from(f->evidence.sentence) &&
        ((f->source == sides[0]->country && f->target == sides[1]->country) ||
         (f->source == sides[1]->country && f->target == sides[0]->country)))
      talks = &*f;
  if (!talks) return;
  // (each member is of the side's country: "the sides agreed" later pairs
  // across the sides only)
  for (const Side* side : sides)
    for (const std::string& id : side->members)
      if (const Actor* a = reg_.Find(id); a && a->country.empty()) reg_.SetCountry(id, side->country);
  PatternRule act;
  act.type = InteractionType::kMeeting;
  act.id = "meeting.sides_represented";
  std::vector<Found> met;
  for (const std::string& a : sides[0]->members)
    for (const std::string& b : sides[1]->members)
      if (a != b && KindsFit(act, act.type, a, b))
        met.push_back(NewFound(act.type, a, b, talks->date, talks->dated, talks->place, {S(s).text, act.id, S(s).line}));
  for (Found& f : met) found_.push_back(std::move(f));
  sides_.clear();
}

std::vector<std::string> ItemProcessor::SideMembers(int s, int k) {
  const int n = NTok(s);
  // (", which arrived in the capital on Thursday evening,": a clause on the
  // side between commas)
  if (k + 1 < n && T(s, k).key == ","sv && (Bits(s, k + 1) & kRelative)) {
    int j = k + 1;
    while (j < n && j < k + 16 && T(s, j).key != ","sv) ++j;
    if (j >= n || T(s, j).key != ","sv) return {};
    k = j + 1;
  }
  if (k + 1 < n && (T(s, k).key == "was"sv || T(s, k).key == "were"sv)) {
    ++k;
    if (T(s, k).key != "represented"sv && T(s, k).key != "made"sv && T(s, k).key != "composed"sv) return {};
    ++k;
    if (k >= n || (T(s, k).key != "by"sv && T(s, k).key != "up"sv && T(s, k).key != "of"sv)) return {};
    if (T(s, k).key == "up"sv) ++k;
    ++k;
  } else if (k < n && (T(s, k).key == "comprised"sv || T(s, k).key == "included"sv)) {
    ++k;
  } else if (k + 1 < n && T(s, k).key == "consisted"sv && T(s, k + 1).key == "of"sv) {
    k += 2;
  } else {
    return {};
  }
  Fill list;
  current_subject_ = &no_subject_;
  if (k >= n || !ParseList(s, k, 'X', nullptr, &list)) return {};
  std::vector<std::string> persons;
  for (const std::string& id : list.ids) {
    const Actor* a = reg_.Find(id);
    if (a && a->kind == ActorKind::kPerson) AddUnique(&persons, id);
  }
  return persons;
}

// "The meeting was attended by A, B and C" when the item's meeting has no
// name (a trilateral meeting of port heads, not a named gathering): they
// met each other.
// ("Termez hosted a trilateral meeting on the railway, attended by A, B
// and C": so does the participle after the meeting's phrase.)
void ItemProcessor::MeetingAttendedBy(int s) {
  const int n = NTok(s);
  if (n < 6 || !MayHaveKey(s, "attended"sv)) return;
  auto meeting_noun = [&](int j) {
    std::string_view w = T(s, j).key;
    return At(s, j) < 0 && (w == "meeting"sv || w == "talks"sv || w == "consultations"sv);
  };
  int k = -1;
  if (T(s, 0).key == "the"sv && meeting_noun(1) && (T(s, 2).key == "was"sv || T(s, 2).key == "were"sv) &&
      T(s, 3).key == "attended"sv && T(s, 4).key == "by"sv) {
    k = 3;
  } else {
    for (int j = 2; j + 2 < n && k < 0; ++j) {
      if (T(s, j).key != "attended"sv || T(s, j + 1).key != "by"sv || T(s, j - 1).key != ","sv) continue;
      for (int b = j - 2; b >= 0 && b >= j - 20; --b)
        if (meeting_noun(b) && b > 0 && (T(s, b - 1).Is(kLower) || T(s, b - 1).key == "a"sv)) {
          k = j;
          break;
        }
    }
  }
  if (k < 0) return;
  for (const EventInfo& e : events_)
    if (e.s <= s) return;  // a named gathering: its participants take part in it
  Fill list;
  current_subject_ = &no_subject_;
  if (!ParseList(s, k + 2, 'X', nullptr, &list) || list.ids.size() < 2) return;
  std::vector<std::string> persons;
  for (const std::string& id : list.ids)
    if (const Actor* a = reg_.Find(id); a && a->kind == ActorKind::kPerson) persons.push_back(id);
  if (persons.size() != list.ids.size()) return;
  ContactAmong(s, k, InteractionType::kMeeting, "meeting.attended_by", persons);
}

// "The commissions held their 14th meeting on Saturday, chaired by Deputy
// Prime Ministers A and B": the two chairs, named, met.
// "Austria's Interior Minister X, the host of the conference, ...": the
// host took part in the gathering.
void ItemProcessor::HostOfGathering(int s) {
  const int n = NTok(s);
  for (int k = 3; k + 2 < n; ++k) {
    if (T(s, k + 1).key != "of"sv || T(s, k - 1).key != "the"sv || T(s, k - 2).key != ","sv || !InClass(s, k, "host_noun"))
      continue;
    int person = At(s, k - 3);
    int gathering = MentionStartingAt(s, k + 2);
    if (person < 0 || M(s, person).end != k - 2 || M(s, person).kind != MentionKind::kPerson || gathering < 0 ||
        (M(s, gathering).kind != MentionKind::kEvent && M(s, gathering).kind != MentionKind::kEventAnaphor))
      continue;
    std::vector<std::string> hosts = Resolve(s, person, Use::kObject);
    std::vector<std::string> events = Resolve(s, gathering, Use::kObject);
    if (hosts.size() != 1 || events.size() != 1) continue;
    PatternRule act;
    act.type = InteractionType::kParticipation;
    act.id = "participation.host_of_gathering";
    // (a gathering the item reports as held: the apposition itself has no
    // verb to say so)
    if (!KindsFit(act, act.type, hosts[0], events[0]) || !HeldGathering(events[0], s)) continue;
    int dated = 0;
    IsoDate date = DateFor(s, k, act, &dated);
    found_.push_back(NewFound(act.type, hosts[0], events[0], date, dated, PlaceFor(s, k), {S(s).text, act.id, S(s).line}));
  }
}

void ItemProcessor::MeetingChairedBy(int s) {
  const int n = NTok(s);
  // "X on Saturday chaired a special meeting on security", "X convened
  // the coalition's leaders at the palace for talks": X chairs the meeting
  // that those who "attended the meeting" later joined
  // (in the clause that tells the sentence's news, not "who chaired a
  // meeting in September"; the meeting within a few words of the verb,
  // or "convened X ... for talks")
  for (int k = 1; k + 2 < n; ++k) {
    if (!InClass(s, k, "chair_verb")) continue;
    bool convened = T(s, k).key == "convened"sv;
    const Clause& clause = it_.clauses[s].clauses[it_.clauses[s].of[k]];
    if (clause.kind != ClauseKind::kMain) continue;
    for (int j = k + 1; j < n && j <= k + (convened ? 18 : 5) && T(s, j).key != ","sv && T(s, j).key != ";"sv; ++j) {
      if (!InClass(s, j, "chaired_meeting")) continue;
      if (convened && T(s, j - 1).key != "for"sv) break;
      const std::vector<std::string>& subject = subjects_[it_.clauses[s].of[k]].ids;
      const Actor* chair = subject.size() == 1 ? reg_.Find(subject[0]) : nullptr;
      if (chair && chair->kind == ActorKind::kPerson && Modal(s, k, PatternRule(), -1)) meeting_chair_ = subject[0];
      break;
    }
  }
  // "X received on Monday the leaders of the main opposition parties at the
  // palace": a host who met a group the sentence does not name; those who
  // "attended the meeting" in the sentence after met X
  // (a group of people, no actor named between the verb and the group)
  static constexpr std::string_view kHostVerbs[] = {"received", "hosted", "welcomed", "convened", "gathered"};
  bool host_verb = std::any_of(std::begin(kHostVerbs), std::end(kHostVerbs),
                               [&](std::string_view v) { return MayHaveKey(s, v); });
  for (int k = 1; host_verb && k + 2 < n && meeting_chair_.empty(); ++k) {
    std::string_view v = T(s, k).key;
    if (std::find(std::begin(kHostVerbs), std::end(kHostVerbs), v) == std::end(kHostVerbs)) continue;
    const Clause& clause = it_.clauses[s].clauses[it_.clauses[s].of[k]];
    if (clause.kind != ClauseKind::kMain) continue;
    if (T(s, k - 1).key == "was"sv || T(s, k - 1).key == "were"sv || T(s, k - 1).key == "been"sv) continue;
    int group = -1;
    for (int j = k + 1; j < n && j <= k + 8; ++j) {
      std::string_view w = T(s, j).key;
      if (w == ","sv || w == ";"sv || w == "."sv) break;
      int m = At(s, j);
      // ("the leaders of the main opposition parties": a group the words
      // after it describe, not "the leaders" of the item's frame)
      bool described = m >= 0 && M(s, m).kind == MentionKind::kFramePersons && M(s, m).end < n &&
                       T(s, M(s, m).end).key == "of"sv && (Bits(s, M(s, m).end - 1) & kPersonGroup);
      if (described) {
        group = j;
        break;
      }
      if (m >= 0) {
        // (a day or a place between the verb and the group: not a person)
        MentionKind mk = M(s, m).kind;
        if (mk == MentionKind::kPerson || mk == MentionKind::kRole || mk == MentionKind::kOrganization ||
            mk == MentionKind::kDelegation || mk == MentionKind::kFramePersons || mk == MentionKind::kGroup)
          break;
        j = std::max(j, M(s, m).end - 1);
        continue;
      }
      if ((Bits(s, j) & kPersonGroup) && T(s, j).Is(kLower) && j > k + 1 &&
          (T(s, j - 1).key == "the"sv || T(s, j - 1).Is(kLower))) {
        group = j;
        break;
      }
    }
    if (group < 0) continue;
    const std::vector<std::string>& subject = subjects_[it_.clauses[s].of[k]].ids;
    const Actor* host = subject.size() == 1 ? reg_.Find(subject[0]) : nullptr;
    if (host && host->kind == ActorKind::kPerson && Modal(s, k, PatternRule(), -1)) meeting_chair_ = subject[0];
  }
  if (!MayHaveKey(s, "chaired"sv) && !MayHaveKey(s, "co chaired"sv)) return;
  for (int k = 2; k + 3 < n; ++k) {
    std::string_view w = T(s, k).key;
    if ((w != "chaired"sv && w != "co chaired"sv) || T(s, k + 1).key != "by"sv || T(s, k - 1).key != ","sv) continue;
    // (the clause before the comma held a meeting or a session)
    bool meeting = false;
    for (int j = 0; j < k - 1 && !meeting; ++j) {
      std::string_view m = T(s, j).key;
      meeting = (m == "meeting"sv || m == "session"sv || m == "sitting"sv) && At(s, j) < 0;
    }
    if (!meeting) return;
    std::vector<std::string> chairs;
    for (int q = k + 2; q < n;) {
      int m = MentionStartingAt(s, q);
      if (m < 0 || M(s, m).kind != MentionKind::kPerson) break;
      for (const std::string& id : Resolve(s, m, Use::kObject)) AddUnique(&chairs, id);
      q = M(s, m).end;
      if (q < n && (T(s, q).key == "and"sv || T(s, q).key == ","sv)) ++q;
      else break;
    }
    if (chairs.size() >= 2) ContactAmong(s, k, InteractionType::kMeeting, "meeting.chaired_by", chairs);
    return;
  }
}

void ItemProcessor::ParticipantList(int s, bool bullet) {
  const int n = NTok(s);
  int colon = -1;
  for (int k = 1; k < n && k < 6 && colon < 0; ++k)
    if (T(s, k).key == ":"sv) colon = k;
  bool label = false, chairs = false;
  for (int k = 0; k < colon; ++k) {
    std::string_view w = T(s, k).key;
    chairs = chairs || w == "co chairs"sv || w == "cochairs"sv;  // (keys fold the hyphen)
    label = label || chairs || w == "participants"sv || w == "attendees"sv;
  }
  int from = 0;
  if (label) {
    participants_.clear();
    participants_sentence_ = s;
    participants_chair_ = chairs;
    from = colon + 1;
  } else if (participants_sentence_ < 0 || !bullet) {
    participants_sentence_ = -1;
    return;
  }
  std::vector<std::string> added;
  for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m) {
    const Mention& x = M(s, m);
    if (x.begin < from || x.end <= x.begin || x.kind != MentionKind::kPerson) continue;
    for (const std::string& id : Resolve(s, m, Use::kObject))
      if (!Contains(participants_, id) && !Contains(added, id)) added.push_back(id);
  }
  if (added.empty() && !label) {
    participants_sentence_ = -1;
    return;
  }
  // (at a named gathering the item reported before, each took part in it;
  // they met each other only at a gathering that is a meeting, and
  // co-chairs of a meeting of a body did both)
  const EventInfo* gathering = nullptr;
  for (const EventInfo& e : events_)
    if (e.s <= s) {
      gathering = &e;
      break;
    }
  bool meeting_kind = gathering && gathering->IsMeeting();
  bool meet = !gathering || meeting_kind;
  bool take_part = gathering && (!meeting_kind || participants_chair_);
  PatternRule meeting, participation;
  meeting.type = InteractionType::kMeeting;
  meeting.id = "meeting.participant_list";
  participation.type = InteractionType::kParticipation;
  participation.id = "participation.participant_list";
  int dated = 0;
  IsoDate date = DateFor(s, 0, meeting, &dated);
  std::string listed = S(participants_sentence_).text + (participants_sentence_ == s ? "" : " " + S(s).text);
  for (const std::string& b : added) {
    if (take_part && KindsFit(participation, participation.type, b, gathering->id))
      found_.push_back(NewFound(participation.type, b, gathering->id, date, dated, PlaceFor(s, 0),
                                {listed, participation.id, S(s).line}));
    for (const std::string& a : participants_)
      if (meet && KindsFit(meeting, meeting.type, a, b))
        found_.push_back(NewFound(meeting.type, a, b, date, dated, PlaceFor(s, 0), {listed, meeting.id, S(s).line}));
    participants_.push_back(b);
    frame_settled_at_ = kUnsettled;  // UpdateFrame reads the list
  }
}

// "Signed: the protocol of the meeting; ...", "Agreed: to set up a working
// group": a label that opens a line of results is the act of the persons
// the item says met.
void ItemProcessor::ResultLabel(int s) {
  if (NTok(s) < 3 || T(s, 1).key != ":"sv || (T(s, 0).key != "signed"sv && T(s, 0).key != "agreed"sv)) return;
  std::vector<std::string> persons;
  for (const std::string& id : frame_)
    if (const Actor* a = reg_.Find(id); a && a->kind == ActorKind::kPerson) persons.push_back(id);
  if (persons.size() != frame_.size() || persons.size() < 2) return;
  ContactAmong(s, 0, InteractionType::kCooperation, "cooperation.result_label", persons);
}

// "held consultations ... in the format of a video conference", "met via
// video link": a meeting the sentence says was held from afar is a call
// (the ways are the word class remote_format), and so are the meetings
// the rest of its paragraph tells ("The Kyrgyz delegation was headed by
// A, and the Korean delegation by B").
namespace {
// Whether " " + words + " " occurs in `keys`. Found by the phrase's own
// first letter, not by every space of the sentence (the phrase is no string
// of its own either).
bool HasSpacedWords(std::string_view keys, std::string_view words) {
  for (std::size_t at = keys.find(words); at != std::string_view::npos; at = keys.find(words, at + 1))
    if (at > 0 && keys[at - 1] == ' ' && at + words.size() < keys.size() && keys[at + words.size()] == ' ')
      return true;
  return false;
}
}  // namespace

void ItemProcessor::RemoteContacts(int s, std::size_t first_found) {
  bool meeting = false;
  for (std::size_t f = first_found; f < found_.size(); ++f)
    meeting = meeting || found_[f].type == InteractionType::kMeeting;
  bool remote = S(s).block >= 0 && S(s).block == remote_block_;
  if (!remote) {
    // A sentence that names a remote format ("by videoconference") makes
    // its paragraph remote when it reads a meeting or tells of talks
    // whether or not a contact was read in it ("Consultations ... took
    // place by videoconference. The Georgian side was headed by A, while
    // ... by B"). (The key bits first: most sentences name no talks.)
    if (!meeting && !MayHaveKey(s, "consultations"sv) && !MayHaveKey(s, "talks"sv) && !MayHaveKey(s, "meeting"sv) &&
        !MayHaveKey(s, "negotiations"sv))
      return;
    std::string keys = " ";
    for (int k = 0; k < NTok(s); ++k) {
      keys.append(T(s, k).key);
      keys.push_back(' ');
    }
    bool talks = meeting || HasSpacedWords(keys, "consultations") || HasSpacedWords(keys, "talks") ||
                 HasSpacedWords(keys, "meeting") || HasSpacedWords(keys, "negotiations");
    bool says_remote = false;
    for (const std::string& way : lex_.patterns().Words("remote_format"))
      says_remote = says_remote || HasSpacedWords(keys, way);
    if (!talks || !says_remote) return;
    remote_block_ = S(s).block;
    remote = true;
  }
  if (!meeting) return;
  for (std::size_t f = first_found; f < found_.size(); ++f) {
    if (found_[f].type != InteractionType::kMeeting) continue;
    found_[f].type = InteractionType::kCall;
    found_[f].cameo.clear();  // the call's codes
    found_[f].plover.clear();
  }
}

// The first own subject of sentence s, when it is one body, is what a
// sentence-opening "It" of the next sentence stands for.
void ItemProcessor::NoteBodySubject(int s) {
  const Subject* first = nullptr;
  for (const Subject& subj : subjects_)
    if (subj.mention >= 0 && (!first || M(s, subj.mention).begin < M(s, first->mention).begin)) first = &subj;
  if (!first) return;
  const Actor* a = first->ids.size() == 1 ? reg_.Find(first->ids[0]) : nullptr;
  if (a && (a->kind == ActorKind::kOrganization || a->kind == ActorKind::kCountry)) last_body_ = first->ids[0];
  else last_body_.clear();
}

void ItemProcessor::NoteKeyBits() {
  key_bits_.assign(it_.sentences.size(), 0);
  for (std::size_t s = 0; s < it_.sentences.size(); ++s)
    for (const Token& t : it_.sentences[s].tokens) key_bits_[s] |= KeyBit(t.key);
}

std::vector<Found> ItemProcessor::Run() {
  // Most sentences add a subject or two: room made once, not grown (each
  // growth moves every id string).
  agents_.reserve(2 * it_.sentences.size());
  single_agents_.reserve(it_.sentences.size());
  mentioned_.reserve(2 * it_.sentences.size());
  CollectPersons();
  CollectEvents();
  FindAuthor();
  NoteKeyBits();
  IsoDate before_list;
  int last_block = -2;
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s) {
    int block = S(s).block;
    bool bullet = block >= 0 && it_.item->blocks[block].kind == BlockKind::kBullet;
    if (block != last_block) {
      bool prev_bullet = last_block >= 0 && it_.item->blocks[last_block].kind == BlockKind::kBullet;
      if (bullet && !prev_bullet) before_list = narrative_date_;
      else if (bullet) narrative_date_ = before_list;  // parallel list items
      if (!bullet && lookback_block_ >= 0 && block > lookback_block_) {
        narrative_date_ = before_lookback_;  // a look back ends with its paragraph
        lookback_block_ = -1;
      }
      last_block = block;
    }
    Subjects(s);
    std::size_t before = found_.size();
    sentence_found_begin_ = before;
    ApplyRules(s);
    NominalContacts(s);
    PassiveSigning(s);
    TogetherWith(s);
    AccompaniedBy(s);
    WelcomedTo(s);
    AmongSanctioned(s);
    NoteSanctioner(s);
    if (bullet) MeetingListItem(s);
    else ListIntro(s);
    ParticipantList(s, bullet);
    DelegationHeads(s);
    MeetingSeries(s);
    MeetingChairedBy(s);
    HostOfGathering(s);
    MeetingAttendedBy(s);
    DelegationMembers(s);
    SidesRepresented(s);
    ResultLabel(s);
    RemoteContacts(s, before);
    if (!S(s).headline) AdvanceNarrative(s, before);
    for (const Subject& subj : subjects_)
      if (subj.mention >= 0)
        for (const std::string& id : subj.ids) agents_.push_back(id);
    // ("the Assembly, whose President X led a delegation in 2027": a
    // third party's head described in passing is no one who acted)
    for (const Subject& subj : subjects_)
      if (subj.mention >= 0 && subj.ids.size() == 1 && !IsFrameMention(M(s, subj.mention)) &&
          !(M(s, subj.mention).begin > 0 && T(s, M(s, subj.mention).begin - 1).key == "whose"sv))
        single_agents_.push_back(subj.ids[0]);
    if (!S(s).headline) NoteBodySubject(s);
    if (s == it_.first_body - 1 || (it_.first_body == 0 && s == 0)) HeadlineFrame();
    UpdateFrame();
  }
  SpeakersAtEvent();
  JapaneseCue();
  HeadlineCountriesGiveWay();
  HeadlineEventsGiveWay();
  RoutineSittingsGiveWay();
  CountryPairsGiveWay();
  // (an act of one actor with itself, left by a replacement or a
  // reference that found the same actor on both ends, is no interaction)
  found_.erase(std::remove_if(found_.begin(), found_.end(), [](const Found& f) { return f.source == f.target; }),
               found_.end());
  return std::move(found_);
}

std::vector<Found> ProcessItem(const ItemText& text, const Lexicon& lexicon, DocState* doc) {
  return ItemProcessor(text, lexicon, doc).Run();
}

}  // namespace engine
}  // namespace actorgraph
