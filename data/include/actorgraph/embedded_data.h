// The default data files of data/, compiled into the binary so actorgraph
// works with no files beside it. The returned views point to static storage
// and live as long as the program.

#ifndef ACTORGRAPH_EMBEDDED_DATA_H_
#define ACTORGRAPH_EMBEDDED_DATA_H_

#include <string_view>

namespace actorgraph {

// The bytes of data/NAME ("actors.json", "patterns.json", "weights.json"),
// or an empty view for an unknown name.
std::string_view EmbeddedDataFile(std::string_view name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EMBEDDED_DATA_H_
