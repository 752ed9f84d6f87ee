// generate_archive DIR [--weeks N] [--seed S]
//
// Writes N weekly digests (default 520: ten years) in the layout of the
// embassy digest (title block, period line, numbered Japanese sections, "● "
// items with Japanese and English headlines, body paragraphs, NOTE blocks,
// source lines, END) to DIR/digest-YYYY-MM-DD.txt. Actors, offices and
// capitals come from the built-in actor dictionary; sentences are drawn from
// templates of the constructions the extractor reads (meetings, calls,
// visits, participation, praise, criticism, invitations, agreements,
// sanctions) mixed with intentions, recollections and filler, so the
// extractor does all its work. The same seed gives the same files on every
// machine (a fixed linear congruential generator, no std:: distributions).


#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.h"
#include "extract_dates.h"

namespace {

using actorgraph::ActorDictionary;
using actorgraph::ActorKind;
using actorgraph::DictionaryEntry;

class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
  uint32_t Next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state_ >> 33);
  }
  std::size_t Below(std::size_t n) { return n ? Next() % n : 0; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Below(v.size())]; }

 private:
  uint64_t state_;
};

struct Person {
  std::string name, title, country_name, demonym, capital, country_id;
};

struct Country {
  std::string id, name, demonym, capital;
};

struct Date {
  int y, m, d;
};

// Calendar arithmetic: the engine's (extract/src/extract_dates.h).
long Days(Date t) { return actorgraph::engine::DaysFromCivil({t.y, t.m, t.d}); }

Date FromDays(long z) {
  actorgraph::engine::CivilDate c = actorgraph::engine::CivilFromDays(z);
  return {c.year, c.month, c.day};
}

const char* kMonths[] = {"", "January", "February", "March", "April", "May", "June",
                         "July", "August", "September", "October", "November", "December"};

std::string Two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string Written(Date d) { return std::string(kMonths[d.m]) + " " + Two(d.d); }
std::string Numeric(Date d) { return Two(d.d) + "." + Two(d.m) + "." + std::to_string(d.y); }

class Generator {
 public:
  Generator(const ActorDictionary& dict, uint64_t seed) : rng_(seed) {
    for (const DictionaryEntry& e : dict.entries()) {
      if (e.actor.kind == ActorKind::kCountry && !e.demonyms.empty() && !e.capital.empty())
        countries_.push_back({e.actor.id, e.actor.name, e.demonyms[0], e.capital});
    }
    for (const DictionaryEntry& e : dict.entries()) {
      if (e.actor.kind == ActorKind::kOrganization && e.actor.name.size() < 40) orgs_.push_back(e.actor.name);
      if (e.actor.kind != ActorKind::kPerson || e.roles.empty()) continue;
      const Country* c = FindCountry(e.roles[0].country);
      if (!c) continue;
      persons_.push_back({e.actor.name, e.roles[0].office, c->name, c->demonym, c->capital, c->id});
    }
  }

  bool ok() const { return countries_.size() > 5 && persons_.size() > 5 && orgs_.size() > 5; }

  std::string Digest(Date start) {
    Date end = FromDays(Days(start) + 6);
    std::string out = "\n\nアゼルバイジャン政治・治安情報\n\n(公開情報とりまとめ)\n\n";
    out += std::to_string(start.y) + "年" + std::to_string(start.m) + "月" + std::to_string(start.d) + "日～" +
           (end.y != start.y ? std::to_string(end.y) + "年" : "") + std::to_string(end.m) + "月" +
           std::to_string(end.d) + "日\n\n在アゼルバイジャン大使館\n\n";
    const char* sections[] = {"軍事・治安関係", "内政関連", "外政関連"};
    for (int s = 0; s < 3; ++s) {
      out += std::to_string(s + 1) + ". " + sections[s] + "\n\n";
      int items = 6 + static_cast<int>(rng_.Below(4));
      for (int i = 0; i < items; ++i) out += Item(start);
    }
    return out + "END\n";
  }

 private:
  const Country* FindCountry(const std::string& id) const {
    for (const Country& c : countries_)
      if (c.id == id) return &c;
    return nullptr;
  }

