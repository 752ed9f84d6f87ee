// Coverage of the shipped actor dictionary (data/actors.json): every UN
// member state, the observers and Taiwan are countries with a Japanese name
// and a capital; demonyms, capitals and official names find them; the
// international and regional organisations news names are there; and no
// spelling names two actors. Sentences are our own.

#include <iterator>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "actorgraph/actor_dictionary.h"
#include "extractor_test_util.h"

namespace actorgraph {
namespace {

const ActorDictionary& Dict() { return ActorDictionary::BuiltIn(); }

// The ids Lookup() returns, joined by ",".
std::string LookupIds(const std::string& name) {
  std::string out;
  for (const DictionaryEntry* e : Dict().Lookup(name)) out += (out.empty() ? "" : ",") + e->actor.id;
  return out;
}
std::string CountryId(const std::string& word) {
  const DictionaryEntry* e = Dict().CountryOf(word);
  return e == nullptr ? "(none)" : e->actor.id;
}

// Checks that `find` maps each name to its id.
void ExpectAll(std::string (*find)(const std::string&),
               const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [name, id] : cases) BOOST_TEST(find(name) == id, name);
}

// The 193 member states of the United Nations, by the short name the
// dictionary displays.
const char* const kUnMembers[] = {
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
    "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana",
    "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon",
    "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros",
    "Republic of the Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia",
    "North Korea", "DR Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador",
    "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
    "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada",
    "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan",
    "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia",
    "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives",
    "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
    "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia", "Norway", "Oman",
    "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland",
    "Portugal", "Qatar", "South Korea", "Moldova", "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis",
    "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino", "São Tomé and Príncipe",
    "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
    "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan",
    "Suriname", "Sweden", "Switzerland", "Syria", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom", "Tanzania", "United States", "Uruguay", "Uzbekistan",
    "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
};

// Names of two countries that share an adjective are given to neither;
// the dictionary documents these in data/README.md.
const char* const kCountriesWithoutDemonym[] = {"central-african-republic", "dominica", "dr-congo", "holy-see",
                                                "republic-of-the-congo"};

}  // namespace

BOOST_AUTO_TEST_SUITE(actor_dictionary_coverage)

BOOST_AUTO_TEST_CASE(every_un_member_state_is_a_country) {
  BOOST_TEST(std::size(kUnMembers) == 193u);
  std::set<std::string> ids;
  for (const char* name : kUnMembers) {
    std::vector<const DictionaryEntry*> found = Dict().Lookup(name);
    BOOST_TEST_REQUIRE(found.size() == 1u, name);
    const DictionaryEntry& e = *found[0];
    BOOST_TEST(e.actor.name == name);
    BOOST_TEST(ToString(e.actor.kind) == std::string("country"), name);
    BOOST_TEST(!e.actor.name_ja.empty(), name);
    BOOST_TEST(!e.capital.empty(), name);
    ids.insert(e.actor.id);
  }
  BOOST_TEST(ids.size() == 193u);  // 193 different actors
  // The observers, Taiwan, Kosovo and Northern Cyprus besides.
  for (const char* other : {"holy-see", "palestine", "taiwan", "kosovo", "northern-cyprus"}) {
    const DictionaryEntry* e = Dict().FindId(other);
    BOOST_TEST_REQUIRE(e != nullptr, other);
    BOOST_TEST(ToString(e->actor.kind) == std::string("country"), other);
  }
  int countries = 0;
  for (const DictionaryEntry& e : Dict().entries()) countries += e.actor.kind == ActorKind::kCountry;
  BOOST_TEST(countries == 198);
}

BOOST_AUTO_TEST_CASE(countries_have_demonyms_unless_ambiguous) {
  std::set<std::string> without(std::begin(kCountriesWithoutDemonym), std::end(kCountriesWithoutDemonym));
  for (const DictionaryEntry& e : Dict().entries()) {
    if (e.actor.kind != ActorKind::kCountry) continue;
    BOOST_TEST(e.demonyms.empty() == (without.count(e.actor.id) == 1), e.actor.id);
  }
}

