#include "process_pool.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

Status RunInProcesses(int jobs, std::size_t count,
                      const std::function<Status(std::size_t index)>& task) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      Status s = task(i);
      if (!s.ok()) return s;
    }
    return Status::OK();
  }
  std::size_t workers = std::min<std::size_t>(static_cast<std::size_t>(jobs), count);
  struct Worker {
    pid_t pid = -1;
    int pipe = -1;
  };
  std::vector<Worker> pool(workers);
  std::fflush(nullptr);  // nothing buffered may be written twice
  Status spawn_error;
  for (std::size_t k = 0; k < workers; ++k) {
    int fds[2];
    if (::pipe(fds) != 0) {
      spawn_error = Status::IOError(std::string("cannot create a pipe: ") + strerror(errno));
      break;
    }
    pid_t pid = ::fork();
    if (pid < 0) {
      spawn_error = Status::IOError(std::string("cannot start a worker process: ") + strerror(errno));
      ::close(fds[0]);
      ::close(fds[1]);
      break;
    }
    if (pid == 0) {
      ::close(fds[0]);
      for (std::size_t j = 0; j < k; ++j) ::close(pool[j].pipe);
      int code = 0;
      for (std::size_t i = k; i < count; i += workers) {
        Status s = task(i);
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
    pool[k].pid = pid;
    pool[k].pipe = fds[0];
  }
  Status result = spawn_error;
  for (Worker& w : pool) {
    if (w.pid < 0) continue;
    if (!spawn_error.ok()) ::kill(w.pid, SIGTERM);
    std::string message = ReadAll(w.pipe);
    ::close(w.pipe);
    int status = 0;
    while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!result.ok()) continue;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) continue;
    if (!message.empty()) {
      result = Decode(message);
    } else if (WIFSIGNALED(status)) {
      result = Status::IOError("a worker process was killed by signal " +
                               std::to_string(WTERMSIG(status)));
    } else {
      result = Status::IOError("a worker process failed");
    }
  }
  return result;
}

}  // namespace export_internal
}  // namespace actorgraph
