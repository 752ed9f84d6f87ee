#include "commands.h"
namespace actorgraph { namespace cli {
void AddQueryCommands(CLI::App*, int*) {}
} }
