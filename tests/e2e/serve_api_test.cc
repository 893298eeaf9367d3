// End-to-end: lisan-serve's JSON API (docs/web.md) on a real server started
// on an ephemeral loopback port over a temporary index of the sample corpus
// and hostile documents. The answers must be what lisan-query prints for the
// same run; errors say what and where; limits hold; nothing outside the app
// is served; requests run in parallel; a commit by lisan-index is seen.
#include <atomic>
#include <set>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"
#include "server/api_handlers.h"
#include "tests/e2e/serve_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

std::string hostile_file() { return LISAN_SOURCE_DIR "/tests/browser/hostile.jsonl"; }

struct ServedIndex {
  TempDir dir;
  std::string db = dir.file("db");
  ServedIndex() {
    const std::string c = corpus_dir() + "/jsonl/";
    const RunResult r = lisan_index({"--db", db, "--quiet", c + "channel_posts.jsonl", c + "reposts.jsonl",
                                     c + "news.jsonl", hostile_file()});
    if (r.status != 0) FAIL("indexing failed: " << r.err);
  }
};

const ServedIndex& served_index() {
  static const ServedIndex i;
  return i;
}

json parse(const HttpAnswer& a) {
  INFO(a.body);
  REQUIRE(!a.body.empty());
  return json::parse(a.body);
}

// The parts of a json report that do not depend on when or how it was run.
json stable(json report) {
  report.erase("manifest");
  return report;
}

}  // namespace

TEST_CASE("serve: /api/search answers what lisan-query --format json prints", "[e2e][serve]") {
  const ServedIndex& index = served_index();
  ServeProcess server({index.db});
  struct Row {
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<std::string> cli;
  };
  const std::vector<Row> rows = {
      {{{"q", "الأسرى"}}, {"الأسرى", "--limit", "20"}},
      {{{"q", "storm"}, {"sort", "-date"}, {"size", "5"}, {"page", "2"}}, {"storm", "--sort", "-date", "--limit", "5", "--offset", "5"}},
      {{{"q", "captives"}, {"facets", "lang,source,hashtag"}, {"timeline", "week"}},
       {"captives", "--facets", "lang,source,hashtag", "--timeline", "week", "--limit", "20"}},
      {{{"q", "#FreeTheCaptives"}, {"lang", "en"}, {"kwic", "1"}}, {"#FreeTheCaptives", "--lang", "en", "--kwic", "--limit", "20"}},
      {{{"q", "dawn"}, {"since", "2021-09-20"}, {"until", "2021-09-30"}, {"explain", "1"}},
       {"dawn", "--since", "2021-09-20", "--until", "2021-09-30", "--explain", "--limit", "20"}},
  };
  for (const Row& row : rows) {
    std::vector<std::string> args = {"--db", index.db, "--format", "json"};
    args.insert(args.end(), row.cli.begin(), row.cli.end());
    INFO(row.cli.front());
    const RunResult cli = lisan_query(args);
    REQUIRE(cli.status == 0);
    const HttpAnswer a = server.get("/api/search", row.params);
    REQUIRE(a.status == 200);
    CHECK(a.header("Content-Type") == "application/json; charset=utf-8");
    const json api = parse(a), expected = json::parse(cli.out);
    CHECK(stable(api) == stable(expected));
    CHECK(api["manifest"]["matches"] == expected["manifest"]["matches"]);
    CHECK(api["manifest"]["index_id"] == expected["manifest"]["index_id"]);
  }
}

