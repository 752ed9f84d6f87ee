// Who is named in an item: persons (with the spellings of one person
// merged and surnames pointing back), events, and the item's author or
// speakers.

#include "item_processor.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <string_view>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

void ItemProcessor::CollectPersons() {
  // At most one record a person mention: room made once (a PersonInfo is
  // four strings, moved at every growth).
  std::size_t person_mentions = 0;
  for (const SentenceMentions& sm : it_.mentions)
    for (const Mention& x : sm.mentions) person_mentions += x.kind == MentionKind::kPerson;
  persons_.reserve(person_mentions);
  for (int pass = 0; pass < 2; ++pass) {
    for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s) {
      for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m) {
        const Mention& x = M(s, m);
        if (x.kind != MentionKind::kPerson || x.end <= x.begin) continue;
        bool full = x.entry || (!x.surname_only && !x.tentative);
        if ((pass == 0) != full) continue;
        const std::string& id = PersonId(s, x);
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
        persons_.push_back(std::move(p));
      }
    }
  }
  // Role and country known anywhere in the item hold for every mention:
  // each person's first known value, in text order (linear: one item
  // may be a whole 50 MB plain-text file).
  // Each is pointed to, not copied: persons_ keeps its size below, and a
  // value pointed to is not empty, so it is never the one written.
  struct FirstKnown {
    const std::string* role_key = nullptr;
    const std::string* office_key = nullptr;
    const std::string* country = nullptr;
  };
  auto note = [](const std::string& value, const std::string** first) {
    if (!*first && !value.empty()) *first = &value;
  };
  std::map<std::string_view, FirstKnown> known;  // by id, viewed in persons_
  for (const PersonInfo& p : persons_) {
    FirstKnown& k = known[p.id];
    note(p.role_key, &k.role_key);
    note(p.office_key, &k.office_key);
    note(p.country, &k.country);
  }
  for (PersonInfo& p : persons_) {
    const FirstKnown& k = known.find(p.id)->second;
    if (p.role_key.empty() && k.role_key) p.role_key = *k.role_key;
    if (p.office_key.empty() && k.office_key) p.office_key = *k.office_key;
    if (p.country.empty() && k.country) p.country = *k.country;
  }
}

