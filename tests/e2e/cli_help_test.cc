// End-to-end: what a new user meets first (issue 18, "Help, errors,
// install"): --help grouped by task with examples that run as written, the
// man pages and completions listing the same options, "did you mean" for a
// mistyped flag, a short message when the shell ate an unquoted #hashtag,
// --format aliases, one error for a bad --tz, --version, where lisan-index
// writes without --db, and `info` with channel names as written and
// right-to-left names isolated.
#include <unicode/uversion.h>
#include <xapian.h>

#include <filesystem>
#include <regex>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "lisan/cli/help_groups.h"
#include "lisan/analysis/analyzer.h"
#include "tests/e2e/cli_runner.h"
#include "tests/e2e/golden_file.h"

using namespace lisan::test;

namespace {

const std::string kSource = LISAN_SOURCE_DIR;

// Runs `tool` (a path) through env(1) with HOME set to `home` and no
// $LISAN_DB or $XDG_DATA_HOME, so the default index is home's.
RunResult run_at_home(const std::string& home, const std::string& tool, std::vector<std::string> args) {
  args.insert(args.begin(), {"-u", "LISAN_DB", "-u", "XDG_DATA_HOME", "HOME=" + home, tool});
  return run("/usr/bin/env", args);
}

// The long options a --help text lists (its option lines start with "  -").
std::set<std::string> help_options(const std::string& help) {
  std::set<std::string> out;
  const std::regex long_option("--[a-z][a-z-]*");
  for (const std::string& line : lines(help)) {
    if (line.rfind("  -", 0) != 0) continue;
    const std::string names = line.substr(0, line.find("  ", 2));
    for (std::sregex_iterator m(names.begin(), names.end(), long_option), end; m != end; ++m) out.insert(m->str());
  }
  return out;
}

// Every "--option" spelled in `text` (a man page's Markdown writes \--).
std::set<std::string> options_in(const std::string& text) {
  std::set<std::string> out;
  const std::regex long_option("--[a-z][a-z-]*[a-z]");
  for (std::sregex_iterator m(text.begin(), text.end(), long_option), end; m != end; ++m) out.insert(m->str());
  return out;
}

// The text of the man page's OPTIONS section, up to the next "# " heading.
std::string options_section(const std::string& markdown) {
  const auto from = markdown.find("\n# OPTIONS");
  if (from == std::string::npos) return "";
  return markdown.substr(from, markdown.find("\n# ", from + 1) - from);
}

// The example command lines under "Examples:" in a --help text.
std::vector<std::string> examples(const std::string& help) {
  std::vector<std::string> out;
  bool in_examples = false;
  for (const std::string& line : lines(help)) {
    if (line == "  Examples:") in_examples = true;
    else if (line.rfind("    ", 0) != 0) in_examples = false;
    else if (in_examples) out.push_back(line.substr(4));
  }
  return out;
}

std::string icu_version() {
  UVersionInfo v;
  u_getVersion(v);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(v, text);
  return text;
}

struct Tool {
  const char* name;
  std::string bin;
};
const Tool kTools[] = {{"lisan-index", LISAN_INDEX_BIN}, {"lisan-query", LISAN_QUERY_BIN}};

}  // namespace

TEST_CASE("both tools: --help is grouped by task, with examples, as in its golden file", "[e2e][cli][help]") {
  for (const Tool& t : kTools) {
    CAPTURE(t.name);
    const RunResult r = run(t.bin, {"--help"});
    CHECK(r.status == 0);
    check_golden(std::string(t.name) + "-help.txt", r.out);
    // Every option sits in a named group: this heading appears only when an
    // option was added without a row in its tool's help_groups().
    CHECK_THAT(r.out, !Catch::Contains(lisan::cli::kUngrouped));
    CHECK(examples(r.out).size() >= 6);
  }
}

TEST_CASE("the man pages and the shell completions list exactly the options of --help", "[e2e][cli][help]") {
  for (const Tool& t : kTools) {
    CAPTURE(t.name);
    const std::set<std::string> in_help = help_options(run(t.bin, {"--help"}).out);
    REQUIRE(in_help.size() > 10);
    const std::string man = read_text(kSource + "/man/" + t.name + ".1.md");
    CHECK(options_in(options_section(man)) == in_help);
    // Completions may offer more (values such as -date), never fewer.
    for (const std::string& file : {std::string(t.name) + ".bash", "_" + std::string(t.name)}) {
      CAPTURE(file);
      const std::set<std::string> offered = options_in(read_text(kSource + "/completions/" + file));
      for (const std::string& o : in_help) {
        CAPTURE(o);
        CHECK(offered.count(o) == 1);
      }
    }
  }
}

