// The document model: what the digest reader makes of a weekly digest (or of
// plain news text), before any extraction. Every piece keeps the line it
// started on, for error messages and provenance.
//
// All strings are UTF-8, NFC-normalised, with CR, BOM and page-break debris
// removed. A Document owns all its data; it is a plain value.

#ifndef ACTORGRAPH_DOCUMENT_H_
#define ACTORGRAPH_DOCUMENT_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace actorgraph {

// A calendar date as "YYYY-MM-DD"; empty when unknown.
using IsoDate = std::string;

// A problem in the input that was survived (repaired or ignored).
struct Warning {
  std::string file;
  int line = 0;
  std::string message;
  std::string ToString() const;  // "file:line: warning: message"
};

// The closing "(OUTLET[, OUTLET...] / DD.MM.YYYY)" of an item.
struct SourceLine {
  std::vector<std::string> outlets;  // e.g. {"TREND", "REPORT"}
  IsoDate date;                      // repaired when the text had a typo;
                                     // "" when missing or impossible (then
                                     // ReadOptions::default_date if given)
  std::string raw;                   // the text between the parentheses
  int line = 0;                      // the line the source ends
};

enum class BlockKind { kParagraph, kNote, kBullet };
const char* ToString(BlockKind kind);  // "paragraph", "note", "bullet"
std::ostream& operator<<(std::ostream& out, BlockKind kind);

// A paragraph of an item's body, repaired across page breaks.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // without the source line, NOTE marker or "- "
  int line = 0;      // line of its first character
};

struct Item {
  int index = 0;              // 1-based, across the whole document (the
                              // line number for DocumentKind::kLines)
  int section = 0;            // 1-based section number; 0 when none
  std::string headline_ja;    // without "●" and "**"
  std::string headline_en;    // also an English-only "●" headline
  int headline_line = 0;      // line of the Japanese (or only) headline
  std::vector<Block> blocks;  // body, NOTE blocks and bullets in order
  SourceLine source;          // outlets empty when the item had none
  int line = 0;               // first line of the item
};

struct Section {
  int number = 0;
  std::string name;  // as printed, e.g. "外政関連"
  int line = 0;
};

enum class DocumentKind { kDigest, kPlainText, kLines };
const char* ToString(DocumentKind kind);  // "digest", "plain_text", "lines"
std::ostream& operator<<(std::ostream& out, DocumentKind kind);

struct Document {
  std::string file;  // the name errors and provenance use
  DocumentKind kind = DocumentKind::kDigest;
  std::vector<std::string> title;  // title block lines before the period
  std::string publisher;           // e.g. "在アゼルバイジャン大使館"
  IsoDate period_start;            // from "2026年5月2日～5月8日"
  IsoDate period_end;
  std::vector<Section> sections;
  std::vector<Item> items;
  std::vector<Warning> warnings;
};

// `doc` as pretty JSON with a stable key order: file, kind, title,
// publisher, period {start, end}, sections [{number, name, line}], items
// [{index, section, line, headline_ja, headline_en, headline_line, source
// {outlets, date, raw, line}, blocks [{kind, line, text}]}], warnings
// [{line, message}]. Ends with a newline.
std::string DocumentToJson(const Document& doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENT_H_
