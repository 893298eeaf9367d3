// End-to-end: near-duplicate clusters and the campaign views (issue 6) on the
// bundled corpus (corpus/jsonl, whose meta.repost_of is the ground truth;
// corpus/README.md "Known facts for tests" 5 and 8).
#include <fstream>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

// One index of the three JSONL files for the whole file (indexing is the slow part).
const std::string& corpus_db() {
  static TempDir dir;
  static const std::string db = [] {
    const std::string path = dir.file("db");
    const RunResult r = lisan_index({"--db", path, "--quiet", corpus_dir() + "/jsonl/channel_posts.jsonl",
                                     corpus_dir() + "/jsonl/reposts.jsonl", corpus_dir() + "/jsonl/news.jsonl"});
    REQUIRE(r.status == 0);
    return path;
  }();
  return db;
}

json query_json(std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", corpus_db()});
  args.insert(args.end(), {"--format", "json"});
  const RunResult r = lisan_query(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return json::parse(r.out);
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("every json hit carries its cluster and the cluster size", "[e2e][campaign]") {
  const json out = query_json({"storm", "alert", "--limit", "50"});
  REQUIRE(out["hits"].size() > 0);
  for (const auto& h : out["hits"]) {
    CHECK(h["cluster"].is_string());
    CHECK(h["cluster_size"].get<int>() >= 1);
  }
}

TEST_CASE("storm-1 call: the 4 forwards and 8 edited copies share its cluster", "[e2e][campaign]") {
  const json c = query_json({"cluster", "tg:dawnrelief:110"});
  CHECK(c["summary"]["size"] == 13);  // the call + 12 reposts (known fact 5)
  REQUIRE(c["members"].size() == 13);
  CHECK(c["members"][0]["id"] == "tg:dawnrelief:110");
  int forwards = 0, identical = 0;
  for (const auto& m : c["members"]) {
    if (m["kind"] == "forward") ++forwards;
    if (m.contains("differs") && m["differs"].empty()) ++identical;
  }
  CHECK(forwards == 4);
  CHECK(identical == 4);  // the forwards: text identical

  const json spread = query_json({"--spread", "tg:dawnrelief:110"});
  CHECK(spread["first"]["id"] == "tg:dawnrelief:110");
  CHECK(spread["forwards"].size() == 4);
  CHECK(spread["forwards"][0]["from"] == "tg:dawnrelief:110");
}

TEST_CASE("hunger-strike claim: its 10 reposts are found", "[e2e][campaign]") {
  const json c = query_json({"cluster", "tg:dawnrelief:133"});
  CHECK(c["summary"]["size"].get<int>() >= 11);  // the claim + 10 reposts (known fact 8)
}

TEST_CASE("collapse shows one hit per cluster", "[e2e][campaign]") {
  const json c = query_json({"--collapse", "STORM", "ALERT", "--limit", "100"});
  CHECK(c["clusters"].get<int>() < c["matches"].get<int>());
  std::set<std::string> seen;
  for (const auto& h : c["hits"]) CHECK(seen.insert(h["cluster"].get<std::string>()).second);
  const auto& first = c["hits"][0];
  CHECK(first["id"] == "tg:dawnrelief:110");
  CHECK(first["cluster_size"] == 13);
  CHECK(first["first_date"] == "2021-09-17T12:00:00Z");
}

TEST_CASE("group-by cluster puts the most repeated message first", "[e2e][campaign]") {
  const json g = query_json({"--group-by", "cluster", "--since", "2021-09-17", "--until", "2021-09-30"});
  REQUIRE(g["groups"].size() > 0);
  const auto& top = g["groups"][0];
  CHECK(top["count"].get<int>() >= 9);
  CHECK(top["channels"].get<int>() >= 2);
  CHECK(top["peak_day"].is_string());
}

TEST_CASE("top hashtags cooccurrence and the per-day matrix", "[e2e][campaign]") {
  const json top = query_json({"--top", "hashtag", "--limit", "3"});
  REQUIRE(top["values"].size() == 3);
  CHECK(top["values"][0]["value"] == "FreeTheCaptives");
  const json co = query_json({"--cooccur", "hashtag", "--limit", "1"});
  REQUIRE(co["pairs"].size() == 1);
  CHECK(co["pairs"][0]["count"].get<int>() > 10);

  const RunResult m = lisan_query({"--db", corpus_db(), "--matrix", "hashtag", "--limit", "2", "--since", "2021-09-24",
                                   "--until", "2021-09-24"});
  REQUIRE(m.status == 0);
  const auto rows = lines(m.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].rfind("day,matches,TalSefra40,FreeTheCaptives", 0) == 0);  // on that day: 23 and 13
  CHECK(rows[1].rfind("2021-09-24,34,", 0) == 0);  // known fact 16: 34 docs on storm 1
}

TEST_CASE("a hashtag is one value across the languages of the posts", "[e2e][campaign]") {
  // #ÖzgürlükYürüyüşü appears in Turkish posts and in posts of other
  // languages, whose folding keeps or drops the Turkish letters differently.
  const json top = query_json({"--top", "hashtag", "--limit", "50"});
  int entries = 0;
  for (const auto& v : top["values"])
    if (v["value"] == "ÖzgürlükYürüyüşü") ++entries;
  CHECK(entries == 1);
}

TEST_CASE("campaign views refuse a second view and an unknown field", "[e2e][campaign]") {
  CHECK(lisan_query({"--db", corpus_db(), "--top", "colour"}).status == 2);
  CHECK(lisan_query({"--db", corpus_db(), "--collapse", "--top", "hashtag"}).status == 2);
}

TEST_CASE("reposts indexed in a later run join the original's cluster and re-indexing keeps it", "[e2e][campaign]") {
  TempDir dir;
  const std::string db = dir.file("db");
  REQUIRE(lisan_index({"--db", db, "--quiet", corpus_dir() + "/jsonl/channel_posts.jsonl"}).status == 0);
  REQUIRE(lisan_index({"--db", db, "--quiet", corpus_dir() + "/jsonl/reposts.jsonl"}).status == 0);
  const RunResult first = lisan_query({"--db", db, "cluster", "tg:dawnrelief:110", "--format", "json"});
  REQUIRE(first.status == 0);
  const json c = json::parse(first.out);
  CHECK(c["summary"]["size"] == 13);
  REQUIRE(lisan_index({"--db", db, "--quiet", "--force", corpus_dir() + "/jsonl/channel_posts.jsonl"}).status == 0);
  const json again = json::parse(lisan_query({"--db", db, "cluster", "tg:dawnrelief:110", "--format", "json"}).out);
  CHECK(again["cluster"] == c["cluster"]);
  CHECK(again["summary"]["size"] == 13);
}

TEST_CASE("matrix plot: one line per top hashtag with Arabic and Turkish names in the legend", "[e2e][campaign][plot]") {
  TempDir dir;
  const std::string svg = dir.file("matrix.svg");
  const std::vector<std::string> matrix = {"--db", corpus_db(), "--matrix", "hashtag", "--limit", "12"};
  std::vector<std::string> plotted = matrix;
  plotted.insert(plotted.end(), {"--plot", svg});
  const RunResult csv = lisan_query(matrix);
  const RunResult r = lisan_query(plotted);
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out == csv.out);  // the CSV still goes to stdout
  const std::string plot = read_text(svg);
  REQUIRE(plot.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(plot.find("</svg>") != std::string::npos);
  CHECK_THAT(plot, Catch::Contains("Matches per day per top hashtag: (all documents)"));
  CHECK(count_of(plot, "<g class=\"series\">") == 13);  // all matches + 12 hashtags
  CHECK(count_of(plot, "<polyline") == 12);
  CHECK(count_of(plot, "<g class=\"legend\">") == 13);
  // Each name a Unicode isolate (FSI .. PDI), Arabic ones read right to left.
  CHECK_THAT(plot, Catch::Contains(">\u2068#FreeTheCaptives\u2069 <tspan"));
  CHECK_THAT(plot, Catch::Contains(">\u2068#أنقذوا_الأسرى\u2069 <tspan"));
  CHECK_THAT(plot, Catch::Contains(">\u2068#EsirlereÖzgürlük\u2069 <tspan"));
  // One x label per day is thinned, but the first day is always labelled.
  const auto rows = lines(csv.out);
  REQUIRE(rows.size() > 2);
  CHECK_THAT(plot, Catch::Contains(">" + rows[1].substr(0, 10) + "</text>"));

  // --plot belongs to the timeline and the matrix only.
  CHECK(lisan_query({"--db", corpus_db(), "--top", "hashtag", "--plot", dir.file("top.svg")}).status == 2);
}
