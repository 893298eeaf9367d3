// Unit: lisan-serve's request parameters (server/request_params.h): what
// each becomes in the run's options, and the error for each bad value.
#include <catch2/catch.hpp>

#include "server/api_error.h"
#include "server/request_params.h"

using lisan::serve::ApiError;
using lisan::serve::Limits;
using lisan::serve::Params;
using lisan::serve::read_run_request;

TEST_CASE("request parameters become the run's options", "[unit][serve]") {
  const Params params = {{"q", "storm"},  {"page", "3"},       {"size", "50"},          {"sort", "-date"},
                         {"lang", "ar"},  {"exact", "1"},      {"since", "2021-09"},    {"until", "2021-10"},
                         {"kwic", "true"}, {"facets", "lang,hashtag"}, {"timeline", "week"},
                         {"filter", "lang:ar"}, {"exclude", "channel:a:b"}};
  const auto r = read_run_request(params, {"db"}, Limits{});
  CHECK(r.options.query == "storm");
  CHECK(r.options.limit == 50);
  CHECK(r.options.offset == 100);
  CHECK(r.options.sort == lisan::query::SortOrder::kDateDescending);
  CHECK(r.options.build.lang == "ar");
  CHECK(r.options.build.exact);
  CHECK_FALSE(r.options.build.fold);
  CHECK(r.options.kwic);
  CHECK(r.options.since == "2021-09");
  CHECK(r.options.facets == std::vector<std::string>{"lang", "hashtag"});
  CHECK(r.options.timeline == lisan::query::TimelineUnit::kWeek);
  REQUIRE(r.filters.size() == 2);
  CHECK(r.filters[0].field == "lang");
  CHECK(r.filters[0].value == "ar");
  CHECK_FALSE(r.filters[0].exclude);
  CHECK(r.filters[1].field == "channel");
  CHECK(r.filters[1].value == "a:b");  // split at the first colon only
  CHECK(r.filters[1].exclude);
  CHECK(r.options.dbs == std::vector<std::string>{"db"});
}

TEST_CASE("bad request parameters are errors naming the parameter", "[unit][serve]") {
  struct Row {
    Params params;
    std::string message;
  };
  const std::vector<Row> rows = {
      {{{"size", "0"}}, "size=0: give a whole number from 1 to 200"},
      {{{"size", "201"}}, "size=201: give a whole number from 1 to 200"},
      {{{"size", "99999999999999999999999"}}, "size=99999999999999999999999: give a whole number"},
      {{{"page", "1.5"}}, "page=1.5: give a whole number from 1 to 10000"},
      {{{"page", ""}, {"page", "2"}}, "page: given more than once"},
      {{{"sort", "new"}}, "sort=new: use relevance, date or -date"},
      {{{"exact", "yes"}}, "exact=yes: give 1 or 0"},
      {{{"filter", "lang"}}, "filter=lang: give field:value, e.g. lang:ar"},
      {{{"filter", "lang:"}}, "filter=lang:: give field:value"},
      {{{"exclude", "text:x"}}, "exclude=text:x: unknown field 'text'"},
      {{{"q", std::string(4001, 'x')}}, "q: the query is 4001 bytes; at most 4000"},
      {{{"snippet", "5"}}, "snippet=5: give a whole number from 20 to 20000"},
      {{{"timeline", "hour"}}, "hour"},
  };
  for (const Row& row : rows) {
    INFO(row.message);
    try {
      read_run_request(row.params, {"db"}, Limits{});
      FAIL("no error");
    } catch (const ApiError& e) {
      CHECK(e.status() == 400);
      CHECK_THAT(e.what(), Catch::Contains(row.message));
    }
  }
  Params many;
  for (int i = 0; i < 51; ++i) many.emplace("filter", "lang:ar");
  CHECK_THROWS_WITH(read_run_request(many, {"db"}, Limits{}), "51 filters; at most 50");
}
