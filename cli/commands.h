// Each subcommand registers itself on the CLI11 app. A command's callback
// stores its exit code in *exit_code (0 on success, Status::ExitCode() on
// failure) and prints errors as "actorgraph: file:line: message".

#ifndef ACTORGRAPH_CLI_COMMANDS_H_
#define ACTORGRAPH_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "actorgraph/status.h"

namespace actorgraph {
namespace cli {

void AddParseCommand(CLI::App* app, int* exit_code);
void AddExtractCommand(CLI::App* app, int* exit_code);
// who-met, between, path, top, actors.
void AddQueryCommands(CLI::App* app, int* exit_code);
// build (the main job) and export.
void AddBuildCommand(CLI::App* app, int* exit_code);

// Prints "actorgraph: <status>" on stderr and returns its exit code.
int ReportError(const Status& status);

// The --date option of parse and extract: empty, or a calendar date written
// YYYY-MM-DD; else an InvalidArgument naming the option.
Status CheckDateOption(const std::string& date);

}  // namespace cli
}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_COMMANDS_H_
