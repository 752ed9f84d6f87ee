// From a mention to actor ids: names, roles ("the Foreign Minister of
// Türkiye" on the item's date), anaphors ("the sides", "his counterpart").

#include "item_processor.h"

#include <cctype>

#include "actorgraph/text_normalize.h"
#include "extract_text.h"
#include "text_util.h"

using namespace std::literals;

namespace actorgraph {
namespace engine {

std::vector<std::string> ItemProcessor::Resolve(int s, int m, Use use) {
  const Mention& x = M(s, m);
  std::vector<std::string> out;
  // a headline's "meets delegation of the UN Subcommittee": its leader
  if (S(s).headline && x.begin >= 2 && (T(s, x.begin - 1).key == "of"sv || T(s, x.begin - 1).key == "from"sv) &&
      (Bits(s, x.begin - 2) & kDelegation) &&
      (x.kind == MentionKind::kOrganization || x.kind == MentionKind::kCountry)) {
    std::string leader = DelegationLeader();
    if (!leader.empty()) return {leader};
  }
  switch (x.kind) {
    case MentionKind::kPerson: {
      const std::string& id = PersonId(s, x);
      if (!id.empty()) out.push_back(id);
      else if (x.tentative) {
        // "... Surveillance (Rosselkhoznadzor)", then "talks with
        // Rosselkhoznadzor": the short name the item gave a body
        std::string key = FoldKey(x.name);
        for (auto it = item_bodies_.rbegin(); it != item_bodies_.rend() && out.empty(); ++it)
          if (const std::vector<std::string>* keys = reg_.Keys(*it); keys && Contains(*keys, key)) out.push_back(*it);
      }
      break;
    }
    case MentionKind::kOrganization:
      if (x.unqualified) {
        // ("The Ministry commended ..." after "The Ministry of Foreign
        // Affairs expressed ...": capitalised alone, too)
        std::string id = FoldKey(x.name) == "ministry"sv ? LatestMinistry() : HomeBody(s, x.begin, x.name);
        // "The Commission accused ...": the body of that head word named
        // before, on its own or as a person's ("Vice-President of the Asian
        // Development Bank X ... thanked the Bank")
        if (id.empty() && x.name_end - x.name_begin == 1) id = BodyNamedWith(s, x.begin, T(s, x.name_begin).key);
        if (id.empty() && x.name_end - x.name_begin == 1) {
          const DictionaryEntry* org = OrgAnaphor(s, x.begin);
          if (org && (" " + FoldKey(org->actor.name) + " ").find(" " + FoldKey(x.name) + " ") != std::string::npos)
            id = reg_.FromDictionary(org);
        }
        // ("X accused the government of ..." in an embassy's digest: the
        // host's government, unless a foreign state was named before it in
        // the sentence)
        if (id.empty() && x.name_end - x.name_begin == 1 && doc_->home &&
            (T(s, x.name_begin).key == "government"sv || T(s, x.name_begin).key == "cabinet"sv) &&
            T(s, x.begin).key == "the"sv) {
          if (!StatesBefore(s, x.begin).foreign) {
            id = HostBodyInDictionary("Government");
            if (id.empty())
              id = reg_.Named(ActorKind::kOrganization, "Government of " + doc_->home->actor.name,
                              doc_->home->actor.id, "");
          }
        }
        // ("The head of state commended the Assembly" where the host's
        // legislature is in the dictionary under another name, and no body
        // of that word was named before: the host's parliament)
        // (not "the Chamber": also a chamber of commerce)
        if (id.empty() && doc_->home && T(s, x.begin).key == "the"sv &&
            (LastWord(FoldKey(x.name)) == "assembly" || LastWord(FoldKey(x.name)) == "parliament") &&
            !StatesBefore(s, x.begin).foreign) {
          id = HostBodyInDictionary("Parliament");
          // (the name as written is one of its names: "the National Assembly")
          if (!id.empty()) reg_.AddAlias(id, x.name);
        }
        if (!id.empty()) out.push_back(id);
      } else if (x.entry) out.push_back(reg_.FromDictionary(x.entry));
      else if (std::string earlier = BodyNamedBefore(s, x); !earlier.empty()) {
        out.push_back(earlier);
      } else {
        // ("the Government of the Federal Democratic Republic of Ethiopia":
        // the body of a country named in full is named with the country's
        // name, as "the Ethiopian government" is)
        std::string name = x.name;
        if (x.country) {
          std::size_t of = name.find(" of ");
          std::string rest = of == std::string::npos ? std::string() : name.substr(of + 4);
          if (rest.compare(0, 4, "the ") == 0) rest.erase(0, 4);
          if (!rest.empty() && rest != x.country->actor.name)
            for (const DictionaryEntry* e : dict_.Lookup(rest))
              if (e == x.country) {
                name = name.substr(0, of) + " of " + x.country->actor.name;
                break;
              }
        }
        // ("slams ELN" in the headline, then "the National Liberation Army
        // (ELN)": the body the item named by the short name)
        if (x.end - x.name_end >= 3 && T(s, x.end - 1).key == ")"sv && T(s, x.end - 3).key == "("sv) {
          std::string short_key = FoldKey(S(s).Span(x.end - 2, x.end - 1));
          for (const std::string& body : item_bodies_)
            if (const std::vector<std::string>* keys = reg_.Keys(body); keys && Contains(*keys, short_key)) {
              reg_.AddAlias(body, S(s).Span(x.name_begin, x.name_end));
              out.push_back(body);
              break;
            }
          if (!out.empty()) {
            AddUnique(&item_bodies_, out.back());
            break;
          }
        }
        std::string id = reg_.Named(ActorKind::kOrganization, name, x.country ? x.country->actor.id : "", "");
        reg_.AddAlias(id, S(s).Span(x.name_begin, x.name_end));
        // "the U.S. Embassy in Pristina": the name as written, with its place
        if (x.end - x.name_end >= 2 && T(s, x.name_end).key == "in"sv)
          reg_.AddAlias(id, S(s).Span(x.name_begin, x.end));
        // "... Surveillance (Rosselkhoznadzor)": the short name in brackets
        if (x.end - x.name_end >= 3 && T(s, x.end - 1).key == ")"sv && T(s, x.end - 3).key == "("sv)
          reg_.AddAlias(id, S(s).Span(x.end - 2, x.end - 1));
        // "PT Sinar Toba Perkasa", "JSC Uzbekneftegaz": the name with the
        // legal form written before it
        if (x.name_begin > x.begin && (Bits(s, x.name_begin - 1) & kOrgSuffix) && T(s, x.name_begin - 1).Is(kAllCaps))
          reg_.AddAlias(id, S(s).Span(x.name_begin - 1, x.name_end));
        out.push_back(id);
      }
      if (x.entry) reg_.AddAlias(out.back(), S(s).Span(x.name_begin, x.name_end));
      if (!out.empty()) AddUnique(&item_bodies_, out.back());
      break;
    case MentionKind::kCountry:
      // ("X thanked the Azerbaijani side for the hospitality" thanks the
      // country: so the gold of three independent writers codes it)
      // "The Uzbek side highly appreciated ...": the person of that country
      // at the item's latest meeting speaks for it
      if (use == Use::kSubject && x.entry && x.end - x.begin >= 2 && T(s, x.end - 1).key == "side"sv) {
        if (const Actor* member = PersonOfLatestMeeting(x.entry->actor.id)) {
          out.push_back(member->id);
          break;
        }
      }
      // "the Japanese parliamentarians were received by X" after "a
      // delegation of ... led by Y": the delegation's leader, when of that
      // country
      if (use != Use::kOther && x.entry && x.end - x.begin >= 2 && (Bits(s, x.end - 1) & kPersonGroup)) {
        std::string leader = DelegationLeader();
        const Actor* a = leader.empty() ? nullptr : reg_.Find(leader);
        if (a && a->kind == ActorKind::kPerson && a->country == x.entry->actor.id) {
          out.push_back(leader);
          break;
        }
      }
      // "Montenegro was received by ..." after "Prime Minister Luís
      // Montenegro": a bare country name that is the surname of one person
      // the item named in full before it is that person, where the item
      // names the country no other way and no preposition makes it a place
      // ("a visit to Montenegro")
      if (use != Use::kOther && x.entry && x.end - x.begin == 1 && x.name_begin == x.begin && !x.possessive &&
          (x.begin == 0 || !(Bits(s, x.begin - 1) & kPreposition)) &&
          FoldKey(S(s).Span(x.name_begin, x.name_end)) == FoldKey(x.entry->actor.name)) {
        const std::string key = FoldKey(x.entry->actor.name);
        std::vector<std::string> holders;
        for (const PersonInfo& p : persons_) {
          const Actor* a = reg_.Find(p.id);
          if (a && (p.s < s || (p.s == s && p.k < x.begin)) && HasSurname(*a, key)) AddUnique(&holders, p.id);
        }
        // (the scan of the item's mentions only where a person could be meant)
        bool named_otherwise = holders.size() != 1;
        for (int t = 0; t < static_cast<int>(it_.sentences.size()) && !named_otherwise; ++t)
          for (const Mention& y : it_.mentions[t].mentions)
            if (y.entry == x.entry && (y.kind == MentionKind::kCountry || y.kind == MentionKind::kCapital) &&
                FoldKey(S(t).Span(y.name_begin, y.name_end)) != key) {
              named_otherwise = true;
              break;
            }
        if (!named_otherwise) {
          out.push_back(holders[0]);
          break;
        }
      }
      if (x.entry) out.push_back(reg_.FromDictionary(x.entry));
      else if (!x.name.empty()) out.push_back(reg_.Named(ActorKind::kCountry, x.name, "", ""));
      break;
    case MentionKind::kCapital:
      if (use != Use::kOther && x.entry) {
        // "accused Brussels of interfering": the EU, not Belgium
        const DictionaryEntry* stands_for = lex_.Metonym(FoldKey(S(s).Span(x.name_begin, x.name_end)));
        out.push_back(reg_.FromDictionary(stands_for ? stands_for : x.entry));
      }
      break;
    case MentionKind::kEvent:
      out.push_back(EventId(s, x));
      break;
    case MentionKind::kRole: {
      std::string id = ResolveRole(s, x, use);
      if (!id.empty()) out.push_back(id);
      break;
    }
    case MentionKind::kCountryList: {
      // "the Azerbaijani and Kazakh railway delegations": each led by the
      // one person of that country the item names, else the country
      bool delegations = x.name_end > x.name_begin && (Bits(s, x.name_end - 1) & kDelegation);
      // ("The Egyptian and Iraqi officials were later received by X" after
      // the item named one Egyptian and one Iraqi: those two)
      delegations = delegations || (x.name_end > x.name_begin && (Bits(s, x.name_end - 1) & kPersonGroup) &&
                                    (T(s, x.begin).key == "the"sv || (x.begin > 0 && T(s, x.begin - 1).key == "the"sv)));
      // "her Turkish and Azerbaijani colleagues": each the counterpart of
      // that country, as one "Turkish counterpart" would be
      std::string_view head = x.name_end > x.name_begin ? T(s, x.name_end - 1).key : KeyView();
      if (head == "counterparts"sv || head == "colleagues"sv) {
        for (const DictionaryEntry* c : x.countries) {
          Mention one = x;
          one.kind = MentionKind::kRole;
          one.office = "counterpart";
          one.country = c;
          std::string id = ResolveRole(s, one, use);
          AddUnique(&out, id.empty() ? reg_.FromDictionary(c) : id);
        }
        break;
      }
      for (const DictionaryEntry* c : x.countries) {
        std::vector<std::string> of_country;
        if (delegations)
          for (const PersonInfo& p : persons_)
            if (p.country == c->actor.id) AddUnique(&of_country, p.id);
        AddUnique(&out, of_country.size() == 1 ? of_country[0] : reg_.FromDictionary(c));
      }
      break;
    }
    case MentionKind::kGroup:
      for (int member : x.members)
        AddUniqueAll(&out, Resolve(s, member, use));
      // ("the foreign ministers of A, B and C – X, Y and Z –": one named
      // holder for each country named; the countries add no one)
      if (x.by_country && !x.members.empty() && x.members.size() == x.countries.size()) break;
      if (x.by_country) {
        // "Wong and Marles travelled ... The Australian ministers held
        // talks": every minister of that country named before, when the
        // item names two or more; else the one holder of the office
        std::vector<std::string> before = PersonsBefore(s, x.begin);
        Mention plural = x;
        plural.anaphor = x.office;
        std::vector<std::string> titled;
        // (not a former holder: "former Development Minister X")
        for (const std::string& id : WithTitle(before, plural, /*exact_count=*/false)) {
          bool former = false;
          for (const PersonInfo& p : persons_)
            if (p.id == id) {
              std::vector<std::string> words = Words(p.role_key);
              former = former || Contains(words, "former") || Contains(words, "then") || Contains(words, "ex");
              // (the word may open the mention or stand before it: "former
              // Norwegian ...")
              int m = At(p.s, p.k);
              for (int j : {m >= 0 ? M(p.s, m).begin - 1 : p.k - 1, m >= 0 ? M(p.s, m).begin : -1})
                if (j >= 0 && (T(p.s, j).key == "former"sv || T(p.s, j).key == "then"sv)) former = true;
            }
          if (!former) titled.push_back(id);
        }
        for (const DictionaryEntry* c : x.countries) {
          std::vector<std::string> of_country;
          for (const std::string& id : titled)
            if (PersonCountry(id) == c->actor.id) of_country.push_back(id);
          if (of_country.size() >= 2) {
            AddUniqueAll(&out, std::move(of_country));
            continue;
          }
          Mention one = x;
          one.kind = MentionKind::kRole;
          one.country = c;
          AddUnique(&out, ResolveRole(s, one, use));
        }
      }
      break;
    case MentionKind::kFramePersons: {
      out = frame_.empty() ? last_plural_ : frame_;
      // ("Ambassadors of A and B presented their credentials to President
      // X. The envoys later held meetings with the head of state": the
      // envoys' side, not the host they met)
      if (Diplomat(x.anaphor)) {
        std::vector<std::string> envoys;
        for (const std::string& id : out) {
          const Actor* a = reg_.Find(id);
          if (a && (a->kind == ActorKind::kCountry || Diplomat(LastWord(FoldKey(OfficeOf(id)))))) envoys.push_back(id);
        }
        if (!envoys.empty() && envoys.size() < out.size()) out = std::move(envoys);
      }
      // ("A and B co-chaired the consultation, after a four-eyes meeting
      // between the two leaders": the two persons the clause's own subject
      // names before the phrase)
      if (x.count == 2 && subjects_sentence_ == s) {
        // (the phrase may sit in a clause of its own: "after ...")
        int c = it_.clauses[s].of[x.begin];
        while (c >= 0 && c < static_cast<int>(subjects_.size()) && subjects_[c].mention < 0)
          c = it_.clauses[s].clauses[c].parent;
        const Subject* subj = c >= 0 && c < static_cast<int>(subjects_.size()) ? &subjects_[c] : nullptr;
        bool pair = subj && subj->mention >= 0 && subj->end <= x.begin && subj->ids.size() == 2;
        for (std::size_t i = 0; pair && i < subj->ids.size(); ++i)
          if (const Actor* a = reg_.Find(subj->ids[i]); !a || a->kind != ActorKind::kPerson) pair = false;
        if (pair) {
          out = subj->ids;
          break;
        }
      }
      // ("Singh held talks with Teodoro, and the two ministers signed ...":
      // the two persons named before the phrase in its own sentence)
      if (x.count == 2 && x.begin > 1 && T(s, x.begin - 1).key == "and"sv) {
        std::vector<std::string> named;
        for (const PersonInfo& p : persons_)
          if (p.s == s && p.k < x.begin) AddUnique(&named, p.id);
        if (named.size() == 2) {
          out = std::move(named);
          break;
        }
      }
      // "Aliyev met Mirziyoyev. The same day, he met Tokayev. Following the
      // meeting, the two leaders signed ...": the pair that met last
      // (a meeting of the sentence or the one before, its two persons
      // holding the title the phrase names, if any)
      bool after_contact = NTok(s) > 3 && (T(s, 0).key == "following"sv || T(s, 0).key == "after"sv) &&
                           T(s, 1).key == "the"sv &&
                           (T(s, 2).key == "talks"sv || T(s, 2).key == "meeting"sv || T(s, 2).key == "negotiations"sv);
      // ("signed in the presence of the heads of government": of the talks
      // just reported)
      bool heads = x.anaphor == "government"sv || x.anaphor == "state"sv;
      // ("- X met with Y. The sides agreed ...": in a list of one visit's
      // meetings, the pair that met in the sentence before)
      bool sides = x.anaphor == "sides"sv || x.anaphor == "parties"sv || x.anaphor == "interlocutors"sv;
      // "Following the session, the co-chairs signed": the two who
      // co-chaired it, not the host who received one of them
      if (x.anaphor == "co chairs"sv || x.anaphor == "co chairmen"sv || x.anaphor == "cochairs"sv) {
        bool found = false;
        for (auto f = found_.rbegin(); f != found_.rend() && !found; ++f)
          if (f->evidence.rule == "meeting.co_chaired") {
            out = {f->source, f->target};
            found = true;
          }
        if (found) break;
      }
      // ("A called B, then C. The ministers agreed ...": of a frame of
      // three, the pair of the contact just reported)
      bool narrowed = x.count == 0 && out.size() > 2;
      if ((x.count == 2 || after_contact || heads || sides || narrowed) && frame_from_contact_) {
        const Found* last = nullptr;
        std::vector<std::string> latest = LatestContact(&last);
        bool recent = last &&
                      (last->type == InteractionType::kMeeting || ((narrowed || x.count == 2) && last->type == InteractionType::kCall)) &&
                      (last->evidence.sentence == S(s).text || (s > 0 && last->evidence.sentence == S(s - 1).text));
        // ("On Monday, the two ministers held talks. X thanked Y ...
        // Following the talks, the sides signed": "the talks" are the
        // meeting the body reported a few sentences before)
        for (int j = std::max(it_.first_body, s - 3); !recent && last && after_contact &&
                                                      last->type == InteractionType::kMeeting && j < s - 1;
             ++j)
          recent = last->evidence.sentence == S(j).text;
        if (!recent) latest.clear();
        bool persons = latest.size() == 2;
        for (const std::string& id : latest)
          if (const Actor* a = reg_.Find(id); !a || a->kind != ActorKind::kPerson) persons = false;
        if (persons && (after_contact || !TitleNoun(x.anaphor) || x.anaphor == "leaders"sv ||
                        WithTitle(latest, x).size() == 2))
          out = latest;
      }
      // "The President of A was met by the Prime Minister ..., after which
      // the two heads of state held talks": the heads of state named, not
      // the pair that met last
      // ("A arrived for the summit, hosted by B and attended by C. ... the
      // three heads of state held a trilateral meeting": with no frame, the
      // heads of state the item named)
      if (heads) {
        const std::string office = x.anaphor == "state"sv ? "head-of-state" : "head-of-government";
        std::vector<std::string> named = frame_;
        AddUniqueAll(&named, PersonsBefore(s, x.begin));
        std::vector<std::string> held = Holding(named, office);
        if ((out.empty() || Holding(out, office).size() != out.size()) &&
            static_cast<int>(held.size()) == (x.count ? x.count : 2))
          out = held;
      }
      // ("A thanked B when the two met": with no pair of the item's own, the
      // last two persons named)
      if (x.count == 2 && frame_.empty() && out.size() != 2 && !TitleNoun(x.anaphor)) {
        std::vector<std::string> before = PersonsBefore(s, x.begin);
        if (before.size() >= 2) out.assign(before.end() - 2, before.end());
        break;
      }
      // ("X held a trilateral meeting with Y and Z. The three officials
      // agreed ...", "hosted A and B for a trilateral meeting, after which
      // the three signed": a count with no title to check, or a word for
      // any person whatever the title each holds, is the meeting or call
      // just reported when it has exactly that many parties)
      // (the words are data: word class any_title_plural)
      bool any_person_word = InWordClass("any_title_plural", x.anaphor);
      if (x.count >= 3 && (!TitleNoun(x.anaphor) || any_person_word)) {
        const Found* last = nullptr;
        std::vector<std::string> latest = LatestContact(&last);
        bool recent = last && (last->evidence.sentence == S(s).text ||
                               (s > 0 && last->evidence.sentence == S(s - 1).text));
        if (recent && static_cast<int>(latest.size()) == x.count) {
          out = latest;
          break;
        }
      }
      if (!TitleNoun(x.anaphor)) break;
      // "visited Korea at the invitation of his counterpart X. The
      // ministers held talks": for the country the frame holds, the one
      // person of that country the item named before
      // (every country so replaced, or none)
      std::vector<std::string> persons_for = out;
      bool all_replaced = true;
      for (std::string& id : persons_for) {
        const Actor* a = reg_.Find(id);
        if (!a || a->kind != ActorKind::kCountry) continue;
        std::string only;
        int found = 0;
        for (const std::string& p : PersonsBefore(s, x.begin))
          if (PersonCountry(p, /*host_fallback=*/false) == id && std::find(out.begin(), out.end(), p) == out.end())
            only = p, ++found;
        // (named as the one who invited: "at the invitation of his
        // counterpart X", not "X was in Washington at the time")
        bool inviter = false;
        for (const PersonInfo& p : persons_)
          if (p.id == only && p.k >= 3 && T(p.s, p.k - 1).key == "of"sv)
            for (int j = p.k - 2; j >= 0 && j >= p.k - 4 && !inviter; --j) inviter = T(p.s, j).key == "invitation"sv;
        if (!inviter) found = 0;
        // (holding the office the phrase names, or its "counterpart")
        std::vector<std::string> with_office = {only};
        for (const std::string& o : out)
          if (o != id) with_office.push_back(o);
        if (found == 1 && Contains(WithTitle(with_office, x, /*exact_count=*/false), only)) id = only;
        else all_replaced = false;
      }
      if (all_replaced) out = persons_for;
      // "the five visiting ministers": the last five named with that title
      // (and "the two generals" when the item has no frame: "The ceremony
      // was attended by General A and General B. The two generals met")
      if (x.count >= 3) {
        // "X held a trilateral meeting with Y and Z. The three ministers
        // signed": the meeting just reported, when it has that many
        const Found* last = nullptr;
        std::vector<std::string> latest = LatestContact(&last);
        bool recent = last && (last->evidence.sentence == S(s).text ||
                               (s > 0 && last->evidence.sentence == S(s - 1).text));
        if (recent && static_cast<int>(latest.size()) == x.count &&
            static_cast<int>(WithTitle(latest, x, /*exact_count=*/false).size()) == x.count) {
          out = latest;
          break;
        }
        // ("King H received ministers A, B and C. ... The three ministers,
        // who have been on a visit": those of the item's latest meeting who
        // hold the title, when exactly that many, however far back)
        std::vector<std::string> titled_met = WithTitle(latest, x, /*exact_count=*/false);
        if (static_cast<int>(titled_met.size()) == x.count) {
          out = titled_met;
          break;
        }
      }
      if (x.count >= 3 || (x.count == 2 && (out.empty() || WithTitle(out, x).size() < 2))) {
        std::vector<std::string> before = PersonsBefore(s);
        std::vector<std::string> titled = WithTitle(before, x, /*exact_count=*/false);
        // (too few: those named earlier in this sentence count too, "X
        // hosted the meeting of the defence ministers of the three countries")
        if (static_cast<int>(titled.size()) < x.count) {
          for (const PersonInfo& p : persons_)
            if (p.s == s && p.k < x.begin) AddUnique(&before, p.id);
          titled = WithTitle(before, x, /*exact_count=*/false);
        }
        if (static_cast<int>(titled.size()) >= x.count) {
          out.assign(titled.end() - x.count, titled.end());
          break;
        }
        // ("Cabinet Secretary X is visiting at the invitation of Foreign
        // Minister Y. The two ministers co-chaired ...": the item's only two
        // persons, whose titles differ by country, rather than the frame's
        // countries)
        bool any_person = false;
        for (const std::string& id : out)
          if (const Actor* a = reg_.Find(id); a && a->kind == ActorKind::kPerson) any_person = true;
        // (so "the three ministers" after "General A, Minister of Defence of
        // X; General B, ...": the item's only three persons)
        if (x.count >= 2 && static_cast<int>(before.size()) == x.count && !any_person) {
          out = before;
          break;
        }
      }
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
      // ("It also condemned": the body that acted in the sentence before)
      if (x.name == "it") {
        if (use != Use::kObject && !last_body_.empty()) out.push_back(last_body_);
        break;
      }
      if (use == Use::kObject) {
        // "During her meeting with X, Kos invited him": a person named
        // earlier in the sentence who is not the subject
        for (int j = m - 1; j >= 0; --j) {
          const Mention& y = M(s, j);
          if (y.kind != MentionKind::kPerson || y.end > x.begin || y.possessive) continue;
          const std::string& id = PersonId(s, y);
          if (!id.empty() && !Contains(*current_subject_, id)) {
            out.push_back(id);
            break;
          }
        }
        if (!out.empty()) break;
        // "invited her": the last person named who is not the subject
        for (auto it = mentioned_.rbegin(); it != mentioned_.rend(); ++it)
          if (!Contains(*current_subject_, *it)) {
            out.push_back(*it);
            break;
          }
      } else if (std::string author = UtteranceAuthor(s, m); !author.empty()) {
        out.push_back(author);
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
      else if (std::string of = DemonymAuthor(s, x); !of.empty()) out.push_back(of);
      else if (!author_.empty()) out.push_back(author_);
      break;
    case MentionKind::kDelegation: {
      std::string leader = DelegationLeader();
      if (!leader.empty()) {
        out.push_back(leader);
        break;
      }
      // "received a World Bank delegation" with no leader named: the body
      if (x.org) {
        out.push_back(reg_.FromDictionary(x.org));
        break;
      }
      // "The Iranian delegation ... arrived in Yerevan" with no leader
      // named: the one person of that country the item named before
      if (x.country) {
        std::vector<std::string> of_country;
        for (const PersonInfo& p : persons_)
          if ((p.s < s || (p.s == s && p.k < x.begin)) && p.country == x.country->actor.id) AddUnique(&of_country, p.id);
        out.push_back(of_country.size() == 1 ? of_country[0] : reg_.FromDictionary(x.country));
        break;
      }
      // "A business mission from the Japan Business Federation was
      // received ... the mission paid a courtesy call": the body of the
      // latest delegation word before it, when it names one ("mission from
      // X", "delegation of X"); a later delegation of no body ("a delegation
      // of Vietnamese veterans arrived ...; the delegation met X") ends the
      // search
      for (int ps = s, stop = 0; ps >= 0 && !stop; --ps)
        for (int k = (ps == s ? x.begin : NTok(ps)) - 1; k >= 0 && !stop; --k) {
          if (!(Bits(ps, k) & kDelegation) || !T(ps, k).Is(kLower)) continue;
          int m = At(ps, k);
          // ("The delegation ... was accompanied by": one that points back
          // too is passed over)
          if (m >= 0 && M(ps, m).kind == MentionKind::kDelegation) {
            if (M(ps, m).country || T(ps, M(ps, m).begin).key != "the"sv) stop = 1;
            continue;
          }
          // the body it names: a mention that took the word in, or one after
          // "from" or "of" right behind it
          int body = m >= 0 && (M(ps, m).kind == MentionKind::kOrganization || M(ps, m).kind == MentionKind::kCountry)
                         ? m
                         : -1;
          if (body < 0 && k + 2 < NTok(ps) && (T(ps, k + 1).key == "from"sv || T(ps, k + 1).key == "of"sv)) {
            int b = MentionStartingAt(ps, k + 2);
            if (b >= 0 && (M(ps, b).kind == MentionKind::kOrganization || M(ps, b).kind == MentionKind::kCountry))
              body = b;
          }
          if (body >= 0) out = Resolve(ps, body, Use::kObject);
          stop = 1;
        }
      break;
    }
  }
  return out;
}

// The other party of the latest meeting (or call, when `calls`) of `id`
// found so far in the item, or nullptr.
const Actor* ItemProcessor::LatestPartner(const std::string& id, bool calls) const {
  // ("Z received A and B. B ... conveyed an invitation": of one sentence's
  // meetings, the host who received `id` rather than a fellow guest)
  // (the host's pairs come first: the earliest of the sentence)
  const Found* latest = nullptr;
  const Found* host = nullptr;
  for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
    if (f->type != InteractionType::kMeeting && !(calls && f->type == InteractionType::kCall)) continue;
    if (f->source != id && f->target != id) continue;
    if (!latest) latest = &*f;
    else if (f->evidence.sentence != latest->evidence.sentence) break;
    if (f->target == id && f->evidence.rule == "meeting.received") host = &*f;
  }
  if (host) return reg_.Find(host->source);
  return PersonMetOf(id, "", calls, /*any=*/true);
}

// The latest person of `country` that `id` met (or called, when `calls`)
// in the item; with `any`, the latest party of any kind and country.
const Actor* ItemProcessor::PersonMetOf(const std::string& id, const std::string& country, bool calls,
                                        bool any) const {
  // (of no country the text gives: the host's, "invited his Moldovan
  // counterpart" in a Moldovan digest, when only one met is such)
  std::vector<const Actor*> unplaced;
  for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
    if (f->type != InteractionType::kMeeting && !(calls && f->type == InteractionType::kCall)) continue;
    const std::string* other = f->source == id ? &f->target : f->target == id ? &f->source : nullptr;
    const Actor* a = other ? reg_.Find(*other) : nullptr;
    if (any && other) return a;
    if (a && a->kind == ActorKind::kPerson && a->country == country) return a;
    if (a && a->kind == ActorKind::kPerson && a->country.empty() &&
        std::find(unplaced.begin(), unplaced.end(), a) == unplaced.end())
      unplaced.push_back(a);
  }
  if (unplaced.size() == 1 && PersonCountry(unplaced[0]->id, /*host_fallback=*/true) == country) return unplaced[0];
  return nullptr;
}

// The person of `country` in the item's latest meeting found so far, or
// nullptr (PersonMetOf asks instead whom a given actor met).
const Actor* ItemProcessor::PersonOfLatestMeeting(const std::string& country) const {
  for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
    if (f->type != InteractionType::kMeeting) continue;
    for (const std::string* party : {&f->source, &f->target}) {
      const Actor* a = reg_.Find(*party);
      if (a && a->kind == ActorKind::kPerson && a->country == country) return a;
    }
    return nullptr;
  }
  return nullptr;
}

// "rejected the allegations of the Russian service": a body named by a
// demonym and a lower-case head word is the body of that country the item
// named before whose name has that word ("Russia's Federal Service for
// ..."); "" when there is none.
std::string ItemProcessor::BodyNamedBefore(int s, const Mention& x) const {
  if (!x.country || x.name_end <= x.name_begin || !T(s, x.name_end - 1).Is(kLower)) return "";
  int capitalised = 0;  // (the demonym only)
  for (int k = x.name_begin; k < x.name_end; ++k) capitalised += T(s, k).Is(kCap) ? 1 : 0;
  if (capitalised > 1) return "";
  std::string head = FoldKey(T(s, x.name_end - 1).key);
  for (auto it = item_bodies_.rbegin(); it != item_bodies_.rend(); ++it) {
    const Actor* a = reg_.Find(*it);
    if (!a || a->country != x.country->actor.id) continue;
    std::string name = " " + FoldKey(a->name) + " ";
    if (name.find(" " + head + " ") != std::string::npos) return *it;
  }
  return "";
}

// "criticized the statement made by Y, in which she accused Z": a subject
// pronoun opening a relative clause on an utterance ("the statement",
// "the report") is the person named after the utterance, when that is not
// the clause's subject; "" otherwise.
std::string ItemProcessor::UtteranceAuthor(int s, int m) {
  const Mention& x = M(s, m);
  if (x.begin < 2 || T(s, x.begin - 1).key != "which"sv) return "";
  for (int j = m - 1; j >= 0; --j) {
    const Mention& y = M(s, j);
    if (y.kind == MentionKind::kSpeakerAnaphor) return "";
    if (y.kind != MentionKind::kPerson || y.possessive) continue;
    bool after_utterance = false;
    for (int k = j - 1; k >= 0 && !after_utterance; --k)
      after_utterance = M(s, k).kind == MentionKind::kSpeakerAnaphor;
    if (!after_utterance) return "";
    const std::string& id = PersonId(s, y);
    return Contains(*current_subject_, id) ? "" : id;
  }
  return "";
}

// "the Georgian statement": the latest actor of that country the item
// found acting, else the country; "" without a demonym.
std::string ItemProcessor::DemonymAuthor(int s, const Mention& x) const {
  for (int k = x.begin; k < x.end; ++k) {
    DictHit h = lex_.DictAt(S(s).tokens, k);
    if (!h.entry || h.form != FormKind::kDemonym || h.entry->actor.kind != ActorKind::kCountry) continue;
    const std::string& country = h.entry->actor.id;
    for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
      const Actor* a = reg_.Find(f->source);
      if (a && (a->id == country || a->country == country)) return a->id;
    }
    return reg_.FromDictionary(h.entry);
  }
  return "";
}

