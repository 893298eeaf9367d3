// SplitMix64: a small, fast pseudo-random generator whose sequence is the
// same on every platform and library (std::mt19937 is too, but the standard
// distributions over it are not), for what must be reproducible from a seed:
// benchmark corpora and the shuffled control of coordination networks.
#pragma once

#include <cstddef>
#include <cstdint>

namespace lisan {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // In [0, n); 0 when n is 0.
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  std::int64_t below64(std::int64_t n) {
    return n > 0 ? static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n)) : 0;
  }
  // In [0, 1), 53 random bits.
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
  bool chance(double p) { return unit() < p; }

 private:
  std::uint64_t state_;
};

}  // namespace lisan
