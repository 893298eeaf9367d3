#include "server/request_params.h"

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/record.h"
#include "lisan/schema.h"
#include "query/facets.h"
#include "query/query_builder.h"
#include "query/query_parser.h"
#include "query/timeline.h"
#include "server/api_error.h"

namespace lisan::serve {
namespace {

// The facet fields a filter may name: the page's filter lists (and id:, for
// the document view's "what matched").
constexpr const char* kFilterFields[] = {"lang", "source", "channel", "author", "hashtag",
                                         "mention", "domain", "kind", "id"};

std::size_t read_count(const Params& params, const std::string& name, std::size_t fallback, std::size_t min,
                       std::size_t max) {
  const std::string text = param(params, name);
  if (text.empty()) return fallback;
  std::size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || value > max)
      throw ApiError(400, fmt::format("{}={}: give a whole number from {} to {}", name, text, min, max));
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  if (value < min || value > max)
    throw ApiError(400, fmt::format("{}={}: give a whole number from {} to {}", name, text, min, max));
  return value;
}

bool read_flag(const Params& params, const std::string& name) {
  const std::string text = param(params, name);
  if (text.empty() || text == "0" || text == "false") return false;
  if (text == "1" || text == "true") return true;
  throw ApiError(400, fmt::format("{}={}: give 1 or 0", name, text));
}

FieldFilter read_filter(const std::string& name, const std::string& text, const Limits& limits) {
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon + 1 == text.size())
    throw ApiError(400, fmt::format("{}={}: give field:value, e.g. lang:ar", name, text));
  FieldFilter f{text.substr(0, colon), text.substr(colon + 1), name == "exclude"};
  bool known = false;
  std::string fields;
  for (const char* field : kFilterFields) {
    known = known || f.field == field;
    fields += (fields.empty() ? "" : ", ") + std::string(field);
  }
  if (!known) throw ApiError(400, fmt::format("{}={}: unknown field '{}' (fields: {})", name, text, f.field, fields));
  if (f.value.size() > limits.max_query_bytes)
    throw ApiError(400, fmt::format("{}: the value is {} bytes; at most {}", name, f.value.size(), limits.max_query_bytes));
  return f;
}

// One filter as the query language's field:value node, built like a typed
// one (author: case-insensitive, hashtag: folded, ...), whatever the value
// holds: quotes in a value cannot be typed, but can be clicked.
Xapian::Query filter_query(const FieldFilter& f, const analysis::Analyzer& analyzer) {
  // lang: the page's language filter counts what its facet counts, the
  // document's dominant language (the query's lang: matches a language
  // present anywhere in it, so a mixed document would be in two lists).
  if (f.field == "lang") {
    const std::string lang = normalize_lang(f.value);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kLangSlot, lang, lang);
  }
  query::QueryNode node;
  node.kind = query::QueryNode::Kind::kField;
  node.field = f.field;
  node.text = f.value;
  const query::BuiltQuery built = query::QueryBuilder(analyzer, query::BuildOptions{}).build(node);
  if (!built.ok()) throw ApiError(400, fmt::format("filter {}:{}: {}", f.field, f.value, built.error));
  return built.query;
}

Xapian::Query with_filters(Xapian::Query q, const Xapian::Query& keep, const Xapian::Query& drop) {
  if (!keep.empty()) q = q.empty() ? keep : Xapian::Query(Xapian::Query::OP_FILTER, q, keep);
  if (!drop.empty()) q = Xapian::Query(Xapian::Query::OP_AND_NOT, q.empty() ? Xapian::Query::MatchAll : q, drop);
  return q;
}

}  // namespace

std::string param(const Params& params, const std::string& name) {
  const auto range = params.equal_range(name);
  if (range.first == range.second) return "";
  if (std::next(range.first) != range.second) throw ApiError(400, fmt::format("{}: given more than once", name));
  return range.first->second;
}

