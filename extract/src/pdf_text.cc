#include "pdf_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "text_util.h"

namespace actorgraph {
namespace reader {

namespace {

void IgnorePopplerMessage(const std::string&, void*) {}

PdfWord ToWord(const poppler::text_box& box) {
  PdfWord word;
  poppler::rectf r = box.bbox();
  word.x0 = r.left();
  word.y0 = r.top();
  word.x1 = r.right();
  word.y1 = r.bottom();
  poppler::byte_array utf8 = box.text().to_utf8();
  word.text.assign(utf8.begin(), utf8.end());
  word.space_after = box.has_space_after();
  word.first_char_width = word.text.empty() ? 0 : box.char_bbox(0).width();
  return word;
}

}  // namespace

Result<std::vector<PdfPageWords>> ReadPdfWords(std::string_view bytes, const std::string& file) {
  poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    return Status::TooLarge("PDF too large for poppler").At(file);
  }
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Status::Corruption("not a readable PDF (damaged or truncated)").At(file);
  if (doc->is_locked()) return Status::Corruption("encrypted PDF: it needs a password").At(file);
  if (doc->pages() <= 0) return Status::Corruption("PDF without pages").At(file);
  std::vector<PdfPageWords> pages;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    pages.emplace_back();
    if (!page) continue;
    for (const poppler::text_box& box : page->text_list()) pages.back().push_back(ToWord(box));
  }
  return pages;
}

namespace {

// A line rebuilt from words.
struct TextLine {
  double x0 = 0, x1 = 0, top = 0, height = 0;
  double first_unit = 0;  // width of the first piece a typesetter cannot break
  std::string text;
  std::size_t page = 0;
};

double Centre(const PdfWord& w) { return (w.y0 + w.y1) / 2; }
double Height(const PdfWord& w) { return w.y1 - w.y0; }

// Words of one line, ordered by x, to a TextLine.
TextLine MakeLine(std::vector<PdfWord> words, std::size_t page) {
  std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) { return a.x0 < b.x0; });
  TextLine line;
  line.page = page;
  line.x0 = words.front().x0;
  line.top = words.front().y0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    line.height = std::max(line.height, Height(w));
    line.top = std::min(line.top, w.y0);
    if (i > 0) {
      const PdfWord& prev = words[i - 1];
      bool space = prev.space_after || w.x0 - prev.x1 > 0.2 * Height(w);
      if (space && !line.text.empty() && line.text.back() != ' ') line.text += ' ';
    }
    line.text += w.text;
    line.x1 = std::max(line.x1, w.x1);
  }
  // First unbreakable piece: one CJK character, or the words up to a space.
  const PdfWord& first = words.front();
  if (IsCjk(FirstCodePoint(first.text)) && first.first_char_width > 0) {
    line.first_unit = first.first_char_width;
  } else {
    double end = first.x1;
    for (std::size_t i = 1; i < words.size() && !words[i - 1].space_after &&
                            words[i].x0 - words[i - 1].x1 < 0.2 * Height(words[i]);
         ++i) {
      end = words[i].x1;
    }
    line.first_unit = end - first.x0;
  }
  line.text = std::string(Trim(line.text));
  return line;
}

bool IsPageNumber(std::string_view s) {
  s = Trim(s);
  int digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '-' && c != ' ' && c != '/') {
      return false;
    }
  }
  return digits > 0 && digits <= 4;
}

std::vector<TextLine> GroupLines(PdfPageWords words, std::size_t page) {
  words.erase(std::remove_if(words.begin(), words.end(),
                             [](const PdfWord& w) { return Trim(w.text).empty(); }),
              words.end());
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord& a, const PdfWord& b) { return Centre(a) < Centre(b); });
  std::vector<TextLine> lines;
  std::vector<PdfWord> current;
  double centre = 0, height = 0;
  for (PdfWord& w : words) {
    if (!current.empty() && std::fabs(Centre(w) - centre) > 0.35 * std::max(height, Height(w))) {
      lines.push_back(MakeLine(std::move(current), page));
      current.clear();
    }
    if (current.empty()) centre = Centre(w), height = Height(w);
    current.push_back(std::move(w));
  }
  if (!current.empty()) lines.push_back(MakeLine(std::move(current), page));
  if (!lines.empty() && IsPageNumber(lines.back().text)) lines.pop_back();
  if (!lines.empty() && IsPageNumber(lines.front().text)) lines.erase(lines.begin());
  return lines;
}

