// End-to-end: hostile content never reaches a terminal raw (issue 17).
// Posts, names and file names may carry terminal escape sequences (clear
// the screen, plant a hyperlink, retitle the window), a bell, a carriage
// return that overwrites what was printed, C1 controls and bidi overrides.
// Every text mode of lisan-query and lisan-index's diagnostics must show
// them escaped (utf8::terminal_safe); JSON escapes C0 by its own format.
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

// Every attack at once. In JSON source (\u escapes) for the fixture, and as
// raw bytes for the checks.
const std::string kAttackJson =
    R"(\u001b[2J\u001b]8;;http://evil.example/\u0007click\u001b]8;;\u0007 \u0007 ok\rFAKE )"
    R"(\u202ereversed\u202c \u2066iso\u2069 \u009b31m del\u007f end)";
const std::string kAttackRaw =
    "\x1b[2J\x1b]8;;http://evil.example/\x07" "click\x1b]8;;\x07 \x07 ok\rFAKE "
    "\xE2\x80\xAEreversed\xE2\x80\xAC \xE2\x81\xA6iso\xE2\x81\xA9 \xC2\x9B" "31m del\x7f end";

// The first control character in `out` lisan must not write raw in a text
// mode, described, or "" when there is none. Allowed: LF and TAB, and the
// first strong isolate / pop isolate (U+2068/U+2069) that lisan wraps
// right-to-left fields in.
std::string first_raw_control(const std::string& out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
      return "byte " + std::to_string(c) + " at " + std::to_string(i) + ": ..." + out.substr(i > 40 ? i - 40 : 0, 80);
    if (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(out[i + 1]) <= 0x9F)
      return "C1 control at " + std::to_string(i);
    if (c == 0xE2 && i + 2 < out.size()) {
      const auto b1 = static_cast<unsigned char>(out[i + 1]), b2 = static_cast<unsigned char>(out[i + 2]);
      const bool embedding = b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE;  // U+202A..U+202E
      const bool isolate = b1 == 0x81 && (b2 == 0xA6 || b2 == 0xA7);  // U+2066, U+2067 (lisan uses 2068/2069)
      if (embedding || isolate) return "bidi control at " + std::to_string(i);
    }
  }
  return {};
}

struct HostileIndex {
  TempDir dir;
  std::string db = dir.file("db");
  // The file name attacks too: it is quoted in diagnostics and provenance.
  std::string input_name = "posts\x1b[2J\x1b]0;pwned\x07\r.jsonl";
  RunResult indexed;

  HostileIndex() {
    const std::string body =
        "storm alert: the campaign posts the same message again and again in every channel it can reach today ";
    std::string lines;
    const auto record = [&](const std::string& id, const std::string& extra) {
      lines += R"({"id": ")" + id + R"(", "date": "2021-10-0)" + std::to_string(lines.size() % 9 + 1) +
               R"(T10:00:00Z", "lang": "en", "title": "title )" + kAttackJson + R"(", "author": "author )" +
               kAttackJson + R"(", "channel": "chan )" + kAttackJson + R"(", "text": ")" + body + kAttackJson +
               R"( #storm @evil https://evil.example/x )" + extra + "\"}\n";
    };
    record("evil-1", "");
    record("evil-2", "");
    record(R"(evil\u001b[2J-3)", "قال إن الكتاب مفتوح");
    // Rejected lines: their diagnostics quote the file name and the content.
    lines += "{\"id\": \"broken\x1b[2J\", \"text\": \"raw escape\x07 inside a string\"}\n";
    lines += R"({"id": "bad-date", "date": "\u001b[2J2021", "text": "storm"})" "\n";
    const std::string path = dir.write(input_name, lines);
    indexed = lisan_index({"--db", db, path});
  }

  RunResult query(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db, "--color", "never"});
    return lisan_query(args);
  }
};

const HostileIndex& hostile() {
  static const HostileIndex index;
  return index;
}

}  // namespace

TEST_CASE("lisan-index diagnostics escape control characters of file names and records", "[e2e][hostile]") {
  const RunResult& r = hostile().indexed;
  INFO(r.err);
  REQUIRE(r.status != -1);
  CHECK(r.err.find("broken") != std::string::npos);  // the rejected lines were reported
  CHECK(r.err.find("posts\\x1b[2J\\x1b]0;pwned\\x07\\x0d.jsonl") != std::string::npos);
  CHECK(first_raw_control(r.err) == "");
  CHECK(first_raw_control(r.out) == "");
}

TEST_CASE("every text mode of lisan-query escapes control characters", "[e2e][hostile]") {
  const HostileIndex& h = hostile();
  const std::string queries = h.dir.write("queries\x1b[2J.txt", "evil\x1b]0;x\x07\tstorm\nplain\tcampaign\n");
  using Args = std::vector<std::string>;
  const std::vector<std::pair<const char*, Args>> modes = {
      {"hits", {"storm"}},
      {"explain", {"--explain", "storm"}},
      {"kwic", {"--kwic", "storm"}},
      {"facets", {"--facets", "author,channel,hashtag,mention,domain", "storm"}},
      {"timeline", {"--timeline", "day", "storm"}},
      {"show", {"show", "evil-1"}},
      {"show a hostile id", {"show", "evil\x1b[2J-3"}},
      {"similar", {"similar", "evil-1"}},
      {"info", {"info"}},
      {"collapse", {"--collapse", "storm"}},
      {"group-by cluster", {"--group-by", "cluster", "storm"}},
      {"top author", {"--top", "author", "storm"}},
      {"top channel", {"--top", "channel", "storm"}},
      {"cooccur", {"--cooccur", "hashtag", "storm"}},
      {"spread", {"--spread", "evil-1"}},
      {"cluster", {"cluster", "evil-1"}},
      {"batch", {"--queries", queries}},
      {"unknown id", {"show", "nope\x1b[2J\x07"}},
      {"parse error", {"\"unclosed\x1b[2J\r"}},
      {"build error", {"date:\x1b[2J"}},
  };
  for (const auto& [mode, args] : modes) {
    CAPTURE(mode);
    const RunResult r = h.query(args);
    INFO(r.out << r.err);
    CHECK(first_raw_control(r.out) == "");
    CHECK(first_raw_control(r.err) == "");
  }
  // The attacks are shown, escaped, not dropped.
  const RunResult hits = h.query({"storm"});
  CHECK(hits.out.find("\\x1b[2J") != std::string::npos);
  CHECK(hits.out.find("\\u202e") != std::string::npos);
  CHECK(hits.out.find("\\u009b") != std::string::npos);
  const RunResult show = h.query({"show", "evil-1"});
  CHECK(show.out.find("\\x1b]8;;http://evil.example/\\x07") != std::string::npos);
  CHECK(show.out.find("posts\\u001b[2J") != std::string::npos);  // the provenance's file name, as JSON
  const RunResult missing = h.query({"show", "nope\x1b[2J\x07"});
  CHECK(missing.err.find("nope\\x1b[2J\\x07") != std::string::npos);
}

TEST_CASE("JSON output escapes C0 controls by its format and keeps the text exact", "[e2e][hostile]") {
  const RunResult r = hostile().query({"--format", "json", "storm"});
  REQUIRE(r.status == 0);
  for (char c : r.out) CHECK_FALSE((static_cast<unsigned char>(c) < 0x20 && c != '\n'));
  const json out = json::parse(r.out);
  REQUIRE(!out["hits"].empty());
  std::set<std::string> titles;
  for (const auto& hit : out["hits"]) titles.insert(hit["title"].get<std::string>());
  CHECK(titles.count("title " + kAttackRaw) == 1);
}
