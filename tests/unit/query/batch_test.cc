#include <catch2/catch.hpp>

#include "query/batch.h"
#include "query/plot_svg.h"

using namespace lisan::query;

TEST_CASE("queries files take one query or NAME<TAB>query per line", "[batch]") {
  const auto q = parse_queries("# protocol v1\n\nslogan\t\"No wall is higher\"\nkürt\n", "q.txt");
  REQUIRE(q.size() == 2);
  CHECK(q[0].name == "slogan");
  CHECK(q[0].query == "\"No wall is higher\"");
  CHECK(q[0].line == 3);
  CHECK(q[1].name == "kürt");
  CHECK(q[1].query == "kürt");
  CHECK_THROWS_WITH(parse_queries("a\tx\na\ty\n", "q.txt"), Catch::Contains("q.txt:2: query name 'a' is used twice"));
  CHECK_THROWS_WITH(parse_queries("a\t \n", "q.txt"), Catch::Contains("q.txt:1"));
  CHECK_THROWS(parse_queries("# nothing\n", "q.txt"));
}

TEST_CASE("an earlier run is read from json or jsonl batch output", "[batch]") {
  const auto j = parse_previous_run(R"({"queries": [{"name": "a", "ids": ["x", "y"]}]})", "old.json");
  CHECK(j.at("a") == std::set<std::string>{"x", "y"});
  const auto l = parse_previous_run("{\"query_name\": \"a\", \"id\": \"x\"}\n{\"query_name\": \"b\", \"id\": \"z\"}\n", "old.jsonl");
  CHECK(l.at("b") == std::set<std::string>{"z"});
  CHECK_THROWS_WITH(parse_previous_run("{\"id\": \"x\"}\n", "old.jsonl"), Catch::Contains("old.jsonl:1: not a batch output"));
}

TEST_CASE("the SVG plot has axes labels and an escaped title", "[plot]") {
  const std::vector<TimelineBucket> b = {{"2021-09", "2021-09-01", 5}, {"2021-10", "2021-10-01", 0}};
  const std::string svg = timeline_svg(b, {"Matches per month: a & <b>", "2 periods", "index x"});
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.find("a &amp; &lt;b&gt;") != std::string::npos);
  CHECK(svg.find("<title>2021-09: 5</title>") != std::string::npos);
  CHECK(svg.find(">2021-10</text>") != std::string::npos);
  CHECK(svg.find("</svg>") != std::string::npos);
}
