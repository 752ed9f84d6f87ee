// Test helpers for the PDF path of the digest reader: a small typesetter
// that turns a digest's text into a multi-page PDF with Debian tools, and a
// comparison of two documents' models.

#ifndef ACTORGRAPH_TESTS_EXTRACT_DIGEST_PDF_H_
#define ACTORGRAPH_TESTS_EXTRACT_DIGEST_PDF_H_

#include <string>

#include "actorgraph/document.h"

namespace actorgraph {
namespace testing {

// Why the tools for TypesetPdf are missing ("" when dot, pdfunite and the
// font Noto Sans Mono CJK JP are all there). Debian packages: graphviz,
// poppler-utils, fonts-noto-cjk.
std::string MissingPdfTools();

// Typesets `text` as a word processor would: paragraphs wrapped at 480 pt
// (breaks at spaces and between two CJK characters, never inside a word),
// 10 pt Noto Sans Mono CJK JP, `lines_per_page` lines a page. Glyph advances
// are measured first from a calibration PDF (through poppler), so lines
// fill the measure exactly as the font sets them. Each page is one Graphviz
// graph rendered with `dot -Tpdf`; `pdfunite` joins the pages. Returns "" on
// success, else what failed.
std::string TypesetPdf(const std::string& text, const std::string& pdf_path,
                       int lines_per_page = 48);

// "" when a and b hold the same model: title, publisher, period, sections
// (number, name), items (index, section, headlines, block kinds and texts,
// source outlets, raw text and date) and warning messages. Line numbers
// are not compared (a PDF's text has other lines). Else the first
// difference, named.
std::string ModelDifference(const Document& a, const Document& b);

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_EXTRACT_DIGEST_PDF_H_
