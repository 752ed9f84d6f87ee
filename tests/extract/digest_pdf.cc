#include "digest_pdf.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "pdf_text.h"
#include "test_util.h"
#include "text_util.h"

namespace fs = std::filesystem;

namespace actorgraph {
namespace testing {

namespace {

constexpr double kMeasure = 480;  // points
constexpr char kFont[] = "Noto Sans Mono CJK JP";
constexpr int kSamples = 8;       // copies of a character measured at once

using Advances = std::map<char32_t, double>;

std::string DotEscape(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c == '\\' || c == '"') out += '\\';
    out += c;
  }
  return out;
}

std::string DotPage(const std::vector<std::string>& lines) {
  std::string label;
  for (const std::string& line : lines) label += DotEscape(line) + "\\l";
  return "digraph page {\n  graph [margin=0.5, pad=0];\n  node [shape=plaintext, fontname=\"" +
         std::string(kFont) + "\", fontsize=10, margin=0];\n  p [label=\"" + label + "\"];\n}\n";
}

// Renders each page with dot and joins them; "" on success.
std::string RenderPages(const std::vector<std::vector<std::string>>& pages,
                        const std::string& pdf_path) {
  std::string dir = TempDir();
  std::vector<std::string> unite{"pdfunite"};
  for (std::size_t i = 0; i < pages.size(); ++i) {
    std::string base = dir + "/page-" + std::to_string(i + 1);
    WriteFileOrDie(base + ".dot", DotPage(pages[i]));
    RunResult dot = RunProgram({"dot", "-Tpdf", base + ".dot", "-o", base + ".pdf"});
    if (dot.exit_code != 0) return "dot failed: " + dot.err;
    unite.push_back(base + ".pdf");
  }
  if (pages.size() == 1) {
    fs::copy_file(unite[1], pdf_path, fs::copy_options::overwrite_existing);
    return "";
  }
  unite.push_back(pdf_path);
  RunResult joined = RunProgram(unite);
  return joined.exit_code == 0 ? "" : "pdfunite failed: " + joined.err;
}

// Left and right end of each line of text on the first page, top to bottom.
std::vector<std::pair<double, double>> LineExtents(const reader::PdfPageWords& words) {
  std::map<long, std::pair<double, double>> by_row;
  for (const reader::PdfWord& w : words) {
    long row = std::lround((w.y0 + w.y1) / 2);
    auto it = by_row.find(row);
    if (it == by_row.end()) {
      by_row[row] = {w.x0, w.x1};
    } else {
      it->second = {std::min(it->second.first, w.x0), std::max(it->second.second, w.x1)};
    }
  }
  std::vector<std::pair<double, double>> out;
  for (const auto& row : by_row) out.push_back(row.second);
  return out;
}

// Sets the advance of every character of `text` (and of the space) from a
// calibration page: "XX", "X X", then "X" + c * kSamples + "X" for each c.
std::string MeasureAdvances(const std::string& text, Advances* advances) {
  std::set<char32_t> chars;
  for (std::size_t pos = 0; pos < text.size();) chars.insert(reader::NextCodePoint(text, &pos));
  for (char32_t skip : {U' ', U'\n', U'\t'}) chars.erase(skip);
  std::vector<std::string> lines{"XX", "X X"};
  for (char32_t c : chars) {
    std::string line = "X";
    for (int i = 0; i < kSamples; ++i) reader::AppendUtf8(c, &line);
    lines.push_back(line + "X");
  }
  std::string pdf = TempDir() + "/calibration.pdf";
  std::string error = RenderPages({lines}, pdf);
  if (!error.empty()) return error;
  Result<std::vector<reader::PdfPageWords>> pages = reader::ReadPdfWords(ReadFileOrDie(pdf), pdf);
  if (!pages.ok()) return pages.status().ToString();
  std::vector<std::pair<double, double>> rows = LineExtents(pages->front());
  if (rows.size() != lines.size()) return "calibration: " + std::to_string(rows.size()) + " rows for " + std::to_string(lines.size()) + " lines";
  double base = rows[0].second - rows[0].first;
  (*advances)[U' '] = rows[1].second - rows[1].first - base;
  std::size_t row = 2;
  for (char32_t c : chars) {
    (*advances)[c] = (rows[row].second - rows[row].first - base) / kSamples;
    ++row;
  }
  return "";
}

// A piece a line may not be broken inside.
struct Segment {
  std::string text;
  double width = 0;
  bool space_before = false;
};

// Breaks are allowed at spaces (which they eat) and between two CJK
// characters, nowhere else.
std::vector<Segment> Segments(std::string_view line, const Advances& advances) {
  std::vector<Segment> out;
  bool space = false;
  for (std::size_t pos = 0; pos < line.size();) {
    std::size_t start = pos;
    char32_t cp = reader::NextCodePoint(line, &pos);
    if (cp == ' ' || cp == '\t') {
      space = true;
      continue;
    }
    bool cjk_break = reader::IsCjk(cp) && !out.empty() && !space &&
                     reader::IsCjk(reader::LastCodePoint(out.back().text));
    if (out.empty() || space || cjk_break) out.push_back({"", 0, space});
    out.back().text.append(line.substr(start, pos - start));
    out.back().width += advances.at(cp);
    space = false;
  }
  return out;
}

std::vector<std::string> Wrap(std::string_view line, const Advances& advances) {
  std::vector<std::string> lines{""};
  double width = 0, space = advances.at(U' ');
  for (const Segment& s : Segments(line, advances)) {
    bool first = lines.back().empty();
    double add = (first || !s.space_before ? 0 : space) + s.width;
    if (!first && width + add > kMeasure) {
      lines.push_back(s.text);
      width = s.width;
      continue;
    }
    if (!first && s.space_before) lines.back() += ' ';
    lines.back() += s.text;
    width += add;
  }
  return lines;
}

template <typename T, typename F>
std::string CompareLists(const std::string& what, const std::vector<T>& a, const std::vector<T>& b, F each) {
  if (a.size() != b.size()) {
    return what + ": " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::string d = each(a[i], b[i]);
    if (!d.empty()) return what + " " + std::to_string(i + 1) + ": " + d;
  }
  return "";
}

std::string Same(const std::string& what, const std::string& a, const std::string& b) {
  return a == b ? "" : what + " \"" + a + "\" vs \"" + b + "\"";
}

std::string ItemDifference(const Item& a, const Item& b) {
  std::string d = Same("index", std::to_string(a.index), std::to_string(b.index)) +
                  Same("section", std::to_string(a.section), std::to_string(b.section)) +
                  Same("headline_ja", a.headline_ja, b.headline_ja) +
                  Same("headline_en", a.headline_en, b.headline_en) +
                  Same("source", a.source.raw, b.source.raw) +
                  Same("date", a.source.date, b.source.date);
  if (!d.empty()) return d;
  d = CompareLists("outlet", a.source.outlets, b.source.outlets,
                   [](const std::string& x, const std::string& y) { return Same("", x, y); });
  if (!d.empty()) return d;
  return CompareLists("block", a.blocks, b.blocks, [](const Block& x, const Block& y) {
    return Same("kind", ToString(x.kind), ToString(y.kind)) + Same("text", x.text, y.text);
  });
}

}  // namespace

