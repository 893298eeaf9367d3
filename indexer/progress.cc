#include "indexer/progress.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace lisan::indexer {

Progress::Progress(bool enabled, std::uint64_t total_bytes)
    : active_(enabled && isatty(STDERR_FILENO)),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { clear(); }

void Progress::update(std::uint64_t records, std::uint64_t bytes_done) {
  if (!active_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(records) / seconds : 0;
  const double mb = static_cast<double>(bytes_done) / 1e6;
  std::string line = fmt::format("\r{} records  {:.1f} MB", records, mb);
  if (total_bytes_ > 0) {
    const double fraction = static_cast<double>(bytes_done) / static_cast<double>(total_bytes_);
    line += fmt::format(" of {:.1f} MB ({:.0f}%)", static_cast<double>(total_bytes_) / 1e6, fraction * 100);
    if (fraction > 0.01 && fraction < 1) {
      const double eta = seconds * (1 - fraction) / fraction;
      line += fmt::format("  ETA {:.0f}s", eta);
    }
  }
  line += fmt::format("  {:.0f} rec/s  ", rate);
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::clear() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace lisan::indexer
