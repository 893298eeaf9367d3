// End-to-end: names in any spelling (issue 19). The bundled corpus writes
// the invented place Tal Sefra in Latin script (English, Dutch, Turkish
// posts) and as تل صفرا (Arabic posts): ~Sefra finds both, --explain and
// the JSON list every spelling with its documents, '=' and plain words keep
// their meaning, --names expands only name-like words, a misspelled query
// gets a "did you mean" that matches more, and a shard set (local and
// remote) lists the same spellings and counts as one index.
#include <map>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"
#include "tests/e2e/index_fixtures.h"
#include "tests/e2e/shard_server.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

struct Indexes {
  TempDir dir;
  std::string one = build_corpus_index(dir.file("one"), {});
  std::string set2 = build_corpus_index(dir.file("set2"), {"--shards", "2"});
};

const Indexes& indexes() {
  static const Indexes i;
  return i;
}

json query_json(const std::string& db, const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"--db", db, "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const RunResult r = lisan_query(args);
  INFO(r.err);
  REQUIRE(r.status <= 1);
  return json::parse(r.out);
}

long count(const std::string& db, const std::string& query, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"--db", db, "--count"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back(query);
  const RunResult r = lisan_query(args);
  INFO(r.err);
  REQUIRE(r.status <= 1);
  return std::stol(r.out);
}

// term -> documents of the first expanded word of a JSON answer.
std::map<std::string, long> spellings(const json& j) {
  std::map<std::string, long> out;
  REQUIRE(j.contains("names"));
  for (const auto& s : j["names"][0]["spellings"]) out[s["term"].get<std::string>()] = s["documents"].get<long>();
  return out;
}

}  // namespace

TEST_CASE("the ~ operator finds a name in both scripts and lists every spelling", "[e2e][names]") {
  const std::string& db = indexes().one;
  const long latin = count(db, "sefra");
  const long arabic = count(db, "صفرا");
  REQUIRE(latin > 0);
  REQUIRE(arabic > 0);
  // Plain words keep their meaning; ~ adds the other spellings.
  CHECK(count(db, "~Sefra") == count(db, "sefra OR صفرا"));
  CHECK(count(db, "~Sefra") > latin);
  CHECK(count(db, "~صفرا") == count(db, "~Sefra"));
  // '=' is never expanded, even with --names.
  CHECK(count(db, "=Sefra", {"--names"}) == count(db, "=Sefra"));

  const json j = query_json(db, {"~Sefra"});
  const auto found = spellings(j);
  CHECK(found.at("sefra") == latin);
  CHECK(found.at("صفرا") == arabic);
  CHECK(j["names"][0]["spellings"][0]["found"] == "as typed");
  CHECK(j["names"][0]["scan_capped"] == false);

  const RunResult text = lisan_query({"--db", db, "--explain", "~Sefra"});
  REQUIRE(text.status == 0);
  CHECK_THAT(text.out, Catch::Contains("~Sefra: "));
  CHECK_THAT(text.out, Catch::Contains("[variant, other script]"));
  const RunResult plain = lisan_query({"--db", db, "~Sefra"});
  CHECK_THAT(plain.out, Catch::Contains("sefra (" + std::to_string(latin) + ")"));
}

TEST_CASE("the --names option expands capitalized and Arabic-script words only", "[e2e][names]") {
  const std::string& db = indexes().one;
  CHECK(count(db, "Sefra", {"--names"}) == count(db, "~Sefra"));
  CHECK(count(db, "sefra", {"--names"}) == count(db, "sefra"));  // not written as a name
  const json j = query_json(db, {"--names", "Sefra families"});
  REQUIRE(j["names"].size() == 1);
  CHECK(j["names"][0]["word"] == "Sefra");
}

TEST_CASE("a misspelled query gets a did-you-mean that matches more", "[e2e][names]") {
  const std::string& db = indexes().one;
  struct Row {
    const char* query;
    const char* suggestion;
  };
  for (const Row& r : {Row{"Sefrq", "sefra"}, Row{"detainess", "detainees"}, Row{"gevamgenen", "gevangenen"},
                       Row{"Diyarbakr", "diyarbakır"}, Row{"الفجز", "الفجر"}}) {
    INFO(r.query);
    const json j = query_json(db, {r.query});
    REQUIRE(j.contains("did_you_mean"));
    CHECK(j["did_you_mean"]["query"] == r.suggestion);
    CHECK(j["did_you_mean"]["matches"].get<long>() == count(db, r.suggestion));
    const RunResult text = lisan_query({"--db", db, r.query});
    // Arabic is isolated for the terminal (U+2068 ... U+2069).
    CHECK_THAT(text.out, Catch::Contains("Did you mean: ") && Catch::Contains(r.suggestion));
  }
  // A query that matches has none.
  CHECK_FALSE(query_json(db, {"sefra"}).contains("did_you_mean"));
}

TEST_CASE("a shard set, local and remote, lists the same spellings as one index", "[e2e][names][shards]") {
  const Indexes& ix = indexes();
  const auto one = spellings(query_json(ix.one, {"~Sefra"}));
  CHECK(spellings(query_json(ix.set2, {"~Sefra"})) == one);
  CHECK(count(ix.set2, "~Sefra") == count(ix.one, "~Sefra"));

  ShardServer s0(ix.set2 + "/shard-0"), s1(ix.set2 + "/shard-1");
  if (!s0.ok() || !s1.ok()) FAIL("xapian-tcpsrv did not start (scripts/install-deps installs xapian-tools)");
  TempDir dir;
  const std::string remote = dir.write("remote.stub", s0.stub_line() + "\n" + s1.stub_line() + "\n");
  CHECK(spellings(query_json(remote, {"~Sefra"})) == one);
  CHECK(count(remote, "~Sefra") == count(ix.one, "~Sefra"));
}