bool ItemProcessor::Diplomat(const std::string& word) {
  return word == "envoy"sv || word == "ambassador"sv || word == "diplomat"sv || word == "envoys"sv ||
         word == "ambassadors"sv || word == "diplomats"sv || word == "affaires"sv;
}

// "The Ministry of Energy" in an item about "Minister of Energy Parviz
// Shahbazov": his country's ministry, from the dictionary; "" when no
// person of the item holds the matching office.
// The ministry that acted last in the item ("the ministry's criticism"),
// or "".
std::string ItemProcessor::LatestMinistry() const {
  for (auto a = agents_.rbegin(); a != agents_.rend(); ++a) {
    const Actor* actor = reg_.Find(*a);
    if (actor && actor->kind == ActorKind::kOrganization && actor->name.find("Ministry") != std::string::npos)
      return actor->id;
  }
  return "";
}

// The states named in sentence s by the mentions that end by token k: one
// other than the digest's host (a country, a capital, or a person's or
// body's country), and the host itself (as a country or capital).
ItemProcessor::StatesNamed ItemProcessor::StatesBefore(int s, int k) const {
  StatesNamed out;
  for (const Mention& m : it_.mentions[s].mentions) {
    if (m.end > k) continue;
    bool place = m.kind == MentionKind::kCountry || m.kind == MentionKind::kCapital;
    const DictionaryEntry* c = place ? m.entry : m.country;
    out.foreign = out.foreign || (c && c->actor.kind == ActorKind::kCountry && c != doc_->home);
    out.home = out.home || (place && m.entry == doc_->home);
  }
  return out;
}

