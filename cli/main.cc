// actorgraph: weekly diplomatic news digests to an actor-relationship graph.
// This file only wires the subcommands; see commands.h.

#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "actorgraph/iso_week.h"
#include "commands.h"

namespace actorgraph {
namespace cli {

int ReportError(const Status& status) {
  std::cerr << "actorgraph: " << status.ToString() << "\n";
  return status.ExitCode() == 0 ? 1 : status.ExitCode();
}

Status CheckDateOption(const std::string& date) {
  if (date.empty() || IsValidIsoDate(date)) return Status::OK();
  return Status::InvalidArgument("--date \"" + date + "\": not a calendar date in the form YYYY-MM-DD");
}

}  // namespace cli
}  // namespace actorgraph

int main(int argc, char** argv) {
  CLI::App app{
      "actorgraph: turns weekly diplomatic news digests into an actor-relationship graph.\n"
      "Exit codes: 0 success, 1 failure, 2 bad arguments, 3 not found, 4 I/O error,\n"
      "5 corrupt input, 6 input too large."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "actorgraph 0.1.0");
  int exit_code = 0;
  actorgraph::cli::AddParseCommand(&app, &exit_code);
  actorgraph::cli::AddExtractCommand(&app, &exit_code);
  actorgraph::cli::AddQueryCommands(&app, &exit_code);
  actorgraph::cli::AddBuildCommand(&app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  std::fflush(stdout);
  return exit_code;
}
