// The item's frame (who the item is about), speakers at gatherings, and
// the Japanese headline's cue.

#include "item_processor.h"

#include <algorithm>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

// The item's participants: those of the headline's meeting or call, else
// the actors its headline names.
void ItemProcessor::HeadlineFrame() {
  if (!frame_.empty()) return;
  for (const Found& f : found_)
    if (f.type == InteractionType::kMeeting || f.type == InteractionType::kCall) {
      AddUnique(&frame_, f.source);
      AddUnique(&frame_, f.target);
    }
  if (!frame_.empty()) {
    frame_from_contact_ = true;
    frame_settled_at_ = kUnsettled;
    return;
  }
  std::vector<std::string> named;
  for (int s = 0; s < it_.first_body; ++s)
    for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m) {
      const Mention& x = M(s, m);
      if (x.end <= x.begin || x.kind == MentionKind::kEvent || x.kind == MentionKind::kEventAnaphor ||
          x.kind == MentionKind::kFramePersons || x.kind == MentionKind::kFrameCountries || x.possessive)
        continue;
      // ("... took part in the Ministerial Meeting in Luxembourg": a place)
      if ((x.kind == MentionKind::kCountry || x.kind == MentionKind::kCapital) && x.begin > 0 &&
          T(s, x.begin - 1).key == "in"sv)
        continue;
      if (x.kind == MentionKind::kPerson && !x.entry && x.role.empty() && NamesBodyEvent(x.name)) continue;
      for (const std::string& id : Resolve(s, m, Use::kSubject)) AddUnique(&named, id);
    }
  if (named.size() >= 2) {
    frame_ = std::move(named);
    frame_settled_at_ = kUnsettled;
  }
}

// "meeting ahead of Durga Puja", then "ahead of the Durga Puja festival":
// a bare name the body gives as the name of a gathering is that gathering,
// no participant.
bool ItemProcessor::NamesBodyEvent(const std::string& name) const {
  std::string prefix = FoldKey(name) + " ";
  for (int s = it_.first_body; s < static_cast<int>(it_.sentences.size()); ++s)
    for (const Mention& y : it_.mentions[s].mentions)
      if (y.kind == MentionKind::kEvent && FoldKey(y.name).compare(0, prefix.size(), prefix) == 0) return true;
  return false;
}

// "consultations between the foreign ministries of A and B were held by
// videoconference. The A delegation was headed by X, and the B delegation
// by Y": a meeting or call between two countries gives way to one of the
// same type between persons of those countries (one of the two may be of
// no stated country), and the two merge as one act.
void ItemProcessor::CountryPairsGiveWay() {
  // 2: of that country; 1: a person of no stated country; 0: neither
  auto of = [&](const std::string& person, const std::string& country) {
    const Actor* a = reg_.Find(person);
    if (!a || a->kind != ActorKind::kPerson) return 0;
    if (a->country == country || (a->country.empty() && doc_->home && doc_->home->actor.id == country)) return 2;
    return a->country.empty() ? 1 : 0;
  };
  auto pair_of = [&](const std::string& x, const std::string& y, const std::string& c, const std::string& d) {
    int fx = of(x, c), fy = of(y, d);
    return fx > 0 && fy > 0 && fx + fy >= 3;
  };
  for (Found& f : found_) {
    if (f.type != InteractionType::kMeeting && f.type != InteractionType::kCall) continue;
    const Actor* a = reg_.Find(f.source);
    const Actor* b = reg_.Find(f.target);
    if (!a || !b) continue;
    // ("Ambassadors of Chile and Norway presented their credentials to
    // President X. The envoys, Chile's A and Norway's B, held meetings with
    // him": a country's meeting with X gives way to its envoy's)
    if ((a->kind == ActorKind::kCountry) != (b->kind == ActorKind::kCountry)) {
      // (copies: f's ends are rewritten below)
      const std::string country = a->kind == ActorKind::kCountry ? f.source : f.target;
      const std::string other = a->kind == ActorKind::kCountry ? f.target : f.source;
      for (const Found& g : found_) {
        // (the same meeting: of the same day, its envoy named in a later
        // paragraph)
        if (g.type != f.type || &g == &f || g.date != f.date || g.evidence.line <= f.evidence.line ||
            (g.source != other && g.target != other))
          continue;
        const std::string& person = g.source == other ? g.target : g.source;
        const Actor* p = reg_.Find(person);
        if (!p || p->kind != ActorKind::kPerson || p->country != country) continue;
        f.source = person;
        f.target = other;
        break;
      }
      continue;
    }
    if (a->kind != ActorKind::kCountry || b->kind != ActorKind::kCountry) continue;
    for (const Found& g : found_) {
      if (g.type != f.type || &g == &f) continue;
      if (pair_of(g.source, g.target, f.source, f.target) || pair_of(g.source, g.target, f.target, f.source)) {
        f.source = g.source;
        f.target = g.target;
        break;
      }
    }
  }
}

