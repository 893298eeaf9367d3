// The plumbing every reader shares: the record-kind rule, the format
// registry, the charset chain, JSON accessors and text helpers.
#include <limits>
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "indexer/readers/decode.h"
#include "indexer/readers/detect.h"
#include "indexer/readers/json_access.h"
#include "indexer/readers/record_kind.h"
#include "indexer/readers/registry.h"
#include "indexer/readers/text_util.h"
#include "lisan/core/error.h"

using namespace lisan::indexer;

TEST_CASE("record kind: one precedence for every format", "[readers][kind]") {
  const auto [service, retweet, forward, quote, reply, name] =
      GENERATE(table<bool, bool, bool, bool, bool, const char*>({
          {false, false, false, false, false, "post"},
          {false, false, false, false, true, "reply"},
          {false, false, false, true, true, "quote"},     // a quote that answers: a quote
          {false, true, false, false, true, "retweet"},   // a retweet of a reply: a retweet
          {false, true, false, true, false, "retweet"},
          {false, false, true, false, true, "forward"},   // a forwarded reply: a forward
          {true, false, true, false, true, "service"},    // a service message is nothing else
      }));
  KindFacts f;
  f.service = service, f.retweet = retweet, f.forward = forward, f.quote = quote, f.reply = reply;
  CHECK(kind_name(f) == name);
}

TEST_CASE("format registry: every detected reader format can be made, every choice is listed", "[readers][registry]") {
  std::set<std::string> names;
  for (const FormatEntry& e : format_registry()) {
    CAPTURE(e.name);
    const std::string name = e.name;
    if (name.rfind("skip:", 0) == 0) {
      CHECK(e.factory == nullptr);
      CHECK(make_reader(name, ReaderOptions{}) == nullptr);
      continue;
    }
    if (e.factory) CHECK(make_reader(name, ReaderOptions{}) != nullptr);
    if (e.factory && e.listed) {
      CHECK(names.insert(name).second);  // listed once
      CHECK(reader_formats().find(", " + name) != std::string::npos);
    }
  }
  CHECK(reader_formats().find("unknown-json") == std::string::npos);  // detection's answer, not a choice
  CHECK(make_reader("no-such-format", ReaderOptions{}) == nullptr);
}

TEST_CASE("format registry: the first probe that answers decides", "[readers][registry]") {
  const auto [name, head, beside, format] = GENERATE(table<const char*, const char*, bool, const char*>({
      {"result.json", "{\n \"name\": \"x\",\n \"messages\": [", false, "telegram-json"},
      {"messages.html",
       "<!DOCTYPE html>\n<html><div class=\"page_wrap\"><div class=\"history\">", false, "telegram-html"},
      {"messages.html", "<!DOCTYPE html>\n<html><div class=\"page_wrap\"><div class=\"history\">", true,
       "skip:Telegram HTML export beside its result.json (the JSON is read instead)"},
      {"tweets.js", "window.YTD.tweets.part0 = [", false, "twitter-archive"},
      {"account.js", "window.YTD.account.part0 = [", false, "skip:Twitter archive part that holds no posts"},
      {"x.jsonl", "{\"_type\":\"Message\",\"peer_id\":{}}\n", false, "4cat-telegram"},
      {"x.csv", "signature,channel_id,channel_name,msg_id,message\n", false, "telegram-tracker-csv"},
      {"x.csv", "id,text\n1,a\n", false, "csv"},
      {"ids.txt", "1451601234567890001\n1451601234567890002\n", false,
       "skip:a list of ids only (hydrate it first; docs/input-formats.md §5.6)"},
      {"page.htm", "<p>x</p>", false, "html"},
  }));
  CAPTURE(name, head);
  CHECK(detect_format_from(name, head, beside) == format);
  CHECK(detect_format_from("image", std::string("\x89PNG\r\n\x1a\n\0\0", 10)).empty());  // no probe answers
}

