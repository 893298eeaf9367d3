// End-to-end: queries and documents that used to crash lisan-query, answer
// wrongly without a word, or cost minutes (issue 17). The costly cases run
// under a CPU-time limit (ulimit -t) far above what they take now and far
// below what they took before, so the test fails if the cost comes back
// without timing anything: a 100,000-word document took hours for snippets
// (cubic) and KWIC (quadratic); a year-0001 and a year-9999 date made a
// 3.65-million-line timeline.
#include <algorithm>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

constexpr const char* kCpuSeconds = "60";

// lisan-query with at most kCpuSeconds of CPU time (killed by SIGXCPU after).
RunResult limited_query(const std::string& db, std::vector<std::string> args) {
  args.insert(args.begin(), {"-c", std::string("ulimit -t ") + kCpuSeconds + "; exec \"$0\" \"$@\"", LISAN_QUERY_BIN,
                             "--db", db, "--color", "never"});
  return run("/bin/sh", args);
}

std::string record(const std::string& id, const std::string& date, const std::string& text) {
  return json{{"id", id}, {"date", date}, {"lang", "en"}, {"text", text}}.dump() + "\n";
}

// "2021-10-DD", midday UTC.
std::string fmt_day(int day) {
  return std::string("2021-10-") + (day < 10 ? "0" : "") + std::to_string(day) + "T12:00:00Z";
}

std::string repeat_words(std::size_t n) {
  static const char* const kWords[] = {"the", "storm", "of", "a", "campaign", "is", "called", "by", "the",
                                       "channel", "and", "the", "people", "post", "hashtag", "in", "evening"};
  std::string text;
  for (std::size_t i = 0; i < n; ++i) {
    text += kWords[(i * 7 + i / 3) % (sizeof(kWords) / sizeof(kWords[0]))];
    text += i % 23 == 22 ? ".\n" : " ";
  }
  return text;
}

struct Index {
  TempDir dir;
  std::string db = dir.file("db");
  explicit Index(const std::string& jsonl) {
    const RunResult r = lisan_index({"--db", db, "--quiet", dir.write("in.jsonl", jsonl)});
    INFO(r.err);
    REQUIRE(r.status == 0);
  }
};

bool finished(const RunResult& r) { return r.status == 0 || r.status == 1 || r.status == 2; }

}  // namespace

TEST_CASE("snippets and KWIC on a 100,000-word document cost linear time", "[e2e][cost]") {
  const Index index(record("long", "2021-10-01T00:00:00Z", repeat_words(100000)));
  const RunResult hits = limited_query(index.db, {"the"});
  INFO(hits.err);
  REQUIRE(finished(hits));
  CHECK(hits.status == 0);
  CHECK(hits.out.find("[the]") != std::string::npos);
  const RunResult kwic = limited_query(index.db, {"--kwic", "--width", "30", "storm"});
  INFO(kwic.err);
  REQUIRE(finished(kwic));
  CHECK(kwic.status == 0);
  // One line per occurrence of "storm" (one word in 17 of the text).
  const std::size_t lines = static_cast<std::size_t>(std::count(kwic.out.begin(), kwic.out.end(), '\n'));
  CHECK(lines > 5000);
}

TEST_CASE("a timeline leaves out and reports dates far from the others", "[e2e][cost]") {
  std::string jsonl;
  for (int d = 1; d <= 20; ++d)
    jsonl += record("d" + std::to_string(d), fmt_day(d), "storm alert");
  jsonl += record("zero", "0001-01-01T00:00:00Z", "storm alert");
  jsonl += record("nines", "9999-12-31T00:00:00Z", "storm alert");
  const Index index(jsonl);
  const RunResult text = limited_query(index.db, {"--timeline", "day", "storm"});
  INFO(text.err);
  REQUIRE(text.status == 0);
  CHECK(std::count(text.out.begin(), text.out.end(), '\n') < 100);
  CHECK(text.out.find("2 matches dated outside 1981-10-10 .. 2061-10-10 left out of the timeline: 1 on "
                      "0001-01-01, 1 on 9999-12-31") != std::string::npos);
  const RunResult j = limited_query(index.db, {"--timeline", "day", "--format", "json", "storm"});
  REQUIRE(j.status == 0);
  const json timeline = json::parse(j.out)["timeline"];
  CHECK(timeline["buckets"].size() == 20);
  CHECK(timeline["left_out"]["matches"] == 2);
  CHECK(timeline["left_out"]["days"][0]["day"] == "0001-01-01");
  // Given on the command line, a bound is the user's: nothing is left out on that side.
  const RunResult since = limited_query(index.db, {"--timeline", "month", "--since", "0000", "--count", "storm"});
  CHECK(since.status == 2);
  CHECK(since.err.find("more than 5000 months; use --since/--until") != std::string::npos);
  // A plot stays small.
  const std::string svg = index.dir.file("t.svg");
  const RunResult plot = limited_query(index.db, {"--timeline", "day", "--plot", svg, "--count", "storm"});
  CHECK(plot.status == 0);
}