TEST_CASE("serve: filters keep to or leave out a value, and counts agree with the facets", "[e2e][serve]") {
  ServeProcess server({served_index().db});
  const json all = parse(server.get("/api/facets", {{"q", "الأسرى OR captives"}, {"facets", "lang"}}));
  const json& langs = all["facets"]["lang"]["values"];
  REQUIRE(langs.size() >= 2);
  std::size_t total = 0;
  for (const json& v : langs) {
    const std::string lang = v["value"];
    const json only = parse(server.get("/api/search", {{"q", "الأسرى OR captives"}, {"filter", "lang:" + lang}, {"size", "200"}}));
    CHECK(only["total"]["estimated"] == v["count"]);
    for (const json& hit : only["hits"]) CHECK(hit["lang"] == lang);
    const json without = parse(server.get("/api/search", {{"q", "الأسرى OR captives"}, {"exclude", "lang:" + lang}, {"size", "200"}}));
    for (const json& hit : without["hits"]) CHECK(hit["lang"] != lang);
    total += v["count"].get<std::size_t>();
  }
  // Every match has one dominant language, or none ("without").
  CHECK(total + all["facets"]["lang"]["without"].get<std::size_t>() == all["total"]["estimated"].get<std::size_t>());
  // Two values of one field are alternatives; a hostile value is just a value.
  const json either = parse(server.get("/api/search", {{"q", "الأسرى OR captives"}, {"filter", "lang:ar"}, {"filter", "lang:en"}}));
  CHECK(either["total"]["estimated"].get<int>() > 0);
  const json author = parse(server.get("/api/search", {{"filter", "author:\"><img src=x onerror=\"window.__pwned='author'\">"}}));
  REQUIRE(author["total"]["estimated"] == 1);
  CHECK(author["hits"][0]["id"] == "evil:script");
  // An empty query with a filter lists the filtered documents.
  const json browse = parse(server.get("/api/search", {{"filter", "source:web"}, {"size", "200"}}));
  CHECK(browse["total"]["estimated"].get<int>() >= 2);
}

TEST_CASE("serve: the other routes answer as the lisan-query modes they stand for", "[e2e][serve]") {
  const ServedIndex& index = served_index();
  ServeProcess server({index.db});
  const auto cli_json = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", index.db, "--format", "json"});
    const RunResult r = lisan_query(args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return json::parse(r.out);
  };
  CHECK(parse(server.get("/api/doc/tg:dawnrelief:101")) == cli_json({"show", "tg:dawnrelief:101"}));
  CHECK(parse(server.get("/api/doc/evil%3A%22%3E%3Cscript%3Ewindow.__pwned%3D'id'%3C%2Fscript%3E"))["id"] ==
        "evil:\"><script>window.__pwned='id'</script>");
  CHECK(stable(parse(server.get("/api/similar/tg:dawnrelief:101", {{"size", "5"}}))) ==
        stable(cli_json({"similar", "tg:dawnrelief:101", "--limit", "5"})));
  CHECK(parse(server.get("/api/cluster/tg:dawnrelief:102")) == cli_json({"cluster", "tg:dawnrelief:102", "--limit", "20"}));
  CHECK(parse(server.get("/api/spread/tg:dawnrelief:102")) == cli_json({"--spread", "tg:dawnrelief:102", "--limit", "20"}));
  CHECK(parse(server.get("/api/storm")) == cli_json({"--group-by", "cluster", "--limit", "20"}));
  CHECK(parse(server.get("/api/storm", {{"q", "captives"}})) == cli_json({"captives", "--group-by", "cluster", "--limit", "20"}));
  CHECK(parse(server.get("/api/collapse", {{"q", "dawn"}})) == cli_json({"dawn", "--collapse", "--limit", "20"}));
  CHECK(parse(server.get("/api/top", {{"field", "hashtag"}})) == cli_json({"--top", "hashtag", "--limit", "20"}));
  CHECK(parse(server.get("/api/cooccur", {{"field", "hashtag"}})) == cli_json({"--cooccur", "hashtag", "--limit", "20"}));
  const json timeline = parse(server.get("/api/timeline", {{"q", "dawn"}, {"timeline", "day"}}));
  CHECK(timeline["timeline"]["unit"] == "day");
  CHECK(timeline["hits"].empty());
  const json chain = parse(server.get("/api/chain/evil:bidi"));
  REQUIRE(chain["chain"].size() == 2);
  CHECK(chain["chain"][1]["id"] == "evil:script");
  CHECK(chain["chain"][0]["chain_link"] == "reply_to");
}

