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

#include "lisan/cli/help_groups.h"
#include "lisan/cli/usage_errors.h"
#include "lisan/cli/version_text.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"
#include "lisan/store/index_store.h"
#include "lisan/store/index_summary.h"
#include "lisan/store/reopen.h"
#include "query/batch.h"
#include "query/campaign/campaign_cli.h"
#include "query/network/network_cli.h"
#include "query/network/network_printers.h"
#include "query/facets.h"
#include "query/plot_svg.h"
#include "query/printers/csv_printer.h"
#include "query/printers/json_fields.h"
#include "query/printers/printer.h"
#include "query/query_run.h"
#include "query/similar.h"

namespace lisan::query {
namespace {

// Thrown when stdout's reader has gone (| head): the run ends with status 0.
struct ClosedPipe {};

// Writes all of `text` to stdout.
void write_out(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    if (errno == EPIPE) throw ClosedPipe{};
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

enum class Mode { kSearch, kSimilar, kBatch, kView, kNetwork, kShow, kInfo };

// Every flag of one command line (CLI11 writes the raw values here), and
// what validate() derives from them. Nothing else reads argv.
struct CommandLine {
  QueryOptions options;
  std::vector<std::string> words;
  std::string format = "text", sort = "relevance", color = "auto";
  std::string facets, timeline, fields, manifest_path, plot_path, queries_path, since_run_path;
  bool bom = false, csv_raw = false, all = false;
  campaign::CampaignOptions campaign;
  network::NetworkCliOptions network;  // --network (query/network/)
  std::string show_id, show_format, similar_id;
  CLI::App* show = nullptr;
  CLI::App* similar = nullptr;
  CLI::App* info = nullptr;
  CLI::Option* width_option = nullptr;        // given at all? (it has a default)
  CLI::Option* facet_limit_option = nullptr;
  // Set by validate():
  Mode mode = Mode::kSearch;
  std::string view;  // the campaign view's option ("--top" ...) for Mode::kView
  PrinterOptions printer;
  network::NetworkOptions network_options;  // checked --network options
};

// --help by task, each group with examples that run on the sample corpus
// (docs/query-language.md). man/lisan-query.1.md lists the same options;
// tests/e2e/cli_help_test.cc keeps the two and the golden help in step.
std::vector<cli::HelpGroup> help_groups() {
  return {
      {"Index", {"--db", "--allow-partial", "--shard-timeout"},
       {"lisan-query --db ~/corpora/storm-2021 --db ~/.local/share/lisan/index 'hunger strike'",
        "lisan-query --db ~/corpora/archive-set --allow-partial 'hunger strike'  # a shard set (docs/scaling.md)"}},
      {"Query", {"--lang", "--exact", "--fold", "--names", "--any", "--explain"},
       {"lisan-query '\"slow disappearance\"'                 # a phrase",
        "lisan-query '#FreeTheCaptives -channel:dawnrelief'  # quote #tags, or the shell drops them",
        "lisan-query --fold --explain 'ozgurluk'             # Turkish typed without ç ğ ı ö ş ü",
        "lisan-query --explain '~Sefra'                      # a name in every spelling: also صفرا (docs/names.md)"}},
      {"Filters", {"--since", "--until"},
       {"lisan-query --since 2021-09 --until 2021-10-15 'lang:ar الأسرى'"}},
      {"Output", {"--format", "--limit", "--all", "--offset", "--sort", "--count", "--color", "--fields", "--bom",
                  "--csv-raw", "--manifest"},
       {"lisan-query --format jsonl --limit 20 '#FreeTheCaptives date:2021-09-24'",
        "lisan-query --format csv --all --manifest hits.manifest.json '#FreeTheCaptives' > hits.csv",
        "lisan-query --format csv --fields date,channel,text --sort date 'hunger strike' > hits.csv",
        "lisan-query --count 'lang:tr'"}},
      {"Counts and context", {"--kwic", "--width", "--facets", "--facet-limit", "--timeline", "--plot"},
       {"lisan-query --kwic --width 30 '\"slow disappearance\"'",
        "lisan-query --facets channel,lang --timeline week '#FreeTheCaptives'",
        "lisan-query --plot storm.svg '#FreeTheCaptives'"}},
      {"Campaign views (docs/campaign-analysis.md)",
       {"--collapse", "--group-by", "--top", "--cooccur", "--spread", "--matrix", "--matrix-unit"},
       {"lisan-query --group-by cluster '#FreeTheCaptives'",
        "lisan-query --top hashtag --limit 20 'lang:ar'",
        "lisan-query --matrix hashtag --matrix-unit week --plot matrix.svg 'date:2021-09'"}},
      {"Coordination networks (docs/campaign-analysis.md)",
       {"--network", "--window", "--min-repeats", "--edge-percentile", "--seed", "--graph"},
       {"lisan-query --network co-link --min-repeats 1 --graph links.graphml '#FreeTheCaptives'",
        "lisan-query --network co-text --window 2h --format csv > edges.csv"}},
      {"Batch", {"--queries", "--since-run"},
       {"lisan-query --queries watchlist.txt --format jsonl > today.jsonl",
        "lisan-query --queries watchlist.txt --since-run today.jsonl --format jsonl"}},
      {"Help", {"--help", "--version"}, {}},
      // No options: the examples of the subcommands, printed after their list.
      {"Subcommands", {},
       {"lisan-query show tg:dawnrelief:155 --format json",
        "lisan-query similar tg:dawnrelief:155",
        "lisan-query info"}},
  };
}

void add_options(CLI::App& app, CommandLine& c) {
  std::string version = cli::version_text("lisan-query");
  version.pop_back();  // CLI11 adds the final newline
  app.set_version_flag("--version", version, "Print the versions of lisan, its index schema and analyzer, Xapian, ICU");
  QueryOptions& o = c.options;
  app.add_option("--db", o.dbs, "Index directory; repeat to search several shards (default: $LISAN_DB, else "
                                "$XDG_DATA_HOME/lisan/index, else ~/.local/share/lisan/index)")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
  app.add_flag("--allow-partial", o.read.allow_partial,
               "With a shard set: search the shards that answer when some are down, and mark the result partial "
               "(default: a shard that is down is an error)");
  app.add_option("--shard-timeout", o.read.timeout_ms, "Milliseconds a remote shard may take to connect or answer")
      ->capture_default_str();
  app.add_option("-n,--limit", o.limit, "Hits (or rows of a campaign view) to show; 0 = every match")
      ->capture_default_str();
  app.add_flag("--all", c.all, "Every match (same as --limit 0); csv and jsonl exports stream in bounded memory");
  app.add_option("--offset", o.offset, "Hits to skip (for paging)")->capture_default_str();
  app.add_option("--lang", o.build.lang, "Analyze the query as this language and keep to its documents");
  app.add_option("-f,--format", c.format, std::string("Output format: ") + printer_formats())->capture_default_str();
  app.add_option("--sort", c.sort, "relevance, date (oldest first) or -date (newest first)")->capture_default_str();
  app.add_flag("--count", o.count_only, "Print only the number of matching documents");
  app.add_flag("--explain", o.explain, "Show how each query word was analyzed and what each hit matched");
  app.add_flag("--fold", o.build.fold, "Also match Turkish text typed without ç ğ ı ö ş ü (and back)");
  app.add_flag("--exact", o.build.exact, "Match the exact spelling: no stemming, no accent folding");
  app.add_flag("--names", o.build.names,
               "Search capitalized and Arabic-script words in every spelling the index has, as ~word");
  app.add_flag("--any", o.any, "Words without an operator are ORed (default: ANDed)");
  app.add_option("--color", c.color, "auto, always or never")->capture_default_str();
  app.add_option("--since", o.since, "Only documents dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)");
  app.add_option("--until", o.until, "Only documents dated on or before this day (YYYY, YYYY-MM or YYYY-MM-DD)");
  app.add_option("--facets", c.facets, "Count matches per value over all matches: any of "
                                       "lang,source,channel,author,kind,hashtag,mention,domain,year,month");
  c.facet_limit_option = app.add_option("--facet-limit", o.facet_limit, "Values shown per facet (0 = all)")->capture_default_str();
  app.add_option("--timeline", c.timeline, "Matches over time per day, week or month (bar chart; JSON 'timeline')");
  app.add_option("--plot", c.plot_path, "Write the timeline (default unit: month), or the --matrix, as an SVG chart "
                                        "to this file");
  app.add_flag("--kwic", o.kwic, "Concordance: one line per occurrence of the matched words, in context");
  c.width_option = app.add_option("--width", o.kwic_width, "Columns of context on each side of a --kwic match")->capture_default_str();
  app.add_option("--fields", c.fields, "csv columns, comma-separated (see docs/query-language.md)");
  app.add_flag("--bom", c.bom, "csv: start with a UTF-8 byte order mark (for Excel)");
  app.add_flag("--csv-raw", c.csv_raw, "csv: write cells as indexed; by default a cell starting with = + - @, tab "
                                       "or CR is written as '... so spreadsheets do not run it as a formula");
  app.add_option("--manifest", c.manifest_path, "Also write the run's manifest (versions, index, query, flags, "
                                                "time, matches) as JSON to this file");
  app.add_option("--queries", c.queries_path, "Run every query in this file (one per line, or NAME<TAB>query)");
  app.add_option("--since-run", c.since_run_path, "With --queries: report only matches not in this earlier "
                                                  "json/jsonl batch output");
  app.add_option("query", c.words, "Query words, phrases and operators (see docs/query-language.md)");
  // Options may follow a subcommand (lisan-query similar ID --format json).
  app.fallthrough();
  campaign::add_campaign_options(app, c.campaign);  // issue 6: campaign views (query/campaign/)
  network::add_network_options(app, c.network);     // issue 20: coordination networks (query/network/)

  c.show = app.add_subcommand("show", "Print one document in full, with its provenance");
  c.show->add_option("id", c.show_id, "Record id")->required();
  c.show->add_option("-f,--format", c.show_format, "text or json");
  c.similar = app.add_subcommand("similar", "Documents like the one with this id");
  c.similar->add_option("id", c.similar_id, "Record id")->required();
  c.info = app.add_subcommand("info", "What the index holds: documents per language, source and channel, "
                                      "dates, versions, inputs");
  cli::apply_help_groups(app, help_groups());
}

// What each mode cannot use: an option given with a mode that would ignore
// it is a usage error naming both, never a silent drop.
struct Conflict {
  const char* option;
  bool given;
};

void reject(const std::string& mode, std::initializer_list<Conflict> conflicts) {
  for (const Conflict& c : conflicts)
    if (c.given) throw UsageError(fmt::format("{} cannot be combined with {}", c.option, mode));
}

// Every check of the command line, in one place, before anything is
// opened or searched. Fills c.mode, c.view, c.printer and the parsed
// values of c.options.
void validate(CommandLine& c, const std::vector<std::string>& argv) {
  QueryOptions& o = c.options;
  if (o.dbs.empty()) o.dbs.push_back(store::default_index_path());
  for (const auto& w : c.words) o.query += (o.query.empty() ? "" : " ") + w;
  o.flags = argv;
  if (!c.facets.empty()) o.facets = parse_facet_list(c.facets);
  if (!c.timeline.empty()) o.timeline = parse_timeline_unit(c.timeline);
  if (o.kwic_width == 0 || o.kwic_width > 500) throw UsageError("--width: give 1 to 500 columns");
  if (c.sort == "relevance") o.sort = SortOrder::kRelevance;
  else if (c.sort == "date") o.sort = SortOrder::kDateAscending;
  else if (c.sort == "-date") o.sort = SortOrder::kDateDescending;
  else throw UsageError(fmt::format("--sort {}: use relevance, date or -date", c.sort));
  if (c.color != "auto" && c.color != "always" && c.color != "never")
    throw UsageError(fmt::format("--color {}: use auto, always or never", c.color));
  c.printer.color = use_color(c.color);
  c.printer.bom = c.bom;
  c.printer.csv_raw = c.campaign.csv_raw = c.csv_raw;
  if (c.all && c.options.limit != 10 && c.options.limit != 0)
    throw UsageError(fmt::format("--all cannot be combined with --limit {}: give one", c.options.limit));
  if (c.all || o.limit == 0) {
    o.every_match = true;
    o.limit = kEveryMatch;
  }
  if (!c.fields.empty()) c.printer.fields = parse_csv_fields(c.fields);
  if (*c.show && !c.show_format.empty()) c.format = c.show_format;
  if (!make_printer(c.format, c.printer))
    throw UsageError(fmt::format("--format {}: use one of {}", c.format, printer_formats()));

  // csv's own options with a format that is not csv (--matrix writes csv
  // whatever the format, so its cells take --csv-raw).
  if (c.format != "csv")
    reject("--format " + c.format, {{"--bom", c.bom}, {"--fields", !c.fields.empty()},
                                    {"--csv-raw", c.csv_raw && c.campaign.matrix.empty()}});

  c.view = campaign::asked_view(c.campaign);
  c.network_options = network::check_network_options(c.network);
  const bool network = !c.network.kind.empty();
  if (network && !c.view.empty())
    throw UsageError(fmt::format("--network and {} are separate views: give one", c.view));
  if (network) c.view = "--network";
  const bool batch = !c.queries_path.empty();
  const int modes = !c.view.empty() + bool(*c.show) + bool(*c.similar) + bool(*c.info) + batch;
  if (modes > 1)
    throw UsageError("show, similar, info, --queries, --network and the campaign views are separate modes: give one");
  if (*c.show) c.mode = Mode::kShow;
  else if (*c.info) c.mode = Mode::kInfo;
  else if (*c.similar) c.mode = Mode::kSimilar;
  else if (batch) c.mode = Mode::kBatch;
  else if (network) c.mode = Mode::kNetwork;
  else if (!c.view.empty()) c.mode = Mode::kView;

  if (c.view == "--matrix" && !c.timeline.empty())
    throw UsageError(fmt::format("--timeline cannot be combined with --matrix: its rows are periods already; "
                                 "use --matrix-unit {}", c.timeline));
  const bool search_like = c.mode == Mode::kSearch || c.mode == Mode::kSimilar || c.mode == Mode::kBatch;
  // "Did you mean" for an interactive search with few matches (not exports, counts or batches).
  o.suggest = c.mode == Mode::kSearch && !o.count_only && !o.every_match;
  const std::string mode_name = c.mode == Mode::kShow ? "show" : c.mode == Mode::kInfo ? "info" : c.view;
  if (!search_like) {
    reject(mode_name, {{"--count", o.count_only}, {"--explain", o.explain}, {"--kwic", o.kwic},
                       {"--facets", !o.facets.empty()}, {"--timeline", o.timeline.has_value()},
                       {"--fields", !c.fields.empty()}, {"--bom", c.bom}, {"--manifest", !c.manifest_path.empty()},
                       {"--since-run", !c.since_run_path.empty()}, {"--sort", c.sort != "relevance"},
                       {"--plot", !c.plot_path.empty() && c.view != "--matrix"}});
  }
  if (c.mode == Mode::kShow || c.mode == Mode::kInfo) {
    reject(mode_name, {{"query words", !c.words.empty()}, {"--lang", !o.build.lang.empty()},
                       {"--since", !o.since.empty()}, {"--until", !o.until.empty()}, {"--exact", o.build.exact},
                       {"--fold", o.build.fold}, {"--names", o.build.names}, {"--any", o.any}});
  }
  // Counts over all matches have no pages.
  if (c.mode == Mode::kShow || c.mode == Mode::kInfo || c.view == "--top" || c.view == "--cooccur" ||
      c.view == "--matrix" || c.mode == Mode::kNetwork)
    reject(mode_name, {{"--offset", o.offset != 0}});
  if (c.mode == Mode::kSimilar) reject("similar", {{"query words", !c.words.empty()}});
  // A network is built from every match: there are no pages or limits.
  if (c.mode == Mode::kNetwork) {
    reject("--network", {{"--limit", o.limit != 10 && !o.every_match}, {"--all", c.all}});
    if (c.format != "text" && c.format != "json" && c.format != "csv")
      throw UsageError(fmt::format("--format {} cannot show --network: use --format text (summary), json "
                                   "(summary) or csv (edge list), and --graph FILE.graphml|.gexf for Gephi",
                                   c.format));
  }
  if (c.mode == Mode::kBatch) reject("--queries", {{"--plot", !c.plot_path.empty()}});
  if (c.mode == Mode::kSearch && c.words.empty()) {
    // `lisan-query --limit 5 #tag`: the shell took #tag for a comment and
    // passed nothing, so say that rather than print the whole --help.
    throw UsageError("no query given: give words to search for (a #hashtag must be quoted, '#tag': unquoted, "
                     "the shell takes # for the start of a comment and drops the rest of the line)");
  }
  if (batch && !c.words.empty())
    throw UsageError("--queries runs the queries in its file: give no query on the command line");
  if (!c.since_run_path.empty() && !batch) throw UsageError("--since-run compares batch runs: use it with --queries");
  if (o.count_only) reject("--count", {{"--kwic", o.kwic}, {"--all", c.all}});
  // Options that only shape another option's output.
  if (!o.kwic && c.width_option->count() > 0)
    throw UsageError("--width sets the context of --kwic lines: use it with --kwic");
  if (o.facets.empty() && c.facet_limit_option->count() > 0)
    throw UsageError("--facet-limit sets the values shown per --facets field: use it with --facets");
  if (!c.plot_path.empty() && c.mode != Mode::kView && !o.timeline) o.timeline = TimelineUnit::kMonth;

  // The format × mode table: what the chosen printer can show.
  const std::unique_ptr<Printer> printer = make_printer(c.format, c.printer);
  const auto need = [&](Shape shape, const std::string& what) {
    if (!printer->shows(shape))
      throw UsageError(fmt::format("--format {} cannot show {}: use --format {}", c.format, what,
                                   formats_showing(shape)));
  };
  switch (c.mode) {
    case Mode::kShow: need(Shape::kDocument, "show"); break;
    case Mode::kInfo: need(Shape::kInfo, "info"); break;
    case Mode::kView: need(c.view == "--matrix" ? Shape::kMatrix : Shape::kView, c.view); break;
    case Mode::kNetwork: break;  // checked above: text, json, csv
    case Mode::kBatch: need(Shape::kBatch, "--queries"); [[fallthrough]];
    case Mode::kSearch:
    case Mode::kSimilar:
      need(Shape::kHits, "hits");
      // --timeline given by --plot alone goes to the SVG file, not to stdout.
      if (!c.timeline.empty()) need(Shape::kTimeline, "--timeline");
      if (!o.facets.empty()) need(Shape::kFacets, "--facets");
      break;
  }
}

int run_view(const CommandLine& c, const Printer& printer, const analysis::Analyzer& analyzer) {
  campaign::CampaignOptions options = c.campaign;
  options.plot = !c.plot_path.empty();
  // An empty query summarises the whole index (within the plan's filters).
  const QueryPlan plan = make_plan(c.options, analyzer, EmptyQuery::kEveryDocument);
  std::vector<store::MissingShard> missing;
  const campaign::CampaignOutput view =
      store::run_on_index(c.options.dbs, c.options.read, [&](const store::OpenIndex& index) {
        missing = index.missing;
        return campaign::run_campaign_view(options, with_vocabulary(plan, analyzer, index.db), index.db);
      });
  if (!missing.empty()) print_error("warning: " + partial_warning(missing));
  const std::string text = printer.render_view(view.result);
  if (!view.svg.empty()) write_file(c.plot_path, view.svg);
  if (!view.note.empty()) print_error("warning: " + view.note);
  write_out(text);
  return view.any ? kExitHits : kExitNoHits;
}

// --network KIND: the network of the matches' accounts; the summary (text,
// json) or edge list (csv) to stdout, the graph to --graph FILE.
int run_network_mode(const CommandLine& c, const analysis::Analyzer& analyzer) {
  const QueryPlan plan = make_plan(c.options, analyzer, EmptyQuery::kEveryDocument);
  std::vector<store::MissingShard> missing;
  const network::NetworkResult result =
      store::run_on_index(c.options.dbs, c.options.read, [&](const store::OpenIndex& index) {
        missing = index.missing;
        return network::run_network(index.db, plan.query, plan.options.query, c.network_options);
      });
  if (!missing.empty()) print_error("warning: " + partial_warning(missing));
  if (!c.network.graph_path.empty())
    write_file(c.network.graph_path, network::graph_format_of(c.network.graph_path) == "gexf"
                                         ? network::network_gexf(result)
                                         : network::network_graphml(result));
  if (c.format == "json") write_out(dump_json(network::network_json(result), 2) + "\n");
  else if (c.format == "csv") write_out(network::network_csv(result, c.csv_raw ? CsvCells::kRaw : CsvCells::kSpreadsheetSafe));
  else write_out(network::network_text(result));
  return result.network.edges.empty() ? kExitNoHits : kExitHits;
}

int run_batch_mode(const CommandLine& c, const Printer& printer, const analysis::Analyzer& analyzer) {
  std::map<std::string, std::set<std::string>> previous;
  if (!c.since_run_path.empty()) previous = read_previous_run(c.since_run_path);
  const std::vector<BatchQuery> queries = read_queries(c.queries_path);
  BatchResult named = store::with_fresh_reads([&] {
    return run_batch(c.options, c.queries_path, queries, c.since_run_path.empty() ? nullptr : &previous, analyzer);
  });
  named.since_run = c.since_run_path;
  const std::string text = printer.render_batch(named);
  for (const auto& e : named.entries) {
    for (const std::string& warning : report_warnings(e.report))
      print_error(fmt::format("warning: {} (line {}): {}", e.query.name, e.query.line, warning));
    if (printer.name() != "text")
      if (const std::string cut = truncation_note(e.report); !cut.empty())
        print_error(fmt::format("note: {} (line {}): {}", e.query.name, e.query.line, cut));
  }
  if (!c.manifest_path.empty()) write_file(c.manifest_path, dump_json(batch_manifest(named), 2) + "\n");
  write_out(text);
  for (const auto& e : named.entries)
    if (e.report.result.estimated > 0) return kExitHits;
  return kExitNoHits;
}

void write_timeline_plot(const std::string& path, const Report& report) {
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
  write_file(path, timeline_svg(report.timeline, labels));
}

// --all into csv or jsonl: the pages are written as they are read, so an
// export of any size takes the memory of one page (query_run.h).
int run_streamed_export(const CommandLine& c, const Printer& printer, const analysis::Analyzer& analyzer,
                        const QueryPlan& plan) {
  constexpr std::size_t kPage = 500;
  const Report header = store::run_on_index(c.options.dbs, c.options.read, [&](const store::OpenIndex& index) {
    return stream_plan(plan, analyzer, Searcher(index), kPage,
                       [&](const Report& page, bool first) {
                         write_out(first ? printer.render(page) : printer.render_more(page));
                       });
  });
  for (const std::string& warning : report_warnings(header)) print_error("warning: " + warning);
  if (!c.plot_path.empty()) write_timeline_plot(c.plot_path, header);
  if (!c.manifest_path.empty()) {
    nlohmann::json m = manifest_json(header);
    m["format"] = c.format;
    write_file(c.manifest_path, dump_json(m, 2) + "\n");
  }
  return header.result.estimated > 0 ? kExitHits : kExitNoHits;
}

int run_search_mode(const CommandLine& c, const Printer& printer, const analysis::Analyzer& analyzer) {
  const QueryPlan plan =
      make_plan(c.options, analyzer, c.mode == Mode::kSimilar ? EmptyQuery::kEveryDocument : EmptyQuery::kError);
  if (c.mode == Mode::kSearch && c.options.every_match && !c.options.count_only && printer.streams())
    return run_streamed_export(c, printer, analyzer, plan);
  // A lisan-index run may commit while this reads: the whole run is read
  // again from a fresh revision then (facet spies and all).
  const std::optional<Report> found =
      store::run_on_index(c.options.dbs, c.options.read, [&](const store::OpenIndex& index) -> std::optional<Report> {
    const Searcher searcher(index);
    if (c.mode != Mode::kSimilar) return run_plan(plan, analyzer, searcher);
    if (!searcher.find_by_id(c.similar_id)) return std::nullopt;
    return run_similar(plan, c.similar_id, analyzer, searcher);
  });
  if (!found) {
    print_error(fmt::format("no document with id '{}'", c.similar_id));
    return kExitNoHits;
  }
  const Report& report = *found;
  const std::string text = printer.render(report);
  for (const std::string& warning : report_warnings(report)) print_error("warning: " + warning);
  // The text output says it itself; an export must not be cut silently.
  if (printer.name() != "text")
    if (const std::string cut = truncation_note(report); !cut.empty()) print_error("note: " + cut);
  if (!c.plot_path.empty()) write_timeline_plot(c.plot_path, report);
  if (!c.manifest_path.empty()) {
    nlohmann::json m = manifest_json(report);
    m["format"] = c.format;
    write_file(c.manifest_path, dump_json(m, 2) + "\n");
  }
  write_out(text);
  return report.result.estimated > 0 ? kExitHits : kExitNoHits;
}

int run(const CommandLine& c) {
  const std::unique_ptr<Printer> printer = make_printer(c.format, c.printer);
  switch (c.mode) {
    case Mode::kShow: {
      std::vector<store::MissingShard> missing;
      const std::optional<Hit> hit =
          store::run_on_index(c.options.dbs, c.options.read, [&](const store::OpenIndex& index) {
            missing = index.missing;
            return Searcher(index).find_by_id(c.show_id);
          });
      if (!missing.empty()) print_error("warning: " + partial_warning(missing));
      if (!hit) {
        print_error(fmt::format("no document with id '{}'", c.show_id));
        return kExitNoHits;
      }
      write_out(printer->render_document(*hit));
      return kExitHits;
    }
    case Mode::kInfo:
      write_out(printer->render_info(store::run_on_index(
          c.options.dbs, c.options.read, [&](const store::OpenIndex& index) { return store::summarize(index); })));
      return kExitHits;
    default: break;
  }
  const analysis::Analyzer analyzer;
  if (c.mode == Mode::kView) return run_view(c, *printer, analyzer);
  if (c.mode == Mode::kNetwork) return run_network_mode(c, analyzer);
  if (c.mode == Mode::kBatch) return run_batch_mode(c, *printer, analyzer);
  return run_search_mode(c, *printer, analyzer);
}

}  // namespace

int query_main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  // Every failure ends here, as a message and a documented exit status:
  // nothing below calls exit().
  try {
    // Named here, not from argv[0], so --help reads the same however it is run.
    CLI::App app{"lisan-query: search a lisan index", "lisan-query"};
    CommandLine c;
    add_options(app, c);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (const std::string typo = cli::unknown_option_message(e, app); !typo.empty()) {
        print_error("error: " + typo);
        return kExitError;
      }
      return app.exit(e) == 0 ? kExitHits : kExitError;
    }
    validate(c, std::vector<std::string>(argv + 1, argv + argc));
    return run(c);
  } catch (const ClosedPipe&) {
    return kExitHits;
  } catch (const Error& e) {
    print_error(std::string("error: ") + e.what());
  } catch (const Xapian::Error& e) {
    print_error("error: " + e.get_description());
  } catch (const std::bad_alloc&) {
    print_error("error: out of memory");
  } catch (const std::exception& e) {
    print_error(std::string("error: ") + e.what());
  } catch (...) {
    print_error("error: unexpected failure");
  }
  return kExitError;
}

}  // namespace lisan::query
