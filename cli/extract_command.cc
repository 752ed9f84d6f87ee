#include "commands.h"
namespace actorgraph { namespace cli {
void AddExtractCommand(CLI::App*, int*) {}
} }
