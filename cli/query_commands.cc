// The query commands; the logic is in graph/ (queries.h, query_output.h,
// analysis.h, graph_view.h), this file only wires arguments to it.
//
//   actorgraph who-met NAME [INPUT...] [--type meeting,call,visit] [--from D] [--to D]
//   actorgraph between A B [INPUT...] [--type T,...] [--from D] [--to D]
//   actorgraph path A B [INPUT...] [--type T,...] [--from D] [--to D]
//   actorgraph top [INPUT...] [--measure pagerank] [--week 2026-W19] [-n 10] [--countries]
//   actorgraph actors [SEARCH] [INPUT...] [--search TEXT]
//
// Every command takes [--format text|json] [--weights FILE] [--actors FILE]...
// and its inputs as trailing arguments, with -i/--input FILE or with
// --events FILE (all repeatable, mixed freely): digests (text or PDF),
// plain text and events JSON, read by LoadCorpus. So
// `actorgraph who-met Aliyev examples/*.txt` works.
//
// Names: any alias, the Japanese name, any case, without diacritics
// (ActorFinder). Exit codes (status.h): 0 found (also when a list is
// empty), 2 bad arguments or an ambiguous name (the candidates are listed on
// stderr), 3 unknown actor or no chain of contacts, 4/5 unreadable input.

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/analysis.h"
#include "actorgraph/corpus.h"
#include "actorgraph/graph_view.h"
#include "actorgraph/iso_week.h"
#include "actorgraph/queries.h"
#include "actorgraph/query_output.h"
#include "commands.h"

