#include "actorgraph/document.h"

namespace actorgraph {

std::string Warning::ToString() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (!out.empty()) out += ": ";
  return out + "warning: " + message;
}

}  // namespace actorgraph
