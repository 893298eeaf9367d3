// End-to-end: lisan-index then lisan-query, the real binaries, on a small
// multilingual index built by the test.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

const char* const kRecords = R"({"id": "en1", "text": "The channel called for a storm under #FreeTheCaptives on Friday.", "lang": "en", "date": "2021-10-22T14:03:11Z", "source": "telegram", "channel": "DawnRelief", "author": "Dawn Desk"}
{"id": "nl1", "text": "Het kanaal riep op tot een actie op vrijdag. De coöperatie is geïnteresseerd.", "lang": "nl", "date": "2021-11-05T09:00:00Z", "source": "web", "channel": "nieuwsdienst.example.nl", "title": "Oproep tot actie"}
{"id": "tr1", "text": "Kanal cuma günü İstanbul'da bir eylem çağrısı yaptı. Kürt gazeteciler de oradaydı.", "lang": "tr", "date": "2021-12-01T18:30:00Z", "source": "twitter", "author": "haberci"}
{"id": "tr2", "text": "Bozkırda bir kurt gördük.", "lang": "tr", "date": "2021-12-02T08:00:00Z", "source": "twitter"}
{"id": "tr3", "text": "Bugün bir şehit anıldı.", "lang": "tr", "date": "2021-12-03T08:00:00Z", "source": "twitter"}
{"id": "tr4", "text": "sehit haberi paylasildi", "lang": "tr", "date": "2021-12-04T08:00:00Z", "source": "twitter"}
{"id": "ar1", "text": "دعت القناة إلى حملة تحت وسم #أنقذوا_الأسرى يوم الجمعة. الكِتَابُ مفتوح.", "lang": "ar", "date": "2022-01-10T12:00:00Z", "source": "telegram", "channel": "DawnRelief"}
)";

