#include "input_text.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <utf8proc.h>

#include "actorgraph/text_normalize.h"
#include "text_util.h"

namespace actorgraph {
namespace reader {

namespace {

const char kAccepted[] = "expected UTF-8 text, UTF-16 with a byte-order mark, or a PDF";

Status OpenError(const std::string& path, int err) {
  if (err == ENOENT || err == ENOTDIR) return Status::NotFound("no such file").At(path);
  return Status::IOError(std::string("cannot open: ") + std::strerror(err)).At(path);
}

class FileCloser {
 public:
  explicit FileCloser(int fd) : fd_(fd) {}
  ~FileCloser() { close(fd_); }
  FileCloser(const FileCloser&) = delete;
  FileCloser& operator=(const FileCloser&) = delete;

 private:
  int fd_;
};

}  // namespace

Status OverSizeLimit(const std::string& file, const std::string& what, std::size_t max_bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  std::string mib = max_bytes % kMiB == 0 ? " (" + std::to_string(max_bytes / kMiB) + " MiB)" : "";
  return Status::TooLarge(what + ", over the limit of " + std::to_string(max_bytes) + " bytes" + mib).At(file);
}

Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return OpenError(path, errno);
  FileCloser closer(fd);
  struct stat st;
  if (fstat(fd, &st) != 0) return Status::IOError(std::string("cannot stat: ") + std::strerror(errno)).At(path);
  if (S_ISDIR(st.st_mode)) return Status::IOError("is a directory, not a file").At(path);
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_bytes) {
    return OverSizeLimit(path, "file is " + std::to_string(st.st_size) + " bytes", max_bytes);
  }
  std::string data;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IOError(std::string("cannot read: ") + std::strerror(errno)).At(path);
    if (n == 0) break;
    data.append(buf, static_cast<std::size_t>(n));
    if (data.size() > max_bytes) {
      return OverSizeLimit(path, "file is more than " + std::to_string(max_bytes) + " bytes", max_bytes);
    }
  }
  return data;
}

bool LooksLikePdf(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 1024);
  for (std::size_t at = head.find("%PDF-"); at != std::string_view::npos; at = head.find("%PDF-", at + 1)) {
    bool line_start = at == 0 || head[at - 1] == '\n' || head[at - 1] == '\r';
    bool version = at + 5 < head.size() && head[at + 5] >= '1' && head[at + 5] <= '9';
    if (line_start && version) return true;
  }
  return false;
}

namespace {

// 1-based line and column of byte `pos`, counting "\n", "\r\n" and "\r"
// as line ends; *line_start is where that line begins.
void Place(std::string_view s, std::size_t pos, int* line, int* column, std::size_t* line_start) {
  *line = 1;
  *line_start = 0;
  for (std::size_t i = 0; i < pos && i < s.size(); ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
      ++*line;
      *line_start = i + 1;
    }
  }
  *column = static_cast<int>(pos - *line_start) + 1;
}

std::string_view LineAt(std::string_view s, std::size_t line_start) {
  std::size_t end = s.find_first_of("\r\n", line_start);
  return s.substr(line_start, end == std::string_view::npos ? std::string_view::npos : end - line_start);
}

// Mostly NUL bytes on one side of each byte pair only: UTF-16 of Latin text.
bool LooksLikeUtf16(std::string_view s) {
  std::size_t pairs = std::min<std::size_t>(s.size(), 256) / 2, even = 0, odd = 0;
  for (std::size_t i = 0; i < pairs; ++i) {
    even += s[2 * i] == '\0';
    odd += s[2 * i + 1] == '\0';
  }
  auto mostly = [&](std::size_t n) { return n * 10 >= pairs * 8; };
  auto rarely = [&](std::size_t n) { return n * 10 <= pairs; };
  return pairs >= 8 && ((mostly(odd) && rarely(even)) || (mostly(even) && rarely(odd)));
}

Status NulError(std::string_view s, const std::string& file) {
  std::size_t pos = s.find('\0');
  int line = 0, column = 0;
  std::size_t start = 0;
  Place(s, pos, &line, &column, &start);
  std::string hint = LooksLikeUtf16(s)
                         ? "; it looks like UTF-16 without a byte-order mark: save it as UTF-8"
                         : std::string("; ") + kAccepted;
  return Status::Corruption("binary data (NUL byte)" + hint).At(file, line, column);
}

