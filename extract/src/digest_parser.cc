#include "digest_parser.h"

#include <algorithm>

#include "civil_date.h"
#include "source_line.h"
#include "text_util.h"

namespace actorgraph {
namespace reader {

namespace {

constexpr char kItemMark[] = "\xE2\x97\x8F";  // ●
// Source dates further than this from the period are suspicious.
constexpr long kDateSlackDays = 31;
// A section heading inside an item may skip this many numbers.
constexpr int kMaxSectionSkip = 2;

bool IsItemStart(std::string_view s) { return StartsWith(s, kItemMark); }

// White space (as Trim has it) or an emphasis star: what cleaning a line
// (CollapseSpaces(StripEmphasis(s))) may drop; it keeps every other byte.
bool BlankOrStar(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '*';
}

bool IsEndMark(std::string_view s) {
  // A line with more than six bytes that cleaning keeps ("以上" has six)
  // is no end mark: most lines are told so from their first bytes, without
  // being cleaned.
  int kept = 0;
  for (char c : s)
    if (!BlankOrStar(c) && ++kept > 6) return false;
  std::string bare = CollapseSpaces(StripEmphasis(s));
  return bare == "END" || bare == "以上";
}

// "NOTE:", "***NOTE:**", "Note：" ...; *rest is the text after the marker.
bool IsNoteMarker(std::string_view s, std::string* rest) {
  while (!s.empty() && (s.front() == '*' || s.front() == '_')) s.remove_prefix(1);
  std::string head(s.substr(0, 4));
  for (char& c : head) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (head != "NOTE") return false;
  s.remove_prefix(4);
  if (StartsWith(s, ":")) {
    s.remove_prefix(1);
  } else if (StartsWith(s, "\xEF\xBC\x9A")) {  // ：
    s.remove_prefix(3);
  } else {
    return false;
  }
  while (!s.empty() && (s.front() == '*' || s.front() == '_' || s.front() == ' ')) s.remove_prefix(1);
  *rest = std::string(s);
  return true;
}

// "- ", "• " or "・" opening a bullet; *rest is the bullet's text.
bool IsBulletMarker(std::string_view s, std::string* rest) {
  for (std::string_view mark : {"- ", "\xE2\x80\xA2 ", "\xE3\x83\xBB"}) {
    if (StartsWith(s, mark) && !Trim(s.substr(mark.size())).empty()) {
      *rest = std::string(Trim(s.substr(mark.size())));
      return true;
    }
  }
  return false;
}

std::size_t CountEmphasis(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t at = s.find("**"); at != std::string_view::npos; at = s.find("**", at + 2)) ++n;
  return n;
}

std::string CleanText(std::string_view s) {
  return CollapseSpaces(StripItalicEnds(StripEmphasis(s)));
}

std::string Excerpt(std::string_view s) {
  std::size_t pos = 0;
  for (int i = 0; i < 40 && pos < s.size(); ++i) NextCodePoint(s, &pos);
  return "\"" + std::string(s.substr(0, pos)) + (pos < s.size() ? "...\"" : "\"");
}

int WordsWithLetters(std::string_view s) {
  int words = 0;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string_view::npos) end = s.size();
    if (ContainsLatinLetter(s.substr(start, end - start))) ++words;
    start = end + 1;
  }
  return words;
}

// Splits "日本語見出し English headline" after its last CJK character;
// a tail of fewer than two words stays with the Japanese.
void SplitHeadline(const std::string& head, std::string* ja, std::string* en) {
  std::size_t cut = std::string::npos;
  for (std::size_t pos = 0; pos < head.size();) {
    if (IsCjk(NextCodePoint(head, &pos))) cut = pos;
  }
  if (cut == std::string::npos) {
    *en = head;
    return;
  }
  while (cut < head.size() && std::string_view(")]\"").find(head[cut]) != std::string_view::npos) ++cut;
  if (StartsWith(std::string_view(head).substr(cut), "\xE2\x80\x9D")) cut += 3;  // ”
  std::string_view tail = Trim(std::string_view(head).substr(cut));
  if (WordsWithLetters(tail) >= 2) {
    *ja = std::string(Trim(std::string_view(head).substr(0, cut)));
    *en = std::string(tail);
  } else {
    *ja = head;
  }
}