std::string MissingPdfTools() {
  for (const char* tool : {"dot", "pdfunite", "fc-list"}) {
    if (!HaveProgram(tool)) return std::string(tool) + " is not installed";
  }
  RunResult fonts = RunProgram({"fc-list", kFont});
  if (fonts.out.empty()) return std::string("font ") + kFont + " is not installed";
  return "";
}

std::string TypesetPdf(const std::string& text, const std::string& pdf_path, int lines_per_page) {
  Advances advances;
  std::string error = MeasureAdvances(text, &advances);
  if (!error.empty()) return error;
  std::vector<std::vector<std::string>> pages(1);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = reader::Trim(std::string_view(text).substr(start, end - start));
    for (std::string& piece : Wrap(line, advances)) {
      if (static_cast<int>(pages.back().size()) == lines_per_page) pages.emplace_back();
      pages.back().push_back(std::move(piece));
    }
    start = end + 1;
  }
  return RenderPages(pages, pdf_path);
}

std::string ModelDifference(const Document& a, const Document& b) {
  std::string d = Same("kind", ToString(a.kind), ToString(b.kind)) +
                  Same("publisher", a.publisher, b.publisher) +
                  Same("period_start", a.period_start, b.period_start) +
                  Same("period_end", a.period_end, b.period_end);
  if (!d.empty()) return d;
  auto same_string = [](const std::string& x, const std::string& y) { return Same("", x, y); };
  d = CompareLists("title line", a.title, b.title, same_string);
  if (!d.empty()) return d;
  d = CompareLists("section", a.sections, b.sections, [](const Section& x, const Section& y) {
    return Same("number", std::to_string(x.number), std::to_string(y.number)) + Same("name", x.name, y.name);
  });
  if (!d.empty()) return d;
  d = CompareLists("item", a.items, b.items, ItemDifference);
  if (!d.empty()) return d;
  return CompareLists("warning", a.warnings, b.warnings,
                      [](const Warning& x, const Warning& y) { return Same("", x.message, y.message); });
}

}  // namespace testing
}  // namespace actorgraph
