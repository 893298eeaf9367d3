#include "server/api_handlers.h"

#include <set>

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/record_json.h"
#include "lisan/store/index_store.h"
#include "lisan/store/index_summary.h"
#include "lisan/store/reopen.h"
#include "query/batch.h"
#include "query/campaign/campaign_data.h"
#include "query/campaign/cluster_views.h"
#include "query/campaign/value_stats.h"
#include "query/network/network_cli.h"
#include "query/network/network_printers.h"
#include "query/printers/csv_printer.h"
#include "query/printers/json_fields.h"
#include "query/printers/json_printer.h"
#include "query/printers/jsonl_printer.h"
#include "query/query_run.h"
#include "query/show.h"
#include "query/similar.h"
#include "server/api_error.h"

namespace lisan::serve {
namespace {

using query::EmptyQuery;
using query::QueryPlan;
using query::Report;

ApiResponse json_response(std::string body) {
  ApiResponse r;
  r.body = std::move(body);
  return r;
}

// The library's errors as API errors: what the user asked for that cannot
// be done is a 400, an index that cannot be read a 500; both say why.
template <typename Run>
auto answering(Run&& run) -> decltype(run()) {
  try {
    return store::with_fresh_reads(run);
  } catch (const UsageError& e) {
    throw ApiError(400, e.what());
  } catch (const Error& e) {
    throw ApiError(500, e.what());
  } catch (const Xapian::Error& e) {
    throw ApiError(500, e.get_description());
  }
}

// A search-like run: hits, facets, timeline, kwic. /api/facets and
// /api/timeline are counts only, with every facet / a month unit unless asked.
ApiResponse search(const ServeContext& c, const Params& params, const std::string& route) {
  RunRequest request = read_run_request(params, c.dbs, c.limits);
  query::QueryOptions& o = request.options;
  if (route == "facets") {
    if (o.facets.empty()) o.facets = query::facet_names();
    o.count_only = true;
  } else if (route == "timeline") {
    if (!o.timeline) o.timeline = query::TimelineUnit::kMonth;
    o.count_only = true;
  }
  const analysis::Analyzer analyzer;
  // An empty query with filters lists the filtered documents (browsing).
  const QueryPlan plan = make_request_plan(request, analyzer, EmptyQuery::kEveryDocument);
  const Report report = answering([&] {
    return query::run_plan(plan, analyzer, query::Searcher(store::open_for_reading(c.dbs)));
  });
  return json_response(query::JsonPrinter().render(report));
}

ApiResponse similar(const ServeContext& c, const Params& params, const std::string& id) {
  const RunRequest request = read_run_request(params, c.dbs, c.limits);
  const analysis::Analyzer analyzer;
  const QueryPlan plan = make_request_plan(request, analyzer, EmptyQuery::kEveryDocument);
  const std::optional<Report> report = answering([&]() -> std::optional<Report> {
    const query::Searcher searcher(store::open_for_reading(c.dbs));
    if (!searcher.find_by_id(id)) return std::nullopt;
    return query::run_similar(plan, id, analyzer, searcher);
  });
  if (!report) throw ApiError(404, fmt::format("no document with id '{}'", id));
  return json_response(query::JsonPrinter().render(*report));
}

ApiResponse document(const ServeContext& c, const std::string& id) {
  const std::optional<query::Hit> hit =
      answering([&] { return query::Searcher(store::open_for_reading(c.dbs)).find_by_id(id); });
  if (!hit) throw ApiError(404, fmt::format("no document with id '{}'", id));
  return json_response(query::JsonPrinter().render_document(*hit));
}

// The document, then the one it replies to (or forwards, or belongs to),
// and so on up: a conversation read from its end. Ids not in the index end
// the chain and are named in "missing".
ApiResponse chain(const ServeContext& c, const std::string& id) {
  constexpr std::size_t kMaxChain = 100;
  nlohmann::json out = {{"id", id}, {"chain", nlohmann::json::array()}, {"missing", nullptr}};
  answering([&] {
    out["chain"] = nlohmann::json::array();
    out["missing"] = nullptr;
    const query::Searcher searcher(store::open_for_reading(c.dbs));
    std::set<std::string> seen;
    std::string next = id;
    while (!next.empty() && seen.insert(next).second && seen.size() <= kMaxChain) {
      const std::optional<query::Hit> hit = searcher.find_by_id(next);
      if (!hit) {
        out["missing"] = next;
        break;
      }
      nlohmann::json doc = query::document_json(*hit);
      const Record& r = hit->record;
      next = !r.reply_to.empty() ? r.reply_to : !r.forwarded_from.empty() ? r.forwarded_from : r.parent;
      doc["chain_link"] = !r.reply_to.empty() ? "reply_to" : !r.forwarded_from.empty() ? "forwarded_from"
                                                         : !r.parent.empty() ? "parent" : "";
      out["chain"].push_back(std::move(doc));
    }
    return 0;
  });
  if (out["chain"].empty()) throw ApiError(404, fmt::format("no document with id '{}'", id));
  return json_response(query::dump_json(out, 2) + "\n");
}

// A campaign view (query/campaign/) on the request's plan.
ApiResponse view(const ServeContext& c, const Params& params, const std::string& route, const std::string& id) {
  const RunRequest request = read_run_request(params, c.dbs, c.limits);
  const analysis::Analyzer analyzer;
  const QueryPlan plan = make_request_plan(request, analyzer, EmptyQuery::kEveryDocument);
  const std::string field = param(params, "field");
  if ((route == "top" || route == "cooccur") && field.empty())
    throw ApiError(400, fmt::format("/api/{} needs field=hashtag, mention, domain, author or channel", route));
  query::CampaignResult result;
  result.option = route;
  result.view = answering([&]() -> nlohmann::json {
    const Xapian::Database db = store::open_for_reading(c.dbs);
    if (route == "storm") return query::campaign::storm_view(db, plan);
    if (route == "collapse") return query::campaign::collapse_view(db, plan);
    if (route == "top") return query::campaign::top_view(db, plan, field);
    if (route == "cooccur") return query::campaign::cooccur_view(db, plan, field);
    if (route == "spread") return query::campaign::spread_view(db, id, plan);
    std::string cluster = id;  // "cluster": a cluster id or a record id
    if (const auto of_record = query::campaign::cluster_of_record(db, id)) cluster = *of_record;
    if (query::campaign::cluster_members(db, cluster).empty())
      throw ApiError(404, fmt::format("no cluster or document with id '{}'", id));
    return query::campaign::cluster_view(db, cluster, plan);
  });
  return json_response(query::JsonPrinter().render_view(result));
}

// /api/network: the coordination network of the request's matches, as
// lisan-query --network prints it (json summary, csv edge list) or writes
// it (--graph: graphml, gexf), the last three as downloads.
ApiResponse network(const ServeContext& c, const Params& params) {
  const RunRequest request = read_run_request(params, c.dbs, c.limits);
  const analysis::Analyzer analyzer;
  const QueryPlan plan = make_request_plan(request, analyzer, EmptyQuery::kEveryDocument);
  query::network::NetworkCliOptions given;
  given.kind = param(params, "kind").empty() ? "co-link" : param(params, "kind");
  given.window = param(params, "window");
  const auto number = [&](const char* name, auto& into) {
    const std::string v = param(params, name);
    if (v.empty()) return;
    try {
      std::size_t used = 0;
      const double d = std::stod(v, &used);
      if (used != v.size() || d < 0) throw std::invalid_argument(name);
      into = static_cast<std::remove_reference_t<decltype(into)>>(d);
    } catch (const std::exception&) {
      throw ApiError(400, fmt::format("/api/network: {}={}: give a number", name, v));
    }
  };
  number("min_repeats", given.min_repeats);
  number("edge_percentile", given.edge_percentile);
  number("seed", given.seed);
  const std::string format = param(params, "format").empty() ? "json" : param(params, "format");
  if (format != "json" && format != "csv" && format != "graphml" && format != "gexf")
    throw ApiError(400, fmt::format("/api/network: format={}: use json, csv, graphml or gexf", format));
  const query::network::NetworkOptions options = answering([&] { return query::network::check_network_options(given); });
  const query::network::NetworkResult result = answering([&] {
    return query::network::run_network(store::open_for_reading(c.dbs), plan.query, plan.options.query, options);
  });
  ApiResponse r;
  if (format == "json") return json_response(query::dump_json(query::network::network_json(result), 2) + "\n");
  const std::string base = "lisan-network-" + query::network::network_kind_name(options.kind);
  if (format == "csv") {
    r.body = query::network::network_csv(result);
    r.content_type = "text/csv; charset=utf-8";
  } else if (format == "graphml") {
    r.body = query::network::network_graphml(result);
    r.content_type = "application/graphml+xml; charset=utf-8";
  } else {
    r.body = query::network::network_gexf(result);
    r.content_type = "application/gexf+xml; charset=utf-8";
  }
  r.filename = base + "." + format;
  return r;
}

ApiResponse info(const ServeContext& c) {
  return json_response(query::JsonPrinter().render_info(
      answering([&] { return store::summarize(store::open_for_reading(c.dbs)); })));
}

}  // namespace

ApiResponse handle_get(const ServeContext& c, const std::string& route, const std::string& id, const Params& params) {
  const bool needs_id = route == "doc" || route == "chain" || route == "similar" || route == "cluster" ||
                        route == "spread";
  if (needs_id && id.empty()) throw ApiError(404, fmt::format("/api/{}/ID: give a document id", route));
  if (!needs_id && !id.empty()) throw ApiError(404, fmt::format("/api/{}/{}: no such route", route, id));
  if (route == "search" || route == "facets" || route == "timeline") return search(c, params, route);
  if (route == "doc") return document(c, id);
  if (route == "chain") return chain(c, id);
  if (route == "similar") return similar(c, params, id);
  if (route == "cluster" || route == "spread" || route == "storm" || route == "collapse" || route == "top" ||
      route == "cooccur")
    return view(c, params, route, id);
  if (route == "info") return info(c);
  if (route == "network") return network(c, params);
  throw ApiError(404, fmt::format("/api/{}: no such route (docs/web.md lists them)", route));
}

ApiResponse handle_batch(const ServeContext& c, const Params& params, const std::string& body) {
  const RunRequest request = read_run_request(params, c.dbs, c.limits);
  if (!request.filters.empty())
    throw ApiError(400, "filter and exclude do not apply to a batch: write them into each query (lang:ar ...)");
  const std::string format = param(params, "format");
  if (!format.empty() && format != "json" && format != "csv")
    throw ApiError(400, fmt::format("format={}: a batch comes as json or csv", format));
  std::vector<query::BatchQuery> queries;
  try {
    queries = query::parse_queries(body, "batch");
  } catch (const UsageError& e) {
    throw ApiError(400, e.what());
  }
  if (queries.empty()) throw ApiError(400, "batch: give one query per line (or NAME<TAB>query)");
  if (queries.size() > c.limits.max_batch_queries)
    throw ApiError(400, fmt::format("batch: {} queries; at most {}", queries.size(), c.limits.max_batch_queries));
  const analysis::Analyzer analyzer;
  const query::BatchResult batch =
      answering([&] { return query::run_batch(request.options, "batch", queries, nullptr, analyzer); });
  ApiResponse r;
  if (format == "csv") {
    r.body = query::batch_csv(batch, query::PrinterOptions{});
    r.content_type = "text/csv; charset=utf-8";
    r.filename = "lisan-batch.csv";
  } else {
    r.body = query::batch_json(batch);
  }
  return r;
}

ExportPlan plan_export(const ServeContext& c, const Params& params) {
  ExportPlan p;
  p.format = param(params, "format");
  if (p.format == "csv") p.content_type = "text/csv; charset=utf-8";
  else if (p.format == "jsonl") p.content_type = "application/x-ndjson; charset=utf-8";
  else if (p.format == "manifest") p.content_type = "application/json; charset=utf-8";
  else throw ApiError(400, fmt::format("format={}: export as csv, jsonl or manifest", p.format));
  p.filename = p.format == "manifest" ? "lisan-export.manifest.json" : "lisan-export." + p.format;
  // Everything a bad request can get wrong is found before the first byte.
  const RunRequest request = read_run_request(params, c.dbs, c.limits);
  const analysis::Analyzer analyzer;
  make_request_plan(request, analyzer, EmptyQuery::kEveryDocument);
  return p;
}

void run_export(const ServeContext& c, const Params& params, const std::function<bool(const std::string&)>& write) {
  const ExportPlan export_plan = plan_export(c, params);
  RunRequest request = read_run_request(params, c.dbs, c.limits);
  request.options.flags.push_back("export=" + export_plan.format);
  const analysis::Analyzer analyzer;
  QueryPlan plan = make_request_plan(request, analyzer, EmptyQuery::kEveryDocument);
  // One revision of the index for the whole export: the pages agree.
  const query::Searcher searcher(store::open_for_reading(c.dbs));
  if (export_plan.format == "manifest") {
    plan.options.count_only = true;
    nlohmann::json m = query::manifest_json(query::run_plan(plan, analyzer, searcher));
    m["format"] = "csv or jsonl (the export of the same request)";
    write(query::dump_json(m, 2) + "\n");
    return;
  }
  const std::unique_ptr<query::Printer> printer =
      export_plan.format == "csv" ? std::unique_ptr<query::Printer>(new query::CsvPrinter(query::PrinterOptions{}))
                                  : std::unique_ptr<query::Printer>(new query::JsonlPrinter());
  plan.options.limit = static_cast<Xapian::doccount>(c.limits.export_page);
  plan.options.offset = 0;
  for (bool first = true;; first = false) {
    const Report page = query::run_plan(plan, analyzer, searcher);
    std::string text = first ? printer->render(page) : printer->render_more(page);
    if (!write(text)) return;
    if (page.result.hits.size() < plan.options.limit) return;
    plan.options.offset += plan.options.limit;
  }
}

}  // namespace lisan::serve