// The dictionary's body "<body> of <host>", "<host> <body>" or "<host's
// demonym> <body>", or "" (also when the digest has no host).
std::string ItemProcessor::HostBodyInDictionary(const std::string& body) {
  if (!doc_->home) return "";
  std::vector<std::string> tries = {body + " of " + doc_->home->actor.name, doc_->home->actor.name + " " + body};
  for (const std::string& d : doc_->home->demonyms) tries.push_back(d + " " + body);
  for (const std::string& tr : tries)
    for (const DictionaryEntry* e : dict_.Lookup(tr))
      if (e->actor.kind == ActorKind::kOrganization) return reg_.FromDictionary(e);
  return "";
}

std::string ItemProcessor::HomeBody(int s, int k, const std::string& body) {
  std::string key = FoldKey(body);
  std::string office = key;
  std::size_t at = office.find("ministry");
  if (at == std::string::npos) {
    // ("commended the National Assembly": the host's body of that name,
    // unless a foreign state was named before it in the sentence)
    if (!doc_->home || key == "government"sv || key == "cabinet"sv || StatesBefore(s, k).foreign) return "";
    return HostBodyInDictionary(body);
  }
  office.replace(at, 8, "minister");
  for (const PersonInfo& p : persons_) {
    if (p.role_key.find(office) == std::string::npos) continue;
    // (in an embassy's digest, a foreign minister named only after the bare
    // ministry does not claim it: "the Ministry of Foreign Affairs condemned
    // the attack ... The minister spoke with Burkina Faso's Minister of
    // Foreign Affairs" is the host's ministry)
    bool later = p.s > s || (p.s == s && p.k > k);
    if (later && doc_->home && !p.country.empty() && p.country != doc_->home->actor.id) continue;
    // (a minister of no named country in the digest's own country's news:
    // "Deputy Minister of Culture X" in an embassy's digest is of its host)
    const DictionaryEntry* country = p.country.empty() ? doc_->home : dict_.FindId(p.country);
    if (!country) continue;
    std::vector<std::string> tries = {body + " of " + country->actor.name, country->actor.name + " " + body,
                                      MinistryFirst(body) + " of " + country->actor.name};
    for (const std::string& d : country->demonyms) tries.push_back(d + " " + body);
    for (const std::string& tr : tries)
      for (const DictionaryEntry* e : dict_.Lookup(tr))
        if (e->actor.kind == ActorKind::kOrganization) return reg_.FromDictionary(e);
    std::string id = reg_.Named(ActorKind::kOrganization, MinistryFirst(body) + " of " + country->actor.name,
                                country->actor.id, "");
    // ("the Interior Ministry": the name as written is one of its names)
    if (!id.empty() && FoldKey(body) != "ministry"sv) reg_.AddAlias(id, body);
    return id;
  }
  // ("the Ministry of Foreign Affairs stated" with no minister named: in an
  // embassy's digest, the host country's ministry; "criticised the Ministry
  // of Culture": one the dictionary lacks is named with the host's name)
  if (doc_->home) {
    if (std::string id = HostBodyInDictionary(body); !id.empty()) return id;
    // (not after another country named in its sentence: "Bolivian lawmaker
    // X criticised the Ministry of Culture"; one that names the host too may
    // be about both: "the Chinese Embassy in Colombia criticised the
    // Ministry of Commerce")
    StatesNamed before = StatesBefore(s, k);
    if ((!before.foreign || before.home) && key != "ministry"sv && key.compare(0, 12, "ministry of ") == 0) {
      std::string id =
          reg_.Named(ActorKind::kOrganization, body + " of " + doc_->home->actor.name, doc_->home->actor.id, "");
      reg_.AddAlias(id, body);
      return id;
    }
  }
  return "";
}