// The id of a person mention (cached per mention).
const std::string& ItemProcessor::PersonId(int s, const Mention& x) {
  auto key = std::make_pair(s, x.begin);
  auto cached = person_cache_.find(key);
  if (cached != person_cache_.end()) return cached->second;
  const std::string& id = person_cache_[key] = PersonIdUncached(s, x);
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

// Russian-style patronymics ("Heydarovich", "Ilyinichna").
bool ItemProcessor::Patronymic(const std::string& word) {
  for (const char* suffix : {"ovich", "evich", "ovna", "evna", "ichna", "inichna"})
    if (word.size() > std::strlen(suffix) + 2 && word.compare(word.size() - std::strlen(suffix), std::string::npos, suffix) == 0)
      return true;
  return false;
}

std::string ItemProcessor::PersonIdUncached(int s, const Mention& x) {
  if (x.entry) return reg_.FromDictionary(x.entry);
  std::string key = FoldKey(x.name);
  if (!x.surname_only && !x.tentative) {
    // "my dear brother Ilham Heydarovich": a given name and a patronymic
    // address the item's person of that given name
    std::vector<std::string> words = Words(key);
    // ("Kassym-Jomart Kemelevich": a given name of two words)
    if (words.size() >= 2 && words.size() <= 3 && Patronymic(words.back())) {
      std::vector<std::string> given(words.begin(), words.end() - 1);
      std::vector<std::string> hits;
      for (const PersonInfo& p : persons_) {
        const Actor* a = reg_.Find(p.id);
        std::string name = a ? FoldKey(a->name) : std::string();
        std::vector<std::string> nw = Words(name);
        if (a && name != key && nw.size() > given.size() && std::equal(given.begin(), given.end(), nw.begin()))
          AddUnique(&hits, p.id);
      }
      if (hits.size() == 1) return hits[0];
    }
    // "Minister Ts.Amar" after "Minister of Energy Amar Tsogt": the
    // Mongolian way, the initial of the father's name before the given name
    std::size_t dot = x.name.find('.');
    if (words.size() == 2 && dot != std::string::npos && dot <= 2 && dot + 1 < x.name.size() &&
        x.name.find(' ') == std::string::npos) {
      std::vector<std::string> hits;
      for (const PersonInfo& p : persons_) {
        const Actor* a = reg_.Find(p.id);
        std::vector<std::string> name = a ? Words(FoldKey(a->name)) : std::vector<std::string>();
        if (name.size() != 2) continue;
        for (int g = 0; g < 2; ++g)
          if (name[g] == words[1] && name[1 - g].compare(0, words[0].size(), words[0]) == 0) AddUnique(&hits, p.id);
      }
      if (hits.size() == 1) return hits[0];
    }
    // "Ambassador Ruiz Carranza" after "Alejandro Ruiz Carranza": two
    // family names written without the given name
    // (or three: "Minister Perez-Oliva Fraga" after "Oscar Perez-Oliva
    // Fraga", the hyphen folded to a space)
    if (words.size() == 2 || words.size() == 3) {
      std::vector<std::string> hits;
      for (const PersonInfo& p : persons_) {
        const Actor* a = reg_.Find(p.id);
        std::vector<std::string> name = a ? Words(FoldKey(a->name)) : std::vector<std::string>();
        if (name.size() > words.size() && std::equal(words.begin(), words.end(), name.end() - words.size()))
          AddUnique(&hits, p.id);
      }
      if (hits.size() == 1) return hits[0];
    }
    if (words.size() == 2) {
      std::vector<std::string> hits;
      // ("Jam Kamal" after "Federal Minister Jam Kamal Khan": the first two
      // words of a longer name of the item)
      hits.clear();
      for (const PersonInfo& p : persons_) {
        const Actor* a = reg_.Find(p.id);
        std::vector<std::string> name = a ? Words(FoldKey(a->name)) : std::vector<std::string>();
        if (name.size() >= 3 && name[0] == words[0] && name[1] == words[1]) AddUnique(&hits, p.id);
      }
      if (hits.size() == 1) return hits[0];
    }
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
  // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani":
  // a name of the bin/ibn kind is shortened to its given name
  if (item_hits.empty())
    for (const PersonInfo& p : persons_) {
      const Actor* a = reg_.Find(p.id);
      std::vector<std::string> words = a ? Words(FoldKey(a->name)) : std::vector<std::string>();
      bool patronymic_chain = Contains(words, "bin") || Contains(words, "ibn") || Contains(words, "bint");
      if (patronymic_chain && words.size() > 2 && words[0] == key) AddUnique(&item_hits, p.id);
    }
  // "Abiy" after "Prime Minister Abiy Ahmed", "Prabowo" after "President
  // Prabowo Subianto": where persons are addressed by their given name
  // (given_name_address), the first word of an item's person of that country
  // (a person of no known country in an embassy's digest: of the host's)
  const std::vector<std::string>& given_first = lex_.patterns().Words("given_name_address");
  auto addressed_by_given_name = [&](const Actor& a) {
    const std::string& country = a.country.empty() && doc_->home ? doc_->home->actor.id : a.country;
    return std::find(given_first.begin(), given_first.end(), country) != given_first.end();
  };
  if (item_hits.empty()) {
    for (const PersonInfo& p : persons_) {
      const Actor* a = reg_.Find(p.id);
      if (!a || !addressed_by_given_name(*a)) continue;
      std::vector<std::string> words = Words(FoldKey(a->name));
      if (words.size() >= 2 && words[0] == key) AddUnique(&item_hits, p.id);
    }
  }
  // ("I thanked Marco" after "Secretary of State Marco Rubio"; "Zahid"
  // after "Ahmad Zahid Hamidi" where persons are addressed by a given name:
  // the first word, or there any word before the last, of exactly one
  // person the item named before; never a particle, "bin")
  if (item_hits.empty() && key.size() >= 3 && !(lex_.Bits(key) & (kParticle | kTitle | kTitleLower))) {
    for (const PersonInfo& p : persons_) {
      const Actor* a = reg_.Find(p.id);
      // (a headline's name may point to the body's full one)
      if (!a || !(p.s < s || (p.s == s && p.k < x.begin) || S(s).headline)) continue;
      std::vector<std::string> words = Words(FoldKey(a->name));
      if (words.size() < 2) continue;
      if (words[0] == key || (addressed_by_given_name(*a) && std::find(words.begin() + 1, words.end() - 1, key) !=
                                                                  words.end() - 1))
        AddUnique(&item_hits, p.id);
    }
    if (item_hits.size() > 1) item_hits.clear();
  }
  // ("Mendieta" after "Interior Minister Jorge Mendieta Calle": where
  // persons bear two family names (two_family_names), the first one alone;
  // of exactly one person of such a country the item named before)
  const std::vector<std::string>& two_names = lex_.patterns().Words("two_family_names");
  if (item_hits.empty() && key.size() >= 3 && !(lex_.Bits(key) & (kParticle | kTitle | kTitleLower))) {
    for (const PersonInfo& p : persons_) {
      const Actor* a = reg_.Find(p.id);
      if (!a || !(p.s < s || (p.s == s && p.k < x.begin))) continue;
      const std::string country = PersonCountry(p.id, /*host_fallback=*/true);
      if (std::find(two_names.begin(), two_names.end(), country) == two_names.end()) continue;
      std::vector<std::string> words = Words(FoldKey(a->name));
      if (words.size() >= 3 && words[words.size() - 2] == key && !(lex_.Bits(words.back()) & kParticle))
        AddUnique(&item_hits, p.id);
    }
    if (item_hits.size() > 1) item_hits.clear();
  }
  if (item_hits.size() == 1) return item_hits[0];
  if (item_hits.size() > 1) {
    // ("Envoy meets Khalifa Haftar" ... "with Khalifa Haftar and his deputy,
    // Saddam Haftar ... Haftar reaffirmed": the one the headline names, the
    // item's principal, when it names only one of them)
    std::vector<std::string> headlined;
    for (const PersonInfo& p : persons_)
      if (Contains(item_hits, p.id) && p.s < it_.first_body) AddUnique(&headlined, p.id);
    if (headlined.size() == 1 && s >= it_.first_body) return headlined[0];
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
bool ItemProcessor::HasSurname(const Actor& a, const std::string& key) const {
  const std::vector<std::string>* keys = reg_.Keys(a.id);
  if (!keys) return false;
  // "Wang" for Wang Yi: where the family name comes first (the word class
  // looked up only when a spelling starts with the key)
  auto family_first = [&] {
    const std::vector<std::string>& first = lex_.patterns().Words("family_name_first");
    return !a.country.empty() && std::find(first.begin(), first.end(), a.country) != first.end();
  };
  for (const std::string& spelling : *keys) {
    // ("Marcos" for Ferdinand Marcos Jr: a generation's mark follows the
    // family name)
    std::string_view k = spelling;
    for (std::string_view mark : {" jr"sv, " sr"sv, " ii"sv, " iii"sv, " iv"sv})
      if (k.size() > mark.size() + key.size() && k.compare(k.size() - mark.size(), mark.size(), mark) == 0) {
        k.remove_suffix(mark.size());
        break;
      }
    if (k.size() <= key.size()) continue;
    if (k.compare(k.size() - key.size(), key.size(), key) == 0 && k[k.size() - key.size() - 1] == ' ') return true;
    if (k.compare(0, key.size(), key) == 0 && k[key.size()] == ' ' && family_first()) return true;
  }
  return false;
}

void ItemProcessor::CollectEvents() {
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
    for (const Mention& x : it_.mentions[s].mentions) {
      if (x.kind != MentionKind::kEvent || x.end <= x.begin) continue;
      std::string id = EventId(s, x);
      std::string key = FoldKey(S(s).Span(x.name_begin, x.name_end));
      std::string part;
      // (the part may open the mention, before its name, or stand before it)
      int of = x.name_begin > x.begin ? x.name_begin - 1 : x.begin - 1;
      if (of >= 1 && T(s, of).key == "of"sv)
        for (int j = std::max(0, of - 3); j < of && part.empty(); ++j)
          if (lex_.PhraseAt(S(s), j, kGatheringPart) == of - j) part = std::string(T(s, of - 1).key);
      std::string kind;
      if (x.name_begin > x.begin) kind = FoldKey(S(s).Span(x.begin, x.name_begin));
      if (x.end > x.name_end) kind += " " + FoldKey(S(s).Span(x.name_end, x.end));
      events_.push_back({id, key, s, x.begin, part, kind});
    }
}

// dialogue": the word before the name's first "of".
static std::string HeadBeforeOf(const std::string& key) {
  std::size_t of = std::string::npos;
  for (const char* p : {" of ", " on ", " for "}) of = std::min(of, key.find(p));
  if (of == std::string::npos) return "";
  return LastWord(key.substr(0, of));
}

bool ItemProcessor::EventInfo::IsMeeting() const {
  std::string noun = HeadBeforeOf(head);
  if (noun.empty()) noun = LastWord(head);
  return noun == "meeting" || noun == "meetings" || noun == "talks" || noun == "consultations" ||
         noun == "negotiations";
}

// 'the International Conference "Neutrality and Preventive Diplomacy:
// Central Asia 2027"': the title in quotes right after a gathering's head
// word names it; "" when there is none. Also for a mention inside such a
// title.
std::string ItemProcessor::QuotedTitle(int s, const Mention& x) const {
  const int n = NTok(s);
  int open = -1;
  if (x.end < n && T(s, x.end).Is(kQuoteOpen)) {
    open = x.end;
  } else if (S(s).quote[x.begin] >= 0) {
    // inside: the quote opens right after another gathering's name
    int q = x.begin;
    while (q > 0 && S(s).quote[q - 1] == S(s).quote[x.begin] && !T(s, q).Is(kQuoteOpen)) --q;
    if (!T(s, q).Is(kQuoteOpen) || q == 0) return "";
    int before = At(s, q - 1);
    if (before < 0 || M(s, before).kind != MentionKind::kEvent || M(s, before).end != q) return "";
    open = q;
  }
  if (open < 0 || open + 1 >= n || !T(s, open + 1).Is(kCap)) return "";
  // (only a head of common words gives way: "the International
  // Conference", not 'the Uzbek–Russian Business Forum "..."')
  int head = At(s, open - 1);
  if (head < 0) return "";
  for (int k = M(s, head).name_begin; k < M(s, head).name_end; ++k) {
    std::string_view w = T(s, k).key;
    if (!T(s, k).Is(kWord) || (Bits(s, k) & (kEventHead | kOrdinalWord | kFunction))) continue;
    if (w != "international"sv && w != "regional"sv && w != "annual"sv && w != "scientific"sv &&
        w != "practical"sv && w != "high"sv && w != "level"sv)
      return "";
  }
  for (int k = open + 1; k < n && k < open + 20; ++k)
    if (T(s, k).Is(kQuoteClose)) return k > open + 1 ? S(s).Span(open + 1, k) : "";
  return "";
}

// The words of a gathering's name that tell it apart: its key split at
// spaces, commas and brackets, without "the", "of", "and" and "a".
static std::vector<std::string> NameWords(const std::string& key) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word != "the" && word != "of" && word != "and" && word != "a" && word != "an")
      out.push_back(word);
    word.clear();
  };
  for (char c : key) {
    if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '"' || c == '\'') flush();
    else word += c;
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string ItemProcessor::SameGatheringByWords(int s, const Mention& x, const std::string& name) const {
  std::vector<std::string> mine = NameWords(FoldKey(name));
  for (const EventInfo& e : events_) {
    if (!(e.s < s || (e.s == s && e.k < x.begin))) continue;
    std::vector<std::string> theirs = NameWords(e.head);
    const std::vector<std::string>& small = mine.size() <= theirs.size() ? mine : theirs;
    const std::vector<std::string>& large = mine.size() <= theirs.size() ? theirs : mine;
    if (small.size() < 3 || !std::includes(large.begin(), large.end(), small.begin(), small.end())) continue;
    // (an ordinal or a year only one of them has must not differ: "the
    // 2026 Forum" is no "2027 Forum")
    auto numbers = [](const std::vector<std::string>& words) {
      std::vector<std::string> out;
      for (const std::string& w : words)
        if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) out.push_back(w);
      return out;
    };
    std::vector<std::string> a = numbers(mine), b = numbers(theirs);
    if (!a.empty() && !b.empty() && a != b) continue;
    return e.id;
  }
  return "";
}

std::string ItemProcessor::EventId(int s, const Mention& x) {
  if (x.entry) return reg_.FromDictionary(x.entry);
  if (std::string title = QuotedTitle(s, x); !title.empty()) {
    std::string id = reg_.Named(ActorKind::kEvent, title, x.country ? x.country->actor.id : "", "");
    reg_.AddAlias(id, S(s).Span(x.name_begin, x.name_end));
    return id;
  }
  // "the Leaders' Summit" after "the Leaders' Summit of COP31": a name of
  // common words only is the gathering named before with that head
  bool generic = x.name_end > x.name_begin;
  for (int k = x.name_begin; k < x.name_end && generic; ++k)
    generic = !T(s, k).Is(kWord) ||
              (Bits(s, k) & (kEventHead | kEventAnaphor | kGathering | kPersonGroup | kFunction | kOrdinalWord)) != 0;
  if (generic) {
    std::string head = LastWord(FoldKey(S(s).Span(x.name_begin, x.name_end)));
    std::string found;
    for (const EventInfo& e : events_)
      if ((e.s < s || (e.s == s && e.k < x.begin)) && (LastWord(e.head) == head || HeadBeforeOf(e.head) == head))
        found = e.id;
    if (!found.empty()) return found;
  }
  // "the Session of the Joint Border Commission" after "the Third Session
  // of the Joint Border Commission": the same gathering without its ordinal
  {
    std::string key = FoldKey(x.name);
    for (const EventInfo& e : events_) {
      if (!(e.s < s || (e.s == s && e.k < x.begin)) || e.head.size() <= key.size() + 1) continue;
      std::size_t cut = e.head.size() - key.size();
      if (e.head.compare(cut, key.size(), key) != 0 || e.head[cut - 1] != ' ') continue;
      std::string first = e.head.substr(0, cut - 1);
      bool ordinal = (lex_.Bits(first) & kOrdinalWord) ||
                     (!first.empty() && std::isdigit(static_cast<unsigned char>(first[0])) && first.find(' ') == std::string::npos);
      if (ordinal) return e.id;
    }
  }
  // "the plenary session of AIPA-47" after "the 47th General Assembly of
  // the ASEAN Inter-Parliamentary Assembly (AIPA-47)": a part of a
  // gathering the item named, by another of its names
  if (int part = lex_.PhraseAt(S(s), x.name_begin, kGatheringPart, x.name_end);
      part > 0 && x.name_begin + part + 1 < x.name_end && T(s, x.name_begin + part).key == "of"sv) {
    int from = x.name_begin + part + 1;
    if (T(s, from).key == "the"sv) ++from;
    std::string rest = FoldKey(S(s).Span(from, x.name_end));
    for (const EventInfo& e : events_) {
      if (!(e.s < s || (e.s == s && e.k < x.begin))) continue;
      const std::vector<std::string>* keys = reg_.Keys(e.id);
      if (keys && std::find(keys->begin(), keys->end(), rest) != keys->end()) return e.id;
    }
  }
  // ("58th Malaysia-Thailand General Border Committee (GBC) Meeting": a
  // short name in brackets inside the name is no part of it)
  std::string name = x.name;
  for (std::size_t open = name.find(" ("); open != std::string::npos; open = name.find(" (", open + 1)) {
    std::size_t close = name.find(')', open);
    if (close == std::string::npos || close + 1 >= name.size() || name[close + 1] != ' ') continue;
    bool acronym = close - open - 2 >= 2 && close - open - 2 <= 8;
    for (std::size_t i = open + 2; i < close && acronym; ++i)
      acronym = std::isupper(static_cast<unsigned char>(name[i])) || std::isdigit(static_cast<unsigned char>(name[i])) ||
                name[i] == '-';
    if (acronym) name.erase(open, close + 1 - open);
  }
  // "the 27th meeting of the Mongolian-Russian Intergovernmental Commission
  // on Trade, ..." after the headline's "27th meeting of Mongolian-Russian
  // Intergovernmental Commission", "the meeting of the Intergovernmental
  // Council of the CASA-1000" after "CASA-1000 Intergovernmental Council
  // meeting": the same gathering when the words of one name (but "the" and
  // "of") are all among the other's, at least three of them
  if (std::string same = SameGatheringByWords(s, x, name); !same.empty()) {
    reg_.AddAlias(same, name);
    // (the longer name, unless it is a description where the other one is
    // a name: "the meeting of the Council of X" after "X Council meeting")
    const Actor* known = reg_.Find(same);
    auto lower = [](const std::string& n) { return !n.empty() && n[0] >= 'a' && n[0] <= 'z'; };
    if (known && (!lower(name) || lower(known->name))) reg_.PreferLongerName(same, name);
    return same;
  }
  std::string id = reg_.Named(ActorKind::kEvent, name, x.country ? x.country->actor.id : "", "");
  reg_.AddAlias(id, S(s).Span(x.name_begin, x.name_end));
  // "... Forum 2028 (AIF 2028)": the short name in brackets
  if (x.end - x.name_end >= 3 && T(s, x.end - 1).key == ")"sv && T(s, x.name_end).key == "("sv)
    reg_.AddAlias(id, S(s).Span(x.name_end + 1, x.end - 1));
  return id;
}

std::vector<std::string> ItemProcessor::PersonsBefore(int s) const {
  std::vector<std::string> out;
  for (const PersonInfo& p : persons_)
    if (p.s < s) AddUnique(&out, p.id);
  return out;
}

std::vector<std::string> ItemProcessor::PersonsBefore(int s, int k) const {
  std::vector<std::string> out = PersonsBefore(s);
  for (const PersonInfo& p : persons_)
    if (p.s == s && p.k < k) AddUnique(&out, p.id);
  return out;
}

std::string ItemProcessor::PersonCountry(const std::string& id, bool host_fallback) const {
  const Actor* a = reg_.Find(id);
  if (a && !a->country.empty()) return a->country;
  for (const PersonInfo& p : persons_)
    if (p.id == id && !p.country.empty()) return p.country;
  return host_fallback && doc_->home ? doc_->home->actor.id : std::string();
}

// Those of `ids` whose role has the title of a plural anaphor ("the
// ministers": "minister"); all of them when it gives a count that fails.
std::vector<std::string> ItemProcessor::WithTitle(const std::vector<std::string>& ids, const Mention& x,
                                                  bool exact_count) const {
  std::string noun = SingularTitle(x.anaphor);
  std::vector<std::string> kept, counterparts;
  for (const std::string& id : ids) {
    bool fits = false, written = false, counterpart = false, titled = false;
    for (const PersonInfo& p : persons_)
      if (p.id == id && !p.role_key.empty()) {
        written = true;
        std::vector<std::string> words = Words(p.role_key);
        // ("Ambassadors Extraordinary ... of A X, of B Y": a title in the plural)
        if (Contains(words, noun) || Contains(words, noun + "s")) fits = true;
        if (Contains(words, "counterpart")) counterpart = true;
        for (const std::string& w : words) titled = titled || (lex_.Bits(w) & (kTitle | kTitleLower));
        titled = titled || p.country.empty();  // (a role that names no country is no such list's)
      }
    const Actor* a = reg_.Find(id);
    if (!written && a && Contains(Words(FoldKey(a->role)), noun)) fits = true;
    if (fits) kept.push_back(id);
    // holds the office of whom it counters; or named in a list of holders
    // with no title of its own ("of the Hellenic Republic Y" after "Ambassadors of A X")
    else if (counterpart || (written && !titled)) counterparts.push_back(id);
  }
  if (!kept.empty())
    for (const std::string& id : counterparts) kept.push_back(id);
  if (exact_count && x.count > 0 && static_cast<int>(kept.size()) != x.count) kept.clear();
  return kept;
}

std::vector<std::string> ItemProcessor::Holding(const std::vector<std::string>& ids,
                                                const std::string& office) const {
  std::vector<std::string> out;
  for (const std::string& id : ids) {
    bool holds = HoldsOffice(id, office);
    for (const PersonInfo& p : persons_) holds = holds || (p.id == id && OfficeMeans(p, office));
    if (holds) out.push_back(id);
  }
  return out;
}

// The participants of the last meeting or call found (all pairs of its
// sentence), or nothing.
std::vector<std::string> ItemProcessor::LatestContact(const Found** latest) const {
  std::vector<std::string> out;
  const Found* last = nullptr;
  // (those only present, "with X in attendance", are no party to it)
  for (auto it = found_.rbegin(); it != found_.rend() && !last; ++it)
    if ((it->type == InteractionType::kMeeting || it->type == InteractionType::kCall) && !OnlyPresent(*it)) last = &*it;
  if (latest) *latest = last;
  if (!last) return out;
  for (const Found& f : found_)
    if (f.type == last->type && f.evidence.line == last->evidence.line && f.evidence.sentence == last->evidence.sentence &&
        !OnlyPresent(f)) {
      AddUnique(&out, f.source);
      AddUnique(&out, f.target);
    }
  return out;
}

// The gathering named earlier in the item whose name ends in `noun`
// ("meeting" -> "21st EU-Central Asia Ministerial Meeting"), else "".
// "meeting" for "11th ministers' meeting of the Central Asia plus Japan

std::string ItemProcessor::GatheringCalled(int s, int k, std::string_view noun) const {
  std::string found;
  for (const EventInfo& e : events_)
    if ((e.s < s || (e.s == s && e.k < k)) && (LastWord(e.head) == noun || HeadBeforeOf(e.head) == noun))
      found = e.id;
  return found;
}

std::string ItemProcessor::EventAnaphor(int s, const Mention& x) {
  const std::string& head = x.anaphor;
  // "the event", "the opening ceremony": any gathering; "the summit": one called so
  const std::vector<std::string>& generic = lex_.patterns().Words("any_event_anaphor");
  bool any = std::find(generic.begin(), generic.end(), head) != generic.end();
  // ("the opening ceremony of Baku Energy Week, which brings together the
  // X Exhibition and the Y Exhibition ... also addressed the ceremony": the
  // gathering the text named by that part, not the one named last)
  std::string part;
  for (const EventInfo& e : events_)
    if (!e.part.empty() && e.part == head && (e.s < s || (e.s == s && e.k < x.begin))) part = e.id;
  if (!part.empty()) return part;
  // ("the exhibition" after "the Egypt Energy Show": one kind of
  // gathering under several names, exhibition_head)
  const std::vector<std::string>& shows = lex_.patterns().Words("exhibition_head");
  bool show = std::find(shows.begin(), shows.end(), head) != shows.end();
  // ("The session was opened by X" after "the 55th Ordinary Session of
  // the Executive Council, held ahead of the 11th Mid-Year Coordination
  // Meeting": a gathering named with the word before any gathering)
  if (any) {
    bool named = false;
    for (const EventInfo& e : events_)
      named = named || ((e.s < s || (e.s == s && e.k < x.begin)) && e.head.find(head) != std::string::npos);
    if (named) any = false;
  }
  std::string best, after;
  for (const EventInfo& e : events_) {
    bool fits = any || e.head.find(head) != std::string::npos ||
                (!e.kind.empty() && (" " + e.kind + " ").find(" " + head + " ") != std::string::npos) ||
                (show && std::find(shows.begin(), shows.end(), LastWord(e.head)) != shows.end());
    if (!fits) continue;
    if (e.s < s || (e.s == s && e.k < x.begin)) best = e.id;
    // (a gathering named later only when the word names its kind, or when
    // it follows at once: "the opening ceremony of the X Forum"; not "hosted
    // the end-of-year reception ... inviting him to attend the X Forum")
    else if (after.empty() && (!any || e.head.find(head) != std::string::npos || (e.s == s && e.k <= x.end + 3)))
      after = e.id;
  }
  // ("The exhibition was attended by X" after "Africa Health ExCon 2026":
  // the one gathering named before, when its name says no other kind)
  if (best.empty() && after.empty()) {
    std::string only;
    int named = 0;
    for (const EventInfo& e : events_)
      if ((e.s < s || (e.s == s && e.k < x.begin)) && e.id != only) only = e.id, ++named;
    if (named == 1)
      for (const EventInfo& e : events_)
        if (e.id == only && !(lex_.Bits(FoldKey(LastWord(e.head))) & (kEventHead | kEventAnaphor | kGathering)))
          return only;
  }
  return best.empty() ? after : best;
}

// Who speaks in the item: "MINVAL: ..." in the headline, "the statement of
// X", "The article by X", "X's post".
void ItemProcessor::FindAuthor() {
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
    for (const Mention& x : it_.mentions[s].mentions) {
      if (x.kind != MentionKind::kSpeakerAnaphor) continue;
      int by = x.author >= 0 ? x.author : PublishedBy(s, x);
      if (by < 0) continue;
      std::vector<std::string> ids = Resolve(s, by, Use::kSubject);
      if (ids.size() == 1) {
        author_ = ids[0];
        break;
      }
    }
  }
}

