// End-to-end: lisan-index on the generic CSV, HTML and text samples and on
// the bundled corpus/csv and corpus/articles, then lisan-query to read back.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;

namespace {

const std::string kGeneric = LISAN_TEST_DATA "/samples/generic/";

}  // namespace

TEST_CASE("CSV with --format csv --date-format and --tz", "[e2e][generic]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "--format", "csv", "--date-format", "%d-%m-%Y %H:%M",
                                   "--tz", "Europe/Amsterdam", kGeneric + "records_semicolon_excel_nl.csv"});
  CAPTURE(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("2 record(s) read: 2 indexed"));
  const RunResult q = lisan_query({"--db", dir.file("db"), "--format", "jsonl", "bewoners"});
  CAPTURE(q.err);
  CHECK_THAT(q.out, Catch::Contains("\"id\":\"n1\""));
  CHECK_THAT(q.out, Catch::Contains("2021-10-22T15:05:00Z"));
}

TEST_CASE("CSV: a day-first date is read, with a note naming FILE:LINE and --date-format", "[e2e][generic]") {
  // Issue 17: "22/10/2021 17:05" can only be day first (it used to be rejected).
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "--format", "csv", kGeneric + "records_with_header.csv"});
  CAPTURE(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("records_with_header.csv:4: note: column 'date': dates read as %d/%m/%Y %H:%M"));
  CHECK_THAT(r.err, Catch::Contains("--date-format"));
  CHECK_THAT(r.err, Catch::Contains("3 record(s) read: 3 indexed, 0 replaced, 0 skipped, 0 rejected"));
}

TEST_CASE("CSV: bad --map is a usage error", "[e2e][generic]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "--map", "body", kGeneric + "records.tsv"});
  CHECK(r.status != 0);
  CHECK_THAT(r.err, Catch::Contains("--map: 'body' is not field=column"));
}

TEST_CASE("HTML articles with --format html", "[e2e][generic]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "--format", "html", kGeneric + "news_article_nl.html",
                                   kGeneric + "news_article_ar.cp1256.html"});
  CAPTURE(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("2 record(s) read: 2 indexed"));
  const RunResult q = lisan_query({"--db", dir.file("db"), "--format", "jsonl", "الحديقة"});
  CAPTURE(q.err);
  CHECK_THAT(q.out, Catch::Contains("web:news_article_ar.cp1256.html"));
  const RunResult boiler = lisan_query({"--db", dir.file("db"), "--format", "jsonl", "Inloggen"});
  CHECK(boiler.out.find("news_article_nl") == std::string::npos);  // the menu was not indexed
}

TEST_CASE("Bundled corpus: monitoring sheet and articles with --format auto", "[e2e][generic]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "--format", "auto", corpus_dir() + "/csv/monitoring_sheet.csv",
                                   corpus_dir() + "/articles"});
  CAPTURE(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("30 record(s) read: 30 indexed, 0 replaced, 0 skipped, 0 rejected"));
  const RunResult q = lisan_query({"--db", dir.file("db"), "--format", "jsonl", "--limit", "50", "give-dawn.example"});
  CAPTURE(q.err);
  CHECK_THAT(q.out, Catch::Contains("web:tahaqquq_rabit_al_tabarru.cp1256.html"));  // windows-1256 page decoded
  CHECK_THAT(q.out, Catch::Contains("web:nieuwsdienst_factcheck_donatielink.html"));
  CHECK_THAT(q.out, Catch::Contains("monitoring_sheet.csv:22"));  // a row without an id: <file>:<row>
}