// "Defense Minister attends meeting of CSTO Council of Defense Ministers"
// over a body that names "the meeting of the Council of Defense Ministers
// of the Collective Security Treaty Organization (CSTO)": the headline's
// shorter name gives way to the one gathering the body says the same
// person attended.
void ItemProcessor::HeadlineEventsGiveWay() {
  if (it_.first_body == 0) return;
  const int headline_line = S(0).line;
  for (Found& f : found_) {
    if (f.evidence.line != headline_line || f.type != InteractionType::kParticipation) continue;
    const Actor* event = reg_.Find(f.target);
    if (!event || event->kind != ActorKind::kEvent) continue;
    std::vector<std::string> body_events;
    bool same = false;
    // ("A, B and C hold meeting on sidelines of X conference" over a body
    // whose ministers of A, B and C attended the X Conference 2027: the
    // headline's country gives way to its one minister the body names)
    const Actor* source = reg_.Find(f.source);
    bool country = source && source->kind == ActorKind::kCountry;
    std::vector<std::string> persons;
    for (const Found& g : found_) {
      if (g.evidence.line == headline_line || g.type != f.type) continue;
      bool of_country = false;
      if (g.source != f.source) {
        const Actor* person = country ? reg_.Find(g.source) : nullptr;
        of_country = person && person->kind == ActorKind::kPerson && PersonCountry(g.source) == f.source;
        if (!of_country) continue;
      }
      const Actor* other = reg_.Find(g.target);
      if (!other || other->kind != ActorKind::kEvent) continue;
      same = same || g.target == f.target;
      AddUnique(&body_events, g.target);
      if (of_country) AddUnique(&persons, g.source);
    }
    if (!same && body_events.size() == 1) {
      f.target = body_events[0];
      if (persons.size() == 1) f.source = persons[0];
    }
  }
}

// "took part in the plenary session of the Milli Majlis", "attended the
// meeting of the Cabinet of Ministers": a sitting of a body, named by
// neither an ordinal nor a name of its own ("the 14th meeting of ...",
// "the informal meeting of the Council of Foreign Ministers of the
// Organization of Turkic States" stay), is no named gathering (the spec).
void ItemProcessor::RoutineSittingsGiveWay() {
  auto routine = [&](const Actor* event) {
    const std::string& name = event->name;
    // ("Trilateral meeting in Kars": a meeting told by its format alone has
    // no name of its own)
    std::vector<std::string> words = Words(FoldKey(name));
    if (words.size() == 2 && (words[1] == "meeting" || words[1] == "talks" || words[1] == "consultations") &&
        (words[0] == "bilateral" || words[0] == "trilateral" || words[0] == "quadrilateral" ||
         words[0] == "tripartite" || words[0] == "working"))
      return true;
    if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) return false;
    std::size_t of = name.find(" of ");
    if (of == std::string::npos) return false;
    std::vector<std::string> head = Words(FoldKey(name.substr(0, of)));
    if (head.empty()) return false;
    const std::string& noun = head.back();
    if (noun != "session" && noun != "sitting" && noun != "meeting" && noun != "sessions" && noun != "meetings")
      return false;
    for (const std::string& w : Words(FoldKey(name))) {
      if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
      if (lex_.Bits(w) & kOrdinalWord) return false;
    }
    // (a body of no one country, in the dictionary: an international one)
    std::size_t from = of;
    while (from != std::string::npos) {
      std::string rest = name.substr(from + 4);
      if (rest.compare(0, 4, "the ") == 0) rest = rest.substr(4);
      for (const DictionaryEntry* e : dict_.Lookup(rest))
        if (e->actor.kind == ActorKind::kOrganization && e->actor.country.empty()) return false;
      from = name.find(" of ", from + 4);
    }
    return true;
  };
  found_.erase(std::remove_if(found_.begin(), found_.end(),
                              [&](const Found& f) {
                                if (f.type != InteractionType::kParticipation) return false;
                                const Actor* event = reg_.Find(f.target);
                                return event && event->kind == ActorKind::kEvent && routine(event);
                              }),
               found_.end());
}

