#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "lisan/schema.h"

namespace schema = lisan::schema;

TEST_CASE("schemas/index.md documents every prefix and slot", "[schema]") {
  std::ifstream in(LISAN_SOURCE_DIR "/schemas/index.md");
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string doc = buffer.str();
  for (const auto& e : schema::entries()) {
    CAPTURE(e.name, e.code);
    const bool is_slot = e.code.rfind("slot ", 0) == 0;
    const std::string row = "| " + std::string(e.name) + " | " + (is_slot ? e.code : "`" + e.code + "`");
    CHECK(doc.find(row) != std::string::npos);
  }
  CHECK(doc.find("(version " + std::to_string(schema::kSchemaVersion) + ")") != std::string::npos);
}

TEST_CASE("boolean terms follow Omega's conventions", "[schema]") {
  CHECK(schema::boolean_term("K", "freethecaptives") == "Kfreethecaptives");
  CHECK(schema::boolean_term("XMENTION", "Dawn") == "XMENTION:Dawn");  // ':' before a capital
  CHECK(schema::boolean_term("XMENTION", "dawn") == "XMENTIONdawn");
  CHECK(schema::channel_term("DawnRelief") == schema::channel_term("dawnrelief"));
  CHECK(schema::stem_term("tr", "kitap") == "ZTRkitap");
  CHECK(schema::year_term(2021) == "Y2021");
  CHECK(schema::day_term(2021, 10, 2) == "D20211002");
}

TEST_CASE("over-long terms are cut with a hash and stay distinct", "[schema]") {
  const std::string a = "https://example.org/" + std::string(400, 'a') + "1";
  const std::string b = "https://example.org/" + std::string(400, 'a') + "2";
  const std::string ta = schema::url_term(a), tb = schema::url_term(b);
  CHECK(ta.size() <= schema::kMaxTermBytes);
  CHECK(ta != tb);
}

TEST_CASE("url hosts", "[schema]") {
  CHECK(schema::url_host("https://www.Example.nl/nieuws/park?x=1") == "example.nl");
  CHECK(schema::url_host("http://user@haber.example.com.tr:8080/a") == "haber.example.com.tr");
  CHECK(schema::url_host("t.me/dawnrelief/12") == "t.me");
}
