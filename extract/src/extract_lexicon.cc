#include "extract_lexicon.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string_view>

#include "actorgraph/text_normalize.h"

namespace actorgraph {
namespace engine {

using namespace std::string_view_literals;

namespace {

const std::pair<const char*, uint64_t> kClassBits[] = {
    {"title", kTitle}, {"title_lowercase", kTitleLower}, {"generic_person", kGenericPerson},
    {"org_head", kOrgHead}, {"org_plural_head", kOrgPluralHead}, {"org_suffix", kOrgSuffix},
    {"event_head", kEventHead}, {"event_anaphor", kEventAnaphor}, {"country_noun", kCountryNoun},
    {"person_group", kPersonGroup}, {"delegation", kDelegation}, {"frame_persons", kFramePersons},
    {"frame_countries", kFrameCountries}, {"speaker_noun", kSpeakerNoun}, {"not_name", kNotName},
    {"function", kFunction}, {"name_particle", kParticle}, {"pronoun_person", kPronPerson},
    {"pronoun_plural", kPronPlural}, {"pronoun_speaker", kPronSpeaker}, {"elaboration", kElaboration},
    {"ordinal_word", kOrdinalWord}, {"speech_verb", kSpeechVerb}, {"verb", kVerb},
    {"preposition", kPreposition}, {"subordinator", kSubordinator}, {"relative", kRelative},
    {"coordinator", kCoordinator}, {"participle_intro", kParticipleIntro}, {"intention", kIntention},
    {"recall", kRecall}, {"ahead", kAhead}, {"negation", kNegation}, {"perfect_aux", kPerfectAux}, {"now", kNow},
    {"travel_purpose", kTravelPurpose}, {"led_by", kLedBy}, {"object_of", kObjectOf},
    {"gathering", kGathering}, {"gathering_part", kGatheringPart}, {"regional_adjective", kRegionalAdjective},
};

constexpr int kMaxPhraseTokens = 8;

// Builds the trie of `keys` (see Lexicon::words_): a node per key, and an
// edge to it from the key before its last space, labelled with its last
// word. AddPhrase and AddDictionary store every such prefix, so each key
// hangs below the root by its words.
template <class Value>
void BuildTrie(const std::unordered_map<std::string, Value>& keys, const Value& root,
               std::unordered_map<std::string, uint32_t>* words, std::unordered_map<uint64_t, uint32_t>* edges,
               std::vector<Value>* nodes) {
  auto edge = [](uint32_t node, uint32_t word) { return (static_cast<uint64_t>(node) << 32) | word; };
  std::unordered_map<std::string_view, uint32_t> node_of;  // views of the keys of `keys`
  node_of.reserve(keys.size());
  nodes->reserve(keys.size() + 1);
  nodes->assign(1, root);
  for (const auto& [key, value] : keys) {
    node_of.emplace(key, static_cast<uint32_t>(nodes->size()));
    nodes->push_back(value);
  }
  edges->reserve(keys.size());
  for (const auto& [key, value] : keys) {
    std::string_view k = key;
    std::size_t sp = k.rfind(' ');
    uint32_t parent = 0;
    if (sp != std::string_view::npos) {
      auto it = sp == 0 ? node_of.end() : node_of.find(k.substr(0, sp));
      if (it == node_of.end()) continue;  // not reachable token by token
      parent = it->second;
    }
    std::string word(k.substr(sp == std::string_view::npos ? 0 : sp + 1));
    uint32_t id = words->emplace(std::move(word), static_cast<uint32_t>(words->size() + 1)).first->second;
    (*edges)[edge(parent, id)] = node_of[k];
  }
}

// MatchKey without dropping a leading "the" ("the sides" must not match
// "sides" alone).
std::string PhraseKey(const std::string& phrase) { return MatchKey("x " + phrase).substr(2); }

}  // namespace

Lexicon::Lexicon(const ActorDictionary& dictionary, const PatternTable& patterns)
    : dict_(dictionary), patterns_(patterns) {
  for (const auto& [cls, bit] : kClassBits) AddWords(cls, bit);
  // ("the ministry", "the company" head a body in lower case; "Air" and
  // "Investments" only in a name: "Israeli air strikes" name none)
  for (const std::string& phrase : patterns_.Words("org_head"))
    if (!phrase.empty() && phrase[0] >= 'a' && phrase[0] <= 'z') AddPhrase(PhraseKey(phrase), kOrgHeadLower);
  for (const auto& [key, month] : patterns.months()) {
    AddPhrase(key, kMonth);
    // ("Mar" of "March"; "May" is no short form)
    for (const auto& [other, same] : patterns.months())
      if (same == month && other.size() > key.size() && MatchKey(other).compare(0, key.size(), MatchKey(key)) == 0)
        month_short_forms_.insert(MatchKey(key));
  }
  for (const auto& [key, day] : patterns.weekdays()) AddPhrase(key, kWeekday), (void)day;
  for (const std::string& a : patterns.Words("abbreviation")) abbreviations_.insert(MatchKey(a));
  for (const std::string& w : patterns.Words("hyphen_adjective_end")) hyphen_adjective_ends_.insert(MatchKey(w));
  for (const auto& [place, country] : patterns.places()) {
    const DictionaryEntry* c = dictionary.FindId(country);
    if (!c) c = dictionary.CountryOf(country);
    if (c) places_[MatchKey(place)] = c, AddPhrase(MatchKey(place), kPlace);
  }
  for (const auto& [place, actor] : patterns.metonyms())
    if (const DictionaryEntry* a = dictionary.FindId(actor)) metonyms_[MatchKey(place)] = a;
  const std::vector<PatternRule>& rules = patterns.rules();
  for (int r = 0; r < static_cast<int>(rules.size()); ++r) {
    const auto& elements = rules[r].elements;
    for (int e = 0; e < static_cast<int>(elements.size()); ++e) {
      const PatternElement& el = elements[e];
      if (el.kind != PatternElement::Kind::kWords) continue;
      for (const std::string& w : el.words) AddPhrase(w, kTrigger);
      bool anchor = e == 0 || (e == 1 && elements[0].kind == PatternElement::Kind::kSubject);
      if (!anchor) continue;
      std::set<std::string> seen;
      for (const std::string& w : el.words) {
        AddPhrase(w, kAnchor);
        if (seen.insert(w).second) triggers_[w].push_back({r, e});
      }
      for (const std::string& p : el.prefixes) prefix_triggers_.push_back({p, {r, e}});
    }
  }
  AddDictionary();
  BuildTries();
  for (const auto& [key, refs] : triggers_) {
    uint32_t id = WordId(key);
    if (id == 0) continue;  // a key of several words stays in the map only
    if (id >= triggers_by_word_.size()) triggers_by_word_.resize(id + 1);
    triggers_by_word_[id] = refs;
  }
}

void Lexicon::BuildTries() {
  std::unordered_map<uint64_t, uint32_t> phrase_edges, name_edges;
  BuildTrie<uint64_t>(phrases_, 0, &words_, &phrase_edges, &phrase_nodes_);
  BuildTrie<DictHit>(names_, DictHit(), &words_, &name_edges, &name_nodes_);
  names_.clear();  // the trie answers every look-up now
  // The function words of Tag(), given ids if no key holds them (no edge
  // leads from them, so every walk stops at them as before).
  static const std::pair<const char*, uint16_t> kTagged[] = {
      {"the", kTagDet | kTagFrameWord}, {"this", kTagDet}, {"a", kTagDet}, {"an", kTagDet},
      {"his", kTagPossDet}, {"her", kTagPossDet | kTagPronoun}, {"their", kTagPossDet}, {"its", kTagPossDet},
      {"our", kTagPossDet}, {"my", kTagPossDet}, {"your", kTagPossDet},
      {"he", kTagPronoun}, {"she", kTagPronoun}, {"him", kTagPronoun}, {"they", kTagPronoun},
      {"them", kTagPronoun}, {"it", kTagPronoun}, {"i", kTagPronoun}, {"we", kTagPronoun}, {"me", kTagPronoun}, {"us", kTagPronoun},
      {"all", kTagFrameWord}, {"both", kTagFrameWord}, {"of", kTagOf},
  };
  for (const auto& [word, tag] : kTagged) words_.emplace(word, static_cast<uint32_t>(words_.size() + 1));
  tags_.assign(words_.size() + 1, 0);
  for (const auto& [word, tag] : kTagged) tags_[words_.at(word)] |= tag;
  word_table_.Build(words_);
  phrase_edges_.Build(phrase_edges);
  name_edges_.Build(name_edges);
  words_.clear();
}

namespace {
// A power of two at least twice `n` (and at least 16).
std::size_t TableSize(std::size_t n) {
  std::size_t size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}
}  // namespace

void WordTable::Build(const std::unordered_map<std::string, uint32_t>& words) {
  slots_.assign(TableSize(words.size()), Slot());
  mask_ = slots_.size() - 1;
  pool_.clear();
  for (const auto& [word, id] : words) {
    uint64_t h, head;
    HashUnlessSpace(word, &h, &head);
    std::size_t i = h & mask_;
    while (slots_[i].id != 0) i = (i + 1) & mask_;
    slots_[i] = {id, static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(pool_.size()),
                 static_cast<uint32_t>(word.size()), head};
    pool_ += word;
  }
}

void EdgeTable::Build(const std::unordered_map<uint64_t, uint32_t>& edges) {
  slots_.assign(TableSize(edges.size()), Slot());
  mask_ = slots_.size() - 1;
  root_.clear();
  for (const auto& [edge, child] : edges) {
    std::size_t i = Hash(edge) & mask_;
    while (slots_[i].child != 0) i = (i + 1) & mask_;
    slots_[i] = {edge, child};
    if ((edge >> 32) == 0) {
      uint32_t word = static_cast<uint32_t>(edge);
      if (word >= root_.size()) root_.resize(word + 1, 0);
      root_[word] = child;
    }
  }
}

void Lexicon::AddWords(const std::string& cls, uint64_t bit) {
  for (const std::string& phrase : patterns_.Words(cls)) AddPhrase(PhraseKey(phrase), bit);
}

void Lexicon::AddPhrase(const std::string& key, uint64_t bit) {
  if (key.empty()) return;
  phrases_[key] |= bit;
  for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
    phrases_[key.substr(0, sp)] |= kPrefixBit;
}

void Lexicon::AddDictionary() {
  // Words of organisation and event names are collected but not used as
  // "not a name": "Heydar Aliyev Center" must not stop "Ilham Aliyev" being
  // read as a name when the person is missing from the dictionary.
  std::set<std::string> person_words, other_words;
  auto words_of = [](const std::string& key, std::set<std::string>* into) {
    std::size_t b = 0;
    while (b < key.size()) {
      std::size_t e = key.find(' ', b);
      if (e == std::string::npos) e = key.size();
      if (e - b > 2) into->insert(key.substr(b, e - b));
      b = e + 1;
    }
  };
  for (const DictionaryEntry& entry : dict_.entries()) {
    auto add = [&](const std::string& text, FormKind form) {
      std::string key = MatchKey(text);
      if (key.empty()) return;
      bool lower = text[0] >= 'a' && text[0] <= 'z';
      bool acronym = text.size() >= 2 && text.find(' ') == std::string::npos &&
                     std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      auto [it, inserted] = names_.emplace(key, DictHit{&entry, form, 0, lower, false, acronym});
      if (!inserted && !it->second.entry) {
        it->second = DictHit{&entry, form, 0, lower, true, acronym};  // was only a prefix
      } else if (!inserted && form == FormKind::kName) {
        it->second = DictHit{&entry, form, 0, lower || it->second.lower, it->second.prefix,
                             acronym && it->second.acronym};
      } else if (!inserted) {
        if (it->second.entry == &entry && lower) it->second.lower = true;
        it->second.acronym = it->second.acronym && acronym;
      }
      for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
        DictHit& p = names_[key.substr(0, sp)];
        p.prefix = true;
      }
      if (entry.actor.kind == ActorKind::kPerson) words_of(key, &person_words);
      else if (entry.actor.kind != ActorKind::kCountry && form != FormKind::kDemonym) words_of(key, &other_words);
    };
    add(entry.actor.name, FormKind::kName);
    for (const std::string& a : entry.actor.aliases) add(a, FormKind::kAlias);
    for (const std::string& d : entry.demonyms) add(d, FormKind::kDemonym);
    if (!entry.capital.empty()) add(entry.capital, FormKind::kCapital);
    for (const std::string& c : entry.capital_aliases) add(c, FormKind::kCapital);
  }
  (void)other_words;  // see below
}


namespace {
// A token key as a std::string, for the maps keyed by std::string (C++17's
// unordered maps take no string_view). The reference holds until the next
// call on this thread.
const std::string& KeyString(std::string_view key) {
  thread_local std::string s;
  s.assign(key.data(), key.size());
  return s;
}
}  // namespace

uint64_t Lexicon::Bits(std::string_view key) const {
  auto it = phrases_.find(KeyString(key));
  return it == phrases_.end() ? 0 : it->second & ~kPrefixBit;
}

uint32_t Lexicon::TokenWord(std::string_view key) const {
  uint64_t h, head;
  if (!WordTable::HashUnlessSpace(key, &h, &head)) return kWordSpaced;
  return word_table_.Find(key, h, head);
}

bool Lexicon::StepWords(const EdgeTable& edges, const Token& t, uint32_t* node) const {
  // "vice president" (one token of "Vice-President"): word by word
  std::string_view key = t.key;
  std::size_t b = 0;
  while (true) {
    std::size_t e = key.find(' ', b);
    uint32_t child = edges.Find(Edge(*node, WordId(key.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b))));
    if (child == 0) return false;
    *node = child;
    if (e == std::string_view::npos) return true;
    b = e + 1;
  }
}

