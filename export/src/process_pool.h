// Private: runs tasks 0..count-1 in forked worker processes, for work that
// cannot share a process (Graphviz keeps global state and is not
// thread-safe), while the caller goes on with other work.
//
// Worker k of `jobs` runs tasks k, k+jobs, k+2*jobs, ... in order and stops
// at its first failure; its Status comes back through a pipe. Start() must
// be called while the process is single-threaded (fork). With jobs <= 1 or
// count <= 1 nothing is forked: Wait() runs the tasks in this process.

#ifndef ACTORGRAPH_EXPORT_PROCESS_POOL_H_
#define ACTORGRAPH_EXPORT_PROCESS_POOL_H_

#include <sys/types.h>

#include <cstddef>
#include <functional>
#include <vector>

#include "actorgraph/status.h"

namespace actorgraph {
namespace export_internal {

class ProcessPool {
 public:
  using Task = std::function<Status(std::size_t index)>;

  ProcessPool() = default;
  ~ProcessPool();  // waits for (and stops) workers still running
  ProcessPool(const ProcessPool&) = delete;
  ProcessPool& operator=(const ProcessPool&) = delete;

  // Starts the workers; an error when one cannot be started (those started
  // are stopped).
  Status Start(int jobs, std::size_t count, Task task);
  // Waits for every worker; returns the failure of the lowest-numbered
  // failed worker, or OK.
  Status Wait();

 private:
  struct Worker {
    pid_t pid = -1;
    int pipe = -1;
  };
  std::vector<Worker> workers_;
  std::size_t count_ = 0;
  Task task_;
  bool inline_ = false;
};

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_PROCESS_POOL_H_