TEST_CASE("serve: errors say what and where, with a status", "[e2e][serve]") {
  ServeProcess server({served_index().db});
  struct Row {
    std::string path;
    std::vector<std::pair<std::string, std::string>> params;
    int status;
    std::string message;  // part of error.message
  };
  const std::vector<Row> rows = {
      {"/api/search", {{"q", "storm \"unterminated"}}, 400, "cannot parse query: unterminated phrase"},
      {"/api/search", {{"q", "nosuchfield:x"}}, 400, "unknown field 'nosuchfield:'"},
      {"/api/search", {{"q", std::string(4001, 'a')}}, 400, "the query is 4001 bytes; at most 4000"},
      {"/api/search", {{"q", "a"}, {"size", "201"}}, 400, "size=201: give a whole number from 1 to 200"},
      {"/api/search", {{"q", "a"}, {"page", "-1"}}, 400, "page=-1"},
      {"/api/search", {{"q", "a"}, {"sort", "up"}}, 400, "sort=up: use relevance, date or -date"},
      {"/api/search", {{"q", "a"}, {"filter", "password:x"}}, 400, "unknown field 'password'"},
      {"/api/search", {{"q", "a"}, {"since", "2021-13"}}, 400, "2021-13"},
      {"/api/search", {{"q", "a"}, {"facets", "colour"}}, 400, "colour"},
      {"/api/search", {{"q", "a"}, {"q", "b"}}, 400, "q: given more than once"},
      {"/api/doc/no-such-id", {}, 404, "no document with id 'no-such-id'"},
      {"/api/similar/no-such-id", {}, 404, "no document with id 'no-such-id'"},
      {"/api/cluster/no-such-id", {}, 404, "no cluster or document with id 'no-such-id'"},
      {"/api/top", {}, 400, "needs field=hashtag"},
      {"/api/nothing", {}, 404, "no such route"},
      {"/api/export", {{"format", "xlsx"}}, 400, "export as csv, jsonl or manifest"},
  };
  for (const Row& row : rows) {
    INFO(row.path << " " << (row.params.empty() ? "" : row.params[0].second.substr(0, 40)));
    const HttpAnswer a = server.get(row.path, row.params);
    CHECK(a.status == row.status);
    const json body = parse(a);
    CHECK(body["error"]["status"] == row.status);
    CHECK_THAT(body["error"]["message"].get<std::string>(), Catch::Contains(row.message));
  }
  // A parse error names its byte offset (the page puts a caret there).
  const json parse_error = parse(server.get("/api/search", {{"q", "storm \"unterminated"}}));
  CHECK(parse_error["error"]["offset"] == 6);
  // Bodies over the limit are refused before they are read in full.
  const HttpAnswer big = server.post("/api/batch", {}, std::string(300 * 1024, 'a'));
  CHECK(big.status == 413);
  CHECK_THAT(big.body, Catch::Contains("request body over 262144 bytes"));
  const HttpAnswer long_line = server.get("/api/search", {{"q", std::string(9000, 'a')}});
  CHECK(long_line.status == 414);
}

