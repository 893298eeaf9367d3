// names_bench: what ~name, --names and "did you mean" cost (issue 19), warm
// and in-process, on an index or shard set, for a list of name words. Each
// word is run as a plain query, as ~word (vocabulary scan + search) and as a
// misspelling with one letter changed (the did-you-mean path: a run with no
// matches, then the respelled query counted), through run_plan as
// lisan-query runs it (top 10, snippets), plus the expansion alone.
//
// Usage: names_bench WORDS.txt ROUNDS DB [DB ...]
// Prints one JSON object per word and operator: {"word", "op", "hits",
// "spellings", "terms_read", "p50_us", "p95_us", "cpu_p50_us", "rounds"}.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lisan/analysis/analyzer.h"
#include "lisan/store/open_index.h"
#include "query/names/edit_distance.h"
#include "query/names/name_expander.h"
#include "query/query_plan.h"
#include "query/query_run.h"
#include "query/searcher.h"

#include "bench_timing.h"

namespace {

using lisan::bench::percentile;
using lisan::bench::thread_cpu_us;

// The word with its second-to-last letter doubled: a typo of one edit.
std::string misspell(const std::string& word) {
  std::u32string cps = lisan::query::names::to_code_points(word);
  if (cps.size() < 4) return word + word.substr(word.size() - 1);
  cps.insert(cps.end() - 1, cps[cps.size() - 2]);
  std::string out;
  for (char32_t c : cps) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) out += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    else out += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (c & 0x3F))};
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: names_bench WORDS.txt ROUNDS DB [DB ...]\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << argv[1] << ": cannot open\n";
    return 2;
  }
  std::vector<std::string> words;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') words.push_back(line);
  const int rounds = std::max(1, std::atoi(argv[2]));
  const std::vector<std::string> dbs(argv + 3, argv + argc);
  const lisan::store::OpenIndex index = lisan::store::open_index(dbs);
  const lisan::query::Searcher searcher(index);
  const lisan::analysis::Analyzer analyzer;
  for (const std::string& word : words) {
    struct Op {
      const char* name;
      std::string query;
      bool suggest;
    };
    for (const Op& op : {Op{"plain", word, false}, Op{"~name", "~" + word, false},
                         Op{"did-you-mean", misspell(word), true}, Op{"expand-only", word, false}}) {
      std::vector<double> wall, cpu;
      Xapian::doccount hits = 0;
      std::size_t spellings = 0, terms_read = 0;
      for (int r = 0; r < rounds; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        const double c0 = thread_cpu_us();
        if (std::string(op.name) == "expand-only") {
          const lisan::query::names::NameExpansion e =
              lisan::query::names::expand_name(index.db, word, analyzer.analyze_as(word, "").tokens.at(0).folded);
          spellings = e.spellings.size();
          terms_read = e.scanned;
        } else {
          lisan::query::QueryOptions o;
          o.dbs = dbs;
          o.query = op.query;
          o.suggest = op.suggest;
          const lisan::query::QueryPlan plan = lisan::query::make_plan(o, analyzer);
          const lisan::query::Report report = lisan::query::run_plan(plan, analyzer, searcher);
          hits = report.result.estimated;
          if (!report.names.empty()) {
            spellings = report.names[0].spellings.size();
            terms_read = report.names[0].scanned;
          }
          if (report.did_you_mean) spellings = report.did_you_mean->matches;  // the suggestion's matches
        }
        cpu.push_back(thread_cpu_us() - c0);
        wall.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
      }
      std::cout << nlohmann::json{{"word", word},
                                  {"op", op.name},
                                  {"query", op.query},
                                  {"hits", hits},
                                  {"spellings", spellings},
                                  {"terms_read", terms_read},
                                  {"p50_us", percentile(wall, 0.5)},
                                  {"p95_us", percentile(wall, 0.95)},
                                  {"cpu_p50_us", percentile(cpu, 0.5)},
                                  {"rounds", rounds}}
                       .dump()
                << std::endl;
    }
  }
  return 0;
}
