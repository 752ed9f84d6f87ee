// One item: resolution of mentions, clause subjects, rules, modality and
// dates. See extract_item.h for the passes.

#include "extract_item.h"

#include <algorithm>
#include <map>
#include <set>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

namespace {

std::vector<std::string> Words(const std::string& key) {
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

std::string LastWord(const std::string& key) {
  std::size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

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
    total += EditDistance(a[i], b[i]);
    if (total > (shorter < 7 ? 1 : 2)) return false;
  }
  return true;
}

bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

void AddUnique(std::vector<std::string>* v, const std::string& x) {
  if (!x.empty() && !Contains(*v, x)) v->push_back(x);
}

}  // namespace

ItemText ReadItem(const Item& item, const Lexicon& lexicon, const IsoDate& fallback_date) {
  ItemText it;
  it.item = &item;
  int next_quote = 0;
  if (!item.headline_en.empty()) {
    SplitSentences(item.headline_en, item.headline_line, -1, lexicon.abbreviations(), &next_quote, &it.sentences);
    for (Sentence& s : it.sentences) s.headline = true;
  }
  it.first_body = static_cast<int>(it.sentences.size());
  for (std::size_t b = 0; b < item.blocks.size(); ++b)
    SplitSentences(item.blocks[b].text, item.blocks[b].line, static_cast<int>(b), lexicon.abbreviations(),
                   &next_quote, &it.sentences);
  it.source_date = item.source.date.empty() ? fallback_date : item.source.date;
  for (Sentence& s : it.sentences) lexicon.Annotate(&s);
  it.mentions.reserve(it.sentences.size());
  it.clauses.reserve(it.sentences.size());
  for (const Sentence& s : it.sentences) {
    it.mentions.push_back(FindMentions(s, lexicon));
    it.clauses.push_back(FindClauses(s, it.mentions.back(), lexicon));
  }
  // The item's own date: the first day its first body sentence (else its
  // headline) names.
  it.lead_date = "";
  auto first_day = [&](int s) -> IsoDate {
    for (const DateMention& d : FindDates(it.sentences[s], lexicon, it.source_date, ""))
      if (d.kind == DateMention::Kind::kDay && !d.occasion) return d.date;
    return "";
  };
  if (it.first_body < static_cast<int>(it.sentences.size())) it.lead_date = first_day(it.first_body);
  for (int s = 0; s < it.first_body && it.lead_date.empty(); ++s) it.lead_date = first_day(s);
  if (it.lead_date.empty()) it.lead_date = it.source_date;
  for (const Sentence& s : it.sentences) it.dates.push_back(FindDates(s, lexicon, it.source_date, it.lead_date));
  return it;
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
        for (const std::string& a : e->actor.aliases)
          if (found.empty() && SameName(FoldKey(a), key)) found = reg.FromDictionary(e);
        if (!found.empty()) break;
      }
      if (found.empty()) {
        for (const std::string& id : reg.persons()) {
          const Actor* a = reg.Find(id);
          if (a && SameName(FoldKey(a->name), key)) {
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

namespace {

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

class ItemProcessor {
 public:
  ItemProcessor(const ItemText& it, const Lexicon& lex, DocState* doc)
      : it_(it), lex_(lex), dict_(lex.dictionary()), doc_(doc), reg_(doc->registry) {}

  std::vector<Found> Run() {
    CollectPersons();
    CollectEvents();
    FindAuthor();
    IsoDate before_list;
    int last_block = -2;
    for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s) {
      int block = S(s).block;
      bool bullet = block >= 0 && it_.item->blocks[block].kind == BlockKind::kBullet;
      if (block != last_block) {
        bool prev_bullet = last_block >= 0 && it_.item->blocks[last_block].kind == BlockKind::kBullet;
        if (bullet && !prev_bullet) before_list = narrative_date_;
        else if (bullet) narrative_date_ = before_list;  // parallel list items
        last_block = block;
      }
      Subjects(s);
      std::size_t before = found_.size();
      sentence_found_begin_ = before;
      ApplyRules(s);
      NominalContacts(s);
      if (!S(s).headline) AdvanceNarrative(s, before);
      for (const Subject& subj : subjects_)
        if (subj.mention >= 0)
          for (const std::string& id : subj.ids) agents_.push_back(id);
      if (s == it_.first_body - 1 || (it_.first_body == 0 && s == 0)) HeadlineFrame();
      UpdateFrame();
    }
    SpeakersAtEvent();
    JapaneseCue();
    return std::move(found_);
  }

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

  // ---------------------------------------------------------------- persons

  void CollectPersons() {
    for (int pass = 0; pass < 2; ++pass) {
      for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s) {
        for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m) {
          const Mention& x = M(s, m);
          if (x.kind != MentionKind::kPerson || x.end <= x.begin) continue;
          bool full = x.entry || (!x.surname_only && !x.tentative);
          if ((pass == 0) != full) continue;
          std::string id = PersonId(s, x);
          if (id.empty()) continue;
          PersonInfo p;
          p.id = id;
          p.s = s;
          p.k = x.begin;
          p.role_key = FoldKey(x.role);
          p.office_key = FoldKey(x.office);
          p.country = x.country ? x.country->actor.id : "";
          p.org_role = x.org != nullptr || !x.org_text.empty();
          if (const Actor* a = reg_.Find(id)) {
            if (p.country.empty()) p.country = a->country;
            if (p.role_key.empty()) p.role_key = FoldKey(a->role);
          }
          if (!x.role.empty()) reg_.SetRole(id, x.role);
          if (x.country) reg_.SetCountry(id, x.country->actor.id);
          persons_.push_back(p);
        }
      }
    }
    // Role and country known anywhere in the item hold for every mention:
    // each person's first known value, in text order (linear: one item
    // may be a whole 50 MB plain-text file).
    std::map<std::string, PersonInfo> known;
    for (const PersonInfo& p : persons_) {
      PersonInfo& k = known[p.id];
      if (k.role_key.empty()) k.role_key = p.role_key;
      if (k.office_key.empty()) k.office_key = p.office_key;
      if (k.country.empty()) k.country = p.country;
    }
    for (PersonInfo& p : persons_) {
      const PersonInfo& k = known[p.id];
      if (p.role_key.empty()) p.role_key = k.role_key;
      if (p.office_key.empty()) p.office_key = k.office_key;
      if (p.country.empty()) p.country = k.country;
    }
  }

  // The id of a person mention (cached per mention).
  std::string PersonId(int s, const Mention& x) {
    auto key = std::make_pair(s, x.begin);
    auto cached = person_cache_.find(key);
    if (cached != person_cache_.end()) return cached->second;
    std::string id = PersonIdUncached(s, x);
    person_cache_[key] = id;
    if (!id.empty()) {
      std::string surface = S(s).Span(x.name_begin, x.name_end);
      reg_.AddAlias(id, surface);
      if (x.titled && x.begin < x.name_begin) {
        std::string titled = S(s).Span(x.begin, x.name_end);
        if (titled.size() < 40 && titled.find(',') == std::string::npos) reg_.AddAlias(id, titled);
      }
    }
    return id;
  }

  std::string PersonIdUncached(int s, const Mention& x) {
    if (x.entry) return reg_.FromDictionary(x.entry);
    std::string key = FoldKey(x.name);
    if (!x.surname_only && !x.tentative) {
      auto it = doc_->person_variant.find(key);
      if (it != doc_->person_variant.end()) return it->second;
      return reg_.Named(ActorKind::kPerson, x.name, x.country ? x.country->actor.id : "", x.role);
    }
    // A surname: the item's persons first, then the document's, then the
    // dictionary's.
    std::vector<std::string> item_hits;
    for (const PersonInfo& p : persons_) {
      const Actor* a = reg_.Find(p.id);
      if (a && HasSurname(*a, key)) AddUnique(&item_hits, p.id);
    }
    if (item_hits.size() == 1) return item_hits[0];
    if (item_hits.size() > 1) {
      // the nearest one named before
      std::string best;
      for (const PersonInfo& p : persons_)
        if (Contains(item_hits, p.id) && (p.s < s || (p.s == s && p.k < x.begin))) best = p.id;
      return best.empty() ? item_hits[0] : best;
    }
    std::vector<std::string> doc_hits = reg_.PersonsWithSurname(key);
    for (const std::string& id : reg_.persons()) {
      const Actor* a = reg_.Find(id);
      if (a && reg_.Entry(id) && HasSurname(*a, key)) AddUnique(&doc_hits, id);
    }
    if (doc_hits.size() == 1) return doc_hits[0];
    const std::vector<const DictionaryEntry*>& dict_hits = lex_.Surname(key);
    if (dict_hits.size() == 1) return reg_.FromDictionary(dict_hits[0]);
    if (dict_hits.size() > 1 && x.country) {
      const DictionaryEntry* only = nullptr;
      int n = 0;
      for (const DictionaryEntry* e : dict_hits)
        if (e->actor.country == x.country->actor.id) only = e, ++n;
      if (n == 1) return reg_.FromDictionary(only);
    }
    if (x.tentative || !doc_hits.empty() || dict_hits.size() > 1) return "";
    return reg_.Named(ActorKind::kPerson, x.name, x.country ? x.country->actor.id : "", x.role);
  }

  // The actor has a spelling of two words or more ending with `key`.
  bool HasSurname(const Actor& a, const std::string& key) const {
    const std::set<std::string>* keys = reg_.Keys(a.id);
    if (!keys) return false;
    // "Wang" for Wang Yi: where the family name comes first
    const std::vector<std::string>& first = lex_.patterns().Words("family_name_first");
    bool family_first = !a.country.empty() && std::find(first.begin(), first.end(), a.country) != first.end();
    for (const std::string& k : *keys) {
      if (k.size() <= key.size()) continue;
      if (k.compare(k.size() - key.size(), key.size(), key) == 0 && k[k.size() - key.size() - 1] == ' ') return true;
      if (family_first && k.compare(0, key.size(), key) == 0 && k[key.size()] == ' ') return true;
    }
    return false;
  }


  // ----------------------------------------------------------------- events

  struct EventInfo {
    std::string id, head;  // head: last word of its name ("summit")
    int s, k;
  };

  void CollectEvents() {
    for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
      for (const Mention& x : it_.mentions[s].mentions) {
        if (x.kind != MentionKind::kEvent || x.end <= x.begin) continue;
        std::string id = EventId(s, x);
        std::string key = FoldKey(S(s).Span(x.name_begin, x.name_end));
        events_.push_back({id, key, s, x.begin});
      }
  }

  std::string EventId(int s, const Mention& x) {
    if (x.entry) return reg_.FromDictionary(x.entry);
    std::string id = reg_.Named(ActorKind::kEvent, x.name, x.country ? x.country->actor.id : "", "");
    reg_.AddAlias(id, S(s).Span(x.name_begin, x.name_end));
    return id;
  }

  // Those of `ids` whose role has the title of a plural anaphor ("the
  // ministers": "minister"); all of them when it gives a count that fails.
  std::vector<std::string> WithTitle(const std::vector<std::string>& ids, const Mention& x) const {
    std::string noun = x.anaphor;
    if (!noun.empty() && noun.back() == 's') noun.pop_back();
    std::vector<std::string> kept, counterparts;
    for (const std::string& id : ids) {
      bool fits = false, written = false, counterpart = false;
      for (const PersonInfo& p : persons_)
        if (p.id == id && !p.role_key.empty()) {
          written = true;
          std::vector<std::string> words = Words(p.role_key);
          if (Contains(words, noun)) fits = true;
          if (Contains(words, "counterpart")) counterpart = true;
        }
      const Actor* a = reg_.Find(id);
      if (!written && a && Contains(Words(FoldKey(a->role)), noun)) fits = true;
      if (fits) kept.push_back(id);
      else if (counterpart) counterparts.push_back(id);  // holds the office of whom it counters
    }
    if (!kept.empty())
      for (const std::string& id : counterparts) kept.push_back(id);
    if (x.count > 0 && static_cast<int>(kept.size()) != x.count) kept.clear();
    return kept;
  }

  // The participants of the last meeting or call found (all pairs of its
  // sentence), or nothing.
  std::vector<std::string> LatestContact() const {
    std::vector<std::string> out;
    const Found* last = nullptr;
    for (auto it = found_.rbegin(); it != found_.rend() && !last; ++it)
      if (it->type == InteractionType::kMeeting || it->type == InteractionType::kCall) last = &*it;
    if (!last) return out;
    for (const Found& f : found_)
      if (f.type == last->type && f.evidence.line == last->evidence.line && f.evidence.sentence == last->evidence.sentence) {
        AddUnique(&out, f.source);
        AddUnique(&out, f.target);
      }
    return out;
  }

  // The gathering named earlier in the item whose name ends in `noun`
  // ("meeting" -> "21st EU-Central Asia Ministerial Meeting"), else "".
  std::string GatheringCalled(int s, int k, const std::string& noun) const {
    std::string found;
    for (const EventInfo& e : events_)
      if ((e.s < s || (e.s == s && e.k < k)) && LastWord(e.head) == noun) found = e.id;
    return found;
  }

  std::string EventAnaphor(int s, const Mention& x) {
    const std::string& head = x.anaphor;
    bool any = head == "event"sv || head == "gathering"sv || head == "panel"sv || head == "session"sv ||
               head == "plenary"sv || head == "sidelines"sv;
    std::string best, after;
    for (const EventInfo& e : events_) {
      bool fits = any || e.head.find(head) != std::string::npos;
      if (!fits) continue;
      if (e.s < s || (e.s == s && e.k < x.begin)) best = e.id;
      else if (after.empty()) after = e.id;
    }
    return best.empty() ? after : best;
  }

  // ----------------------------------------------------------------- author

  // Who speaks in the item: "MINVAL: ..." in the headline, "the statement of
  // X", "The article by X", "X's post".
  void FindAuthor() {
    for (int s = 0; s < static_cast<int>(it_.sentences.size()) && author_.empty(); ++s) {
      const Sentence& sen = S(s);
      if (sen.headline) {
        int m = MentionStartingAt(s, 0);
        if (m >= 0 && M(s, m).end < NTok(s) && T(s, M(s, m).end).key == ":"sv) {
          std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
          if (ids.size() == 1) author_ = ids[0];
        }
        continue;
      }
      for (const Mention& x : it_.mentions[s].mentions)
        if (x.kind == MentionKind::kSpeakerAnaphor && x.author >= 0) {
          std::vector<std::string> ids = Resolve(s, x.author, Use::kSubject);
          if (ids.size() == 1) {
            author_ = ids[0];
            break;
          }
        }
    }
  }

  // The speaker of quote q: "..." X said / X said: "..." / X's post: "...".
  std::string QuoteSpeaker(int q) {
    auto cached = quote_speaker_.find(q);
    if (cached != quote_speaker_.end()) return cached->second;
    std::string who;
    int open_s = -1, open_k = -1, close_s = -1, close_k = -1;
    for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
      for (int k = 0; k < NTok(s); ++k) {
        if (S(s).quote[k] != q) continue;
        if (open_s < 0 && T(s, k).Is(kQuoteOpen)) open_s = s, open_k = k;
        if (T(s, k).Is(kQuoteClose)) close_s = s, close_k = k;
      }
    if (close_s >= 0) who = SpeakerAfter(close_s, close_k + 1);
    if (who.empty() && open_s >= 0) who = SpeakerBefore(open_s, open_k);
    quote_speaker_[q] = who;
    return who;
  }

  std::string SpeakerAfter(int s, int k) {
    int n = NTok(s);
    while (k < n && (T(s, k).key == ","sv || T(s, k).Is(kQuoteClose))) ++k;
    if (k >= n) return "";
    int m = MentionStartingAt(s, k);
    if (m >= 0 && M(s, m).end < n && (Bits(s, M(s, m).end) & kSpeechVerb)) {
      std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
      return ids.size() == 1 ? ids[0] : "";
    }
    if (Bits(s, k) & kSpeechVerb) {
      m = MentionStartingAt(s, k + 1);
      if (m >= 0) {
        std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
        return ids.size() == 1 ? ids[0] : "";
      }
    }
    return "";
  }

  std::string SpeakerBefore(int s, int k) {
    if (k == 0) return "";
    int c = it_.clauses[s].of[k - 1];
    const Subject& subj = subjects_.size() > static_cast<std::size_t>(c) && subjects_sentence_ == s
                              ? subjects_[c]
                              : Subject();
    if (subj.ids.size() == 1) return subj.ids[0];
    // A speaker phrase just before: "Sybiha's X post:"
    for (int j = k - 1; j >= 0 && j >= k - 3; --j) {
      int m = At(s, j);
      if (m >= 0 && M(s, m).kind == MentionKind::kSpeakerAnaphor) {
        std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
        if (ids.size() == 1) return ids[0];
      }
    }
    return "";
  }

  // The speaker of sentence s at token k: its quote's, else the headline
  // label, else the item's author.
  std::string Speaker(int s, int k) {
    int q = S(s).quote[k];
    if (q >= 0) return QuoteSpeaker(q);
    return author_;
  }

  // ------------------------------------------------------------- resolution

  std::vector<std::string> Resolve(int s, int m, Use use) {
    const Mention& x = M(s, m);
    std::vector<std::string> out;
    switch (x.kind) {
      case MentionKind::kPerson: {
        std::string id = PersonId(s, x);
        if (!id.empty()) out.push_back(id);
        break;
      }
      case MentionKind::kOrganization:
        if (x.entry) out.push_back(reg_.FromDictionary(x.entry));
        else {
          std::string id = reg_.Named(ActorKind::kOrganization, x.name, x.country ? x.country->actor.id : "", "");
          reg_.AddAlias(id, S(s).Span(x.name_begin, x.name_end));
          out.push_back(id);
        }
        if (x.entry) reg_.AddAlias(out.back(), S(s).Span(x.name_begin, x.name_end));
        break;
      case MentionKind::kCountry:
        if (x.entry) out.push_back(reg_.FromDictionary(x.entry));
        else if (!x.name.empty()) out.push_back(reg_.Named(ActorKind::kCountry, x.name, "", ""));
        break;
      case MentionKind::kCapital:
        if (use != Use::kOther && x.entry) out.push_back(reg_.FromDictionary(x.entry));
        break;
      case MentionKind::kEvent:
        out.push_back(EventId(s, x));
        break;
      case MentionKind::kRole: {
        std::string id = ResolveRole(s, x);
        if (!id.empty()) out.push_back(id);
        break;
      }
      case MentionKind::kCountryList:
        for (const DictionaryEntry* c : x.countries) AddUnique(&out, reg_.FromDictionary(c));
        break;
      case MentionKind::kGroup:
        for (int member : x.members)
          for (const std::string& id : Resolve(s, member, use)) AddUnique(&out, id);
        if (x.by_country) {
          for (const DictionaryEntry* c : x.countries) {
            Mention one = x;
            one.kind = MentionKind::kRole;
            one.country = c;
            AddUnique(&out, ResolveRole(s, one));
          }
        }
        break;
      case MentionKind::kFramePersons: {
        out = frame_.empty() ? last_plural_ : frame_;
        if (!TitleNoun(x.anaphor)) break;
        // "the two ministers" of a meeting with three: those with that title
        std::vector<std::string> kept = WithTitle(out, x);
        if (static_cast<int>(out.size()) > std::max(x.count, 1) && kept.size() >= 2) {
          out = kept;
        } else if (kept.size() < 2 && frame_from_contact_) {
          // "X was received by the President. X then held talks with Y. The
          // ministers signed ...": the latest talks hold the two ministers
          std::vector<std::string> latest = WithTitle(LatestContact(), x);
          if (latest.size() >= 2) out = latest;
        }
        break;
      }
      case MentionKind::kFrameCountries:
        for (const std::string& id : frame_) {
          const Actor* a = reg_.Find(id);
          if (!a) continue;
          if (a->kind == ActorKind::kCountry) AddUnique(&out, id);
          else if (!a->country.empty())
            if (const DictionaryEntry* c = dict_.FindId(a->country)) AddUnique(&out, reg_.FromDictionary(c));
        }
        break;
      case MentionKind::kPronoun:
        if (S(s).quote[x.begin] >= 0 && use != Use::kObject) break;
        if (use == Use::kObject) {
          // "invited her": the last person named who is not the subject
          for (auto it = mentioned_.rbegin(); it != mentioned_.rend(); ++it)
            if (!Contains(*current_subject_, *it)) {
              out.push_back(*it);
              break;
            }
        } else if (!last_person_.empty()) {
          out.push_back(last_person_);
        }
        break;
      case MentionKind::kPronounPlural:
        out = last_plural_;
        break;
      case MentionKind::kPronounSpeaker: {
        int q = S(s).quote[x.begin];
        if (q >= 0) {
          std::string who = QuoteSpeaker(q);
          if (!who.empty()) out.push_back(who);
          // "we" in a bilateral item: the speaker and the other side
          if (!who.empty() && (x.name == "we" || x.name == "us") && Contains(frame_, who))
            for (const std::string& id : frame_) AddUnique(&out, id);
        }
        break;
      }
      case MentionKind::kEventAnaphor: {
        std::string id = EventAnaphor(s, x);
        if (!id.empty()) out.push_back(id);
        break;
      }
      case MentionKind::kSpeakerAnaphor:
        if (x.author >= 0) out = Resolve(s, x.author, Use::kSubject);
        else if (!author_.empty()) out.push_back(author_);
        break;
      case MentionKind::kDelegation: {
        std::string leader = DelegationLeader();
        if (!leader.empty()) out.push_back(leader);
        else if (x.country) out.push_back(reg_.FromDictionary(x.country));
        break;
      }
    }
    return out;
  }

  std::string DelegationLeader() {
    for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
      for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m)
        if (M(s, m).leads && M(s, m).end > M(s, m).begin) {
          std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
          if (ids.size() == 1) return ids[0];
        }
    return "";
  }

  // A person named by role: the item's person with that role, else the
  // holder of the office on the item's date, else the country.
  std::string ResolveRole(int s, const Mention& x) {
    std::string office = x.office;
    std::string country = x.country ? x.country->actor.id : "";
    std::string office_key = FoldKey(office);
    bool counterpart = office_key == "counterpart"sv || office_key == "counterparts"sv;
    if (counterpart) {
      // "his Turkish counterpart": the owner's office, held in that country.
      std::string owner = last_person_;
      std::string owner_office = OfficeOf(owner);
      // the item's other holder of the owner's office
      if (!owner_office.empty()) {
        std::vector<std::string> same;
        for (const PersonInfo& p : persons_) {
          if (p.id == owner || (!country.empty() && !p.country.empty() && p.country != country)) continue;
          if (OfficeOf(p.id) == owner_office) AddUnique(&same, p.id);
        }
        if (same.size() == 1) return same[0];
      }
      return x.country ? reg_.FromDictionary(x.country) : "";
    }
    std::string canonical = dict_.CanonicalOffice(office);
    std::string head = LastWord(office_key);
    bool generic = (lex_.Bits(office_key) & kGenericPerson) != 0;
    // Candidates in two tiers: the same office (canonically), then a role
    // that only shares the title word ("First Vice-President" for "the
    // President" is a last resort).
    std::vector<std::string> hits, weak;
    for (const PersonInfo& p : persons_) {
      if (!country.empty() && !p.country.empty() && p.country != country) continue;
      if (!country.empty() && p.country.empty() && generic) continue;
      std::vector<std::string> words = Words(p.role_key);
      if (Contains(exclude_, p.id)) continue;
      bool strong = !canonical.empty() && (HoldsOffice(p.id, canonical) || OfficeMeans(p, canonical));
      bool office_ok = generic || strong;
      if (!office_ok && !head.empty()) {
        office_ok = Contains(words, head);
        static const std::vector<std::string> kLeads = {"head", "chief", "chairman", "chairwoman", "chair",
                                                        "director", "leader"};
        if (!office_ok && Contains(kLeads, head))
          for (const std::string& w : kLeads) office_ok = office_ok || Contains(words, w);
      }
      if (!office_ok) continue;
      if (!x.org_text.empty() && p.role_key.find(x.org_text) == std::string::npos &&
          !(x.org && RoleMentionsOrg(p, x.org)))
        continue;
      if (x.org && x.org_text.empty() && !RoleMentionsOrg(p, x.org)) continue;
      bool qualified = true;  // "Minister of Economy": Economy must be in the role
      for (const std::string& q : x.qualifiers)
        if (!Contains(words, q)) qualified = false;
      if (!qualified) continue;
      bool exact = strong || (!p.office_key.empty() && p.office_key == office_key);
      if (!country.empty() && p.country.empty() && !exact) continue;  // a country named, the person's unknown
      AddUnique(exact ? &hits : &weak, p.id);
    }
    if (hits.empty()) hits = weak;
    if (hits.size() == 1) return hits[0];
    if (hits.size() > 1) {
      // whom the headline names, else the nearest named before
      for (const PersonInfo& p : persons_)
        if (Contains(hits, p.id) && p.s < it_.first_body && s >= it_.first_body) return p.id;
      std::string best;
      for (const PersonInfo& p : persons_)
        if (Contains(hits, p.id) && (p.s < s || (p.s == s && p.k < x.begin))) best = p.id;
      return best.empty() ? hits[0] : best;
    }
    // Not named in the item: the country (the spec allows the holder or the
    // country; the country does not depend on the dictionary's dates), else
    // the holder of an organisation's office ("the NATO Secretary General").
    if (x.country) return reg_.FromDictionary(x.country);
    if (x.org && !office.empty()) {
      if (const DictionaryEntry* e = dict_.HolderOf(office, x.org->actor.id, it_.lead_date))
        return reg_.FromDictionary(e);
    }
    return "";
  }

  // The person's own title, or its role without "of <country>", names the
  // office or one that implies it ("President" implies "head of state").
  bool OfficeMeans(const PersonInfo& p, const std::string& canonical) const {
    std::vector<std::string> phrases = {p.office_key};
    std::size_t of = p.role_key.rfind(" of ");
    if (of != std::string::npos) phrases.push_back(p.role_key.substr(0, of));
    phrases.push_back(p.role_key);
    for (const std::string& phrase : phrases) {
      if (phrase.empty()) continue;
      std::string c = dict_.CanonicalOffice(phrase);
      if (c.empty()) continue;
      if (c == canonical) return true;
      const Office* o = dict_.FindOffice(c);
      if (o && !p.org_role && Contains(o->implies, canonical)) return true;
    }
    return false;
  }

  bool RoleMentionsOrg(const PersonInfo& p, const DictionaryEntry* org) const {
    if (p.role_key.find(FoldKey(org->actor.name)) != std::string::npos) return true;
    for (const std::string& a : org->actor.aliases)
      if (!a.empty() && Contains(Words(p.role_key), FoldKey(a))) return true;
    if (const DictionaryEntry* e = reg_.Entry(p.id))
      for (const Role& r : e->roles)
        if (r.country == org->actor.id) return true;
    return false;
  }

  bool HoldsOffice(const std::string& id, const std::string& canonical) const {
    const DictionaryEntry* e = reg_.Entry(id);
    if (!e) return false;
    for (const Role& r : e->roles) {
      if (r.office_id != canonical) {
        // an implied office ("president" -> head of state) holds for
        // offices of a country, not of an organisation
        const Office* o = dict_.FindOffice(r.office_id);
        if (!o || !Contains(o->implies, canonical)) continue;
        const DictionaryEntry* where = dict_.FindId(r.country);
        if (!where || where->actor.kind != ActorKind::kCountry) continue;
      }
      if (InRange(r)) return true;
    }
    return false;
  }

  bool InRange(const Role& r) const {
    const IsoDate& d = it_.lead_date;
    if (d.empty()) return r.to.empty();
    if (!r.from.empty() && d.compare(0, r.from.size(), r.from) < 0 && d < r.from) return false;
    if (!r.to.empty() && d.substr(0, r.to.size()) > r.to) return false;
    return true;
  }

  // The office a person holds on the item's date, as a phrase.
  std::string OfficeOf(const std::string& id) const {
    if (id.empty()) return "";
    if (const DictionaryEntry* e = reg_.Entry(id))
      for (const Role& r : e->roles)
        if (InRange(r)) return r.office;
    for (const PersonInfo& p : persons_)
      if (p.id == id && !p.role_key.empty()) {
        std::string c = dict_.CanonicalOffice(p.role_key);
        if (!c.empty()) return c;
        // the title words of the role, without "of <country>"
        std::size_t of = p.role_key.find(" of ");
        std::string head = of == std::string::npos ? p.role_key : p.role_key.substr(0, of);
        c = dict_.CanonicalOffice(head);
        if (!c.empty()) return c;
        for (const std::string& w : Words(head)) {
          c = dict_.CanonicalOffice(w);
          if (!c.empty()) return c;
        }
      }
    return "";
  }

  // --------------------------------------------------------------- subjects

  bool Eligible(int s, const Mention& x) {
    if (x.end <= x.begin || x.possessive) return false;
    if (x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor) return false;
    if (x.tentative && PersonId(s, x).empty()) return false;
    if (x.begin > 0) {
      const Token& prev = T(s, x.begin - 1);
      if (prev.Is(kWord) && (Bits(s, x.begin - 1) & kPreposition)) return false;
    }
    return true;
  }

  // The first eligible mention of clause c before its first verb.
  int OwnSubject(int s, int c) {
    const SentenceClauses& cl = it_.clauses[s];
    const Clause& clause = cl.clauses[c];
    int verb = clause.end;
    int start = clause.begin;
    // "In a letter dated December 30, X congratulated ...": skip the
    // opening prepositional phrase
    if (start < clause.end && At(s, start) < 0 && T(s, start).Is(kWord) && (Bits(s, start) & kPreposition)) {
      for (int k = start + 1; k < clause.end && k < start + 14; ++k)
        if (cl.of[k] == c && T(s, k).key == ","sv) {
          start = k + 1;
          break;
        }
    }
    for (int k = start; k < clause.end; ++k) {
      if (cl.of[k] != c || At(s, k) >= 0) continue;
      if (VerbLike(S(s), k, lex_)) {
        verb = k;
        break;
      }
    }
    for (int k = start; k < verb; ++k) {
      if (cl.of[k] != c) continue;
      int m = MentionStartingAt(s, k);
      if (m < 0) continue;
      if (Eligible(s, M(s, m))) return m;
      k = M(s, m).end - 1;
    }
    return -1;
  }

  void Subjects(int s) {
    const SentenceClauses& cl = it_.clauses[s];
    subjects_.assign(cl.clauses.size(), Subject());
    subjects_sentence_ = s;
    std::vector<int> order(cl.clauses.size());
    for (std::size_t c = 0; c < order.size(); ++c) order[c] = static_cast<int>(c);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return cl.clauses[a].begin < cl.clauses[b].begin; });
    for (int c : order) {
      ClauseKind kind = cl.clauses[c].kind;
      // ", where he met ...": "where", "whom", "when" clauses have their own subject
      bool own_relative = false;
      if (kind == ClauseKind::kRelative) {
        const std::string& pronoun = T(s, cl.clauses[c].begin).key;
        own_relative = pronoun == "where"sv || pronoun == "whom"sv || pronoun == "when"sv || pronoun == "whose"sv;
      }
      if ((kind == ClauseKind::kRelative && !own_relative) || kind == ClauseKind::kTrailParticiple ||
          kind == ClauseKind::kVpCoord || kind == ClauseKind::kIntroParticiple)
        continue;
      int m = OwnSubject(s, c);
      if (m < 0) continue;
      Fill list;
      if (!ParseList(s, M(s, m).begin, 'S', 0, &list)) {
        // "..., and the two leaders agreed": resolved when a rule uses it,
        // after the sentence's own contact is known
        if (IsFrameMention(M(s, m))) {
          subjects_[c].mention = m;
          subjects_[c].end = M(s, m).end;
        }
        continue;
      }
      subjects_[c].ids = list.ids;
      subjects_[c].mentions = list.mentions;
      subjects_[c].mention = m;
      subjects_[c].end = list.end;
      NoteSubject(list.ids);
    }
    for (int c : order) {
      const Clause& clause = cl.clauses[c];
      if (subjects_[c].mention >= 0) continue;
      switch (clause.kind) {
        case ClauseKind::kRelative:
          if (clause.antecedent >= 0) {
            subjects_[c].ids = Resolve(s, clause.antecedent, Use::kSubject);
            // "X and Y, who both arrived ...": the list
            for (const Subject& other : subjects_)
              if (other.mentions.size() > 1 && other.mentions.back() == clause.antecedent) subjects_[c].ids = other.ids;
          }
          break;
        case ClauseKind::kIntroParticiple:
        case ClauseKind::kTrailParticiple:
        case ClauseKind::kVpCoord:
          if (clause.parent >= 0) {
            // the parent's own subject, or the first own subject after the intro
            if (subjects_[clause.parent].mention >= 0) subjects_[c].ids = subjects_[clause.parent].ids;
            else if (clause.kind == ClauseKind::kIntroParticiple) {
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

  void NotePersons(const std::vector<std::string>& ids) {
    for (const std::string& id : ids) {
      const Actor* a = reg_.Find(id);
      if (a && a->kind == ActorKind::kPerson) mentioned_.push_back(id);
    }
  }

  void NoteSubject(const std::vector<std::string>& ids) {
    NotePersons(ids);
    if (ids.size() == 1) {
      const Actor* a = reg_.Find(ids[0]);
      if (a && a->kind == ActorKind::kPerson) last_person_ = ids[0];
    } else if (ids.size() > 1) {
      last_plural_ = ids;
    }
  }

  // ------------------------------------------------------------------ lists

  bool IsElaboration(int s, int k, int* len) const {
    if (k >= NTok(s)) return false;
    int l = lex_.PhraseAt(S(s), k, kElaboration);
    if (l) {
      *len = l;
      return true;
    }
    return false;
  }

  // A noun phrase of plain words ("other European institutions"), up to 6.
  int GenericEnd(int s, int k) const {
    int n = NTok(s), count = 0;
    while (k < n && count < 6) {
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
      if (!t.Is(kWord)) break;
      uint64_t b = Bits(s, k);
      if ((b & (kCoordinator | kElaboration)) || VerbLike(S(s), k, lex_)) break;
      if (lex_.PhraseAt(S(s), k, kElaboration)) break;
      if ((b & kPreposition) && t.key != "of"sv) break;
      ++k;
      ++count;
    }
    return count ? k : -1;
  }

  bool SlotAccepts(char slot, const Mention& x) const {
    if (slot == 'E')
      return x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor ||
             (x.kind == MentionKind::kOrganization && x.entry && GatheringBody(x.entry->actor));
    if (x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor) return false;
    return true;
  }

  // Parses "A, B and C" from token k. `prep`: a preposition that may repeat
  // before each member ("to the participants and to President Aliyev").
  bool ParseList(int s, int k, char slot, const std::string* prep, Fill* out) {
    int n = NTok(s);
    std::vector<int> items;
    int p = k;
    bool possessor_slot = slot == 'O' || slot == 'P';
    bool closed = false;  // an "and" has joined the last member
    if (slot == 'O') {
      std::vector<std::string> ids;
      int end = ActAnaphor(s, p, &ids);
      if (end > p) {
        out->ids = ids;
        out->end = end;
        return !ids.empty();
      }
    }
    // "criticized the new U.S. tariffs": determiners and adjectives before
    // the actor
    if (slot == 'O' && MentionStartingAt(s, p) < 0) {
      int q = p;
      while (q < n && q < p + 3 && MentionStartingAt(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kLower) &&
             !VerbLike(S(s), q, lex_) && !(Bits(s, q) & (kPreposition | kCoordinator | kObjectOf)))
        ++q;
      if (q > p && MentionStartingAt(s, q) >= 0) {
        const Mention& x = M(s, MentionStartingAt(s, q));
        if (x.end < n && T(s, x.end).Is(kWord) && T(s, x.end).Is(kLower) && !VerbLike(S(s), x.end, lex_) &&
            x.kind != MentionKind::kPronoun && x.kind != MentionKind::kPronounPlural)
          p = q;
      }
    }
    // "slammed what he called unacceptable pressure from Washington",
    // "condemned the attacks on civilians by X": the act's author
    if (slot == 'O' && MentionStartingAt(s, p) < 0 && p < n && !(Bits(s, p) & kPreposition)) {
      int q = p;
      if (q + 2 < n && T(s, q).key == "what"sv && At(s, q + 1) >= 0 &&
          (T(s, q + 2).key == "called"sv || T(s, q + 2).key == "termed"sv || T(s, q + 2).key == "described"sv))
        q += T(s, q + 2).key == "described"sv && q + 3 < n && T(s, q + 3).key == "as"sv ? 4 : 3;
      int words = 0;
      while (q < n && words < 6 && At(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kLower) &&
             T(s, q).key != "from"sv && T(s, q).key != "by"sv && !VerbLike(S(s), q, lex_) &&
             !(Bits(s, q) & (kCoordinator | kRelative | kSubordinator)))
        ++q, ++words;
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
            return true;
          }
        }
      }
    }
    // "thanked the alliance": the organisation the item last named
    if (slot != 'S' && slot != 'E' && slot != 'C' && MentionStartingAt(s, p) < 0 && p + 1 < n &&
        T(s, p).key == "the"sv && MentionStartingAt(s, p + 1) < 0) {
      const std::string& w = T(s, p + 1).key;
      if (w == "alliance"sv || w == "bloc"sv || w == "organisation"sv || w == "organization"sv ||
          w == "union"sv || w == "agency"sv) {
        if (const DictionaryEntry* org = OrgAnaphor(s, p)) {
          out->ids = {reg_.FromDictionary(org)};
          out->end = p + 2;
          return true;
        }
      }
    }
    // "received the newly appointed Ambassador X", "met the visiting Y"
    if (slot != 'S' && MentionStartingAt(s, p) < 0 && p < n &&
        (T(s, p).key == "the"sv || T(s, p).key == "a"sv || T(s, p).key == "an"sv)) {
      int q = p + 1;
      while (q < n && q < p + 4 && MentionStartingAt(s, q) < 0 && T(s, q).Is(kWord) && T(s, q).Is(kLower) &&
             !(Bits(s, q) & (kPreposition | kCoordinator | kFunction | kRelative)))
        ++q;
      int m = MentionStartingAt(s, q);
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
      int noun = q + hit.length;
      if (hit.entry && hit.form == FormKind::kDemonym && hit.entry->actor.kind == ActorKind::kCountry &&
          noun < n && At(s, noun) < 0 && T(s, noun).Is(kWord) && T(s, noun).Is(kLower) &&
          !VerbLike(S(s), noun, lex_) &&
          !(Bits(s, noun) & (kPreposition | kCoordinator | kFunction | kRelative | kSubordinator))) {
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
      if (m < 0) {
        // "the role of X", "the efforts of X"
        if (slot == 'O' && items.empty()) {
          int q = p;
          if (q < n && (T(s, q).key == "the"sv || T(s, q).key == "a"sv)) ++q;
          if (q + 1 < n && T(s, q).Is(kWord) && (Bits(s, q) & kObjectOf) && T(s, q + 1).key == "of"sv) {
            p = q + 2;
            continue;
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
              continue;
            }
            if (q < n && T(s, q).Is(kDash) && MentionStartingAt(s, q + 1) >= 0) {
              p = q + 1;
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
      const Mention& x = M(s, m);
      if (!SlotAccepts(slot, x)) break;
      if (x.possessive) {
        if (!(possessor_slot && items.empty())) break;
        items.push_back(m);
        p = x.end + 1;  // after 's
        break;
      }
      if (slot == 'O' && items.empty() && (x.kind == MentionKind::kCountry || x.kind == MentionKind::kOrganization) &&
          x.end < n && T(s, x.end).Is(kWord) && T(s, x.end).Is(kLower) && !VerbLike(S(s), x.end, lex_) &&
          !(Bits(s, x.end) & (kPreposition | kCoordinator | kFunction | kRelative))) {
        // "criticized the new U.S. tariffs": the country whose thing it is
        items.push_back(m);
        p = x.end;
        break;
      }
      if (slot == 'P') break;  // P needs a possessive
      items.push_back(m);
      p = x.end;
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
        continue;
      }
      q = SkipInserted(s, p);
      if (q > p && q < n && (T(s, q).key == "and"sv || T(s, q).key == "&"sv) && MentionStartingAt(s, q + 1) >= 0) {
        p = q + 1;
        continue;
      }
      q = p;
      bool comma = q < n && T(s, q).key == ","sv;
      if (comma) ++q;
      bool joined = true;
      if (q < n && (T(s, q).key == "and"sv || T(s, q).key == "&"sv)) ++q;
      else if (q + 2 < n && T(s, q).key == "as"sv && T(s, q + 1).key == "well"sv && T(s, q + 2).key == "as"sv) q += 3;
      else joined = false;
      if (q == p) break;
      // "SOCAR and XRG, ADNOC's investment arm, signed": after "and" the list
      // is complete; a comma then opens an apposition
      if (!joined && closed) break;
      closed = closed || joined;
      if (prep && q < n && T(s, q).key == *prep) ++q;
      if (MentionStartingAt(s, q) < 0) break;
      // "..., and the two presidents held talks": a new clause, not a member
      {
        const SentenceClauses& cl = it_.clauses[s];
        int cq = cl.of[q];
        if (cq != cl.of[M(s, items[0]).begin] && cl.clauses[cq].begin >= p && cl.clauses[cq].begin <= q) break;
      }
      // "X, who ..." is not a list
      p = q;
    }
    if (items.empty()) return false;
    if (slot == 'P' && !M(s, items[0]).possessive) return false;
    out->mentions = items;
    out->end = p;
    Use use = slot == 'S' ? Use::kSubject : Use::kObject;
    if (use == Use::kObject) exclude_ = *current_subject_;
    bool has_org = false;
    for (int m : items) has_org = has_org || M(s, m).kind == MentionKind::kOrganization;
    for (int m : items) {
      std::vector<std::string> ids = Resolve(s, m, use);
      // "SOCAR and Uzbekneftegaz signed": a lone unknown word beside an
      // organisation is one too
      if (ids.empty() && has_org && M(s, m).tentative) {
        std::string id = reg_.Named(ActorKind::kOrganization, M(s, m).name, "", "");
        ids.push_back(id);
      }
      for (const std::string& id : ids) AddUnique(&out->ids, id);
    }
    exclude_.clear();
    return !out->ids.empty();
  }

  // "criticized the decision", "rejected the statement", "condemned the
  // resolution adopted by X": the act's author.
  int ActAnaphor(int s, int p, std::vector<std::string>* ids) {
    int n = NTok(s);
    if (p + 1 >= n || T(s, p).key != "the"sv || !T(s, p + 1).Is(kWord)) return -1;
    const std::string& noun = T(s, p + 1).key;
    static const std::vector<std::string> kActs = {"decision", "move",     "step",      "steps",
                                                   "measure",  "measures", "criticism", "condemnation"};
    static const std::vector<std::string> kWords = {"statement", "statements", "remarks", "report", "comments",
                                                    "claims", "article", "allegations", "accusations",
                                                    "resolution", "document", "declaration", "post", "words"};
    bool act = Contains(kActs, noun), said = Contains(kWords, noun);
    if (!act && !said) return -1;
    if (p + 2 < n && (T(s, p + 2).key == "of"sv || T(s, p + 2).Is(kPossessive))) return -1;
    // "... adopted the day before by X"
    for (int j = p + 2; j < n && j < p + 9; ++j) {
      if (T(s, j).key == ","sv || T(s, j).key == "."sv) break;
      if (T(s, j).key == "by"sv) {
        int m = MentionStartingAt(s, j + 1);
        if (m < 0) break;
        *ids = Resolve(s, m, Use::kObject);
        return M(s, m).end;
      }
    }
    if (act) {
      for (auto it = found_.rbegin(); it != found_.rend(); ++it)
        if (!IsContact(it->type) && !Contains(*current_subject_, it->source)) {
          ids->push_back(it->source);
          return p + 2;
        }
    }
    for (auto it = agents_.rbegin(); it != agents_.rend(); ++it) {
      if (Contains(*current_subject_, *it) || SameCountry(*it, *current_subject_)) continue;
      ids->push_back(*it);
      return p + 2;
    }
    return p + 2;
  }

  bool SameCountry(const std::string& id, const std::vector<std::string>& others) const {
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

  bool GenericPlural(const Mention& x) const {
    if (x.kind == MentionKind::kGroup && x.members.empty()) return true;
    if (x.kind == MentionKind::kOrganization && !x.entry) {
      const std::string& n = x.name;
      return !n.empty() && n.back() == 's';
    }
    return false;
  }

  // The destination of a visit: a country, a capital, a known place.
  bool ParseDestination(int s, int k, Fill* out) {
    int n = NTok(s);
    if (k >= n) return false;
    if (PlaceAt(s, k, out)) return true;
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
      if (h.length && h.form == FormKind::kDemonym && j + h.length + 2 < n) {
        int noun = j + h.length;
        const std::string& w = T(s, noun).key;
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
    // "arrived in the kingdom": the country the item last named, not the
    // traveller's own
    if (k + 1 < n && T(s, k).key == "the"sv) {
      const std::string& w = T(s, k + 1).key;
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

  // The last organisation named before token k (itself, or the body of a
  // role: "NATO Secretary General Mark Rutte").
  const DictionaryEntry* OrgAnaphor(int s, int k) const {
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

  const DictionaryEntry* CountryAnaphor(int s, int k) const {
    std::set<std::string> own;
    for (const std::string& id : *current_subject_)
      if (const Actor* a = reg_.Find(id)) own.insert(a->kind == ActorKind::kCountry ? a->id : a->country);
    for (int t = s; t >= 0; --t) {
      const std::vector<Mention>& ms = it_.mentions[t].mentions;
      for (auto x = ms.rbegin(); x != ms.rend(); ++x) {
        if (t == s && x->begin >= k) continue;
        const DictionaryEntry* c =
            (x->kind == MentionKind::kCountry || x->kind == MentionKind::kCapital) ? x->entry : x->country;
        if (!c || c->actor.kind != ActorKind::kCountry || own.count(c->actor.id)) continue;
        return c;
      }
    }
    // named later in the sentence: "arrived in the kingdom, ... hosted by Saudi ..."
    for (const Mention& x : it_.mentions[s].mentions) {
      if (x.begin < k) continue;
      const DictionaryEntry* c =
          (x.kind == MentionKind::kCountry || x.kind == MentionKind::kCapital) ? x.entry : x.country;
      if (c && c->actor.kind == ActorKind::kCountry && !own.count(c->actor.id)) return c;
    }
    return nullptr;
  }

  // A known place, possibly several words ("New York", "St. Petersburg").
  bool PlaceAt(int s, int k, Fill* out) {
    int n = NTok(s);
    for (int len = 3; len >= 1; --len) {
      if (k + len > n) continue;
      std::string key;
      bool cap = true;
      for (int j = k; j < k + len; ++j) {
        key += (key.empty() ? "" : " ") + T(s, j).key;
        cap = cap && T(s, j).Is(kCap);
      }
      if (!cap) continue;
      if (const DictionaryEntry* c = lex_.PlaceCountry(key)) {
        out->ids.push_back(reg_.FromDictionary(c));
        out->place = S(s).Span(k, k + len);
        out->end = k + len;
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ rules

  struct Match {
    std::map<char, Fill> slots;
    int end = 0;
  };

  bool PlainToken(int s, int k, int clause) const {
    if (k >= NTok(s) || At(s, k) >= 0) return false;
    const Token& t = T(s, k);
    if (!t.Is(kWord)) return false;
    if (it_.clauses[s].of[k] != clause) return false;
    return true;
  }

  // ", who is on a visit to Georgia," and "(...)": insertions a pattern
  // reads over.
  int SkipInserted(int s, int pos) const {
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

  bool MatchFrom(int s, const PatternRule& rule, int e, int pos, int clause, Match* match) {
    const auto& els = rule.elements;
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
        if (pos < NTok(s) && At(s, pos) < 0 && T(s, pos).Is(kWord) && WordFits(el, T(s, pos).key) &&
            MatchFrom(s, rule, e + 1, pos + 1, clause, match))
          return true;
        return el.optional && MatchFrom(s, rule, e + 1, pos, clause, match);
      }
      case PatternElement::Kind::kSkip: {
        int p = pos;
        for (int j = 0; j <= el.skip; ++j) {
          if (MatchFrom(s, rule, e + 1, p, clause, match)) return true;
          if (PlainToken(s, p, clause)) {
            ++p;
            continue;
          }
          // an adjunct: "met on June 3 at the State Department with ..."
          int m = MentionStartingAt(s, p);
          if (m >= 0 && p > 0 && T(s, p - 1).key != "with"sv && (Bits(s, p - 1) & kPreposition) &&
              it_.clauses[s].of[p] == clause) {
            p = M(s, m).end;
            continue;
          }
          break;
        }
        return false;
      }
      case PatternElement::Kind::kSlot: {
        Fill fill;
        bool ok = false;
        std::string prep = pos > 0 && T(s, pos - 1).Is(kWord) ? T(s, pos - 1).key : "";
        if (el.slot == 'C') ok = ParseDestination(s, pos, &fill);
        else if (el.slot == 'L') ok = ParseList(s, pos, 'L', nullptr, &fill) && fill.ids.size() >= 2;
        else ok = ParseList(s, pos, el.slot, prep.empty() ? nullptr : &prep, &fill);
        if (!ok) return false;
        match->slots[el.slot] = fill;
        return MatchFrom(s, rule, e + 1, fill.end, clause, match);
      }
    }
    return false;
  }

  static bool WordFits(const PatternElement& el, const std::string& key) {
    for (const std::string& w : el.words)
      if (w == key) return true;
    for (const std::string& p : el.prefixes)
      if (key.compare(0, p.size(), p) == 0) return true;
    return false;
  }

  void ApplyRules(int s) {
    const Sentence& sen = S(s);
    const std::vector<PatternRule>& rules = lex_.patterns().rules();
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
      for (const TriggerRef& ref : *refs) {
        const PatternRule& rule = rules[ref.rule];
        if (rule.where == PatternRule::Where::kHeadline && !sen.headline) continue;
        if (rule.where == PatternRule::Where::kBody && sen.headline) continue;
        if (rule.where == PatternRule::Where::kBullet &&
            (sen.block < 0 || it_.item->blocks[sen.block].kind != BlockKind::kBullet))
          continue;
        if (TryRule(s, k, rule, ref.element)) break;
      }
    }
  }

  static Found NewFound(InteractionType type, const std::string& a, const std::string& b, const IsoDate& date,
                        bool dated, const std::string& place, Evidence evidence) {
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

  bool TryRule(int s, int k, const PatternRule& rule, int anchor) {
    int clause = it_.clauses[s].of[k];
    Match match;
    current_subject_ = &subjects_[clause].ids;
    if (!MatchFrom(s, rule, anchor + 1, k + 1, clause, &match)) return false;
    // The subject, when the rule uses it.
    bool uses_subject = !rule.elements.empty() && rule.elements[0].kind == PatternElement::Kind::kSubject;
    const Subject& subj = subjects_[clause];
    if (uses_subject) {
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
        if (m < 0) return false;
        if (m != subj.mention) f.ids = Resolve(s, m, Use::kSubject);
        if (f.ids.empty()) return false;
      }
      match.slots['S'] = f;
    }
    InteractionType type = rule.type;
    if (rule.target == 'F') {
      Fill f;
      // "also attended the meeting" in an item about the "21st ...
      // Ministerial Meeting": the named gathering, not the frame.
      std::string gathering = GatheringCalled(s, k, T(s, match.end - 1).key);
      if (!gathering.empty()) {
        f.ids = {gathering};
        type = InteractionType::kParticipation;
      }
      for (const std::string& id : gathering.empty() ? frame_ : std::vector<std::string>{})
        if (!Contains(match.slots['S'].ids, id)) f.ids.push_back(id);
      match.slots['F'] = f;
    }
    if (rule.source == 'Q' || rule.target == 'Q') {
      std::string who = Speaker(s, k);
      if (who.empty()) return false;
      Fill f;
      f.ids = {who};
      match.slots['Q'] = f;
    }
    if (!Modal(s, k, rule, uses_subject && subj.mention >= 0 ? subj.end : -1)) return false;
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
      if (type == InteractionType::kMeeting && !Separate(s, clause)) {
        for (const std::vector<std::string>* side : {&sources, &targets})
          for (std::size_t i = 0; i < side->size(); ++i)
            for (std::size_t j = i + 1; j < side->size(); ++j) pairs.emplace_back((*side)[i], (*side)[j]);
      }
    } else {
      for (std::size_t i = 0; i < sources.size(); ++i)
        for (std::size_t j = i + 1; j < sources.size(); ++j) pairs.emplace_back(sources[i], sources[j]);
    }
    if (pairs.empty()) return false;
    bool dated = false;
    IsoDate date = DateFor(s, k, rule, &dated);
    std::string place = match.slots.count('C') ? match.slots['C'].place : PlaceFor(s, k);
    bool any = false;
    by_place_ = match.slots.count('C') && !match.slots['C'].place.empty() && !match.slots['C'].capital;
    for (const auto& [a, b] : pairs) {
      if (!KindsFit(rule, type, a, b)) continue;
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
    if (any && rule.target && !IsContact(type)) {
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
      const std::vector<std::string>& targets = match.slots[rule.target].ids;
      if (targets.size() > 1) last_plural_ = targets;
    }
    return any;
  }

  static bool IsFrameMention(const Mention& x) {
    return x.kind == MentionKind::kFramePersons || x.kind == MentionKind::kFrameCountries;
  }

  // "accusing" right after a word of a noun phrase (not after a comma, a
  // conjunction, a preposition or an adverb).
  bool ModifyingParticiple(int s, int k) const {
    const std::string& w = T(s, k).key;
    if (k == 0 || w.size() < 6 || w.compare(w.size() - 3, 3, "ing") != 0) return false;
    const Token& prev = T(s, k - 1);
    if (!prev.Is(kWord)) return false;
    if (At(s, k - 1) >= 0) return true;
    const std::string& p = prev.key;
    if (p.size() > 2 && p.compare(p.size() - 2, 2, "ly") == 0) return false;
    return !(Bits(s, k - 1) & (kFunction | kPreposition | kCoordinator | kRelative | kSubordinator |
                                kParticipleIntro | kNegation | kPerfectAux | kVerb | kSpeechVerb));
  }

  // "During a videoconference with X, Y discussed ...", "Y thanked Z during
  // a phone call with X": a contact named by a noun; the other party is the
  // subject of the clause the phrase belongs to (or opens).
  void NominalContacts(int s) {
    const int n = NTok(s);
    const SentenceClauses& cl = it_.clauses[s];
    for (int j = 0; j + 3 < n; ++j) {
      const std::string& w = T(s, j).key;
      if (At(s, j) >= 0 || (w != "during"sv && w != "in"sv && w != "following"sv && w != "after"sv)) continue;
      int noun = -1;
      InteractionType type = InteractionType::kCall;
      for (int h = j + 1; h < n && h <= j + 4 && At(s, h) < 0 && T(s, h).Is(kWord); ++h)
        if (ContactNoun(T(s, h).key, &type)) {
          noun = h;
          break;
        }
      if (noun < 0) continue;
      bool their = T(s, j + 1).key == "their"sv && noun + 1 < n && T(s, noun + 1).key != "with"sv;
      if (!their && (noun + 2 >= n || T(s, noun + 1).key != "with"sv)) continue;
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
        if (!ParseList(s, noun + 2, 'X', nullptr, &list)) continue;
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
      if (subj->ids.empty() || subj->mention < 0) {
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
      bool dated = false;
      IsoDate date = DateFor(s, j, act, &dated);
      for (const std::string& a : subj->ids)
        for (const std::string& b : with.ids) {
          if (a == b || !KindsFit(act, type, a, b)) continue;
          found_.push_back(NewFound(type, a, b, date, dated, PlaceFor(s, j), {S(s).text, act.id, S(s).line}));
        }
    }
  }

  // "ministers", "presidents": a title, not "sides" or "parties"
  bool TitleNoun(const std::string& plural) const {
    if (plural.size() < 2) return false;
    std::string one = plural.back() == 's' ? plural.substr(0, plural.size() - 1) : plural;
    return (lex_.Bits(one) & (kTitle | kTitleLower)) != 0;
  }

  // "... during a phone call on June 11": the act happened in a contact.
  bool DuringContact(int s, int k, int clause, InteractionType* type) const {
    for (int j = k + 1; j + 1 < NTok(s); ++j) {
      // "during a phone call"; "in a phone call" (calls only: "in the
      // informal meeting of ..." is a gathering)
      bool in = T(s, j).key == "in"sv && j + 1 < NTok(s) && T(s, j + 1).key == "a"sv;
      if (it_.clauses[s].of[j] != clause || (T(s, j).key != "during"sv && !in)) continue;
      for (int h = j + 1; h < NTok(s) && h <= j + 4; ++h) {
        if (!ContactNoun(T(s, h).key, type) || (in && *type != InteractionType::kCall)) continue;
        bool named = h + 1 < NTok(s) && T(s, h + 1).key == "with"sv;  // NominalContacts' case
        return !named;
      }
    }
    return false;
  }

  // "call", "videoconference": a call; "meeting", "talks": a meeting.
  static bool ContactNoun(const std::string& key, InteractionType* type) {
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

  bool Separate(int s, int clause) const {
    for (int k = 0; k < NTok(s); ++k)
      if (it_.clauses[s].of[k] == clause &&
          (T(s, k).key == "separate"sv || T(s, k).key == "separately"sv || T(s, k).key == "individually"sv ||
           T(s, k).key == "respectively"sv || T(s, k).key == "each"sv || T(s, k).key == "meetings"sv))
        return true;
    return false;
  }

  bool KindsFit(const PatternRule& rule, InteractionType type, const std::string& a, const std::string& b) const {
    const Actor* x = reg_.Find(a);
    const Actor* y = reg_.Find(b);
    if (!x || !y) return false;
    if (x->kind == ActorKind::kEvent) return false;
    switch (type) {
      case InteractionType::kParticipation:
        // a body that is itself a gathering: "addressed the UN General Assembly"
        if (y->kind != ActorKind::kEvent && !(y->kind == ActorKind::kOrganization && GatheringBody(*y))) return false;
        break;
      case InteractionType::kVisit:
        if (y->kind != ActorKind::kCountry) return false;
        if (x->id == y->id || x->country == y->id) return false;  // a visit is abroad
        if (by_place_ && x->country.empty()) return false;  // "travelled to Khankendi": maybe at home
        break;
      default:
        if (y->kind == ActorKind::kEvent) return false;
    }
    if (!rule.target_kinds.empty() &&
        std::find(rule.target_kinds.begin(), rule.target_kinds.end(), y->kind) == rule.target_kinds.end())
      return false;
    return true;
  }

  bool GatheringBody(const Actor& a) const {
    std::string last = LastWord(FoldKey(a.name));
    return last == "assembly"sv || (lex_.Bits(last) & kEventHead) != 0;
  }

  // ---------------------------------------------------------------- modality

  // Is the act at trigger k of rule reported as happening now?
  bool Modal(int s, int k, const PatternRule& rule, int subject_end) {
    const SentenceClauses& cl = it_.clauses[s];
    int c = cl.of[k];
    const Clause& clause = cl.clauses[c];
    bool quoted = S(s).quote[k] >= 0;
    bool reported = clause.kind == ClauseKind::kThat || quoted;
    bool now = false;
    for (int j = clause.begin; j < clause.end; ++j)
      if (cl.of[j] == c && At(s, j) < 0 && lex_.PhraseAt(S(s), j, kNow)) now = true;
    int from = std::max(clause.begin, subject_end);
    std::vector<bool> in_date(NTok(s), false);
    for (const DateMention& d : it_.dates[s])
      for (int j = d.begin; j < d.end && j < NTok(s); ++j) in_date[j] = true;
    for (int j = from; j < k; ++j) {
      if (cl.of[j] != c || At(s, j) >= 0 || !T(s, j).Is(kWord) || in_date[j]) continue;
      const std::string& key = T(s, j).key;
      if (lex_.PhraseAt(S(s), j, kNegation, k)) return false;
      if (int len = lex_.PhraseAt(S(s), j, kIntention, k)) {
        bool infinitive = len == 1 && key == "to"sv;
        if (Performative(s, j, k, rule)) continue;
        if (infinitive && !InfinitiveBefore(s, j, k)) continue;
        if (infinitive && TravelledFirst(s, j)) continue;
        if (!rule.allow_future) return false;
      }
      if (rule.tense_free) continue;
      if (key == "had"sv && !now && !ClauseHasDay(s, c)) return false;
      if (reported && !now && lex_.PhraseAt(S(s), j, kPerfectAux, k)) return false;
    }
    // "X recalled that the agreement was signed by ...": what is recalled
    // happened before
    if (clause.kind == ClauseKind::kThat && clause.parent >= 0 && !now) {
      const Clause& parent = cl.clauses[clause.parent];
      for (int j = parent.begin; j < clause.begin; ++j)
        if (cl.of[j] == clause.parent && At(s, j) < 0 && lex_.PhraseAt(S(s), j, kRecall, clause.begin)) return false;
    }
    if (!rule.tense_free && !now) {
      // Cues after the trigger bind to it only when near (not to a later
      // phrase); praise and blame are acts of now whatever they are about.
      bool evaluative = rule.type == InteractionType::kPraise || rule.type == InteractionType::kCriticism ||
                        rule.type == InteractionType::kInvitation;
      int last = evaluative ? k : std::min(clause.end, k + 9);
      for (int j = clause.begin; j < last; ++j)
        if (cl.of[j] == c && At(s, j) < 0 && lex_.PhraseAt(S(s), j, kRecall)) return false;
      if (!DatesAgree(s, c, rule, last)) return false;
    }
    // "X will meet Y and sign Z": a coordinated verb shares the intention.
    if (clause.kind == ClauseKind::kVpCoord && clause.parent >= 0 && !rule.allow_future) {
      const Clause& parent = cl.clauses[clause.parent];
      for (int j = parent.begin; j < parent.end && j < clause.begin; ++j) {
        if (cl.of[j] != clause.parent || At(s, j) >= 0 || in_date[j]) continue;
        if (VerbLike(S(s), j, lex_) && !(Bits(s, j) & kIntention)) break;
        int len = lex_.PhraseAt(S(s), j, kIntention);
        if (len && !(len == 1 && T(s, j).key == "to"sv)) return false;
      }
    }
    return true;
  }

  bool ClauseHasDay(int s, int c) const {
    for (const DateMention& d : it_.dates[s])
      if (d.kind == DateMention::Kind::kDay && it_.clauses[s].of[d.begin] == c) return true;
    return false;
  }

  // "I want to thank", "we would like to congratulate": thanks given now,
  // not intended.
  bool Performative(int s, int j, int k, const PatternRule& rule) const {
    if (rule.type != InteractionType::kPraise) return false;
    auto key = [&](int i) -> const std::string& { return T(s, i).key; };
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
  bool InfinitiveBefore(int s, int j, int k) const {
    if (j + 1 == k) return true;
    if (j + 2 == k && T(s, j + 1).Is(kWord) && T(s, j + 1).key.size() > 3 &&
        T(s, j + 1).key.compare(T(s, j + 1).key.size() - 2, 2, "ly") == 0)
      return true;
    return false;
  }

  // "paid a visit to Montenegro to participate in ...": the purpose of a
  // trip that happened.
  bool TravelledFirst(int s, int j) const {
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
  bool DatesAgree(int s, int c, const PatternRule& rule, int last) const {
    CivilDate ref;
    if (!ParseIsoDate(it_.lead_date, &ref)) return true;
    for (const DateMention& d : it_.dates[s]) {
      if (it_.clauses[s].of[d.begin] != c || d.begin >= last) continue;
      if (d.kind == DateMention::Kind::kDay) continue;
      int year = d.year ? d.year : ref.year;
      if (d.kind == DateMention::Kind::kYearOnly) {
        if (year < ref.year) return false;
        if (year > ref.year && !rule.allow_future) return false;
        continue;
      }
      if (year < ref.year || (year == ref.year && d.month < ref.month)) return false;
      if ((year > ref.year || (year == ref.year && d.month > ref.month)) && !rule.allow_future) return false;
    }
    return true;
  }

  // ------------------------------------------------------------ date, place

  // The day the clause names; else the narrative's current day (the last
  // day an earlier sentence of the item gave an act), else the item's.
  // An invitation's or a thanks' later dates are those of what it is about.
  IsoDate DateFor(int s, int k, const PatternRule& rule, bool* dated) const {
    const SentenceClauses& cl = it_.clauses[s];
    int c = cl.of[k];
    bool before_only = rule.type == InteractionType::kInvitation || rule.type == InteractionType::kPraise;
    const DateMention* best = nullptr;
    for (const DateMention& d : it_.dates[s]) {
      if (d.kind != DateMention::Kind::kDay || d.occasion) continue;
      if (before_only && d.begin > k) continue;
      int dc = cl.of[d.begin];
      bool same = dc == c;
      bool sentence_level = cl.clauses[dc].kind == ClauseKind::kMain || cl.clauses[dc].kind == ClauseKind::kIntroParticiple;
      if (same) {
        best = &d;
        break;
      }
      if (sentence_level && !best) best = &d;
    }
    if (best) {
      *dated = true;
      if (best->relative && !narrative_date_.empty()) return AddDays(narrative_date_, best->offset);
      return best->date;
    }
    *dated = false;
    return narrative_date_.empty() ? it_.lead_date : narrative_date_;
  }

  // After a sentence: the day of its last dated act, or the day it opens with.
  void AdvanceNarrative(int s, std::size_t found_before) {
    bool moved = false;
    for (std::size_t i = found_before; i < found_.size(); ++i)
      if (found_[i].dated && !found_[i].background) narrative_date_ = found_[i].date, moved = true;
    if (moved) return;
    for (const DateMention& d : it_.dates[s])
      if (d.kind == DateMention::Kind::kDay && d.begin <= 2 && !d.occasion)
        narrative_date_ = d.relative && !narrative_date_.empty() ? AddDays(narrative_date_, d.offset) : d.date;
  }

  std::string PlaceFor(int s, int k) const {
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

  // ------------------------------------------------------------------ frame

  // The item's participants: those of the headline's meeting or call, else
  // the actors its headline names.
  void HeadlineFrame() {
    if (!frame_.empty()) return;
    for (const Found& f : found_)
      if (f.type == InteractionType::kMeeting || f.type == InteractionType::kCall) {
        AddUnique(&frame_, f.source);
        AddUnique(&frame_, f.target);
      }
    if (!frame_.empty()) {
      frame_from_contact_ = true;
      return;
    }
    std::vector<std::string> named;
    for (int s = 0; s < it_.first_body; ++s)
      for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m) {
        const Mention& x = M(s, m);
        if (x.end <= x.begin || x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor ||
            x.kind == MentionKind::kFramePersons || x.kind == MentionKind::kFrameCountries || x.possessive)
          continue;
        for (const std::string& id : Resolve(s, m, Use::kSubject)) AddUnique(&named, id);
      }
    if (named.size() >= 2) frame_ = named;
  }

  // The frame improves as the body tells more: a meeting or call, else an
  // agreement, beats the names of the headline.
  void UpdateFrame() {
    if (frame_from_contact_) return;
    std::vector<std::string> contact, agreement;
    for (const Found& f : found_) {
      std::vector<std::string>* into = IsContact(f.type) && f.type != InteractionType::kVisit ? &contact
                                       : f.type == InteractionType::kCooperation            ? &agreement
                                                                                            : nullptr;
      if (!into) continue;
      AddUnique(into, f.source);
      AddUnique(into, f.target);
    }
    if (!contact.empty()) {
      frame_ = contact;
      frame_from_contact_ = true;
    } else if (!agreement.empty()) {
      frame_ = agreement;
    }
  }

  // ------------------------------------------------------ speakers at events

  // In an item about a gathering, a person introduced by title who speaks
  // in the body spoke there.
  void SpeakersAtEvent() {
    std::string event;
    for (const Found& f : found_)
      if (f.type == InteractionType::kParticipation) {
        event = f.target;
        break;
      }
    if (event.empty()) return;
    std::set<std::string> done;
    for (const Found& f : found_)
      if (f.type == InteractionType::kParticipation && f.target == event) done.insert(f.source);
    for (int s = it_.first_body; s < static_cast<int>(it_.sentences.size()); ++s) {
      const Sentence& sen = S(s);
      if (sen.block >= 0 && it_.item->blocks[sen.block].kind == BlockKind::kNote) continue;
      const SentenceClauses& cl = it_.clauses[s];
      for (int c = 0; c < static_cast<int>(cl.clauses.size()); ++c) {
      if (cl.clauses[c].kind != ClauseKind::kMain) continue;
      int m = OwnSubject(s, c);
      if (m < 0 || sen.quote[M(s, m).begin] >= 0) continue;
      const Mention& x = M(s, m);
      if (x.kind != MentionKind::kPerson || !x.titled || x.surname_only) continue;
      // its verb is one of speech
      int verb = -1;
      for (int k = x.end; k < NTok(s); ++k)
        if (cl.of[k] == cl.of[x.begin] && At(s, k) < 0 && VerbLike(sen, k, lex_)) {
          verb = k;
          break;
        }
      if (verb < 0 || !(Bits(s, verb) & kSpeechVerb)) continue;
      std::string id = PersonId(s, x);
      if (id.empty() || done.count(id)) continue;
      done.insert(id);
      Found f;
      f.type = InteractionType::kParticipation;
      f.source = id;
      f.target = event;
      f.date = it_.lead_date;
      f.evidence = {sen.text, "participation.spoke_at_event", sen.line};
      found_.push_back(std::move(f));
      }
    }
  }

  // ------------------------------------------------------- Japanese headline

  // A Japanese cue (会談, 電話会談...) supplies the type when the English
  // headline names two actors but no rule fired on it.
  void JapaneseCue() {
    const std::string& ja = it_.item->headline_ja;
    if (ja.empty() || it_.first_body == 0) return;
    // The predicate ends a Japanese headline: the rightmost cue wins.
    InteractionType type = InteractionType::kMeeting;
    bool have = false;
    std::size_t best_end = 0;
    for (const auto& [cue, t] : lex_.patterns().japanese_cues()) {
      std::size_t at = ja.rfind(cue);
      if (at == std::string::npos) continue;
      if (!have || at + cue.size() > best_end) {
        type = t;
        best_end = at + cue.size();
        have = true;
      }
    }
    if (!have || (type != InteractionType::kMeeting && type != InteractionType::kCall)) return;
    for (const Found& f : found_)
      if (f.evidence.line == S(0).line && f.type == type) return;
    for (const Found& f : found_)
      if (IsContact(f.type) && f.evidence.line == S(0).line) return;
    std::vector<std::string> named;
    for (int m = 0; m < static_cast<int>(it_.mentions[0].mentions.size()); ++m) {
      const Mention& x = M(0, m);
      if (x.end <= x.begin || x.possessive || x.kind == MentionKind::kEvent || x.kind == MentionKind::kCapital ||
          x.kind == MentionKind::kEventAnaphor)
        continue;
      for (const std::string& id : Resolve(0, m, Use::kSubject)) AddUnique(&named, id);
    }
    if (named.size() != 2) return;
    Found f;
    f.type = type;
    f.source = named[0];
    f.target = named[1];
    f.date = it_.lead_date;
    f.evidence = {S(0).text, std::string("ja_cue.") + ToString(type), S(0).line};
    found_.push_back(std::move(f));
  }

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
  int subjects_sentence_ = -1;
  std::string last_person_;
  std::vector<std::string> last_plural_;
  std::vector<std::string> frame_;
  bool frame_from_contact_ = false;
  std::size_t sentence_found_begin_ = 0;  // found_ size when the sentence began
  std::vector<Found> found_;
  const std::vector<std::string>* current_subject_ = &no_subject_;  // the clause's, while matching
  const std::vector<std::string> no_subject_;
  std::vector<std::string> exclude_;  // not the referent of a role (the subject)
  bool by_place_ = false;             // the visit's destination is a place, not a capital
  std::vector<std::string> mentioned_;  // persons as they were named
  IsoDate narrative_date_;
  std::vector<std::string> agents_;  // subjects of earlier sentences, in order
};

}  // namespace

std::vector<Found> ProcessItem(const ItemText& text, const Lexicon& lexicon, DocState* doc) {
  return ItemProcessor(text, lexicon, doc).Run();
}

}  // namespace engine
}  // namespace actorgraph