BOOST_AUTO_TEST_CASE(demonyms_find_their_country) {
  ExpectAll(CountryId, {
      {"Gabonese", "gabon"},
      {"Senegalese", "senegal"},
      {"Bissau-Guinean", "guinea-bissau"},
      {"Guinean", "guinea"},
      {"Equatoguinean", "equatorial-guinea"},
      {"Papua New Guinean", "papua-new-guinea"},
      {"Nigerien", "niger"},
      {"Nigerian", "nigeria"},
      {"Costa Rican", "costa-rica"},
      {"Burmese", "myanmar"},
      {"Ivorian", "cote-d-ivoire"},
      {"Burkinabe", "burkina-faso"},  // diacritics ignored
      {"Swazi", "eswatini"},
      {"Lao", "laos"},
      {"Taiwanese", "taiwan"},
      {"South Sudanese", "south-sudan"},
      {"Sudanese", "sudan"},
      {"Dominican", "dominican-republic"},  // not Dominica: see data/README.md
  });
}

BOOST_AUTO_TEST_CASE(official_names_and_variants_find_their_country) {
  ExpectAll(CountryId, {
      {"Republic of Costa Rica", "costa-rica"},
      {"Ivory Coast", "cote-d-ivoire"},
      {"Cote d'Ivoire", "cote-d-ivoire"},
      {"Burma", "myanmar"},
      {"Swaziland", "eswatini"},
      {"DRC", "dr-congo"},
      {"Democratic Republic of the Congo", "dr-congo"},
      {"Congo-Brazzaville", "republic-of-the-congo"},
      {"Republic of Congo", "republic-of-the-congo"},
      {"East Timor", "timor-leste"},
      {"Cape Verde", "cabo-verde"},
      {"The Gambia", "gambia"},  // a leading "the" is ignored
      {"St. Lucia", "saint-lucia"},
      {"Sao Tome and Principe", "sao-tome-and-principe"},
      {"Lao People's Democratic Republic", "laos"},
      {"United Republic of Tanzania", "tanzania"},
      {"Plurinational State of Bolivia", "bolivia"},
      {"Chinese Taipei", "taiwan"},
      {"People's Republic of China", "china"},
  });
}

BOOST_AUTO_TEST_CASE(capitals_find_their_country) {
  ExpectAll(CountryId, {
      {"Libreville", "gabon"},
      {"Dakar", "senegal"},
      {"Bissau", "guinea-bissau"},
      {"Conakry", "guinea"},
      {"Naypyidaw", "myanmar"},
      {"Asuncion", "paraguay"},
      {"San Jose", "costa-rica"},
      {"Dar es Salaam", "tanzania"},  // seat of government beside Dodoma
      {"Abidjan", "cote-d-ivoire"},
      {"Kinshasa", "dr-congo"},
      {"Brazzaville", "republic-of-the-congo"},
      {"Taipei", "taiwan"},
      {"Port-of-Spain", "trinidad-and-tobago"},
      {"Nuku'alofa", "tonga"},
  });
}

BOOST_AUTO_TEST_CASE(japanese_names_find_their_country) {
  ExpectAll(LookupIds, {
      {"コスタリカ", "costa-rica"},
      {"ガボン", "gabon"},
      {"ギニアビサウ", "guinea-bissau"},
      {"ギニア", "guinea"},
      {"赤道ギニア", "equatorial-guinea"},
      {"コンゴ民主共和国", "dr-congo"},
      {"コンゴ共和国", "republic-of-the-congo"},
      {"ドミニカ国", "dominica"},
      {"ドミニカ共和国", "dominican-republic"},
      {"台湾", "taiwan"},
      {"ダカール", "senegal"},
      {"ガボン外務省", "ministry-of-foreign-affairs-of-gabon"},
  });
}

BOOST_AUTO_TEST_CASE(names_two_countries_share_name_neither) {
  ExpectAll(LookupIds, {{"Congolese", ""}, {"Congo", ""}, {"Central African", ""}});
}

BOOST_AUTO_TEST_CASE(new_countries_get_their_institutions) {
  ExpectAll(LookupIds, {
      {"Gabonese Foreign Ministry", "ministry-of-foreign-affairs-of-gabon"},
      {"Senegal's Ministry of Defence", "ministry-of-defense-of-senegal"},
      {"Bissau-Guinean Parliament", "parliament-of-guinea-bissau"},
      {"Foreign Ministry of the Democratic Republic of the Congo", "ministry-of-foreign-affairs-of-dr-congo"},
  });
}