namespace actorgraph {
namespace cli {

namespace {

// Options every query command has.
struct QueryArgs {
  std::string name_a, name_b;            // positional actor names (who-met, between, path)
  std::vector<std::string> inputs;       // positional input files
  std::vector<std::string> more_inputs;  // -i/--input and --events
  std::string format = "text";
  std::string weights;
  std::vector<std::string> actor_files;
  std::string types;  // "" = the command's default
  std::string from, to;
  bool verbose = false;
  // top
  std::string measure = "pagerank";
  std::string week;
  std::size_t limit = 10;
  bool countries = false;
  // actors
  std::string search;
};

// What every command needs: the graph and the parsed common options.
struct Loaded {
  ActorGraph graph;
  OutputFormat format = OutputFormat::kText;
  InteractionFilter filter;
};

void AddCommonOptions(CLI::App* cmd, QueryArgs* a) {
  cmd->add_option("-i,--input,--events", a->more_inputs,
                  "Input file (digest, PDF, plain text or events JSON); repeatable");
  cmd->add_option("--format", a->format, "Output: text or json")->capture_default_str();
  cmd->add_option("--weights", a->weights, "Weights of interaction types (JSON)");
  cmd->add_option("--actors", a->actor_files, "Extra actor dictionary (JSON); repeatable");
  cmd->add_flag("-v,--verbose", a->verbose, "Print the readers' warnings on stderr");
}

void AddFilterOptions(CLI::App* cmd, QueryArgs* a, const std::string& default_types) {
  cmd->add_option(
      "--type", a->types,
      "Interaction types, comma-separated, or contacts, or all (default: " + default_types + ")");
  cmd->add_option("--from", a->from, "Only on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", a->to, "Only on or before this date (YYYY-MM-DD)");
}

// Parses the common options, reads the inputs and builds the graph.
Result<Loaded> Load(const QueryArgs& a, const std::string& default_types) {
  Loaded loaded;
  if (!ParseOutputFormat(a.format, &loaded.format)) {
    return Status::InvalidArgument("--format: expected text or json, not \"" + a.format + "\"");
  }
  Result<std::vector<InteractionType>> types =
      ParseTypeList(a.types.empty() ? default_types : a.types);
  if (!types.ok()) return Status::InvalidArgument("--type: " + types.status().message());
  loaded.filter.types = *types;
  for (const std::string* d : {&a.from, &a.to}) {
    if (!d->empty() && !IsValidIsoDate(*d)) {
      return Status::InvalidArgument("--from/--to need a date YYYY-MM-DD, not \"" + *d + "\"");
    }
  }
  loaded.filter.from = a.from;
  loaded.filter.to = a.to;
  WeightTable weights;
  if (!a.weights.empty()) {
    Result<WeightTable> w = WeightTable::ReadFile(a.weights);
    if (!w.ok()) return w.status();
    weights = *w;
  }
  std::vector<std::string> files = a.inputs;
  files.insert(files.end(), a.more_inputs.begin(), a.more_inputs.end());
  if (files.empty()) {
    return Status::InvalidArgument(
        "no input files (give digests, PDFs or events JSON after the arguments, or with -i)");
  }
  CorpusOptions options;
  options.actor_files = a.actor_files;
  Result<Events> events = LoadCorpus(files, options);
  if (!events.ok()) return events.status();
  if (a.verbose) {
    for (const Warning& w : events->warnings) std::cerr << w.ToString() << "\n";
  }
  loaded.graph = ActorGraph::FromEvents(*events, weights);
  return loaded;
}

// Resolves the actor names given (name_a, and name_b when not empty).
Status ResolveAll(const ActorGraph& graph, const QueryArgs& a, std::vector<Vertex>* out) {
  ActorFinder finder(graph);
  for (const std::string* name : {&a.name_a, &a.name_b}) {
    if (name->empty() && name == &a.name_b) break;
    Result<Vertex> v = finder.Resolve(*name);
    if (!v.ok()) return v.status();
    out->push_back(*v);
  }
  return Status::OK();
}

int RunWhoMet(const QueryArgs& a) {
  Result<Loaded> loaded = Load(a, "contacts");
  if (!loaded.ok()) return ReportError(loaded.status());
  std::vector<Vertex> v;
  Status s = ResolveAll(loaded->graph, a, &v);
  if (!s.ok()) return ReportError(s);
  std::cout << FormatInteractions(loaded->graph, v[0], nullptr,
                                  InteractionsOf(loaded->graph, v[0], loaded->filter),
                                  loaded->format);
  return 0;
}

int RunBetween(const QueryArgs& a) {
  Result<Loaded> loaded = Load(a, "all");
  if (!loaded.ok()) return ReportError(loaded.status());
  std::vector<Vertex> v;
  Status s = ResolveAll(loaded->graph, a, &v);
  if (!s.ok()) return ReportError(s);
  std::cout << FormatInteractions(loaded->graph, v[0], &v[1],
                                  InteractionsBetween(loaded->graph, v[0], v[1], loaded->filter),
                                  loaded->format);
  return 0;
}

int RunPath(const QueryArgs& a) {
  Result<Loaded> loaded = Load(a, "contacts");
  if (!loaded.ok()) return ReportError(loaded.status());
  std::vector<Vertex> v;
  Status s = ResolveAll(loaded->graph, a, &v);
  if (!s.ok()) return ReportError(s);
  Result<ContactPath> path = ShortestContactPath(loaded->graph, v[0], v[1], loaded->filter);
  if (!path.ok()) return ReportError(path.status());
  std::cout << FormatPath(loaded->graph, *path, loaded->format);
  return 0;
}

int RunTop(const QueryArgs& a) {
  if (!a.week.empty() && !IsValidIsoWeek(a.week)) {
    return ReportError(
        Status::InvalidArgument("--week needs an ISO week like 2026-W19, not \"" + a.week + "\""));
  }
  Result<Loaded> loaded = Load(a, "all");
  if (!loaded.ok()) return ReportError(loaded.status());
  ViewOptions view;
  view.types = loaded->filter.types;
  view.from = loaded->filter.from;
  view.to = loaded->filter.to;
  view.week = a.week;
  view.collapse_to_countries = a.countries;
  // Rank among the actors active in the view, so a week's ranks do not
  // depend on the actors of other weeks.
  view.drop_isolated = !a.week.empty() || !a.types.empty() || !a.from.empty() || !a.to.empty();
  ActorGraph graph = MakeView(loaded->graph, view);
  Result<std::vector<double>> values = ComputeMeasure(graph, a.measure);
  if (!values.ok()) return ReportError(values.status());
  std::cout << FormatTop(graph, a.measure, a.week, TopActors(*values, a.limit), loaded->format);
  return 0;
}

int RunActors(QueryArgs a) {
  // "actors SEARCH FILE...": the first argument is the search text when it
  // is not a file.
  if (a.search.empty() && !a.inputs.empty() && !std::filesystem::exists(a.inputs[0])) {
    a.search = a.inputs[0];
    a.inputs.erase(a.inputs.begin());
  }
  Result<Loaded> loaded = Load(a, "all");
  if (!loaded.ok()) return ReportError(loaded.status());
  ActorFinder finder(loaded->graph);
  std::cout << FormatActors(loaded->graph, finder.Search(a.search), loaded->format);
  return 0;
}

}  // namespace

void AddQueryCommands(CLI::App* app, int* exit_code) {
  auto who = std::make_shared<QueryArgs>();
  CLI::App* cmd = app->add_subcommand(
      "who-met", "Every counterpart of an actor, with type, date, place, outlets and evidence");
  cmd->add_option("NAME", who->name_a, "The actor: id, name, alias or Japanese name")->required();
  cmd->add_option("INPUT", who->inputs, "Digests (text or PDF), plain text, or events JSON");
  AddCommonOptions(cmd, who.get());
  AddFilterOptions(cmd, who.get(), "contacts: meeting, call, visit");
  cmd->callback([who, exit_code] { *exit_code = RunWhoMet(*who); });

  auto between = std::make_shared<QueryArgs>();
  cmd = app->add_subcommand("between", "Every interaction between two actors, newest first");
  cmd->add_option("A", between->name_a, "One actor")->required();
  cmd->add_option("B", between->name_b, "The other actor")->required();
  cmd->add_option("INPUT", between->inputs, "Digests (text or PDF), plain text, or events JSON");
  AddCommonOptions(cmd, between.get());
  AddFilterOptions(cmd, between.get(), "all");
  cmd->callback([between, exit_code] { *exit_code = RunBetween(*between); });

  auto path = std::make_shared<QueryArgs>();
  cmd = app->add_subcommand("path", "The shortest chain of contacts joining two actors");
  cmd->add_option("A", path->name_a, "Where the chain starts")->required();
  cmd->add_option("B", path->name_b, "Where it ends")->required();
  cmd->add_option("INPUT", path->inputs, "Digests (text or PDF), plain text, or events JSON");
  AddCommonOptions(cmd, path.get());
  AddFilterOptions(cmd, path.get(), "contacts: meeting, call, visit");
  cmd->callback([path, exit_code] { *exit_code = RunPath(*path); });

  auto top = std::make_shared<QueryArgs>();
  cmd = app->add_subcommand("top", "The actors ranked by a centrality measure");
  cmd->add_option("INPUT", top->inputs, "Digests (text or PDF), plain text, or events JSON");
  cmd->add_option("-m,--measure", top->measure,
                  "degree, in_degree, out_degree, strength, betweenness, closeness, "
                  "eigenvector or pagerank")
      ->capture_default_str();
  cmd->add_option("-w,--week", top->week, "Only this ISO week, e.g. 2026-W19");
  cmd->add_option("-n", top->limit, "How many actors (0: all)")->capture_default_str();
  cmd->add_flag("--countries", top->countries,
                "Rank countries, each actor counted for its country");
  AddCommonOptions(cmd, top.get());
  AddFilterOptions(cmd, top.get(), "all");
  cmd->callback([top, exit_code] { *exit_code = RunTop(*top); });

  auto actors = std::make_shared<QueryArgs>();
  cmd = app->add_subcommand("actors", "List the actors, or those whose names contain SEARCH");
  cmd->add_option("INPUT", actors->inputs,
                  "Optional search text (when it is not a file), then the inputs");
  cmd->add_option("-s,--search", actors->search, "Search text (any case, without diacritics)");
  AddCommonOptions(cmd, actors.get());
  cmd->callback([actors, exit_code] { *exit_code = RunActors(*actors); });
}

}  // namespace cli
}  // namespace actorgraph
