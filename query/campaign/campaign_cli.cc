#include "query/campaign/campaign_cli.h"

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/store/index_store.h"
#include "query/campaign/campaign_text.h"
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
  app.add_option("--matrix", o.matrix, "CSV: matches per day per top value of this field (e.g. hashtag; columns: "
                                       "--limit); with --plot FILE.svg also a chart, one line per value");
  o.cluster_command = app.add_subcommand("cluster", "The members of a near-duplicate cluster in time order, with "
                                                    "what differs from the first copy");
  o.cluster_command->add_option("id", o.cluster_id, "Cluster id (the `cluster` of a JSON hit) or a record id")
      ->required();
}

std::optional<CampaignOutput> run_campaign_view(const CampaignOptions& o, const std::vector<std::string>& dbs,
                                                const std::vector<std::string>& words, const std::string& since,
                                                const std::string& until, std::size_t limit, std::size_t offset,
                                                const std::string& format) {
  const bool cluster_cmd = o.cluster_command && *o.cluster_command;
  const int asked = o.collapse + !o.group_by.empty() + !o.top.empty() + !o.cooccur.empty() + !o.spread.empty() +
                    !o.matrix.empty() + cluster_cmd;
  if (asked == 0) return std::nullopt;
  if (asked > 1)
    throw UsageError("--collapse, --group-by, --top, --cooccur, --spread, --matrix and `cluster` are separate views: "
                     "give one");
  if (!o.matrix.empty() && format != "text" && format != "csv")
    throw UsageError("--matrix writes CSV: leave out --format or use --format csv");
  if (o.matrix.empty() && format != "text" && format != "json")
    throw UsageError(fmt::format("--format {}: campaign views print text or json", format));
  if (o.plot && o.matrix.empty())
    throw UsageError("--plot draws the --timeline or the --matrix: the other campaign views have no chart");
  if (!o.group_by.empty() && o.group_by != "cluster") throw UsageError("--group-by " + o.group_by + ": use cluster");

  const Xapian::Database db = store::open_for_reading(dbs);
  ViewRequest request;
  for (const auto& w : words) request.query += (request.query.empty() ? "" : " ") + w;
  request.since = since;
  request.until = until;
  request.limit = limit;
  request.offset = offset;

  CampaignOutput out;
  if (!o.matrix.empty()) {
    const DayMatrix matrix = day_matrix(db, request, o.matrix);
    out.text = day_matrix_csv(matrix);
    out.any = !matrix.rows.empty();
    out.note = matrix.clip.note();
    if (o.plot) {
      const Report run = start_report(QueryOptions{});  // lisan version and run time, as on the --timeline plot
      const std::string footer =
          fmt::format("lisan {} · index {} · run {}", run.lisan_version, store::read_info(db).manifest_id(), run.run_at);
      out.svg = chart_svg(day_matrix_chart(matrix), day_matrix_labels(matrix, request.query, db.get_doccount(), footer));
    }
    return out;
  }
  nlohmann::json view;
  if (cluster_cmd) {
    std::string id = o.cluster_id;
    if (const auto c = cluster_of_record(db, id)) id = *c;
    view = cluster_view(db, id);
    out.any = view["summary"]["size"].get<std::size_t>() > 0;
    if (!out.any) throw UsageError("cluster " + o.cluster_id + ": no such cluster id or record id");
  } else if (!o.spread.empty()) {
    view = spread_view(db, o.spread);
    out.any = true;
  } else {
    if (o.collapse) view = collapse_view(db, request);
    else if (!o.group_by.empty()) view = storm_view(db, request);
    else if (!o.top.empty()) view = top_view(db, request, o.top);
    else view = cooccur_view(db, request, o.cooccur);
    out.any = view["matches"].get<std::size_t>() > 0;
  }
  out.text = format == "json" ? view.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"
                              : render_text(view);
  return out;
}

}  // namespace lisan::query::campaign
