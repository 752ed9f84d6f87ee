// Turning RapidJSON's byte offsets into "line:column" for error messages.

#ifndef ACTORGRAPH_EXTRACT_JSON_POSITION_H_
#define ACTORGRAPH_EXTRACT_JSON_POSITION_H_

#include <cstddef>
#include <string_view>

namespace actorgraph {

struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in bytes
};

// The line and column of byte `offset` in `text` (clamped to its end).
inline TextPosition PositionOf(std::string_view text, std::size_t offset) {
  TextPosition pos;
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_JSON_POSITION_H_
