// Status and Result<T>: how every module boundary reports success or failure.
//
// A Status is either OK or an error with a code, a message and the place it
// concerns (file, line, column; 0 means "not known"). No exceptions cross a
// module boundary: functions that can fail return Status or Result<T>.
//
// Status is a small value type; copy it freely. Result<T> owns its value.

#ifndef ACTORGRAPH_STATUS_H_
#define ACTORGRAPH_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace actorgraph {

class Status {
 public:
  // The process exit code of each kind of failure (documented in README).
  enum class Code {
    kOk = 0,
    kInvalidArgument = 2,  // bad command line or option value
    kNotFound = 3,         // a file or a named actor does not exist
    kIOError = 4,          // reading or writing failed
    kCorruption = 5,       // the input is not what it claims to be
    kTooLarge = 6,         // the input is over a documented limit
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status TooLarge(std::string msg) { return Status(Code::kTooLarge, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }

  // Returns a copy that names the place the error concerns.
  Status At(std::string file, int line = 0, int column = 0) const {
    Status s = *this;
    s.file_ = std::move(file);
    s.line_ = line;
    s.column_ = column;
    return s;
  }

  // "file:line:column: message" (parts that are unknown are left out);
  // "OK" for success.
  std::string ToString() const {
    if (ok()) return "OK";
    std::string out;
    if (!file_.empty()) {
      out += file_;
      if (line_ > 0) out += ":" + std::to_string(line_);
      if (line_ > 0 && column_ > 0) out += ":" + std::to_string(column_);
      out += ": ";
    }
    return out + message_;
  }

  int ExitCode() const { return static_cast<int>(code_); }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
  std::string file_;
  int line_ = 0;
  int column_ = 0;
};

// Either a value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: must not be OK

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_STATUS_H_