std::string ItemProcessor::DelegationLeader() {
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
    for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m)
      if (M(s, m).leads && M(s, m).end > M(s, m).begin) {
        std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
        if (ids.size() == 1) return ids[0];
      }
  // "A delegation of the UN Subcommittee headed by its Vice-Chair X"
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
    for (int k = 1; k < NTok(s); ++k) {
      int len = lex_.PhraseAt(S(s), k, kLedBy);
      int m = len ? MentionStartingAt(s, k + len) : -1;
      // ("An IMF staff mission led by Mission Chief X": one mention that
      // took in the mission and its leader)
      if (len && m < 0 && k + len < NTok(s)) {
        int c = At(s, k + len);
        if (c >= 0 && M(s, c).kind == MentionKind::kPerson && M(s, c).name_begin >= k + len) m = c;
      }
      if (m < 0 || M(s, m).kind != MentionKind::kPerson) continue;
      if (At(s, k) >= 0 && At(s, k) != m) continue;
      for (int j = k - 1; j >= 0 && j >= k - 20; --j)
        if ((At(s, j) < 0 || At(s, j) == m) && (Bits(s, j) & kDelegation)) {
          std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
          if (ids.size() == 1) return ids[0];
          break;
        }
    }
  // "Senate President X, leading a nine-member parliamentary delegation,
  // arrived": the person before a verb of leading whose object is the
  // delegation
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
    for (int k = 1; k + 1 < NTok(s); ++k) {
      std::string_view w = T(s, k).key;
      if (w != "leading"sv && w != "heading"sv && w != "led"sv && w != "headed"sv && w != "leads"sv && w != "heads"sv)
        continue;
      // (not "heading the host delegation")
      bool delegation = false, host = false;
      for (int j = k + 1; j < NTok(s) && j <= k + 5 && !delegation; ++j) {
        std::string_view d = T(s, j).key;
        host = host || d == "host"sv || d == "hosting"sv || d == "local"sv || d == "home"sv;
        delegation = At(s, j) < 0 && (Bits(s, j) & kDelegation) && T(s, j).Is(kLower);
      }
      if (!delegation || host) continue;
      int before = T(s, k - 1).key == ","sv && k >= 2 ? At(s, k - 2) : At(s, k - 1);
      if (before < 0 || M(s, before).kind != MentionKind::kPerson) continue;
      std::vector<std::string> ids = Resolve(s, before, Use::kSubject);
      if (ids.size() == 1) return ids[0];
    }
  // "X arrived in Caracas on Wednesday at the head of a delegation that
  // included ...": the person the sentence tells of before the phrase
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
    for (int k = 2; k + 2 < NTok(s); ++k) {
      if (T(s, k).key != "head"sv || T(s, k - 1).key != "the"sv || T(s, k - 2).key != "at"sv ||
          T(s, k + 1).key != "of"sv)
        continue;
      bool delegation = false;
      for (int j = k + 2; j < NTok(s) && j <= k + 5 && !delegation; ++j)
        delegation = At(s, j) < 0 && (Bits(s, j) & kDelegation) && T(s, j).Is(kLower);
      if (!delegation) continue;
      for (int m = static_cast<int>(it_.mentions[s].mentions.size()); m-- > 0;) {
        if (M(s, m).end > k - 2) continue;
        if (M(s, m).kind != MentionKind::kPerson) continue;
        std::vector<std::string> ids = Resolve(s, m, Use::kSubject);
        if (ids.size() == 1) return ids[0];
        break;
      }
    }
  return "";
}

