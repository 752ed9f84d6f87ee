// Tests of ActorDictionary: the shipped data (data/actors.json) and the
// loader's rules and error messages.

#include "actorgraph/actor_dictionary.h"

#include <map>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "actorgraph/text_normalize.h"
#include "test_util.h"

namespace actorgraph {
namespace {

const ActorDictionary& Dict() { return ActorDictionary::BuiltIn(); }

// The ids Lookup() returns, joined by ",".
std::string Ids(const std::vector<const DictionaryEntry*>& entries) {
  std::string out;
  for (const DictionaryEntry* e : entries) out += (out.empty() ? "" : ",") + e->actor.id;
  return out;
}
std::string LookupIds(const std::string& name) { return Ids(Dict().Lookup(name)); }
std::string Holder(const std::string& office, const std::string& country, const std::string& date,
                   const ActorDictionary& dict = Dict()) {
  const DictionaryEntry* e = dict.HolderOf(office, country, date);
  return e == nullptr ? "(none)" : e->actor.id;
}
std::string CountryId(const std::string& word) {
  const DictionaryEntry* e = Dict().CountryOf(word);
  return e == nullptr ? "(none)" : e->actor.id;
}

// The whole error text of parsing `json` as "t.json", or "OK".
std::string ParseError(const std::string& json) {
  Result<ActorDictionary> r = ActorDictionary::FromJson(json, "t.json");
  return r.ok() ? "OK" : r.status().ToString();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(actor_dictionary)

// --- The shipped data -----------------------------------------------------

BOOST_AUTO_TEST_CASE(built_in_loads_with_enough_entries_of_each_kind) {
  const ActorDictionary& d = Dict();
  BOOST_TEST(d.CheckReferences().ok());
  std::map<ActorKind, int> count;
  int generated = 0;
  for (const DictionaryEntry& e : d.entries()) {
    ++count[e.actor.kind];
    generated += e.generated ? 1 : 0;
  }
  BOOST_TEST(count[ActorKind::kCountry] >= 100);
  BOOST_TEST(count[ActorKind::kPerson] >= 350);
  BOOST_TEST(count[ActorKind::kOrganization] >= 450);
  BOOST_TEST(count[ActorKind::kEvent] >= 10);
  // Three templates (foreign ministry, defence ministry, parliament) for
  // every country; those the data extends are no longer "generated".
  BOOST_TEST(generated > 200);
  for (const char* t : {"ministry-of-foreign-affairs-of-", "ministry-of-defense-of-", "parliament-of-"}) {
    for (const DictionaryEntry& e : d.entries()) {
      if (e.actor.kind != ActorKind::kCountry) continue;
      BOOST_TEST(d.FindId(t + e.actor.id) != nullptr, t << e.actor.id);
    }
  }
}

BOOST_AUTO_TEST_CASE(built_in_entries_are_sorted_and_well_formed) {
  const std::vector<DictionaryEntry>& all = Dict().entries();
  for (std::size_t i = 1; i < all.size(); ++i) BOOST_TEST((all[i - 1].actor.id < all[i].actor.id));
  for (const DictionaryEntry& e : all) {
    // Every office a role names is in the office table.
    for (const Role& r : e.roles) {
      BOOST_TEST(!Dict().CanonicalOffice(r.office).empty(), e.actor.id << ": " << r.office);
      BOOST_TEST(r.office_id == Dict().CanonicalOffice(r.office));
    }
    if (e.actor.kind == ActorKind::kPerson) BOOST_TEST(!e.roles.empty(), e.actor.id);
    if (e.actor.kind == ActorKind::kCountry) {
      BOOST_TEST(!e.capital.empty(), e.actor.id);
      BOOST_TEST(!e.actor.name_ja.empty(), e.actor.id);
    }
  }
}

BOOST_AUTO_TEST_CASE(lookup_ignores_case_and_diacritics) {
  BOOST_TEST(LookupIds("Mevlüt Çavuşoğlu") == "mevlut-cavusoglu");
  BOOST_TEST(LookupIds("MEVLUT CAVUSOGLU") == "mevlut-cavusoglu");
  BOOST_TEST(LookupIds("mevlut cavusoglu") == "mevlut-cavusoglu");
  BOOST_TEST(LookupIds("Recep Tayyip Erdogan") == "recep-tayyip-erdogan");
  BOOST_TEST(LookupIds("Antonio Costa") == "antonio-costa");
  BOOST_TEST(LookupIds("Andrija Mandic") == "andrija-mandic");
  BOOST_TEST(LookupIds("the European Parliament") == "european-parliament");
  BOOST_TEST(LookupIds("Nobody In Particular") == "");
}

BOOST_AUTO_TEST_CASE(lookup_finds_transliteration_variants) {
  BOOST_TEST(LookupIds("Hikmat Hajiyev") == "hikmet-hajiyev");
  BOOST_TEST(LookupIds("Hikmet Hajiyev") == "hikmet-hajiyev");
  BOOST_TEST(LookupIds("Seyed Abbas Arakchi") == "abbas-araghchi");
  BOOST_TEST(LookupIds("Seyed Abbas Araghchi") == "abbas-araghchi");
  BOOST_TEST(LookupIds("Volodymyr Zelensky") == "volodymyr-zelenskyy");
  BOOST_TEST(LookupIds("Sergei Lavrov") == "sergey-lavrov");
  BOOST_TEST(LookupIds("Mariya Zakharova") == "maria-zakharova");
  BOOST_TEST(LookupIds("Andriy Sybiha") == "andrii-sybiha");
}

BOOST_AUTO_TEST_CASE(surnames_are_derived_not_aliases) {
  BOOST_TEST(LookupIds("Cavusoglu") == "");  // a surname alone is not an alias
  BOOST_TEST(Ids(Dict().LookupSurname("Çavuşoğlu")) == "mevlut-cavusoglu");
  BOOST_TEST(Ids(Dict().LookupSurname("Arakchi")) == "abbas-araghchi");
  BOOST_TEST(Ids(Dict().LookupSurname("von der Leyen")) == "ursula-von-der-leyen");
  // Ambiguous surnames return every bearer, in id order.
  BOOST_TEST(Ids(Dict().LookupSurname("Khamenei")) == "ali-khamenei,mojtaba-khamenei");
  BOOST_TEST(Ids(Dict().LookupSurname("Nobody")) == "");
}

BOOST_AUTO_TEST_CASE(japanese_names) {
  BOOST_TEST(LookupIds("イルハム・アリエフ") == "ilham-aliyev");
  BOOST_TEST(LookupIds("カヤ・カラス") == "kaja-kallas");
  BOOST_TEST(Ids(Dict().LookupSurname("アリエフ")) == "ilham-aliyev");
  BOOST_TEST(Ids(Dict().LookupSurname("バイラモフ")) == "jeyhun-bayramov");
  BOOST_TEST(Ids(Dict().LookupSurname("エルドアン")) == "recep-tayyip-erdogan");
  BOOST_TEST(Ids(Dict().LookupSurname("フィダン")) == "hakan-fidan");
  BOOST_TEST(LookupIds("トルコ") == "turkiye");
  BOOST_TEST(LookupIds("バクー") == "azerbaijan");
  BOOST_TEST(LookupIds("アゼルバイジャン外務省") == "ministry-of-foreign-affairs-of-azerbaijan");
  BOOST_TEST(LookupIds("列国議会同盟") == "inter-parliamentary-union");
}

BOOST_AUTO_TEST_CASE(countries_by_demonym_name_and_capital) {
  BOOST_TEST(CountryId("Turkish") == "turkiye");
  BOOST_TEST(CountryId("Turkey") == "turkiye");
  BOOST_TEST(CountryId("Azeri") == "azerbaijan");
  BOOST_TEST(CountryId("Amman") == "jordan");
  BOOST_TEST(CountryId("Baku") == "azerbaijan");
  BOOST_TEST(CountryId("Kiev") == "ukraine");
  BOOST_TEST(CountryId("U.S.") == "united-states");
  BOOST_TEST(CountryId("Hakan Fidan") == "(none)");  // a person, not a country
  BOOST_TEST(LookupIds("Yerevan") == "armenia");
  const DictionaryEntry* az = Dict().FindId("azerbaijan");
  BOOST_REQUIRE(az != nullptr);
  BOOST_TEST(az->capital == "Baku");
}

BOOST_AUTO_TEST_CASE(generated_institutions) {
  BOOST_TEST(LookupIds("Azerbaijan's Foreign Ministry") == "ministry-of-foreign-affairs-of-azerbaijan");
  BOOST_TEST(LookupIds("Azerbaijani MFA") == "ministry-of-foreign-affairs-of-azerbaijan");
  BOOST_TEST(LookupIds("MFA of Russia") == "ministry-of-foreign-affairs-of-russia");
  BOOST_TEST(LookupIds("Russia's MFA") == "ministry-of-foreign-affairs-of-russia");
  BOOST_TEST(LookupIds("Georgian Ministry of Defense") == "ministry-of-defense-of-georgia");
  BOOST_TEST(LookupIds("Philippines' Foreign Ministry") == "ministry-of-foreign-affairs-of-philippines");
  const DictionaryEntry* mfa = Dict().FindId("ministry-of-foreign-affairs-of-azerbaijan");
  BOOST_REQUIRE(mfa != nullptr);
  BOOST_TEST(mfa->generated);
  BOOST_TEST(mfa->actor.name == "Ministry of Foreign Affairs of Azerbaijan");
  BOOST_TEST(mfa->actor.country == "azerbaijan");
  BOOST_TEST(ToString(mfa->actor.kind) == std::string("organization"));
  // A written entry with a generated id extends it: its name wins.
  BOOST_TEST(LookupIds("Milli Majlis") == "parliament-of-azerbaijan");
  BOOST_TEST(LookupIds("Azerbaijani Parliament") == "parliament-of-azerbaijan");
  BOOST_TEST(LookupIds("Parliament of Azerbaijan") == "parliament-of-azerbaijan");
  const DictionaryEntry* mm = Dict().FindId("parliament-of-azerbaijan");
  BOOST_REQUIRE(mm != nullptr);
  BOOST_TEST(mm->actor.name == "Milli Majlis");
  BOOST_TEST(!mm->generated);
  BOOST_TEST(LookupIds("Turkish Ministry of National Defense") == "ministry-of-defense-of-turkiye");
  BOOST_TEST(LookupIds("Turkish Defense Ministry") == "ministry-of-defense-of-turkiye");
  BOOST_TEST(LookupIds("State Department") == "ministry-of-foreign-affairs-of-united-states");
}

BOOST_AUTO_TEST_CASE(role_describes_the_current_office) {
  BOOST_TEST(Dict().FindId("ilham-aliyev")->actor.role == "President of Azerbaijan");
  BOOST_TEST(Dict().FindId("martin-chungong")->actor.role == "Secretary General of the Inter-Parliamentary Union");
  BOOST_TEST(Dict().FindId("mark-rutte")->actor.role == "Secretary General of NATO");
  BOOST_TEST(Dict().FindId("jeyhun-bayramov")->actor.country == "azerbaijan");
}

BOOST_AUTO_TEST_CASE(offices_are_canonical) {
  BOOST_TEST(Dict().CanonicalOffice("FM") == "foreign-minister");
  BOOST_TEST(Dict().CanonicalOffice("Minister of Foreign Affairs") == "foreign-minister");
  BOOST_TEST(Dict().CanonicalOffice("top diplomat") == "foreign-minister");
  BOOST_TEST(Dict().CanonicalOffice("Minister of Defence") == "defense-minister");
  BOOST_TEST(Dict().CanonicalOffice("the Speaker") == "speaker");
  BOOST_TEST(Dict().CanonicalOffice("foreign-minister") == "foreign-minister");
  BOOST_TEST(Dict().CanonicalOffice("Chief Gardener") == "");
  const Office* fm = Dict().FindOffice("foreign-minister");
  BOOST_REQUIRE(fm != nullptr);
  BOOST_TEST(fm->title == "Foreign Minister");
}

BOOST_AUTO_TEST_CASE(holder_of_an_office_on_a_date) {
  BOOST_TEST(Holder("Foreign Minister", "turkiye", "2026-05-06") == "hakan-fidan");
  BOOST_TEST(Holder("Foreign Minister", "turkiye", "2023-06-03") == "mevlut-cavusoglu");
  BOOST_TEST(Holder("FM", "Turkish", "2020-01-01") == "mevlut-cavusoglu");
  BOOST_TEST(Holder("Minister of Foreign Affairs", "Türkiye", "2015-09-15") == "feridun-sinirlioglu");
  BOOST_TEST(Holder("Defence Minister", "Ankara", "2022-01-01") == "hulusi-akar");
  BOOST_TEST(Holder("head of state", "azerbaijan", "2026-05-04") == "ilham-aliyev");  // President implies it
  BOOST_TEST(Holder("Speaker", "azerbaijan", "2026-05-04") == "sahiba-gafarova");
  BOOST_TEST(Holder("Secretary General", "inter-parliamentary-union", "2026-05-04") == "martin-chungong");
  BOOST_TEST(Holder("EU foreign policy chief", "european-union", "2026-05-05") == "kaja-kallas");
  BOOST_TEST(Holder("top diplomat", "European Union", "2024-06-01") == "josep-borrell");
  BOOST_TEST(Holder("Prime Minister", "ukraine", "2025-07-16") == "denys-shmyhal");
  BOOST_TEST(Holder("Prime Minister", "ukraine", "2025-07-17") == "yulia-svyrydenko");
  BOOST_TEST(Holder("Foreign Minister", "azerbaijan", "") == "jeyhun-bayramov");  // now
  BOOST_TEST(Holder("Foreign Minister", "azerbaijan", "1990-01-01") == "(none)");
  BOOST_TEST(Holder("Chief Gardener", "azerbaijan", "2026-05-04") == "(none)");
  BOOST_TEST(Holder("Foreign Minister", "Narnia", "2026-05-04") == "(none)");
}

// --- Rules and partial dates, on small dictionaries -------------------------

const char kSmall[] = R"({
  "offices": {"president": {"title": "President", "synonyms": ["head of state"]}},
  "actors": [
    {"id": "ruritania", "name": "Ruritania", "kind": "country", "demonyms": ["Ruritanian"],
     "capital": "Strelsau"},
    {"id": "rudolf", "name": "Rudolf Rassendyll", "kind": "person",
     "roles": [{"office": "President", "country": "ruritania", "from": "2019", "to": "2024-06"}]},
    {"id": "flavia", "name": "Flavia Elphberg", "kind": "person",
     "roles": [{"office": "President", "country": "ruritania", "from": "2024-06-15", "to": ""}]}
  ]
})";

BOOST_AUTO_TEST_CASE(partial_dates_cover_their_month_or_year) {
  Result<ActorDictionary> r = ActorDictionary::FromJson(kSmall, "small.json");
  BOOST_REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  BOOST_TEST(r->CheckReferences().ok());
  BOOST_TEST(Holder("President", "ruritania", "2018-12-31", *r) == "(none)");
  BOOST_TEST(Holder("President", "ruritania", "2019-01-01", *r) == "rudolf");
  BOOST_TEST(Holder("head of state", "Ruritanian", "2024-06-10", *r) == "rudolf");
  // Both roles cover 2024-06-20: the later appointment wins.
  BOOST_TEST(Holder("President", "Strelsau", "2024-06-20", *r) == "flavia");
  BOOST_TEST(Holder("President", "ruritania", "2024-07-01", *r) == "flavia");
  const DictionaryEntry* flavia = r->FindId("flavia");
  BOOST_REQUIRE(flavia != nullptr);
  BOOST_TEST(flavia->actor.role == "President of Ruritania");
  BOOST_TEST(flavia->actor.country == "ruritania");
}

BOOST_AUTO_TEST_CASE(add_overrides_by_id_and_applies_templates) {
  ActorDictionary d = Dict();
  std::size_t before = d.entries().size();
  std::string path = testing::TempDir() + "/extra.json";
  testing::WriteFileOrDie(path, R"({"actors": [
    {"id": "hakan-fidan", "name": "Hakan Fidan", "kind": "person", "name_ja": "フィダン外相",
     "roles": [{"office": "Foreign Minister", "country": "turkiye", "from": "2023-06-04", "to": "2026-05-01"}]},
    {"id": "ruritania", "name": "Ruritania", "kind": "country", "demonyms": ["Ruritanian"], "capital": "Strelsau"},
    {"id": "rudolf", "name": "Rudolf Rassendyll", "kind": "person", "country": "ruritania",
     "roles": [{"office": "Foreign Minister", "country": "turkiye", "from": "2026-05-02", "to": ""}]}
  ]})");
  Result<ActorDictionary> extra = ActorDictionary::ReadFile(path);
  BOOST_REQUIRE_MESSAGE(extra.ok(), extra.status().ToString());
  Status s = d.Add(*extra);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.ToString());
  // One country, one person, and the country's three institutions are new.
  BOOST_TEST(d.entries().size() == before + 5);
  BOOST_TEST(d.FindId("hakan-fidan")->actor.name_ja == "フィダン外相");
  BOOST_TEST(d.FindId("hakan-fidan")->roles.size() == 1u);
  BOOST_TEST(Holder("Foreign Minister", "turkiye", "2026-05-06", d) == "rudolf");
  BOOST_TEST(Ids(d.Lookup("Ruritanian Foreign Ministry")) == "ministry-of-foreign-affairs-of-ruritania");
  BOOST_TEST(Ids(d.Lookup("Strelsau")) == "ruritania");
  // The built-in dictionary itself is unchanged.
  BOOST_TEST(Holder("Foreign Minister", "turkiye", "2026-05-06") == "hakan-fidan");
}

