#include "query/campaign/campaign_cli.h"

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/store/index_store.h"
#include "query/campaign/cluster_views.h"
#include "query/campaign/matrix_plot.h"
#include "query/campaign/value_stats.h"
#include "query/query_run.h"

namespace lisan::query::campaign {

void add_campaign_options(CLI::App& app, CampaignOptions& o) {
  app.add_flag("--collapse", o.collapse, "One hit per near-duplicate cluster, with its size and first/last dates");
  app.add_option("--group-by", o.group_by, "cluster: the most repeated messages among the matches (storm view)");
  app.add_option("--top", o.top, "Most frequent values among the matches: hashtag, mention, domain, author or channel");
  app.add_option("--cooccur", o.cooccur, "Pairs of values that occur in the same matches (e.g. hashtag)");
  app.add_option("--spread", o.spread, "How a message spread: first appearance, each channel's and author's first "
                                       "copy, forwards, copies per day (cluster id or record id)");
  app.add_option("--matrix", o.matrix, "CSV: matches per day (--matrix-unit) per top value of this field (e.g. hashtag; columns: "
                                       "--limit); with --plot FILE.svg also a chart, one line per value");
  app.add_option("--matrix-unit", o.matrix_unit, "--matrix rows per day (default), week (ISO) or month");
  o.cluster_command = app.add_subcommand("cluster", "The members of a near-duplicate cluster in time order, with "
                                                    "what differs from the first copy");
  o.cluster_command->add_option("id", o.cluster_id, "Cluster id (the `cluster` of a JSON hit) or a record id")
      ->required();
}

std::string asked_view(const CampaignOptions& o) {
  const std::pair<bool, const char*> views[] = {
      {o.collapse, "--collapse"}, {!o.group_by.empty(), "--group-by"}, {!o.top.empty(), "--top"},
      {!o.cooccur.empty(), "--cooccur"}, {!o.spread.empty(), "--spread"}, {!o.matrix.empty(), "--matrix"},
      {o.cluster_command && *o.cluster_command, "cluster"}};
  std::string asked;
  for (const auto& [given, name] : views) {
    if (!given) continue;
    if (!asked.empty())
      throw UsageError(fmt::format("{} and {} are separate views (--collapse, --group-by, --top, --cooccur, "
                                   "--spread, --matrix, cluster): give one",
                                   asked, name));
    asked = name;
  }
  if (!o.matrix_unit.empty()) {
    if (o.matrix.empty()) throw UsageError("--matrix-unit sets the rows of --matrix: use it with --matrix FIELD");
    if (o.matrix_unit != "day" && o.matrix_unit != "week" && o.matrix_unit != "month")
      throw UsageError(fmt::format("--matrix-unit {}: use day, week or month", o.matrix_unit));
  }
  if (!o.group_by.empty() && o.group_by != "cluster") throw UsageError("--group-by " + o.group_by + ": use cluster");
  return asked;
}

CampaignOutput run_campaign_view(const CampaignOptions& o, const QueryPlan& plan, const Xapian::Database& db) {
  const bool cluster_cmd = o.cluster_command && *o.cluster_command;
  CampaignOutput out;
  out.result.option = asked_view(o);
  if (!o.matrix.empty()) {
    const DayMatrix matrix = day_matrix(db, plan, o.matrix,
                                        o.matrix_unit.empty() ? TimelineUnit::kDay : parse_timeline_unit(o.matrix_unit));
    out.result.matrix_csv = day_matrix_csv(matrix, o.csv_raw ? CsvCells::kRaw : CsvCells::kSpreadsheetSafe);
    out.any = !matrix.rows.empty();
    out.note = matrix.clip.note();
    if (o.plot) {
      const Report run = start_report(QueryOptions{});  // lisan version and run time, as on the --timeline plot
      const std::string footer =
          fmt::format("lisan {} · index {} · run {}", run.lisan_version, store::read_info(db).manifest_id(), run.run_at);
      out.svg = chart_svg(day_matrix_chart(matrix),
                          day_matrix_labels(matrix, plan.options.query, db.get_doccount(), footer));
    }
    return out;
  }
  nlohmann::json view;
  if (cluster_cmd) {
    std::string id = o.cluster_id;
    if (const auto c = cluster_of_record(db, id)) id = *c;
    if (cluster_members(db, id).empty()) throw UsageError("cluster " + o.cluster_id + ": no such cluster id or record id");
    view = cluster_view(db, id, plan);
    out.any = view["summary"]["size"].get<std::size_t>() > 0;
  } else if (!o.spread.empty()) {
    view = spread_view(db, o.spread, plan);
    out.any = view["summary"]["size"].get<std::size_t>() > 0;
  } else {
    if (o.collapse) view = collapse_view(db, plan);
    else if (!o.group_by.empty()) view = storm_view(db, plan);
    else if (!o.top.empty()) view = top_view(db, plan, o.top);
    else view = cooccur_view(db, plan, o.cooccur);
    out.any = view["matches"].get<std::size_t>() > 0;
  }
  out.result.view = std::move(view);
  return out;
}

}  // namespace lisan::query::campaign
