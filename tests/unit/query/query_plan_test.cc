// QueryPlan (query_plan.h): the options and the query they make, decided
// once for every mode.
#include <catch2/catch.hpp>

#include "lisan/analysis/languages.h"
#include "lisan/core/error.h"
#include "query/query_plan.h"

using namespace lisan;
using namespace lisan::query;

namespace {

const analysis::Analyzer& analyzer() {
  static const analysis::Analyzer a;
  return a;
}

QueryOptions with(const std::string& query, const std::function<void(QueryOptions&)>& set = {}) {
  QueryOptions o;
  o.query = query;
  if (set) set(o);
  return o;
}

std::string usage_error(const QueryOptions& o, EmptyQuery empty = EmptyQuery::kError) {
  try {
    make_plan(o, analyzer(), empty);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the plan's query carries every option that narrows the matches", "[plan]") {
  struct Row {
    const char* name;
    QueryOptions options;
    const char* has;  // in the query's description
  };
  const Row rows[] = {
      {"--lang", with("storm", [](QueryOptions& o) { o.build.lang = "TR-tr"; }), "FILTER Ltr"},
      {"--since", with("storm", [](QueryOptions& o) { o.since = "2021-10"; }), "VALUE_GE"},
      {"--until", with("storm", [](QueryOptions& o) { o.until = "2021"; }), "VALUE_LE"},
      {"both", with("storm", [](QueryOptions& o) { o.since = "2021"; o.until = "2022-02"; }), "VALUE_RANGE"},
      {"--exact", with("Storm", [](QueryOptions& o) { o.build.exact = true; }), "XEStorm"},
      {"--any", with("storm alert", [](QueryOptions& o) { o.any = true; }), " OR "},
      {"no --any", with("storm alert"), " AND "},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    const QueryPlan plan = make_plan(row.options, analyzer());
    CHECK_THAT(plan.query.get_description(), Catch::Contains(row.has));
  }
}

TEST_CASE("the plan keeps the options it was made from, normalized", "[plan]") {
  const QueryPlan plan = make_plan(with("storm", [](QueryOptions& o) {
                                     o.build.lang = "NL-be";
                                     o.since = "2021-02";
                                     o.until = "2021-02";
                                     o.limit = 3;
                                   }),
                                   analyzer());
  CHECK(plan.options.build.lang == "nl");
  CHECK(plan.options.limit == 3);
  CHECK(plan.first_day == "20210201");
  CHECK(plan.last_day == "20210228");
  CHECK_THAT(plan.filters.get_description(), Catch::Contains("Lnl"));
  CHECK_THAT(plan.filtered(Xapian::Query("x")).get_description(), Catch::Contains("Lnl"));
  CHECK(plan.parsed != "");
}

TEST_CASE("an empty query is an error for a search and every document for a view", "[plan]") {
  CHECK(usage_error(with("")) == "empty query: give words to search for, e.g. lisan-query 'hashtag campaign'");
  const QueryPlan all = make_plan(with(""), analyzer(), EmptyQuery::kEveryDocument);
  CHECK_THAT(all.query.get_description(), Catch::Contains("<alldocuments>"));
  const QueryPlan dated =
      make_plan(with("", [](QueryOptions& o) { o.since = "2021"; }), analyzer(), EmptyQuery::kEveryDocument);
  CHECK_THAT(dated.query.get_description(), Catch::Contains("VALUE_GE"));
}

TEST_CASE("the plan rejects options it cannot use, naming them", "[plan]") {
  struct Row {
    QueryOptions options;
    const char* error;
  };
  const Row rows[] = {
      {with("storm", [](QueryOptions& o) { o.since = "yesterday"; }),
       "--since yesterday: not a date; use YYYY, YYYY-MM or YYYY-MM-DD"},
      {with("storm", [](QueryOptions& o) { o.until = "2021-02-30x"; }),
       "--until 2021-02-30x: not a date; use YYYY, YYYY-MM or YYYY-MM-DD"},
      {with("storm", [](QueryOptions& o) { o.since = "2022"; o.until = "2021-12"; }),
       "--since 2022 --until 2021-12: the range ends before it starts"},
      {with("\"unclosed"), "cannot parse query: "},
  };
  for (const Row& row : rows) {
    CAPTURE(row.error);
    CHECK_THAT(usage_error(row.options, EmptyQuery::kEveryDocument), Catch::StartsWith(row.error));
  }
}

TEST_CASE("the plan with fold differs only by folding", "[plan]") {
  const QueryPlan plan = make_plan(with("ozgurluk", [](QueryOptions& o) { o.since = "2021"; }), analyzer());
  const std::optional<QueryPlan> folded = with_fold(plan, analyzer());
  REQUIRE(folded);
  CHECK(folded->options.build.fold);
  CHECK(folded->first_day == plan.first_day);
  CHECK(folded->query.get_description() != plan.query.get_description());
}

TEST_CASE("a long OR of words applies each language filter once", "[plan][builder]") {
  std::string query;
  for (int i = 0; i < 200; ++i) query += (i ? " OR word" : "word") + std::to_string(i);
  const std::string d = make_plan(with(query), analyzer()).query.get_description();
  const auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (auto p = d.find(what); p != std::string::npos; p = d.find(what, p + 1)) ++n;
    return n;
  };
  // One Turkish branch (FILTER Ltr) and one shared branch (AND_NOT Ltr).
  CHECK(count("FILTER Ltr") == 1);
  CHECK(count("AND_NOT Ltr") == 1);
  CHECK_THAT(d, Catch::Contains("word199"));
}

TEST_CASE("the language table is the analyzer's list and the builder's", "[plan][languages]") {
  std::vector<std::string> codes;
  for (const auto& p : analysis::language_policies()) codes.emplace_back(p.code);
  CHECK(codes == analysis::Analyzer::supported_languages());
  CHECK(analysis::languages_of_script(analysis::Script::kArabic) == std::vector<std::string>{"ar"});
  CHECK(QueryBuilder(analyzer(), {}).candidate_languages("storm") ==
        analysis::languages_of_script(analysis::Script::kLatin));
  REQUIRE(analysis::language_policy("tr"));
  CHECK(analysis::language_policy("tr")->scope == analysis::QueryScope::kOwnDocuments);
  CHECK(analysis::language_policy("de") == nullptr);
}
