#include "process_pool.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace actorgraph {
namespace export_internal {

namespace {

// A Status through a pipe: "<code>\n<file>\n<line>\n<column>\n<message>".
std::string Encode(const Status& s) {
  return std::to_string(static_cast<int>(s.code())) + "\n" + s.file() + "\n" +
         std::to_string(s.line()) + "\n" + std::to_string(s.column()) + "\n" + s.message();
}

Status Decode(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t pos = 0;
  for (int i = 0; i < 4; ++i) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) return Status::IOError("a worker process failed: " + text);
    parts.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  std::string message = text.substr(pos);
  Status s;
  switch (std::atoi(parts[0].c_str())) {
    case 2: s = Status::InvalidArgument(message); break;
    case 3: s = Status::NotFound(message); break;
    case 5: s = Status::Corruption(message); break;
    case 6: s = Status::TooLarge(message); break;
    default: s = Status::IOError(message); break;
  }
  if (parts[1].empty()) return s;
  return s.At(parts[1], std::atoi(parts[2].c_str()), std::atoi(parts[3].c_str()));
}

void WriteAll(int fd, const std::string& data) {
  const char* p = data.data();
  std::size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

std::string ReadAll(int fd) {
  std::string out;
  char buf[4096];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace

ProcessPool::~ProcessPool() {
  inline_ = false;  // tasks not run yet are dropped
  for (Worker& w : workers_) {
    if (w.pid > 0) ::kill(w.pid, SIGTERM);
  }
  Wait();
}

Status ProcessPool::Start(int jobs, std::size_t count, Task task) {
  count_ = count;
  task_ = std::move(task);
  if (jobs <= 1 || count <= 1) {
    inline_ = true;
    return Status::OK();
  }
  std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(jobs), count);
  std::fflush(nullptr);  // nothing buffered may be written twice
  for (std::size_t k = 0; k < n; ++k) {
    int fds[2];
    if (::pipe(fds) != 0) {
      Status s = Status::IOError(std::string("cannot create a pipe: ") + strerror(errno));
      for (Worker& w : workers_) ::kill(w.pid, SIGTERM);
      Wait();
      return s;
    }
    pid_t pid = ::fork();
    if (pid < 0) {
      Status s = Status::IOError(std::string("cannot start a worker process: ") + strerror(errno));
      ::close(fds[0]);
      ::close(fds[1]);
      for (Worker& w : workers_) ::kill(w.pid, SIGTERM);
      Wait();
      return s;
    }
    if (pid == 0) {
      ::close(fds[0]);
      for (const Worker& w : workers_) ::close(w.pipe);
      int code = 0;
      for (std::size_t i = k; i < count; i += n) {
        Status s = task_(i);
        if (!s.ok()) {
          WriteAll(fds[1], Encode(s));
          code = 1;
          break;
        }
      }
      std::fflush(nullptr);
      ::close(fds[1]);
      ::_exit(code);  // no atexit handlers or destructors of the parent's objects
    }
    ::close(fds[1]);
    workers_.push_back({pid, fds[0]});
  }
  return Status::OK();
}

Status ProcessPool::Wait() {
  Status result;
  if (inline_) {
    inline_ = false;
    for (std::size_t i = 0; i < count_ && result.ok(); ++i) result = task_(i);
    return result;
  }
  for (Worker& w : workers_) {
    if (w.pid < 0) continue;
    std::string message = ReadAll(w.pipe);
    ::close(w.pipe);
    int status = 0;
    while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
    }
    w.pid = -1;
    if (!result.ok() || (WIFEXITED(status) && WEXITSTATUS(status) == 0)) continue;
    if (!message.empty()) {
      result = Decode(message);
    } else if (WIFSIGNALED(status)) {
      result = Status::IOError("a worker process was killed by signal " +
                               std::to_string(WTERMSIG(status)));
    } else {
      result = Status::IOError("a worker process failed");
    }
  }
  workers_.clear();
  return result;
}

}  // namespace export_internal
}  // namespace actorgraph
