// End-to-end: the mode × --format table of lisan-query (issue 13). Every
// mode renders through the one printer make_printer() picks; a combination
// a format cannot show, or an option a mode would ignore, is a usage error
// (status 2) that names both, never a silent drop.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

struct Index {
  TempDir dir;
  std::string db = dir.file("db");
  std::string queries = dir.write("queries.txt", "a\tstorm\nb\tcaptives\n");
  Index() {
    const std::string c = corpus_dir() + "/jsonl/";
    const RunResult r = lisan_index({"--db", db, "--quiet", c + "channel_posts.jsonl", c + "reposts.jsonl"});
    if (r.status != 0) FAIL("indexing failed: " << r.err);
  }
};

const Index& index() {
  static const Index i;
  return i;
}

using Args = std::vector<std::string>;

}  // namespace

TEST_CASE("each mode prints in each format it can show", "[e2e][query][format]") {
  const Index& ix = index();
  struct Row {
    Args mode;
    const char* format;
    // What the output starts with ("" = anything but empty), checked after
    // a json or jsonl output is parsed.
    const char* starts_with;
  };
  const Row rows[] = {
      {{"storm"}, "text", ""},
      {{"storm"}, "json", "{"},
      {{"storm"}, "jsonl", "{"},
      {{"storm"}, "csv", "rank,"},
      {{"--count", "storm"}, "csv", "count\r\n"},
      {{"--count", "storm"}, "jsonl", "{\"count\":"},
      {{"--kwic", "storm"}, "csv", "rank,id,date,lang,left,match,right\r\n"},
      {{"--kwic", "storm"}, "jsonl", "{"},
      {{"--timeline", "month", "storm"}, "text", ""},
      {{"--timeline", "month", "storm"}, "json", "{"},
      {{"--facets", "lang", "storm"}, "json", "{"},
      {{"--queries", ix.queries}, "text", "=== a (line 1): storm\n"},
      {{"--queries", ix.queries}, "json", "{"},
      {{"--queries", ix.queries}, "jsonl", "{"},
      {{"--queries", ix.queries}, "csv", "query_name,"},
      {{"--top", "hashtag", "storm"}, "text", "top hashtag of "},
      {{"--top", "hashtag", "storm"}, "json", "{"},
      {{"--collapse", "storm"}, "json", "{"},
      {{"--matrix", "hashtag", "storm"}, "text", "day,matches,"},
      {{"--matrix", "hashtag", "storm"}, "csv", "day,matches,"},
      {{"cluster", "tg:dawnrelief:110"}, "text", "cluster "},
      {{"show", "tg:dawnrelief:110"}, "text", "analysis:"},
      {{"show", "tg:dawnrelief:110"}, "json", "{"},
      {{"similar", "tg:dawnrelief:110"}, "csv", "rank,"},
      {{"info"}, "text", ""},
      {{"info"}, "json", "{"},
  };
  for (const Row& row : rows) {
    Args args = {"--db", ix.db, "--color", "never", "--format", row.format};
    args.insert(args.end(), row.mode.begin(), row.mode.end());
    CAPTURE(row.mode, row.format);
    const RunResult r = lisan_query(args);
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK((r.err == "" || r.err.rfind("lisan-query: note: ", 0) == 0));  // a cut export says so (issue 18)
    REQUIRE_FALSE(r.out.empty());
    CHECK(r.out.rfind(row.starts_with, 0) == 0);
    if (std::string(row.format) == "json") CHECK_NOTHROW(json::parse(r.out));
    if (std::string(row.format) == "jsonl")
      for (const std::string& line : lines(r.out)) CHECK_NOTHROW(json::parse(line));
  }
}

