// End-to-end: incremental and crash-safe indexing with the real lisan-index.
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lisan/schema.h"
#include "tests/e2e/cli_runner.h"
#include "tests/e2e/index_fixtures.h"

using namespace lisan::test;

TEST_CASE("an unchanged input is not read again", "[e2e][incremental]") {
  TempDir dir;
  const std::string input = dir.write("in.jsonl", records(0, 50));
  lisan_index({"--db", dir.file("db"), input});
  const RunResult again = lisan_index({"--db", dir.file("db"), input});
  CAPTURE(again.err);
  CHECK(again.status == 0);
  CHECK_THAT(again.err, Catch::Contains("in.jsonl: note: unchanged since"));
  CHECK_THAT(again.err, Catch::Contains("0 record(s) read"));
  CHECK_THAT(again.err, Catch::Contains("1 unchanged input(s) skipped"));
  const RunResult forced = lisan_index({"--db", dir.file("db"), "--force", input});
  CHECK_THAT(forced.err, Catch::Contains("50 record(s) read: 0 indexed, 50 replaced"));
}

TEST_CASE("a changed input replaces its records and drops the ones gone", "[e2e][incremental]") {
  TempDir dir;
  const std::string input = dir.write("in.jsonl", records(0, 40));
  lisan_index({"--db", dir.file("db"), input});
  dir.write("in.jsonl", records(10, 50, "edited"));  // r0..r9 gone, r40..r49 new
  const RunResult r = lisan_index({"--db", dir.file("db"), input});
  CAPTURE(r.err);
  CHECK_THAT(r.err, Catch::Contains("40 record(s) read: 10 indexed, 30 replaced"));
  CHECK_THAT(r.err, Catch::Contains("10 no longer in their changed input, removed"));
  const auto docs = contents(dir.file("db"));
  CHECK(docs.size() == 40);
  CHECK(docs.count("r0") == 0);
  CHECK(docs.at("r10").find("edited") != std::string::npos);
}

