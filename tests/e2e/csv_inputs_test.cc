// End-to-end, issue 17 ("nothing lost, nothing silently wrong") on the CSV,
// text and HTML readers: spreadsheet date orders, unbalanced quotes, binary
// and mixed-encoding files, bad bytes and bad names. Each run's summary must
// add up (read = indexed + replaced + skipped + rejected), messages name
// FILE:LINE, and the good records are searchable.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;

namespace {

const std::string kInputs = LISAN_TEST_DATA "/csv-inputs/";

// The counts of lisan-index's summary line; the test fails when it is missing
// or does not add up.
IndexSummary summary(const std::string& err) {
  const IndexSummary s = index_summary(err);
  REQUIRE(s.found);
  CHECK(s.adds_up());
  return s;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("Spreadsheet dates: inferred per file and said once", "[e2e][issue17]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), kInputs + "excel_nl_day_first.csv",
                                   kInputs + "excel_tr_day_first.csv", kInputs + "us_month_first.csv"});
  CAPTURE(r.err);
  CHECK(r.status == 0);
  const IndexSummary s = summary(r.err);
  CHECK(s.read == 7);
  CHECK(s.indexed == 7);
  CHECK_THAT(r.err, Catch::Contains("excel_nl_day_first.csv:4: note: column 'Datum': dates read as %d-%m-%Y %H:%M"));
  CHECK_THAT(r.err, Catch::Contains("excel_tr_day_first.csv:3: note: column 'Tarih': dates read as %d.%m.%Y %H:%M"));
  CHECK_THAT(r.err, Catch::Contains("us_month_first.csv:2: note: column 'date': dates read as %m/%d/%Y %H:%M"));
  CHECK(occurrences(r.err, "dates read as") == 3);
  const RunResult q = lisan_query({"--db", dir.file("db"), "--format", "jsonl", "petitie"});
  CAPTURE(q.err);
  CHECK_THAT(q.out, Catch::Contains("2021-11-05T17:40:00Z"));  // 05-11-2021 17:40, day first, UTC assumed
  const RunResult tr = lisan_query({"--db", dir.file("db"), "--format", "jsonl", "imza"});
  CHECK_THAT(tr.out, Catch::Contains("2021-12-15T14:05:00Z"));
}

TEST_CASE("Spreadsheet dates: an ambiguous file is rejected with one message", "[e2e][issue17]") {
  TempDir dir;
  const std::string rejects = dir.file("rejects.jsonl");
  const RunResult r = lisan_index({"--db", dir.file("db"), "--rejects", rejects, kInputs + "ambiguous_dates.csv",
                                   kInputs + "excel_tr_day_first.csv"});
  CAPTURE(r.err);
  CHECK(r.status == 1);  // some rejected
  const IndexSummary s = summary(r.err);
  CHECK(s.read == 5);
  CHECK(s.rejected == 3);  // every row of the ambiguous file counted
  CHECK(occurrences(r.err, "dates such as") == 1);  // one message, not one per row
  CHECK_THAT(r.err, Catch::Contains("ambiguous_dates.csv:2: error: column 'date': dates such as '03/04/2021'"));
  CHECK(lines(run("/bin/cat", {rejects}).out).size() == 3);  // all in --rejects for a rerun
  // The rerun with --date-format reads them.
  const RunResult again =
      lisan_index({"--db", dir.file("db"), "--date-format", "%d/%m/%Y", "--force", kInputs + "ambiguous_dates.csv"});
  CAPTURE(again.err);
  CHECK(again.status == 0);
  CHECK(summary(again.err).indexed == 3);
}

TEST_CASE("Unbalanced quote: its line is reported, the rows after it are read", "[e2e][issue17]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), kInputs + "unbalanced_quote.csv"});
  CAPTURE(r.err);
  CHECK(r.status == 1);
  const IndexSummary s = summary(r.err);
  CHECK(s.read == 5);
  CHECK(s.indexed == 4);
  CHECK(s.rejected == 1);
  CHECK_THAT(r.err, Catch::Contains("unbalanced_quote.csv:3: error: unbalanced quote: the quoted field opening on "
                                    "line 3"));
  CHECK(hit_ids(dir.file("db"), "march") == std::vector<std::string>{"q3"});
  CHECK(hit_ids(dir.file("db"), "mayor") == std::vector<std::string>{"q5"});
}

TEST_CASE("A bad --tz is one usage error, not one per record", "[e2e][issue17]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "--tz", "Mars/Olympus", kInputs + "excel_nl_day_first.csv"});
  CAPTURE(r.err);
  CHECK(r.status == 2);
  CHECK(occurrences(r.err, "unknown time zone 'Mars/Olympus'") == 1);
}

TEST_CASE("Binary, broken and oddly named inputs end only themselves", "[e2e][issue17]") {
  TempDir dir;
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
  dir.write("image.csv", png);
  dir.write("image.txt", png);
  dir.write("bom_bad_header.csv", "\xEF\xBB\xBFid,te\xFFxt\n1,never read\n");
  // 4CAT Twitter export with an invalid byte in one cell (author_fullname).
  const std::string header =
      "id,thread_id,timestamp,unix_timestamp,link,subject,body,author,author_fullname,author_id\n";
  dir.write("fourcat.csv", header +
                               "1451605000000000001,1451605000000000001,2021-10-22 14:20:00,1634912400,,,"
                               "first tweet about the park,daan,Daan \xFF Vries,15\n"
                               "1451605000000000002,1451605000000000002,2021-10-22 14:25:00,1634912700,,,"
                               "second tweet about the square,ayse,Ayse,16\n");
  dir.write("mixed.txt", "Eerste regel in UTF-8: café\n\xC8\xED\xC7\xE4 \xE3\xCD\xE1\xED\nlaatste regel: één\n");
  dir.write("name with spaces\nand newline \xFF.csv", "id,text\nn1,a sheet with an odd name\n");
  dir.write("empty.csv", "");
  dir.write("good.csv", "id,text\ng1,the good file is indexed\n");
  const RunResult r = lisan_index({"--db", dir.file("db"), dir.path()});
  CAPTURE(r.err);
  CHECK(r.status == 1);
  const IndexSummary s = summary(r.err);
  // Both 4CAT tweets (the bad byte of a name cell is kept as U+FFFD), the mixed
  // text, the oddly named sheet, good.csv.
  CHECK(s.indexed == 5);
  CHECK_THAT(r.err, Catch::Contains("image.csv: binary file (a PNG image); not a CSV file, skipped"));
  CHECK_THAT(r.err, Catch::Contains("bom_bad_header.csv:1: warning: header column 2 is not valid UTF-8"));
  CHECK_THAT(r.err, Catch::Contains("bom_bad_header.csv: no text column in the header (columns: id, te\xEF\xBF\xBDxt)"));
  CHECK_THAT(r.err, Catch::Contains("mixed.txt:2: warning: mixed encodings"));
  CHECK(hit_ids(dir.file("db"), "square") == std::vector<std::string>{"twitter:1451605000000000002"});
  CHECK(hit_ids(dir.file("db"), "park") == std::vector<std::string>{"twitter:1451605000000000001"});
  CHECK(hit_ids(dir.file("db"), "indexed") == std::vector<std::string>{"g1"});
  CHECK(hit_ids(dir.file("db"), "odd") == std::vector<std::string>{"n1"});
}
