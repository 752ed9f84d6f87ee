// DigestParser: clean text (see input_text.h) to a Document (private to
// the reader). One method per construct of the digest format, ninja style:
//
//   title block   lines before the period; the period line; the publisher
//   section       "1. 軍事・治安関係"; after an item only a line between
//                 empty lines whose number is at most 3 past the last section
//                 (else it is body text)
//   item          "● 日本語見出し" [English headline on the same or next line,
//                 "**" emphasis anywhere], then body blocks up to the next
//                 item, section or "END"
//   body block    paragraph (lines up to an empty line), "- " bullet,
//                 "NOTE:" / "***NOTE:**" (this and every later paragraph of
//                 the item is a note)
//   source        "(OUTLET, OUTLET / DD.MM.YYYY)" ending the item's last
//                 non-note block (cut from the block's text)
//
// Paragraphs a page break cut in mid-sentence are joined: the first does not
// end a sentence and the second starts in lower case, or the first is prose
// (8+ words, or 20+ characters with CJK) rather than a subheading such as
// "Press statements" (which stays a paragraph of its own).
//
// Damage is never fatal: it becomes a Warning with the line. The parser
// never fails; input checks happen before it (DecodeText).

#ifndef ACTORGRAPH_EXTRACT_DIGEST_PARSER_H_
#define ACTORGRAPH_EXTRACT_DIGEST_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/digest_reader.h"
#include "actorgraph/document.h"

namespace actorgraph {
namespace reader {

class DigestParser {
 public:
  // `text` must outlive the parser; `file` names the input in warnings.
  DigestParser(std::string_view text, std::string file, const ReadOptions& options);

  Document Parse();

 private:
  struct Line {
    std::string_view text;  // trimmed
    int number = 0;         // 1-based
  };
  struct RawBlock {
    BlockKind kind = BlockKind::kParagraph;
    std::string text;
    int line = 0;
    int last_line = 0;
    bool in_note = false;  // after a NOTE marker
    bool marked = false;   // opened by a NOTE or bullet marker
  };

  // The three ways of reading (ReadOptions::Mode, or detected).
  void ParseDigestText();
  void ParsePlainText();
  void ParseLineItems();

  // Digest constructs.
  void ParseTitleBlock();
  void ParseTitleLine(const Line& line);
  void ParseSection(int number, std::string name);
  void ParseItem();
  void ParseHeadline(Item* item);
  void ParseEnglishHeadline(Item* item, bool emphasis_open);
  void ParseBody(Item* item);
  void ParseEnd();

  // Line classes.
  bool AtSectionHeading(const Line& line, bool strict, int* number, std::string* name) const;
  // Inside an item: a number just past the last, alone between empty lines.
  bool IsSectionInBody(const Line& line, int number) const;
  bool AtItemEnd(const Line& line) const;

  // Body blocks.
  std::vector<RawBlock> BuildBlocks(const std::vector<Line>& lines) const;
  static void RepairPageBreaks(std::vector<RawBlock>* blocks);
  bool TakeSource(std::vector<RawBlock>* blocks, Item* item);
  static void AppendBlocks(std::vector<RawBlock> blocks, Item* item);

  // After all items: source dates checked, repaired, defaulted.
  void ResolveDates();
  void ResolveDate(Item* item, const std::string& date_text);
  bool DateWindow(long* first, long* last) const;
  void WarnUndated();

  void Warn(int line, std::string message);

  std::string file_;
  ReadOptions options_;
  std::vector<Line> lines_;
  std::size_t pos_ = 0;
  Document doc_;
  std::vector<std::string> date_texts_;  // per item, as written
};

}  // namespace reader
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_DIGEST_PARSER_H_