namespace {
// Leaves out of s's tokens (and their quote numbers) the runs that
// `dropped(k)` measures: the number of tokens to leave out from k, 0 for
// none. Sentence::Span joins the pieces that remain.
template <class Dropped>
void DropTokens(Sentence* s, Dropped dropped) {
  std::vector<Token>& t = s->tokens;
  const int n = static_cast<int>(t.size());
  int out = 0;
  for (int k = 0; k < n; ++k) {
    if (int len = dropped(k); len > 0) {
      s->gaps = true;
      k += len - 1;
      continue;
    }
    if (out != k) {
      t[out] = t[k];
      s->quote[out] = s->quote[k];
    }
    ++out;
  }
  t.resize(out);
  s->quote.resize(out);
}
}  // namespace

// Vicente "Tito" Sotto III, Faustino "Bojie" Dy III: a nickname in quotes
// between a given name and a family name is left out of the tokens, so the
// name reads as one (Sentence::Span joins the pieces). Not a body's name in
// quotes: 'the Georgian "Lelo" Party', 'Azerbaijani "Azersilah" Holding'.
void Lexicon::DropNicknames(Sentence* s) const {
  const std::vector<Token>& t = s->tokens;
  const int n = static_cast<int>(t.size());
  auto name_word = [&](int k) {
    if (!t[k].Is(kCap) || !t[k].Is(kWord)) return false;
    if (Bits(t[k].key) & (kTitle | kOrgHead | kOrgSuffix | kEventHead | kFunction | kMonth | kWeekday)) return false;
    DictHit h = DictAt(t, k, k + 1);
    return !(h.length && (h.form == FormKind::kDemonym || h.entry->actor.kind != ActorKind::kPerson));
  };
  DropTokens(s, [&](int k) {
    if (k == 0 || k + 3 >= n || !t[k].Is(kQuoteOpen) || !name_word(k - 1)) return 0;
    int close = k + 1;
    while (close < n && close < k + 3 && t[close].Is(kCap) && t[close].Is(kWord)) ++close;
    if (close > k + 1 && close + 1 < n && t[close].Is(kQuoteClose) && name_word(close + 1)) return close + 1 - k;
    return 0;
  });
}