// "a truncated sequence" when the data ends inside a character, else
// "byte 0xNN" (the first byte that does not fit).
std::string Utf8Problem(std::string_view s, std::size_t pos) {
  unsigned char lead = static_cast<unsigned char>(s[pos]);
  std::size_t want = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                     : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  std::size_t have = 1;
  while (want > 0 && have < want && pos + have < s.size() &&
         (static_cast<unsigned char>(s[pos + have]) & 0xC0) == 0x80) {
    ++have;
  }
  if (want > 0 && have < want && pos + have == s.size()) return "a truncated sequence";
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02x", lead);
  return std::string("byte ") + byte;
}

Status Utf8Error(std::string_view s, std::size_t pos, const std::string& file) {
  int line = 0, column = 0;
  std::size_t start = 0;
  Place(s, pos, &line, &column, &start);
  return Status::Corruption("invalid UTF-8 (" + Utf8Problem(s, pos) + "); " + kAccepted +
                            ErrorContext(LineAt(s, start), pos - start))
      .At(file, line, column);
}

// UTF-16 (after its BOM) to UTF-8; false with *bad at the offending unit.
bool Utf16ToUtf8(std::string_view s, bool big_endian, std::string* out, std::size_t* bad) {
  auto unit = [&](std::size_t i) -> char32_t {
    unsigned char a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
    return big_endian ? (a << 8 | b) : (b << 8 | a);
  };
  out->reserve(s.size() * 3 / 2);
  for (std::size_t i = 0; i < s.size(); i += 2) {
    *bad = i;
    if (i + 1 >= s.size()) return false;
    char32_t cp = unit(i);
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 3 >= s.size()) return false;
      char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    }
    AppendUtf8(cp, out);
  }
  return true;
}

Result<std::string> FromUtf16(std::string_view s, bool big_endian, const std::string& file) {
  std::string out;
  std::size_t bad = 0;
  if (Utf16ToUtf8(s, big_endian, &out, &bad)) return out;
  int line = 0, column = 0;
  std::size_t start = 0;
  Place(out, out.size(), &line, &column, &start);
  const char* what = bad + 1 >= s.size() ? "odd number of bytes" : "unpaired surrogate";
  return Status::Corruption(std::string("invalid UTF-16 (") + what + ")").At(file, line, column);
}

// Offset of the first invalid UTF-8 sequence, or npos; ASCII runs are
// skipped a byte at a time, the rest checked by utf8proc.
std::size_t FirstInvalidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t rest = FindInvalidUtf8(s.substr(i, 4));
    if (rest == 0) return i;
    std::size_t pos = i;
    NextCodePoint(s, &pos);
    i = pos;
  }
  return std::string_view::npos;
}

// Byte length of the control character at s[i] that becomes a space (C0
// other than tab and line ends, DEL, C1 as U+0080..U+009F), else 0. `s` is
// valid UTF-8.
std::size_t ControlAt(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return 2;
  return 0;
}

// Line ends to "\n", form feeds to line breaks, other controls to spaces.
std::string CleanControls(std::string_view s, const std::string& file, std::vector<Warning>* warnings) {
  std::string out;
  out.reserve(s.size());
  int line = 1, replaced = 0, first_line = 0;
  unsigned first = 0;
  // Bytes that stay as they are (everything but line ends, form feeds,
  // controls and a C1 control's lead byte), appended a run at a time.
  auto plain = [](char ch) {
    unsigned char u = static_cast<unsigned char>(ch);
    return (u >= 0x20 && u != 0x7F && u != 0xC2) || ch == '\t';
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t run = i;
    while (run < s.size() && plain(s[run])) ++run;
    if (run > i) {
      out.append(s.data() + i, run - i);
      if (run == s.size()) break;
      i = run;
    }
    char c = s[i];
    if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    if (c == '\r' || c == '\n' || c == '\f') {
      out += '\n';
      ++line;
    } else if (std::size_t n = ControlAt(s, i)) {
      if (replaced++ == 0) {
        first = n == 1 ? static_cast<unsigned char>(c) : static_cast<unsigned char>(s[i + 1]);
        first_line = line;
      }
      out += ' ';
      i += n - 1;
    } else {
      out += c;
    }
  }
  if (replaced > 0) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", first);
    std::string more = replaced > 1 ? " (and " + std::to_string(replaced - 1) + " more)" : "";
    warnings->push_back({file, first_line, std::string("control character ") + name +
                                               " replaced by a space" + more});
  }
  return out;
}

