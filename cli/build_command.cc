#include "commands.h"
namespace actorgraph { namespace cli {
void AddBuildCommand(CLI::App*, int*) {}
} }