// "Maj. Gen. (rtd) Peter Njoroge", "Col. (Retd.) X": the mark of a retired
// officer between his rank and his name is left out of the tokens, so the
// rank titles the name; so is the comma of "Midori Trading Co., Ltd.", so
// the company's name runs on to its suffix.
void Lexicon::DropNameBreaks(Sentence* s) const {
  const std::vector<Token>& t = s->tokens;
  const int n = static_cast<int>(t.size());
  DropTokens(s, [&](int k) {
    if (k > 0 && k + 1 < n && t[k].key == ","sv && t[k - 1].key == "co"sv && t[k - 1].Is(kCap)) {
      std::string_view next = t[k + 1].key;
      if (next == "ltd"sv || next == "limited"sv || next == "inc"sv || next == "llc"sv) return 1;
    }
    if (k > 0 && k + 3 < n && t[k].key == "("sv) {
      std::string_view mark = t[k + 1].key;
      int close = k + 2 < n && t[k + 2].key == "."sv ? k + 3 : k + 2;
      if ((mark == "rtd"sv || mark == "retd"sv || mark == "ret"sv || mark == "retired"sv) && close + 1 < n &&
          t[close].key == ")"sv && t[close + 1].Is(kCap) && t[close + 1].Is(kWord))
        return close + 1 - k;
    }
    return 0;
  });
}