  const Person& OtherPerson(const Person& a) {
    for (int tries = 0; tries < 20; ++tries) {
      const Person& b = rng_.Pick(persons_);
      if (b.country_id != a.country_id) return b;
    }
    return rng_.Pick(persons_);
  }

  std::string Titled(const Person& p) {
    switch (rng_.Below(3)) {
      case 0: return p.demonym + " " + p.title + " " + p.name;
      case 1: return p.title + " of " + p.country_name + " " + p.name;
      default: return p.name + ", " + p.title + " of " + p.country_name + ",";
    }
  }

  static std::string Surname(const Person& p) {
    std::size_t sp = p.name.rfind(' ');
    return sp == std::string::npos ? p.name : p.name.substr(sp + 1);
  }

  std::string Item(Date week) {
    Date day = FromDays(Days(week) + static_cast<long>(rng_.Below(7)));
    const Person& a = rng_.Pick(persons_);
    const Person& b = OtherPerson(a);
    const Country& c = rng_.Pick(countries_);
    std::string org = rng_.Pick(orgs_);
    std::string headline_ja, headline_en;
    std::vector<std::string> body;
    std::string on = "On " + Written(day) + ", ";
    switch (rng_.Below(8)) {
      case 0:
        headline_ja = "会談";
        headline_en = a.title + " " + Surname(a) + " met " + b.demonym + " counterpart " + b.name;
        body.push_back(on + Titled(a) + " met with " + Titled(b) + " in " + a.capital + ". The sides discussed " +
                       Topic() + " and " + Topic() + ".");
        body.push_back(Surname(a) + " thanked " + Surname(b) + " for the support of " + b.country_name +
                       " and invited him to visit " + a.country_name + ".");
        break;
      case 1:
        headline_ja = "電話会談";
        headline_en = a.title + " " + Surname(a) + " had a telephone conversation with " + b.name;
        body.push_back(on + Titled(a) + " had a telephone conversation with " + Titled(b) + ". The parties " +
                       "exchanged views on " + Topic() + ".");
        break;
      case 2:
        headline_ja = "訪問";
        headline_en = b.demonym + " " + b.title + " " + b.name + " visits " + a.country_name;
        body.push_back(Titled(b) + " arrived in " + a.capital + " on " + Written(day) + " on an official visit.");
        body.push_back("The next day, " + Surname(b) + " was received by " + Titled(a) + ". The " +
                       "head of state said that " + a.country_name + " will continue " + Topic() + ".");
        break;
      case 3:
        headline_ja = "出席";
        headline_en = a.title + " " + Surname(a) + " attends " + Event(day);
        body.push_back(on + Titled(a) + " took part in the " + Event(day) + " held in " + c.capital + ". " +
                       Surname(a) + " noted that " + Topic() + " remains a priority.");
        body.push_back("On the sidelines of the event, " + Surname(a) + " met " + Titled(b) + ".");
        break;
      case 4:
        headline_ja = "非難";
        headline_en = org + " criticizes " + c.name;
        body.push_back(on + "the " + org + " criticized " + c.name + " for " + Topic() + ", saying that the " +
                       "decision \"undermines the dialogue.\"");
        body.push_back(a.demonym + " officials rejected the statement and accused the " + org + " of bias.");
        break;
      case 5:
        headline_ja = "署名";
        headline_en = a.country_name + " and " + b.country_name + " sign agreement";
        body.push_back(on + a.country_name + " and " + b.country_name + " signed an agreement on " + Topic() +
                       " in " + a.capital + ". The document was signed by " + Titled(a) + " and " + Titled(b) +
                       ".");
        body.push_back("The ministers agreed to set up a joint working group and will meet again next year.");
        break;
      case 6:
        headline_ja = "制裁";
        headline_en = c.name + " suspends cooperation with the " + org;
        body.push_back(on + c.name + " suspended cooperation with the " + org + " after the adoption of a " +
                       "resolution on " + Topic() + ". " + Titled(a) + " said the move was overdue.");
        break;
      default:
        headline_ja = "声明";
        headline_en = a.title + " " + Surname(a) + " on regional developments";
        body.push_back(Titled(a) + " said that " + a.country_name + " plans to visit " + b.country_name +
                       " next month and recalled the talks held in " + kMonths[1 + rng_.Below(12)] + ".");
        body.push_back(Surname(a) + " praised the role of " + b.country_name + " in " + Topic() + ".");
    }
    // digests run to about 30 KB: background paragraphs
    for (int extra = static_cast<int>(rng_.Below(3)); extra >= 0; --extra) body.push_back(Filler() + " " + Filler());
    std::string outlet = rng_.Pick(std::vector<std::string>{"TREND", "APA", "AZERTAG", "REPORT", "TREND, REPORT"});
    std::string out = "● " + headline_ja + "\n\n" + headline_en + "\n\n";
    for (std::size_t i = 0; i < body.size(); ++i) {
      out += body[i];
      out += i + 1 == body.size() ? " (" + outlet + " / " + Numeric(day) + ")\n\n" : "\n\n";
    }
    if (rng_.Below(6) == 0) out += "NOTE:\n\n" + Filler() + "\n\n";
    return out;
  }

