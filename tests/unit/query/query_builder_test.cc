#include <catch2/catch.hpp>

#include "query/query_builder.h"

using namespace lisan;
using namespace lisan::query;

namespace {

std::string describe(const std::string& q, BuildOptions options = {}) {
  static analysis::Analyzer analyzer;
  auto parsed = parse_query(q);
  REQUIRE(parsed.ok());
  QueryBuilder builder(analyzer, options);
  BuiltQuery built = builder.build(*parsed.root);
  REQUIRE(built.ok());
  return built.query.get_description();
}

std::string build_error(const std::string& q) {
  static analysis::Analyzer analyzer;
  auto parsed = parse_query(q);
  REQUIRE(parsed.ok());
  return QueryBuilder(analyzer, {}).build(*parsed.root).error;
}

}  // namespace

TEST_CASE("Turkish words are kept to Turkish documents, others away from them", "[builder]") {
  const std::string d = describe("kürt");
  CHECK_THAT(d, Catch::Contains("kürt"));
  CHECK_THAT(d, Catch::Contains("FILTER Ltr"));
  CHECK_THAT(d, Catch::Contains("AND_NOT Ltr"));
}

TEST_CASE("an Arabic word is analyzed as Arabic only", "[builder]") {
  const std::string d = describe("الكتاب");
  CHECK_THAT(d, Catch::Contains("ZAR"));
  CHECK_THAT(d, !Catch::Contains("Ltr"));
}

TEST_CASE("option lang analyzes as that language and filters to it", "[builder]") {
  BuildOptions o;
  o.lang = "nl";
  const std::string d = describe("acties", o);
  CHECK_THAT(d, Catch::Contains("ZNL"));
  CHECK_THAT(d, !Catch::Contains("ZEN"));
  CHECK_THAT(d, Catch::EndsWith("FILTER Lnl))"));
}

TEST_CASE("a top-level lang: field keeps the words to that language's branch", "[builder]") {
  struct Row {
    const char* query;
    const char* has;
    const char* lacks;
  };
  const Row rows[] = {
      {"insan lang:tr", "ZTRin", "ZENinsan"},             // only the Turkish analysis
      {"mercy lang:en", "ZENmerci", "AND_NOT Ltr"},        // no branch filters left
      {"mercy lang:en channel:x", "ZENmerci", "ZNLmercy"}, // through nested ANDs
      {"mercy lang:fr", "AND_NOT Ltr", ""},                // no branch for fr: as before
      {"mercy OR lang:en", "AND_NOT Ltr", ""},             // not required: as before
      {"mercy lang:en lang:nl", "AND_NOT Ltr", ""},        // two languages: as before
      {"الكتاب lang:en", "ZAR", "ZEN"},                    // an Arabic word stays Arabic
  };
  for (const Row& r : rows) {
    CAPTURE(r.query);
    const std::string d = describe(r.query);
    CHECK_THAT(d, Catch::Contains(r.has));
    if (*r.lacks) CHECK_THAT(d, !Catch::Contains(r.lacks));
  }
}

TEST_CASE("exact words ask for the surface form only", "[builder]") {
  const std::string d = describe("=Kürt");
  CHECK(d == "Query(XEKürt)");
}

TEST_CASE("filters do not weigh", "[builder]") {
  CHECK(describe("channel:DawnRelief") == "Query(0 * Gdawnrelief)");
  CHECK_THAT(describe("storm lang:en"), Catch::Contains("FILTER Len"));
}

TEST_CASE("date ranges use the day slot", "[builder]") {
  CHECK(describe("date:2021-10..2021-12") == "Query(VALUE_RANGE 1 20211001 20211231)");
  CHECK(describe("date:..2021-02") == "Query(VALUE_LE 1 20210228)");
  CHECK(describe("date:2020-02") == "Query(VALUE_RANGE 1 20200201 20200229)");
}

TEST_CASE("bad values are errors, not empty results", "[builder]") {
  CHECK_THAT(build_error("date:yesterday"), Catch::StartsWith("'yesterday' is not a date"));
  CHECK_THAT(build_error("date:2022..2021"), Catch::Contains("ends before it starts"));
}

TEST_CASE("partial dates give day bounds", "[builder]") {
  std::string a, b;
  REQUIRE(day_bounds("2021", a, b));
  CHECK((a == "20210101" && b == "20211231"));
  REQUIRE(day_bounds("2021-11", a, b));
  CHECK((a == "20211101" && b == "20211130"));
  CHECK_FALSE(day_bounds("2021-13", a, b));
  CHECK_FALSE(day_bounds("21-10-01", a, b));
}