// An English headline rather than the first paragraph of the body.
bool LooksLikeHeadline(const std::string& s) {
  SourceLine source;
  std::string date;
  std::size_t open = 0;
  int words = WordCount(s);
  return ContainsLatinLetter(s) && words <= 40 && !(EndsWith(s, ".") && words >= 15) &&
         !FindTrailingSource(s, &source, &date, &open);
}

bool LooksLikeProse(const std::string& s) {
  return WordCount(s) >= 8 || (ContainsCjk(s) && Length(s) >= 20);
}

bool HasTrailingSource(const std::string& s) {
  SourceLine source;
  std::string date;
  std::size_t open = 0;
  return FindTrailingSource(s, &source, &date, &open);
}

}  // namespace

DigestParser::DigestParser(std::string_view text, std::string file, const ReadOptions& options)
    : file_(std::move(file)), options_(options) {
  std::size_t start = 0;
  for (int number = 1; start <= text.size(); ++number) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines_.push_back({Trim(text.substr(start, end - start)), number});
    start = end + 1;
  }
  doc_.file = file_;
}

Document DigestParser::Parse() {
  bool digest = std::any_of(lines_.begin(), lines_.end(),
                            [](const Line& l) { return IsItemStart(l.text); });
  if (options_.mode == ReadOptions::Mode::kLines) {
    ParseLineItems();
  } else if (options_.mode == ReadOptions::Mode::kPlainText || !digest) {
    ParsePlainText();
  } else {
    ParseDigestText();
  }
  ResolveDates();
  std::stable_sort(doc_.warnings.begin(), doc_.warnings.end(),
                   [](const Warning& a, const Warning& b) { return a.line < b.line; });
  return std::move(doc_);
}

void DigestParser::ParseDigestText() {
  doc_.kind = DocumentKind::kDigest;
  ParseTitleBlock();
  while (pos_ < lines_.size()) {
    const Line& line = lines_[pos_];
    int number = 0;
    std::string name;
    if (line.text.empty()) {
      ++pos_;
    } else if (IsEndMark(line.text)) {
      ParseEnd();
      return;
    } else if (AtSectionHeading(line, false, &number, &name)) {
      ParseSection(number, std::move(name));
    } else if (IsItemStart(line.text)) {
      ParseItem();
    } else {
      Warn(line.number, "text outside any item ignored: " + Excerpt(line.text));
      ++pos_;
    }
  }
}

void DigestParser::ParseTitleBlock() {
  int number = 0;
  std::string name;
  for (; pos_ < lines_.size(); ++pos_) {
    const Line& line = lines_[pos_];
    if (line.text.empty()) continue;
    if (IsItemStart(line.text) || IsEndMark(line.text) ||
        AtSectionHeading(line, false, &number, &name)) {
      break;
    }
    ParseTitleLine(line);
  }
  if (doc_.period_start.empty()) {
    int at = pos_ < lines_.size() ? lines_[pos_].number : lines_.back().number;
    Warn(at, "no period line (such as 2026年5月2日～5月8日) before the first item");
  }
}

void DigestParser::ParseTitleLine(const Line& line) {
  Period period;
  std::string outside, problem;
  switch (FindPeriod(line.text, &period, &outside, &problem)) {
    case PeriodMatch::kOk:
      if (!doc_.period_start.empty()) {
        Warn(line.number, "second period line ignored");
        return;
      }
      doc_.period_start = period.start.ToIso();
      doc_.period_end = period.end.ToIso();
      if (ContainsCjk(outside) || ContainsLatinLetter(outside)) {
        doc_.title.push_back(CleanText(line.text));
      }
      return;
    case PeriodMatch::kInvalid:
      Warn(line.number, "period " + Excerpt(line.text) + " " + problem + "; ignored");
      return;
    case PeriodMatch::kNone:
      break;
  }
  if (doc_.period_start.empty()) {
    doc_.title.push_back(CleanText(line.text));
  } else if (doc_.publisher.empty()) {
    doc_.publisher = CleanText(line.text);
  } else {
    Warn(line.number, "text after the publisher ignored: " + Excerpt(line.text));
  }
}

