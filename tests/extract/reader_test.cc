// The digest reader on the digest format: the real digest in ../shared,
// the fixture in tests/data, and small digests written inline (ninja
// style: parse from a string, assert whole values and messages).

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "actorgraph/digest_reader.h"
#include "actorgraph/document.h"
#include "test_util.h"

namespace actorgraph {
namespace {

Document Parse(const std::string& text, const ReadOptions& options = ReadOptions()) {
  Result<Document> doc = ParseDigest(text, "in.txt", options);
  BOOST_TEST_REQUIRE(doc.ok(), doc.status().ToString());
  return std::move(doc).value();
}

std::vector<std::string> Messages(const Document& doc) {
  std::vector<std::string> out;
  for (const Warning& w : doc.warnings) out.push_back(w.ToString());
  return out;
}

// Whole warnings, "file:line: warning: message", in order.
void ExpectWarnings(const Document& doc, const std::vector<std::string>& expected) {
  BOOST_TEST(Messages(doc) == expected, boost::test_tools::per_element());
}

std::vector<std::string> Texts(const Item& item) {
  std::vector<std::string> out;
  for (const Block& b : item.blocks) out.push_back(std::string(ToString(b.kind)) + ": " + b.text);
  return out;
}

// A digest around `items` (the text after the section line).
std::string Digest(const std::string& items) {
  return "週報\n\n2026年5月2日～5月8日\n\n大使館\n\n1. 外政関連\n\n" + items + "\nEND\n";
}

// ---------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(reader_shared_digest)

struct Shared {
  Shared() {
    if (testing::SharedDir().empty()) return;
    path = testing::SharedDir() + "/data/bulletin-2026-05-02.txt";
    Result<Document> read = ReadDigestFile(path);
    BOOST_TEST_REQUIRE(read.ok(), read.status().ToString());
    doc = std::move(read).value();
  }
  bool skip() const {
    if (path.empty()) BOOST_TEST_MESSAGE("skipped: ../shared is absent");
    return path.empty();
  }
  std::string path;
  Document doc;
};

BOOST_FIXTURE_TEST_CASE(three_sections_twenty_three_items, Shared) {
  if (skip()) return;
  BOOST_TEST(doc.kind == DocumentKind::kDigest);
  BOOST_TEST(
      doc.title == (std::vector<std::string>{"アゼルバイジャン政治・治安情報", "(公開情報とりまとめ)"}),
      boost::test_tools::per_element());
  BOOST_TEST(doc.publisher == "在アゼルバイジャン大使館");
  BOOST_TEST(doc.period_start == "2026-05-02");
  BOOST_TEST(doc.period_end == "2026-05-08");
  BOOST_TEST_REQUIRE(doc.sections.size() == 3u);
  BOOST_TEST(doc.sections[0].name == "軍事・治安関係");
  BOOST_TEST(doc.sections[1].name == "内政関連");
  BOOST_TEST(doc.sections[2].name == "外政関連");
  BOOST_TEST(doc.sections[2].line == 55);
  BOOST_TEST_REQUIRE(doc.items.size() == 23u);
  std::vector<int> per_section(4, 0);
  for (const Item& item : doc.items) {
    BOOST_TEST_CONTEXT("item " << item.index) {
      BOOST_TEST(!item.source.outlets.empty());
      BOOST_TEST(item.source.date.size() == 10u);
      BOOST_TEST(!item.headline_ja.empty());
      BOOST_TEST(!item.headline_en.empty());
      BOOST_TEST(!item.blocks.empty());
    }
    ++per_section[item.section];
  }
  BOOST_TEST(per_section == (std::vector<int>{0, 4, 1, 18}), boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(broken_date_repaired_with_warning, Shared) {
  if (skip()) return;
  const Item& item = doc.items[13];
  BOOST_TEST(item.source.raw == "TREND, REPORT / 05.05.20256");
  BOOST_TEST(item.source.outlets == (std::vector<std::string>{"TREND", "REPORT"}),
             boost::test_tools::per_element());
  BOOST_TEST(item.source.date == "2026-05-05");
  BOOST_TEST(item.source.line == 164);
  ExpectWarnings(doc, {path + ":164: warning: source date \"05.05.20256\" is malformed; "
                              "repaired to 2026-05-05, the only reading near the period "
                              "2026-05-02..2026-05-08"});
}

BOOST_FIXTURE_TEST_CASE(headline_variants, Shared) {
  if (skip()) return;
  // 3: "**" around the Japanese; 10: English on the same line; 11: English on
  // the very next line; 18: "**" opened on the Japanese line, closed on the
  // English one; 21: English in "**" on the same line.
  BOOST_TEST(doc.items[2].headline_ja == "米 국무省、アゼルバイジャンへの渡航回避を呼びかけ");
  BOOST_TEST(doc.items[2].headline_en == "State Dept. warns travelers to avoid Azerbaijan");
  BOOST_TEST(doc.items[9].headline_ja ==
             "アルメニア・EU 首脳会合宣言、バクー・エレバン間の和平努力及び地域正常化を支持");
  BOOST_TEST(doc.items[9].headline_en ==
             "Armenia–EU Summit declaration backs Baku-Yerevan peace efforts, regional normalization");
  BOOST_TEST(doc.items[10].headline_en == "Speaker of Azerbaijani Parliament meets IPU Secretary General");
  BOOST_TEST(doc.items[17].headline_ja ==
             "アゼルバイジャン、フランス外相の上院での発言を「挑発的」として拒否");
  BOOST_TEST(doc.items[17].headline_en ==
             "Azerbaijan rejects French minister's remarks at Senate as \"provocative\"");
  BOOST_TEST(doc.items[17].blocks.front().line == 196);
  BOOST_TEST(doc.items[19].headline_en ==
             "Parliament Speaker is on a visit to Montenegro for Mediterranean Summit");
  BOOST_TEST(doc.items[20].headline_ja ==
             "アゼルバイジャン大統領補佐官、ポーランド政府関係者と二国間関係について協議");
  BOOST_TEST(doc.items[20].headline_en ==
             "Azerbaijani presidential aide holds talks with Polish official on bilateral relations");
  BOOST_TEST(doc.items[22].headline_ja ==
             "MINVAL : アゼルバイジャン・NATO 協力を妨害しているとしてフランスを非難");
}

BOOST_FIXTURE_TEST_CASE(page_breaks_joined, Shared) {
  if (skip()) return;
  const Item& item2 = doc.items[1];
  BOOST_TEST_REQUIRE(item2.blocks.size() == 4u);
  BOOST_TEST(item2.blocks[3].line == 29);
  BOOST_TEST(item2.blocks[3].text.find("all UAVs presented at the exhibition will be manufactured") !=
             std::string::npos);
  // An upper-case continuation after prose cut mid-sentence (lines 87/89).
  BOOST_TEST(doc.items[7].blocks[5].text.find("to host the European Political Community Summit.") !=
             std::string::npos);
  // The subheading stays a paragraph of its own.
  BOOST_TEST(doc.items[8].blocks[2].text == "Press statements");
  BOOST_TEST(doc.items[8].blocks[3].line == 107);
  BOOST_TEST(doc.items[8].blocks[3].text.find("He also stressed the importance") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(notes_and_bullets_attached, Shared) {
  if (skip()) return;
  const Item& item6 = doc.items[5];
  BOOST_TEST_REQUIRE(item6.blocks.size() == 2u);
  BOOST_TEST(item6.blocks[1].kind == BlockKind::kNote);
  BOOST_TEST(item6.blocks[1].line == 63);
  BOOST_TEST(item6.blocks[1].text.substr(0, 26) == "According to Iranian MFA, ");
  BOOST_TEST(item6.blocks[1].text.back() == '.');
  BOOST_TEST(item6.source.line == 61);
  const Item& item9 = doc.items[8];
  BOOST_TEST_REQUIRE(item9.blocks.size() == 8u);
  BOOST_TEST(item9.blocks[6].kind == BlockKind::kNote);
  BOOST_TEST(item9.blocks[6].line == 117);
  BOOST_TEST(item9.blocks[7].kind == BlockKind::kNote);
  BOOST_TEST(item9.source.line == 113);
  const Item& item15 = doc.items[14];
  BOOST_TEST_REQUIRE(item15.blocks.size() == 3u);
  BOOST_TEST(item15.blocks[1].kind == BlockKind::kBullet);
  BOOST_TEST(item15.blocks[1].line == 172);
  BOOST_TEST(item15.blocks[1].text.substr(0, 15) == "Rusif Huseynov ");
  BOOST_TEST(item15.blocks[2].kind == BlockKind::kBullet);
  BOOST_TEST(item15.source.line == 173);
  BOOST_TEST(item15.blocks[2].text.back() == '.');
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(reader_fixture)

BOOST_AUTO_TEST_CASE(small_digest) {
  std::string path = testing::SourceDir() + "/tests/data/digest-small.txt";
  Result<Document> read = ReadDigestFile(path);
  BOOST_TEST_REQUIRE(read.ok(), read.status().ToString());
  const Document& doc = *read;
  BOOST_TEST(doc.period_start == "2026-05-30");
  BOOST_TEST(doc.period_end == "2026-06-05");
  BOOST_TEST_REQUIRE(doc.items.size() == 5u);
  BOOST_TEST(doc.items[1].blocks.size() == 1u);  // page break joined
  BOOST_TEST(doc.items[2].headline_en == "Foreign minister receives EU special representative");
  BOOST_TEST(
      Texts(doc.items[2]) ==
          (std::vector<std::string>{
              "paragraph: On June 3, the foreign minister and the special representative reviewed the "
              "state of talks on a new partnership framework. They also discussed transport links "
              "across the region.",
              "note: A joint statement is expected after the next round of consultations in Brussels."}),
      boost::test_tools::per_element());
  BOOST_TEST(doc.items[3].headline_ja == "大統領、地域協力フォーラムの参加者に書簡を送付");
  BOOST_TEST(doc.items[3].headline_en ==
             "President sends letter to participants of regional cooperation forum");
  BOOST_TEST(doc.items[3].source.raw == "APA / 04.06.2026");
  BOOST_TEST(doc.items[4].blocks.back().kind == BlockKind::kNote);
  ExpectWarnings(doc,
                 {path + ":23: warning: source date \"02.06.20266\" is malformed; repaired to 2026-06-02, "
                         "the only reading near the period 2026-05-30..2026-06-05",
                  path + ":43: warning: item 5 has no source line"});
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(reader_headlines)

BOOST_AUTO_TEST_CASE(japanese_then_english_after_blank) {
  Document doc = Parse(Digest("● 外相が会談\n\nFM holds talks\n\nThe ministers met. (TREND / 03.05.2026)\n"));
  BOOST_TEST_REQUIRE(doc.items.size() == 1u);
  BOOST_TEST(doc.items[0].headline_ja == "外相が会談");
  BOOST_TEST(doc.items[0].headline_en == "FM holds talks");
  BOOST_TEST(doc.items[0].headline_line == 9);
  BOOST_TEST(Texts(doc.items[0]) == std::vector<std::string>{"paragraph: The ministers met."},
             boost::test_tools::per_element());
  BOOST_TEST(doc.warnings.empty());
}

struct HeadlineCase {
  std::string name, lines, ja, en;  // `lines`: the item up to its body
};

// Every way the digests write the two headlines; each item's body is
// "Text." with its source, which must stay the body.
BOOST_AUTO_TEST_CASE(variants) {
  std::vector<HeadlineCase> cases{
      {"emphasis, English on the next line", "● **外相が会談**\nFM holds talks\n", "外相が会談",
       "FM holds talks"},
      {"English on the same line", "● 外相が EU 代表と会談 FM meets EU envoy\n", "外相が EU 代表と会談",
       "FM meets EU envoy"},
      {"English in emphasis on the same line", "● 外相が会談 **FM holds talks**\n", "外相が会談",
       "FM holds talks"},
      {"emphasis across both lines", "● **外相が会談\nFM holds talks**\n", "外相が会談", "FM holds talks"},
      {"Japanese wrapped inside open emphasis", "● **外相が欧州連合の\n代表と会談\nFM meets EU envoy**\n",
       "外相が欧州連合の代表と会談", "FM meets EU envoy"},
      {"English only", "● FM holds talks in Baku\n", "", "FM holds talks in Baku"},
  };
  for (const HeadlineCase& c : cases) {
    BOOST_TEST_CONTEXT(c.name) {
      Document doc = Parse(Digest(c.lines + "\nText. (TREND / 03.05.2026)\n"));
      BOOST_TEST_REQUIRE(doc.items.size() == 1u);
      BOOST_TEST(doc.items[0].headline_ja == c.ja);
      BOOST_TEST(doc.items[0].headline_en == c.en);
      BOOST_TEST(Texts(doc.items[0]) == std::vector<std::string>{"paragraph: Text."},
                 boost::test_tools::per_element());
      BOOST_TEST(doc.warnings.empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(no_english_headline_keeps_the_body) {
  std::string body =
      "On May 3, the ministers met in Baku and discussed transport, energy and the schedule of "
      "the next round of talks in detail.";
  Document doc = Parse(Digest("● 外相が会談\n\n" + body + " (TREND / 03.05.2026)\n"));
  BOOST_TEST(doc.items[0].headline_en == "");
  BOOST_TEST(Texts(doc.items[0]) == std::vector<std::string>{"paragraph: " + body},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(empty_headline_warned) {
  Document doc = Parse(Digest("●\n\nText. (TREND / 03.05.2026)\n"));
  ExpectWarnings(doc, {"in.txt:9: warning: item 1 has an empty headline"});
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(reader_period)

struct PeriodCase {
  std::string line, start, end;
};

BOOST_AUTO_TEST_CASE(forms) {
  std::vector<PeriodCase> cases{
      {"2026年5月2日～5月8日", "2026-05-02", "2026-05-08"},
      {"2026年5月28日～6月3日", "2026-05-28", "2026-06-03"},
      {"2026年12月27日～2027年1月2日", "2026-12-27", "2027-01-02"},
      {"2026年12月27日～1月2日", "2026-12-27", "2027-01-02"},
      {"2026年5月2日~5月8日", "2026-05-02", "2026-05-08"},
      {"2026年5月2日 〜 8日", "2026-05-02", "2026-05-08"},
      {"2026年5月2日（土）～5月8日（金）", "2026-05-02", "2026-05-08"},
      {"２０２６年５月２日～５月８日", "2026-05-02", "2026-05-08"},
  };
  for (const PeriodCase& c : cases) {
    BOOST_TEST_CONTEXT(c.line) {
      Document doc =
          Parse("週報\n" + c.line + "\n大使館\n\n● 会談 Talks held\n\nText. (TREND / 03.05.2026)\nEND\n");
      BOOST_TEST(doc.period_start == c.start);
      BOOST_TEST(doc.period_end == c.end);
      BOOST_TEST(doc.title == std::vector<std::string>{"週報"}, boost::test_tools::per_element());
      BOOST_TEST(doc.publisher == "大使館");
    }
  }
}

BOOST_AUTO_TEST_CASE(impossible_period_warned) {
  Document doc =
      Parse("週報\n2026年2月30日～3月2日\n\n● 会談 Talks held\n\nText. (TREND / 03.03.2026)\nEND\n");
  BOOST_TEST(doc.period_start == "");
  ExpectWarnings(doc,
                 {"in.txt:2: warning: period \"2026年2月30日～3月2日\" is not a calendar date; ignored",
                  "in.txt:4: warning: no period line (such as 2026年5月2日～5月8日) before the first item"});
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(reader_source)

BOOST_AUTO_TEST_CASE(outlets_and_date_forms) {
  Document doc =
      Parse(Digest("● 会談 Talks held\n\nText. (AZERTAG, X.COM / 06.05.2026)\n\n"
                   "● 会談 Talks held\n\nText. (APA / 6.5.2026)\n\n"
                   "● 会談 Talks held\n\nText. (APA / 2026-05-06)\n\n"
                   "● 会談 Talks held\n\nText. (APA / 06/05/2026)\n"));
  BOOST_TEST_REQUIRE(doc.items.size() == 4u);
  BOOST_TEST(doc.items[0].source.outlets == (std::vector<std::string>{"AZERTAG", "X.COM"}),
             boost::test_tools::per_element());
  for (const Item& item : doc.items) BOOST_TEST(item.source.date == "2026-05-06");
  BOOST_TEST(doc.items[3].source.outlets == std::vector<std::string>{"APA"},
             boost::test_tools::per_element());
  BOOST_TEST(doc.warnings.empty());
}

BOOST_AUTO_TEST_CASE(impossible_date_left_empty) {
  Document doc = Parse(Digest("● 会談 Talks held\n\nText. (APA / 31.02.2026)\n"));
  BOOST_TEST(doc.items[0].source.date == "");
  BOOST_TEST(doc.items[0].source.raw == "APA / 31.02.2026");
  ExpectWarnings(
      doc, {"in.txt:11: warning: source date \"31.02.2026\" is not a calendar date; the item has no date"});
}

BOOST_AUTO_TEST_CASE(impossible_date_takes_default_date) {
  ReadOptions options;
  options.default_date = "2026-05-04";
  Document doc = Parse(Digest("● 会談 Talks held\n\nText. (APA / 31.02.2026)\n"), options);
  BOOST_TEST(doc.items[0].source.date == "2026-05-04");
}

BOOST_AUTO_TEST_CASE(malformed_date_repaired_from_other_items) {
  Document doc = Parse(
      "● 会談 Talks held\n\nText. (APA / 04.05.2026)\n\n● 会談 Talks held\n\nText. (APA / "
      "055.05.2026)\nEND\n");
  BOOST_TEST(doc.items[1].source.date == "2026-05-05");
  ExpectWarnings(doc,
                 {"in.txt:1: warning: no period line (such as 2026年5月2日～5月8日) before the first item",
                  "in.txt:7: warning: source date \"055.05.2026\" is malformed; repaired to 2026-05-05, "
                  "the only reading near the other items' dates"});
}

BOOST_AUTO_TEST_CASE(ambiguous_repair_refused) {
  // 05.05.20256 could be 2025 or 2026 without a period or other dates.
  Document doc = Parse("● 会談 Talks held\n\nText. (APA / 05.05.20256)\nEND\n");
  BOOST_TEST(doc.items[0].source.date == "");
  BOOST_TEST(Messages(doc).back() ==
             "in.txt:3: warning: source date \"05.05.20256\" is malformed and cannot be repaired "
             "(0 readings near the other items' dates); the item has no date");
}

BOOST_AUTO_TEST_CASE(date_far_from_period_kept_with_warning) {
  Document doc = Parse(Digest("● 会談 Talks held\n\nText. (APA / 05.05.2025)\n"));
  BOOST_TEST(doc.items[0].source.date == "2025-05-05");
  ExpectWarnings(doc, {"in.txt:11: warning: source date \"05.05.2025\" is not near the "
                       "period 2026-05-02..2026-05-08; kept as written"});
}

BOOST_AUTO_TEST_CASE(source_on_its_own_line) {
  Document doc = Parse(Digest("● 会談 Talks held\n\nThe ministers met.\n\n(TREND / 03.05.2026)\n"));
  BOOST_TEST(Texts(doc.items[0]) == std::vector<std::string>{"paragraph: The ministers met."},
             boost::test_tools::per_element());
  BOOST_TEST(doc.items[0].source.line == 13);
  BOOST_TEST(doc.items[0].source.date == "2026-05-03");
}

BOOST_AUTO_TEST_CASE(parenthesis_without_date_is_text) {
  Document doc =
      Parse(Digest("● 会談 Talks held\n\nThe speaker met the head of the Inter-Parliamentary Union (IPU)\n"));
  BOOST_TEST(doc.items[0].source.outlets.empty());
  BOOST_TEST(doc.items[0].blocks[0].text ==
             "The speaker met the head of the Inter-Parliamentary Union (IPU)");
  ExpectWarnings(doc, {"in.txt:9: warning: item 1 has no source line"});
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(reader_structure)

BOOST_AUTO_TEST_CASE(page_break_rules) {
  Document doc =
      Parse(Digest("● 会談 Talks held\n\n"
                   "The ministers discussed the new road and the\n\n"  // lower-case continuation
                   "bridge over the river.\n\n"
                   "Both sides agreed that the schedule of the works on the\n\n"  // prose, upper case next
                   "Lachin Corridor should be published.\n\n"
                   "Press statements\n\n"                        // a subheading
                   "The minister said the talks went well.\n\n"  // ends a sentence
                   "later steps were not named. (TREND / 03.05.2026)\n"));
  BOOST_TEST(
      Texts(doc.items[0]) ==
          (std::vector<std::string>{
              "paragraph: The ministers discussed the new road and the bridge over the river.",
              "paragraph: Both sides agreed that the schedule of the works on the Lachin Corridor should "
              "be published.",
              "paragraph: Press statements", "paragraph: The minister said the talks went well.",
              "paragraph: later steps were not named."}),
      boost::test_tools::per_element());
  BOOST_TEST(doc.items[0].blocks[1].line == 15);
}

BOOST_AUTO_TEST_CASE(japanese_paragraph_joined_without_space) {
  Document doc =
      Parse(Digest("● 会談 Talks "
                   "held\n\n両外相は首都で会談し、道路と鉄道の建設計画、交通と\n\nエネルギーについて協議した"
                   "。(TREND / 03.05.2026)\n"));
  BOOST_TEST(doc.items[0].blocks[0].text ==
             "両外相は首都で会談し、道路と鉄道の建設計画、交通とエネルギーについて協議した。");
}

BOOST_AUTO_TEST_CASE(bullets_and_notes) {
  Document doc = Parse(
      Digest("● 会談 Talks held\n\nThe sides agreed:\n- first point;\n- second point\nwrapped on.\n\n"
             "NOTE: The text was not published.\n\nA later paragraph of the note. (TREND / 03.05.2026)\n"));
  BOOST_TEST(
      Texts(doc.items[0]) ==
          (std::vector<std::string>{"paragraph: The sides agreed:", "bullet: first point;",
                                    "bullet: second point wrapped on.", "note: The text was not published.",
                                    "note: A later paragraph of the note."}),
      boost::test_tools::per_element());
  BOOST_TEST(doc.items[0].source.outlets == std::vector<std::string>{"TREND"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(numbered_list_in_body_is_not_a_section) {
  Document doc = Parse(Digest(
      "● 会談 Talks held\n\nThe sides agreed on:\n1. Transport\n2. Energy.\n\nText. (TREND / 03.05.2026)\n"));
  BOOST_TEST(doc.sections.size() == 1u);
  BOOST_TEST(doc.items[0].blocks[0].text == "The sides agreed on: 1. Transport 2. Energy.");
}

BOOST_AUTO_TEST_CASE(text_after_end_and_outside_items) {
  Document doc = Parse(
      "週報\n2026年5月2日～5月8日\n大使館\n\n1. 外政関連\n\nStray remark\n\n● 会談 Talks held\n\n"
      "Text. (TREND / 03.05.2026)\n\n3. 経済\n\nEND\n\nappendix\n");
  ExpectWarnings(doc, {"in.txt:7: warning: text outside any item ignored: \"Stray remark\"",
                       "in.txt:13: warning: section 3 out of order (expected 2)",
                       "in.txt:17: warning: text after END ignored"});
}

BOOST_AUTO_TEST_CASE(truncated_digest) {
  Document doc = Parse(
      "週報\n2026年5月2日～5月8日\n大使館\n\n1. 外政関連\n\n● 会談 Talks held\n\nThe ministers met and");
  BOOST_TEST(doc.items.size() == 1u);
  ExpectWarnings(doc, {"in.txt:7: warning: item 1 has no source line"});
}

BOOST_AUTO_TEST_CASE(text_is_nfc) {
  // "Barrot" with a decomposed e + combining acute in "Noël"-style names.
  Document doc = Parse(Digest("● 会談 Talks held\n\nJean-Noe\xCC\x88l Barrot spoke. (TREND / 03.05.2026)\n"));
  BOOST_TEST(doc.items[0].blocks[0].text == "Jean-No\xC3\xABl Barrot spoke.");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(reader_plain_text)

const char kArticle[] =
    "Azerbaijan and Georgia discuss border crossings\n\n"
    "Officials of the two countries met in Tbilisi on Monday to discuss the opening of a new\n"
    "crossing point on the shared border.\n\n"
    "They agreed to meet again next month.\n";

BOOST_AUTO_TEST_CASE(article_is_one_item) {
  ReadOptions options;
  options.default_date = "2026-05-11";
  Document doc = Parse(kArticle, options);
  BOOST_TEST(doc.kind == DocumentKind::kPlainText);
  BOOST_TEST_REQUIRE(doc.items.size() == 1u);
  const Item& item = doc.items[0];
  BOOST_TEST(item.index == 1);
  BOOST_TEST(item.headline_ja == "");
  BOOST_TEST(item.headline_en == "");
  BOOST_TEST(item.source.date == "2026-05-11");
  BOOST_TEST(doc.period_start == "2026-05-11");
  BOOST_TEST(
      Texts(item) ==
          (std::vector<std::string>{
              "paragraph: Azerbaijan and Georgia discuss border crossings",
              "paragraph: Officials of the two countries met in Tbilisi on Monday to discuss the opening "
              "of a new crossing point on the shared border.",
              "paragraph: They agreed to meet again next month."}),
      boost::test_tools::per_element());
  BOOST_TEST(item.blocks[1].line == 3);
  BOOST_TEST(doc.warnings.empty());
}

BOOST_AUTO_TEST_CASE(article_without_date_warns) {
  Document doc = Parse(kArticle);
  ExpectWarnings(doc, {"in.txt:1: warning: the text has no date; give one with --date YYYY-MM-DD"});
}

BOOST_AUTO_TEST_CASE(article_with_source_line) {
  Document doc = Parse("The ministers met in Baku. (TREND / 03.05.2026)\n");
  BOOST_TEST(doc.items[0].source.date == "2026-05-03");
  BOOST_TEST(doc.warnings.empty());
}

BOOST_AUTO_TEST_CASE(plain_mode_forced_on_a_digest) {
  ReadOptions options;
  options.mode = ReadOptions::Mode::kPlainText;
  Document doc = Parse(Digest("● 会談 Talks held\n\nText. (TREND / 03.05.2026)\n"), options);
  BOOST_TEST(doc.kind == DocumentKind::kPlainText);
  BOOST_TEST(doc.items.size() == 1u);
}

BOOST_AUTO_TEST_CASE(lines_mode) {
  ReadOptions options;
  options.mode = ReadOptions::Mode::kLines;
  options.default_date = "2026-05-11";
  Document doc =
      Parse("Aliyev met Meloni in Baku.\n\nBayramov called Sybiha. (TREND / 06.05.2026)\n", options);
  BOOST_TEST(doc.kind == DocumentKind::kLines);
  BOOST_TEST_REQUIRE(doc.items.size() == 2u);
  BOOST_TEST(doc.items[0].index == 1);
  BOOST_TEST(doc.items[1].index == 3);
  BOOST_TEST(doc.items[1].line == 3);
  BOOST_TEST(doc.items[0].source.date == "2026-05-11");
  BOOST_TEST(doc.items[1].source.date == "2026-05-06");
  BOOST_TEST(Texts(doc.items[1]) == std::vector<std::string>{"paragraph: Bayramov called Sybiha."},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lines_without_date_warn_once) {
  ReadOptions options;
  options.mode = ReadOptions::Mode::kLines;
  Document doc = Parse("one\ntwo\n", options);
  ExpectWarnings(doc, {"in.txt:1: warning: 2 lines have no date; give one with --date YYYY-MM-DD"});
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(reader_json)

BOOST_AUTO_TEST_CASE(stable_json) {
  Document doc = Parse(Digest("● 会談 \"Talks\" held\n\nText.\n- point (TREND / 03.05.2026)\n"));
  BOOST_TEST(DocumentToJson(doc) ==
             "{\n"
             "  \"file\": \"in.txt\",\n"
             "  \"kind\": \"digest\",\n"
             "  \"title\": [\n    \"週報\"\n  ],\n"
             "  \"publisher\": \"大使館\",\n"
             "  \"period\": {\n    \"start\": \"2026-05-02\",\n    \"end\": \"2026-05-08\"\n  },\n"
             "  \"sections\": [\n    {\n      \"number\": 1,\n      \"name\": \"外政関連\",\n      \"line\": "
             "7\n    }\n  ],\n"
             "  \"items\": [\n    {\n"
             "      \"index\": 1,\n      \"section\": 1,\n      \"line\": 9,\n"
             "      \"headline_ja\": \"会談\",\n      \"headline_en\": \"\\\"Talks\\\" held\",\n"
             "      \"headline_line\": 9,\n"
             "      \"source\": {\n        \"outlets\": [\n          \"TREND\"\n        ],\n"
             "        \"date\": \"2026-05-03\",\n        \"raw\": \"TREND / 03.05.2026\",\n        \"line\": "
             "12\n      },\n"
             "      \"blocks\": [\n"
             "        {\n          \"kind\": \"paragraph\",\n          \"line\": 11,\n          \"text\": "
             "\"Text.\"\n        },\n"
             "        {\n          \"kind\": \"bullet\",\n          \"line\": 12,\n          \"text\": "
             "\"point\"\n        }\n"
             "      ]\n    }\n  ],\n"
             "  \"warnings\": []\n"
             "}\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
