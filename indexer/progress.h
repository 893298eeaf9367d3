// Progress: one self-overwriting status line on a terminal for long runs
// (records, bytes, rate, ETA). Prints nothing when stderr is not a terminal
// or when disabled (--quiet), so logs and pipes stay clean.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace lisan::indexer {

class Progress {
 public:
  // `enabled` is false for --quiet; the line also needs stderr to be a tty.
  Progress(bool enabled, std::uint64_t total_bytes);
  ~Progress();

  // Called often; redraws at most every 200 ms.
  void update(std::uint64_t records, std::uint64_t bytes_done);
  // Clears the line (before the summary or a diagnostic).
  void clear();

 private:
  bool active_;
  std::uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
};

}  // namespace lisan::indexer
