// actorgraph build FILE... -o DIR [--layout neato|dot|sfdp|circo|fdp|twopi]
//     [--lang en|ja] [--color kind|country|community] [--size MEASURE]
//     [--weights FILE] [--actors FILE]... [--jobs N] [--no-diagrams] [--quiet]
//   The main job: the weekly site of weekly_site.h (one folder per week with
//   diagram.svg/.png, graph.graphml/.gexf/.dot, events.json; all/ with the
//   whole corpus; index.html). Progress on stderr: "[3/52] 2026-05-02_...".
//
// actorgraph export FILE... -o OUT [--format F] [same style options]
//     [--title TEXT] [--directed-only]
//   One file of the whole corpus: graphml, gexf, dot, svg, png, pdf, json
//   (node-link), nodes-csv, edges-csv, events (events JSON). F defaults to
//   OUT's extension; OUT "-" writes standard output.
//
// Inputs are read by LoadCorpus (digests, plain text, PDF, events JSON;
// --actors, --patterns and --date as for `extract`).
// Files are written atomically: a failure leaves no partial output.

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "actorgraph/analysis.h"
#include "actorgraph/atomic_file.h"
#include "actorgraph/corpus.h"
#include "actorgraph/csv_tables.h"
#include "actorgraph/diagram.h"
#include "actorgraph/events.h"
#include "actorgraph/gexf.h"
#include "actorgraph/graphml.h"
#include "actorgraph/node_link_json.h"
#include "actorgraph/weekly_site.h"
#include "commands.h"

