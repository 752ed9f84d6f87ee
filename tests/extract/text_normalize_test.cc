// MatchKey must agree with the scorer's normalisation
// (../shared/spec/interactions.md), on the ASCII fast path and the general
// utf8proc path alike.

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

#include <utf8proc.h>

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

BOOST_AUTO_TEST_CASE(nfc_by_runs_equals_nfc_of_the_whole) {
  // NormalizeNfc sends only the runs of non-ASCII bytes (with the ASCII
  // character before each) through utf8proc; the result must be utf8proc's
  // NFC of the whole text, invalid input (returned unchanged) included.
  auto whole = [](const std::string& text) {
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &out,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return text;
    std::string result(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
    std::free(out);
    return result;
  };
  // Pieces that compose across the run boundaries if anything does:
  // combining marks after ASCII, "<" + U+0338, Hangul jamo, marks in
  // non-canonical order, precomposed letters, CJK, an en dash, invalid
  // bytes.
  const char* pieces[] = {"e", "a", "<", "=", " ", ".", "Z", "\xcc\x81", "\xcc\x88", "\xcc\xb8",
                          "\xcc\xa3", "\xe1\x84\x80", "\xe1\x85\xa1", "\xe1\x86\xa8", "\xc3\xa9",
                          "\xe3\x82\xa2", "\xe2\x80\x93", "\xe0\xad\x87", "\xe0\xac\xbe", "\xc3", "\xff"};
  const int kPieces = sizeof pieces / sizeof pieces[0];
  uint32_t state = 2026;
  auto next = [&]() {
    state = state * 1664525u + 1013904223u;
    return state >> 16;
  };
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    int n = static_cast<int>(next() % 9);
    for (int k = 0; k < n; ++k) {
      int piece = static_cast<int>(next() % kPieces);
      if (piece >= kPieces - 2 && next() % 4 != 0) piece = 0;  // invalid bytes now and then
      text += pieces[piece];
    }
    BOOST_TEST(NormalizeNfc(text) == whole(text), text);
  }
}

BOOST_AUTO_TEST_SUITE_END()