BOOST_AUTO_TEST_CASE(add_refuses_a_conflict_and_changes_nothing) {
  ActorDictionary d = Dict();
  std::size_t before = d.entries().size();
  Result<ActorDictionary> extra = ActorDictionary::FromJson(R"({"actors": [
  {"id": "another-fidan", "name": "Hakan Fidan", "kind": "person", "roles": []}]})",
                                                            "extra.json");
  BOOST_REQUIRE(extra.ok());
  Status s = d.Add(*extra);
  BOOST_TEST(!s.ok());
  BOOST_TEST(s.ToString() ==
             "extra.json:2:3: 'Hakan Fidan' of actor 'another-fidan' is already claimed by 'hakan-fidan' "
             "('Hakan Fidan', data/actors.json:" + std::to_string(d.FindId("hakan-fidan")->line) + ")");
  BOOST_TEST(d.entries().size() == before);
  // A reference to an id that exists nowhere.
  extra = ActorDictionary::FromJson(R"({"actors": [
  {"id": "x", "name": "X", "kind": "person", "country": "narnia", "roles": []}]})",
                                    "extra.json");
  BOOST_REQUIRE(extra.ok());
  BOOST_TEST(d.Add(*extra).ToString() == "extra.json:2:3: actor 'x': country 'narnia' is not a known actor id");
  BOOST_TEST(d.FindId("x") == nullptr);
}

