// End-to-end: the study and fact-checking features of lisan-query (facets,
// timelines, plots, concordance, csv, manifests, similar, info, batch runs)
// through the real binaries on the bundled corpus (corpus/README.md "Known
// facts for tests"). Deterministic outputs are compared with golden files in
// tests/golden/ (LISAN_UPDATE_GOLDEN=1 rewrites them); JSON is compared after
// dropping the fields that name a run (time, index id, paths).
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "lisan/analysis/analyzer.h"
#include "lisan/schema.h"
#include "tests/e2e/cli_runner.h"
#include "tests/e2e/golden_file.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

struct Corpus {
  TempDir dir;
  std::string db = dir.file("db");
  Corpus() {
    const std::string c = corpus_dir() + "/jsonl/";
    const RunResult r =
        lisan_index({"--db", db, c + "channel_posts.jsonl", c + "reposts.jsonl", c + "news.jsonl"});
    if (r.status != 0) FAIL("indexing the corpus failed: " << r.err);
  }
  RunResult query(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db, "--color", "never"});
    return lisan_query(args);
  }
  json json_of(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--format", "json"});
    const RunResult r = query(args);
    INFO(r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    return json::parse(r.out);
  }
};

// What names one run rather than its result.
void normalize(json& j) {
  if (!j.is_object()) return;
  if (j.contains("manifest"))
    for (const char* k : {"run_at", "index_id", "manifest_id", "db", "flags"}) j["manifest"].erase(k);
  // Input paths depend on where the tree is checked out: keep the file name.
  if (j.contains("hits"))
    for (auto& h : j["hits"])
      if (h.contains("provenance") && h["provenance"].contains("file")) {
        const std::string f = h["provenance"]["file"];
        h["provenance"]["file"] = f.substr(f.rfind('/') + 1);
      }
}

std::map<std::string, int> facet_map(const json& facet) {
  std::map<std::string, int> out;
  for (const auto& v : facet["values"]) out[v["value"].get<std::string>()] = v["count"].get<int>();
  return out;
}

}  // namespace

TEST_CASE("facets count over all matches not just the page", "[e2e][query][facets]") {
  Corpus c;
  const json j = c.json_of({"--limit", "1", "--facets", "source,hashtag,year,month", "--facet-limit", "0",
                            "date:2021..2022"});
  CHECK(j["total"]["estimated"] == 341);
  CHECK(j["hits"].size() == 1);
  CHECK(facet_map(j["facets"]["source"]) == std::map<std::string, int>{{"telegram", 130}, {"twitter", 178}, {"web", 33}});
  CHECK(facet_map(j["facets"]["year"]) == std::map<std::string, int>{{"2021", facet_map(j["facets"]["year"])["2021"]},
                                                                    {"2022", 341 - facet_map(j["facets"]["year"])["2021"]}});
  const auto tags = facet_map(j["facets"]["hashtag"]);
  CHECK(tags.at("TalSefra40") == 72);
  CHECK(tags.at("NoMoreSilence") == 16);
  // Tags are counted from the text and the records' hashtag arrays, as the
  // hashtag: filter finds them.
  CHECK(tags.at("freedom_march") == c.json_of({"--count", "hashtag:freedom_march"})["total"]["estimated"]);
  CHECK(j["facets"]["month"]["values"][0]["value"] == "2021-09");
}

TEST_CASE("facets of a hashtag query name the co-occurring tags and domains", "[e2e][query][facets]") {
  Corpus c;
  const json j = c.json_of({"--count", "--facets", "hashtag,domain,mention", "#NoMoreSilence"});
  CHECK(j["total"]["estimated"] == 16);
  CHECK(facet_map(j["facets"]["hashtag"]).at("NoMoreSilence") == 16);
  const RunResult text = c.query({"--count", "--facets", "lang", "#NoMoreSilence"});
  CHECK_THAT(text.out, Catch::Contains("Facets over all 16 matches"));
}

TEST_CASE("timeline counts the storm days", "[e2e][query][timeline]") {
  Corpus c;
  const json j = c.json_of({"--count", "--timeline", "day", "date:2021-09-24"});
  REQUIRE(j["timeline"]["buckets"].size() == 1);
  CHECK(j["timeline"]["buckets"][0] == json{{"period", "2021-09-24"}, {"start", "2021-09-24"}, {"count", 34}});
  CHECK(j["timeline"]["unit"] == "day");
  const json m = c.json_of({"--count", "--timeline", "month", "date:2021..2022"});
  int sum = 0;
  for (const auto& b : m["timeline"]["buckets"]) sum += b["count"].get<int>();
  CHECK(sum == 341);
  CHECK(m["timeline"]["buckets"].front()["period"] == "2021-09");
  CHECK(m["timeline"]["buckets"].back()["period"] == "2022-02");
}

