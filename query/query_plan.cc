#include "query/query_plan.h"

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/date.h"
#include "lisan/record.h"
#include "lisan/schema.h"
#include "query/kwic.h"
#include "query/query_parser.h"

namespace lisan::query {
namespace {

// --since/--until -> the plan's day bounds and the filter on the day slot
// (the same slot `date:` uses).
Xapian::Query date_filter(const QueryOptions& o, std::string& first_day, std::string& last_day) {
  std::string ignored;
  if (!o.since.empty() && !day_bounds(o.since, first_day, ignored))
    throw UsageError(fmt::format("--since {}: not a date; use YYYY, YYYY-MM or YYYY-MM-DD", o.since));
  if (!o.until.empty() && !day_bounds(o.until, ignored, last_day))
    throw UsageError(fmt::format("--until {}: not a date; use YYYY, YYYY-MM or YYYY-MM-DD", o.until));
  if (!first_day.empty() && !last_day.empty()) {
    if (last_day < first_day)
      throw UsageError(fmt::format("--since {} --until {}: the range ends before it starts", o.since, o.until));
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDaySlot, first_day, last_day);
  }
  if (!first_day.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDaySlot, first_day);
  if (!last_day.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDaySlot, last_day);
  return {};
}

Xapian::Query both(const Xapian::Query& a, const Xapian::Query& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return Xapian::Query(Xapian::Query::OP_FILTER, a, b);
}

}  // namespace

Xapian::Query QueryPlan::filtered(const Xapian::Query& q) const {
  if (q.empty()) return q;
  return both(q, filters);
}

QueryPlan make_plan(const QueryOptions& options, const analysis::Analyzer& analyzer, EmptyQuery empty,
                    const Xapian::Database* vocabulary) {
  QueryPlan plan;
  plan.options = options;
  if (!plan.options.build.lang.empty()) plan.options.build.lang = normalize_lang(plan.options.build.lang);
  const Xapian::Query dates = date_filter(plan.options, plan.first_day, plan.last_day);
  const Xapian::Query lang = plan.options.build.lang.empty()
                                 ? Xapian::Query()
                                 : Xapian::Query(schema::lang_term(plan.options.build.lang));
  plan.filters = both(lang, dates);

  ParseOptions parse_options;
  parse_options.default_or = plan.options.any;
  const ParsedQuery parsed = parse_query(plan.options.query, parse_options);
  if (!parsed.ok()) throw UsageError("cannot parse query: " + parsed.error->to_string(plan.options.query));
  if (!parsed.root) {
    if (empty == EmptyQuery::kError)
      throw UsageError("empty query: give words to search for, e.g. lisan-query 'hashtag campaign'");
    plan.query = both(Xapian::Query::MatchAll, plan.filters);
    return plan;
  }
  plan.parsed = parsed.root->describe();
  plan.kwic_min_words = kwic_min_words(*parsed.root);
  // The builder applies --lang itself (it also picks the analysis), so only
  // the dates are added here.
  BuiltQuery built = QueryBuilder(analyzer, plan.options.build, vocabulary).build(*parsed.root);
  if (!built.ok()) throw UsageError("cannot use query: " + built.error);
  plan.words = std::move(built.words);
  plan.terms = std::move(built.terms);
  plan.wildcards = std::move(built.wildcards);
  plan.names = std::move(built.names);
  plan.needs_vocabulary = built.needs_vocabulary;
  // A query of only stop words builds to an empty query: it matches
  // nothing, in every mode (not every document in the date range).
  if (!built.query.empty()) plan.query = both(built.query, dates);
  return plan;
}

QueryPlan with_vocabulary(const QueryPlan& plan, const analysis::Analyzer& analyzer, const Xapian::Database& db) {
  if (!plan.needs_vocabulary) return plan;
  QueryPlan expanded = make_plan(plan.options, analyzer,
                                 plan.parsed.empty() ? EmptyQuery::kEveryDocument : EmptyQuery::kError, &db);
  // Filters a caller added to the plan after make_plan (the web server's
  // request filters) stay.
  if (!plan.filters.empty() && !expanded.query.empty())
    expanded.query = Xapian::Query(Xapian::Query::OP_FILTER, expanded.query, plan.filters);
  expanded.filters = plan.filters;
  return expanded;
}

std::optional<QueryPlan> with_fold(const QueryPlan& plan, const analysis::Analyzer& analyzer,
                                   const Xapian::Database* vocabulary) {
  QueryOptions folding = plan.options;
  folding.build.fold = true;
  try {
    return make_plan(folding, analyzer, plan.parsed.empty() ? EmptyQuery::kEveryDocument : EmptyQuery::kError,
                     vocabulary);
  } catch (const UsageError&) {
    return std::nullopt;
  }
}

}  // namespace lisan::query
