// Portable, seeded randomness: std::mt19937_64 is specified bit for bit by
// the standard, but the std:: distributions are not, so draws are made here.

#ifndef ACTORGRAPH_GRAPH_RANDOM_H_
#define ACTORGRAPH_GRAPH_RANDOM_H_

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace actorgraph {

// A uniform integer in [0, bound), bound > 0, without modulo bias.
inline std::uint64_t UniformBelow(std::mt19937_64& rng, std::uint64_t bound) {
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
  std::uint64_t x;
  do {
    x = rng();
  } while (x >= limit);
  return x % bound;
}

// Shuffles `items` (Fisher-Yates), the same way on every platform.
template <typename T>
void PortableShuffle(std::vector<T>* items, std::mt19937_64& rng) {
  for (std::size_t i = items->size(); i > 1; --i) {
    std::swap((*items)[i - 1], (*items)[UniformBelow(rng, i)]);
  }
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_RANDOM_H_
