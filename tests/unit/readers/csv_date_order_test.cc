// Spreadsheet dates without --date-format (indexer/readers/date_order.h):
// the shapes read, the order inferred from a column, the ISO text made.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "indexer/readers/date_order.h"

using namespace lisan::indexer;

TEST_CASE("Spreadsheet dates: shapes", "[csv][date_order]") {
  struct Case {
    const char* value;
    bool ok;
    int first, second, third;
  };
  const std::vector<Case> cases = {
      {"24-11-2021 20:05", true, 24, 11, 2021},  {"3/4/2021", true, 3, 4, 2021},
      {"15.12.2021 14:05:09", true, 15, 12, 2021}, {"2021/10/22", true, 2021, 10, 22},
      {"2021.10.22 10:00", true, 2021, 10, 22},  {"2021-10-22", false, 0, 0, 0},  // ISO: parse_date's
      {"24-11/2021", false, 0, 0, 0},            {"24-11-21", false, 0, 0, 0},    // two-digit year
      {"123-11-2021", false, 0, 0, 0},           {"24-11-2021 20", false, 0, 0, 0},
      {"24-11-2021 20:05 junk", false, 0, 0, 0}, {"1634911391", false, 0, 0, 0},
      {"", false, 0, 0, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.value);
    const auto d = split_spreadsheet_date(c.value);
    REQUIRE(d.has_value() == c.ok);
    if (!c.ok) continue;
    CHECK(d->first == c.first);
    CHECK(d->second == c.second);
    CHECK(d->third == c.third);
  }
}

TEST_CASE("Spreadsheet dates: the order of a column", "[csv][date_order]") {
  struct Case {
    const char* rule;
    std::vector<const char*> column;
    DateOrder order;
    const char* pattern;
    std::uint64_t evidence_line;  // lines are 2, 3, ... in column order
  };
  const std::vector<Case> cases = {
      {"a day above 12 later in the column", {"03-11-2021 09:15", "05-11-2021 17:40", "24-11-2021 20:05"},
       DateOrder::kDayFirst, "%d-%m-%Y %H:%M", 4},
      {"dots with seconds", {"01.12.2021 08:30:00", "15.12.2021 14:05:00"}, DateOrder::kDayFirst,
       "%d.%m.%Y %H:%M:%S", 3},
      {"month first", {"04/13/2021 10:00", "12/01/2021 09:30"}, DateOrder::kMonthFirst, "%m/%d/%Y %H:%M", 2},
      {"all 12 or below", {"03/04/2021", "04/05/2021", "11/12/2021"}, DateOrder::kAmbiguous, "%d/%m/%Y", 2},
      {"day equals month everywhere: either order", {"01/01/2021", "12/12/2021"}, DateOrder::kDayFirst, "%d/%m/%Y",
       2},
      {"both orders", {"13/01/2021", "01/13/2021"}, DateOrder::kMixed, "%d/%m/%Y", 3},
      {"year first", {"2021/10/22", "2021/01/02"}, DateOrder::kYearFirst, "%Y/%m/%d", 2},
      {"ISO and epochs are not looked at", {"2021-10-22T10:00:00Z", "1634911391"}, DateOrder::kUnknown, "", 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule);
    DateOrderSampler sampler;
    std::uint64_t line = 2;
    for (const char* v : c.column) sampler.add(v, line++);
    CHECK(sampler.order() == c.order);
    CHECK(sampler.pattern(c.order) == c.pattern);
    CHECK(sampler.evidence_line() == c.evidence_line);
  }
}

TEST_CASE("Spreadsheet dates: to ISO 8601", "[csv][date_order]") {
  CHECK(spreadsheet_date_to_iso("24-11-2021 20:05", DateOrder::kDayFirst) == "2021-11-24 20:05:00");
  CHECK(spreadsheet_date_to_iso("04/13/2021 10:00:07", DateOrder::kMonthFirst) == "2021-04-13 10:00:07");
  CHECK(spreadsheet_date_to_iso("3.4.2021", DateOrder::kDayFirst) == "2021-04-03");
  CHECK(spreadsheet_date_to_iso("2021/10/22", DateOrder::kAmbiguous) == "2021-10-22");  // a year first is not ambiguous
  CHECK_FALSE(spreadsheet_date_to_iso("03/04/2021", DateOrder::kAmbiguous).has_value());
  CHECK_FALSE(spreadsheet_date_to_iso("03/04/2021", DateOrder::kUnknown).has_value());
  CHECK_FALSE(spreadsheet_date_to_iso("2021-10-22", DateOrder::kDayFirst).has_value());
}