void Lexicon::Annotate(Sentence* s) const {
  if (s->quote.size() == s->tokens.size()) {
    bool quote = false, mark = false;
    for (const Token& t : s->tokens) {
      quote = quote || t.Is(kQuoteOpen);
      mark = mark || t.key == "("sv || t.key == "co"sv;
    }
    if (quote) DropNicknames(s);
    if (mark) DropNameBreaks(s);
  }
  std::vector<Token>& tokens = s->tokens;
  int n = static_cast<int>(tokens.size());
  // Marks end both tries' walks before their word is used (see below and
  // DictAt): no look-up for them.
  // Most keys are short and lie in the sentence's padded buffer: hashed
  // from one load.
  auto base = reinterpret_cast<std::uintptr_t>(s->keys.data());
  auto limit = base + s->keys.size();
  for (Token& t : tokens) {
    if (t.Is(kPunct) && !t.Is(kPossessive) && t.key != "'") {
      t.word = 0;
      continue;
    }
    std::string_view key = t.key;
    auto at = reinterpret_cast<std::uintptr_t>(key.data());
    uint64_t h, head;
    if (!key.empty() && key.size() <= 8 && at >= base && at + 8 <= limit)
      t.word = WordTable::HashShortUnlessSpace(key.data(), key.size(), &h, &head) ? word_table_.Find(key, h, head)
                                                                                   : kWordSpaced;
    else
      t.word = TokenWord(key);
  }
  s->bits.assign(n, 0);
  s->phrase_bits.assign(n, 0);
  s->phrase_start.assign(n + 1, 0);
  s->phrases.clear();
  s->phrases.reserve(n);
  for (int i = 0; i < n; ++i) {
    s->phrase_start[i] = static_cast<uint32_t>(s->phrases.size());
    // (a word no key holds starts no phrase: its first step would fail)
    if (!tokens[i].Is(kWord) || tokens[i].word == 0) continue;
    uint32_t node = 0;
    for (int j = i; j < n && j < i + kMaxPhraseTokens; ++j) {
      const Token& t = tokens[j];
      if (t.key.empty()) break;
      if (t.Is(kPunct) && !t.Is(kPossessive) && t.key != "'") break;
      if (!Step(phrase_edges_, t, &node)) break;
      uint64_t value = phrase_nodes_[node];
      uint64_t bits = value & ~kPrefixBit;
      if (bits) {
        if (j == i) s->bits[i] = bits;
        s->phrase_bits[i] |= bits;
        s->phrases.push_back({static_cast<uint8_t>(j - i + 1), bits});
      }
      if (!(value & kPrefixBit)) break;
    }
  }
  s->phrase_start[n] = static_cast<uint32_t>(s->phrases.size());
  // "Nurlanbek Turgunbek uulu", "Elnur Mammad oglu": a patronymic marker in
  // lower case after a name of two words ends that name, as a capital would
  for (int i = 2; i < n; ++i) {
    Token& t = tokens[i];
    if (!t.Is(kWord) || !t.Is(kLower) || t.key.size() < 3 || t.key.size() > 5) continue;
    if (!tokens[i - 1].Is(kCap) || !tokens[i - 2].Is(kCap) || tokens[i - 1].Is(kAllCaps)) continue;
    if (!InWordClass("patronymic", t.key)) continue;
    t.flags = (t.flags & ~uint32_t{kLower}) | kCap;
  }
  // "in Mar del Plata": a month's short form is a date only beside a number
  // or with its dot ("Mar 5", "5 Mar", "Mar. 2026")
  for (int i = 0; i < n; ++i) {
    if (!(s->bits[i] & kMonth) || !month_short_forms_.count(std::string(tokens[i].key))) continue;
    bool date = (i > 0 && tokens[i - 1].Is(kNumber)) ||
                (i + 1 < n && (tokens[i + 1].Is(kNumber) || tokens[i + 1].key == "."sv));
    if (date) continue;
    s->bits[i] &= ~kMonth;
    s->phrase_bits[i] &= ~kMonth;
    for (uint32_t p = s->phrase_start[i]; p < s->phrase_start[i + 1]; ++p) s->phrases[p].bits &= ~kMonth;
  }
}

