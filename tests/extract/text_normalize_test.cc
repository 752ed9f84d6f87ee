// MatchKey must agree with the scorer's normalisation
// (../shared/spec/interactions.md), on the ASCII fast path and the general
// utf8proc path alike.

#include <boost/test/unit_test.hpp>

#include "actorgraph/text_normalize.h"

using namespace actorgraph;

BOOST_AUTO_TEST_SUITE(text_normalize)

BOOST_AUTO_TEST_CASE(match_key_folds_case_marks_punctuation_and_the) {
  BOOST_TEST(MatchKey("The European Parliament") == "european parliament");
  BOOST_TEST(MatchKey("  U.S.  State Dept. ") == "u s state dept");
  BOOST_TEST(MatchKey("Çavuşoğlu") == "cavusoglu");
  BOOST_TEST(MatchKey("Jean-Noël Barrot") == "jean noel barrot");
  BOOST_TEST(MatchKey("TÜRKİYE") == "turkiye");
  BOOST_TEST(MatchKey("Türkıye") == "turkiye");  // dotless ı
  BOOST_TEST(MatchKey("Theodor") == "theodor");  // "the" only as a word
  BOOST_TEST(MatchKey("Armenia–EU Summit") == "armenia eu summit");
  BOOST_TEST(MatchKey("ＳＡＨＡ　２０２６") == "saha 2026");  // full-width, NFKD
  BOOST_TEST(MatchKey("アリエフ") == "アリエフ");
  BOOST_TEST(MatchKey("") == "");
}

BOOST_AUTO_TEST_CASE(ascii_and_general_paths_agree) {
  // The same text with one non-ASCII character added at the end takes the
  // general path; the keys must differ only by that character's key.
  const char* samples[] = {"The  Hague", "MFA of Azerbaijan", "Al-Sudani", "___x__", "O'Neil"};
  for (const char* s : samples) {
    BOOST_TEST(MatchKey(std::string(s) + " é") == MatchKey(s) + (MatchKey(s).empty() ? "e" : " e"));
  }
}

BOOST_AUTO_TEST_CASE(utf8_validation_and_nfc) {
  BOOST_TEST(FindInvalidUtf8("plain") == std::string_view::npos);
  BOOST_TEST(FindInvalidUtf8("ok\xc3") == 2u);
  BOOST_TEST(FindInvalidUtf8("a\xff" "b") == 1u);
  BOOST_TEST(NormalizeNfc("e\xcc\x81") == "\xc3\xa9");  // e + combining acute -> é
}

BOOST_AUTO_TEST_SUITE_END()