struct Fixture {
  TempDir dir;
  std::string db = dir.file("db");
  Fixture() {
    const RunResult r = lisan_index({"--db", db, dir.write("in.jsonl", kRecords)});
    if (r.status != 0) FAIL("indexing failed: " << r.err);
  }
  std::vector<json> jsonl(std::vector<std::string> args) const {
    std::vector<std::string> full = {"--db", db, "--format", "jsonl"};
    full.insert(full.end(), args.begin(), args.end());
    const RunResult r = lisan_query(full);
    INFO(r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    std::vector<json> hits;
    for (const auto& line : lines(r.out)) hits.push_back(json::parse(line));
    return hits;
  }
  std::vector<std::string> ids(std::vector<std::string> args) const {
    std::vector<std::string> out;
    for (const auto& h : jsonl(std::move(args))) out.push_back(h["id"]);
    std::sort(out.begin(), out.end());
    return out;
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("jsonl hits carry the contract's fields", "[e2e][query]") {
  Fixture f;
  const auto hits = f.jsonl({"storm"});
  REQUIRE(hits.size() == 1);
  const json& h = hits[0];
  for (const char* key : {"rank", "id", "score", "lang", "date", "source", "channel", "title", "snippet"})
    CHECK(h.contains(key));
  CHECK(h["rank"] == 1);
  CHECK(h["id"] == "en1");
  CHECK(h["date"] == "2021-10-22T14:03:11Z");
  CHECK(h["provenance"]["line"] == 1);
}

TEST_CASE("queries in the four languages find their documents", "[e2e][query]") {
  Fixture f;
  CHECK(f.ids({"storms"}) == Ids{"en1"});              // English stem
  CHECK(f.ids({"geinteresseerd"}) == Ids{"nl1"});      // Dutch diacritics fold
  CHECK(f.ids({"istanbul"}) == Ids{"tr1"});            // Turkish apostrophe suffix and İ
  CHECK(f.ids({"كتاب"}) == Ids{"ar1"});                // Arabic marks and article
  CHECK(f.ids({"\"حملة تحت وسم\""}) == Ids{"ar1"});    // Arabic phrase
}

TEST_CASE("Turkish letters are not accents by default", "[e2e][query]") {
  Fixture f;
  CHECK(f.ids({"kurt"}) == Ids{"tr2"});
  CHECK(f.ids({"kürt"}) == Ids{"tr1"});
}

TEST_CASE("filters and lang and hashtags", "[e2e][query]") {
  Fixture f;
  CHECK(f.ids({"#FreeTheCaptives"}) == Ids{"en1"});
  CHECK(f.ids({"hashtag:أنقذوا_الأسرى"}) == Ids{"ar1"});
  CHECK(f.ids({"channel:dawnrelief", "--limit", "10"}) == Ids{"ar1", "en1"});
  CHECK(f.ids({"--lang", "tr", "kanal"}) == Ids{"tr1"});
  CHECK(f.ids({"source:twitter"}) == Ids{"tr1", "tr2", "tr3", "tr4"});
}

TEST_CASE("an empty result is not an error but a bad query is", "[e2e][query]") {
  Fixture f;
  const RunResult none = lisan_query({"--db", f.db, "nonexistentword"});
  CHECK(none.status == 1);
  CHECK_THAT(none.out, Catch::Contains("No documents match"));
  const RunResult bad = lisan_query({"--db", f.db, "\"unclosed"});
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("cannot parse query: unterminated phrase"));
  CHECK(bad.out.empty());
}

TEST_CASE("text output is readable and isolates Arabic", "[e2e][query]") {
  Fixture f;
  const RunResult r = lisan_query({"--db", f.db, "--color", "never", "كتاب"});
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("ar1"));
  CHECK_THAT(r.out, Catch::Contains("\xE2\x81\xA8"));  // FSI around the Arabic snippet
  CHECK_THAT(r.out, Catch::Contains("[الكِتَابُ]"));     // highlighted in its original spelling
}

TEST_CASE("json output carries the query, total and manifest", "[e2e][query]") {
  Fixture f;
  const RunResult r = lisan_query({"--db", f.db, "--format", "json", "eylem"});
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  CHECK(j["query"] == "eylem");
  CHECK(j["total"]["estimated"] == 1);
  CHECK(j["manifest"]["documents"] == 7);
  CHECK(j["manifest"]["index_id"].get<std::string>().size() == 16);
  CHECK(j["hits"].size() == 1);
}

TEST_CASE("paging and date sort", "[e2e][query]") {
  Fixture f;
  const auto all = f.jsonl({"--sort", "date", "--limit", "10", "date:2021..2022"});
  REQUIRE(all.size() == 7);
  CHECK(all.front()["id"] == "en1");
  CHECK(all.back()["id"] == "ar1");
  const auto page = f.jsonl({"--sort", "-date", "--limit", "2", "--offset", "1", "date:2021..2022"});
  REQUIRE(page.size() == 2);
  CHECK(page[0]["id"] == "tr4");
  CHECK(page[0]["rank"] == 2);
}

TEST_CASE("Turkish typed without its letters matches only with fold and explain counts it", "[e2e][query]") {
  Fixture f;
  CHECK(f.ids({"şehit"}) == Ids{"tr3"});
  CHECK(f.ids({"sehit"}) == Ids{"tr4"});
  CHECK(f.ids({"--fold", "şehit"}) == Ids{"tr3", "tr4"});
  CHECK(f.ids({"--fold", "sehit"}) == Ids{"tr3", "tr4"});
  const RunResult r = lisan_query({"--db", f.db, "--format", "json", "--explain", "şehit"});
  REQUIRE(r.status == 0);
  CHECK(json::parse(r.out)["fold_would_add"] == 1);
  const RunResult t = lisan_query({"--db", f.db, "--explain", "sehit"});
  CHECK_THAT(t.out, Catch::Contains("would find 1 more document(s)"));
}

TEST_CASE("show prints the whole document with provenance", "[e2e][query]") {
  Fixture f;
  const RunResult r = lisan_query({"--db", f.db, "show", "tr1", "--format", "json"});
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  CHECK(j["text"].get<std::string>().find("İstanbul'da") != std::string::npos);
  CHECK(j["provenance"]["line"] == 3);
  CHECK(j["provenance"]["format"] == "jsonl");
  const RunResult missing = lisan_query({"--db", f.db, "show", "nope"});
  CHECK(missing.status == 1);
}