// --- Errors, each with its whole message ------------------------------------

BOOST_AUTO_TEST_CASE(malformed_json_names_line_and_column) {
  BOOST_TEST(ParseError("{\n  \"actors\": [\n    {\"id\": \"x\",}\n  ]\n}") ==
             "t.json:3:16: Missing a name for object member.");
  BOOST_TEST(ParseError("{\"actors\": [\n  {\"id\": \"é\" \"name\": 1}]}") ==
             "t.json:2:14: Missing a comma or '}' after an object member.");
  BOOST_TEST(ParseError("") == "t.json:1:1: The document is empty.");
  BOOST_TEST(ParseError("{\"actors\": [\"\xff\"]}") == "t.json:1:14: invalid UTF-8");
  // a sequence cut by the end of the text (RapidJSON's decoder would read
  // past the end; found by fuzz_actor_dictionary)
  BOOST_TEST(ParseError("{\"actors\": [\"\xe3\x82") == "t.json:1:14: invalid UTF-8");
  BOOST_TEST(ParseError("{} x") == "t.json:1:4: The document root must not be followed by other values.");
  BOOST_TEST(ParseError("[]") == "t.json:1:1: the top level must be an object");
}

BOOST_AUTO_TEST_CASE(missing_and_wrong_typed_fields_name_actor_and_field) {
  BOOST_TEST(ParseError("{\"actors\": [\n {\"id\": \"a\", \"kind\": \"person\"}]}") ==
             "t.json:2:2: actor 'a': missing field 'name'");
  BOOST_TEST(ParseError("{\"actors\": [{\"name\": \"A\", \"kind\": \"person\"}]}") ==
             "t.json:1:13: actor #1: missing field 'id'");
  BOOST_TEST(ParseError("{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"aliases\": \"A.\"}]}") ==
             "t.json:1:13: actor 'a': field 'aliases' must be an array of strings");
  BOOST_TEST(ParseError("{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"alias\": []}]}") ==
             "t.json:1:13: actor 'a': unknown field 'alias'");
  BOOST_TEST(ParseError("{\"actors\": [{\"id\": \"Ilham Aliyev\", \"name\": \"A\", \"kind\": \"person\"}]}") ==
             "t.json:1:13: actor #1: id 'Ilham Aliyev' is not a lowercase slug (a-z, 0-9, single hyphens)");
  BOOST_TEST(ParseError("{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"capital\": \"B\"}]}") ==
             "t.json:1:13: actor 'a': only a country has demonyms and a capital");
  BOOST_TEST(ParseError("{\"actors\": {}}") == "t.json:1:12: 'actors' must be an array");
}