TEST_CASE("fixing a rejected input takes effect: the rerun reads it again", "[e2e][incremental][issue17]") {
  struct Row {
    const char* what;
    const char* name;
    const char* content;
    std::vector<std::string> bad, fixed;  // the options of the first run, and the fix
    const char* note;  // why the rerun reads it ("" when the input as a whole failed: it was never marked)
  };
  const Row rows[] = {
      {"an unknown --tz", "naive.jsonl",
       "{\"id\": \"n1\", \"text\": \"one\", \"date\": \"2021-10-22 14:03:11\"}\n"
       "{\"id\": \"n2\", \"text\": \"two\", \"date\": \"2021-10-22 15:03:11\"}\n",
       {"--tz", "Mars/Olympus_Mons"},
       {"--tz", "Europe/Istanbul"},
       ""},  // a usage error: nothing was read
      {"a missing --date-format", "dates.csv", "id,text,date\nc1,one,01/10/2021 14:03\nc2,two,02/10/2021 09:30\n",
       {},
       {"--date-format", "%d/%m/%Y %H:%M"},
       "read again: 2 of its record(s) were rejected"},
      {"a wrong --map", "columns.csv", "key,body\nm1,one\nm2,two\n",
       {"--map", "id=key,text=content"},
       {"--map", "id=key,text=body"},
       ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    TempDir dir;
    const std::string input = dir.write(row.name, row.content);
    // The input first: --map takes every value that follows it.
    std::vector<std::string> bad = {"--db", dir.file("db"), input}, fixed = bad;
    bad.insert(bad.end(), row.bad.begin(), row.bad.end());
    fixed.insert(fixed.end(), row.fixed.begin(), row.fixed.end());
    const RunResult first = lisan_index(bad);
    CAPTURE(first.err);
    CHECK(first.status == 2);  // every record rejected
    const RunResult rerun = lisan_index(fixed);
    CAPTURE(rerun.err);
    CHECK(rerun.status == 0);
    CHECK_THAT(rerun.err, !Catch::Contains("not read again"));
    CHECK_THAT(rerun.err, Catch::Contains(row.note));
    CHECK_THAT(rerun.err, Catch::Contains("2 record(s) read: 2 indexed"));
    CHECK(contents(dir.file("db")).size() == 2);
    // Done now: the next run leaves it alone.
    CHECK_THAT(lisan_index(fixed).err, Catch::Contains("not read again"));
  }
}

TEST_CASE("a file with rejected records is read again and its good records replaced, not duplicated",
          "[e2e][incremental][issue17]") {
  TempDir dir;
  const std::string input = dir.write("in.jsonl", records(0, 3) + "{\"id\": \"bad\", \"text\": \"x\", \"date\": \"nope\"}\n");
  const RunResult first = lisan_index({"--db", dir.file("db"), input});
  CAPTURE(first.err);
  CHECK(first.status == 1);
  const RunResult again = lisan_index({"--db", dir.file("db"), input});
  CAPTURE(again.err);
  CHECK(again.status == 1);  // still rejected: reported again, never silently "unchanged"
  CHECK_THAT(again.err, Catch::Contains("in.jsonl: note: read again: 1 of its record(s) were rejected"));
  CHECK_THAT(again.err, Catch::Contains("4 record(s) read: 0 indexed, 3 replaced, 0 skipped, 1 rejected"));
  CHECK(contents(dir.file("db")).size() == 3);
}

TEST_CASE("other reader options read an unchanged input again", "[e2e][incremental][issue17]") {
  TempDir dir;
  const std::string input = dir.write("in.jsonl", "{\"id\": \"a\", \"text\": \"one\", \"date\": \"2021-10-22 14:00:00\"}\n");
  REQUIRE(lisan_index({"--db", dir.file("db"), input}).status == 0);
  CHECK(contents(dir.file("db")).at("a").find("2021-10-22T14:00:00Z") != std::string::npos);
  const RunResult istanbul = lisan_index({"--db", dir.file("db"), "--tz", "Europe/Istanbul", input});
  CAPTURE(istanbul.err);
  CHECK(istanbul.status == 0);
  CHECK_THAT(istanbul.err, Catch::Contains("read again: indexed on"));
  CHECK_THAT(istanbul.err, Catch::Contains("with other reader options"));
  CHECK_THAT(istanbul.err, Catch::Contains("0 indexed, 1 replaced"));
  const auto docs = contents(dir.file("db"));
  REQUIRE(docs.size() == 1);
  CHECK(docs.at("a").find("2021-10-22T11:00:00Z") != std::string::npos);  // 14:00 in Istanbul (UTC+3)
  CHECK_THAT(lisan_index({"--db", dir.file("db"), "--tz", "Europe/Istanbul", input}).err,
             Catch::Contains("not read again"));
}

TEST_CASE("records that would not read back are rejected with their location and reason",
          "[e2e][index][issue17]") {
  TempDir dir;
  const std::string input = dir.write(
      "dates.jsonl",
      "{\"id\": \"ok\", \"text\": \"fine\", \"date\": \"2021-10-22T14:03:11Z\"}\n"
      "{\"id\": \"far\", \"text\": \"year 33658\", \"date\": 1000000000000000}\n"
      "{\"id\": \"early\", \"text\": \"before year 1\", \"date\": -70000000000}\n"
      "{\"id\": \"edit\", \"text\": \"edited far\", \"edited\": 1000000000000000}\n");
  const RunResult r = lisan_index({"--db", dir.file("db"), "--rejects", dir.file("rejects.jsonl"), input});
  CAPTURE(r.err);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("dates.jsonl:2: error: date is outside the years 0001..9999"));
  CHECK_THAT(r.err, Catch::Contains("dates.jsonl:3: error: date is outside the years 0001..9999"));
  CHECK_THAT(r.err, Catch::Contains("dates.jsonl:4: error: edited is outside the years 0001..9999"));
  CHECK_THAT(r.err, Catch::Contains("4 record(s) read: 1 indexed, 0 replaced, 0 skipped, 3 rejected"));
  const auto docs = contents(dir.file("db"));
  REQUIRE(docs.size() == 1);
  CHECK(docs.count("ok") == 1);
  CHECK(hit_ids(dir.file("db"), "year OR fine OR edited") == std::vector<std::string>{"ok"});
  std::ifstream rejects(dir.file("rejects.jsonl"));
  std::string line;
  int n = 0;
  while (std::getline(rejects, line)) ++n;
  CHECK(n == 3);
}