TEST_CASE("serve: export streams every match as csv and jsonl, with a manifest", "[e2e][serve]") {
  const ServedIndex& index = served_index();
  ServeProcess server({index.db});
  // Every document (an empty query), more than a page of the API.
  const RunResult csv = lisan_query({"--db", index.db, "--format", "csv", "--limit", "100000", "--", "الأسرى OR the"});
  REQUIRE(csv.status == 0);
  const HttpAnswer a = server.get("/api/export", {{"q", "الأسرى OR the"}, {"format", "csv"}});
  REQUIRE(a.status == 200);
  CHECK(a.header("Content-Type") == "text/csv; charset=utf-8");
  CHECK(a.header("Content-Disposition") == "attachment; filename=\"lisan-export.csv\"");
  CHECK(a.body == csv.out);
  const RunResult jsonl = lisan_query({"--db", index.db, "--format", "jsonl", "--limit", "100000", "--", "الأسرى OR the"});
  const HttpAnswer exported = server.get("/api/export", {{"q", "الأسرى OR the"}, {"format", "jsonl"}});
  CHECK(exported.body == jsonl.out);
  CHECK(lines(exported.body).size() > 100);  // every match, far more than a page
  const json manifest = parse(server.get("/api/export", {{"q", "الأسرى OR the"}, {"format", "manifest"}}));
  CHECK(manifest["matches"].get<std::size_t>() == lines(exported.body).size());
  CHECK(manifest["query"] == "الأسرى OR the");
  CHECK(manifest.contains("index_id"));
  // Batch: pasted queries -> counts, as --queries counts them.
  const std::string queries = "storm\nar\tالأسرى\n";
  const json batch = parse(server.post("/api/batch", {}, queries));
  REQUIRE(batch["summary"].size() == 2);
  CHECK(batch["summary"][1]["name"] == "ar");
  CHECK(batch["summary"][1]["matches"] == parse(server.get("/api/search", {{"q", "الأسرى"}}))["total"]["estimated"]);
  const HttpAnswer batch_csv = server.post("/api/batch", {{"format", "csv"}}, queries);
  CHECK(batch_csv.status == 200);
  CHECK(batch_csv.header("Content-Type") == "text/csv; charset=utf-8");
  CHECK(server.post("/api/batch", {}, "ok\n\"unterminated\n").status == 400);
}

TEST_CASE("serve: security headers, and nothing but the app's own files", "[e2e][serve]") {
  ServeProcess server({served_index().db});
  for (const std::string path : {"/", "/app.js", "/api/search?q=storm", "/nothing"}) {
    INFO(path);
    const HttpAnswer a = server.get(path);
    CHECK(a.header("Content-Security-Policy").find("script-src 'self'") != std::string::npos);
    CHECK(a.header("Content-Security-Policy").find("default-src 'none'") != std::string::npos);
    CHECK(a.header("X-Content-Type-Options") == "nosniff");
    CHECK(a.header("X-Frame-Options") == "DENY");
  }
  const HttpAnswer page = server.get("/");
  CHECK(page.status == 200);
  CHECK_THAT(page.body, Catch::Contains("<script type=\"module\" src=\"/app.js\"></script>"));
  CHECK(server.get("/app.js").header("Content-Type") == "text/javascript; charset=utf-8");
  for (const std::string line : {"GET /../../../../etc/passwd HTTP/1.1", "GET /%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
                                 "GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1", "GET //etc/passwd HTTP/1.1",
                                 "GET /app.js/../../../etc/passwd HTTP/1.1", "GET /web/app.js HTTP/1.1",
                                 "GET /CMakeLists.txt HTTP/1.1", "GET /server/serve_main.cc HTTP/1.1"}) {
    INFO(line);
    const HttpAnswer a = server.raw(line);
    CHECK((a.status == 404 || a.status == 400));
    CHECK(a.body.find("root:") == std::string::npos);
    CHECK(a.body.find("add_") == std::string::npos);
  }
  // Read-only: no route writes, and other methods are refused.
  CHECK(server.raw("DELETE /api/doc/tg:dawnrelief:101 HTTP/1.1").status >= 400);
  CHECK(server.raw("PUT /index.html HTTP/1.1").status >= 400);
}

TEST_CASE("serve: requests run in parallel, and a lisan-index commit is seen", "[e2e][serve]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::string c = corpus_dir() + "/jsonl/";
  REQUIRE(lisan_index({"--db", db, "--quiet", c + "channel_posts.jsonl", c + "reposts.jsonl"}).status == 0);
  ServeProcess server({db});
  const json before = parse(server.get("/api/search", {{"q", "captives"}}));
  std::atomic<int> ok{0}, wrong{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t)
    clients.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        const HttpAnswer a = server.get(t % 2 ? "/api/search" : "/api/facets", {{"q", "captives"}});
        (a.status == 200 && json::parse(a.body)["total"] == before["total"] ? ok : wrong)++;
      }
    });
  for (auto& t : clients) t.join();
  CHECK(ok == 80);
  CHECK(wrong == 0);
  // New documents committed while the server runs are found at once.
  REQUIRE(lisan_index({"--db", db, "--quiet", hostile_file()}).status == 0);
  const json after = parse(server.get("/api/search", {{"q", "الأسرى"}, {"filter", "source:telegram"}, {"size", "200"}}));
  bool found = false;
  for (const json& hit : after["hits"]) found = found || hit["id"] == "evil:script";
  CHECK(found);
  CHECK(parse(server.get("/api/doc/evil:bidi"))["reply_to"] == "evil:script");
}

