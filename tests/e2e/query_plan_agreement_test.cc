// End-to-end: every mode of lisan-query runs the same QueryPlan (issue 13).
// For each row of query options, the number of matching documents that each
// mode reports (search, facets, timeline, concordance, batch, and the
// campaign views) must equal what --count reports for the same options;
// before the plan, the campaign views parsed the query again with default
// options (`--top hashtag --lang tr storm` reported 78 matches, `--count`
// 1).
#include <fstream>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

using Args = std::vector<std::string>;

struct Corpus {
  TempDir dir;
  std::string db = dir.file("db");
  Corpus() {
    const std::string c = corpus_dir() + "/jsonl/";
    const RunResult r = lisan_index({"--db", db, "--quiet", c + "channel_posts.jsonl", c + "reposts.jsonl",
                                     c + "news.jsonl"});
    if (r.status != 0) FAIL("indexing the corpus failed: " << r.err);
  }
  // Runs lisan-query; a status other than 0 (matches) or 1 (none) fails.
  std::string out(Args args) const {
    args.insert(args.begin(), {"--db", db});
    const RunResult r = lisan_query(args);
    INFO("lisan-query " << [&] {
      std::string s;
      for (const auto& a : args) s += a + " ";
      return s;
    }() << "\n" << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    return r.out;
  }
  json json_of(Args args) const {
    args.insert(args.end(), {"--format", "json"});
    return json::parse(out(args));
  }
};

Args concat(Args a, const Args& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// The matches a mode reports, read from its output.
struct Mode {
  const char* name;
  std::size_t (*matches)(const Corpus& c, const Args& options_and_query);
};

std::size_t from_total(const json& j) { return j["total"]["estimated"].get<std::size_t>(); }
std::size_t from_view(const json& j) { return j["matches"].get<std::size_t>(); }

const Mode kModes[] = {
    {"search", [](const Corpus& c, const Args& a) { return from_total(c.json_of(a)); }},
    {"search --sort date", [](const Corpus& c, const Args& a) { return from_total(c.json_of(concat({"--sort", "date"}, a))); }},
    {"--facets lang",
     [](const Corpus& c, const Args& a) {
       const json j = c.json_of(concat({"--facets", "lang", "--facet-limit", "0"}, a));
       std::size_t sum = j["facets"]["lang"]["without"].get<std::size_t>();
       for (const auto& v : j["facets"]["lang"]["values"]) sum += v["count"].get<std::size_t>();
       CHECK(sum == from_total(j));
       return from_total(j);
     }},
    {"--timeline month",
     [](const Corpus& c, const Args& a) {
       const json j = c.json_of(concat({"--timeline", "month"}, a));
       std::size_t sum = j["timeline"]["undated"].get<std::size_t>() + j["timeline"]["left_out"]["matches"].get<std::size_t>();
       for (const auto& b : j["timeline"]["buckets"]) sum += b["count"].get<std::size_t>();
       CHECK(sum == from_total(j));
       return from_total(j);
     }},
    {"--kwic", [](const Corpus& c, const Args& a) { return from_total(c.json_of(concat({"--kwic"}, a))); }},
    {"--explain", [](const Corpus& c, const Args& a) { return from_total(c.json_of(concat({"--explain"}, a))); }},
    {"--queries",
     [](const Corpus& c, const Args& a) {
       // The options stay on the command line; the query words go to the file.
       Args options(a.begin(), a.end() - 1);
       const std::string file = c.dir.write("queries.txt", "q\t" + a.back() + "\n");
       const json j = c.json_of(concat({"--queries", file}, options));
       return j["queries"][0]["matches"].get<std::size_t>();
     }},
    {"--collapse", [](const Corpus& c, const Args& a) { return from_view(c.json_of(concat({"--collapse"}, a))); }},
    {"--group-by cluster",
     [](const Corpus& c, const Args& a) { return from_view(c.json_of(concat({"--group-by", "cluster"}, a))); }},
    {"--top hashtag", [](const Corpus& c, const Args& a) { return from_view(c.json_of(concat({"--top", "hashtag"}, a))); }},
    {"--top channel", [](const Corpus& c, const Args& a) { return from_view(c.json_of(concat({"--top", "channel"}, a))); }},
    {"--cooccur hashtag",
     [](const Corpus& c, const Args& a) { return from_view(c.json_of(concat({"--cooccur", "hashtag"}, a))); }},
    {"--matrix hashtag",
     [](const Corpus& c, const Args& a) {
       // Every corpus record is dated and none is far from the others: the
       // rows' `matches` column adds up to all matches.
       std::istringstream csv(c.out(concat({"--matrix", "hashtag"}, a)));
       std::string line;
       std::getline(csv, line);  // header
       std::size_t sum = 0;
       while (std::getline(csv, line)) sum += std::stoul(line.substr(line.find(',') + 1));
       return sum;
     }},
};

}  // namespace

TEST_CASE("every mode counts the documents --count counts, for every query option", "[e2e][query][plan]") {
  static const Corpus corpus;
  const std::vector<std::string> queries = {"storm alert", "ozgurluk", "captives OR tutsaklar"};
  const std::vector<Args> options = {
      {},
      {"--lang", "tr"},
      {"--lang", "EN"},
      {"--exact"},
      {"--fold"},
      {"--any"},
      {"--since", "2021-10"},
      {"--until", "2021-11-15"},
      {"--since", "2021-10", "--until", "2021-12", "--lang", "en"},
      {"--fold", "--any", "--until", "2022"},
  };
  std::set<std::size_t> distinct;
  for (const std::string& query : queries)
    for (const Args& row : options) {
      const Args args = concat(row, {query});
      const std::size_t count = from_total(corpus.json_of(concat({"--count"}, args)));
      distinct.insert(count);
      for (const Mode& mode : kModes) {
        CAPTURE(query, row, mode.name);
        CHECK(mode.matches(corpus, args) == count);
      }
    }
  // The options change the answer (the rows test something).
  CHECK(distinct.size() >= 4);
}

TEST_CASE("the top hashtags of a query kept to one language count its matches (issue 13)", "[e2e][query][plan]") {
  static const Corpus corpus;
  const json top = corpus.json_of({"--top", "hashtag", "--lang", "tr", "storm"});
  const json count = corpus.json_of({"--count", "--lang", "tr", "storm"});
  CHECK(top["matches"] == count["total"]["estimated"]);
  const json all = corpus.json_of({"--top", "hashtag", "storm"});
  CHECK(all["matches"].get<std::size_t>() > top["matches"].get<std::size_t>());
}

TEST_CASE("cluster and --spread keep to the plan's filters", "[e2e][query][plan]") {
  static const Corpus corpus;
  // The storm-1 call and its 12 copies, 2021-09-17 .. 2021-09-24 (corpus/README.md, known fact 5).
  const json whole = corpus.json_of({"cluster", "tg:dawnrelief:110"});
  REQUIRE(whole["members"].size() == 13);
  const json later = corpus.json_of({"cluster", "tg:dawnrelief:110", "--since", "2021-09-24"});
  CHECK(later["members"].size() == 5);
  for (const auto& m : later["members"]) CHECK(m["date"].get<std::string>() >= "2021-09-24");
  const json early = corpus.json_of({"--spread", "tg:dawnrelief:110", "--until", "2021-09-18"});
  CHECK(early["summary"]["size"] == 8);
  CHECK(early["first"]["id"] == "tg:dawnrelief:110");
  // No copy in Dutch: an empty spread, not an error.
  const json none = corpus.json_of({"--spread", "tg:dawnrelief:110", "--lang", "nl"});
  CHECK(none["summary"]["size"] == 0);
  CHECK(none["first"].is_null());
}