BOOST_AUTO_TEST_CASE(duplicate_id) {
  BOOST_TEST(ParseError("{\"actors\": [\n"
                        "  {\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"},\n"
                        "  {\"id\": \"a\", \"name\": \"B\", \"kind\": \"person\"}]}") ==
             "t.json:3:3: duplicate actor id 'a' (first defined at line 2)");
}

BOOST_AUTO_TEST_CASE(alias_claimed_by_two_actors) {
  BOOST_TEST(ParseError("{\"actors\": [\n"
                        "  {\"id\": \"b\", \"name\": \"Hikmet Hajiyev\", \"kind\": \"person\"},\n"
                        "  {\"id\": \"a\", \"name\": \"H. Hajiyev\", \"kind\": \"person\", \"aliases\": [\"Hikmet HAJIYEV\"]}]}") ==
             "t.json:3:3: 'Hikmet HAJIYEV' of actor 'a' is already claimed by 'b' ('Hikmet Hajiyev', t.json:2)");
  // A demonym counts as a claim too.
  BOOST_TEST(ParseError("{\"actors\": [\n"
                        "  {\"id\": \"c1\", \"name\": \"Congo\", \"kind\": \"country\", \"demonyms\": [\"Congolese\"]},\n"
                        "  {\"id\": \"c2\", \"name\": \"DR Congo\", \"kind\": \"country\", \"demonyms\": [\"Congolese\"]}]}") ==
             "t.json:3:3: 'Congolese' of actor 'c2' is already claimed by 'c1' ('Congolese', t.json:2)");
}