TEST_CASE("every example in --help runs as written on the sample corpus", "[e2e][cli][help][examples]") {
  // A home with the corpus in it: the examples' relative paths, ~ and the
  // default index all resolve there, as on a user's machine after install.
  TempDir home;
  std::filesystem::create_directory_symlink(corpus_dir(), home.file("corpus"));
  home.write("sheet.csv", "body\n\"a row without a date, mapped by --map\"\n");
  home.write("watchlist.txt", "storm1\t#FreeTheCaptives\nslogan\t\"No wall is higher than the dawn\"\n");
  const std::string bin_dir = std::filesystem::path(LISAN_QUERY_BIN).parent_path().string() + ":" +
                              std::filesystem::path(LISAN_INDEX_BIN).parent_path().string();
  // lisan-index's examples first: they build the indexes the queries read.
  for (const Tool& t : {kTools[0], kTools[1]}) {
    for (const std::string& example : examples(run(t.bin, {"--help"}).out)) {
      CAPTURE(example);
      const RunResult r = run("/usr/bin/env", {"-u", "LISAN_DB", "-u", "XDG_DATA_HOME", "HOME=" + home.path(),
                                               "PATH=" + bin_dir + ":/usr/bin:/bin", "/bin/sh", "-c",
                                               "cd \"$HOME\" && " + example});
      INFO(r.err);
      CHECK(r.status == 0);
    }
  }
  // The ones that write files wrote them.
  CHECK(std::filesystem::file_size(home.file("hits.csv")) > 100);
  CHECK(read_text(home.file("storm.svg")).rfind("<svg", 0) != std::string::npos);
  CHECK(read_text(home.file("matrix.svg")).find("<svg") != std::string::npos);
}

TEST_CASE("a mistyped flag gets the closest flags, not the whole help", "[e2e][cli][errors]") {
  struct Row {
    const Tool& tool;
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Row> rows = {
      {kTools[1], {"--fromat", "json", "storm"}, "unknown option --fromat: did you mean --format?"},
      {kTools[1], {"--limt", "5", "storm"}, "unknown option --limt: did you mean --limit?"},
      {kTools[1], {"--colour=never", "storm"}, "unknown option --colour=never: did you mean --color?"},
      {kTools[1], {"--sicne", "2021", "storm"}, "did you mean --since?"},
      {kTools[1], {"--kwik", "storm"}, "did you mean --kwic?"},
      {kTools[1], {"--facet", "lang", "storm"}, "did you mean --facets?"},
      {kTools[1], {"similar", "tg:dawnrelief:155", "--fromat", "json"}, "did you mean --format?"},
      {kTools[1], {"--zzzzzzzz", "storm"}, "unknown option --zzzzzzzz; see --help for the options"},
      {kTools[0], {"--formt", "telegram", "x.json"}, "unknown option --formt: did you mean --format?"},
      {kTools[0], {"--reject", "r.jsonl", "x.json"}, "did you mean --rejects?"},
      {kTools[0], {"--no-compcat", "x.json"}, "did you mean --no-compact?"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.tool.name, row.args);
    const RunResult r = run(row.tool.bin, row.args);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains(row.message));
    CHECK(lines(r.err).size() == 1);
    CHECK(r.out.empty());
  }
}

TEST_CASE("a query the shell ate as a #comment gets a message saying to quote it", "[e2e][cli][errors]") {
  // `lisan-query --limit 5 #FreeTheCaptives` in bash: argv ends after "5".
  const RunResult r = run(LISAN_QUERY_BIN, {"--limit", "5"});
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("no query given"));
  CHECK_THAT(r.err, Catch::Contains("a #hashtag must be quoted, '#tag'"));
  CHECK(lines(r.err).size() == 1);
  CHECK(r.out.empty());
  // lisan-index without inputs: one line, not the whole --help either.
  const RunResult i = run(LISAN_INDEX_BIN, {"--quiet"});
  CHECK(i.status == 2);
  CHECK_THAT(i.err, Catch::Contains("no input files given"));
  CHECK(lines(i.err).size() == 1);
}

TEST_CASE("lisan-index --format takes the platform names users type", "[e2e][cli][formats]") {
  TempDir dir;
  const std::string telegram = corpus_dir() + "/telegram/result.json";
  const std::string tweets = corpus_dir() + "/twitter/tweets.jsonl";
  SECTION("telegram and twitter read their platform's exports") {
    const RunResult tg = lisan_index({"--db", dir.file("db"), "--quiet", "--format", "telegram", telegram});
    INFO(tg.err);
    CHECK(tg.status == 0);
    CHECK(index_summary(tg.err).indexed == 32);
    const RunResult tw = lisan_index({"--db", dir.file("db"), "--quiet", "--format", "x", tweets});
    INFO(tw.err);
    CHECK(tw.status == 0);
    CHECK(index_summary(tw.err).indexed == 28);
  }
  SECTION("a file of another platform is named with what it looks like") {
    const RunResult r = lisan_index({"--db", dir.file("db"), "--format", "twitter", telegram});
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("result.json: error: --format twitter: this input does not look like any "
                                      "Twitter/X export (it looks like telegram-json); input skipped"));
  }
  SECTION("--help lists the aliases") {
    // Descriptions wrap: compare with the line breaks and indents as spaces.
    const std::string help = std::regex_replace(run(LISAN_INDEX_BIN, {"--help"}).out, std::regex("\\s+"), " ");
    CHECK_THAT(help, Catch::Contains("aliases: telegram (any Telegram export), twitter (any Twitter/X export), "
                                     "x (the same as twitter)"));
  }
}

