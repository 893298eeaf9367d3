#include "query/query_cli.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include "lisan/core/error.h"
#include "lisan/store/index_store.h"
#include "query/printers/json_fields.h"
#include "query/printers/printer.h"
#include "query/query_run.h"
#include "query/show.h"

namespace lisan::query {
namespace {

// Writes all of `text` to stdout. A closed pipe (| head) is not an error.
void write_out(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    if (errno == EPIPE) std::exit(0);
    throw Error::format("cannot write output: {}", std::strerror(errno));
  }
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
  app.add_option("query", words, "Query words, phrases and operators (see README)");

  ShowOptions show_options;
  CLI::App* show = app.add_subcommand("show", "Print one document in full, with its provenance");
  show->add_option("id", show_options.id, "Record id")->required();
  show->add_option("-f,--format", show_options.format, "text or json")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitHits : kExitError;
  }
  if (dbs.empty()) dbs.push_back(store::default_index_path());

  try {
    if (*show) {
      show_options.dbs = dbs;
      const std::optional<std::string> text = render_show(show_options);
      if (!text) {
        std::fprintf(stderr, "lisan-query: no document with id '%s'\n", show_options.id.c_str());
        return kExitNoHits;
      }
      write_out(*text);
      return kExitHits;
    }
    if (words.empty()) {
      std::fprintf(stderr, "lisan-query: error: no query given\n%s", app.help().c_str());
      return kExitError;
    }
    for (const auto& w : words) options.query += (options.query.empty() ? "" : " ") + w;
    if (sort == "relevance") options.sort = SortOrder::kRelevance;
    else if (sort == "date") options.sort = SortOrder::kDateAscending;
    else if (sort == "-date") options.sort = SortOrder::kDateDescending;
    else throw UsageError(fmt::format("--sort {}: use relevance, date or -date", sort));
    if (!options.build.lang.empty()) options.build.lang = normalize_lang(options.build.lang);
    PrinterOptions printer_options;
    printer_options.color = use_color(color);
    std::unique_ptr<Printer> printer = make_printer(format, printer_options);
    if (!printer) throw UsageError(fmt::format("--format {}: use one of {}", format, printer_formats()));
    options.dbs = dbs;
    for (int i = 1; i < argc; ++i) options.flags.emplace_back(argv[i]);

    analysis::Analyzer analyzer;
    const Report report = run_query(options, analyzer);
    write_out(printer->render(report));
    return report.result.estimated > 0 ? kExitHits : kExitNoHits;
  } catch (const Error& e) {
    std::fprintf(stderr, "lisan-query: error: %s\n", e.what());
    return kExitError;
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "lisan-query: error: %s\n", e.get_description().c_str());
    return kExitError;
  }
}

}  // namespace lisan::query