bool DigestParser::AtSectionHeading(const Line& line, bool strict, int* number,
                                    std::string* name) const {
  // The cleaned line starts with the first byte that is neither white
  // space nor a star (or with a lone star): unless that is a digit, there
  // is no number, and the line need not be cleaned.
  std::string_view text = line.text;
  std::size_t first = 0;
  while (first < text.size() && BlankOrStar(text[first])) ++first;
  if (first == text.size() || text[first] < '0' || text[first] > '9') return false;
  std::string s = CollapseSpaces(StripEmphasis(line.text));
  std::size_t digits = 0;
  while (digits < s.size() && digits < 3 && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0) return false;
  std::size_t after = digits;
  if (StartsWith(std::string_view(s).substr(after), ".")) {
    after += 1;
  } else if (StartsWith(std::string_view(s).substr(after), "\xEF\xBC\x8E")) {  // ．
    after += 3;
  } else {
    return false;
  }
  std::string_view rest = Trim(std::string_view(s).substr(after));
  if (rest.empty() || Length(rest) > 40 || EndsSentence(rest)) return false;
  *number = std::stoi(s.substr(0, digits));
  if (strict && !IsSectionInBody(line, *number)) return false;
  *name = std::string(rest);
  return true;
}

bool DigestParser::IsSectionInBody(const Line& line, int number) const {
  int last = doc_.sections.empty() ? 0 : doc_.sections.back().number;
  std::size_t index = static_cast<std::size_t>(line.number - 1);
  bool blank_before = index == 0 || lines_[index - 1].text.empty();
  bool blank_after = index + 1 >= lines_.size() || lines_[index + 1].text.empty();
  return number > last && number <= last + kMaxSectionSkip + 1 && blank_before && blank_after;
}

void DigestParser::ParseSection(int number, std::string name) {
  const Line& line = lines_[pos_++];
  int expected = doc_.sections.empty() ? 1 : doc_.sections.back().number + 1;
  if (number != expected) {
    Warn(line.number, "section " + std::to_string(number) + " out of order (expected " +
                          std::to_string(expected) + ")");
  }
  doc_.sections.push_back({number, std::move(name), line.number});
}

void DigestParser::ParseItem() {
  Item item;
  item.index = static_cast<int>(doc_.items.size()) + 1;
  item.section = doc_.sections.empty() ? 0 : doc_.sections.back().number;
  item.line = lines_[pos_].number;
  item.headline_line = item.line;
  ParseHeadline(&item);
  date_texts_.emplace_back();
  ParseBody(&item);
  doc_.items.push_back(std::move(item));
}

void DigestParser::ParseHeadline(Item* item) {
  std::string raw(lines_[pos_++].text.substr(sizeof(kItemMark) - 1));
  std::size_t stars = CountEmphasis(raw);
  // "● **日本語見出しの前半" + "後半** ...": emphasis still open and the next
  // line goes on in Japanese.
  while (stars % 2 == 1 && pos_ < lines_.size() && IsCjk(FirstCodePoint(lines_[pos_].text)) &&
         !AtItemEnd(lines_[pos_])) {
    stars += CountEmphasis(lines_[pos_].text);
    JoinWrapped(&raw, lines_[pos_++].text);
  }
  SplitHeadline(CleanText(raw), &item->headline_ja, &item->headline_en);
  if (item->headline_ja.empty() && item->headline_en.empty()) {
    Warn(item->line, "item " + std::to_string(item->index) + " has an empty headline");
  }
  if (item->headline_en.empty() && !item->headline_ja.empty()) ParseEnglishHeadline(item, stars % 2 == 1);
}

void DigestParser::ParseEnglishHeadline(Item* item, bool emphasis_open) {
  std::size_t next = pos_;
  while (next < lines_.size() && lines_[next].text.empty()) ++next;
  if (next >= lines_.size() || AtItemEnd(lines_[next])) return;
  std::string rest;
  if (IsNoteMarker(lines_[next].text, &rest) || IsBulletMarker(lines_[next].text, &rest)) return;
  std::string text = CleanText(lines_[next].text);
  if (!emphasis_open && !LooksLikeHeadline(text)) return;
  item->headline_en = std::move(text);
  pos_ = next + 1;
}

