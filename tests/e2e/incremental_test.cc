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

using namespace lisan::test;

namespace {

std::string records(int from, int to, const std::string& tag = "") {
  std::string out;
  for (int i = from; i < to; ++i)
    out += nlohmann::json{{"id", "r" + std::to_string(i)},
                          {"text", "message number " + std::to_string(i) + " about the storm " + tag},
                          {"lang", "en"},
                          {"date", 1634911391 + i * 60}}
               .dump() +
           "\n";
  return out;
}

// id -> stored data (without provenance offsets, which do not change).
std::map<std::string, std::string> contents(const std::string& db_path) {
  Xapian::Database db(db_path);
  std::map<std::string, std::string> out;
  for (auto t = db.allterms_begin("Q"); t != db.allterms_end("Q"); ++t) {
    auto p = db.postlist_begin(*t);
    out[(*t).substr(1)] = db.get_document(*p).get_data();
  }
  return out;
}

}  // namespace

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
  Xapian::Database db(dir.file("db"));
  if (status == 130) CHECK(db.get_doccount() < 20000);
  const RunResult rerun = lisan_index({"--db", dir.file("db"), "--quiet", input});
  CHECK(rerun.status == 0);
  CHECK(Xapian::Database(dir.file("db")).get_doccount() == 20000);
}