// "the report on the country published by Human Rights Watch", "Human
// Rights Watch released a report": the mention that wrote the document
// `x`, or -1.
int ItemProcessor::PublishedBy(int s, const Mention& x) const {
  auto published = [&](int k) {
    std::string_view w = T(s, k).key;
    return w == "published"sv || w == "released"sv || w == "issued"sv || w == "prepared"sv || w == "compiled"sv ||
           w == "presented"sv || w == "publishes"sv || w == "releases"sv || w == "issues"sv;
  };
  for (int k = x.end; k + 2 < NTok(s) && k < x.end + 8; ++k) {
    if (T(s, k).key == ","sv || T(s, k).key == "."sv) break;
    if (published(k) && T(s, k + 1).key == "by"sv) {
      int m = MentionStartingAt(s, k + 2);
      return m >= 0 && M(s, m).kind != MentionKind::kSpeakerAnaphor ? m : -1;
    }
  }
  // "X said in a statement", "X stated in its report"
  if (x.begin >= 3 && T(s, x.begin - 1).key == "in"sv && (Bits(s, x.begin - 2) & kSpeechVerb)) {
    int m = At(s, x.begin - 3);
    if (m >= 0 && M(s, m).end == x.begin - 2 && M(s, m).kind != MentionKind::kSpeakerAnaphor) return m;
  }
  // "The Parliament adopted in Strasbourg its report": "its" is the
  // clause's subject, the nearest body or country before it
  if (T(s, x.begin).key == "its"sv || T(s, x.begin).key == "their"sv) {
    for (int k = x.begin - 1; k >= 0; --k) {
      if (T(s, k).key == ","sv || T(s, k).key == ";"sv) break;
      int m = At(s, k);
      if (m < 0 || M(s, m).end > x.begin) continue;
      MentionKind kind = M(s, m).kind;
      if (kind == MentionKind::kOrganization || kind == MentionKind::kCountry) return m;
      if (kind == MentionKind::kPerson) break;
    }
  }
  // the document as the object of its author's verb
  int verb = x.begin - 1;
  while (verb > 0 && verb >= x.begin - 3 && !published(verb) && At(s, verb) < 0 && T(s, verb).Is(kLower)) --verb;
  if (verb <= 0 || !published(verb)) return -1;
  int m = At(s, verb - 1);
  if (m < 0 || M(s, m).end != verb) return -1;
  MentionKind kind = M(s, m).kind;
  return kind == MentionKind::kOrganization || kind == MentionKind::kPerson || kind == MentionKind::kCountry ? m : -1;
}