// NFC line by line; lines of ASCII only are already NFC.
std::string NfcByLine(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t start = 0; start < s.size();) {
    std::size_t end = s.find('\n', start);
    end = end == std::string::npos ? s.size() : end + 1;
    std::string_view line(s.data() + start, end - start);
    bool ascii = std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
      out.append(line);
    } else {
      out += NormalizeNfc(line);
    }
    start = end;
  }
  return out;
}

}  // namespace

Result<DecodedText> DecodeText(std::string_view bytes, const std::string& file) {
  if (bytes.empty()) return Status::Corruption("empty file").At(file);
  std::string utf8;
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    Result<std::string> converted = FromUtf16(bytes.substr(2), bytes[0] == '\xFE', file);
    if (!converted.ok()) return converted.status();
    utf8 = std::move(converted).value();
    bytes = utf8;
  } else if (StartsWith(bytes, "\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
  }
  if (bytes.find('\0') != std::string_view::npos) return NulError(bytes, file);
  std::size_t bad = FirstInvalidUtf8(bytes);
  if (bad != std::string_view::npos) return Utf8Error(bytes, bad, file);
  DecodedText decoded;
  decoded.text = NfcByLine(CleanControls(bytes, file, &decoded.warnings));
  if (Trim(decoded.text).empty()) {
    return Status::Corruption("no text (only white space)").At(file);
  }
  return decoded;
}

namespace {

// One character of a line as shown in an error context.
struct Piece {
  std::string text;
  std::size_t width = 0;  // display columns
};

// Every character of `line`, invalid bytes as "\xNN", tabs as one space;
// *error is the index of the piece holding `byte_column` (size() past the end).
std::vector<Piece> RenderLine(std::string_view line, std::size_t byte_column, std::size_t* error) {
  std::vector<Piece> pieces;
  *error = std::string_view::npos;
  for (std::size_t pos = 0; pos < line.size();) {
    std::size_t start = pos;
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(line.data() + pos),
                                          static_cast<utf8proc_ssize_t>(line.size() - pos), &cp);
    Piece p;
    if (n <= 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(line[pos]));
      p = {hex, 4};
      pos += 1;
    } else {
      pos += static_cast<std::size_t>(n);
      int w = cp == '\t' ? 1 : utf8proc_charwidth(cp);
      p = {cp == '\t' ? std::string(" ") : std::string(line.substr(start, pos - start)),
           static_cast<std::size_t>(w < 0 ? 0 : w)};
    }
    if (start <= byte_column && byte_column < pos) *error = pieces.size();
    pieces.push_back(std::move(p));
  }
  if (*error == std::string_view::npos) *error = pieces.size();
  return pieces;
}

}  // namespace

std::string ErrorContext(std::string_view line, std::size_t byte_column) {
  constexpr std::size_t kBefore = 40, kWidth = 72;
  std::size_t error = 0;
  std::vector<Piece> pieces = RenderLine(line, byte_column, &error);
  // Start far enough left to show about kBefore columns before the error.
  std::size_t first = error, before = 0;
  while (first > 0 && before + pieces[first - 1].width <= kBefore) before += pieces[--first].width;
  std::string shown = first > 0 ? "..." : "";
  std::size_t width = shown.size(), caret = 0;
  for (std::size_t i = first; i < pieces.size(); ++i) {
    if (i == error) caret = width;
    if (i > error && width + pieces[i].width > kWidth) {
      shown += "...";
      break;
    }
    shown += pieces[i].text;
    width += pieces[i].width;
  }
  if (error == pieces.size()) caret = width;
  return "\n" + shown + "\n" + std::string(caret, ' ') + "^ near here";
}

}  // namespace reader
}  // namespace actorgraph
