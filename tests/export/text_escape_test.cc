// The escaping and number formatting every exporter relies on.

#include <clocale>
#include <cmath>

#include <boost/test/unit_test.hpp>

#include "dates.h"
#include "text_escape.h"

namespace actorgraph {
namespace export_internal {
namespace {

BOOST_AUTO_TEST_SUITE(text_escape)

BOOST_AUTO_TEST_CASE(sanitize_keeps_valid_text_and_replaces_the_rest) {
  const std::string fffd = "\xEF\xBF\xBD";
  BOOST_TEST(SanitizeUtf8("plain ascii\ttab\nline\r") == "plain ascii\ttab\nline\r");
  BOOST_TEST(SanitizeUtf8("\xE3\x82\xA2 \xF0\x9F\x98\x80") == "\xE3\x82\xA2 \xF0\x9F\x98\x80");
  BOOST_TEST(SanitizeUtf8(std::string("a\0b", 3)) == "a" + fffd + "b");
  BOOST_TEST(SanitizeUtf8("a\x01\x1f" "b") == "a" + fffd + fffd + "b");
  BOOST_TEST(SanitizeUtf8("\xff") == fffd);                       // not UTF-8 at all
  BOOST_TEST(SanitizeUtf8("\xc3") == fffd);                       // truncated
  BOOST_TEST(SanitizeUtf8("\xc0\xaf") == fffd + fffd);            // overlong '/'
  BOOST_TEST(SanitizeUtf8("\xed\xa0\x80") == fffd + fffd + fffd);  // surrogate
  BOOST_TEST(SanitizeUtf8("\xef\xbf\xbe") == fffd);               // U+FFFE
  BOOST_TEST(SanitizeUtf8("\xf4\x90\x80\x80") == fffd + fffd + fffd + fffd);  // > U+10FFFF
  BOOST_TEST(SanitizeUtf8("\xE2\x80\xAE") == "\xE2\x80\xAE");  // RLO is allowed text
}

BOOST_AUTO_TEST_CASE(xml_text_and_attribute_escaping) {
  BOOST_TEST(XmlText("a<b>&\"'\r\n") == "a&lt;b&gt;&amp;\"'&#13;\n");
  BOOST_TEST(XmlAttribute("a<b>&\"'\t\r\n") == "a&lt;b&gt;&amp;&quot;&apos;&#9;&#13;&#10;");
  BOOST_TEST(XmlText("]]>") == "]]&gt;");
  BOOST_TEST(XmlText("x\x02y") == "x\xEF\xBF\xBDy");
}

BOOST_AUTO_TEST_CASE(csv_fields_follow_rfc_4180) {
  auto field = [](const std::string& s) {
    std::string out;
    AppendCsvField(&out, s);
    return out;
  };
  BOOST_TEST(field("plain") == "plain");
  BOOST_TEST(field("") == "");
  BOOST_TEST(field("a,b") == "\"a,b\"");
  BOOST_TEST(field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  BOOST_TEST(field("two\nlines") == "\"two\nlines\"");
  BOOST_TEST(field(" padded") == "\" padded\"");
}

BOOST_AUTO_TEST_CASE(diagram_labels_are_one_line_cut_and_escaped) {
  BOOST_TEST(DiagramLabel("  Ilham\n\tAliyev  ", 40) == "Ilham Aliyev");
  BOOST_TEST(DiagramLabel("back\\slash \\N", 40) == "back\\\\slash \\\\N");
  BOOST_TEST(DiagramLabel("abcdefghij", 5) == "ab...");
  BOOST_TEST(DiagramLabel("abcde", 5) == "abcde");
  // Cut by code points, never inside a character.
  BOOST_TEST(DiagramLabel("\xE9\x95\xB7\xE3\x81\x84\xE5\x90\x8D\xE5\x89\x8D\xE3\x81\xA7\xE3\x81\x99", 5) ==
             "\xE9\x95\xB7\xE3\x81\x84...");
  BOOST_TEST(DiagramLabel("ab cd", 4) == "a...");
  // (one character is kept however small the budget)
  BOOST_TEST(DiagramLabel("abcdef", 2) == "a...");
}

BOOST_AUTO_TEST_CASE(numbers_are_shortest_round_trip_in_any_locale) {
  // A locale with a decimal comma, when the machine has one.
  const char* set = std::setlocale(LC_ALL, "de_DE.UTF-8");
  BOOST_TEST(FormatDouble(1.0) == "1");
  BOOST_TEST(FormatDouble(0.1) == "0.1");
  BOOST_TEST(FormatDouble(2.5) == "2.5");
  BOOST_TEST(FormatDouble(1e-7) == "1e-07");
  BOOST_TEST(FormatDouble(0.14285714285714285) == "0.14285714285714285");
  BOOST_TEST(FormatDouble(std::nan("")) == "NaN");
  BOOST_TEST(FormatDouble(-1.0 / 0.0) == "-INF");
  std::string i;
  AppendInt(&i, -42);
  BOOST_TEST(i == "-42");
  if (set) std::setlocale(LC_ALL, "C");
}

BOOST_AUTO_TEST_CASE(adding_days_crosses_months_and_years) {
  BOOST_TEST(AddDays("2026-05-04", 6) == "2026-05-10");
  BOOST_TEST(AddDays("2026-12-28", 6) == "2027-01-03");
  BOOST_TEST(AddDays("2024-02-28", 1) == "2024-02-29");
  BOOST_TEST(AddDays("2025-02-28", 1) == "2025-03-01");
  BOOST_TEST(AddDays("2026-01-01", -1) == "2025-12-31");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace export_internal
}  // namespace actorgraph
