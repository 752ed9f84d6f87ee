// actorgraph parse FILE... [--format json|text] [--date D] [--lines|--plain]
//
// Prints the document model of each file. JSON: always an array with one
// object per file read (DocumentToJson), in argument order. Text: an outline
// per file (period, sections, items with number, headlines, outlets, date,
// block count). Warnings go to stderr as "file:line: warning: message". A
// file that cannot be read is reported ("actorgraph: file:line: message"),
// the others are still printed, and the exit code is that of the first
// failure (status.h). FILE "-" reads standard input.

#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/digest_reader.h"
#include "actorgraph/document.h"
#include "actorgraph/iso_week.h"
#include "commands.h"

namespace actorgraph {
namespace cli {

namespace {

struct ParseArgs {
  std::vector<std::string> files;
  std::string format = "json";
  std::string date;
  bool lines = false;
  bool plain = false;
};

Result<Document> ReadOne(const std::string& file, const ReadOptions& options) {
  if (file != "-") return ReadDigestFile(file, options);
  std::string bytes(std::istreambuf_iterator<char>(std::cin), {});
  return ParseDigest(bytes, "<stdin>", options);
}

// Two spaces before every line: a JSON object nested in an array. JSON
// strings hold no raw newlines, so this never changes a value.
std::string Indent(const std::string& json) {
  std::string out = "  ";
  for (std::size_t i = 0; i < json.size(); ++i) {
    out += json[i];
    if (json[i] == '\n' && i + 1 < json.size()) out += "  ";
  }
  return out;
}

std::string Plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string Excerpt(const std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "...";
}

void OutlineItem(const Item& item, std::ostream& out) {
  std::string outlets;
  for (const std::string& o : item.source.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
  out << "  [" << item.index << "] line " << item.line << "  "
      << (item.source.date.empty() ? "(no date)" : item.source.date) << "  "
      << (outlets.empty() ? "(no source)" : outlets) << "  ("
      << Plural(item.blocks.size(), "block") << ")\n";
  if (!item.headline_ja.empty()) out << "      " << item.headline_ja << "\n";
  if (!item.headline_en.empty()) out << "      " << item.headline_en << "\n";
  if (item.headline_ja.empty() && item.headline_en.empty() && !item.blocks.empty()) {
    out << "      " << Excerpt(item.blocks.front().text, 72) << "\n";
  }
}

void Outline(const Document& doc, std::ostream& out) {
  out << doc.file << ": " << ToString(doc.kind) << ", " << Plural(doc.sections.size(), "section")
      << ", " << Plural(doc.items.size(), "item") << ", " << Plural(doc.warnings.size(), "warning")
      << "\n";
  for (const std::string& t : doc.title) out << "title: " << t << "\n";
  if (!doc.publisher.empty()) out << "publisher: " << doc.publisher << "\n";
  if (!doc.period_start.empty()) out << "period: " << doc.period_start << " .. " << doc.period_end << "\n";
  int section = -1;
  for (const Item& item : doc.items) {
    for (const Section& s : doc.sections) {
      if (s.number == item.section && section != s.number) {
        out << s.number << ". " << s.name << "  (line " << s.line << ")\n";
      }
    }
    section = item.section;
    OutlineItem(item, out);
  }
}

int RunParse(const ParseArgs& args) {
  ReadOptions options;
  if (Status s = CheckDateOption(args.date); !s.ok()) return ReportError(s);
  options.default_date = args.date;
  if (args.lines) options.mode = ReadOptions::Mode::kLines;
  if (args.plain) options.mode = ReadOptions::Mode::kPlainText;
  int exit_code = 0;
  std::vector<Document> docs;
  for (const std::string& file : args.files) {
    Result<Document> doc = ReadOne(file, options);
    if (!doc.ok()) {
      int code = ReportError(doc.status());
      if (exit_code == 0) exit_code = code;
      continue;
    }
    for (const Warning& w : doc->warnings) std::cerr << w.ToString() << "\n";
    docs.push_back(std::move(doc).value());
  }
  std::ostringstream out;
  if (args.format == "text") {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      if (i > 0) out << "\n";
      Outline(docs[i], out);
    }
  } else {
    out << "[";
    for (std::size_t i = 0; i < docs.size(); ++i) {
      std::string json = DocumentToJson(docs[i]);
      json.pop_back();  // the final newline
      out << (i > 0 ? ",\n" : "\n") << Indent(json);
    }
    out << (docs.empty() ? "]\n" : "\n]\n");
  }
  std::cout << out.str();
  std::cout.flush();
  return exit_code;
}

}  // namespace

void AddParseCommand(CLI::App* app, int* exit_code) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app->add_subcommand(
      "parse",
      "Read digests (text or PDF) or plain text and print the document model.\n"
      "JSON is an array with one object per file; warnings go to stderr.");
  cmd->add_option("FILE", args->files, "digest, plain text or PDF files; - reads stdin")->required();
  cmd->add_option("--format", args->format, "json (default) or text")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("--date", args->date, "YYYY-MM-DD for items that carry no date (plain text)");
  CLI::Option* lines = cmd->add_flag("--lines", args->lines, "each non-empty line is an item");
  cmd->add_flag("--plain", args->plain, "read as plain text even when it looks like a digest")
      ->excludes(lines);
  cmd->callback([args, exit_code] { *exit_code = RunParse(*args); });
}

}  // namespace cli
}  // namespace actorgraph
