// End-to-end: shard sets (issue 14). The bundled corpus indexed as one
// index and as shard sets of 1, 2 and 3 shards, searched locally, through
// real xapian-tcpsrv servers (remote), a mix of both, and merged back into
// one index: the same answers for a table of queries and options. Then the
// set's updates (a record replaced or deleted in the shard that holds it),
// refusals (another shard count, another version), and failures: a shard
// down is an error naming it (exit 2), --allow-partial marks every output.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <set>
#include <map>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lisan/schema.h"
#include "lisan/store/open_index.h"
#include "lisan/store/shard_set.h"
#include "query/searcher.h"
#include "tests/e2e/cli_runner.h"
#include "tests/e2e/index_fixtures.h"
#include "tests/e2e/shard_server.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

std::string merge(const std::string& set, const std::string& into) {
  const RunResult r = lisan_index({"--db", set, "merge", "--into", into});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return into;
}

// One plain index, shard sets of 1, 2 and 3, and the 3-set merged: built
// once for the file (indexing is the slow part).
struct Layouts {
  TempDir dir;
  std::string one = build_corpus_index(dir.file("one"), {});
  std::string set1 = build_corpus_index(dir.file("set1"), {"--shards", "1"});
  std::string set2 = build_corpus_index(dir.file("set2"), {"--shards", "2"});
  std::string set3 = build_corpus_index(dir.file("set3"), {"--shards", "3"});
  std::string merged = merge(set3, dir.file("merged"));
};

const Layouts& layouts() {
  static const Layouts l;
  return l;
}

// What must not depend on the layout: the run's identity (time, index ids,
// paths, docids) is dropped; weights are rounded (the sums of BM25 parts
// may differ in the last bits); hits of equal weight are put in id order,
// since Xapian breaks ties by docid, which the layout numbers differently.
void normalize(json& j) {
  if (j.is_object()) {
    for (const char* k : {"manifest", "run_at", "docid", "index_id", "manifest_id", "db"}) j.erase(k);
    for (auto& [k, v] : j.items()) normalize(v);
    for (const char* k : {"weight", "score"})
      if (j.contains(k) && j[k].is_number()) j[k] = std::round(j[k].get<double>() * 1e6) / 1e6;
    // `similar`: Xapian 1.4 weighs expand terms with each shard's own
    // statistics, so the chosen words come in another order over a set
    // (the same words here, and the same hits and scores): compared as a set.
    if (j.contains("parsed") && j["parsed"].is_string() && j["parsed"].get<std::string>().rfind("(SIMILAR", 0) == 0) {
      std::istringstream words(j["parsed"].get<std::string>());
      std::vector<std::string> sorted{std::istream_iterator<std::string>(words), {}};
      std::sort(sorted.begin(), sorted.end());
      j["parsed"] = sorted;
      j.erase("xapian_query");
    }
  } else if (j.is_array()) {
    for (auto& v : j) normalize(v);
  }
}

void sort_ties(json& hits) {
  if (!hits.is_array()) return;
  std::stable_sort(hits.begin(), hits.end(), [](const json& a, const json& b) {
    const double wa = a.value("score", 0.0), wb = b.value("score", 0.0);
    if (wa != wb) return false;  // keep rank order across weights
    return a.value("id", std::string()) < b.value("id", std::string());
  });
  // Re-rank after the tie sort, so ranks follow the order shown.
  for (std::size_t i = 0; i < hits.size(); ++i)
    if (hits[i].contains("rank")) hits[i]["rank"] = i + 1;
}

std::string answer(const std::string& db, std::vector<std::string> args, int* status = nullptr) {
  args.insert(args.begin(), {"--db", db, "--color", "never"});
  const RunResult r = lisan_query(args);
  INFO(r.err);
  if (status) *status = r.status;
  else REQUIRE(r.status <= 1);
  json j = json::parse(r.out, nullptr, false);
  if (j.is_discarded()) {  // jsonl: one object a line
    j = json::array();
    for (const std::string& line : lines(r.out)) j.push_back(json::parse(line));
  }
  normalize(j);
  if (j.is_object() && j.contains("hits")) sort_ties(j["hits"]);
  if (j.is_array()) sort_ties(j);
  return j.dump(1);
}

