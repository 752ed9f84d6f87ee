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

int RunActors(const QueryArgs& args) {
  // "actors SEARCH FILE...": the first argument is the search text when it
  // is not a file.
  QueryArgs a = args;
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

namespace {

// A positional actor argument: its name in --help and its description.
struct ActorArg {
  const char* name;
  const char* help;
};

// Registers one command: positional actor names, then inputs; the common
// options; the filter options unless `default_types` is null. Returns the
// command and its arguments for command-specific options.
std::pair<CLI::App*, QueryArgs*> AddCommand(CLI::App* app, int* exit_code, const char* name,
                                            const char* help, std::vector<ActorArg> actors,
                                            const char* default_types,
                                            int (*run)(const QueryArgs&)) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app->add_subcommand(name, help);
  std::string* slots[] = {&args->name_a, &args->name_b};
  for (std::size_t i = 0; i < actors.size() && i < 2; ++i) {
    cmd->add_option(actors[i].name, *slots[i], actors[i].help)->required();
  }
  cmd->add_option("INPUT", args->inputs, "Digests (text or PDF), plain text, or events JSON");
  AddCommonOptions(cmd, args.get());
  if (default_types) AddFilterOptions(cmd, args.get(), default_types);
  cmd->callback([args, exit_code, run] { *exit_code = run(*args); });
  return {cmd, args.get()};
}

}  // namespace

void AddQueryCommands(CLI::App* app, int* exit_code) {
  const char* contacts = "contacts: meeting, call, visit";
  AddCommand(app, exit_code, "who-met",
             "Every counterpart of an actor, with type, date, place, outlets and evidence",
             {{"NAME", "The actor: id, name, alias or Japanese name"}}, contacts, RunWhoMet);
  AddCommand(app, exit_code, "between", "Every interaction between two actors, newest first",
             {{"A", "One actor"}, {"B", "The other actor"}}, "all", RunBetween);
  AddCommand(app, exit_code, "path", "The shortest chain of contacts joining two actors",
             {{"A", "Where the chain starts"}, {"B", "Where it ends"}}, contacts, RunPath);

  auto [top, top_args] = AddCommand(app, exit_code, "top",
                                    "The actors ranked by a centrality measure", {}, "all", RunTop);
  top->add_option("-m,--measure", top_args->measure,
                  "degree, in_degree, out_degree, strength, betweenness, closeness, "
                  "eigenvector or pagerank")
      ->capture_default_str();
  top->add_option("-w,--week", top_args->week, "Only this ISO week, e.g. 2026-W19");
  top->add_option("-n", top_args->limit, "How many actors (0: all)")->capture_default_str();
  top->add_flag("--countries", top_args->countries,
                "Rank countries, each actor counted for its country");

  auto [actors, actors_args] =
      AddCommand(app, exit_code, "actors",
                 "List the actors, or those whose names contain SEARCH (the first argument "
                 "when it is not a file)",
                 {}, nullptr, RunActors);
  actors->add_option("-s,--search", actors_args->search,
                     "Search text (any case, without diacritics)");
}

}  // namespace cli
}  // namespace actorgraph