TEST_CASE("a bad --tz is one error before anything is read", "[e2e][cli][errors]") {
  TempDir dir;
  const std::string csv = dir.write("naive.csv", "text,date\none,2021-09-01 10:00\ntwo,2021-09-02 10:00\n"
                                                 "three,2021-09-03 10:00\n");
  const RunResult r = lisan_index({"--db", dir.file("db"), "--tz", "Mars/Olympus_Mons", csv});
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("--tz"));
  CHECK_THAT(r.err, Catch::Contains("Mars/Olympus_Mons"));
  CHECK(lines(r.err).size() == 1);
  CHECK_FALSE(std::filesystem::exists(dir.file("db")));
}

TEST_CASE("both tools: --version names lisan, the index schema and analyzer, Xapian and ICU", "[e2e][cli][version]") {
  for (const Tool& t : kTools) {
    CAPTURE(t.name);
    const RunResult r = run(t.bin, {"--version"});
    CHECK(r.status == 0);
    CHECK(r.out == std::string(t.name) + " 0.3.0\nindex schema 3, analyzer " +
                       std::to_string(lisan::analysis::kAnalyzerVersion) + "\nXapian " + Xapian::version_string() +
                       "\nICU " + icu_version() + "\n");
  }
}

TEST_CASE("lisan-index without --db says which index it writes", "[e2e][cli][db]") {
  TempDir home;
  const std::string input = corpus_dir() + "/jsonl/news.jsonl";
  const RunResult r = run_at_home(home.path(), LISAN_INDEX_BIN, {input});
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("lisan-index: writing to " + home.path() +
                                    "/.local/share/lisan/index (the default index, which lisan-query also reads; "
                                    "--db DIR writes elsewhere)"));
  CHECK(std::filesystem::exists(home.file(".local/share/lisan/index")));
  const RunResult env = run("/usr/bin/env", {"LISAN_DB=" + home.file("other"), LISAN_INDEX_BIN, input});
  CHECK_THAT(env.err, Catch::Contains("writing to " + home.file("other") + " (from $LISAN_DB"));
  const RunResult given = lisan_index({"--db", home.file("given"), input});
  CHECK_THAT(given.err, !Catch::Contains("writing to"));
}

TEST_CASE("info shows channel names as written, right-to-left ones isolated", "[e2e][cli][info]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::string input = dir.write("channels.jsonl",
      "{\"id\":\"a1\",\"text\":\"storm\",\"lang\":\"en\",\"channel\":\"DawnRelief\",\"source\":\"Telegram\"}\n"
      "{\"id\":\"a2\",\"text\":\"storm\",\"lang\":\"en\",\"channel\":\"DawnRelief\",\"source\":\"Telegram\"}\n"
      "{\"id\":\"a3\",\"text\":\"عاصفة\",\"lang\":\"ar\",\"channel\":\"شبكة الفجر\",\"source\":\"Telegram\"}\n");
  REQUIRE(lisan_index({"--db", db, "--quiet", input}).status == 0);
  const std::string fsi = "\xE2\x81\xA8", pdi = "\xE2\x81\xA9";
  for (const Tool& t : kTools) {
    CAPTURE(t.name);
    const RunResult text = run(t.bin, {"--db", db, "info"});
    CHECK(text.status == 0);
    // Count first, then the name as written; the Arabic name in an isolate,
    // so its run cannot take the count (or anything else) with it.
    CHECK_THAT(text.out, Catch::Contains("channels:\n         2  DawnRelief\n         1  " + fsi + "شبكة الفجر" + pdi +
                                         "\n"));
    CHECK_THAT(text.out, Catch::Contains("sources:\n         3  Telegram\n"));
    CHECK_THAT(text.out, !Catch::Contains("dawnrelief"));
    const RunResult json = run(t.bin, {"--db", db, "info", "--format", "json"});
    const nlohmann::json j = nlohmann::json::parse(json.out);
    CHECK(j["channels"] == nlohmann::json({{"DawnRelief", 2}, {"شبكة الفجر", 1}}));
  }
}