// "President X receives ambassadors of Mongolia and Egypt" over a body
// that names the ambassadors: the headline's country gives way to the
// person of that country the body finds in the same act with the same
// other party, so the headline becomes evidence of that act.
void ItemProcessor::HeadlineCountriesGiveWay() {
  if (it_.first_body == 0) return;
  const int headline_line = S(0).line;
  for (Found& f : found_) {
    if (f.evidence.line != headline_line) continue;
    for (int end = 0; end < 2; ++end) {
      std::string& country = end == 0 ? f.source : f.target;
      const std::string& other = end == 0 ? f.target : f.source;
      const Actor* c = reg_.Find(country);
      if (!c || c->kind != ActorKind::kCountry) continue;
      for (const Found& g : found_) {
        if (g.type != f.type || g.evidence.line == headline_line || (end == 0 ? g.target : g.source) != other)
          continue;
        const std::string& person = end == 0 ? g.source : g.target;
        const Actor* a = reg_.Find(person);
        if (a && a->kind == ActorKind::kPerson && PersonCountry(person) == country) {
          country = person;
          break;
        }
      }
    }
  }
  // "A and B meet C" over a body where A and C meet, and later B and C
  // (in another sentence): two meetings, A and B are no pair (a body that
  // says they met, or one sentence where all three meet, keeps it)
  auto body_meeting = [&](const std::string& x, const std::string& y) -> const Found* {
    for (const Found& g : found_)
      if (g.type == InteractionType::kMeeting && g.evidence.line != headline_line &&
          ((g.source == x && g.target == y) || (g.source == y && g.target == x)))
        return &g;
    return nullptr;
  };
  std::vector<std::string> parties;
  for (const Found& g : found_)
    if (g.type == InteractionType::kMeeting && g.evidence.line != headline_line) {
      AddUnique(&parties, g.source);
      AddUnique(&parties, g.target);
    }
  found_.erase(std::remove_if(found_.begin(), found_.end(),
                              [&](const Found& f) {
                                if (f.type != InteractionType::kMeeting || f.evidence.line != headline_line ||
                                    body_meeting(f.source, f.target))
                                  return false;
                                for (const std::string& c : parties) {
                                  if (c == f.source || c == f.target) continue;
                                  const Found* one = body_meeting(f.source, c);
                                  const Found* two = body_meeting(f.target, c);
                                  if (one && two && (one->evidence.line != two->evidence.line ||
                                                     one->evidence.sentence != two->evidence.sentence))
                                    return true;
                                }
                                return false;
                              }),
               found_.end());
}

// The frame improves as the body tells more: a meeting or call, else an
// agreement, beats the names of the headline.
void ItemProcessor::UpdateFrame() {
  // It reads only found_ (which only grows), the frame, the listed
  // participants (whose growth resets the mark) and the registry's kinds
  // (fixed): when it last changed nothing and none of them has changed
  // since, it would change nothing again.
  if (found_.size() == frame_settled_at_) return;
  frame_settled_at_ = found_.size();
  if (frame_from_contact_) {
    // a headline's countries give way to the persons the body says met
    // ("Railways of A, B and C hold meeting" / "Chairman X, ... held a
    // trilateral meeting")
    // (a list of participants grows it: "Participants: - X; - Y; - Z")
    bool persons_now = false;
    for (const std::string& id : frame_)
      if (const Actor* a = reg_.Find(id); a && a->kind == ActorKind::kPerson) persons_now = true;
    if (persons_now && participants_.size() <= frame_.size()) return;
    std::vector<std::string> persons;
    for (const Found& f : found_) {
      // (those only present, "with X in attendance", are no party)
      if (!IsContact(f.type) || f.type == InteractionType::kVisit || f.separate || OnlyPresent(f)) continue;
      const Actor* a = reg_.Find(f.source);
      const Actor* b = reg_.Find(f.target);
      if (!a || !b || a->kind != ActorKind::kPerson || b->kind != ActorKind::kPerson) continue;
      AddUnique(&persons, f.source);
      AddUnique(&persons, f.target);
    }
    if (persons.size() >= 2) {
      frame_ = std::move(persons);
      frame_settled_at_ = kUnsettled;
    }
    return;
  }
  std::vector<std::string> contact, agreement;
  for (const Found& f : found_) {
    if (f.separate || OnlyPresent(f)) continue;
    std::vector<std::string>* into = IsContact(f.type) && f.type != InteractionType::kVisit ? &contact
                                     : f.type == InteractionType::kCooperation            ? &agreement
                                                                                          : nullptr;
    if (!into) continue;
    AddUnique(into, f.source);
    AddUnique(into, f.target);
  }
  if (!contact.empty()) {
    frame_ = std::move(contact);
    frame_from_contact_ = true;
    frame_settled_at_ = kUnsettled;
  } else if (!agreement.empty() && agreement != frame_) {
    frame_ = std::move(agreement);
    frame_settled_at_ = kUnsettled;
  }
}