// The person the item says led the country's delegation ("The Azerbaijani
// delegation was led by X"), else "".
std::string ItemProcessor::DelegationLeaderOf(const std::string& country) {
  const Actor* c = reg_.Find(country);
  if (!c || c->kind != ActorKind::kCountry) return "";
  // "the delegations of A, B and C led respectively by X, Y and Z", "held
  // under the co-chairmanship of X and Y": the leader of that country's
  for (const auto& [s, k] : LedRespectively())
    for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m) {
      const Mention& x = M(s, m);
      if (x.begin <= k || x.kind != MentionKind::kPerson) continue;
      if (x.country && x.country->actor.id != country) continue;
      std::string id = PersonId(s, x);
      const Actor* a = id.empty() ? nullptr : reg_.Find(id);
      if (a && a->country == country) return id;
    }
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
    for (int m = 0; m < static_cast<int>(it_.mentions[s].mentions.size()); ++m) {
      const Mention& d = M(s, m);
      if (d.kind != MentionKind::kDelegation || !d.country || d.country->actor.id != country) continue;
      // "X, who is on a visit to Japan, led the Azerbaijani delegation"
      if (d.begin > 0) {
        std::string_view verb = T(s, d.begin - 1).key;
        if (verb == "led"sv || verb == "headed"sv || verb == "leads"sv || verb == "heads"sv)
          for (int j = m - 1; j >= 0; --j)
            if (M(s, j).kind == MentionKind::kPerson && M(s, j).end < d.begin) {
              std::string id = PersonId(s, M(s, j));
              if (!id.empty()) return id;
              break;
            }
      }
      int k = d.end;
      if (k < NTok(s) && (T(s, k).key == "was"sv || T(s, k).key == "were"sv || T(s, k).key == "is"sv)) ++k;
      int len = k < NTok(s) ? lex_.PhraseAt(S(s), k, kLedBy) : 0;
      int p = len ? MentionStartingAt(s, k + len) : -1;
      if (p < 0 || M(s, p).kind != MentionKind::kPerson) continue;
      std::string id = PersonId(s, M(s, p));
      if (!id.empty()) return id;
    }
  return "";
}

// The words are the item's text, which does not change: found on the first
// call (DelegationLeaderOf is asked for each pair of every meeting found).
const std::vector<std::pair<int, int>>& ItemProcessor::LedRespectively() {
  if (led_respectively_known_) return led_respectively_;
  led_respectively_known_ = true;
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
    for (int k = 1; k + 1 < NTok(s); ++k) {
      // (also "held under the co-chairmanship of X and Y": each side's chair)
      std::string_view key = T(s, k).key;
      bool chairs = key == "co chairmanship"sv || key == "co chaired"sv;  // (keys fold the hyphen)
      if (key != "respectively"sv && !chairs) continue;
      std::string_view before = T(s, k - 1).key, after = T(s, k + 1).key;
      bool led = chairs || before == "led"sv || before == "headed"sv ||
                 ((after == "by"sv) && k >= 2 && (T(s, k - 2).key == "led"sv || T(s, k - 2).key == "headed"sv));
      if (led) led_respectively_.emplace_back(s, k);
    }
  return led_respectively_;
}

// A person named by role: the item's person with that role, else the
// holder of the office on the item's date, else the country.
// Whether the item names a person other than `id` in a foreign ministry's
// office ("Foreign Minister", "Minister of ... Foreign Affairs"): the talks
// are between diplomats.
bool ItemProcessor::ForeignMinisterOtherThan(const std::string& id) const {
  for (const PersonInfo& p : persons_)
    if (p.id != id && p.role_key.find("foreign") != std::string::npos) return true;
  return false;
}

bool ItemProcessor::HostOfficeFits(std::string_view head, const PersonInfo& p) const {
  if (p.role_key.empty() || InWordClass("trade_role", LastWord(p.office_key))) return false;
  if (head == "legislator"sv || head == "lawmaker"sv || head == "parliamentarian"sv)
    return RoleHas(p.role_key, "legislature_role");
  // ("the Moldovan chief diplomat": the host's foreign minister)
  if (head == "diplomat"sv) return p.role_key.find("foreign") != std::string::npos;
  // ("the Senegalese officer": a general or commander of the host's forces)
  if (head == "officer"sv) return RoleHas(p.role_key, "officer_role");
  return head == "official"sv || head == "officials"sv;
}

