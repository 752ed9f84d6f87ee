// The digest reader on bad input (issue 6): each case gives one clear Status
// naming the file (and line and byte column where there is one) or, for
// encodings the reader accepts, the same model as plain UTF-8.

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <random>
#include <string>

#include <boost/test/unit_test.hpp>

#include "actorgraph/digest_reader.h"
#include "digest_pdf.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::ModelDifference;

std::string Fixture() { return testing::ReadFileOrDie(testing::SourceDir() + "/tests/data/digest-small.txt"); }

// Writes `bytes` to a fresh file called `name`; returns its path.
std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = testing::TempDir() + "/" + name;
  testing::WriteFileOrDie(path, bytes);
  return path;
}

Status ReadError(const std::string& path, const ReadOptions& options = ReadOptions()) {
  Result<Document> doc = ReadDigestFile(path, options);
  BOOST_TEST(!doc.ok());
  return doc.status();
}

Document ReadOk(const std::string& path) {
  Result<Document> doc = ReadDigestFile(path);
  BOOST_TEST_REQUIRE(doc.ok(), doc.status().ToString());
  return std::move(doc).value();
}

std::string ToUtf16(const std::string& utf8, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  auto put = [&](std::uint32_t unit) {
    char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  };
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n; ++k) cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += static_cast<std::size_t>(n);
    if (cp >= 0x10000) {
      put(0xD800 + ((cp - 0x10000) >> 10));
      put(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      put(cp);
    }
  }
  return out;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

const char kAccepted[] = "expected UTF-8 text, UTF-16 with a byte-order mark, or a PDF";

BOOST_AUTO_TEST_SUITE(reader_bad_input)

BOOST_AUTO_TEST_CASE(empty_file) {
  std::string path = WriteTemp("empty.txt", "");
  Status s = ReadError(path);
  BOOST_TEST(s.ToString() == path + ": empty file");
  BOOST_TEST(s.ExitCode() == 5);
}

BOOST_AUTO_TEST_CASE(white_space_only) {
  std::string path = WriteTemp("blank.txt", " \n\t\r\n\n");
  BOOST_TEST(ReadError(path).ToString() == path + ": no text (only white space)");
}

BOOST_AUTO_TEST_CASE(binary_file) {
  std::string path = WriteTemp("image.bin", std::string("GIF89a\n\x01\x02\0\x03", 11));
  Status s = ReadError(path);
  BOOST_TEST(s.ToString() == path + ":2:3: binary data (NUL byte); " + kAccepted);
  BOOST_TEST(s.ExitCode() == 5);
}