DictHit Lexicon::DictFrom(const std::vector<Token>& tokens, int i, int end, uint32_t node) const {
  DictHit best;
  for (int j = i;;) {
    const DictHit& hit = name_nodes_[node];
    if (hit.entry && !tokens[j].Is(kPossessive)) {
      best = hit;
      best.length = j - i + 1;
    }
    if (!hit.prefix) break;
    if (++j >= end || j >= i + kMaxPhraseTokens + 4) break;
    const Token& t = tokens[j];
    if (t.Is(kPunct) && !t.Is(kPossessive)) break;  // names do not run across marks
    if (!Step(name_edges_, t, &node)) break;
  }
  return best;
}

const std::vector<const DictionaryEntry*>& Lexicon::Surname(std::string_view key_view) const {
  auto it = surnames_.find(KeyString(key_view));
  if (it != surnames_.end()) return it->second;
  std::string key(key_view);
  std::vector<const DictionaryEntry*> found;
  for (const DictionaryEntry* e : dict_.LookupSurname(key))
    if (e->actor.kind == ActorKind::kPerson) found.push_back(e);
  return surnames_.emplace(key, std::move(found)).first->second;
}

const std::vector<std::string>& Lexicon::LowerWordClass(std::string_view word_class) const {
  auto it = lower_word_classes_.find(word_class);
  if (it != lower_word_classes_.end()) return it->second;
  std::vector<std::string> lower = patterns().Words(word_class);
  for (std::string& w : lower)
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower_word_classes_.emplace(std::string(word_class), std::move(lower)).first->second;
}

const DictionaryEntry* Lexicon::Metonym(std::string_view key) const {
  auto it = metonyms_.find(KeyString(key));
  return it == metonyms_.end() ? nullptr : it->second;
}

const DictionaryEntry* Lexicon::PlaceCountry(std::string_view key) const {
  auto it = places_.find(KeyString(key));
  return it == places_.end() ? nullptr : it->second;
}

int Lexicon::Month(std::string_view key) const {
  auto it = patterns_.months().find(KeyString(key));
  return it == patterns_.months().end() ? 0 : it->second;
}

int Lexicon::Weekday(std::string_view key) const {
  auto it = patterns_.weekdays().find(KeyString(key));
  return it == patterns_.weekdays().end() ? -1 : it->second;
}

const std::vector<TriggerRef>& Lexicon::Triggers(std::string_view key) const {
  static const std::vector<TriggerRef> kNone;
  if (uint32_t id = WordId(key)) return id < triggers_by_word_.size() ? triggers_by_word_[id] : kNone;
  auto it = triggers_.find(KeyString(key));
  return it == triggers_.end() ? kNone : it->second;
}

}  // namespace engine
}  // namespace actorgraph
