// Helpers shared by the test executables: where the sources, the shared
// folder and the binary are, reading files, and running the CLI.

#ifndef ACTORGRAPH_TESTS_TEST_UTIL_H_
#define ACTORGRAPH_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

namespace actorgraph {
namespace testing {

// The project's source folder.
std::string SourceDir();
// ../shared beside the project, or "" when it is absent (tests then skip).
std::string SharedDir();
// A fresh, empty temporary folder, removed at exit.
std::string TempDir();
std::string ReadFileOrDie(const std::string& path);
void WriteFileOrDie(const std::string& path, const std::string& data);

struct RunResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};
// Runs the actorgraph binary with `args` (no shell involved).
RunResult RunActorgraph(const std::vector<std::string>& args);
// Runs any program found on PATH; exit_code 127 when it is missing.
RunResult RunProgram(const std::vector<std::string>& argv);
bool HaveProgram(const std::string& name);

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_TEST_UTIL_H_