BOOST_AUTO_TEST_CASE(zip_header_is_not_taken_for_utf16) {
  std::string path = WriteTemp("archive.zip", std::string("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10));
  BOOST_TEST(ReadError(path).ToString() == path + ":1:6: binary data (NUL byte); " + kAccepted);
}

BOOST_AUTO_TEST_CASE(utf16_without_bom_gets_a_hint) {
  std::string path = WriteTemp("utf16.txt", ToUtf16("Azerbaijan digest text\n", false).substr(2));
  BOOST_TEST(ReadError(path).ToString() ==
             path + ":1:2: binary data (NUL byte); it looks like UTF-16 without a byte-order mark: save it as UTF-8");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_names_line_and_byte_column) {
  std::string path = WriteTemp("latin1.txt", "first line\nBaku, Az\xE9rbaycan\n");
  Status s = ReadError(path);
  BOOST_TEST(s.ToString() == path + ":2:9: invalid UTF-8 (byte 0xe9); " + kAccepted +
                                 "\nBaku, Az\\xe9rbaycan\n        ^ near here");
  BOOST_TEST(s.line() == 2);
  BOOST_TEST(s.column() == 9);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_context_is_cut_around_the_place) {
  std::string before(100, 'a'), after(100, 'b');
  std::string path = WriteTemp("long.txt", "外相 " + before + "\xFF" + after + "\n");
  Status s = ReadError(path);
  std::string shown = "..." + std::string(40, 'a') + "\\xff" + std::string(25, 'b') + "...";
  BOOST_TEST(s.ToString() == path + ":1:108: invalid UTF-8 (byte 0xff); " + kAccepted + "\n" + shown + "\n" +
                                 std::string(43, ' ') + "^ near here");
}

BOOST_AUTO_TEST_CASE(truncated_utf8_at_end) {
  std::string path = WriteTemp("cut.txt", "会談\n\xE4\xBC");
  BOOST_TEST(ReadError(path).ToString() == path + ":2:1: invalid UTF-8 (a truncated sequence); " + kAccepted +
                                               "\n\\xe4\\xbc\n^ near here");
}

BOOST_AUTO_TEST_CASE(utf16_with_bom_reads_like_utf8) {
  Document utf8 = ReadOk(WriteTemp("digest.txt", Fixture()));
  for (bool big_endian : {false, true}) {
    Document utf16 = ReadOk(WriteTemp(big_endian ? "be.txt" : "le.txt", ToUtf16(Fixture(), big_endian)));
    BOOST_TEST(ModelDifference(utf8, utf16) == "");
    BOOST_TEST(utf16.items[3].line == utf8.items[3].line);
  }
}

BOOST_AUTO_TEST_CASE(utf16_broken) {
  std::string odd = WriteTemp("odd.txt", ToUtf16("会談\n", false) + "x");
  BOOST_TEST(ReadError(odd).ToString() == odd + ":2:1: invalid UTF-16 (odd number of bytes)");
  std::string lone = WriteTemp("lone.txt", ToUtf16("ab\n", false) + std::string{'\x00', '\xD8', 'a', '\x00'});
  BOOST_TEST(ReadError(lone).ToString() == lone + ":2:1: invalid UTF-16 (unpaired surrogate)");
}

BOOST_AUTO_TEST_CASE(utf8_bom_dropped) {
  Document plain = ReadOk(WriteTemp("plain.txt", Fixture()));
  Document bom = ReadOk(WriteTemp("bom.txt", "\xEF\xBB\xBF" + Fixture()));
  BOOST_TEST(ModelDifference(plain, bom) == "");
  BOOST_TEST(bom.title.front() == "コーカサス情勢週報");
}

BOOST_AUTO_TEST_CASE(crlf_and_cr_line_ends) {
  Document lf = ReadOk(WriteTemp("lf.txt", Fixture()));
  for (const char* end : {"\r\n", "\r"}) {
    Document other = ReadOk(WriteTemp("other.txt", Replace(Fixture(), "\n", end)));
    BOOST_TEST(ModelDifference(lf, other) == "");
    BOOST_TEST(other.items[4].line == lf.items[4].line);
    BOOST_TEST(other.warnings[1].line == lf.warnings[1].line);
  }
}

BOOST_AUTO_TEST_CASE(control_characters_become_spaces) {
  std::string path = WriteTemp("ctl.txt", "The ministers\x07met.\x1B\nAgain.\n");
  Document doc = ReadOk(path);
  BOOST_TEST(doc.items[0].blocks[0].text == "The ministers met. Again.");
  BOOST_TEST(doc.warnings.front().ToString() == path + ":1: warning: control character U+0007 replaced by a space (and 1 more)");
}

BOOST_AUTO_TEST_CASE(missing_file) {
  std::string path = testing::TempDir() + "/missing.txt";
  Status s = ReadError(path);
  BOOST_TEST(s.ToString() == path + ": no such file");
  BOOST_TEST(s.ExitCode() == 3);
}

BOOST_AUTO_TEST_CASE(directory) {
  std::string dir = testing::TempDir();
  Status s = ReadError(dir);
  BOOST_TEST(s.ToString() == dir + ": is a directory, not a file");
  BOOST_TEST(s.ExitCode() == 4);
}

BOOST_AUTO_TEST_CASE(unreadable_file) {
  std::string path = WriteTemp("secret.txt", "text\n");
  chmod(path.c_str(), 0);
  if (access(path.c_str(), R_OK) == 0) {
    BOOST_TEST_MESSAGE("skipped: running as root, every file is readable");
    return;
  }
  Status s = ReadError(path);
  BOOST_TEST(s.ToString() == path + ": cannot open: Permission denied");
  BOOST_TEST(s.ExitCode() == 4);
}

BOOST_AUTO_TEST_CASE(over_the_size_limit) {
  ReadOptions options;
  options.max_bytes = 100;
  std::string path = WriteTemp("big.txt", std::string(101, 'a'));
  Status s = ReadError(path, options);
  BOOST_TEST(s.ToString() == path + ": file is 101 bytes, over the limit of 100 bytes");
  BOOST_TEST(s.ExitCode() == 6);
  Result<Document> in_memory = ParseDigest(std::string(101, 'a'), "mem.txt", options);
  BOOST_TEST(in_memory.status().ToString() == "mem.txt: input is 101 bytes, over the limit of 100 bytes");
  options.max_bytes = std::size_t{1} << 20;
  Result<Document> mib = ParseDigest(std::string(options.max_bytes + 1, 'a'), "mem.txt", options);
  BOOST_TEST(mib.status().ToString() == "mem.txt: input is 1048577 bytes, over the limit of 1048576 bytes (1 MiB)");
}

BOOST_AUTO_TEST_CASE(over_the_line_limit) {
  ReadOptions options;
  options.max_lines = 3;
  BOOST_TEST(ParseDigest("a\nb\nc\n", "in.txt", options).ok());
  Result<Document> doc = ParseDigest("a\nb\nc\nd\n", "in.txt", options);
  BOOST_TEST(doc.status().ToString() == "in.txt: too many lines: 4, over the limit of 3");
  BOOST_TEST(doc.status().ExitCode() == 6);
}

BOOST_AUTO_TEST_CASE(bad_default_date) {
  ReadOptions options;
  options.default_date = "2026-02-30";
  Result<Document> doc = ParseDigest("text\n", "in.txt", options);
  BOOST_TEST(doc.status().ToString() == "invalid date \"2026-02-30\": expected YYYY-MM-DD");
  BOOST_TEST(doc.status().ExitCode() == 2);
}

BOOST_AUTO_TEST_CASE(broken_pdf) {
  std::string path = WriteTemp("broken.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n");
  Status s = ReadError(path);
  BOOST_TEST(s.ToString() == path + ": not a readable PDF (damaged or truncated)");
  BOOST_TEST(s.ExitCode() == 5);
}

BOOST_AUTO_TEST_CASE(text_mentioning_the_pdf_magic_is_text) {
  Result<Document> doc = ParseDigest("Files start with %PDF-1.7 and a binary comment.\n", "in.txt");
  BOOST_TEST_REQUIRE(doc.ok(), doc.status().ToString());
  BOOST_TEST(doc->kind == DocumentKind::kPlainText);
  Result<Document> junk = ParseDigest("mail gateway junk\r\n%PDF-1.4\nbroken", "in.pdf");
  BOOST_TEST(junk.status().ToString() == "in.pdf: not a readable PDF (damaged or truncated)");
}

BOOST_AUTO_TEST_CASE(truncated_pdf) {
  std::string missing = testing::MissingPdfTools();
  if (!missing.empty()) {
    BOOST_TEST_MESSAGE("skipped: " << missing);
    return;
  }
  std::string pdf = testing::TempDir() + "/whole.pdf";
  BOOST_TEST_REQUIRE(testing::TypesetPdf(Fixture(), pdf) == "");
  std::string bytes = testing::ReadFileOrDie(pdf);
  std::string path = WriteTemp("half.pdf", bytes.substr(0, bytes.size() / 2));
  Result<Document> doc = ReadDigestFile(path);  // poppler may recover what it can
  if (!doc.ok()) BOOST_TEST(doc.status().ToString().rfind(path + ": ", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(single_50_mb_line) {
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "Aliyev met Meloni in Baku and they talked ";
  Result<Document> doc = ParseDigest(line, "huge.txt");
  BOOST_TEST_REQUIRE(doc.ok(), doc.status().ToString());
  BOOST_TEST(doc->items.size() == 1u);
  BOOST_TEST(doc->items[0].blocks.size() == 1u);
  BOOST_TEST(doc->items[0].blocks[0].text.size() == line.size() - 1);  // the last space trimmed
}

// Damaged copies of the fixture (bytes flipped, cut, lines swapped) must
// never crash the reader: each gives a Document or a Status.
BOOST_AUTO_TEST_CASE(mutated_digests_never_crash) {
  std::string base = Fixture();
  std::mt19937 rng(20260502);
  int documents = 0, errors = 0;
  for (int round = 0; round < 300; ++round) {
    std::string s = base;
    int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      std::size_t at = rng() % s.size();
      switch (rng() % 4) {
        case 0: s[at] = static_cast<char>(rng() % 256); break;
        case 1: s.erase(at, rng() % 64); break;
        case 2: s.insert(at, s.substr(rng() % s.size(), rng() % 64)); break;
        case 3: s.resize(at); break;
      }
    }
    Result<Document> doc = ParseDigest(s, "mutant.txt");
    doc.ok() ? ++documents : ++errors;
    if (!doc.ok()) BOOST_TEST(doc.status().ToString().rfind("mutant.txt", 0) == 0u);
  }
  BOOST_TEST(documents + errors == 300);
  BOOST_TEST(documents > 0);
  BOOST_TEST(errors > 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