// The table: every lisan-query feature the issue lists, in a form whose
// output does not depend on how the index is laid out. Sorted by date, ties
// by docid, so date sorts ask for distinct dates only through the ids.
const std::vector<std::vector<std::string>> kQueries = {
    {"--format", "json", "--limit", "400", "storm"},
    {"--format", "json", "--limit", "400", "--any", "alert", "captives"},
    {"--format", "json", "--limit", "400", "\"Helena Marsh\""},
    {"--format", "jsonl", "--limit", "400", "--explain", "relief"},
    {"--format", "json", "--count", "relief"},
    {"--format", "json", "--limit", "0", "--facets", "lang,source,channel,author,kind,hashtag,mention,domain,year,month",
     "--facet-limit", "0", "relief"},
    {"--format", "json", "--limit", "0", "--timeline", "month", "storm"},
    {"--format", "json", "--limit", "5", "--kwic", "Helena"},
    {"--format", "json", "--limit", "400", "--since", "2021-09-17", "--until", "2021-09-30", "relief"},
    {"--format", "json", "--limit", "400", "--collapse", "storm"},
    {"--format", "json", "--group-by", "cluster", "--since", "2021-09-17", "--until", "2021-09-30"},
    {"--format", "json", "--top", "hashtag"},
    {"--format", "json", "--cooccur", "hashtag"},
    {"--format", "json", "--spread", "tg:dawnrelief:110"},
    {"cluster", "tg:dawnrelief:110", "--format", "json"},
    {"show", "tg:dawnrelief:155", "--format", "json"},
    {"similar", "tg:dawnrelief:155", "--limit", "400", "--format", "json"},
    {"info", "--format", "json"},
};

// info names the shards and counts inputs from shard 0: compared apart.
bool is_info(const std::vector<std::string>& q) { return q.front() == "info"; }

}  // namespace

TEST_CASE("a shard set answers like one index", "[e2e][shards]") {
  const Layouts& l = layouts();
  for (const auto& q : kQueries) {
    if (is_info(q)) continue;
    INFO("lisan-query " << json(q).dump());
    const std::string expected = answer(l.one, q);
    CHECK(answer(l.set1, q) == expected);
    CHECK(answer(l.set2, q) == expected);
    CHECK(answer(l.set3, q) == expected);
    CHECK(answer(l.merged, q) == expected);
  }
}

TEST_CASE("a shard set is a Xapian stub every tool opens", "[e2e][shards]") {
  const Layouts& l = layouts();
  const std::string stub = l.set3 + "/XAPIANDB";
  REQUIRE(lisan::store::stub_file_of(l.set3) == stub);
  const auto specs = lisan::store::read_stub(stub);
  REQUIRE(specs.size() == 3);
  CHECK(specs[2].path == l.set3 + "/shard-2");
  // Xapian itself (and so xapian-delve) opens the directory.
  CHECK(Xapian::Database(l.set3).get_doccount() == Xapian::Database(l.one).get_doccount());
  const RunResult delve = run("/usr/bin/xapian-delve", {l.set3});
  CHECK(delve.status == 0);
  CHECK(delve.out.find("number of documents = 341") != std::string::npos);
  // info names every shard with its id, versions and documents.
  const RunResult info = lisan_index({"--db", l.set3, "info", "--format", "json"});
  INFO(info.err);
  REQUIRE(info.status == 0);
  const json j = json::parse(info.out);
  REQUIRE(j["shards"].size() == 3);
  std::uint64_t sum = 0;
  std::set<std::string> ids;
  for (const auto& s : j["shards"]) {
    sum += s["documents"].get<std::uint64_t>();
    ids.insert(s["index_id"].get<std::string>());
    CHECK(s["schema_version"] == lisan::schema::kSchemaVersion);
  }
  CHECK(sum == 341);
  CHECK(ids.size() == 3);
  CHECK(j["documents"] == 341);
  CHECK(j["inputs"].size() == 3);
  // A query's manifest names every shard too.
  const RunResult m = lisan_query({"--db", l.set3, "--format", "json", "storm"});
  const json mj = json::parse(m.out);
  CHECK(mj["manifest"]["shards"].size() == 3);
}

TEST_CASE("cluster ids are unique across shards and sizes count every shard", "[e2e][shards]") {
  const Layouts& l = layouts();
  // Every document's cluster id and the size of its cluster, by record id.
  const auto clusters = [](const std::string& db) {
    std::map<std::string, std::pair<std::string, long>> out;
    const RunResult r = lisan_query({"--db", db, "--format", "jsonl", "--limit", "1000", "--any", "the", "a", "and",
                                     "of", "in", "to", "storm", "relief"});
    for (const std::string& line : lines(r.out)) {
      const json h = json::parse(line);
      out[h["id"]] = {h["cluster"].is_string() ? h["cluster"].get<std::string>() : "", h["cluster_size"]};
    }
    return out;
  };
  const auto one = clusters(l.one);
  REQUIRE(one.size() > 100);
  CHECK(clusters(l.set3) == one);
  // Shards do not share cluster ids they did not share in one index: a
  // cluster's members in different shards are one cluster.
  std::map<std::string, std::set<unsigned>> shards_of_cluster;
  for (const auto& [id, c] : one)
    shards_of_cluster[c.first].insert(lisan::store::shard_of(lisan::schema::id_term(id), 3));
  std::size_t spread = 0;
  for (const auto& [cluster, shards] : shards_of_cluster) spread += shards.size() > 1;
  CHECK(spread > 0);  // the corpus has clusters spanning shards: the check above covers them
}

