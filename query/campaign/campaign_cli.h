// The campaign-analysis options and subcommand of lisan-query (issue 6):
// --collapse, --group-by cluster, --top FIELD, --cooccur FIELD, --spread ID,
// --matrix FIELD and `lisan-query cluster ID`. query_cli.cc registers them
// with add_campaign_options() and hands the run to run_campaign_view() when
// one was asked for; everything else about them lives in query/campaign/.
//
// Thread safety: one CampaignOptions per command line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "query/printers/printer.h"
#include "query/query_plan.h"

namespace lisan::query::campaign {

struct CampaignOptions {
  bool collapse = false;
  std::string group_by;  // "cluster"
  std::string top;       // hashtag|mention|domain|author|channel
  std::string cooccur;   // hashtag|mention|domain|author|channel
  std::string spread;    // cluster id or record id
  std::string matrix;    // field for the per-period CSV matrix
  std::string matrix_unit;  // --matrix-unit: day (default), week or month
  std::string cluster_id;
  CLI::App* cluster_command = nullptr;
  bool csv_raw = false;  // --csv-raw (query_cli.cc sets it): --matrix column names as indexed
  bool plot = false;  // --plot FILE was given (query_cli.cc sets it): --matrix also draws an SVG chart
};

void add_campaign_options(CLI::App& app, CampaignOptions& options);

struct CampaignOutput {
  CampaignResult result;  // for the printer (printer.h)
  bool any = false;  // something was found (exit status 0, else 1)
  std::string svg;   // the chart for --plot (--matrix only), "" otherwise
  std::string note;  // for stderr: what the output leaves out (--matrix: far dates), "" when nothing
};

// Which view was asked for ("" = none): the option as typed, e.g. "--top",
// "--group-by", "cluster". Throws UsageError when more than one was given.
std::string asked_view(const CampaignOptions& options);

// Runs the view asked for (asked_view) on the documents the plan matches;
// with options.plot, --matrix also draws its chart in `svg`. The plan's
// limit and offset choose the rows shown.
CampaignOutput run_campaign_view(const CampaignOptions& options, const QueryPlan& plan, const Xapian::Database& db);

}  // namespace lisan::query::campaign