std::string ItemProcessor::ResolveRole(int s, const Mention& x, Use use) {
  std::string office = x.office;
  std::string country = x.country ? x.country->actor.id : "";
  // "the head of the Kyrgyz state": the head of state of that country
  if (x.country && FoldKey(office) == "head"sv) {
    std::string role = " " + FoldKey(x.role);
    if (reader::EndsWith(role, " state")) office = "head of state";
    else if (reader::EndsWith(role, " government")) office = "head of government";
    // ("the head of Colombian diplomacy": the foreign minister)
    else if (reader::EndsWith(role, " diplomacy") || (x.end < NTok(s) && T(s, x.end).key == "diplomacy"sv))
      office = "foreign minister";
  }
  std::string office_key = FoldKey(office);
  // "the former prime minister" is no one who holds the office now
  bool former_role = false;
  for (int j = std::max(0, x.begin - 1); j < x.end && j < NTok(s); ++j)
    former_role = former_role || T(s, j).key == "former"sv || T(s, j).key == "ex"sv;
  // "King held talks" after "Minister Madeleine King": a title word alone,
  // capitalised without an article, that is an item person's family name
  if (!x.country && !x.org && x.end == x.begin + 1 && T(s, x.begin).Is(kCap) &&
      (x.begin == 0 || (T(s, x.begin - 1).key != "the"sv && !T(s, x.begin - 1).Is(kPossessive)))) {
    std::string named;
    for (const PersonInfo& p : persons_)
      if (const Actor* a = reg_.Find(p.id); a && HasSurname(*a, office_key) && p.id != named)
        named = named.empty() ? p.id : "-";
    if (!named.empty() && named != "-") return named;
  }
  // "the visiting Foreign Minister called on X", "the visiting minister":
  // the visitor with that title, else the item's one visitor; never the
  // host country's holder of it
  bool visiting = (x.begin > 0 && T(s, x.begin - 1).key == "visiting"sv) || T(s, x.name_begin).key == "visiting"sv;
  if (!x.country && visiting) {
    std::vector<std::string> visitors;
    for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
      if (f->type != InteractionType::kVisit) continue;
      const Actor* a = reg_.Find(f->source);
      if (!a || a->kind != ActorKind::kPerson) continue;
      AddUnique(&visitors, a->id);
      for (const PersonInfo& p : persons_)
        if (p.id == a->id && (" " + p.role_key + " ").find(" " + office_key + " ") != std::string::npos)
          return a->id;
    }
    // (a visiting title named in lower case is the visitor's)
    if (T(s, x.name_begin).key == "visiting"sv) return visitors.size() == 1 ? visitors[0] : std::string();
  }
  // "the head of the delegation paid a courtesy call on X": its leader,
  // else the visitor the item reported last
  // (not "the head of the delegation of the Ministry of Health of Laos":
  // a delegation named by its body)
  if ((office_key == "head"sv || office_key == "leader"sv || office_key == "chief"sv) && x.end + 2 < NTok(s) &&
      T(s, x.end).key == "of"sv && (T(s, x.end + 1).key == "the"sv || T(s, x.end + 1).key == "its"sv) &&
      (Bits(s, x.end + 2) & kDelegation) && !(x.end + 3 < NTok(s) && T(s, x.end + 3).key == "of"sv)) {
    std::string leader = DelegationLeader();
    if (!leader.empty()) return leader;
    for (auto f = found_.rbegin(); f != found_.rend(); ++f)
      if (f->type == InteractionType::kVisit) return f->source;
    return "";
  }
  // "The guest praised Azerbaijan", "the visitor held talks with X": the
  // visitor the item reported last, or the one its host received, else the
  // leader of the visiting delegation
  // ("welcoming the guest" is courtesy, not an act towards someone)
  if (office_key == "guest"sv || office_key == "guests"sv || office_key == "visitor"sv) {
    // ("hosted the Japanese guests": named by their country, an object too;
    // or by whose guest: "Ferrer thanked her guest")
    std::string_view owner_word = T(s, x.begin).key;
    bool owned = owner_word == "his"sv || owner_word == "her"sv || owner_word == "their"sv;
    if (use != Use::kSubject && !x.country && !owned) return "";
    // ("Ruto thanked his guest": the one the owner last met)
    if (owned && !x.country && current_subject_->size() == 1)
      if (const Actor* partner = LatestPartner((*current_subject_)[0], /*calls=*/false);
          partner && partner->kind == ActorKind::kPerson)
        return partner->id;
    // ("the guests from Laos, led by X": named by where they come from)
    if (x.end < NTok(s) && (T(s, x.end).key == "from"sv || lex_.PhraseAt(S(s), x.end, kLedBy))) return "";
    // ("the Norwegian guests": a visitor of that country only)
    if (x.country) {
      const std::string& want = x.country->actor.id;
      auto fits = [&](const std::string& id) {
        const Actor* a = reg_.Find(id);
        return id == want || (a && (a->country == want || PersonCountry(id, /*host_fallback=*/false) == want));
      };
      for (auto f = found_.rbegin(); f != found_.rend(); ++f)
        if (f->type == InteractionType::kVisit && fits(f->source)) return f->source;
      // (or the item's one visitor, whose country the item does not give:
      // "Governor of Nara Prefecture X arrived ... hosted the Japanese guests")
      std::vector<std::string> visitors;
      for (const Found& f : found_)
        if (f.type == InteractionType::kVisit) AddUnique(&visitors, f.source);
      if (visitors.size() == 1) {
        const Actor* a = reg_.Find(visitors[0]);
        if (a && a->kind == ActorKind::kPerson && PersonCountry(visitors[0], /*host_fallback=*/false).empty())
          return visitors[0];
      }
      return "";
    }
    for (auto f = found_.rbegin(); f != found_.rend(); ++f) {
      if (f->type == InteractionType::kVisit) return f->source;
      if (f->type == InteractionType::kMeeting &&
          (f->evidence.rule == "meeting.received" || f->evidence.rule == "meeting.was_received_by"))
        return f->target;
    }
    return DelegationLeader();
  }
  // "Kosherbayev congratulated his interlocutor": the one the owner (the
  // clause's subject, else the last person named) last met or called
  if (office_key == "interlocutor"sv) {
    std::string owner = current_subject_->size() == 1 ? (*current_subject_)[0] : last_person_;
    const Actor* partner = owner.empty() ? nullptr : LatestPartner(owner, /*calls=*/true);
    return partner ? partner->id : "";
  }
  // ("his Azerbaijani colleague" in a minister's mouth is the same)
  bool counterpart = office_key == "counterpart"sv || office_key == "counterparts"sv || office_key == "colleague"sv;
  if (counterpart) {
    // "his Turkish counterpart": the owner's office, held in that country.
    // The owner is the clause's subject when it is one person ("the
    // Speaker held talks with her Pakistani counterpart"), else the last
    // person named (a "Turkish counterpart" is nobody's from Türkiye).
    std::string owner = last_person_;
    // ("Azerbaijani FM, Iranian counterpart discuss ...": the list's other
    // person owns the counterpart)
    std::vector<std::string> owners = *current_subject_;
    if (list_so_far_) owners.insert(owners.end(), list_so_far_->begin(), list_so_far_->end());
    for (const std::string& id : owners) {
      const Actor* a = reg_.Find(id);
      if (a && a->kind == ActorKind::kPerson && !(x.country && a->country == x.country->actor.id)) {
        owner = a->id;
        break;
      }
    }
    std::string owner_office = OfficeOf(owner);
    // the item's other holder of the owner's office
    if (!owner_office.empty()) {
      std::vector<std::string> same, same_country;
      for (const PersonInfo& p : persons_) {
        if (p.id == owner || (!country.empty() && !p.country.empty() && p.country != country)) continue;
        if (OfficeOf(p.id) != owner_office) continue;
        AddUnique(&same, p.id);
        if (!country.empty() && p.country == country) AddUnique(&same_country, p.id);
      }
      if (same.size() == 1) return same[0];
      // (one of them known to be of that country)
      if (same_country.size() == 1) return same_country[0];
    }
    // "Narbaeva held talks with Speaker Gafarova ... invited her Azerbaijani
    // counterpart": the offices differ; the person of that country the
    // owner met last
    // (not a head of state or government for an owner of lower office:
    // "FM X was received by President Y ... On the same day, X held talks
    // with his Mexican counterpart" is Y's foreign minister, not Y; unless
    // Y holds the owner's office too: a Deputy PM and Foreign Minister)
    auto top = [](const std::string& o) {
      return o == "president" || o == "head-of-state" || o == "head-of-government" || o == "prime-minister" ||
             o == "monarch" || o == "crown-prince" || o == "supreme-leader";
    };
    if (x.country && !owner.empty())
      if (const Actor* a = PersonMetOf(owner, x.country->actor.id, /*calls=*/true))
        if (owner_office.empty() || top(owner_office) || !top(OfficeOf(a->id)) || HoldsOffice(a->id, owner_office) ||
            std::any_of(persons_.begin(), persons_.end(),
                        [&](const PersonInfo& p) { return p.id == a->id && OfficeMeans(p, owner_office); }))
          return a->id;
    // ("X spoke with Y ... X also thanked her counterpart": no country
    // named, the one the owner met or called last)
    if (!x.country && !owner.empty())
      if (const Actor* a = LatestPartner(owner, /*calls=*/true); a && a->kind == ActorKind::kPerson) return a->id;
    // ("Deputy Chairman of the Cabinet of Ministers, Minister of Foreign
    // Affairs X and his Iranian counterpart": the owner's second title may
    // be the office the counterpart holds)
    if (x.country) {
      std::string owner_role;
      for (const PersonInfo& p : persons_)
        if (p.id == owner) owner_role = " " + p.role_key + " ";
      std::vector<std::string> holders;
      for (const PersonInfo& p : persons_) {
        if (p.id == owner || p.country != x.country->actor.id || owner_role.size() < 3) continue;
        const Office* office = dict_.FindOffice(OfficeOf(p.id));
        bool held = false;
        if (office) {
          held = owner_role.find(" " + FoldKey(office->title) + " ") != std::string::npos;
          for (const std::string& synonym : office->synonyms)
            held = held || owner_role.find(" " + FoldKey(synonym) + " ") != std::string::npos;
        } else {
          // an office the dictionary does not know: its words as written,
          // without "of <country>" ("minister of foreign affairs")
          std::size_t of = p.role_key.rfind(" of ");
          std::string head = of == std::string::npos ? p.role_key : p.role_key.substr(0, of);
          held = head.find(' ') != std::string::npos && owner_role.find(" " + head + " ") != std::string::npos;
          // ("Kuwaiti Minister of Oil X" and the owner's "... and Minister
          // of Oil": the role without the country's adjective)
          std::string plain;
          for (const std::string& w : Words(p.role_key)) {
            bool adjective = false;
            for (const std::string& d : x.country->demonyms) adjective = adjective || FoldKey(d) == w;
            if (!adjective) plain += (plain.empty() ? "" : " ") + w;
          }
          held = held || (plain.size() < p.role_key.size() && plain.find(' ') != std::string::npos &&
                          owner_role.find(" " + plain + " ") != std::string::npos);
        }
        if (held) AddUnique(&holders, p.id);
      }
      if (holders.size() == 1) return holders[0];
    }
    return x.country ? reg_.FromDictionary(x.country) : "";
  }
  std::string canonical = dict_.CanonicalOffice(office);
  // ("the head of the legislature": the whole role names the office)
  if (!x.role.empty() && x.role != office)
    if (std::string whole = dict_.CanonicalOffice(x.role); !whole.empty()) canonical = whole;
  // ("the Head of the Government of Georgia": an office of several words
  // the title word alone does not name)
  if (x.country && !x.role.empty()) {
    std::size_t of = x.role.rfind(" of ");
    if (of != std::string::npos) {
      std::string longer = dict_.CanonicalOffice(x.role.substr(0, of));
      if (!longer.empty()) canonical = longer;
    }
    // ("the Speaker of the Kazakh Senate": the office "Speaker of the
    // Senate" with the country's adjective left out)
    std::vector<std::string> adjectives;
    for (const std::string& d : x.country->demonyms) adjectives.push_back(FoldKey(d));
    std::string role_key = FoldKey(x.role), without;
    for (const std::string& w : Words(role_key))
      if (!Contains(adjectives, w)) without += (without.empty() ? "" : " ") + w;
    if (without.size() < role_key.size())
      if (std::string c = dict_.CanonicalOffice(without); !c.empty()) canonical = c;
  }
  std::string head = LastWord(office_key);
  bool generic = (lex_.Bits(office_key) & kGenericPerson) != 0;
  // Candidates in two tiers: the same office (canonically), then a role
  // that only shares the title word ("First Vice-President" for "the
  // President" is a last resort).
  std::vector<std::string> hits, weak, unknown_country;
  bool excluded_subject = false;  // the clause's subject has the role
  for (const PersonInfo& p : persons_) {
    // (the country the text gave beside the name, else one an apposition
    // gave: "the foreign ministers of A and B, X and Y")
    std::string p_country = p.country.empty() ? PersonCountry(p.id, /*host_fallback=*/false) : p.country;
    // ("the top Vietnamese legislator" for the Speaker of an embassy's
    // Vietnam digest: a person of no country given is the host's)
    // (a legislator's role must be a legislature's; a trade is no office)
    if (!country.empty() && p_country.empty() && generic && HostOfficeFits(head, p))
      p_country = PersonCountry(p.id, /*host_fallback=*/true);
    // ("The Peruvian minister also met X" after "Foreign Minister Y" in an
    // embassy's Peru digest: a titled person whose country the text leaves
    // unsaid is the host's when the title's head word is the one asked for)
    if (!country.empty() && p_country.empty() && !generic && doc_->home && doc_->home->actor.id == country &&
        !head.empty() && Contains(Words(p.role_key), head))
      p_country = country;
    if (!country.empty() && !p_country.empty() && p_country != country) continue;
    if (!country.empty() && p_country.empty() && generic) continue;
    // (in the body a subject's title points back: "The Minister handed over
    // ..." is no minister the next sentence introduces)
    if (use == Use::kSubject && !x.by_country && s >= it_.first_body && (p.s > s || (p.s == s && p.k > x.begin)))
      continue;
    // (an object's may be named in the next sentence, "held talks with the
    // Minister of Energy. Energy Minister X said", not further on)
    if (!x.by_country && s >= it_.first_body && p.s > s + 1) continue;
    // "the Hungarian envoy" is no Hungarian prime minister the item named
    // (but "the Kazakh diplomat" may be a foreign ministry's official)
    // ("her Czech counterpart X ... The Czech diplomat": a counterpart in
    // talks of a foreign minister is one too)
    if (generic && Diplomat(head) && !Diplomat(LastWord(p.office_key)) &&
        !(head == "diplomat"sv && (p.role_key.find("foreign") != std::string::npos ||
                                    ((p.office_key == "counterpart"sv || p.office_key == "colleague"sv) &&
                                     ForeignMinisterOtherThan(p.id)))))
      continue;
    // (a role an apposition gave after the name was first written)
    std::vector<std::string> words = Words(p.role_key);
    if (words.empty())
      if (const Actor* a = reg_.Find(p.id)) words = Words(FoldKey(a->role));
    if (former_role && !Contains(words, "former") && !Contains(words, "ex")) continue;
    if (Contains(exclude_, p.id)) {
      excluded_subject = true;
      continue;
    }
    // "Uraloğlu and the Iraqi minister": not a member named before in the list
    if (list_so_far_ && Contains(*list_so_far_, p.id)) continue;
    bool strong = !canonical.empty() && (HoldsOffice(p.id, canonical) || OfficeMeans(p, canonical));
    bool office_ok = generic || strong;
    if (!office_ok && !head.empty()) {
      // ("the Prime Minister" is no Vice Minister: "prime" is in the role
      // too; a vice-minister may be a state minister, as Japan's are called)
      office_ok = Contains(words, head);
      for (const std::string& rank : lex_.LowerWordClass("distinct_rank"))
        if (office_ok && Contains(Words(office_key), rank)) office_ok = Contains(words, rank);
      if (!office_ok && InWordClass("lead_role", head))
        for (const std::string& w : words) office_ok = office_ok || InWordClass("lead_role", w);
      // ("The IDB head was also received by X" after "IDB President Y",
      // "the two parliamentary leaders" after two Speakers titled
      // President): a body's president is its head; only for a head of a
      // body the dictionary knows, or for leaders in the plural (not "the
      // head of the caucus, Z," whose own name follows)
      bool apposed = false;  // "The head of the X caucus, Z, said": Z is named
      for (int j = x.end; j + 1 < NTok(s) && j < x.end + 12 && !apposed; ++j) {
        if (VerbLike(S(s), j, lex_)) break;
        if (T(s, j).key != ","sv) continue;
        int m = MentionStartingAt(s, j + 1);
        // (a name the finder may not have read: two capitalised words)
        apposed = (m >= 0 && M(s, m).kind == MentionKind::kPerson) ||
                  (m < 0 && j + 2 < NTok(s) && T(s, j + 1).Is(kCap) && T(s, j + 2).Is(kCap) && At(s, j + 1) < 0);
      }
      if (!office_ok && InWordClass("lead_role", head) && !apposed)
        for (const std::string& w : words)
          office_ok = office_ok || w == "president"sv || w == "governor"sv || w == "speaker"sv ||
                      w == "secretary-general"sv;
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
    if (!country.empty() && p_country.empty() && !exact) continue;  // a country named, the person's unknown
    // ("the Iraqi minister": the Iraqi transport minister before a
    // minister whose country the item does not give)
    if (!country.empty() && p_country.empty()) AddUnique(&unknown_country, p.id);
    else AddUnique(exact ? &hits : &weak, p.id);
  }
  if (hits.empty()) hits = weak;
  if (hits.empty()) hits = unknown_country;
  // ("Berisha hit back. ... the former prime minister accused the
  // government": with no former holder named, the person who last acted
  // alone, unless that one holds the office now)
  if (former_role && hits.empty()) {
    if (use != Use::kSubject || last_person_.empty()) return "";
    for (const PersonInfo& p : persons_)
      if (p.id == last_person_ && Contains(Words(p.role_key), head) && !Contains(Words(p.role_key), "former"))
        return "";
    return last_person_;
  }
  // "the Emir" after "King X ... Qatari Emir Y": offices the dictionary
  // files under one (monarch) are told apart by the title word as written
  // (the head noun of an office "X of Y": "the head of state" is no
  // literal match for "Emir of the State of Qatar")
  std::size_t office_of = office_key.find(" of ");
  const std::string title_head = office_of == std::string::npos ? head : LastWord(office_key.substr(0, office_of));
  if (hits.size() > 1 && !generic && !title_head.empty()) {
    std::vector<std::string> literal;
    for (const std::string& id : hits)
      for (const PersonInfo& p : persons_)
        if (p.id == id && (Contains(Words(p.role_key), title_head) || Contains(Words(p.office_key), title_head))) {
          AddUnique(&literal, id);
          break;
        }
    if (!literal.empty() && literal.size() < hits.size()) hits = literal;
  }
  // "the Uzbek leader" among an Uzbek minister and the Uzbek president: the
  // head of state or government
  if (hits.size() > 1 && head == "leader"sv) {
    std::vector<std::string> heads;
    for (const std::string& id : hits) {
      std::string held = FoldKey(OfficeOf(id));
      if (held == "president"sv || held == "prime minister"sv || held == "head of state"sv ||
          held == "head of government"sv || held == "king"sv || held == "emir"sv || held == "chancellor"sv)
        heads.push_back(id);
    }
    if (heads.size() == 1) hits = heads;
  }

  if (hits.size() == 1) return hits[0];
  // "X spoke with her Mexican counterpart and invited the minister": the
  // subject holds the role, so the object is the one the subject just met
  // (the role right after the verb: not a subject the slot reached over a comma)
  if (hits.empty() && excluded_subject && x.country == nullptr && current_subject_->size() == 1 && x.begin > 0 &&
      T(s, x.begin - 1).Is(kLower)) {
    const Actor* a = LatestPartner((*current_subject_)[0], /*calls=*/true);
    if (a && (a->kind == ActorKind::kPerson || a->kind == ActorKind::kCountry)) return a->id;
  }
  if (hits.size() > 1) {
    // Not one of a country another phrase of the sentence names ("the head
    // of state thanked the Turkish leader"); then, for a subject, the latest
    // earlier subject named alone; else the first the headline names (the
    // item's protagonist); else the nearest named before.
    std::vector<std::string> others;
    for (const Mention& y : it_.mentions[s].mentions)
      if (&y != &x && y.country && (y.kind == MentionKind::kRole || y.kind == MentionKind::kPerson))
        AddUnique(&others, y.country->actor.id);
    std::vector<std::string> kept;
    for (const std::string& id : hits) {
      const Actor* a = reg_.Find(id);
      if (!(a && Contains(others, a->country))) kept.push_back(id);
    }
    if (!kept.empty()) hits = kept;
    if (hits.size() == 1) return hits[0];
    // ("... King Charles III congratulated President X. The head of state
    // also received greetings from ...": in an embassy's digest an office
    // named without a country is its host country's, when one holds it;
    // not beside another such office, "The Prime Minister thanked the head
    // of state", where the two are the two sides)
    bool other_role = false;
    for (const Mention& y : it_.mentions[s].mentions)
      other_role = other_role || (&y != &x && y.kind == MentionKind::kRole && !y.country);
    if (!x.country && doc_->home && !other_role) {
      std::vector<std::string> home;
      // (one whose country the text does not give, and who took part in
      // the item's acts, is the host's too: "the Foreign Minister" after
      // "Foreign Minister X ... met Chinese Foreign Minister Y"; not one
      // only named in passing)
      auto acted = [&](const std::string& id) {
        for (const Found& f : found_)
          if (f.source == id || f.target == id) return true;
        return false;
      };
      for (const std::string& id : hits)
        if (const Actor* a = reg_.Find(id);
            a && (a->country == doc_->home->actor.id ||
                  (a->country.empty() && a->kind == ActorKind::kPerson && acted(id))))
          home.push_back(id);
      if (home.size() == 1) return home[0];
    }
    if (use == Use::kSubject)
      for (auto it = single_agents_.rbegin(); it != single_agents_.rend(); ++it)
        if (Contains(hits, *it)) return *it;
    const PersonInfo* first = nullptr;
    for (const PersonInfo& p : persons_)
      if (Contains(hits, p.id) && p.s < it_.first_body && s >= it_.first_body &&
          (!first || p.s < first->s || (p.s == first->s && p.k < first->k)))
        first = &p;
    if (first) return first->id;
    // ("received President X ... the Assembly, whose President Y led a
    // delegation in 2027 ... the President visited": one who took part in
    // the item's acts before one only named; the latest of them)
    std::string actor;
    for (const Found& f : found_) {
      if (Contains(hits, f.source)) actor = f.source;
      if (Contains(hits, f.target)) actor = f.target;
    }
    if (!actor.empty()) return actor;
    std::string best;
    for (const PersonInfo& p : persons_)
      if (Contains(hits, p.id) && (p.s < s || (p.s == s && p.k < x.begin))) best = p.id;
    return best.empty() ? hits[0] : best;
  }
  // Not named in the item: the country (the spec allows the holder or the
  // country; the country does not depend on the dictionary's dates), else
  // the holder of an organisation's office ("the NATO Secretary General").
  // "the Georgian MP": the leader of the Georgian delegation
  if (generic && x.country) {
    std::string leader = DelegationLeaderOf(x.country->actor.id);
    if (!leader.empty()) return leader;
  }
  if (x.country) return reg_.FromDictionary(x.country);
  if (x.org && !office.empty()) {
    if (const DictionaryEntry* e = dict_.HolderOf(office, x.org->actor.id, it_.lead_date))
      return reg_.FromDictionary(e);
  }
  // "the Special Representative of the NATO Secretary General for the
  // Caucasus": an office of a body, holder unnamed, is an actor by its title
  // "held talks with the head of the Defense Acquisition Program
  // Administration": an unnamed head stands for the body
  // ("the IMF Mission Chief for Azerbaijan" names an office of its own)
  std::string role_key = FoldKey(x.role);
  if (role_key.compare(0, 4, "the ") == 0) role_key.erase(0, 4);
  if ((head == "head"sv || head == "chief"sv || head == "leader"sv) && x.country == nullptr &&
      role_key.compare(0, head.size(), head) == 0) {
    if (x.org) return reg_.FromDictionary(x.org);
    std::string body = x.org_text;
    std::size_t of = x.role.find(" of ");
    if (body.empty() && of != std::string::npos) {
      body = x.role.substr(of + 4);
      if (body.compare(0, 4, "the ") == 0) body.erase(0, 4);
    }
    if (Words(FoldKey(body)).size() >= 2 && std::isupper(static_cast<unsigned char>(body[0])))
      return reg_.Named(ActorKind::kOrganization, body, "", "");
  }
  // (not when "and" follows: the title may go on, "for the South Caucasus
  // and the crisis in Georgia")
  bool cut = x.end < NTok(s) && (T(s, x.end).key == "and"sv || T(s, x.end).key == "&"sv);
  if ((x.org || !x.org_text.empty()) && !generic && !cut && Words(FoldKey(x.role)).size() >= 3) {
    // one actor for "of the NATO Secretary General" and "of NATO Secretary General"
    std::string name = " " + x.role;
    for (std::size_t at; (at = name.find(" the ")) != std::string::npos;) name.erase(at, 4);
    std::string id = reg_.Named(ActorKind::kPerson, name.substr(1), x.org ? x.org->actor.id : "", x.role);
    reg_.AddAlias(id, x.role);
    return id;
  }
  // "The President of the Republic received X", "the head of state" in an
  // embassy's digest whose host's head of state the item does not name and
  // the dictionary does not know on that day: the office itself, an actor by
  // its title ("President of Colombia")
  std::string bare = FoldKey(x.role.empty() ? office : x.role);
  if (bare.compare(0, 4, "the ") == 0) bare.erase(0, 4);
  if (!x.country && !x.org && x.org_text.empty() && doc_->home && doc_->home->actor.kind == ActorKind::kCountry &&
      (bare == "president"sv || bare == "president of the republic"sv || bare == "head of state"sv ||
       bare == "head of the state"sv) &&
      !dict_.HolderOf("President", doc_->home->actor.id, it_.lead_date) && !VisitAbroadReported()) {
    std::string id = reg_.Named(ActorKind::kPerson, "President of " + doc_->home->actor.name, doc_->home->actor.id,
                                "President");
    reg_.AddAlias(id, x.role);
    return id;
  }
  return "";
}

