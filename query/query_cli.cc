#include "query/query_cli.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include "lisan/core/error.h"
#include "lisan/core/utf8.h"
#include "lisan/store/index_store.h"
#include "lisan/store/index_summary.h"
#include "query/batch.h"
#include "query/campaign/campaign_cli.h"
#include "query/facets.h"
#include "query/plot_svg.h"
#include "query/printers/csv_printer.h"
#include "query/printers/json_fields.h"
#include "query/printers/printer.h"
#include "query/query_run.h"
#include "query/show.h"
#include "query/similar.h"

namespace lisan::query {
namespace {

// Writes all of `text` to stdout. A closed pipe (| head) is not an error.
void write_out(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    if (errno == EPIPE) std::exit(0);
    throw Error::format("cannot write output: {}", std::strerror(errno));
  }
}

// Writes `text` to `path` (a manifest, a plot); failures stop the run.
void write_file(const std::string& path, const std::string& text) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) throw Error::format("{}: cannot write: {}", path, std::strerror(errno));
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  if (std::fclose(f) != 0 || !ok) throw Error::format("{}: cannot write: {}", path, std::strerror(errno));
}

// An error or a notice on stderr: messages quote queries, file names and
// ids, which may hold control characters (utf8::terminal_safe).
void print_error(const std::string& message) {
  std::fprintf(stderr, "lisan-query: %s\n", utf8::terminal_safe(message, utf8::Newlines::kKeep).c_str());
}

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

}  // namespace

