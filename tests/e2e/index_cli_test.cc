// End-to-end: the real lisan-index binary on temporary indexes.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lisan/schema.h"
#include "tests/e2e/cli_runner.h"

using namespace lisan::test;

namespace {
const std::string kEdgeCases = LISAN_TEST_DATA "/samples/generic/jsonl_edge_cases.jsonl";
}

TEST_CASE("broken lines are named and every good line is indexed", "[e2e][index]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), kEdgeCases});
  CAPTURE(r.err);
  CHECK(r.status == 1);  // some records rejected
  CHECK_THAT(r.err, Catch::Contains("jsonl_edge_cases.jsonl:7: error: invalid JSON at byte"));
  CHECK_THAT(r.err, Catch::Contains("jsonl_edge_cases.jsonl:12: error: a record must be a JSON object, not an array"));
  CHECK_THAT(r.err, Catch::Contains("11 record(s) read: 8 indexed, 1 replaced, 0 skipped, 2 rejected"));
  CHECK_THAT(r.err, Catch::Contains("index holds 8 document(s)"));
  Xapian::Database db(dir.file("db"));
  CHECK(db.get_doccount() == 8);
}

TEST_CASE("indexing the same file twice changes nothing", "[e2e][index]") {
  TempDir dir;
  lisan_index({"--db", dir.file("db"), kEdgeCases});
  const Xapian::doccount before = Xapian::Database(dir.file("db")).get_doccount();
  // It has rejected records, so it is read again (issue 17: a fix must take
  // effect); every good record replaces itself, nothing is added.
  const RunResult again = lisan_index({"--db", dir.file("db"), kEdgeCases});
  CAPTURE(again.err);
  CHECK_THAT(again.err, Catch::Contains("read again: 2 of its record(s) were rejected"));
  CHECK_THAT(again.err, Catch::Contains("0 indexed, 9 replaced"));
  CHECK(Xapian::Database(dir.file("db")).get_doccount() == before);
  // A clean file is skipped while unchanged, and read again on purpose with --force.
  const std::string clean = dir.write("clean.jsonl", "{\"id\": \"c1\", \"text\": \"one\"}\n{\"id\": \"c2\", \"text\": \"two\"}\n");
  lisan_index({"--db", dir.file("db"), clean});
  const RunResult unchanged = lisan_index({"--db", dir.file("db"), clean});
  CAPTURE(unchanged.err);
  CHECK_THAT(unchanged.err, Catch::Contains("1 unchanged input(s) skipped"));
  const RunResult forced = lisan_index({"--db", dir.file("db"), "--force", clean});
  CAPTURE(forced.err);
  CHECK_THAT(forced.err, Catch::Contains("0 indexed, 2 replaced"));
  CHECK(Xapian::Database(dir.file("db")).get_doccount() == before + 2);
}

TEST_CASE("option rejects writes each rejected record with its reason", "[e2e][index]") {
  TempDir dir;
  lisan_index({"--db", dir.file("db"), "--rejects", dir.file("rejects.jsonl"), "--quiet", kEdgeCases});
  std::ifstream in(dir.file("rejects.jsonl"));
  std::string line;
  std::vector<nlohmann::json> rejects;
  while (std::getline(in, line)) rejects.push_back(nlohmann::json::parse(line));
  REQUIRE(rejects.size() == 2);
  CHECK(rejects[0]["line"] == 7);
  CHECK(rejects[0]["record"].get<std::string>().find("interrupted write") != std::string::npos);
  CHECK(rejects[1]["line"] == 12);
  CHECK(rejects[1]["reason"].get<std::string>().find("not an array") != std::string::npos);
}

TEST_CASE("records from standard input", "[e2e][index]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "-"},
                                  "{\"id\": \"s1\", \"text\": \"from stdin\"}\n{\"id\": \"s2\", \"text\": \"too\"}\n");
  CAPTURE(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("2 record(s) read: 2 indexed"));
}

TEST_CASE("nothing usable exits 2 and a missing file is named", "[e2e][index]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), dir.file("missing.jsonl")});
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("missing.jsonl: error: cannot open: No such file or directory"));
  const RunResult usage = lisan_index({"--db", dir.file("db")});
  CHECK(usage.status == 2);
  CHECK_THAT(usage.err, Catch::Contains("no input files given"));
}

TEST_CASE("option delete removes documents by id", "[e2e][index]") {
  TempDir dir;
  const std::string input = dir.write("in.jsonl", "{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"text\": \"two\"}\n");
  lisan_index({"--db", dir.file("db"), input});
  const RunResult r = lisan_index({"--db", dir.file("db"), "--delete", "a", "nope"});
  CAPTURE(r.err);
  CHECK_THAT(r.err, Catch::Contains("--delete nope: no such document"));
  CHECK_THAT(r.err, Catch::Contains("1 deleted"));
  CHECK(Xapian::Database(dir.file("db")).get_doccount() == 1);
}

