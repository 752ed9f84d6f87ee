#include "actorgraph/embedded_data.h"

#include <cstddef>

namespace actorgraph {
namespace embedded {
extern const char actors_json[];
extern const std::size_t actors_json_size;
extern const char patterns_json[];
extern const std::size_t patterns_json_size;
extern const char weights_json[];
extern const std::size_t weights_json_size;
}  // namespace embedded

std::string_view EmbeddedDataFile(std::string_view name) {
  using namespace embedded;
  if (name == "actors.json") return {actors_json, actors_json_size};
  if (name == "patterns.json") return {patterns_json, patterns_json_size};
  if (name == "weights.json") return {weights_json, weights_json_size};
  return {};
}

}  // namespace actorgraph
