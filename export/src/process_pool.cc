#include "process_pool.h"

#include <errno.h>
#include <poll.h>
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

ProcessPool::~ProcessPool() { StopAll(); }

void ProcessPool::StopAll() {
  next_ = count_;  // tasks not started yet are dropped
  for (Worker& w : running_)
    if (w.pid > 0) ::kill(w.pid, SIGTERM);
  while (!running_.empty()) Reap();
}

Status ProcessPool::Start(int jobs, std::size_t count, Task task, Done done) {
  done_ = std::move(done);
  count_ = count;
  next_ = 0;
  jobs_ = static_cast<std::size_t>(std::max(1, jobs));
  task_ = std::move(task);
  failure_ = Status::OK();
  std::fflush(nullptr);  // nothing buffered may be written twice
  while (next_ < count_ && running_.size() < jobs_) {
    Status s = Spawn();
    if (!s.ok()) {
      StopAll();
      return s;
    }
  }
  return Status::OK();
}

Status ProcessPool::Spawn() {
  std::size_t index = next_++;
  int fds[2];
  if (::pipe(fds) != 0) return Status::IOError(std::string("cannot create a pipe: ") + strerror(errno));
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return Status::IOError(std::string("cannot start a worker process: ") + strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    for (const Worker& w : running_) ::close(w.pipe);
    Status s = task_(index);
    if (!s.ok()) WriteAll(fds[1], Encode(s));
    std::fflush(nullptr);
    ::close(fds[1]);
    ::_exit(s.ok() ? 0 : 1);  // no atexit handlers or destructors of the parent's objects
  }
  ::close(fds[1]);
  running_.push_back({index, pid, fds[0]});
  return Status::OK();
}

Status ProcessPool::Reap() {
  // A worker's pipe ends when it exits; wait for the first to end.
  std::vector<pollfd> fds;
  for (const Worker& w : running_) fds.push_back({w.pipe, POLLIN, 0});
  while (::poll(fds.data(), fds.size(), -1) < 0 && errno == EINTR) {
  }
  std::size_t k = 0;
  while (k + 1 < fds.size() && fds[k].revents == 0) ++k;
  Worker w = running_[k];
  running_.erase(running_.begin() + static_cast<std::ptrdiff_t>(k));
  std::string message = ReadAll(w.pipe);
  ::close(w.pipe);
  int status = 0;
  while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
  }
  Status result;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    if (done_) done_(w.task);
    return result;
  }
  if (!message.empty()) {
    result = Decode(message);
  } else if (WIFSIGNALED(status)) {
    result = Status::IOError("a worker process was killed by signal " + std::to_string(WTERMSIG(status)));
  } else {
    result = Status::IOError("a worker process failed");
  }
  if (failure_.ok() || w.task < failed_task_) {
    failure_ = result;
    failed_task_ = w.task;
  }
  return result;
}

Status ProcessPool::Wait() {
  while (!running_.empty()) {
    Status s = Reap();
    if (!s.ok()) next_ = count_;  // after a failure no further task starts
    if (next_ < count_) {
      Status started = Spawn();
      if (!started.ok() && failure_.ok()) {
        failure_ = started;
        failed_task_ = next_ - 1;
        next_ = count_;
      }
    }
  }
  Status result = failure_;
  failure_ = Status::OK();
  return result;
}

}  // namespace export_internal
}  // namespace actorgraph
