// LayoutText: words with boxes (as poppler reports them) back to the lines
// of a digest. Pages are drawn by hand; no PDF tools are needed.
//
// A page below: 10-point lines 12 points apart, text from x = 50 to at most
// x = 250 (the widest line), Latin letters 5 wide, CJK characters 10 wide,
// a space 5 wide.

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "pdf_text.h"
#include "text_util.h"

namespace actorgraph {
namespace {

using reader::PdfPageWords;
using reader::PdfWord;

constexpr double kLeft = 50, kPitch = 12;

// One line of words at row `row` (0 = top). Words are split at spaces;
// each character is 5 wide, or 10 for CJK.
void AddLine(PdfPageWords* page, int row, const std::string& text) {
  double x = kLeft, top = 40 + row * kPitch;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find(' ', start), text.size());
    std::string word = text.substr(start, end - start);
    double width = 0, first = 0;
    for (std::size_t pos = 0; pos < word.size();) {
      double w = reader::IsCjk(reader::NextCodePoint(word, &pos)) ? 10 : 5;
      if (width == 0) first = w;
      width += w;
    }
    if (!word.empty()) page->push_back(PdfWord{x, top, x + width, top + 10, word, end < text.size(), first});
    x += width + 5;
    start = end + 1;
  }
}

BOOST_AUTO_TEST_SUITE(reader_layout)

BOOST_AUTO_TEST_CASE(wrapped_lines_run_on_and_gaps_break_paragraphs) {
  // row 0: full to x=250 (40 characters)      -> wraps: "word" would not fit
  // row 1: short end of the paragraph
  // row 3: after an empty row: a new paragraph
  PdfPageWords page;
  AddLine(&page, 0, "aaaa bbbb cccc dddd eeee ffff gggg hhhhh");  // 40 characters = 200 wide
  AddLine(&page, 1, "word ends.");
  AddLine(&page, 3, "New paragraph.");
  BOOST_TEST(reader::LayoutText({page}) == "aaaa bbbb cccc dddd eeee ffff gggg hhhhh word ends.\n\nNew paragraph.");
}

BOOST_AUTO_TEST_CASE(short_line_is_a_hard_break) {
  // "State" (25 wide) would have fitted after row 1 (room 200 - 60 = 140).
  PdfPageWords page;
  AddLine(&page, 0, "aaaa bbbb cccc dddd eeee ffff gggg hhhhh");
  AddLine(&page, 1, "● 会談します");
  AddLine(&page, 2, "State Dept. warns travelers");
  BOOST_TEST(reader::LayoutText({page}) == "aaaa bbbb cccc dddd eeee ffff gggg hhhhh\n● 会談します\nState Dept. warns travelers");
}

BOOST_AUTO_TEST_CASE(cjk_wrap_joins_without_space) {
  // The headline is the widest line; the next CJK character would not fit.
  PdfPageWords page;
  AddLine(&page, 0, "● アゼルバイジャンとジョージアの軍事専門家が");
  AddLine(&page, 1, "会合を開催");
  BOOST_TEST(reader::LayoutText({page}) == "● アゼルバイジャンとジョージアの軍事専門家が会合を開催");
}

BOOST_AUTO_TEST_CASE(construct_never_runs_on) {
  PdfPageWords page;
  AddLine(&page, 0, "aaaa bbbb cccc dddd eeee ffff gggg hhhhh");
  AddLine(&page, 1, "- a bullet");
  AddLine(&page, 2, "● 見出し");
  BOOST_TEST(reader::LayoutText({page}) == "aaaa bbbb cccc dddd eeee ffff gggg hhhhh\n- a bullet\n● 見出し");
}

BOOST_AUTO_TEST_CASE(page_breaks) {
  // Page 1 ends with a full line: the paragraph goes on on page 2. Page 2
  // ends with a short line: page 3 starts a new paragraph. Page numbers go.
  PdfPageWords one, two, three;
  AddLine(&one, 0, "Short first line.");
  AddLine(&one, 1, "aaaa bbbb cccc dddd eeee ffff gggg hhhhh");
  AddLine(&one, 3, "1");
  AddLine(&two, 0, "continues here.");
  AddLine(&two, 1, "- 2 -");
  AddLine(&three, 0, "Next paragraph.");
  BOOST_TEST(reader::LayoutText({one, two, three}) ==
             "Short first line.\naaaa bbbb cccc dddd eeee ffff gggg hhhhh continues here.\n\nNext paragraph.");
}

BOOST_AUTO_TEST_CASE(words_out_of_order_and_tight_spacing) {
  // Poppler may list words in any order; a gap without a reported space
  // still separates words when it is wide.
  PdfPageWords page;
  page.push_back(PdfWord{100, 40, 125, 50, "world", false, 5});
  page.push_back(PdfWord{50, 40.5, 75, 50.5, "Hello", false, 5});
  page.push_back(PdfWord{125, 40, 130, 50, ".", false, 5});
  BOOST_TEST(reader::LayoutText({page}) == "Hello world.");
}

BOOST_AUTO_TEST_CASE(empty_pages) {
  BOOST_TEST(reader::LayoutText({}) == "");
  BOOST_TEST(reader::LayoutText({PdfPageWords{}, PdfPageWords{}}) == "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
