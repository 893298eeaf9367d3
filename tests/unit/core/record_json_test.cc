#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "lisan/date.h"
#include "lisan/record_json.h"

using nlohmann::json;

TEST_CASE("a full record reads every field", "[record]") {
  const json in = json::parse(R"({
    "id": "tg:dawnrelief:101", "text": "Oproep #VrijdagActie", "title": "T", "date": "2021-10-23T01:30:00+03:00",
    "lang": "nl-NL", "source": "telegram", "channel": "DawnRelief", "author": "Redactie", "author_id": 42,
    "url": "https://t.me/x/1", "hashtags": ["VrijdagActie"], "mentions": ["iemand"], "urls": ["https://a.example/"],
    "reply_to": "tg:dawnrelief:100", "forwarded_from": "Kanaal", "parent": "p", "thread": "t", "kind": "reply",
    "meta": {"views": 10}, "retweet_count": 4})");
  auto r = lisan::record_from_json(in);
  REQUIRE(r.ok());
  CHECK(r->id == "tg:dawnrelief:101");
  CHECK(r->lang == "nl");
  CHECK(lisan::format_iso_utc(*r->date) == "2021-10-22T22:30:00Z");
  CHECK(r->author_id == "42");
  CHECK(r->hashtags == std::vector<std::string>{"VrijdagActie"});
  CHECK(r->kind == "reply");
  const json meta = json::parse(r->meta_json);
  CHECK(meta["views"] == 10);
  CHECK(meta["extra"]["retweet_count"] == 4);  // unknown fields are kept, never an error
}

TEST_CASE("ids above 2^53 stay exact", "[record]") {
  auto r = lisan::record_from_json(json::parse(R"({"id": 1451602000000000003, "text": "x"})"));
  REQUIRE(r.ok());
  CHECK(r->id == "1451602000000000003");
}

TEST_CASE("bad records name the field and the reason", "[record]") {
  using Row = std::tuple<const char*, const char*>;
  auto [input, message] = GENERATE(table<const char*, const char*>({
      Row{R"([1,2])", "a record must be a JSON object, not an array"},
      Row{R"({"text": "x"})", "missing required field \"id\""},
      Row{R"({"id": "a"})", "missing required field \"text\""},
      Row{R"({"id": "a", "text": 5})", "field \"text\" must be a string, not an integer"},
      Row{R"({"id": 1.5, "text": "x"})", "field \"id\" must be a string or an integer, not a number"},
      Row{R"({"id": "a", "text": "x", "hashtags": "tag"})", "field \"hashtags\" must be an array of strings, not a string"},
      Row{R"({"id": "a", "text": "x", "hashtags": ["ok", 3]})", "field \"hashtags\"[1] must be a string, not an integer"},
      Row{R"({"id": "a", "text": "x", "date": "22/10/2021"})", "field \"date\": date '22/10/2021'"},
      Row{R"({"id": "a", "text": "x", "meta": [1]})", "field \"meta\" must be an object, not an array"},
      Row{R"({"id": "", "text": "x"})", "field \"id\" is empty"},
      Row{R"({"id": "a", "text": "x", "provenance": "scraped"})", "field \"provenance\" must be an object, not a string"},
      Row{R"({"id": "a", "text": "x", "provenance": {"file": 5}})",
          "field \"provenance.file\" must be a string, not an integer"},
      Row{R"({"id": "a", "text": "x", "provenance": {"line": -1}})",
          "field \"provenance.line\" must be a non-negative integer, not an integer"},
      Row{R"({"id": "a", "text": "x", "provenance": {"offset": "12"}})",
          "field \"provenance.offset\" must be a non-negative integer, not a string"},
      Row{R"({"id": "a", "text": "x", "date": 18446744073709551615})",
          "field \"date\": epoch 18446744073709551615 is out of range"},
  }));
  CAPTURE(input);
  auto r = lisan::record_from_json(json::parse(input));
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Catch::StartsWith(message));
}

TEST_CASE("language tags are normalized", "[record]") {
  CHECK(lisan::normalize_lang("TR") == "tr");
  CHECK(lisan::normalize_lang("nl-NL") == "nl");
  CHECK(lisan::normalize_lang("und") == "");
  CHECK(lisan::normalize_lang("qst") == "");
  CHECK(lisan::normalize_lang("in") == "id");
  CHECK(lisan::normalize_lang("iw") == "he");
}

TEST_CASE("record JSON round-trips with provenance", "[record]") {
  auto r = lisan::record_from_json(json::parse(R"({"id": "x", "text": "t", "date": 1634911391, "hashtags": ["a"]})"));
  REQUIRE(r.ok());
  lisan::Record rec = r.value();
  rec.provenance = {"in.jsonl", 7, 120, "", "jsonl"};
  auto back = lisan::record_from_json(lisan::record_to_json(rec));
  REQUIRE(back.ok());
  CHECK(back->date == rec.date);
  CHECK(back->provenance.file == "in.jsonl");
  CHECK(back->provenance.line == 7);
  CHECK(back->meta_json.empty());
}
