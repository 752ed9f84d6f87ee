// PatternTable: the shipped data parses, patterns compile, errors name the
// file, line and column, and a table adds to another.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "actorgraph/extractor.h"
#include "actorgraph/pattern_table.h"
#include "actorgraph/text_normalize.h"
#include "extract_text.h"
#include "extractor_test_util.h"
#include "test_util.h"

namespace actorgraph {
namespace {

std::string ErrorOf(const std::string& json) {
  Result<PatternTable> t = PatternTable::FromJson(json, "p.json");
  BOOST_TEST_REQUIRE(!t.ok());
  BOOST_TEST(static_cast<int>(t.status().code()) == static_cast<int>(Status::Code::kCorruption));
  return t.status().ToString();
}

BOOST_AUTO_TEST_SUITE(extractor_pattern_table)

BOOST_AUTO_TEST_CASE(built_in_table) {
  const PatternTable& t = PatternTable::BuiltIn();
  BOOST_TEST(t.rules().size() > 50u);
  BOOST_TEST(t.codes(InteractionType::kCall).cameo == "041");
  BOOST_TEST(t.codes(InteractionType::kSanction).plover == "SANCTION");
  BOOST_TEST(t.months().at("sept") == 9);
  BOOST_TEST(t.weekdays().at("tuesday") == 2);
  BOOST_TEST(!t.Words("title").empty());
  // Japanese cues: longest first, so 電話会談 is seen before 会談.
  BOOST_TEST(t.japanese_cues().front().first.size() >= t.japanese_cues().back().first.size());
  for (const PatternRule& r : t.rules()) {
    BOOST_TEST(!r.elements.empty(), r.id);
    BOOST_TEST(r.file == "data/patterns.json");
    BOOST_TEST(r.line > 0);
  }
}

BOOST_AUTO_TEST_CASE(compile) {
  std::vector<PatternElement> e;
  std::string error;
  BOOST_TEST_REQUIRE(CompilePattern("S met|meets with? ~3 X", &e, &error));
  BOOST_TEST_REQUIRE(e.size() == 5u);
  BOOST_TEST(static_cast<int>(e[0].kind) == static_cast<int>(PatternElement::Kind::kSubject));
  BOOST_TEST(e[1].words == std::vector<std::string>({"met", "meets"}), boost::test_tools::per_element());
  BOOST_TEST(e[2].optional);
  BOOST_TEST(e[3].skip == 3);
  BOOST_TEST(e[4].slot == 'X');
  BOOST_TEST(CompilePattern("S criticiz* O", &e, &error));
  BOOST_TEST(e[1].prefixes == std::vector<std::string>({"criticiz"}), boost::test_tools::per_element());
  BOOST_TEST(!CompilePattern("X S met", &e, &error));
  BOOST_TEST(error == "S (the subject) must be the first element");
  BOOST_TEST(!CompilePattern("S met ~20 X", &e, &error));
  BOOST_TEST(error == "\"~20\": ~N needs N from 1 to 12");
  BOOST_TEST(!CompilePattern("S X", &e, &error));
  BOOST_TEST(error == "a pattern needs at least one required word (its trigger)");
}

BOOST_AUTO_TEST_CASE(errors_name_file_line_and_column) {
  BOOST_TEST(ErrorOf("{\n  \"rules\": [\n    {\"id\": \"x\", \"type\": \"meeting\", \"pattern\": \"S X\"}\n  ]\n}") ==
             "p.json:3:5: rule \"x\": a pattern needs at least one required word (its trigger)");
  BOOST_TEST(ErrorOf("{\"rules\": [{\"id\": \"x\", \"type\": \"chat\", \"pattern\": \"S met X\"}]}") ==
             "p.json:1:12: rule \"x\": unknown or missing \"type\"");
  BOOST_TEST(ErrorOf("{\n\"words\": {\"titel\": [\"King\"]}}") == "p.json:2:20: unknown word class \"titel\"");
  BOOST_TEST(ErrorOf("{\"places\": {\"Karachi\": \"\"}}") == "p.json:1:23: place \"Karachi\" needs a country id");
  BOOST_TEST(ErrorOf("{\"metonyms\": {\"Brussels\": 1}}") ==
             "p.json:1:26: metonym \"Brussels\" needs an actor id");
  BOOST_TEST(ErrorOf("{\"metonyms\": []}") == "p.json:1:14: \"metonyms\" must be an object of place -> actor id");
  // a UTF-8 sequence cut by the end of the text
  BOOST_TEST(ErrorOf("{\"words\": {\"title\": [\"\xe3\x82") == "p.json:1:23: invalid UTF-8");
  BOOST_TEST(ErrorOf("{\"rules\": [{\"id\": \"x\", \"type\": \"meeting\", \"pattern\": \"S met X\", \"target\": \"Z\"}]}") ==
             "p.json:1:12: rule \"x\": \"target\" names no slot of the pattern");
  BOOST_TEST(ErrorOf("{\"rules\": [\n{\"id\": \"x\", \"type\": \"meeting\", \"pattern\": \"S met X\"},\n"
                     "{\"id\": \"x\", \"type\": \"call\", \"pattern\": \"S phoned X\"}]}") ==
             "p.json:3:1: duplicate rule id \"x\"");
  BOOST_TEST(ErrorOf("{\"rules\": [}") == "p.json:1:12: Invalid value.");
  BOOST_TEST(ErrorOf("{\"colour\": 1}") == "p.json:1:11: unknown field \"colour\"");
  BOOST_TEST(ErrorOf("{\"rules\": [{\"id\": \"x\", \"type\": \"meeting\", \"pattern\": \"S met X\", "
                     "\"source_kinds\": [\"planet\"]}]}") ==
             "p.json:1:12: rule \"x\": \"source_kinds\": unknown actor kind");
  BOOST_TEST(ErrorOf("{\"rules\": [{\"id\": \"x\", \"type\": \"meeting\", \"pattern\": \"S met X\", "
                     "\"target_kinds\": \"person\"}]}") ==
             "p.json:1:12: rule \"x\": \"target_kinds\" must be a list of kinds");
}

BOOST_AUTO_TEST_CASE(missing_file) {
  Result<PatternTable> t = PatternTable::ReadFile(testing::TempDir() + "/none.json");
  BOOST_TEST(!t.ok());
  BOOST_TEST(static_cast<int>(t.status().code()) == static_cast<int>(Status::Code::kNotFound));
}

BOOST_AUTO_TEST_CASE(an_analyst_adds_a_rule) {
  // "broke the fast with X" is not a built-in construction...
  Document doc = testing::LinesDocument({"Icelandic Prime Minister Kristrun Frostadottir broke the fast with "
                                         "Faroese Prime Minister Aksel Johannesen."},
                                        "2026-06-10");
  Events before = testing::Extract(doc);
  BOOST_TEST(before.interactions.empty());
  // ... until a table adds it.
  Result<PatternTable> more = PatternTable::FromJson(
      R"({"words": {"title": ["Taoiseach"]},
          "rules": [{"id": "meeting.broke_fast_with", "type": "meeting", "cameo": "043",
                     "pattern": "S broke|breaks ~1 fast with X"}]})",
      "more.json");
  BOOST_TEST_REQUIRE(more.ok(), more.status().ToString());
  PatternTable table = PatternTable::BuiltIn();
  std::size_t n = table.rules().size();
  table.Add(more.value());
  BOOST_TEST(table.rules().size() == n + 1);
  Extractor extractor(testing::DictionaryWithoutPersons(), table);
  Events after = extractor.Run(doc);
  BOOST_TEST(testing::Lines(after) ==
                 std::vector<std::string>({"meeting Aksel Johannesen -- Kristrun Frostadottir 2026-06-10"}),
             boost::test_tools::per_element());
  BOOST_TEST(after.interactions[0].evidence[0].rule == "meeting.broke_fast_with");
  BOOST_TEST(after.interactions[0].cameo == "043");
  // A rule with a known id replaces it.
  Result<PatternTable> replace = PatternTable::FromJson(
      R"({"rules": [{"id": "meeting.broke_fast_with", "type": "praise", "pattern": "S broke ~1 fast with X"}]})",
      "replace.json");
  BOOST_TEST_REQUIRE(replace.ok());
  table.Add(replace.value());
  BOOST_TEST(table.rules().size() == n + 1);
  BOOST_TEST(static_cast<int>(table.rules().back().type) == static_cast<int>(InteractionType::kPraise));
}

BOOST_AUTO_TEST_CASE(fold_key_is_match_key) {
  // The engine's fast key must equal the dictionary's MatchKey.
  for (const char* text : {"Çavuşoğlu", "İlham Əliyev", "Jean-Noël Barrot", "The European Union", "ﬁnance",
                           "Zelenskyy's", "U.S.-Iran", "2026–2030", "Kęstutis Budrys", "Straße", "ı", "Ⅳ",
                           "e\xcc\x81t\xc3\xa9", "  spaced   out  ", "a½b", "東京", "Al-Shaibani", "the"})
    BOOST_TEST(engine::FoldKey(text) == MatchKey(text), text);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
