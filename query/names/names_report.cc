#include "query/names/names_report.h"

#include "lisan/core/error.h"
#include "query/names/did_you_mean.h"

namespace lisan::query::names {

void add_names_report(const QueryPlan& plan, const analysis::Analyzer& analyzer, const Searcher& searcher,
                      Report& report) {
  report.names = plan.names;
  if (!plan.options.suggest || plan.parsed.empty() || report.result.estimated >= kFewMatches) return;
  ParseOptions parse_options;
  parse_options.default_or = plan.options.any;
  const std::optional<std::string> respelled =
      respell_query(plan.options.query, parse_options, analyzer, searcher.database());
  if (!respelled) return;
  QueryOptions options = plan.options;
  options.query = *respelled;
  try {
    const QueryPlan suggested = make_plan(options, analyzer, EmptyQuery::kError, &searcher.database());
    SearchRequest count;
    count.query = suggested.query;
    count.limit = 0;
    const Xapian::doccount matches = searcher.search(count).estimated;
    if (matches > report.result.estimated) report.did_you_mean = Suggestion{*respelled, matches};
  } catch (const UsageError&) {
    // A respelling the builder cannot use is not suggested.
  }
}

std::vector<std::string> names_warnings(const Report& report) {
  std::vector<std::string> out;
  for (const NameExpansion& e : report.names)
    if (const std::string note = e.cap_note(); !note.empty()) out.push_back(note);
  return out;
}

}  // namespace lisan::query::names
