#include <catch2/catch.hpp>

#include "lisan/schema.h"
#include "query/facets.h"

using namespace lisan;

TEST_CASE("facet lists are checked", "[facets]") {
  CHECK(query::parse_facet_list("lang, hashtag,lang,tag") == std::vector<std::string>{"lang", "hashtag"});
  CHECK_THROWS_WITH(query::parse_facet_list("lang,colour"), Catch::Contains("unknown facet 'colour'"));
}

TEST_CASE("multi-valued facet slots round trip", "[facets]") {
  const std::string v = schema::join_facet_values({{"b", "B"}, {"a", "A"}, {"b", "b"}});
  CHECK(v == "a\tA\nb\tB");
  const auto back = schema::split_facet_values(v);
  REQUIRE(back.size() == 2);
  CHECK(back[1].key == "b");
  CHECK(back[1].shown == "B");
}

TEST_CASE("the multi-value spy counts keys once per document and shows the commonest spelling", "[facets]") {
  query::MultiValueCountSpy spy(schema::kHashtagsSlot);
  const auto doc = [](const std::string& value) {
    Xapian::Document d;
    if (!value.empty()) d.add_value(schema::kHashtagsSlot, value);
    return d;
  };
  spy(doc(schema::join_facet_values({{"freethecaptives", "FreeTheCaptives"}, {"talsefra40", "TalSefra40"}})), 1);
  spy(doc(schema::join_facet_values({{"freethecaptives", "freethecaptives"}})), 1);
  spy(doc(schema::join_facet_values({{"freethecaptives", "FreeTheCaptives"}})), 1);
  spy(doc(""), 1);
  const auto counts = spy.counts();
  REQUIRE(counts.size() == 2);
  CHECK(counts.at("freethecaptives").count == 3);
  CHECK(counts.at("freethecaptives").value == "FreeTheCaptives");
  CHECK(spy.without() == 1);
  CHECK(spy.total() == 4);
}
