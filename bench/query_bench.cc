// query_bench: lisan's query latency, warm and in-process, over the fixed
// query set (bench/queries.json). The same path as lisan-query without the
// printers and snippets: parse -> QueryBuilder (the query's words through
// the Analyzer) -> Searcher (top 10, stored records read, exact counts up to
// SearchRequest::check_at_least). Peers are timed the same way by
// bench/peers/*, so the hit counts and latencies line up row by row.
//
// Usage: query_bench QUERIES.json ROUNDS SET DB [DB ...]
//   SET: "base" or "scale"; queries with "only" naming the other set are left out.
// Prints one JSON object per query: {"name", "hits", "p50_us", "p95_us", "cpu_p50_us", "rounds"}.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lisan/core/error.h"
#include "lisan/store/index_store.h"
#include "query/query_builder.h"
#include "query/query_parser.h"
#include "query/searcher.h"

namespace {

// CPU time of this thread: what a query costs when the core is not shared.
double thread_cpu_us() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lisan;
  if (argc < 5) {
    std::fprintf(stderr, "usage: query_bench QUERIES.json ROUNDS SET DB [DB ...]\n");
    return 2;
  }
  try {
    std::ifstream in(argv[1]);
    if (!in) throw Error::format("cannot open {}", argv[1]);
    const nlohmann::json queries = nlohmann::json::parse(in);
    const int rounds = std::max(1, std::atoi(argv[2]));
    const std::string set = argv[3];
    const std::vector<std::string> dbs(argv + 4, argv + argc);

    analysis::Analyzer analyzer;
    query::Searcher searcher(store::open_for_reading(dbs));
    for (const auto& q : queries) {
      if (q.contains("only") && q["only"] != set) continue;
      const std::string text = q.contains("lisan") ? q["lisan"].get<std::string>() : q["q"].get<std::string>();
      query::BuildOptions build;
      if (q.value("lang_option", false)) build.lang = q["lang"].get<std::string>();
      auto run = [&]() {
        query::ParsedQuery parsed = query::parse_query(text);
        if (!parsed.ok() || !parsed.root) throw Error::format("query '{}' does not parse", text);
        query::QueryBuilder builder(analyzer, build);
        const query::BuiltQuery built = builder.build(*parsed.root);
        if (!built.ok()) throw Error::format("query '{}': {}", text, built.error);
        query::SearchRequest request;
        request.query = built.query;
        request.limit = 10;
        return searcher.search(request);
      };
      const query::SearchResult first = run();  // warm-up, and the hit count
      std::vector<double> micros;
      std::vector<double> cpu_micros;
      micros.reserve(static_cast<std::size_t>(rounds));
      for (int r = 0; r < rounds; ++r) {
        const double cpu_start = thread_cpu_us();
        const auto start = std::chrono::steady_clock::now();
        const query::SearchResult res = run();
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        cpu_micros.push_back(thread_cpu_us() - cpu_start);
        if (res.estimated != first.estimated) throw Error::format("query '{}': unstable count", text);
      }
      const nlohmann::json row = {{"name", q["name"]},       {"hits", first.estimated},
                                  {"exact", first.lower_bound == first.upper_bound},
                                  {"p50_us", percentile(micros, 0.50)}, {"p95_us", percentile(micros, 0.95)},
                                  {"cpu_p50_us", percentile(cpu_micros, 0.50)},
                                  {"rounds", rounds}};
      std::printf("%s\n", row.dump().c_str());
    }
  } catch (const Error& e) {
    std::fprintf(stderr, "query_bench: error: %s\n", e.what());
    return 2;
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "query_bench: error: %s\n", e.get_description().c_str());
    return 2;
  }
  return 0;
}
