#include "indexer/index_cli.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include "indexer/interrupt.h"
#include "indexer/readers/format_aliases.h"
#include "indexer/readers/generic/csv_record_reader.h"
#include "lisan/cli/help_groups.h"
#include "lisan/cli/usage_errors.h"
#include "lisan/cli/version_text.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"
#include "lisan/store/index_store.h"
#include "lisan/store/index_summary.h"
#include "lisan/store/merge_shards.h"
#include "lisan/store/open_index.h"

namespace lisan::indexer {

int exit_status(const IndexStats& stats) {
  if (stats.interrupted) return kExitInterrupted;
  const bool any_failure = stats.rejected > 0 || stats.failed_inputs > 0;
  if (!any_failure) return kExitOk;
  const bool anything_usable = stats.added + stats.replaced + stats.skipped + stats.deleted > 0;
  return anything_usable ? kExitSomeRejected : kExitUnusable;
}

namespace {

// --help by task, each group with examples that run on the sample corpus.
// man/lisan-index.1.md lists the same options; tests/e2e/cli_help_test.cc
// keeps the two and the golden help in step.
std::vector<cli::HelpGroup> help_groups() {
  return {
      {"Input", {"--format", "--encoding", "--lang-from-dir", "--skip-service"},
       {"lisan-index corpus/                      # a folder: each file's format is detected",
        "lisan-index --format telegram --skip-service corpus/telegram/result.json",
        "lisan-index --encoding cp1256 corpus/articles/tahaqquq_rabit_al_tabarru.cp1256.html",
        "cat corpus/jsonl/news.jsonl | lisan-index -"}},
      {"CSV columns and dates", {"--map", "--date-format", "--tz"},
       {"lisan-index --map text=tekst,date=datum,channel=kanaal --tz Europe/Amsterdam corpus/csv/monitoring_sheet.csv",
        "lisan-index --map text=body --date-format '%d/%m/%Y %H:%M' --tz Europe/Istanbul sheet.csv"}},
      {"Index maintenance", {"--db", "--shards", "--delete", "--force", "--no-compact", "--commit-every", "--jobs"},
       {"lisan-index --db ~/corpora/storm-2021 corpus/twitter/tweets.jsonl",
        "lisan-index --db ~/corpora/archive-set --shards 4 corpus/   # a shard set (docs/scaling.md)",
        "lisan-index --delete telegram:1655500001:301"}},
      {"Reporting", {"--rejects", "--quiet"},
       {"lisan-index --rejects rejects.jsonl --quiet corpus/"}},
      {"Help", {"--help", "--version"}, {}},
      // No options: the example of the subcommand, printed after it.
      {"Subcommands", {}, {"lisan-index info", "lisan-index --db ~/corpora/archive-set merge --into ~/corpora/archive-merged"}},
  };
}

}  // namespace

int index_main(int argc, char** argv) {
  // Named here, not from argv[0], so --help reads the same however it is run.
  CLI::App app{"lisan-index: read corpus files and write a lisan (Xapian) index", "lisan-index"};
  std::string version = cli::version_text("lisan-index");
  version.pop_back();  // CLI11 adds the final newline
  app.set_version_flag("--version", version, "Print the versions of lisan, its index schema and analyzer, Xapian, ICU");
  IndexOptions options;
  options.db = store::default_index_path();
  bool quiet = false;
  app.add_option("--db", options.db, "Index directory (default: $LISAN_DB, else $XDG_DATA_HOME/lisan/index, else "
                                      "~/.local/share/lisan/index)");
  app.add_option("--format", options.format,
                 std::string("Input format: ") + reader_formats() + "; or one of these aliases: " + format_alias_help())
      ->capture_default_str();
  app.add_option("--tz", options.reader.assumed_zone,
                 "IANA time zone for dates without one (default: UTC, recorded as assumed)");
  app.add_option("--rejects", options.rejects_path, "Write rejected records with their reasons to FILE (JSONL)");
  app.add_option("--delete", options.delete_ids, "Remove the documents with these record ids")->expected(1, -1);
  app.add_option("-j,--jobs", options.jobs, "Analysis threads (default: all cores)");
  app.add_option("--commit-every", options.commit_every, "Documents per commit")->capture_default_str();
  app.add_flag("--skip-service", options.reader.skip_service, "Leave out Telegram service messages (counted)");
  std::vector<std::string> column_map;
  app.add_option("--map", column_map, "CSV columns by field, e.g. text=body,date=created_at (fields: " +
                                          csv_mappable_fields() + ")");
  app.add_option("--date-format", options.reader.date_format,
                 "strptime pattern of non-ISO CSV dates, e.g. '%d/%m/%Y %H:%M' (read in --tz)");
  app.add_option("--encoding", options.reader.encoding,
                 "Encoding of legacy files: cp1254, cp1256, cp1252, ... (CSV: required when not UTF-8; text and "
                 "HTML: detected when not given)");
  app.add_flag("--lang-from-dir", options.reader.lang_from_dir,
               "Text files: take lang from a directory named like a language code (udhr/ar/...)");
  app.add_flag("--force", options.force, "Read inputs again even when their content is unchanged");
  bool no_compact = false;
  app.add_flag("--no-compact", no_compact,
               "Do not compact the index after a bulk build (a run that at least doubles it)");
  app.add_option("--shards", options.shards,
                 "Make --db a shard set of K shards (records placed by a hash of their id), or check an existing "
                 "set has K; see docs/scaling.md")
      ->check(CLI::Range(1u, 256u));
  app.add_flag("-q,--quiet", quiet, "Print only errors and the summary (no progress line)");
  app.add_option("inputs", options.inputs, "Input files or directories (walked recursively), or - for standard input");

  std::string info_format = "text";
  CLI::App* info = app.add_subcommand("info", "What the index holds: languages, sources, channels, dates, inputs");
  info->add_option("-f,--format", info_format, "text or json")->capture_default_str();
  cli::apply_help_groups(app, help_groups());

  std::string merge_into;
  CLI::App* merge = app.add_subcommand("merge", "Merge the shards of a shard set (--db) into one new index");
  merge->add_option("--into", merge_into, "Directory of the merged index (must not exist)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (const std::string typo = cli::unknown_option_message(e, app); !typo.empty()) {
      std::fprintf(stderr, "lisan-index: error: %s\n", utf8::terminal_safe(typo).c_str());
      return kExitUnusable;
    }
    return app.exit(e) == 0 ? kExitOk : kExitUnusable;
  }
  if (*merge) {
    try {
      const store::MergeResult m = store::merge_shard_set(options.db, merge_into);
      std::fprintf(stderr, "lisan-index: merged %u shard(s), %u document(s), into %s (%.1f MB) in %.2f s\n",
                   m.shards, m.documents, utf8::terminal_safe(merge_into).c_str(), m.bytes / 1e6, m.seconds);
      return kExitOk;
    } catch (const Error& e) {
      std::fprintf(stderr, "lisan-index: error: %s\n", utf8::terminal_safe(e.what(), utf8::Newlines::kKeep).c_str());
      return kExitUnusable;
    }
  }
  if (*info) {
    try {
      const store::IndexSummary summary = store::summarize(store::open_index({options.db}));
      const std::string text = info_format == "json" ? summary.to_json().dump(2) + "\n" : summary.to_text();
      std::fwrite(text.data(), 1, text.size(), stdout);
      return kExitOk;
    } catch (const Error& e) {
      std::fprintf(stderr, "lisan-index: error: %s\n", utf8::terminal_safe(e.what(), utf8::Newlines::kKeep).c_str());
      return kExitUnusable;
    }
  }
  if (auto map = parse_column_map(column_map)) {
    options.reader.column_map = std::move(map).value();
  } else {
    std::fprintf(stderr, "lisan-index: error: --map: %s\n", map.error().c_str());
    return kExitUnusable;
  }
  // Checked once here: a bad zone would otherwise fail every naive date.
  if (const std::string tz = time_zone_error(options.reader.assumed_zone); !tz.empty()) {
    std::fprintf(stderr, "lisan-index: error: --tz: %s\n", tz.c_str());
    return kExitUnusable;
  }
  if (options.inputs.empty() && options.delete_ids.empty()) {
    std::fprintf(stderr, "lisan-index: error: no input files given: name files or folders, or - for standard "
                         "input (--help lists the options, with examples)\n");
    return kExitUnusable;
  }
  // An index written where the user did not say: name it, so the next
  // lisan-query (or a surprise on a full disk) is not a mystery.
  if (app.count("--db") == 0 && !quiet) {
    const char* from_env = std::getenv("LISAN_DB");
    std::fprintf(stderr, "lisan-index: writing to %s (%s; --db DIR writes elsewhere)\n",
                 utf8::terminal_safe(options.db).c_str(),
                 from_env && *from_env ? "from $LISAN_DB" : "the default index, which lisan-query also reads");
  }