// The distance between the tops of neighbouring lines of one paragraph: the
// smallest that occurs twice (paragraph gaps may be the most common one).
double LinePitch(const std::vector<TextLine>& lines) {
  std::map<long, int> counts;  // in quarter points
  double height_sum = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    height_sum += lines[i].height;
    if (i == 0 || lines[i].page != lines[i - 1].page) continue;
    double delta = lines[i].top - lines[i - 1].top;
    if (delta > 0) ++counts[std::lround(delta * 4)];
  }
  if (counts.empty()) return lines.empty() ? 1 : height_sum / static_cast<double>(lines.size());
  for (const auto& [quarters, count] : counts) {
    if (count >= 2) return static_cast<double>(quarters) / 4;
  }
  return static_cast<double>(counts.begin()->first) / 4;
}

// Widest line, measured from its page's left edge of text.
double RightEdge(const std::vector<TextLine>& lines, const std::vector<double>& page_left) {
  double right = 0;
  for (const TextLine& l : lines) right = std::max(right, l.x1 - page_left[l.page]);
  return right;
}

// The space between words, from lines where poppler saw one.
double SpaceWidth(const std::vector<PdfPageWords>& pages) {
  std::vector<double> gaps;
  for (const PdfPageWords& words : pages) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      double gap = words[i + 1].x0 - words[i].x1;
      if (words[i].space_after && gap > 0 && std::fabs(Centre(words[i]) - Centre(words[i + 1])) < 1) {
        gaps.push_back(gap);
      }
    }
  }
  if (gaps.empty()) return 3;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
  return gaps[gaps.size() / 2];
}

bool OpensConstruct(std::string_view s) {
  std::string_view bare = s;
  while (!bare.empty() && bare.front() == '*') bare.remove_prefix(1);
  return StartsWith(s, "\xE2\x97\x8F") || StartsWith(s, "- ") || StartsWith(s, "\xE2\x80\xA2") ||
         StartsWith(s, "\xE3\x83\xBB") || StartsWith(bare, "NOTE") || s == "END";
}

class Layout {
 public:
  explicit Layout(const std::vector<PdfPageWords>& pages) {
    for (std::size_t p = 0; p < pages.size(); ++p) {
      std::vector<TextLine> page = GroupLines(pages[p], p);
      double left = page.empty() ? 0 : page.front().x0;
      for (const TextLine& l : page) left = std::min(left, l.x0);
      page_left_.push_back(left);
      lines_.insert(lines_.end(), page.begin(), page.end());
    }
    pitch_ = LinePitch(lines_);
    right_ = RightEdge(lines_, page_left_);
    space_ = SpaceWidth(pages);
  }

  std::string Text() const {
    std::string out;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (i > 0) AppendBreak(lines_[i - 1], lines_[i], &out);
      out += lines_[i].text;
    }
    return out;
  }

 private:
  bool RunsOn(const TextLine& a, const TextLine& b) const {
    double room = right_ - (a.x1 - page_left_[a.page]);
    return !OpensConstruct(b.text) && room < b.first_unit + space_ * 1.1;
  }

  // What goes between line a and the next line b.
  void AppendBreak(const TextLine& a, const TextLine& b, std::string* out) const {
    bool gap = a.page == b.page && b.top - a.top > 1.5 * pitch_;
    if (!gap && RunsOn(a, b)) {
      bool both_cjk = IsCjk(LastCodePoint(a.text)) && IsCjk(FirstCodePoint(b.text));
      if (!both_cjk) *out += ' ';
      return;
    }
    *out += gap || a.page != b.page ? "\n\n" : "\n";
  }

  std::vector<TextLine> lines_;
  std::vector<double> page_left_;
  double pitch_ = 1, right_ = 0, space_ = 3;
};

}  // namespace

std::string LayoutText(const std::vector<PdfPageWords>& pages) { return Layout(pages).Text(); }

Result<std::string> PdfToText(std::string_view bytes, const std::string& file) {
  Result<std::vector<PdfPageWords>> pages = ReadPdfWords(bytes, file);
  if (!pages.ok()) return pages.status();
  std::string text = LayoutText(*pages);
  if (Trim(text).empty()) {
    return Status::Corruption("no text in the PDF (scanned pages need OCR first)").At(file);
  }
  return text + "\n";
}

}  // namespace reader
}  // namespace actorgraph
