#include "indexer/interrupt.h"

#include <atomic>
#include <csignal>

namespace lisan::indexer {
namespace {

std::atomic<int> g_signal{0};

extern "C" void on_signal(int sig) {
  if (g_signal.exchange(sig) != 0) std::signal(sig, SIG_DFL);
}

}  // namespace

void install_interrupt_handlers() {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
}

bool interrupted() { return g_signal.load(std::memory_order_relaxed) != 0; }

}  // namespace lisan::indexer