BOOST_AUTO_TEST_CASE(unknown_kind) {
  BOOST_TEST(ParseError("{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"persn\"}]}") ==
             "t.json:1:13: actor 'a': unknown kind 'persn' (expected person, organization, country or event)");
}

BOOST_AUTO_TEST_CASE(bad_dates_in_roles) {
  const std::string head = "{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"roles\": [\n    ";
  BOOST_TEST(ParseError(head + "{\"office\": \"President\", \"country\": \"x\", \"from\": \"2024-02-30\"}]}]}") ==
             "t.json:2:5: actor 'a': role 1: bad date '2024-02-30' (expected YYYY-MM-DD, YYYY-MM, YYYY or \"\")");
  BOOST_TEST(ParseError(head + "{\"office\": \"President\", \"country\": \"x\", \"from\": \"2024-02-29\"}]}]}") == "OK");
  BOOST_TEST(ParseError(head + "{\"office\": \"President\", \"country\": \"x\", \"to\": \"05.05.2026\"}]}]}") ==
             "t.json:2:5: actor 'a': role 1: bad date '05.05.2026' (expected YYYY-MM-DD, YYYY-MM, YYYY or \"\")");
  BOOST_TEST(ParseError(head + "{\"office\": \"President\", \"country\": \"x\", \"from\": \"2024-03\", \"to\": \"2024-02\"}]}]}") ==
             "t.json:2:5: actor 'a': role 1: ends (2024-02) before it starts (2024-03)");
  BOOST_TEST(ParseError(head + "{\"country\": \"x\"}]}]}") == "t.json:2:5: actor 'a': role 1: missing field 'office'");
}