bool DigestParser::AtItemEnd(const Line& line) const {
  int number = 0;
  std::string name;
  return IsItemStart(line.text) || IsEndMark(line.text) ||
         AtSectionHeading(line, true, &number, &name);
}

void DigestParser::ParseBody(Item* item) {
  std::vector<Line> body;
  while (pos_ < lines_.size() && !AtItemEnd(lines_[pos_])) body.push_back(lines_[pos_++]);
  std::vector<RawBlock> blocks = BuildBlocks(body);
  RepairPageBreaks(&blocks);
  if (!TakeSource(&blocks, item)) {
    Warn(item->line, "item " + std::to_string(item->index) + " has no source line");
  }
  AppendBlocks(std::move(blocks), item);
}

void DigestParser::ParseEnd() {
  for (++pos_; pos_ < lines_.size(); ++pos_) {
    if (!lines_[pos_].text.empty()) {
      Warn(lines_[pos_].number, "text after END ignored");
      break;
    }
  }
  pos_ = lines_.size();
}

std::vector<DigestParser::RawBlock> DigestParser::BuildBlocks(const std::vector<Line>& lines) const {
  std::vector<RawBlock> blocks;
  bool in_note = false, open = false;
  for (const Line& line : lines) {
    std::string rest;
    if (line.text.empty()) {
      open = false;
    } else if (IsNoteMarker(line.text, &rest)) {
      in_note = true;
      open = !rest.empty();
      if (open) blocks.push_back({BlockKind::kNote, rest, line.number, line.number, true, true});
    } else if (IsBulletMarker(line.text, &rest)) {
      blocks.push_back({BlockKind::kBullet, rest, line.number, line.number, in_note, true});
      open = true;
    } else if (open) {
      JoinWrapped(&blocks.back().text, line.text);
      blocks.back().last_line = line.number;
    } else {
      BlockKind kind = in_note ? BlockKind::kNote : BlockKind::kParagraph;
      blocks.push_back({kind, std::string(line.text), line.number, line.number, in_note, false});
      open = true;
    }
  }
  return blocks;
}

void DigestParser::RepairPageBreaks(std::vector<RawBlock>* blocks) {
  std::vector<RawBlock> joined;
  for (RawBlock& block : *blocks) {
    if (!joined.empty()) {
      RawBlock& prev = joined.back();
      bool continues = !block.marked && block.in_note == prev.in_note &&
                       !EndsSentence(prev.text) && !HasTrailingSource(prev.text) &&
                       (IsLowercase(FirstCodePoint(block.text)) || LooksLikeProse(prev.text));
      if (continues) {
        JoinWrapped(&prev.text, block.text);
        prev.last_line = block.last_line;
        continue;
      }
    }
    joined.push_back(std::move(block));
  }
  *blocks = std::move(joined);
}

bool DigestParser::TakeSource(std::vector<RawBlock>* blocks, Item* item) {
  for (bool notes : {false, true}) {
    for (std::size_t i = blocks->size(); i-- > 0;) {
      RawBlock& block = (*blocks)[i];
      std::size_t open = 0;
      if (block.in_note != notes ||
          !FindTrailingSource(block.text, &item->source, &date_texts_.back(), &open)) {
        continue;
      }
      item->source.line = block.last_line;
      block.text.resize(open);
      if (Trim(block.text).empty()) blocks->erase(blocks->begin() + static_cast<long>(i));
      return true;
    }
  }
  return false;
}

void DigestParser::AppendBlocks(std::vector<RawBlock> blocks, Item* item) {
  for (RawBlock& raw : blocks) {
    std::string text = CleanText(raw.text);
    if (!text.empty()) item->blocks.push_back({raw.kind, std::move(text), raw.line});
  }
}

void DigestParser::ParsePlainText() {
  doc_.kind = DocumentKind::kPlainText;
  std::vector<RawBlock> blocks = BuildBlocks(lines_);
  RepairPageBreaks(&blocks);
  Item item;
  item.index = 1;
  item.line = blocks.empty() ? 1 : blocks.front().line;
  date_texts_.emplace_back();
  TakeSource(&blocks, &item);
  AppendBlocks(std::move(blocks), &item);
  doc_.items.push_back(std::move(item));
}