BOOST_AUTO_TEST_CASE(international_organisations_by_name_and_abbreviation) {
  const std::pair<const char*, const char*> kOrgs[] = {
      {"ECOWAS", "ecowas"},
      {"Economic Community of West African States", "ecowas"},
      {"CEDEAO", "ecowas"},
      {"SADC", "sadc"},
      {"East African Community", "east-african-community"},
      {"IGAD", "igad"},
      {"Mercosur", "mercosur"},
      {"CELAC", "celac"},
      {"Organization of American States", "organization-of-american-states"},
      {"OAS", "organization-of-american-states"},
      {"Caribbean Community", "caricom"},
      {"Andean Community", "andean-community"},
      {"Pacific Islands Forum", "pacific-islands-forum"},
      {"SAARC", "saarc"},
      {"BIMSTEC", "bimstec"},
      {"Asia-Pacific Economic Cooperation", "apec"},
      {"League of Arab States", "arab-league"},
      {"Gulf Cooperation Council", "gcc"},
      {"World Food Programme", "wfp"},
      {"FAO", "fao"},
      {"International Labour Organization", "ilo"},
      {"ICAO", "icao"},
      {"IOM", "iom"},
      {"OHCHR", "ohchr"},
      {"New Development Bank", "new-development-bank"},
      {"AfDB", "african-development-bank"},
      {"IsDB", "islamic-development-bank"},
      {"IDB", "inter-american-development-bank"},
      {"Amnesty International", "amnesty-international"},
      {"HRW", "human-rights-watch"},
      {"Reporters sans frontières", "reporters-without-borders"},
      {"RSF", "reporters-without-borders"},
      {"Transparency International", "transparency-international"},
      {"ICRC", "international-committee-of-the-red-cross"},
      {"WHO", "world-health-organization"},
      {"AU", "african-union"},
      {"UN Human Rights Council", "un-human-rights-council"},
      {"UNRWA", "unrwa"},
      {"OECD", "oecd"},
  };
  for (const auto& [name, id] : kOrgs) {
    BOOST_TEST(LookupIds(name) == id, name);
    const DictionaryEntry* e = Dict().FindId(id);
    BOOST_TEST_REQUIRE(e != nullptr, id);
    BOOST_TEST(ToString(e->actor.kind) == std::string("organization"), id);
    BOOST_TEST(e->actor.country.empty(), id);  // international, not national
    BOOST_TEST(!e->actor.name_ja.empty(), id);
  }
  const DictionaryEntry* wfp = Dict().FindId("wfp");
  BOOST_REQUIRE(wfp != nullptr);
  BOOST_TEST(wfp->parent == "united-nations");
}

BOOST_AUTO_TEST_CASE(every_spelling_names_one_actor) {
  // The loader refuses a key two actors claim; check it through Lookup():
  // every spelling of every entry finds that entry and no other.
  BOOST_TEST(Dict().CheckReferences().ok());
  int checked = 0;
  for (const DictionaryEntry& e : Dict().entries()) {
    auto check = [&](const std::string& n) {
      std::vector<const DictionaryEntry*> found = Dict().Lookup(n);
      BOOST_TEST((found.size() == 1u && found[0] == &e), e.actor.id << ": " << n);
      ++checked;
    };
    check(e.actor.name);
    if (!e.actor.name_ja.empty()) check(e.actor.name_ja);
    if (!e.capital.empty()) check(e.capital);
    for (const auto* list : {&e.actor.aliases, &e.demonyms, &e.capital_aliases})
      for (const std::string& n : *list) check(n);
  }
  BOOST_TEST(checked > 3000);
}

BOOST_AUTO_TEST_CASE(the_extractor_types_the_new_countries) {
  // Without the countries in the dictionary, "Gabonese" and "Senegalese"
  // would type nobody and the meeting would be dropped.
  using V = std::vector<std::string>;
  BOOST_TEST(testing::Found("Gabonese President Brice Oligui Nguema met Senegalese Foreign Minister "
                            "Cheikh Niang in Libreville on Monday.",
                            "2026-07-08") == V({"meeting Brice Oligui Nguema -- Cheikh Niang 2026-07-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace actorgraph