BOOST_AUTO_TEST_CASE(office_and_template_errors) {
  BOOST_TEST(ParseError("{\"offices\": {\"fm\": {\"title\": \"FM\"}, \"foreign-minister\": {\"title\": \"Foreign Minister\", "
                        "\"synonyms\": [\"FM\"]}}}") ==
             "t.json:1:57: office phrase 'FM' names both 'fm' and 'foreign-minister'");
  BOOST_TEST(ParseError("{\"institution_templates\": [{\"id\": \"ministry-of-x\", \"name\": \"M\"}]}") ==
             "t.json:1:28: institution template 'ministry-of-x': the id must be a slug containing {country}");
}

BOOST_AUTO_TEST_CASE(read_file_errors) {
  const std::string dir = testing::TempDir();
  Result<ActorDictionary> r = ActorDictionary::ReadFile(dir + "/missing.json");
  BOOST_TEST(!r.ok());
  BOOST_TEST(r.status().ExitCode() == static_cast<int>(Status::Code::kNotFound));
  r = ActorDictionary::ReadFile(dir);
  BOOST_TEST(r.status().ExitCode() == static_cast<int>(Status::Code::kIOError));
  BOOST_TEST(r.status().ToString() == dir + ": is a directory, not an actor dictionary");
  std::string bad = dir + "/bad.json";
  testing::WriteFileOrDie(bad, "{\n\"actors\": [}\n");
  r = ActorDictionary::ReadFile(bad);
  BOOST_TEST(r.status().ExitCode() == static_cast<int>(Status::Code::kCorruption));
  BOOST_TEST(r.status().ToString() == bad + ":2:12: Invalid value.");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace actorgraph
