// query_bench: lisan's query latency, warm and in-process, over the fixed
// query set (bench/queries.json). The same path as lisan-query without the
// printers and snippets: parse -> QueryBuilder (the query's words through
// the Analyzer) -> Searcher (top 10, stored records read, exact counts up to
// SearchRequest::check_at_least). Peers are timed the same way by
// bench/peers/*, so the hit counts and latencies line up row by row.
//
// Usage: query_bench [--check-at-least N] [--no-length-norm] [--sort date|-date]
//                    QUERIES.json ROUNDS SET DB [DB ...]
//   SET: "base" or "scale"; queries with "only" naming the other set are left out.
//   The options time lisan's alternatives to its defaults (exact counts up to
//   10,000, BM25 with length normalization, relevance order); bench/run uses
//   the defaults, bench/obstacles.md what the alternatives measured.
// Prints one JSON object per query: {"name", "hits", "p50_us", "p95_us", "cpu_p50_us", "rounds"}.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lisan/core/error.h"
#include "lisan/store/index_store.h"
#include "query/query_builder.h"
#include "query/query_parser.h"
#include "query/searcher.h"

#include "bench_timing.h"

namespace {

using lisan::bench::percentile;
using lisan::bench::thread_cpu_us;

}  // namespace

int main(int argc, char** argv) {
  using namespace lisan;
  CLI::App app{"lisan's warm in-process query latency over bench/queries.json"};
  std::string queries_path, set, sort = "relevance";
  int rounds = 200;
  std::vector<std::string> dbs;
  query::SearchRequest defaults;
  app.add_option("--check-at-least", defaults.check_at_least, "count matches exactly up to N")->capture_default_str();
  app.add_flag("--no-length-norm", [&](std::int64_t) { defaults.length_normalized = false; },
               "rank by the words' frequencies alone (BM25 with b = 0)");
  app.add_option("--sort", sort, "relevance, date or -date")->capture_default_str();
  app.add_option("QUERIES", queries_path, "bench/queries.json")->required();
  app.add_option("ROUNDS", rounds, "timed rounds per query")->required()->check(CLI::PositiveNumber);
  app.add_option("SET", set, "base or scale: leaves out the queries marked \"only\" for the other")->required();
  app.add_option("DB", dbs, "index directories, searched together")->required();
  CLI11_PARSE(app, argc, argv);
  if (sort == "date") defaults.sort = query::SortOrder::kDateAscending;
  else if (sort == "-date") defaults.sort = query::SortOrder::kDateDescending;
  else if (sort != "relevance") {
    std::fprintf(stderr, "query_bench: --sort %s: use relevance, date or -date\n", sort.c_str());
    return 2;
  }
  try {
    std::ifstream in(queries_path);
    if (!in) throw Error::format("cannot open {}", queries_path);
    const nlohmann::json queries = nlohmann::json::parse(in);

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
        query::SearchRequest request = defaults;
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
