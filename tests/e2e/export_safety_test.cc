// End-to-end, issue 18 ("Exports and results"): CSV that a spreadsheet
// opens as text (checked by opening it in LibreOffice), exports that are
// never cut silently and stream with --all, undated documents last under
// --sort date, options a mode cannot use refused, and --matrix-unit.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

using Args = std::vector<std::string>;

// Posts whose author and text are what an adversary posts to a channel a
// researcher exports; p4 has no date.
const char kHostilePosts[] =
    R"J({"id":"p1","text":"=1+1 storm","author":"=1+1","channel":"c","date":"2021-09-20T10:00:00Z","lang":"en"}
{"id":"p2","text":"=HYPERLINK(\"http://x\",\"y\") storm","author":"=HYPERLINK(\"http://x\",\"y\")","channel":"c","date":"2021-09-21T10:00:00Z","lang":"en"}
{"id":"p3","text":"+cmd storm","author":"+cmd","channel":"c","date":"2021-09-22T10:00:00Z","lang":"en"}
{"id":"p4","text":"@SUM(1) storm","author":"@SUM(1)","channel":"c","lang":"en"}
{"id":"p5","text":"-2+3 storm","author":"-2+3","channel":"c","date":"2021-09-23T10:00:00Z","lang":"en"}
)J";

struct HostileIndex {
  TempDir dir;
  std::string db = dir.file("db");
  HostileIndex() {
    const RunResult r = lisan_index({"--db", db, "--quiet", dir.write("posts.jsonl", kHostilePosts)});
    if (r.status != 0) FAIL("indexing failed: " << r.err);
  }
};

struct CorpusIndex {
  TempDir dir;
  std::string db = dir.file("db");
  CorpusIndex() {
    const std::string c = corpus_dir() + "/jsonl/";
    const RunResult r = lisan_index({"--db", db, "--quiet", c + "channel_posts.jsonl", c + "reposts.jsonl"});
    if (r.status != 0) FAIL("indexing failed: " << r.err);
  }
};

const CorpusIndex& corpus() {
  static const CorpusIndex i;
  return i;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

RunResult query(const std::string& db, Args args) {
  args.insert(args.begin(), {"--db", db, "--color", "never"});
  return lisan_query(args);
}

}  // namespace

TEST_CASE("CSV exports open in LibreOffice as text, never as formulas", "[e2e][issue18][csv][libreoffice]") {
  // The check is what a person sees: it must not pass where it cannot look.
  const std::string soffice = find_program("soffice");
  if (soffice.empty())
    FAIL("LibreOffice (soffice) is not installed: scripts/install-deps installs libreoffice-calc-nogui");
  const HostileIndex ix;
  const TempDir out;
  struct Export {
    const char* name;
    Args args;
    bool raw;
  };
  const Export exports[] = {
      {"search", {"-f", "csv", "--fields", "id,author,text", "storm"}, false},
      {"kwic", {"-f", "csv", "--kwic", "--width", "20", "storm"}, false},
      {"batch", {"-f", "csv", "--fields", "id,author", "--queries", out.write("q.txt", "=cmd()\tstorm\n")}, false},
      {"matrix", {"-f", "csv", "--matrix", "author", "storm"}, false},
      {"raw", {"-f", "csv", "--csv-raw", "--fields", "id,author,text", "storm"}, true},
  };
  Args convert = {"--headless", "-env:UserInstallation=file://" + out.file("profile"), "--convert-to", "fods",
                  "--outdir", out.path()};
  for (const Export& e : exports) {
    const RunResult r = query(ix.db, e.args);
    INFO(e.name << ": " << r.err);
    REQUIRE(r.status == 0);
    convert.push_back(out.write(std::string(e.name) + ".csv", r.out));
  }
  const RunResult lo = run(soffice, convert);
  INFO(lo.out << lo.err);
  REQUIRE(lo.status == 0);
  for (const Export& e : exports) {
    const std::string sheet = slurp(out.file(std::string(e.name) + ".fods"));
    CAPTURE(e.name);
    REQUIRE(sheet.find("<office:spreadsheet>") != std::string::npos);
    if (e.raw) {
      // The control: LibreOffice does run these when lisan writes them raw.
      CHECK(count_of(sheet, "table:formula=\"of:=1+1\"") == 1);
      CHECK(count_of(sheet, "table:formula=\"of:=HYPERLINK(") == 2);  // author and text
      continue;
    }
    CHECK(count_of(sheet, "table:formula") == 0);
    // No hostile cell became a number either (-2+3 as 1, say): the search
    // export has no numeric column, so no cell may be one.
    if (std::string(e.name) == "search") CHECK(count_of(sheet, "office:value-type=\"float\"") == 0);
  }
  const std::string search = slurp(out.file("search.fods"));
  for (const char* cell : {"&apos;=1+1", "&apos;=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)", "&apos;+cmd",
                           "&apos;@SUM(1)", "&apos;-2+3"}) {
    CAPTURE(cell);
    CHECK(count_of(search, std::string("<text:p>") + cell + "</text:p>") == 1);  // the author cell
    CHECK(count_of(search, std::string("<text:p>") + cell + " storm</text:p>") == 1);  // the text cell
  }
  CHECK(count_of(slurp(out.file("batch.fods")), "<text:p>&apos;=cmd()</text:p>") == 5);  // the query name
  CHECK(count_of(slurp(out.file("matrix.fods")), "<text:p>&apos;-2+3</text:p>") == 1);   // a column name
}

