# cmake -DINPUT=file.json -DOUTPUT=file.cc -DSYMBOL=name -P embed.cmake
# Writes a C++ file that defines `extern const char SYMBOL[]` and its size,
# holding the bytes of INPUT, so the default data works with no files beside
# the binary.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${NAME} by cmake/embed.cmake. Do not edit.\n"
  "#include <cstddef>\n"
  "namespace actorgraph { namespace embedded {\n"
  "extern const char ${SYMBOL}[] = {\n${bytes}'\\0'};\n"
  "extern const std::size_t ${SYMBOL}_size = ${size};\n"
  "} }\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
