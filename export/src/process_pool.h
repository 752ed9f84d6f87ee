// Private: runs tasks 0..count-1 in `jobs` forked worker processes, for work
// that cannot share a process (Graphviz keeps global state and is not
// thread-safe). Worker k runs tasks k, k+jobs, k+2*jobs, ... in order and
// stops at its first failure; its Status comes back through a pipe. The
// caller must be single-threaded when it calls (fork). With jobs <= 1 or
// count <= 1 the tasks run in this process.

#ifndef ACTORGRAPH_EXPORT_PROCESS_POOL_H_
#define ACTORGRAPH_EXPORT_PROCESS_POOL_H_

#include <cstddef>
#include <functional>

#include "actorgraph/status.h"

namespace actorgraph {
namespace export_internal {

// `task(i)` runs task i. Returns the failure of the lowest-numbered failed worker, or OK.
Status RunInProcesses(int jobs, std::size_t count,
                      const std::function<Status(std::size_t index)>& task);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_PROCESS_POOL_H_
