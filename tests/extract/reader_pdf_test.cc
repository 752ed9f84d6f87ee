// The digest reader's PDF path: a digest typeset as PDF (wrapped paragraphs,
// several pages; see digest_pdf.h) reads to the same model as its text.

#include <filesystem>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "actorgraph/digest_reader.h"
#include "digest_pdf.h"
#include "pdf_text.h"
#include "test_util.h"

namespace fs = std::filesystem;

namespace actorgraph {
namespace {

using testing::ModelDifference;
using testing::ReadFileOrDie;

// Reads `text_path`, typesets it, reads the PDF; both models must agree.
void CheckPdfMatchesText(const std::string& text_path, int lines_per_page) {
  std::string missing = testing::MissingPdfTools();
  if (!missing.empty()) {
    BOOST_TEST_MESSAGE("skipped: " << missing);
    return;
  }
  Result<Document> text = ReadDigestFile(text_path);
  BOOST_TEST_REQUIRE(text.ok(), text.status().ToString());
  std::string pdf = testing::TempDir() + "/" + fs::path(text_path).stem().string() + ".pdf";
  std::string error = testing::TypesetPdf(ReadFileOrDie(text_path), pdf, lines_per_page);
  BOOST_TEST_REQUIRE(error.empty(), error);
  Result<Document> from_pdf = ReadDigestFile(pdf);
  BOOST_TEST_REQUIRE(from_pdf.ok(), from_pdf.status().ToString());
  BOOST_TEST(from_pdf->items.size() == text->items.size());
  std::string difference = ModelDifference(*text, *from_pdf);
  BOOST_TEST(difference.empty(), text_path << " as PDF: " << difference);
}

BOOST_AUTO_TEST_SUITE(reader_pdf)

BOOST_AUTO_TEST_CASE(fixture_digest_pdf_equals_text) {
  CheckPdfMatchesText(testing::SourceDir() + "/tests/data/digest-small.txt", 20);
}

BOOST_AUTO_TEST_CASE(shared_digest_pdf_equals_text) {
  if (testing::SharedDir().empty()) {
    BOOST_TEST_MESSAGE("skipped: ../shared is absent");
    return;
  }
  CheckPdfMatchesText(testing::SharedDir() + "/data/bulletin-2026-05-02.txt", 48);
}

BOOST_AUTO_TEST_CASE(example_digests_pdf_equal_text) {
  std::vector<std::string> examples;
  for (const auto& entry : fs::directory_iterator(testing::SourceDir() + "/examples")) {
    if (entry.path().extension() == ".txt") examples.push_back(entry.path().string());
  }
  std::sort(examples.begin(), examples.end());
  if (examples.empty()) BOOST_TEST_MESSAGE("no examples/*.txt yet");
  for (const std::string& path : examples) {
    BOOST_TEST_CONTEXT(path) { CheckPdfMatchesText(path, 48); }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
