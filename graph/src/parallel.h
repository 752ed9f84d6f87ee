// Running independent blocks of work on a few threads, deterministically:
// every block is done by exactly one thread, and callers combine per-block
// results in block order, so the outcome never depends on the thread count.

#ifndef ACTORGRAPH_GRAPH_PARALLEL_H_
#define ACTORGRAPH_GRAPH_PARALLEL_H_

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace actorgraph {

// `requested`, or the hardware's thread count when 0; at least 1, at most 8.
inline unsigned ResolveThreads(unsigned requested) {
  unsigned t = requested != 0 ? requested : std::thread::hardware_concurrency();
  if (t == 0) t = 1;
  return t > 8 ? 8 : t;
}

// Calls body(block, worker) for every block in [0, blocks); worker in
// [0, threads) names the thread, for per-thread scratch space. Blocks are
// handed out in order from a shared counter.
template <typename Body>
void ForEachBlock(std::size_t blocks, unsigned threads, const Body& body) {
  if (threads <= 1 || blocks <= 1) {
    for (std::size_t b = 0; b < blocks; ++b) body(b, 0u);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto work = [&](unsigned worker) {
    for (std::size_t b = next++; b < blocks; b = next++) body(b, worker);
  };
  std::vector<std::thread> pool;
  unsigned used = threads < blocks ? threads : static_cast<unsigned>(blocks);
  for (unsigned w = 1; w < used; ++w) pool.emplace_back(work, w);
  work(0);
  for (std::thread& t : pool) t.join();
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_PARALLEL_H_