TEST_CASE("an index of another schema version is refused with a clear message", "[e2e][index]") {
  TempDir dir;
  const std::string input = dir.write("in.jsonl", "{\"id\": \"a\", \"text\": \"one\"}\n");
  lisan_index({"--db", dir.file("db"), input});
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_OPEN);
    db.set_metadata(std::string(lisan::schema::kMetaSchemaVersion), "99");
    db.commit();
  }
  const RunResult q = lisan_query({"--db", dir.file("db"), "one"});
  CHECK(q.status == 2);
  CHECK_THAT(q.err, Catch::Contains("index schema version 99 but this lisan uses version"));
  CHECK_THAT(q.err, Catch::Contains("re-index"));
  const RunResult i = lisan_index({"--db", dir.file("db"), input});
  CHECK(i.status == 2);
  CHECK_THAT(i.err, Catch::Contains("index schema version 99"));
}

TEST_CASE("a bulk build is compacted in place and a small update is not", "[e2e][index][compact]") {
  TempDir dir;
  const std::string db = dir.file("db");
  // A leftover scratch copy from an interrupted compaction is cleared.
  std::filesystem::create_directories(db + ".compacting");
  const RunResult first = lisan_index({"--db", db, LISAN_SOURCE_DIR "/corpus/jsonl/channel_posts.jsonl"});
  CAPTURE(first.err);
  REQUIRE(first.status == 0);
  CHECK_THAT(first.err, Catch::Contains("compacted from"));
  CHECK_FALSE(std::filesystem::exists(db + ".compacting"));
  const Xapian::Database compacted(db);
  const Xapian::doccount docs = compacted.get_doccount();
  CHECK(docs > 50);
  const RunResult hits = lisan_query({"--db", db, "--count", "captives"});
  CAPTURE(hits.err);
  CHECK(hits.status == 0);
  CHECK(std::stoi(hits.out) > 0);

  // Adding a few documents to a bigger index leaves it as written.
  const RunResult update = lisan_index({"--db", db, kEdgeCases});
  CAPTURE(update.err);
  CHECK_THAT(update.err, !Catch::Contains("compacted"));
  CHECK(Xapian::Database(db).get_doccount() == docs + 8);

  TempDir other;
  const RunResult plain =
      lisan_index({"--db", other.file("db"), "--no-compact", LISAN_SOURCE_DIR "/corpus/jsonl/channel_posts.jsonl"});
  CAPTURE(plain.err);
  CHECK_THAT(plain.err, !Catch::Contains("compacted"));
  CHECK(Xapian::Database(other.file("db")).get_doccount() == docs);
}

namespace {
// Record id -> cluster id of every document.
std::map<std::string, std::string> clusters_by_id(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, std::string> out;
  const std::string q(lisan::schema::kIdPrefix);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    auto t = doc.termlist_begin();
    t.skip_to(q);
    REQUIRE(t != doc.termlist_end());
    out[(*t).substr(q.size())] = doc.get_value(lisan::schema::kClusterSlot);
  }
  return out;
}

// The clusters as sets of record ids, whatever their ids.
std::set<std::set<std::string>> partition(const std::map<std::string, std::string>& by_id) {
  std::map<std::string, std::set<std::string>> groups;
  for (const auto& [id, cluster] : by_id) groups[cluster].insert(id);
  std::set<std::set<std::string>> out;
  for (auto& [cluster, ids] : groups) out.insert(std::move(ids));
  return out;
}
}  // namespace

TEST_CASE("a build in shards holds what one writer writes", "[e2e][index][shards]") {
  TempDir dir;
  const std::string sharded = dir.file("sharded"), single = dir.file("single");
  const std::string input = LISAN_SOURCE_DIR "/corpus/jsonl";
  const RunResult a = lisan_index({"--db", sharded, "-j", "3", input});
  CAPTURE(a.err);
  REQUIRE(a.status == 0);
  CHECK_FALSE(std::filesystem::exists(sharded + ".shards"));
  const RunResult b = lisan_index({"--db", single, "--no-compact", input});
  CAPTURE(b.err);
  REQUIRE(b.status == 0);

  const auto x = clusters_by_id(sharded), y = clusters_by_id(single);
  CHECK(x.size() == y.size());
  CHECK(partition(x) == partition(y));
  // The shards' metadata arrived: the inputs are known, the index id is the index's own.
  const RunResult again = lisan_index({"--db", sharded, input});
  CAPTURE(again.err);
  CHECK_THAT(again.err, Catch::Contains("unchanged input(s) skipped"));
  for (const char* query : {"captives", "\"slow disappearance\"", "#freethecaptives", "lang:ar"}) {
    const RunResult qa = lisan_query({"--db", sharded, "--count", query});
    const RunResult qb = lisan_query({"--db", single, "--count", query});
    CAPTURE(query);
    CHECK(qa.out == qb.out);
  }
}