RunRequest read_run_request(const Params& params, const std::vector<std::string>& dbs, const Limits& limits) {
  RunRequest r;
  query::QueryOptions& o = r.options;
  o.dbs = dbs;
  o.query = param(params, "q");
  if (o.query.size() > limits.max_query_bytes)
    throw ApiError(400, fmt::format("q: the query is {} bytes; at most {} (use a batch for long word lists)",
                                    o.query.size(), limits.max_query_bytes));
  const std::size_t size = read_count(params, "size", 20, 1, limits.max_page_size);
  const std::size_t page = read_count(params, "page", 1, 1, limits.max_page);
  o.limit = static_cast<Xapian::doccount>(size);
  o.offset = static_cast<Xapian::doccount>((page - 1) * size);
  const std::string sort = param(params, "sort");
  if (sort.empty() || sort == "relevance") o.sort = query::SortOrder::kRelevance;
  else if (sort == "date") o.sort = query::SortOrder::kDateAscending;
  else if (sort == "-date") o.sort = query::SortOrder::kDateDescending;
  else throw ApiError(400, fmt::format("sort={}: use relevance, date or -date", sort));
  o.build.lang = param(params, "lang");
  o.build.exact = read_flag(params, "exact");
  o.build.fold = read_flag(params, "fold");
  o.any = read_flag(params, "any");
  o.explain = read_flag(params, "explain");
  o.kwic = read_flag(params, "kwic");
  o.since = param(params, "since");
  o.until = param(params, "until");
  o.snippet_chars = read_count(params, "snippet", o.snippet_chars, 20, limits.max_snippet_chars);
  o.facet_limit = read_count(params, "facet_limit", o.facet_limit, 1, 1000);
  try {
    if (const std::string facets = param(params, "facets"); !facets.empty()) o.facets = query::parse_facet_list(facets);
    if (const std::string unit = param(params, "timeline"); !unit.empty()) o.timeline = query::parse_timeline_unit(unit);
  } catch (const UsageError& e) {
    throw ApiError(400, e.what());
  }
  for (const char* name : {"filter", "exclude"}) {
    const auto range = params.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) r.filters.push_back(read_filter(name, it->second, limits));
  }
  if (r.filters.size() > limits.max_filters)
    throw ApiError(400, fmt::format("{} filters; at most {}", r.filters.size(), limits.max_filters));
  // The manifest's "flags": the request's parameters as given, in order.
  for (const auto& [name, value] : params) o.flags.push_back(name + "=" + value);
  return r;
}

query::QueryPlan make_request_plan(const RunRequest& request, const analysis::Analyzer& analyzer,
                                   query::EmptyQuery empty) {
  query::ParseOptions parse_options;
  parse_options.default_or = request.options.any;
  const query::ParsedQuery parsed = query::parse_query(request.options.query, parse_options);
  if (!parsed.ok())
    throw ApiError(400, "cannot parse query: " + parsed.error->message, parsed.error->offset);
  query::QueryPlan plan;
  try {
    plan = query::make_plan(request.options, analyzer, empty);
  } catch (const UsageError& e) {
    throw ApiError(400, e.what());
  }
  // Values of one field are alternatives (lang:ar or lang:en); fields are
  // all required; an excluded value of any field leaves the document out.
  std::map<std::string, Xapian::Query> keep_by_field;
  Xapian::Query keep, drop;
  for (const FieldFilter& f : request.filters) {
    const Xapian::Query q = filter_query(f, analyzer);
    Xapian::Query& into = f.exclude ? drop : keep_by_field[f.field];
    into = into.empty() ? q : Xapian::Query(Xapian::Query::OP_OR, into, q);
  }
  for (const auto& [field, q] : keep_by_field) keep = keep.empty() ? q : Xapian::Query(Xapian::Query::OP_AND, keep, q);
  // Every mode reads plan.query; similar reads plan.filters: both get them.
  if (!plan.query.empty()) plan.query = with_filters(plan.query, keep, drop);
  plan.filters = with_filters(plan.filters, keep, drop);
  return plan;
}

}  // namespace lisan::serve
