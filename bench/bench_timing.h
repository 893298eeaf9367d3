// Timing helpers the query benchmarks share, so that every table in
// bench/RESULTS.md uses one CPU clock and one percentile definition.
#pragma once

#include <time.h>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace lisan::bench {

// CPU time of this thread: what a query costs when the core is not shared.
inline double thread_cpu_us() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// The p-th percentile (0..1) by nearest rank over the sorted samples.
inline double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace lisan::bench
