// Private: runs tasks 0..count-1 in forked processes, for work that cannot
// share a process (Graphviz keeps global state and is not thread-safe),
// while the caller goes on with other work.
//
// Each task runs in a process of its own, forked from the caller, at most
// `jobs` at a time, in index order: no task sees what an earlier one left
// in its process (Graphviz's and cairo's caches), so a diagram's pixels do
// not depend on the number of jobs or on which weeks were drawn before.
// A task's failure comes back through a pipe; after a failure no further
// task starts. The caller must stay single-threaded while the pool runs
// (fork) and must not change what the tasks read.

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
  // Called in this process when task `index` has ended well (in the order
  // tasks end: index order with one job).
  using Done = std::function<void(std::size_t index)>;

  ProcessPool() = default;
  ~ProcessPool();  // waits for (and stops) workers still running
  ProcessPool(const ProcessPool&) = delete;
  ProcessPool& operator=(const ProcessPool&) = delete;

  // Starts the first tasks; an error when one cannot be started (those
  // started are stopped).
  Status Start(int jobs, std::size_t count, Task task, Done done = nullptr);
  // Runs the remaining tasks and waits for all; returns the failure of the
  // lowest-numbered failed task, or OK.
  Status Wait();

 private:
  struct Worker {
    std::size_t task = 0;
    pid_t pid = -1;
    int pipe = -1;
  };
  // Forks the process of task `next_` and advances it.
  Status Spawn();
  // Waits for one running worker to end; its failure, or OK.
  Status Reap();
  void StopAll();

  std::vector<Worker> running_;
  std::size_t count_ = 0, next_ = 0, jobs_ = 1;
  Task task_;
  Done done_;
  Status failure_;
  std::size_t failed_task_ = 0;
};

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_PROCESS_POOL_H_