TEST_CASE("serve: SIGTERM stops the server cleanly", "[e2e][serve]") {
  ServeProcess server({served_index().db});
  CHECK_THAT(server.first_line(), Catch::Contains("(Ctrl-C stops)"));
  CHECK(server.get("/api/info").status == 200);
  CHECK(server.stop() == 0);
  CHECK_THAT(server.rest_of_stdout(), Catch::Contains("lisan-serve: stopped"));
  // A missing index is an error at start, not at the first search.
  TempDir dir;
  const RunResult r = run(LISAN_SERVE_BIN, {"--db", dir.file("none"), "--port", "0"});
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("lisan-serve: error:"));
}

TEST_CASE("serve: several --db shards are searched as one index", "[e2e][serve]") {
  TempDir dir;
  const std::string c = corpus_dir() + "/jsonl/";
  const std::string one = dir.file("one"), a = dir.file("a"), b = dir.file("b");
  REQUIRE(lisan_index({"--db", one, "--quiet", c + "channel_posts.jsonl", c + "reposts.jsonl"}).status == 0);
  REQUIRE(lisan_index({"--db", a, "--quiet", c + "channel_posts.jsonl"}).status == 0);
  REQUIRE(lisan_index({"--db", b, "--quiet", c + "reposts.jsonl"}).status == 0);
  ServeProcess whole({one});
  ServeProcess shards({a, b});
  CHECK_THAT(shards.first_line(), Catch::Contains("serving 2 index(es)"));
  for (const std::string q : {"الأسرى", "captives", "#FreeTheCaptives"}) {
    INFO(q);
    const json x = parse(whole.get("/api/search", {{"q", q}, {"facets", "lang,channel"}, {"size", "200"}}));
    const json y = parse(shards.get("/api/search", {{"q", q}, {"facets", "lang,channel"}, {"size", "200"}}));
    CHECK(x["total"] == y["total"]);
    CHECK(x["facets"] == y["facets"]);
    std::set<std::string> xs, ys;
    for (const json& h : x["hits"]) xs.insert(h["id"].get<std::string>());
    for (const json& h : y["hits"]) ys.insert(h["id"].get<std::string>());
    CHECK(xs == ys);
  }
  CHECK(parse(shards.get("/api/doc/tg:sabr_group:1001"))["forwarded_from"] == "tg:dawnrelief:102");
}

TEST_CASE("serve: an export longer than one step is one csv header and every row", "[e2e][serve]") {
  // run_export reads Limits::export_page hits per step; a step of 7 makes
  // this export many steps long without a large index.
  const ServedIndex& index = served_index();
  lisan::serve::ServeContext context;
  context.dbs = {index.db};
  context.limits.export_page = 7;
  for (const std::string format : {"csv", "jsonl"}) {
    INFO(format);
    std::string streamed;
    std::size_t writes = 0;
    lisan::serve::run_export(context, {{"q", "الأسرى OR the"}, {"format", format}}, [&](const std::string& part) {
      streamed += part;
      ++writes;
      return true;
    });
    const RunResult cli = lisan_query({"--db", index.db, "--format", format, "--limit", "100000", "--", "الأسرى OR the"});
    CHECK(streamed == cli.out);
    CHECK(writes > 20);
  }
  // A client that goes away stops the export at once.
  std::size_t writes = 0;
  lisan::serve::run_export(context, {{"q", "الأسرى OR the"}, {"format", "csv"}}, [&](const std::string&) {
    ++writes;
    return false;
  });
  CHECK(writes == 1);
}
