// Coordination network benchmark (issue 20), bench/RESULTS-network.md:
//   network_bench actions N   in-process: the synthetic corpus of about N posts
//                             (bench/network_corpus.h, no text) as actions,
//                             the network built with the window from the data,
//                             the shuffled control, components; phase times,
//                             CPU seconds, peak RSS, precision/recall
//   network_bench jsonl N     the same corpus (with text) as JSONL on stdout,
//                             for an end-to-end lisan-index + lisan-query run
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "bench/network_corpus.h"
#include "query/network/network_run.h"
#include "query/network/shuffled_control.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// VmRSS and VmHWM (peak) in MB.
std::pair<long, long> rss_mb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  long rss = 0, hwm = 0;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) rss = std::atol(line.c_str() + 6) / 1024;
    if (line.rfind("VmHWM:", 0) == 0) hwm = std::atol(line.c_str() + 6) / 1024;
  }
  return {rss, hwm};
}

void phase(const char* name, Clock::time_point start, double cpu_start) {
  const auto [rss, hwm] = rss_mb();
  std::printf("%-22s wall %7.2f s  cpu %7.2f s  rss %5ld MB  peak %5ld MB\n", name, seconds_since(start),
              cpu_seconds() - cpu_start, rss, hwm);
  std::fflush(stdout);
}

int run_actions(std::size_t n) {
  using namespace lisan::query::network;
  auto t = Clock::now();
  double c = cpu_seconds();
  lisan::bench::NetworkCorpusOptions o = lisan::bench::scaled_network_options(n);
  o.text = false;
  lisan::bench::NetworkCorpus corpus = lisan::bench::generate_network_corpus(o);
  phase("generate", t, c);
  t = Clock::now(), c = cpu_seconds();
  NetworkResult r;
  r.options.kind = NetworkKind::kLink;
  for (const auto& p : corpus.posts) r.table.add(p.source, p.account, p.url, p.date);
  const std::size_t posts = corpus.posts.size();
  corpus.posts.clear();
  corpus.posts.shrink_to_fit();
  phase("actions (interned)", t, c);
  const auto total_t = Clock::now();
  const double total_c = cpu_seconds();
  t = Clock::now(), c = cpu_seconds();
  r.network = build_network(r.table, r.options.params);
  phase("network", t, c);
  t = Clock::now(), c = cpu_seconds();
  r.groups = components(r.network);
  r.stats = network_stats(r.network);
  phase("components", t, c);
  t = Clock::now(), c = cpu_seconds();
  const auto shuffled = shuffle_times_within_accounts(r.table.actions(), r.options.seed);
  const NetworkStats control = network_stats(build_network_sorted(shuffled, r.network.window, r.options.params));
  phase("shuffled control", t, c);
  phase("network+components+control", total_t, total_c);
  std::vector<std::pair<std::string, std::string>> predicted;
  for (const Edge& e : r.network.edges) predicted.emplace_back(r.table.node_id(e.a), r.table.node_id(e.b));
  const auto s = lisan::bench::account_pair_scores(corpus.groups, predicted);
  std::printf("posts %zu  accounts %zu  items %zu  groups %zu\n", posts, r.table.accounts().size(),
              r.table.items().size(), corpus.groups.size());
  std::printf("window %s\n", r.network.window.describe().c_str());
  std::printf("edges %zu (candidates %llu)  components %zu  largest %zu  control edges %zu\n", r.stats.edges,
              static_cast<unsigned long long>(r.stats.candidate_edges), r.stats.components, r.stats.largest,
              control.edges);
  std::printf("precision %.4f  recall %.4f  (true pairs %zu, found %zu, agreed %zu)\n", s.precision, s.recall,
              s.true_pairs, s.predicted_pairs, s.agreed_pairs);
  return 0;
}

int run_jsonl(std::size_t n) {
  const auto corpus = lisan::bench::generate_network_corpus(lisan::bench::scaled_network_options(n));
  for (const auto& p : corpus.posts) std::fputs(lisan::bench::to_jsonl(p).c_str(), stdout);
  std::fprintf(stderr, "network_bench: %zu posts, %zu groups\n", corpus.posts.size(), corpus.groups.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3) {
    const std::size_t n = std::strtoull(argv[2], nullptr, 10);
    if (std::string(argv[1]) == "actions" && n > 0) return run_actions(n);
    if (std::string(argv[1]) == "jsonl" && n > 0) return run_jsonl(n);
  }
  std::fprintf(stderr, "usage: network_bench actions N | network_bench jsonl N\n");
  return 2;
}