TEST_CASE("a shard set is updated where each record lives", "[e2e][shards]") {
  TempDir dir;
  const std::string db = dir.file("set");
  const std::string input = dir.write("r.jsonl", records(0, 90));
  RunResult r = lisan_index({"--db", db, "--shards", "3", "--quiet", input});
  INFO(r.err);
  REQUIRE(r.status == 0);
  // The same file again: unchanged, not read (fingerprints live in shard 0).
  r = lisan_index({"--db", db, input});
  CHECK(r.err.find("unchanged since") != std::string::npos);
  // Half of it changed, and given without --shards (the set knows K).
  const std::string changed = dir.write("r2.jsonl", records(0, 45, "second"));
  r = lisan_index({"--db", db, "--quiet", changed});
  REQUIRE(r.status == 0);
  CHECK(index_summary(r.err).replaced == 45);
  r = lisan_index({"--db", db, "--quiet", "--delete", "r7", "r8"});
  REQUIRE(r.status == 0);
  // Each record in exactly one shard, the one its id hashes to, newest text.
  std::map<std::string, int> copies;
  for (unsigned s = 0; s < 3; ++s) {
    const std::string shard = db + "/" + lisan::store::shard_dir_name(s);
    for (const auto& [id, data] : contents(shard)) {
      ++copies[id];
      CHECK(lisan::store::shard_of(lisan::schema::id_term(id), 3) == s);
    }
    CHECK(xapian_check_problems(shard).empty());
  }
  CHECK(copies.size() == 88);
  for (const auto& [id, n] : copies) CHECK(n == 1);
  CHECK(copies.count("r7") == 0);
  const auto all = contents(db);
  REQUIRE(all.count("r3") == 1);
  CHECK(all.at("r3").find("second") != std::string::npos);
  CHECK(all.at("r60").find("second") == std::string::npos);
}

TEST_CASE("a shard set refuses another shard count, a plain index and other versions", "[e2e][shards]") {
  TempDir dir;
  const std::string set = dir.file("set");
  const std::string input = dir.write("r.jsonl", records(0, 20));
  REQUIRE(lisan_index({"--db", set, "--shards", "2", "--quiet", input}).status == 0);
  RunResult r = lisan_index({"--db", set, "--shards", "3", input});
  CHECK(r.status == 2);
  CHECK(r.err.find("the shard set has 2 shards, --shards asks for 3") != std::string::npos);
  const std::string plain = dir.file("plain");
  REQUIRE(lisan_index({"--db", plain, "--quiet", input}).status == 0);
  r = lisan_index({"--db", plain, "--shards", "2", input});
  CHECK(r.status == 2);
  CHECK(r.err.find("is a single index, not a shard set") != std::string::npos);
  // A shard of another schema version: refused by every reader, naming it.
  {
    Xapian::WritableDatabase shard(set + "/shard-1", Xapian::DB_OPEN);
    shard.set_metadata(std::string(lisan::schema::kMetaSchemaVersion), "1");
    shard.commit();
  }
  r = lisan_query({"--db", set, "--allow-partial", "r1"});
  CHECK(r.status == 2);
  CHECK(r.err.find(set + "/shard-1") != std::string::npos);
  CHECK(r.err.find("schema version 1") != std::string::npos);
  r = lisan_index({"--db", set, dir.write("more.jsonl", records(20, 30))});
  CHECK(r.status == 2);
  CHECK(r.err.find("shard-1") != std::string::npos);
}

TEST_CASE("remote shards served by xapian-tcpsrv answer like one index", "[e2e][shards][remote]") {
  const Layouts& l = layouts();
  TempDir dir;
  ShardServer s0(l.set3 + "/shard-0"), s1(l.set3 + "/shard-1"), s2(l.set3 + "/shard-2");
  if (!s0.ok() || !s1.ok() || !s2.ok()) FAIL("xapian-tcpsrv did not start (scripts/install-deps installs xapian-tools)");
  const std::string remote = dir.write("remote.stub", s0.stub_line() + "\n" + s1.stub_line() + "\n" + s2.stub_line() + "\n");
  const std::string mixed =
      dir.write("mixed.stub", "auto " + l.set3 + "/shard-0\n" + s1.stub_line() + "\n" + s2.stub_line() + "\n");
  for (const auto& q : kQueries) {
    if (is_info(q)) continue;
    INFO("lisan-query " << json(q).dump());
    const std::string expected = answer(l.one, q);
    CHECK(answer(remote, q) == expected);
    CHECK(answer(mixed, q) == expected);
  }
  const RunResult info = lisan_query({"--db", mixed, "info", "--format", "json"});
  REQUIRE(info.status == 0);
  const json j = json::parse(info.out);
  REQUIRE(j["shards"].size() == 3);
  CHECK(j["shards"][1]["remote"] == true);
  CHECK(j["shards"][1]["name"] == s1.name());
}

