#include "query/network/coordination_window.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lisan/core/error.h"

namespace lisan::query::network {
namespace {

constexpr std::int64_t kDefaultWindow = 60;
constexpr std::int64_t kMaxWindow = 30 * 86400;

}  // namespace

std::string format_seconds(std::int64_t s) {
  if (s < 60) return fmt::format("{} s", s);
  if (s < 3600) return s % 60 ? fmt::format("{} min {} s", s / 60, s % 60) : fmt::format("{} min", s / 60);
  if (s % 3600 == 0) return fmt::format("{} h", s / 3600);
  return fmt::format("{} h {} min", s / 3600, (s % 3600) / 60);
}

std::string WindowChoice::describe() const {
  if (!from_data) return fmt::format("{} (given with --window)", format_seconds(seconds));
  if (items_repeated == 0)
    return fmt::format("{} (default: no item was posted twice, so the data gives no window)", format_seconds(seconds));
  return fmt::format("{} (from the data: median time from first to last action of the {} quickest of {} repeated "
                     "items, by time to half their actions)",
                     format_seconds(seconds), items_quickest, items_repeated);
}

WindowChoice estimate_window(const std::vector<Action>& actions) {
  std::vector<std::pair<std::int64_t, std::int64_t>> to_half;  // (time to half, time to last)
  for (std::size_t s = 0; s < actions.size();) {
    std::size_t e = s;
    while (e < actions.size() && actions[e].item == actions[s].item) ++e;
    const std::size_t n = e - s;
    if (n >= 2) {
      const std::size_t half = std::max<std::size_t>(2, (n + 1) / 2);  // the half-th action, 1-based
      to_half.emplace_back(actions[s + half - 1].time - actions[s].time, actions[e - 1].time - actions[s].time);
    }
    s = e;
  }
  WindowChoice w;
  w.from_data = true;
  w.items_repeated = to_half.size();
  if (to_half.empty()) {
    w.seconds = kDefaultWindow;
    return w;
  }
  std::sort(to_half.begin(), to_half.end());
  const std::size_t quickest = std::max<std::size_t>(1, to_half.size() / 10);
  w.items_quickest = quickest;
  // The quickest tenth (by time to half) are the pushed items; the window
  // is the lower median of their whole spans, at least 1 s. CooRnet's own
  // median time to half was 1 s on bench/network_corpus (bursts spread over
  // 10 s) and found half the coordinated pairs (recall 0.52); the span
  // covers a whole burst.
  std::vector<std::int64_t> spans;
  for (std::size_t i = 0; i < quickest; ++i) spans.push_back(to_half[i].second);
  std::sort(spans.begin(), spans.end());
  w.seconds = std::max<std::int64_t>(1, spans[(quickest - 1) / 2]);
  return w;
}

std::int64_t parse_window(const std::string& text) {
  const auto bad = [&] {
    return UsageError(fmt::format("--window {}: give a time such as 30s, 5m, 2h or 1d (at most 30 days)", text));
  };
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 9) throw bad();
  std::int64_t n = std::stoll(text.substr(0, digits));
  const std::string unit = text.substr(digits);
  if (unit.empty() || unit == "s") {
  } else if (unit == "m" || unit == "min") {
    n *= 60;
  } else if (unit == "h") {
    n *= 3600;
  } else if (unit == "d") {
    n *= 86400;
  } else {
    throw bad();
  }
  if (n <= 0 || n > kMaxWindow) throw bad();
  return n;
}

}  // namespace lisan::query::network
