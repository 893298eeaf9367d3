#include <catch2/catch.hpp>

#include "query/timeline.h"

using namespace lisan::query;

TEST_CASE("timeline buckets by month with empty months kept", "[timeline]") {
  const auto b = make_timeline({{"20210906", 2}, {"20210924", 3}, {"20211201", 1}}, TimelineUnit::kMonth);
  REQUIRE(b.size() == 4);
  CHECK(b[0].period == "2021-09");
  CHECK(b[0].count == 5);
  CHECK(b[1].period == "2021-10");
  CHECK(b[1].count == 0);
  CHECK(b[3].period == "2021-12");
  CHECK(b[3].start == "2021-12-01");
}

TEST_CASE("timeline weeks are ISO weeks starting on Monday", "[timeline]") {
  // 2021-09-24 is a Friday of ISO week 38 (Monday 2021-09-20); 2022-01-02 is
  // a Sunday in ISO week 52 of 2021; 2022-01-03 starts 2022-W01.
  const auto b = make_timeline({{"20210924", 1}, {"20210920", 1}}, TimelineUnit::kWeek);
  REQUIRE(b.size() == 1);
  CHECK(b[0].period == "2021-W38");
  CHECK(b[0].start == "2021-09-20");
  CHECK(b[0].count == 2);
  const auto y = make_timeline({{"20220102", 1}, {"20220103", 1}}, TimelineUnit::kWeek);
  REQUIRE(y.size() == 2);
  CHECK(y[0].period == "2021-W52");
  CHECK(y[1].period == "2022-W01");
}

TEST_CASE("timeline days and bars", "[timeline]") {
  const auto b = make_timeline({{"20211230", 4}, {"20220101", 2}}, TimelineUnit::kDay);
  REQUIRE(b.size() == 3);
  CHECK(b[1].period == "2021-12-31");
  CHECK(b[1].count == 0);
  const std::string bars = timeline_bars(b, 4);
  CHECK(bars == "2021-12-30       4  ████\n2021-12-31       0  \n2022-01-01       2  ██\n");
  CHECK_THROWS(parse_timeline_unit("year"));
}