namespace actorgraph {
namespace cli {

namespace {

// Options shared by build and export.
struct StyleArgs {
  std::vector<std::string> files;
  std::string layout = "neato";
  std::string lang = "en";
  std::string color = "kind";
  std::string size = "pagerank";
  std::string weights;
  std::vector<std::string> actors;
  std::vector<std::string> patterns;
  std::string date;
  bool quiet = false;
};

void AddStyleOptions(CLI::App* cmd, StyleArgs* a) {
  cmd->add_option("files", a->files, "Digests (text or PDF), plain text, or events JSON")
      ->required();
  cmd->add_option("--layout", a->layout, "Graphviz layout: neato, dot, sfdp, circo, fdp, twopi")
      ->capture_default_str();
  cmd->add_option("--lang", a->lang, "Diagram labels: en, or ja (Japanese names)")
      ->capture_default_str();
  cmd->add_option("--color", a->color, "Node colour by kind, country or community")
      ->capture_default_str();
  cmd->add_option("--size", a->size, "Node size by this measure (pagerank, degree, ...)")
      ->capture_default_str();
  cmd->add_option("--weights", a->weights, "Weights of interaction types (JSON)");
  cmd->add_option("--actors", a->actors, "Extra actor dictionary (JSON); repeatable");
  cmd->add_option("--patterns", a->patterns, "Extra pattern table (JSON); repeatable");
  cmd->add_option("--date", a->date, "Date (YYYY-MM-DD) for plain text that carries none");
  cmd->add_flag("-q,--quiet", a->quiet, "No progress on stderr");
}

Status ParseStyle(const StyleArgs& a, DiagramOptions* d, WeightTable* weights) {
  if (!IsSupportedLayout(a.layout))
    return Status::InvalidArgument("--layout: unknown layout '" + a.layout +
                                   "' (neato, dot, sfdp, circo, fdp, twopi)");
  d->layout = a.layout;
  if (!ParseLanguage(a.lang, &d->language))
    return Status::InvalidArgument("--lang: expected en or ja, not '" + a.lang + "'");
  if (!ParseColorBy(a.color, &d->style.color_by))
    return Status::InvalidArgument("--color: expected kind, country or community, not '" +
                                   a.color + "'");
  const std::vector<std::string>& names = MeasureNames();
  if (std::find(names.begin(), names.end(), a.size) == names.end()) {
    std::string known;
    for (const std::string& n : names) known += (known.empty() ? "" : ", ") + n;
    return Status::InvalidArgument("--size: unknown measure '" + a.size + "' (" + known + ")");
  }
  d->style.size_by = a.size;
  if (!a.weights.empty()) {
    Result<WeightTable> w = WeightTable::ReadFile(a.weights);
    if (!w.ok()) return w.status();
    *weights = *w;
  }
  return Status::OK();
}

// One line on stderr in a single write (lines of parallel workers never
// interleave).
void ProgressLine(const std::string& line) {
  std::string text = line + "\n";
  ssize_t ignored = ::write(2, text.data(), text.size());
  (void)ignored;
}

Result<Events> LoadInputs(const StyleArgs& a) {
  CorpusOptions options;
  options.actor_files = a.actors;
  options.pattern_files = a.patterns;
  options.read.default_date = a.date;
  if (!a.quiet && a.files.size() > 1) {
    options.progress = [](std::size_t done, std::size_t total, const std::string& file) {
      ProgressLine("[read " + std::to_string(done) + "/" + std::to_string(total) + "] " + file);
    };
  }
  return LoadCorpus(a.files, options);
}

// A file-size limit (ulimit -f) then fails a write with EFBIG, reported
// like a full disk, instead of killing the process mid-file.
void SurviveFileSizeLimit() { ::signal(SIGXFSZ, SIG_IGN); }

int RunBuild(const StyleArgs& a, const std::string& out, int jobs, bool no_diagrams) {
  SurviveFileSizeLimit();
  SiteOptions options;
  Status s = ParseStyle(a, &options.diagram, &options.weights);
  if (!s.ok()) return ReportError(s);
  if (jobs < 1) return ReportError(Status::InvalidArgument("--jobs must be at least 1"));
  options.jobs = jobs;
  options.diagrams = !no_diagrams;
  if (!a.quiet) {
    options.progress = [](std::size_t done, std::size_t total, const std::string& week) {
      ProgressLine("[" + std::to_string(done) + "/" + std::to_string(total) + "] " + week);
    };
  }
  Result<Events> events = LoadInputs(a);
  if (!events.ok()) return ReportError(events.status());
  s = BuildWeeklySite(*events, out, options);
  if (!s.ok()) return ReportError(s);
  if (!a.quiet) std::cerr << "actorgraph: wrote " << out << "/index.html\n";
  return 0;
}

const char* const kFormats[] = {"graphml", "gexf", "dot",       "svg",       "png",
                                "pdf",     "json", "nodes-csv", "edges-csv", "events"};

std::string FormatFromPath(const std::string& path) {
  std::size_t dot = path.rfind('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return "";
  std::string ext = path.substr(dot + 1);
  if (ext == "csv") return "";  // ambiguous: nodes or edges
  for (const char* f : kFormats) {
    if (ext == f) return ext;
  }
  return "";
}

int RunExport(const StyleArgs& a, const std::string& out, std::string format,
              const std::string& title, bool directed_only) {
  SurviveFileSizeLimit();
  DiagramOptions diagram;
  WeightTable weights;
  Status s = ParseStyle(a, &diagram, &weights);
  if (!s.ok()) return ReportError(s);
  if (format.empty()) format = FormatFromPath(out);
  if (format.empty())
    return ReportError(Status::InvalidArgument(
        "--format is needed (graphml, gexf, dot, svg, png, pdf, json, nodes-csv, edges-csv, "
        "events)"));
  if (std::find(std::begin(kFormats), std::end(kFormats), format) == std::end(kFormats))
    return ReportError(Status::InvalidArgument("--format: unknown format '" + format + "'"));
  Result<Events> events = LoadInputs(a);
  if (!events.ok()) return ReportError(events.status());
  ActorGraph graph = ActorGraph::FromEvents(*events, weights);
  GraphAnalysis analysis = Analyze(graph);
  diagram.title = title;

  StringSink text;
  Sink* sink = &text;
  std::unique_ptr<AtomicFile> file;
  if (out != "-") {
    Result<std::unique_ptr<AtomicFile>> f = AtomicFile::Create(out);
    if (!f.ok()) return ReportError(f.status());
    file = std::move(*f);
    sink = file.get();
  }
  if (format == "graphml") {
    GraphmlOptions o;
    o.title = title;
    o.mark_undirected = !directed_only;
    WriteGraphml(graph, &analysis, o, sink);
  } else if (format == "gexf") {
    GexfOptions o;
    o.title = title;
    o.style = diagram.style;
    WriteGexf(graph, &analysis, o, sink);
  } else if (format == "json") {
    NodeLinkOptions o;
    o.title = title;
    o.style = diagram.style;
    WriteNodeLinkJson(graph, &analysis, o, sink);
  } else if (format == "nodes-csv") {
    WriteNodesCsv(graph, &analysis, sink);
  } else if (format == "edges-csv") {
    WriteEdgesCsv(graph, sink);
  } else if (format == "events") {
    sink->Append(EventsToJson(*events));
  } else if (format == "dot") {
    Result<std::string> dot = DiagramDot(graph, &analysis, diagram);
    if (!dot.ok()) return ReportError(dot.status());
    sink->Append(*dot);
  } else {
    ImageFormat image = ImageFormat::kSvg;
    ParseImageFormat(format, &image);
    DiagramRenderer renderer;
    Result<std::string> data = renderer.Render(graph, &analysis, diagram, image);
    if (!data.ok()) return ReportError(data.status().At(out));
    sink->Append(*data);
  }
  if (file) {
    s = file->Commit();
    if (!s.ok()) return ReportError(s);
  } else {
    std::fwrite(text.str().data(), 1, text.str().size(), stdout);
    if (std::fflush(stdout) != 0) return ReportError(Status::IOError("cannot write standard output"));
  }
  return 0;
}

}  // namespace

void AddBuildCommand(CLI::App* app, int* exit_code) {
  auto build_args = std::make_shared<StyleArgs>();
  auto out = std::make_shared<std::string>();
  auto jobs = std::make_shared<int>(
      static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u)));
  auto no_diagrams = std::make_shared<bool>(false);
  CLI::App* build = app->add_subcommand(
      "build",
      "Build the weekly site: per week a diagram (SVG, PNG), GraphML, GEXF, DOT and events; "
      "the whole corpus in all/; index.html");
  AddStyleOptions(build, build_args.get());
  build->add_option("-o,--output", *out, "Output folder (replaced only if actorgraph made it)")
      ->required();
  build->add_option("-j,--jobs", *jobs, "Processes rendering diagrams")->capture_default_str();
  build->add_flag("--no-diagrams", *no_diagrams, "Skip SVG and PNG (data files only)");
  build->callback([=] { *exit_code = RunBuild(*build_args, *out, *jobs, *no_diagrams); });

  auto export_args = std::make_shared<StyleArgs>();
  auto export_out = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>();
  auto title = std::make_shared<std::string>();
  auto directed_only = std::make_shared<bool>(false);
  CLI::App* exp = app->add_subcommand(
      "export", "Write the whole corpus as one file: graphml, gexf, dot, svg, png, pdf, json, "
                "nodes-csv, edges-csv or events");
  AddStyleOptions(exp, export_args.get());
  exp->add_option("-o,--output", *export_out, "Output file, or - for standard output")
      ->required();
  exp->add_option("-f,--format", *format, "Format (default: from the output's extension)");
  exp->add_option("--title", *title, "Title of the graph or diagram");
  exp->add_flag("--directed-only", *directed_only,
                "GraphML without directed=\"false\" marks (for networkx, which cannot read "
                "mixed graphs)");
  exp->callback([=] {
    *exit_code = RunExport(*export_args, *export_out, *format, *title, *directed_only);
  });
}

}  // namespace cli
}  // namespace actorgraph