TEST_CASE("timeline text chart and SVG plot", "[e2e][query][timeline]") {
  Corpus c;
  const std::string svg = c.dir.file("marsh.svg");
  const RunResult r = c.query({"--count", "--timeline", "week", "--plot", svg, "\"Helena Marsh\""});
  REQUIRE(r.status == 0);
  check_golden("timeline_week_helena_marsh.txt", r.out);
  const std::string plot = read_text(svg);
  CHECK(plot.rfind("<svg", 0) == 0);
  CHECK_THAT(plot, Catch::Contains("Matches per week: &quot;Helena Marsh&quot;"));
  CHECK_THAT(plot, Catch::Contains("2022-W01"));
}

TEST_CASE("kwic lines align one occurrence per line", "[e2e][query][kwic]") {
  Corpus c;
  const RunResult r = c.query({"--kwic", "--width", "25", "--sort", "date", "--limit", "4", "\"slow disappearance\""});
  REQUIRE(r.status == 0);
  check_golden("kwic_slow_disappearance.txt", r.out);
  const json j = c.json_of({"--kwic", "--limit", "50", "\"slow disappearance\""});
  REQUIRE(j["kwic"].size() >= 16);
  for (const auto& line : j["kwic"]) CHECK(line["match"].get<std::string>().find("disappearance") != std::string::npos);
  CHECK(j["kwic"][0].contains("left"));
  CHECK(j["kwic"][0].contains("date"));
}

TEST_CASE("kwic isolates Arabic context in the terminal", "[e2e][query][kwic]") {
  Corpus c;
  const RunResult r = c.query({"--kwic", "--limit", "2", "--sort", "date", "\"لا جدار أعلى من الفجر\""});
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("\xE2\x81\xA8"));  // FSI
  check_golden("kwic_arabic_slogan.txt", r.out);
}

TEST_CASE("csv output is RFC 4180 with chosen fields", "[e2e][query][csv]") {
  Corpus c;
  const RunResult r = c.query({"--format", "csv", "--fields", "id,date,lang,matched", "--explain", "--sort", "date",
                               "=Kürt"});
  REQUIRE(r.status == 0);
  CHECK(lines(r.out).size() == 3);  // header and the two documents with "Kürt"
  CHECK_THAT(r.out, Catch::Contains(",tr,Kürt\r\n"));
  CHECK_THAT(r.out, Catch::StartsWith("id,date,lang,matched\r\ntw:1469371336589558195,"));
  CHECK_THAT(r.out, Catch::Contains("web:habermerkezi:2021/12/11/ozgurluk-yuruyusu-dijitalde,"));
  const RunResult bom = c.query({"--format", "csv", "--bom", "--count", "=Kürt"});
  CHECK(bom.out == "\xEF\xBB\xBF" "count\r\n2\r\n");
  const RunResult bad = c.query({"--format", "csv", "--fields", "id,colour", "x"});
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("unknown field 'colour'"));
}

TEST_CASE("explain shows the original forms that matched", "[e2e][query][explain]") {
  Corpus c;
  const json j = c.json_of({"--explain", "--limit", "50", "مسؤول"});
  CHECK(j["total"]["estimated"] == 8);
  std::set<std::string> forms;
  for (const auto& h : j["hits"])
    for (const auto& f : h["matched_forms"]) forms.insert(f.get<std::string>());
  CHECK(forms.count("مسؤول") == 1);
  CHECK(forms.count("مسئول") == 1);
  const RunResult t = c.query({"--explain", "--limit", "1", "كتاب"});
  CHECK_THAT(t.out, Catch::Contains("word "));
}

TEST_CASE("since and until filter by day", "[e2e][query]") {
  Corpus c;
  CHECK(c.json_of({"--count", "--since", "2021-09-24", "--until", "2021-09-24", "date:2021..2022"})["total"]["estimated"] == 34);
  const json later = c.json_of({"--count", "--since", "2022-02-04", "give-dawn.example"});
  const json all = c.json_of({"--count", "domain:give-dawn.example"});
  CHECK(all["total"]["estimated"].get<int>() >= later["total"]["estimated"].get<int>());
  const RunResult bad = c.query({"--since", "2021-13", "x"});
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("--since 2021-13"));
}

