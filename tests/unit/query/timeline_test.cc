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

TEST_CASE("dates far from the median are left out of a timeline and said to be", "[timeline]") {
  using Days = std::map<std::string, Xapian::doccount>;
  struct Row {
    const char* what;
    Days days;
    std::string since, until;  // "YYYYMMDD" or ""
    Days kept;
    std::string note;
  };
  const std::vector<Row> rows = {
      {"nothing far", {{"20210101", 2}, {"20211231", 1}}, "", "", {{"20210101", 2}, {"20211231", 1}}, ""},
      {"year 0000 and year 9999",
       {{"00000101", 1}, {"20211001", 5}, {"20211002", 5}, {"99991231", 2}},
       "",
       "",
       {{"20211001", 5}, {"20211002", 5}},
       "3 matches dated outside 1981-10-02 .. 2061-10-02 left out of the timeline: 1 on 0000-01-01, 2 on "
       "9999-12-31"},
      {"40 years either side is kept", {{"19810601", 1}, {"20210601", 3}, {"20610601", 1}}, "", "",
       {{"19810601", 1}, {"20210601", 3}, {"20610601", 1}}, ""},
      {"a bound the user gave is kept", {{"00000101", 1}, {"20211001", 5}, {"99991231", 2}}, "00000101", "",
       {{"00000101", 1}, {"20211001", 5}},
       "2 matches dated outside 0000-01-01 .. 2061-10-01 left out of the timeline: 2 on 9999-12-31"},
      {"a median on 29 February", {{"20200229", 3}, {"20990101", 1}}, "", "", {{"20200229", 3}},
       "1 match dated outside 1980-02-28 .. 2060-02-28 left out of the timeline: 1 on 2099-01-01"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const ClippedDays clip = clip_days(row.days, row.since, row.until);
    CHECK(clip.kept == row.kept);
    CHECK(clip.note() == row.note);
  }
}

TEST_CASE("a timeline of more periods than the bound is an error naming a coarser unit", "[timeline]") {
  const std::map<std::string, Xapian::doccount> days = {{"20010101", 1}, {"20210101", 1}};
  CHECK_THROWS_WITH(make_timeline(days, TimelineUnit::kDay),
                    Catch::Contains("(7306 days): more than 5000 days; use --timeline week or month"));
  CHECK(make_timeline(days, TimelineUnit::kWeek).size() == 1044);
  CHECK_THROWS_WITH(make_timeline({{"00000101", 1}, {"99991231", 1}}, TimelineUnit::kMonth),
                    Catch::Contains("more than 5000 months; use --since/--until"));
}
