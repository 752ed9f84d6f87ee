// Text of a PDF for the digest parser (private to the reader), through
// poppler-cpp.
//
// Poppler gives words with boxes; LayoutText rebuilds the lines the digest
// parser expects:
// - words are grouped into lines by their vertical centre, ordered by x;
// - a vertical gap over 1.5 line pitches (the smallest distance between
//   line tops that occurs twice) is an empty line: a paragraph break;
// - a line runs on into the next (a typesetter's wrap, within a page or over
//   a page break) when the first word of the next line would not have fitted
//   into the room left at the end of this one (room measured against the
//   widest line of the document); the two join like wrapped text (no space
//   between CJK characters, else one space). A next line that opens a
//   construct ("●", "- ", "NOTE:", "END") never runs on;
// - a page break that is not a wrap is a paragraph break;
// - a page's first or last line that is only a page number is dropped.
// So a digest typeset with wrapped paragraphs reads back with one line per
// paragraph, as its text was; line numbers are those of the rebuilt text.

#ifndef ACTORGRAPH_EXTRACT_PDF_TEXT_H_
#define ACTORGRAPH_EXTRACT_PDF_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/status.h"

namespace actorgraph {
namespace reader {

// One word as poppler reports it (page coordinates, y grows downwards).
struct PdfWord {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string text;  // UTF-8
  bool space_after = false;
  double first_char_width = 0;
};
using PdfPageWords = std::vector<PdfWord>;

// The words of every page. Corruption for data poppler cannot open, an
// encrypted file, or a document without pages.
Result<std::vector<PdfPageWords>> ReadPdfWords(std::string_view bytes, const std::string& file);

// The rebuilt text (see above), '\n' line ends.
std::string LayoutText(const std::vector<PdfPageWords>& pages);

// ReadPdfWords + LayoutText; Corruption when the PDF holds no text (scanned
// pages need OCR first).
Result<std::string> PdfToText(std::string_view bytes, const std::string& file);

}  // namespace reader
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_PDF_TEXT_H_