int query_main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"lisan-query: search a lisan index"};
  app.set_version_flag("--version", "lisan-query 0.1.0");
  QueryOptions options;
  std::vector<std::string> words;
  std::string format = "text";
  std::string sort = "relevance";
  std::string color = "auto";
  std::vector<std::string> dbs;
  bool printer_bom = false;
  app.add_option("--db", dbs, "Index directory; repeat to search several shards (default: $LISAN_DB, else "
                              "~/.local/share/lisan/index)")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
  app.add_option("-n,--limit", options.limit, "Hits to show")->capture_default_str();
  app.add_option("--offset", options.offset, "Hits to skip (for paging)")->capture_default_str();
  app.add_option("--lang", options.build.lang, "Analyze the query as this language and keep to its documents");
  app.add_option("-f,--format", format, std::string("Output format: ") + printer_formats())->capture_default_str();
  app.add_option("--sort", sort, "relevance, date (oldest first) or -date (newest first)")->capture_default_str();
  app.add_flag("--count", options.count_only, "Print only the number of matching documents");
  app.add_flag("--explain", options.explain, "Show how each query word was analyzed and what each hit matched");
  app.add_flag("--fold", options.build.fold, "Also match Turkish text typed without ç ğ ı ö ş ü (and back)");
  app.add_flag("--exact", options.build.exact, "Match the exact spelling: no stemming, no accent folding");
  app.add_flag("--any", options.any, "Words without an operator are ORed (default: ANDed)");
  app.add_option("--color", color, "auto, always or never")->capture_default_str();
  app.add_option("--since", options.since, "Only documents dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)");
  app.add_option("--until", options.until, "Only documents dated on or before this day (YYYY, YYYY-MM or YYYY-MM-DD)");
  std::string facets, timeline, fields, manifest_path, plot_path, queries_path, since_run_path;
  app.add_option("--facets", facets, "Count matches per value over all matches: any of "
                                     "lang,source,channel,author,kind,hashtag,mention,domain,year,month");
  app.add_option("--facet-limit", options.facet_limit, "Values shown per facet (0 = all)")->capture_default_str();
  app.add_option("--timeline", timeline, "Matches over time per day, week or month (bar chart; JSON 'timeline')");
  app.add_option("--plot", plot_path, "Write the timeline (default unit: month), or the --matrix, as an SVG chart to "
                                      "this file");
  app.add_flag("--kwic", options.kwic, "Concordance: one line per occurrence of the matched words, in context");
  app.add_option("--width", options.kwic_width, "Columns of context on each side of a --kwic match")
      ->capture_default_str();
  app.add_option("--fields", fields, "csv columns, comma-separated (see docs/query-language.md)");
  app.add_flag("--bom", printer_bom, "csv: start with a UTF-8 byte order mark (for Excel)");
  app.add_option("--manifest", manifest_path, "Also write the run's manifest (versions, index, query, flags, time, "
                                              "matches) as JSON to this file");
  app.add_option("--queries", queries_path, "Run every query in this file (one per line, or NAME<TAB>query)");
  app.add_option("--since-run", since_run_path, "With --queries: report only matches not in this earlier json/jsonl "
                                                "batch output");
  app.add_option("query", words, "Query words, phrases and operators (see docs/query-language.md)");
  // Options may follow a subcommand (lisan-query similar ID --format json).
  app.fallthrough();
  campaign::CampaignOptions campaign_options;  // issue 6: campaign views (query/campaign/)
  campaign::add_campaign_options(app, campaign_options);

  ShowOptions show_options;
  CLI::App* show = app.add_subcommand("show", "Print one document in full, with its provenance");
  show->add_option("id", show_options.id, "Record id")->required();
  show->add_option("-f,--format", show_options.format, "text or json")->capture_default_str();
  std::string similar_id;
  CLI::App* similar = app.add_subcommand("similar", "Documents like the one with this id");
  similar->add_option("id", similar_id, "Record id")->required();
  CLI::App* info = app.add_subcommand("info", "What the index holds: documents per language, source and channel, "
                                              "dates, versions, inputs");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitHits : kExitError;
  }
  if (dbs.empty()) dbs.push_back(store::default_index_path());

  try {
    // issue 6: campaign views print their own reports (query/campaign/campaign_cli.h).
    campaign_options.plot = !plot_path.empty();
    if (auto view = campaign::run_campaign_view(campaign_options, dbs, words, options.since, options.until,
                                                options.limit, options.offset, format)) {
      if (!view->svg.empty()) write_file(plot_path, view->svg);
      if (!view->note.empty()) print_error("warning: " + view->note);
      write_out(view->text);
      return view->any ? kExitHits : kExitNoHits;
    }
    if (*show) {
      show_options.dbs = dbs;
      const std::optional<std::string> text = render_show(show_options);
      if (!text) {
        print_error(fmt::format("no document with id '{}'", show_options.id));
        return kExitNoHits;
      }
      write_out(*text);
      return kExitHits;
    }
    if (*info) {
      const store::IndexSummary summary = store::summarize(store::open_for_reading(dbs));
      if (format == "json") write_out(dump_json(summary.to_json(), 2) + "\n");
      else if (format == "text") write_out(utf8::terminal_safe(summary.to_text(), utf8::Newlines::kKeep));
      else throw UsageError(fmt::format("info --format {}: use text or json", format));
      return kExitHits;
    }
    const bool batch = !queries_path.empty();
    if (words.empty() && !batch && !*similar) {
      std::fprintf(stderr, "lisan-query: error: no query given\n%s", app.help().c_str());
      return kExitError;
    }
    if (batch && !words.empty())
      throw UsageError("--queries runs the queries in its file: give no query on the command line");
    if (!since_run_path.empty() && !batch) throw UsageError("--since-run compares batch runs: use it with --queries");
    for (const auto& w : words) options.query += (options.query.empty() ? "" : " ") + w;
    if (!facets.empty()) options.facets = parse_facet_list(facets);
    if (!timeline.empty()) options.timeline = parse_timeline_unit(timeline);
    if (!plot_path.empty() && !options.timeline) options.timeline = TimelineUnit::kMonth;
    if (options.kwic_width == 0 || options.kwic_width > 500) throw UsageError("--width: give 1 to 500 columns");
    if (sort == "relevance") options.sort = SortOrder::kRelevance;
    else if (sort == "date") options.sort = SortOrder::kDateAscending;
    else if (sort == "-date") options.sort = SortOrder::kDateDescending;
    else throw UsageError(fmt::format("--sort {}: use relevance, date or -date", sort));
    if (!options.build.lang.empty()) options.build.lang = normalize_lang(options.build.lang);
    PrinterOptions printer_options;
    printer_options.color = use_color(color);
    printer_options.bom = printer_bom;
    if (!fields.empty()) printer_options.fields = parse_csv_fields(fields);
    std::unique_ptr<Printer> printer = make_printer(format, printer_options);
    if (!printer) throw UsageError(fmt::format("--format {}: use one of {}", format, printer_formats()));
    options.dbs = dbs;
    for (int i = 1; i < argc; ++i) options.flags.emplace_back(argv[i]);

    analysis::Analyzer analyzer;
    if (batch) {
      std::map<std::string, std::set<std::string>> previous;
      if (!since_run_path.empty()) previous = read_previous_run(since_run_path);
      BatchResult named =
          run_batch(options, queries_path, read_queries(queries_path), since_run_path.empty() ? nullptr : &previous, analyzer);
      named.since_run = since_run_path;
      const std::string text = render_batch(named, format, printer_options);
      for (const auto& e : named.entries)
        for (const std::string& warning : report_warnings(e.report))
          print_error(fmt::format("warning: {} (line {}): {}", e.query.name, e.query.line, warning));
      if (!manifest_path.empty()) write_file(manifest_path, dump_json(batch_manifest(named), 2) + "\n");
      write_out(text);
      for (const auto& e : named.entries)
        if (e.report.result.estimated > 0) return kExitHits;
      return kExitNoHits;
    }
    if (*similar) {
      if (!Searcher(store::open_for_reading(dbs)).find_by_id(similar_id)) {
        print_error(fmt::format("no document with id '{}'", similar_id));
        return kExitNoHits;
      }
    }
    const Report report = *similar ? run_similar(options, similar_id, analyzer) : run_query(options, analyzer);
    const std::string text = printer->render(report);
    for (const std::string& warning : report_warnings(report)) print_error("warning: " + warning);
    if (!plot_path.empty()) {
      PlotLabels labels;
      labels.title = fmt::format("Matches per {}: {}", timeline_unit_name(report.timeline_unit), report.query);
      const Xapian::doccount left_out = report.timeline_clip.left_out_count();
      labels.subtitle = fmt::format("{} matching of {} documents{}{}", report.result.estimated, report.index.documents,
                                    report.undated > 0 ? fmt::format(" ({} undated, not shown)", report.undated) : "",
                                    left_out > 0 ? fmt::format(" ({} dated outside {} .. {}, not shown)", left_out,
                                                               report.timeline_clip.first, report.timeline_clip.last)
                                                 : "");
      labels.footer = fmt::format("lisan {} · index {} · run {}", report.lisan_version, report.index.manifest_id(),
                                  report.run_at);
      write_file(plot_path, timeline_svg(report.timeline, labels));
    }
    if (!manifest_path.empty()) {
      nlohmann::json m = manifest_json(report);
      m["format"] = format;
      write_file(manifest_path, dump_json(m, 2) + "\n");
    }
    write_out(text);
    return report.result.estimated > 0 ? kExitHits : kExitNoHits;
  } catch (const Error& e) {
    print_error(std::string("error: ") + e.what());
    return kExitError;
  } catch (const Xapian::Error& e) {
    print_error("error: " + e.get_description());
    return kExitError;
  }
}

}  // namespace lisan::query