// Whether the item reports a visit to a country other than the digest's
// host ("Sybiha, on an official visit to Brazil, was received by the
// President": another country's president).
bool ItemProcessor::VisitAbroadReported() const {
  for (const Found& f : found_)
    if (f.type == InteractionType::kVisit && doc_->home && f.target != doc_->home->actor.id) return true;
  for (int s = 0; s < static_cast<int>(it_.sentences.size()); ++s)
    for (int k = 0; k + 2 < NTok(s); ++k)
      if (T(s, k).key == "visit"sv && T(s, k + 1).key == "to"sv) {
        int m = MentionStartingAt(s, k + 2);
        if (m >= 0 && M(s, m).entry && M(s, m).entry != doc_->home &&
            (M(s, m).kind == MentionKind::kCountry || M(s, m).kind == MentionKind::kCapital))
          return true;
      }
  return false;
}

// The person's own title, or its role without "of <country>", names the
// office or one that implies it ("President" implies "head of state").
bool ItemProcessor::OfficeMeans(const PersonInfo& p, const std::string& canonical) const {
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

bool ItemProcessor::RoleMentionsOrg(const PersonInfo& p, const DictionaryEntry* org) const {
  if (p.role_key.find(FoldKey(org->actor.name)) != std::string::npos) return true;
  for (const std::string& a : org->actor.aliases)
    if (!a.empty() && Contains(Words(p.role_key), FoldKey(a))) return true;
  if (const DictionaryEntry* e = reg_.Entry(p.id))
    for (const Role& r : e->roles)
      if (r.country == org->actor.id) return true;
  return false;
}

bool ItemProcessor::HoldsOffice(const std::string& id, const std::string& canonical) const {
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

bool ItemProcessor::InRange(const Role& r) const {
  const IsoDate& d = it_.lead_date;
  if (d.empty()) return r.to.empty();
  if (!r.from.empty() && d.compare(0, r.from.size(), r.from) < 0 && d < r.from) return false;
  if (!r.to.empty() && d.substr(0, r.to.size()) > r.to) return false;
  return true;
}

// The office a person holds on the item's date: its canonical id when the
// dictionary knows it ("speaker" for "Speaker of the Milli Majlis").
std::string ItemProcessor::OfficeOf(const std::string& id) const {
  if (id.empty()) return "";
  if (const DictionaryEntry* e = reg_.Entry(id))
    for (const Role& r : e->roles)
      if (InRange(r)) return r.office_id;
  for (const PersonInfo& p : persons_)
    if (p.id == id && !p.role_key.empty()) {
      std::string c = dict_.CanonicalOffice(p.role_key);
      if (!c.empty()) return c;
      // ("Canadian Minister of National Defence": the office without the
      // country's adjective or name that opens the role)
      if (std::size_t sp = p.role_key.find(' '); sp != std::string::npos && dict_.CountryOf(p.role_key.substr(0, sp))) {
        PersonInfo bare = p;
        bare.role_key = p.role_key.substr(sp + 1);
        c = dict_.CanonicalOffice(bare.role_key);
        if (!c.empty()) return c;
        if (std::size_t last_of = bare.role_key.rfind(" of "); last_of != std::string::npos) {
          c = dict_.CanonicalOffice(bare.role_key.substr(0, last_of));
          if (!c.empty()) return c;
        }
      }
      // the title words of the role, without "of <country>" ("minister of
      // foreign affairs of mongolia": the last "of" first)
      std::size_t last_of = p.role_key.rfind(" of ");
      if (last_of != std::string::npos) {
        c = dict_.CanonicalOffice(p.role_key.substr(0, last_of));
        if (!c.empty()) return c;
      }
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

}  // namespace engine
}  // namespace actorgraph