TEST_CASE("charset chain: BOM, declaration, UTF-8, --encoding, guess", "[readers][encoding]") {
  const std::string cp1254 = "Park\xFDm\xFDz\xFD koruyal\xFDm, herkes buraya gelsin, \xFEimdi!";
  struct Row {
    std::string bytes, forced, declared;
    bool detect;
    std::string encoding;  // "" = fails
  };
  const auto row = GENERATE_COPY(values<Row>({
      {"\xEF\xBB\xBFtext", "windows-1254", "", false, "utf-8"},     // a BOM wins
      {"caf\xC3\xA9", "", "windows-1252", false, "windows-1252"},   // a declaration beats the bytes
      {"caf\xC3\xA9", "windows-1254", "", false, "utf-8"},          // valid non-ASCII UTF-8 beats --encoding
      {"plain ascii", "windows-1254", "", false, "windows-1254"},   // pure ASCII: --encoding says
      {cp1254, "windows-1254", "", false, "windows-1254"},
      {cp1254, "", "", false, ""},                                  // CSV: never guessed
  }));
  CharsetRule rule;
  rule.forced = row.forced;
  rule.declared = row.declared;
  rule.allow_detect = row.detect;
  const auto choice = choose_charset(row.bytes, rule);
  CAPTURE(row.bytes);
  if (row.encoding.empty()) {
    REQUIRE_FALSE(choice);
    CHECK_THAT(choice.error(), Catch::Contains("--encoding"));
  } else {
    REQUIRE(choice);
    CHECK(choice->encoding == row.encoding);
  }
}

TEST_CASE("charset chain: a guess is said to be one", "[readers][encoding]") {
  const std::string cp1256 =
      "\xC7\xE1\xCD\xCF\xED\xDE\xC9 \xC7\xE1\xDA\xC7\xE3\xC9 \xE3\xDB\xE1\xDE\xC9 \xCD\xCA\xEC \xC7\xE1\xD4\xE5\xD1 "
      "\xC7\xE1\xE3\xDE\xC8\xE1 \xC8\xDE\xD1\xC7\xD1 \xE3\xE4 \xC7\xE1\xC8\xE1\xCF\xED\xC9";
  CharsetRule rule;
  rule.allow_detect = true;
  const auto choice = choose_charset(cp1256, rule);
  REQUIRE(choice);
  CHECK(choice->detected);
  CHECK(choice->encoding.rfind("windows-125", 0) == 0);
  CHECK_THROWS_AS(forced_encoding("no-such-charset"), lisan::UsageError);
  CHECK(forced_encoding("cp1256") == "windows-1256");
  CHECK(forced_encoding("").empty());
}

TEST_CASE("JSON accessors: absent, null and mistyped read as not there", "[readers][json]") {
  const auto j = nlohmann::json::parse(
      R"({"s": "x", "n": null, "i": 42, "neg": -7, "big": 18446744073709551615, "f": 1.5, "ds": "1451601234567890001",)"
      R"( "bad": "12a", "o": {"k": "v"}})");
  CHECK(string_of(j, "s") == "x");
  CHECK(string_of(j, "n").empty());
  CHECK(string_of(j, "i").empty());
  CHECK(member(j, "n") == nullptr);
  CHECK(member(j["s"], "k") == nullptr);  // not an object
  CHECK(member_or_null(member_or_null(j, "o"), "k") == "v");
  CHECK(member_or_null(member_or_null(j, "missing"), "k").is_null());
  CHECK(integer_of(j, "i") == 42);
  CHECK(integer_of(j, "neg") == -7);
  CHECK_FALSE(integer_of(j, "big"));  // past long long
  CHECK_FALSE(integer_of(j, "f"));
  CHECK(id_of(j, "big") == "18446744073709551615");
  CHECK(id_of(j, "ds") == "1451601234567890001");
  CHECK(id_of(j, "bad").empty());
  CHECK(id_of(j, "f").empty());  // a double's digits are already lost
  CHECK(integer_text_of(j, "neg") == "-7");
  CHECK(integer_text_of(j, "s").empty());
}

TEST_CASE("text helpers", "[readers][text]") {
  CHECK(trim(" \t\r\n x y \v\f") == "x y");
  CHECK(lower_ascii("İstanbul ABC") == "İstanbul abc");  // only ASCII letters
  CHECK(all_digits("0123"));
  CHECK_FALSE(all_digits(""));
  CHECK_FALSE(all_digits("-1"));
  CHECK(without_bom("\xEF\xBB\xBFx") == "x");
  CHECK(normalize_newlines("a\r\nb\rc\n") == "a\nb\nc\n");
  std::vector<std::string> list;
  add_unique(list, "a");
  add_unique(list, "");
  add_unique(list, "a");
  add_unique(list, "b");
  CHECK(list == std::vector<std::string>{"a", "b"});
}