// In an item about a gathering, a person introduced by title who speaks
// in the body spoke there.
void ItemProcessor::SpeakersAtEvent() {
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
    // ("X responded hours later, rejecting ...": a reply to what was said
    // there, made elsewhere)
    if (InClass(s, verb, "reply_verb")) continue;
    bool later = false;
    for (int k = verb + 1; k < NTok(s) && k <= verb + 4 && cl.of[k] == cl.of[verb]; ++k)
      later = later || T(s, k).key == "later"sv;
    if (later) continue;
    // ("X told journalists that the hub would create jobs": words to the
    // press, said anywhere; "on the sidelines of the symposium, X told
    // reporters" or "told reporters at the forum" ties them to the gathering)
    bool press = false;
    for (int k = verb + 1; k < NTok(s) && k <= verb + 3 && !press; ++k) press = InClass(s, k, "press_audience");
    if (press) {
      bool there = false;
      for (int k = 0; k < NTok(s) && !there; ++k)
        there = InClass(s, k, "event_anaphor") || InClass(s, k, "any_event_anaphor");
      if (!there) continue;
    }
    // ("Separately, X spoke by telephone with Y": a call of its own, no
    // word said at the gathering)
    bool contact = false;
    for (const Found& f : found_)
      contact = contact || (IsContact(f.type) && f.evidence.sentence == sen.text);
    if (contact) continue;
    const std::string& id = PersonId(s, x);
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

// A Japanese cue (会談, 電話会談...) supplies the type when the English
// headline names two actors but no rule fired on it.
void ItemProcessor::JapaneseCue() {
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
  // ("第69回メルコスール首脳会合開催": a gathering held, told by its name;
  // the persons of the English headline met no one by it)
  // ("第1318回会合を開催": so with its particle before "held", too)
  for (std::string_view held : {"開催"sv, "を開催"sv, "が開催"sv})
    if (ja.compare(best_end, held.size(), held) == 0) return;
  // "Defense Ministry denies reports of talks": a denied contact
  for (int k = 0; k < NTok(0); ++k)
    if (lex_.PhraseAt(S(0), k, kNegation)) return;
  // "Araghchi says Tehran ready to resume direct talks if US lifts
  // sanctions": talks only intended or conditional (not the bare "to" of
  // "visit to")
  for (int k = 0; k < NTok(0); ++k)
    if (int len = lex_.PhraseAt(S(0), k, kIntention); len > 0 && !(len == 1 && T(0, k).key == "to"sv)) return;
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
    // ("consultations with Saeima factions", "consults Seimas party
    // groups": a body named before a plural common noun, or a body's plural
    // groups, is no one consulted)
    // (the plural noun a word class names: org_plural_head, person_group)
    bool modifier = x.end < NTok(0) && T(0, x.end).Is(kWord) && T(0, x.end).Is(kLower) && At(0, x.end) < 0 &&
                    (Bits(0, x.end) & (kOrgPluralHead | kPersonGroup));
    if (modifier || GenericPlural(x)) continue;
    for (const std::string& id : Resolve(0, m, Use::kSubject)) AddUnique(&named, id);
  }
  if (named.size() != 2) return;
  // "Minister X on a working visit to Türkiye": the country visited is no
  // one he met
  for (const Found& v : found_)
    if (v.type == InteractionType::kVisit && Contains(named, v.target)) return;
  // (nor one a headline without a verb sends the person to: "on a working
  // visit to Peru")
  for (int k = 0; k + 2 < NTok(0); ++k)
    if (T(0, k).key == "visit"sv && T(0, k + 1).key == "to"sv) {
      int m = MentionStartingAt(0, k + 2);
      if (m >= 0 && M(0, m).entry && Contains(named, reg_.FromDictionary(M(0, m).entry))) return;
    }
  Found f;
  f.type = type;
  f.source = named[0];
  f.target = named[1];
  f.date = it_.lead_date;
  f.evidence = {S(0).text, std::string("ja_cue.") + ToString(type), S(0).line};
  found_.push_back(std::move(f));
}

}  // namespace engine
}  // namespace actorgraph