  std::string Event(Date day) {
    static const std::vector<std::string> kNames = {"Global Security Forum", "Caspian Energy Conference",
                                                    "International Defense Exhibition", "Regional Dialogue",
                                                    "Summit of Parliament Speakers", "Connectivity Week"};
    return std::to_string(1 + rng_.Below(12)) + "th " + rng_.Pick(kNames) + " " + std::to_string(day.y);
  }

  std::string Topic() {
    static const std::vector<std::string> kTopics = {
        "energy security", "regional connectivity", "the peace agenda", "trade and investment",
        "military-technical cooperation", "transport corridors", "humanitarian demining", "cybersecurity",
        "the green transition", "education and culture"};
    return rng_.Pick(kTopics);
  }

  std::string Filler() {
    static const std::vector<std::string> kFiller = {
        "Trade turnover between the two countries grew by 14 percent in the first quarter.",
        "The programme also includes visits to industrial parks and cultural sites.",
        "Experts note that the new route will shorten delivery times by several days.",
        "The document covers the years 2026–2030 and will be reviewed annually.",
        "According to the ministry, more than 300 specialists took part in the exercises.",
        "The statement stressed the importance of dialogue, mutual respect and non-interference."};
    return rng_.Pick(kFiller) + " " + rng_.Pick(kFiller);
  }

  Random rng_;
  std::vector<Country> countries_;
  std::vector<Person> persons_;
  std::vector<std::string> orgs_;
};

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  int weeks = 520;
  uint64_t seed = 2026;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--weeks") && i + 1 < argc) weeks = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
    else dir = argv[i];
  }
  if (dir.empty() || weeks <= 0) {
    std::cerr << "usage: generate_archive DIR [--weeks N] [--seed S]\n";
    return 2;
  }
  // (its parents too: run.sh removes the whole work directory first)
  std::error_code made;
  std::filesystem::create_directories(dir, made);
  if (made) {
    std::cerr << "generate_archive: cannot create " << dir << ": " << made.message() << "\n";
    return 1;
  }
  Generator gen(ActorDictionary::BuiltIn(), seed);
  if (!gen.ok()) {
    std::cerr << "generate_archive: the built-in dictionary has too few actors\n";
    return 1;
  }
  long first = Days({2016, 5, 7});
  std::size_t bytes = 0;
  for (int w = 0; w < weeks; ++w) {
    Date start = FromDays(first + 7L * w);
    std::string text = gen.Digest(start);
    std::string path = dir + "/digest-" + std::to_string(start.y) + "-" + Two(start.m) + "-" + Two(start.d) + ".txt";
    std::string tmp = path + ".tmp";
    std::ofstream out(tmp, std::ios::binary);
    out << text;
    out.close();
    if (!out || std::rename(tmp.c_str(), path.c_str()) != 0) {
      std::cerr << "generate_archive: cannot write " << path << "\n";
      return 4;
    }
    bytes += text.size();
  }
  std::cout << weeks << " digests, " << bytes << " bytes in " << dir << "\n";
  return 0;
}