// The speaker of quote q: "..." X said / X said: "..." / X's post: "...".
std::string ItemProcessor::QuoteSpeaker(int q) {
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
  // '"...," X said. "..."': a quote that is a sentence of its own goes on
  // in the voice of the quote just before it
  if (who.empty() && open_s > 0 && open_k == 0) {
    int before = -1;
    for (int k = 0; k < NTok(open_s - 1); ++k)
      if (S(open_s - 1).quote[k] >= 0 && S(open_s - 1).quote[k] != q) before = S(open_s - 1).quote[k];
    if (before >= 0) who = QuoteSpeaker(before);
  }
  quote_speaker_[q] = who;
  return who;
}

std::string ItemProcessor::SpeakerAfter(int s, int k) {
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

std::string ItemProcessor::SpeakerBefore(int s, int k) {
  if (k == 0) return "";
  int c = it_.clauses[s].of[k - 1];
  const Subject& subj = subjects_.size() > static_cast<std::size_t>(c) && subjects_sentence_ == s
                            ? subjects_[c]
                            : Subject();
  if (subj.ids.size() == 1) return subj.ids[0];
  // "X said: "..." when the quote goes on into later sentences (the
  // sentence's subjects are no longer at hand; "X wrote on his official
  // Telegram channel:" puts a phrase between)
  for (int j = k - 1; j >= 1 && j >= k - 8; --j) {
    if (!(Bits(s, j) & kSpeechVerb)) continue;
    int m = At(s, j - 1);
    if (m >= 0 && M(s, m).end == j && (M(s, m).kind == MentionKind::kPerson || M(s, m).kind == MentionKind::kRole)) {
      std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
      if (ids.size() == 1) return ids[0];
    }
    break;
  }
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

// "X said, adding that <k> ...", "X noted that <k> ...": the person (or
// role) who reports the clause that starts at token k, named before it in
// the sentence; "" if the clause is no report.
std::string ItemProcessor::ReportingSpeaker(int s, int k) {
  if (k < 2) return "";
  // ("Wang said China firmly supports ...": a report with no "that")
  int v = T(s, k - 1).key == "that"sv ? k - 2 : k - 1;
  if (v == k - 1 && !(Bits(s, v) & kSpeechVerb)) return "";
  std::string_view verb = T(s, v).key;
  bool reporting = (Bits(s, v) & kSpeechVerb) || verb == "adding"sv || verb == "noting"sv ||
                   verb == "stressing"sv || verb == "emphasizing"sv || verb == "emphasising"sv;
  if (!reporting) return "";
  for (int m = static_cast<int>(it_.mentions[s].mentions.size()) - 1; m >= 0; --m) {
    const Mention& x = M(s, m);
    if (x.end > v || (x.kind != MentionKind::kPerson && x.kind != MentionKind::kRole)) continue;
    if (x.end >= NTok(s) || !(Bits(s, x.end) & kSpeechVerb)) continue;
    std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
    return ids.size() == 1 ? ids[0] : "";
  }
  return "";
}

// The speaker of sentence s at token k: its quote's, else the headline
// label, else the item's author.
std::string ItemProcessor::Speaker(int s, int k) {
  int q = S(s).quote[k];
  if (q >= 0) return QuoteSpeaker(q);
  return author_;
}

}  // namespace engine
}  // namespace actorgraph