  options.progress = !quiet;
  options.compact = !no_compact;
  install_interrupt_handlers();
  Diagnostics diagnostics([quiet](const Diagnostic& d) {
    if (quiet && d.severity != Severity::kError) return;
    std::fprintf(stderr, "lisan-index: %s\n", d.to_string().c_str());
  });
  try {
    const IndexStats stats = run_index(options, diagnostics);
    std::fprintf(stderr, "lisan-index: %s\n", stats.summary().c_str());
    return exit_status(stats);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "lisan-index: error: %s\n", utf8::terminal_safe(e.what(), utf8::Newlines::kKeep).c_str());
    return kExitUnusable;
  } catch (const Error& e) {
    std::fprintf(stderr, "lisan-index: error: %s\n", utf8::terminal_safe(e.what(), utf8::Newlines::kKeep).c_str());
    return kExitUnusable;
  } catch (const Xapian::Error& e) {
    // A write that failed mid-run (a full disk): Xapian commits are atomic,
    // so the index holds what was committed before, and inputs not finished
    // carry no fingerprint, so the same command reads them again.
    const bool disk_full = e.get_error_string() != nullptr && std::string(e.get_error_string()) == std::strerror(ENOSPC);
    std::fprintf(stderr, "lisan-index: error: %s%s\n",
                 utf8::terminal_safe(options.db + ": " + e.get_description()).c_str(),
                 disk_full ? "; the index keeps what was committed before: free space on that disk and run the "
                             "same command again to finish"
                           : "");
    return kExitUnusable;
  }
}

}  // namespace lisan::indexer