TEST_CASE("directories are walked and info tells what the index holds", "[e2e][incremental]") {
  TempDir dir;
  dir.write("a.jsonl", records(0, 5));
  std::filesystem::create_directories(dir.file("sub"));
  dir.write("sub/b.jsonl", records(5, 8));
  dir.write(".hidden.jsonl", records(100, 101));  // hidden: not input
  // The index itself lives inside the walked folder: it must not be read.
  const RunResult r = lisan_index({"--db", dir.file("db"), dir.path()});
  CAPTURE(r.err);
  CHECK_THAT(r.err, Catch::Contains("8 record(s) read: 8 indexed"));
  const RunResult info = lisan_index({"--db", dir.file("db"), "info", "--format", "json"});
  REQUIRE(info.status == 0);
  const auto j = nlohmann::json::parse(info.out);
  CHECK(j["documents"] == 8);
  CHECK(j["languages"]["en"] == 8);
  CHECK(j["inputs"].size() == 2);
  CHECK(j["records_by_format"]["jsonl"] == 8);
  CHECK(j["first_date"] == "2021-10-22T14:03:11Z");
}

TEST_CASE("after kill -9 at any moment the index opens and a re-run gives the uninterrupted index",
          "[e2e][crash]") {
  TempDir dir;
  const std::string input = dir.write("big.jsonl", records(0, 6000));
  const std::string reference = dir.file("reference");
  REQUIRE(lisan_index({"--db", reference, "--quiet", input}).status == 0);
  const auto expected = contents(reference);

  for (int delay_ms : {30, 120, 300, 700}) {
    CAPTURE(delay_ms);
    const std::string db = dir.file("crash" + std::to_string(delay_ms));
    const int pid = start(LISAN_INDEX_BIN, {"--db", db, "--commit-every", "300", "--jobs", "1", input});
    usleep(static_cast<useconds_t>(delay_ms) * 1000);
    kill(pid, SIGKILL);
    wait_for(pid);
    if (std::filesystem::exists(db + "/iamglass")) {
      Xapian::Database opened(db);  // opens: no broken index, whatever was committed
      CHECK(opened.get_doccount() <= expected.size());
    }
    const RunResult rerun = lisan_index({"--db", db, "--quiet", input});
    CAPTURE(rerun.err);
    CHECK(rerun.status == 0);
    CHECK(contents(db) == expected);
  }
}

TEST_CASE("after kill -9 during a build in shards the index is whole or absent and a re-run completes it",
          "[e2e][crash][shards]") {
  TempDir dir;
  const std::string input = dir.write("big.jsonl", records(0, 6000));
  const std::string reference = dir.file("reference");
  REQUIRE(lisan_index({"--db", reference, "--quiet", "--no-compact", "--jobs", "1", input}).status == 0);
  const auto expected = contents(reference);

  for (int delay_ms : {20, 150, 400, 900, 1500}) {
    CAPTURE(delay_ms);
    const std::string db = dir.file("shards" + std::to_string(delay_ms));
    const int pid = start(LISAN_INDEX_BIN, {"--db", db, "--commit-every", "300", "--jobs", "2", input});
    usleep(static_cast<useconds_t>(delay_ms) * 1000);
    kill(pid, SIGKILL);
    wait_for(pid);
    if (std::filesystem::exists(db)) {
      // The documents reach the index only with the final merge: all or none.
      const auto partial = contents(db);
      CHECK((partial.empty() || partial == expected));
    }
    const RunResult rerun = lisan_index({"--db", db, "--quiet", "--jobs", "2", input});
    CAPTURE(rerun.err);
    CHECK(rerun.status == 0);
    CHECK(contents(db) == expected);
    CHECK_FALSE(std::filesystem::exists(db + ".shards"));
  }
}

TEST_CASE("SIGINT commits what is done and says so", "[e2e][crash]") {
  TempDir dir;
  const std::string input = dir.write("big.jsonl", records(0, 20000));
  const int pid = start(LISAN_INDEX_BIN, {"--db", dir.file("db"), "--jobs", "1", input});
  usleep(200 * 1000);
  kill(pid, SIGINT);
  const int status = wait_for(pid);
  // Either it finished before the signal (0) or it stopped cleanly (130).
  CHECK((status == 0 || status == 130));
  // Stopped before its first commit (a slow start, as under ASan), it leaves
  // no index at all, which is also whole.
  if (status == 130 && std::filesystem::exists(dir.file("db")))
    CHECK(Xapian::Database(dir.file("db")).get_doccount() < 20000);
  const RunResult rerun = lisan_index({"--db", dir.file("db"), "--quiet", input});
  CHECK(rerun.status == 0);
  CHECK(Xapian::Database(dir.file("db")).get_doccount() == 20000);
}