TEST_CASE("manifest file names the run", "[e2e][query][manifest]") {
  Corpus c;
  const std::string path = c.dir.file("manifest.json");
  const RunResult r = c.query({"--format", "csv", "--manifest", path, "\"slow disappearance\""});
  REQUIRE(r.status == 0);
  const json m = json::parse(read_text(path));
  CHECK(m["query"] == "\"slow disappearance\"");
  CHECK(m["documents"] == 341);
  CHECK(m["format"] == "csv");
  CHECK(m["schema_version"] == lisan::schema::kSchemaVersion);
  CHECK(m["analyzer_version"] == lisan::analysis::kAnalyzerVersion);
  CHECK(m["matches"].get<int>() >= 16);
  CHECK(m["index_id"].get<std::string>().size() == 16);
  CHECK(m["run_at"].get<std::string>().back() == 'Z');
  json j = c.json_of({"--facets", "lang", "--timeline", "month", "--limit", "3", "--sort", "date", "\"Helena Marsh\""});
  normalize(j);
  // The parts this feature owns; other hit fields have their own tests (and
  // grow with other issues).
  json golden = {{"query", j["query"]}, {"parsed", j["parsed"]}, {"total", j["total"]},
                 {"facets", j["facets"]}, {"timeline", j["timeline"]}, {"manifest", j["manifest"]}};
  for (const auto& h : j["hits"])
    golden["hits"].push_back({{"id", h["id"]}, {"date", h["date"]}, {"snippet", h["snippet"]},
                              {"highlights", h["highlights"]}, {"provenance", h["provenance"]}});
  check_golden("json_helena_marsh.json", golden.dump(2) + "\n");
}

TEST_CASE("similar finds the reposts of a post", "[e2e][query][similar]") {
  Corpus c;
  const json j = c.json_of({"similar", "tg:dawnrelief:155", "--limit", "5"});
  REQUIRE(j["hits"].size() == 5);
  for (const auto& h : j["hits"]) CHECK(h["id"] != "tg:dawnrelief:155");
  const RunResult missing = c.query({"similar", "nope"});
  CHECK(missing.status == 1);
}

TEST_CASE("info summarizes the index", "[e2e][query][info]") {
  Corpus c;
  const json j = c.json_of({"info"});
  CHECK(j["documents"] == 341);
  CHECK(j["sources"]["telegram"] == 130);
  CHECK(j["first_date"] == "2021-09-06T09:00:00Z");
  CHECK(j["last_date"] == "2022-02-26T22:23:49Z");
  const RunResult t = c.query({"info"});
  CHECK_THAT(t.out, Catch::Contains("341 document(s)"));
}

TEST_CASE("batch runs every query with a summary and since-run reports new hits", "[e2e][query][batch]") {
  Corpus c;
  const std::string queries = c.dir.write("protocol.tsv",
                                          "# slogan in four languages\n"
                                          "slogan-en\t\"No wall is higher than the dawn\"\n"
                                          "slogan-nl\t\"Geen muur is hoger dan de dageraad\"\n"
                                          "marsh\t\"slow disappearance\"\n");
  const RunResult first = c.query({"--queries", queries, "--until", "2021-12-31", "--format", "json"});
  REQUIRE(first.status == 0);
  const std::string first_path = c.dir.write("first.json", first.out);
  const json f = json::parse(first.out);
  REQUIRE(f["queries"].size() == 3);
  CHECK(f["queries"][2]["matches"] == 0);  // the Marsh quote is from January 2022
  CHECK(f["summary"][0]["name"] == "slogan-en");

  const RunResult second = c.query({"--queries", queries, "--since-run", first_path, "--format", "json", "--limit", "100"});
  REQUIRE(second.status == 0);
  const json s = json::parse(second.out);
  for (std::size_t i = 0; i < 3; ++i) {
    const int before = f["queries"][i]["matches"], now = s["queries"][i]["matches"];
    CHECK(s["queries"][i]["new_matches"] == now - before);
    for (const auto& h : s["queries"][i]["hits"])
      CHECK(h["date"].get<std::string>() >= "2022-01-01");
  }
  CHECK(s["queries"][2]["new_matches"] == s["queries"][2]["matches"]);

  const RunResult text = c.query({"--queries", queries, "--limit", "1"});
  CHECK_THAT(text.out, Catch::Contains("Summary:"));
  CHECK_THAT(text.out, Catch::Contains("=== slogan-nl (line 3)"));
  const RunResult bad = c.query({"--queries", c.dir.write("bad.txt", "ok\n\"unclosed\n")});
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains(":2: cannot parse query"));
}
