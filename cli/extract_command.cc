// actorgraph extract FILE... [-o events.json] [--explain] [--lines] [--date D]
//                    [--actors FILE]... [--patterns FILE]...
//
// Extracts actors and interactions (../shared/spec/interactions.md) from
// digests, PDFs, plain news text or, with --lines, one sentence (or short
// article) per line; events JSON files given too are merged in as they are.
// The JSON goes to standard output, or with -o to a file written atomically.
// --explain prints each interaction beside its sentence and rule instead
// (or besides, with -o). Errors: "actorgraph: file:line: message" and the
// exit code of status.h.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/atomic_file.h"
#include "actorgraph/corpus.h"
#include "actorgraph/events.h"
#include "commands.h"

namespace actorgraph {
namespace cli {

namespace {

struct ExtractArgs {
  std::vector<std::string> files;
  std::string output;
  bool explain = false;
  bool lines = false;
  std::string date;
  std::vector<std::string> actor_files;
  std::vector<std::string> pattern_files;
};

const Actor* FindActor(const Events& events, const std::string& id) {
  for (const Actor& a : events.actors)
    if (a.id == id) return &a;
  return nullptr;
}

// One block per interaction:
//   file:line: meeting  Ilham Aliyev -- Giorgia Meloni  2026-05-04  [meeting.held_talks_with]
//       On May 04, Ilham Aliyev held a one-on-one meeting with Giorgia Meloni, ...
void Explain(const Events& events, std::ostream& out) {
  for (const Interaction& i : events.interactions) {
    const Actor* a = FindActor(events, i.source);
    const Actor* b = FindActor(events, i.target);
    const char* arrow = IsUndirected(i.type) ? " -- " : " -> ";
    for (const Evidence& e : i.evidence) {
      out << i.document << ":" << e.line << ": " << ToString(i.type) << "  " << (a ? a->name : i.source) << arrow
          << (b ? b->name : i.target) << "  " << (i.date.empty() ? "(no date)" : i.date);
      if (!i.place.empty()) out << "  in " << i.place;
      out << "  [" << e.rule << "]\n      " << e.sentence << "\n";
    }
  }
  out << events.interactions.size() << " interaction" << (events.interactions.size() == 1 ? "" : "s") << ", "
      << events.actors.size() << " actor" << (events.actors.size() == 1 ? "" : "s") << "\n";
}

int RunExtract(const ExtractArgs& args) {
  if (Status s = CheckDateOption(args.date); !s.ok()) return ReportError(s);
  CorpusOptions options;
  options.read.default_date = args.date;
  if (args.lines) options.read.mode = ReadOptions::Mode::kLines;
  options.actor_files = args.actor_files;
  options.pattern_files = args.pattern_files;
  Result<Events> events = LoadCorpus(args.files, options);
  if (!events.ok()) return ReportError(events.status());
  for (const Warning& w : events->warnings) std::cerr << w.ToString() << "\n";
  std::string json = EventsToJson(events.value());
  // "-" is standard output, as for `export -o -`.
  const bool to_file = !args.output.empty() && args.output != "-";
  if (to_file) {
    Result<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(args.output);
    if (!file.ok()) return ReportError(file.status());
    (*file)->Append(json);
    Status s = (*file)->Commit();
    if (!s.ok()) return ReportError(s);
  }
  if (args.explain) Explain(events.value(), std::cout);
  else if (!to_file) std::cout << json;
  if (!std::cout.flush()) return ReportError(Status::IOError("cannot write standard output"));
  return 0;
}

}  // namespace

void AddExtractCommand(CLI::App* app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app->add_subcommand(
      "extract", "Extract actors and interactions (JSON) from digests, PDFs, news text or events JSON");
  cmd->add_option("FILE", args->files, "Digest (text or PDF), plain text, or events JSON")->required();
  cmd->add_option("-o,--output", args->output, "Write the JSON to this file (atomically); - or none: standard output");
  cmd->add_flag("--explain", args->explain, "Print each interaction beside its sentence and rule");
  cmd->add_flag("--lines", args->lines, "One sentence or short article per line, each an item");
  cmd->add_option("--date", args->date, "Date (YYYY-MM-DD) for text that carries none");
  cmd->add_option("--actors", args->actor_files, "Actor dictionary (JSON) to add to the built-in one");
  cmd->add_option("--patterns", args->pattern_files, "Pattern table (JSON) to add to the built-in one");
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace cli
}  // namespace actorgraph
