// Batch: a study's whole protocol in one command (lisan-query --queries FILE).
// Each line of FILE is a query, or NAME<TAB>query; blank lines and lines
// starting with '#' are skipped. Every query runs with the same options; the
// output gives each its match count and top hits, then one summary table.
// --since-run FILE reads an earlier batch output (json or jsonl) and reports
// only the matches whose ids that run did not have, per query name.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/printers/printer.h"
#include "query/query_run.h"

namespace lisan::query {

struct BatchQuery {
  std::string name;   // NAME, or the query itself when the line has no name
  std::string query;
  std::size_t line = 0;  // 1-based line in the queries file
};

// Throws lisan::Error for a file that cannot be read and UsageError
// ("FILE:LINE: ...") for a line that cannot be used (an empty query after a
// name, a name used twice).
std::vector<BatchQuery> read_queries(const std::string& path);
std::vector<BatchQuery> parse_queries(const std::string& text, const std::string& path);

// Query name -> ids an earlier batch run reported: from a json batch output
// ("queries"[].name and .ids, every match) or a jsonl one (query_name, id per
// line). Throws UsageError when the file is neither.
std::map<std::string, std::set<std::string>> read_previous_run(const std::string& path);
std::map<std::string, std::set<std::string>> parse_previous_run(const std::string& text, const std::string& path);

struct BatchEntry {
  BatchQuery query;
  Report report;
};

struct BatchResult {
  std::string queries_file;
  std::string since_run;  // the earlier run compared against ("" = none)
  std::vector<BatchEntry> entries;
};

// Runs every query; a query that cannot be parsed stops the batch with a
// UsageError naming its file and line, before any output is written.
BatchResult run_batch(const QueryOptions& base, const std::string& queries_file, const std::vector<BatchQuery>& queries,
                      const std::map<std::string, std::set<std::string>>* previous, const analysis::Analyzer& analyzer);

// The batch's manifest (as manifest_json, with the queries file and the
// earlier run instead of one query), for json output and --manifest FILE.
nlohmann::json batch_manifest(const BatchResult& batch);

// The batch in each format; the printers (printer.h) call these.
std::string batch_text(const BatchResult& batch, const PrinterOptions& options);
std::string batch_json(const BatchResult& batch);
std::string batch_jsonl(const BatchResult& batch);
std::string batch_csv(const BatchResult& batch, const PrinterOptions& options);

}  // namespace lisan::query