TEST_CASE("a shard that is down is an error naming it; --allow-partial marks every output", "[e2e][shards][remote]") {
  const Layouts& l = layouts();
  TempDir dir;
  ShardServer s1(l.set3 + "/shard-1");
  if (!s1.ok()) FAIL("xapian-tcpsrv did not start");
  const std::string stub = dir.write("mixed.stub", "auto " + l.set3 + "/shard-0\n" + s1.stub_line() + "\nauto " +
                                                       l.set3 + "/shard-2\n");
  int status = -1;
  const std::string whole = answer(stub, {"--format", "json", "--count", "relief"}, &status);
  REQUIRE(status == 0);
  s1.stop();

  RunResult r = lisan_query({"--db", stub, "--shard-timeout", "2000", "relief"});
  CHECK(r.status == 2);
  CHECK(r.err.find(s1.name()) != std::string::npos);
  CHECK(r.err.find("--allow-partial") != std::string::npos);

  const std::vector<std::string> partial = {"--db", stub, "--allow-partial", "--shard-timeout", "2000"};
  const auto with = [&](std::vector<std::string> args) {
    args.insert(args.begin(), partial.begin(), partial.end());
    return lisan_query(args);
  };
  r = with({"--format", "json", "--limit", "100", "relief"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  CHECK(j["partial"] == true);
  CHECK(j["missing_shards"][0]["name"] == s1.name());
  CHECK(j["manifest"]["partial"] == true);
  CHECK(j["manifest"]["shards"].size() == 2);
  CHECK(r.err.find("PARTIAL") != std::string::npos);
  CHECK(j["total"]["estimated"].get<int>() < json::parse(whole)["total"]["estimated"].get<int>());
  r = with({"--color", "never", "relief"});
  CHECK(r.out.rfind("PARTIAL result: 1 shard(s) were not searched", 0) == 0);
  CHECK(r.out.find(s1.name()) != std::string::npos);
  r = with({"--format", "jsonl", "relief"});
  for (const std::string& line : lines(r.out)) CHECK(json::parse(line)["partial"] == true);
  const std::string manifest = dir.file("m.json");
  r = with({"--format", "csv", "--manifest", manifest, "relief"});
  REQUIRE(r.status == 0);
  std::ifstream in(manifest);
  const json m = json::parse(in);
  CHECK(m["partial"] == true);
  CHECK(m["missing_shards"][0]["name"] == s1.name());
}

TEST_CASE("a shard server killed mid-run: named in the error, or left out with --allow-partial",
          "[e2e][shards][remote]") {
  const Layouts& l = layouts();
  for (const bool allow_partial : {false, true}) {
    ShardServer s1(l.set3 + "/shard-1");
    if (!s1.ok()) FAIL("xapian-tcpsrv did not start");
    TempDir dir;
    const std::string stub = dir.write("mixed.stub", "auto " + l.set3 + "/shard-0\n" + s1.stub_line() + "\n");
    lisan::store::ReadOptions options;
    options.allow_partial = allow_partial;
    options.timeout_ms = 2000;
    int runs = 0;
    const auto search = [&](const lisan::store::OpenIndex& index) {
      // The first run opens every shard, then its server is killed before
      // the search: the search meets a dead connection.
      if (++runs == 1) s1.stop();
      lisan::query::SearchRequest request;
      request.query = Xapian::Query(lisan::schema::id_term("tg:dawnrelief:110"));
      request.query = Xapian::Query(Xapian::Query::OP_OR, request.query, Xapian::Query("relief"));
      lisan::query::Searcher searcher(index);
      return std::make_pair(searcher.search(request).estimated, index.missing);
    };
    if (!allow_partial) {
      try {
        lisan::store::run_on_index({stub}, options, search);
        FAIL("a dead shard went unnoticed");
      } catch (const lisan::Error& e) {
        const std::string what = e.what();
        CHECK(what.find(s1.name()) != std::string::npos);
        CHECK(what.find("stopped answering") != std::string::npos);
      }
    } else {
      const auto [found, missing] = lisan::store::run_on_index({stub}, options, search);
      CHECK(runs == 2);
      REQUIRE(missing.size() == 1);
      CHECK(missing[0].name == s1.name());
      CHECK(found > 0);
    }
  }
}