void DigestParser::ParseLineItems() {
  doc_.kind = DocumentKind::kLines;
  for (const Line& line : lines_) {
    if (line.text.empty()) continue;
    Item item;
    item.index = line.number;
    item.line = line.number;
    std::vector<RawBlock> blocks{{BlockKind::kParagraph, std::string(line.text), line.number,
                                  line.number, false, false}};
    date_texts_.emplace_back();
    TakeSource(&blocks, &item);
    AppendBlocks(std::move(blocks), &item);
    doc_.items.push_back(std::move(item));
  }
}

bool DigestParser::DateWindow(long* first, long* last) const {
  CivilDate start, end;
  if (ParseIsoDate(doc_.period_start, &start) && ParseIsoDate(doc_.period_end, &end)) {
    *first = start.DayNumber() - kDateSlackDays;
    *last = end.DayNumber() + kDateSlackDays;
    return true;
  }
  bool any = false;
  for (const Item& item : doc_.items) {
    CivilDate d;
    if (!ParseIsoDate(item.source.date, &d)) continue;
    *first = any ? std::min(*first, d.DayNumber() - kDateSlackDays) : d.DayNumber() - kDateSlackDays;
    *last = any ? std::max(*last, d.DayNumber() + kDateSlackDays) : d.DayNumber() + kDateSlackDays;
    any = true;
  }
  return any;
}

void DigestParser::ResolveDates() {
  // Well-formed dates first: they are the context that repairs the others.
  for (std::size_t i = 0; i < doc_.items.size(); ++i) {
    CivilDate d;
    if (ReadSourceDate(date_texts_[i], &d) == DateReading::kValid) {
      doc_.items[i].source.date = d.ToIso();
    }
  }
  for (std::size_t i = 0; i < doc_.items.size(); ++i) {
    if (!date_texts_[i].empty()) ResolveDate(&doc_.items[i], date_texts_[i]);
  }
  WarnUndated();
}

void DigestParser::ResolveDate(Item* item, const std::string& date_text) {
  std::string quoted = "source date \"" + date_text + "\"";
  long first = 0, last = 0;
  bool window = DateWindow(&first, &last);
  std::string near = doc_.period_start.empty()
                         ? "near the other items' dates"
                         : "near the period " + doc_.period_start + ".." + doc_.period_end;
  CivilDate d;
  switch (ReadSourceDate(date_text, &d)) {
    case DateReading::kValid:
      if (window && !doc_.period_start.empty() && (d.DayNumber() < first || d.DayNumber() > last)) {
        Warn(item->source.line, quoted + " is not " + near + "; kept as written");
      }
      return;
    case DateReading::kImpossible:
      Warn(item->source.line, quoted + " is not a calendar date; the item has no date");
      return;
    case DateReading::kMalformed:
      break;
  }
  std::vector<CivilDate> fits;
  for (const CivilDate& c : DateRepairs(date_text)) {
    if (window && c.DayNumber() >= first && c.DayNumber() <= last) fits.push_back(c);
  }
  if (fits.size() == 1) {
    item->source.date = fits[0].ToIso();
    Warn(item->source.line, quoted + " is malformed; repaired to " + item->source.date +
                                ", the only reading " + near);
  } else {
    Warn(item->source.line, quoted + " is malformed and cannot be repaired (" +
                                std::to_string(fits.size()) + " readings " + near +
                                "); the item has no date");
  }
}

void DigestParser::WarnUndated() {
  int undated = 0, first_line = 0;
  for (Item& item : doc_.items) {
    if (item.source.date.empty()) item.source.date = options_.default_date;
    if (item.source.date.empty() && undated++ == 0) first_line = item.line;
  }
  if (doc_.kind != DocumentKind::kDigest && !options_.default_date.empty()) {
    doc_.period_start = doc_.period_end = options_.default_date;
  }
  if (undated == 0 || doc_.kind == DocumentKind::kDigest) return;
  std::string what = doc_.kind == DocumentKind::kLines
                         ? std::to_string(undated) + (undated == 1 ? " line has" : " lines have")
                         : std::string("the text has");
  Warn(first_line, what + " no date; give one with --date YYYY-MM-DD");
}

void DigestParser::Warn(int line, std::string message) {
  doc_.warnings.push_back({file_, line, std::move(message)});
}

}  // namespace reader
}  // namespace actorgraph
