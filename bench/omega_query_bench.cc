// omega_query_bench: query latency of the scriptindex (Omega) index, the way
// an Omega-style application searches it: Xapian::QueryParser with the
// query's stemmer (STEM_SOME, AND by default), Omega's boolean prefixes as
// filters, a number range on the date slot, top 10 with their document data,
// exact counts up to 10,000 (as lisan's Searcher asks). A query in several
// languages is parsed once per stemmer and ORed.
//
// Usage: omega_query_bench QUERIES.json ROUNDS SET DB
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

#include "bench_timing.h"

namespace {

using lisan::bench::percentile;
using lisan::bench::thread_cpu_us;

const char* stemmer_name(const std::string& lang) {
  if (lang == "ar") return "arabic";
  if (lang == "nl") return "dutch";
  if (lang == "tr") return "turkish";
  return "english";
}

Xapian::Query parse(const Xapian::Database& db, const std::string& text, const std::string& lang) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem(stemmer_name(lang)));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.add_prefix("title", "S");
  qp.add_boolean_prefix("lang", "L");
  qp.add_boolean_prefix("source", "XSOURCE");
  qp.add_boolean_prefix("channel", "G");
  qp.add_boolean_prefix("author", "A");
  qp.add_boolean_prefix("hashtag", "K");
  qp.add_boolean_prefix("mention", "XMENTION");
  qp.add_boolean_prefix("domain", "H");
  Xapian::NumberRangeProcessor dates(0, "date:");
  qp.add_rangeprocessor(&dates);
  return qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: omega_query_bench QUERIES.json ROUNDS SET DB\n");
    return 2;
  }
  try {
    std::ifstream in(argv[1]);
    const nlohmann::json queries = nlohmann::json::parse(in);
    const int rounds = std::max(1, std::atoi(argv[2]));
    const std::string set = argv[3];
    Xapian::Database db(argv[4]);
    for (const auto& q : queries) {
      if (q.contains("only") && q["only"] != set) continue;
      const std::string text = q.contains("xapian") ? q["xapian"].get<std::string>() : q["q"].get<std::string>();
      const std::string lang = q["lang"];
      auto run = [&]() {
        Xapian::Query query;
        if (lang == "multi") {
          std::vector<Xapian::Query> parts;
          for (const char* l : {"ar", "en", "nl", "tr"}) parts.push_back(parse(db, text, l));
          query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
        } else {
          query = parse(db, text, lang);
        }
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        Xapian::MSet mset = enquire.get_mset(0, 10, 10000);
        std::size_t data = 0;
        for (auto it = mset.begin(); it != mset.end(); ++it) data += it.get_document().get_data().size();
        return std::make_pair(mset.get_matches_estimated(), data);
      };
      const auto first = run();
      std::vector<double> micros;
      std::vector<double> cpu_micros;
      for (int r = 0; r < rounds; ++r) {
        const double cpu_start = thread_cpu_us();
        const auto start = std::chrono::steady_clock::now();
        run();
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        cpu_micros.push_back(thread_cpu_us() - cpu_start);
      }
      const nlohmann::json row = {{"name", q["name"]},
                                  {"hits", first.first},
                                  {"p50_us", percentile(micros, 0.50)},
                                  {"p95_us", percentile(micros, 0.95)},
                                  {"cpu_p50_us", percentile(cpu_micros, 0.50)},
                                  {"rounds", rounds}};
      std::printf("%s\n", row.dump().c_str());
    }
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "omega_query_bench: error: %s\n", e.get_description().c_str());
    return 2;
  }
  return 0;
}