TEST_CASE("a combination a format or a mode cannot show is a usage error naming both", "[e2e][query][format]") {
  const Index& ix = index();
  struct Row {
    Args args;
    const char* error;  // the whole of stderr
  };
  const Row rows[] = {
      {{"--format", "csv", "--timeline", "week", "storm"},
       "--format csv cannot show --timeline: use --format text or json"},
      {{"--format", "jsonl", "--facets", "lang", "storm"},
       "--format jsonl cannot show --facets: use --format text or json"},
      {{"--format", "csv", "--queries", ix.queries, "--timeline", "day"},
       "--format csv cannot show --timeline: use --format text or json"},
      {{"--format", "csv", "--top", "hashtag", "storm"}, "--format csv cannot show --top: use --format text or json"},
      {{"--format", "jsonl", "--collapse", "storm"}, "--format jsonl cannot show --collapse: use --format text or json"},
      {{"--format", "json", "--matrix", "hashtag"}, "--format json cannot show --matrix: use --format text or csv"},
      {{"--format", "csv", "show", "tg:dawnrelief:110"}, "--format csv cannot show show: use --format text or json"},
      {{"--format", "jsonl", "info"}, "--format jsonl cannot show info: use --format text or json"},
      {{"--kwic", "--collapse", "storm"}, "--kwic cannot be combined with --collapse"},
      {{"--facets", "lang", "--top", "hashtag", "storm"}, "--facets cannot be combined with --top"},
      {{"--timeline", "day", "--group-by", "cluster"}, "--timeline cannot be combined with --group-by"},
      {{"--count", "--cooccur", "hashtag"}, "--count cannot be combined with --cooccur"},
      {{"--offset", "5", "--top", "hashtag", "storm"}, "--offset cannot be combined with --top"},
      {{"--offset", "5", "info"}, "--offset cannot be combined with info"},
      {{"--explain", "--spread", "tg:dawnrelief:110"}, "--explain cannot be combined with --spread"},
      {{"--sort", "date", "--collapse", "storm"}, "--sort cannot be combined with --collapse"},
      {{"--plot", ix.dir.file("x.svg"), "cluster", "tg:dawnrelief:110"}, "--plot cannot be combined with cluster"},
      {{"--lang", "tr", "show", "tg:dawnrelief:110"}, "--lang cannot be combined with show"},
      {{"info", "storm"}, "query words cannot be combined with info"},
      {{"similar", "tg:dawnrelief:110", "storm"}, "query words cannot be combined with similar"},
      {{"--count", "--kwic", "storm"}, "--kwic cannot be combined with --count"},
      {{"--top", "hashtag", "--collapse"},
       "--collapse and --top are separate views (--collapse, --group-by, --top, --cooccur, --spread, --matrix, "
       "cluster): give one"},
      {{"--queries", ix.queries, "--top", "hashtag"},
       "show, similar, info, --queries, --network and the campaign views are separate modes: give one"},
      {{"--format", "xml", "storm"}, "--format xml: use one of text, json, jsonl, csv"},
      {{"--color", "sometimes", "storm"}, "--color sometimes: use auto, always or never"},
      {{}, "no query given: give words to search for (a #hashtag must be quoted, '#tag': unquoted, the shell takes # "
           "for the start of a comment and drops the rest of the line)"},
      {{"--since", "2021-13", "--top", "hashtag"}, "--since 2021-13: not a date; use YYYY, YYYY-MM or YYYY-MM-DD"},
      {{"--since", "2022", "--until", "2021", "storm"}, "--since 2022 --until 2021: the range ends before it starts"},
  };
  for (const Row& row : rows) {
    Args args = {"--db", ix.db};
    args.insert(args.end(), row.args.begin(), row.args.end());
    CAPTURE(row.args);
    const RunResult r = lisan_query(args);
    CHECK(r.status == 2);
    CHECK(r.out == "");
    CHECK(r.err == std::string("lisan-query: error: ") + row.error + "\n");
  }
}

TEST_CASE("a closed pipe ends lisan-query quietly with status 0", "[e2e][query][format]") {
  const Index& ix = index();
  // The shell closes the pipe after one line; lisan-query must not report
  // an error for it (it used to call std::exit from a helper).
  // The status of lisan-query goes to stderr, with anything it printed there.
  const RunResult r = run("/bin/sh", {"-c", "{ \"$0\" --db \"$1\" --limit 400 --format jsonl date:2021..2022; echo $? >&2; } "
                                            "| head -n 1 >/dev/null",
                                      LISAN_QUERY_BIN, ix.db});
  CHECK(r.err == "0\n");
}