TEST_CASE("a CSV export neutralises negative-looking text but keeps the numeric columns", "[e2e][issue18][csv]") {
  const HostileIndex ix;
  const RunResult r = query(ix.db, {"-f", "csv", "--fields", "rank,id,author,percent", "--sort", "date", "storm"});
  REQUIRE(r.status == 0);
  const std::vector<std::string> rows = lines(r.out);
  REQUIRE(rows.size() == 6);
  CHECK(rows[1].rfind("1,p1,\"'=1+1\",", 0) == 0);
  CHECK(rows[4].rfind("4,p5,\"'-2+3\",", 0) == 0);
}

TEST_CASE("exports cut by --limit say so, and --all or --limit 0 give every match", "[e2e][issue18][limit]") {
  const CorpusIndex& ix = corpus();
  const RunResult count = query(ix.db, {"--count", "storm"});
  REQUIRE(count.status == 0);
  const long total = std::stol(count.out);
  REQUIRE(total > 20);
  const std::string cut = "showing 10 of " + std::to_string(total) +
                          " matches; use --all or --limit 0 for every match";
  struct Row {
    Args args;
    std::size_t rows;      // jsonl lines, or csv records after the header
    bool says_cut;         // on stderr
  };
  const Row rows[] = {
      {{"-f", "jsonl", "storm"}, 10, true},
      {{"-f", "jsonl", "--all", "storm"}, static_cast<std::size_t>(total), false},
      {{"-f", "jsonl", "--limit", "0", "storm"}, static_cast<std::size_t>(total), false},
      {{"-f", "jsonl", "--all", "--offset", "5", "storm"}, static_cast<std::size_t>(total - 5), false},
      {{"-f", "csv", "--fields", "id", "storm"}, 10, true},
      {{"-f", "csv", "--fields", "id", "--all", "storm"}, static_cast<std::size_t>(total), false},
      {{"-f", "csv", "--fields", "id", "--limit", "0", "storm"}, static_cast<std::size_t>(total), false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.args);
    const RunResult r = query(ix.db, row.args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const bool csv = row.args[1] == "csv";
    const std::vector<std::string> out = lines(r.out);
    CHECK(out.size() - (csv ? 1 : 0) == row.rows);
    CHECK((r.err.find(cut) != std::string::npos) == row.says_cut);
    if (!row.says_cut) CHECK(r.err == "");
    if (!csv) {  // ranks run on without a gap over the pages
      long expected = row.args.size() > 4 && row.args[3] == "--offset" ? 6 : 1;
      for (const std::string& line : out) CHECK(json::parse(line)["rank"].get<long>() == expected++);
    }
  }
  // json says it on stderr too; text says it in its output.
  CHECK(query(ix.db, {"-f", "json", "storm"}).err.find(cut) != std::string::npos);
  const RunResult text = query(ix.db, {"storm"});
  CHECK(text.out.find("(" + cut + ")") != std::string::npos);
  CHECK(text.err == "");
  CHECK(query(ix.db, {"--all", "storm"}).out.find("showing 1-" + std::to_string(total)) != std::string::npos);
  // A batch says which query was cut.
  const TempDir dir;
  // The manifest of a streamed export counts the hits written over all pages.
  REQUIRE(query(ix.db, {"-f", "jsonl", "--all", "--manifest", dir.file("m.json"), "storm"}).status == 0);
  std::ifstream manifest(dir.file("m.json"));
  CHECK(json::parse(manifest)["hits_returned"] == total);
  const RunResult batch =
      query(ix.db, {"-f", "csv", "--queries", dir.write("q.txt", "a\tstorm\nb\tzzzznothing\n")});
  CHECK(batch.err.find("note: a (line 1): " + cut) != std::string::npos);
  CHECK(batch.err.find("note: b") == std::string::npos);
}

TEST_CASE("all-match exports (--all) stream in bounded memory", "[e2e][issue18][limit][memory]") {
  // The peak memory of an --all csv export of 1,000 and of 4,000 documents
  // of ~4 KB (12 MB more text): streamed, it hardly grows; the json format,
  // which holds every hit, is the control that the measure sees growth.
  // Peak RSS comes from GNU time: ru_maxrss of a posix_spawn child starts
  // at this test's own RSS, so it cannot be read here.
  const std::string time = find_program("time");
  if (time.empty()) FAIL("GNU time is not installed: scripts/install-deps installs it");
  const TempDir dir;
  const std::string filler = [] {
    std::string s;
    while (s.size() < 4000) s += "the storm over the harbour reached the old town before dawn ";
    return s;
  }();
  const auto index_of = [&](int documents) {
    std::string input;
    for (int i = 0; i < documents; ++i)
      input += "{\"id\":\"m" + std::to_string(i) + "\",\"lang\":\"en\",\"date\":\"2021-09-20T10:00:00Z\",\"text\":\"" +
               std::to_string(i) + " " + filler + "\"}\n";
    const std::string db = dir.file("db" + std::to_string(documents));
    REQUIRE(lisan_index({"--db", db, "--quiet", dir.write("in.jsonl", input)}).status == 0);
    return db;
  };
  const auto peak_kb = [&](const std::string& db, const std::string& format, std::size_t rows) {
    Args args = {"-f", "%M", "-o", dir.file("rss"), LISAN_QUERY_BIN, "--db", db, "-f", format, "--all", "storm"};
    if (format == "csv") args.insert(args.end() - 1, {"--fields", "id,text"});
    const RunResult r = run(time, args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    if (rows > 0) CHECK(lines(r.out).size() == rows);
    std::ifstream in(dir.file("rss"));
    long kb = 0;
    in >> kb;
    return kb;
  };
  const std::string small = index_of(1000), large = index_of(4000);
  const long csv_small = peak_kb(small, "csv", 1001), csv_large = peak_kb(large, "csv", 4001);
  const long json_small = peak_kb(small, "json", 0), json_large = peak_kb(large, "json", 0);
  INFO("peak RSS KB: csv " << csv_small << " -> " << csv_large << ", json " << json_small << " -> " << json_large);
  // 3,000 more documents of ~4 KB: an export that holds them all grows by
  // at least their 12 MB; a streamed one by a small part of what the held
  // one grows (a ratio, not a fixed bound: under ASan every allocation
  // costs more and the quarantine keeps freed pages, measured +6 MB there
  // against +238 MB for json).
  CHECK(json_large - json_small > 12 * 1024);
  CHECK(csv_large - csv_small < (json_large - json_small) / 8);
}

TEST_CASE("sorting by date (--sort date) lists undated documents last and counts them", "[e2e][issue18][sort]") {
  const HostileIndex ix;
  for (const char* sort : {"date", "-date"}) {
    CAPTURE(sort);
    const RunResult r = query(ix.db, {"-f", "jsonl", "--sort", sort, "storm"});
    REQUIRE(r.status == 0);
    const std::vector<std::string> out = lines(r.out);
    REQUIRE(out.size() == 5);
    CHECK(json::parse(out.front())["id"] == (std::string(sort) == "date" ? "p1" : "p5"));
    CHECK(json::parse(out.back())["id"] == "p4");
    CHECK(r.err.find("1 of the matches have no date: they are listed last") != std::string::npos);
    const RunResult j = query(ix.db, {"-f", "json", "--sort", sort, "storm"});
    CHECK(json::parse(j.out)["undated_listed_last"] == 1);
    const RunResult all = query(ix.db, {"-f", "csv", "--fields", "id", "--all", "--sort", sort, "storm"});
    CHECK(lines(all.out).back() == "p4\r");
  }
  // Relevance order says nothing about dates.
  CHECK(query(ix.db, {"-f", "jsonl", "storm"}).err.find("no date") == std::string::npos);
}

TEST_CASE("the spread view (--spread) never calls an undated copy the first", "[e2e][issue18][campaign]") {
  const TempDir dir;
  const std::string text = "Release the captives now, every one of them, before the winter comes to the camps";
  const std::string db = dir.file("db");
  REQUIRE(lisan_index({"--db", db, "--quiet",
                       dir.write("c.jsonl", "{\"id\":\"u1\",\"channel\":\"a\",\"lang\":\"en\",\"text\":\"" + text +
                                                "\"}\n{\"id\":\"u2\",\"channel\":\"b\",\"lang\":\"en\",\"text\":\"" +
                                                text + "\"}\n")})
              .status == 0);
  const json undated = json::parse(query(db, {"-f", "json", "--spread", "u1", ""}).out);
  CHECK(undated["first"].is_null());
  CHECK(undated["first_note"] == "no copy has a date, so none can be called the first");
  CHECK(undated["summary"]["undated"] == 2);
  // With one dated copy added, that copy is the first, whatever its id.
  REQUIRE(lisan_index({"--db", db, "--quiet",
                       dir.write("d.jsonl", "{\"id\":\"u0\",\"channel\":\"c\",\"lang\":\"en\",\"date\":\"2021-09-"
                                            "20T10:00:00Z\",\"text\":\"" + text + "\"}\n")})
              .status == 0);
  const json dated = json::parse(query(db, {"-f", "json", "--spread", "u1", ""}).out);
  CHECK(dated["first"]["id"] == "u0");
  CHECK(dated["summary"]["undated"] == 2);
  CHECK(query(db, {"--spread", "u1", ""}).out.find("(2 undated)") != std::string::npos);
}

TEST_CASE("options a mode or format cannot use are errors naming both", "[e2e][issue18][usage]") {
  const CorpusIndex& ix = corpus();
  struct Row {
    Args args;
    std::vector<const char*> named;
  };
  const Row rows[] = {
      {{"--matrix", "hashtag", "--timeline", "week", "storm"}, {"--timeline", "--matrix", "--matrix-unit week"}},
      {{"--matrix", "hashtag", "--bom", "-f", "csv", "storm"}, {"--bom", "--matrix"}},
      {{"--matrix", "hashtag", "--fields", "id", "-f", "csv", "storm"}, {"--fields", "--matrix"}},
      {{"--matrix", "hashtag", "--sort", "date", "storm"}, {"--sort", "--matrix"}},
      {{"--bom", "-f", "json", "storm"}, {"--bom", "--format json"}},
      {{"--bom", "storm"}, {"--bom", "--format text"}},
      {{"--fields", "id", "-f", "jsonl", "storm"}, {"--fields", "--format jsonl"}},
      {{"--csv-raw", "-f", "json", "storm"}, {"--csv-raw", "--format json"}},
      {{"--width", "10", "storm"}, {"--width", "--kwic"}},
      {{"--facet-limit", "3", "storm"}, {"--facet-limit", "--facets"}},
      {{"--all", "--limit", "5", "storm"}, {"--all", "--limit 5"}},
      {{"--count", "--all", "storm"}, {"--all", "--count"}},
      {{"--matrix-unit", "week", "storm"}, {"--matrix-unit", "--matrix"}},
      {{"--matrix", "hashtag", "--matrix-unit", "year", "storm"}, {"--matrix-unit year", "day, week or month"}},
      {{"--top", "hashtag", "--timeline", "week", "storm"}, {"--timeline", "--top"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.args);
    const RunResult r = query(ix.db, row.args);
    CHECK(r.status == 2);
    CHECK(r.out == "");
    for (const char* name : row.named) CHECK(r.err.find(name) != std::string::npos);
    CHECK(lines(r.err).size() == 1);
  }
  // What stays allowed: --csv-raw with --matrix (csv whatever the format),
  // --width with --kwic, --facet-limit with --facets.
  for (const Args& ok : {Args{"--matrix", "hashtag", "--csv-raw", "storm"}, Args{"--kwic", "--width", "10", "storm"},
                         Args{"--facets", "lang", "--facet-limit", "3", "storm"}}) {
    CAPTURE(ok);
    CHECK(query(ix.db, ok).status == 0);
  }
}

TEST_CASE("the matrix (--matrix) has day, week and month rows like --timeline", "[e2e][issue18][matrix]") {
  const CorpusIndex& ix = corpus();
  const auto sum_of = [](const std::vector<std::string>& rows) {
    long n = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) n += std::stol(rows[i].substr(rows[i].find(',') + 1));
    return n;
  };
  const RunResult day = query(ix.db, {"--matrix", "hashtag", "storm"});
  const RunResult week = query(ix.db, {"--matrix", "hashtag", "--matrix-unit", "week", "storm"});
  const RunResult month = query(ix.db, {"--matrix", "hashtag", "--matrix-unit", "month", "-f", "csv", "storm"});
  const RunResult timeline = query(ix.db, {"--timeline", "week", "-f", "json", "--limit", "1", "storm"});
  REQUIRE(day.status == 0);
  REQUIRE(week.status == 0);
  REQUIRE(month.status == 0);
  const std::vector<std::string> d = lines(day.out), w = lines(week.out), m = lines(month.out);
  CHECK(d[0].rfind("day,matches,", 0) == 0);
  CHECK(w[0].rfind("week,matches,", 0) == 0);
  CHECK(m[0].rfind("month,matches,", 0) == 0);
  CHECK(w[1].substr(0, 9) == "2021-W37,");
  CHECK(m[1].substr(0, 8) == "2021-09,");
  // The same matches, fewer rows; the week rows are the --timeline week's.
  CHECK(sum_of(w) == sum_of(d));
  CHECK(sum_of(m) == sum_of(d));
  CHECK(w.size() < d.size());
  CHECK(m.size() < w.size());
  const json buckets = json::parse(timeline.out)["timeline"]["buckets"];
  REQUIRE(buckets.size() == w.size() - 1);
  for (std::size_t i = 0; i < buckets.size(); ++i) {
    CAPTURE(i);
    CHECK(w[i + 1].rfind(buckets[i]["period"].get<std::string>() + "," + std::to_string(buckets[i]["count"].get<long>()) + ",", 0) == 0);
  }
  // The plot's title names the unit.
  const TempDir dir;
  REQUIRE(query(ix.db, {"--matrix", "hashtag", "--matrix-unit", "week", "--plot", dir.file("m.svg"), "storm"}).status == 0);
  std::ifstream svg(dir.file("m.svg"));
  CHECK(std::string(std::istreambuf_iterator<char>(svg), {}).find("Matches per week per top hashtag") != std::string::npos);
}