TEST_CASE("a timeline of more periods than the bound names a coarser unit", "[e2e][cost]") {
  const Index index(record("a", "2001-01-01T00:00:00Z", "storm") + record("b", "2021-01-01T00:00:00Z", "storm"));
  const RunResult day = limited_query(index.db, {"--timeline", "day", "storm"});
  CHECK(day.status == 2);
  CHECK(day.err.find("the dated matches span 2001-01-01 .. 2021-01-01 (7306 days): more than 5000 days; use "
                     "--timeline week or month") != std::string::npos);
  const RunResult week = limited_query(index.db, {"--timeline", "week", "--format", "json", "storm"});
  REQUIRE(week.status == 0);
  CHECK(json::parse(week.out)["timeline"]["buckets"].size() == 1044);
}

TEST_CASE("a wildcard finds every term up to its bound and reports what it leaves out", "[e2e][wildcard]") {
  std::string jsonl;
  for (int i = 0; i < 1100; ++i) jsonl += record("w" + std::to_string(i), "2021-10-01T00:00:00Z",
                                                 "note wild" + std::to_string(10000 + i) + "x here");
  std::string many;
  for (int i = 0; i < 5100; ++i) many += "trunc" + std::to_string(10000 + i) + " ";
  jsonl += record("many", "2021-10-01T00:00:00Z", many);
  const Index index(jsonl);
  const RunResult all = limited_query(index.db, {"--count", "wild*"});
  CHECK(all.out == "1100\n");  // 500 before: the cap was silent
  CHECK(all.err.empty());
  const RunResult cut = limited_query(index.db, {"--count", "trunc*"});
  CHECK(cut.err.find("warning: wildcard 'trunc*' matches 5100 different words in the index; only the 5000 most "
                     "frequent were searched") != std::string::npos);
  const RunResult j = limited_query(index.db, {"--format", "json", "trunc*"});
  const json w = json::parse(j.out)["wildcards"];
  REQUIRE(w.size() == 1);
  CHECK(w[0]["pattern"] == "trunc*");
  CHECK(w[0]["matched_terms"] == 5100);
  CHECK(w[0]["searched_terms"] == 5000);
  CHECK(w[0]["truncated"] == true);
}

TEST_CASE("hostile query shapes fail with a clear message, not a crash", "[e2e][parser]") {
  const Index index(record("long", "2021-10-01T00:00:00Z", repeat_words(20000)));
  struct Row {
    const char* what;
    std::string query;
    const char* message;
  };
  std::string or_1001 = "w0";
  for (int i = 1; i <= 1000; ++i) or_1001 += " OR w" + std::to_string(i);
  const std::vector<Row> rows = {
      {"9,500 parentheses", std::string(9500, '(') + "the" + std::string(9500, ')'),
       "parentheses nested more than 100 deep (at character 101)"},
      {"1,001 ORed words", or_1001, "more than 1000 words, phrases and field values in one query"},
      {"NEAR/10001", "the NEAR/10001 storm", "NEAR/10001: the window is at most 10000 words"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const RunResult r = limited_query(index.db, {"--count", row.query});
    CHECK(r.status == 2);
    CHECK(r.err.find(row.message) != std::string::npos);
  }
  // NEAR/10000 is read whole (it was NEAR/1000 followed by a word "0").
  const RunResult wide = limited_query(index.db, {"--count", "the NEAR/10000 evening"});
  const RunResult narrower = limited_query(index.db, {"--count", "the NEAR/9999 evening"});
  CHECK(wide.status == 0);
  CHECK(wide.out == "1\n");
  CHECK(wide.out == narrower.out);
}
