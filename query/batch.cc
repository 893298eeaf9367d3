#include "query/batch.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lisan/core/error.h"
#include "lisan/store/index_store.h"
#include "query/printers/bidi.h"
#include "query/printers/csv_printer.h"
#include "query/kwic.h"
#include "query/printers/json_fields.h"

namespace lisan::query {
namespace {

using nlohmann::json;

std::string read_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::format("{}: cannot open {}: {}", path, what, std::strerror(errno));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string trim(std::string s) {
  const auto not_space = [](char c) { return c != ' ' && c != '\t' && c != '\r'; };
  while (!s.empty() && !not_space(s.back())) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && !not_space(s[i])) ++i;
  return s.substr(i);
}

json entry_json(const BatchEntry& e) {
  const Report& r = e.report;
  json hits = json::array();
  for (std::size_t i = 0; i < r.result.hits.size(); ++i) hits.push_back(hit_to_json(r.result.hits[i], r.snippets[i], r.explain));
  json out = {{"name", e.query.name},   {"query", e.query.query}, {"line", e.query.line},
              {"parsed", r.parsed},     {"xapian_query", r.xapian_query},
              {"matches", r.result.estimated}, {"ids", r.all_ids}, {"hits", std::move(hits)}};
  if (r.has_new) out["new_matches"] = r.new_matches;
  if (!r.facets.empty()) out["facets"] = facets_json(r);
  if (r.has_timeline) out["timeline"] = timeline_json(r);
  if (!r.wildcards.empty()) out["wildcards"] = wildcards_json(r);
  return out;
}

}  // namespace

json batch_manifest(const BatchResult& b) {
  json m = b.entries.empty() ? json::object() : manifest_json(b.entries.front().report);
  m.erase("query");
  m.erase("matches");
  m.erase("hits_returned");
  m["queries_file"] = b.queries_file;
  m["queries"] = b.entries.size();
  if (!b.since_run.empty()) m["since_run"] = b.since_run;
  return m;
}

namespace {

std::string summary_text(const BatchResult& b) {
  std::size_t name_width = 4;
  for (const auto& e : b.entries) name_width = std::max(name_width, display_width(terminal_field(e.query.name)));
  name_width = std::min<std::size_t>(name_width, 40);
  const bool with_new = !b.since_run.empty();
  std::string out = "Summary";
  out += with_new ? fmt::format(" (new since {})", terminal_field(b.since_run)) : "";
  out += fmt::format(":\n  {}  {:>8}{}  query\n", fit_width("name" + std::string(name_width, ' '), name_width, false),
                     "matches", with_new ? fmt::format("  {:>6}", "new") : "");
  for (const auto& e : b.entries) {
    const std::string name = terminal_field(e.query.name);
    const std::size_t w = display_width(name);
    out += fmt::format("  {}{}  {:>8}{}  {}\n", name, std::string(w < name_width ? name_width - w : 0, ' '),
                       e.report.result.estimated, with_new ? fmt::format("  {:>6}", e.report.new_matches) : "",
                       terminal_field(e.query.query));
  }
  return out;
}

}  // namespace

std::vector<BatchQuery> parse_queries(const std::string& text, const std::string& path) {
  std::vector<BatchQuery> out;
  std::set<std::string> names;
  std::istringstream in(text);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // a BOM from a Windows editor
    const std::string t = trim(line);
    if (t.empty() || t.front() == '#') continue;
    BatchQuery q;
    q.line = n;
    const std::size_t tab = line.find('\t');
    if (tab != std::string::npos) {
      q.name = trim(line.substr(0, tab));
      q.query = trim(line.substr(tab + 1));
      if (q.query.empty())
        throw UsageError(fmt::format("{}:{}: query '{}' has a name but no query after the tab", path, n, q.name));
      if (q.name.empty()) q.name = q.query;
    } else {
      q.name = q.query = t;
    }
    if (!names.insert(q.name).second)
      throw UsageError(fmt::format("{}:{}: query name '{}' is used twice; names must be unique for --since-run", path,
                                   n, q.name));
    out.push_back(std::move(q));
  }
  if (out.empty()) throw UsageError(fmt::format("{}: no queries (one per line, or NAME<TAB>query)", path));
  return out;
}

std::vector<BatchQuery> read_queries(const std::string& path) { return parse_queries(read_file(path, "queries file"), path); }

std::map<std::string, std::set<std::string>> parse_previous_run(const std::string& text, const std::string& path) {
  std::map<std::string, std::set<std::string>> out;
  const json whole = json::parse(text, nullptr, false);
  if (whole.is_object() && whole.contains("queries") && whole["queries"].is_array()) {
    for (const auto& q : whole["queries"]) {
      auto& ids = out[q.value("name", "")];
      if (q.contains("ids") && q["ids"].is_array())
        for (const auto& id : q["ids"]) ids.insert(id.get<std::string>());
      if (q.contains("hits") && q["hits"].is_array())
        for (const auto& h : q["hits"]) ids.insert(h.value("id", ""));
    }
    return out;
  }
  std::istringstream in(text);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (trim(line).empty()) continue;
    const json j = json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("query_name") || !j.contains("id"))
      throw UsageError(fmt::format("{}:{}: not a batch output; give the json or jsonl output of an earlier "
                                   "lisan-query --queries run",
                                   path, n));
    out[j["query_name"].get<std::string>()].insert(j["id"].get<std::string>());
  }
  return out;
}

std::map<std::string, std::set<std::string>> read_previous_run(const std::string& path) {
  return parse_previous_run(read_file(path, "earlier run"), path);
}

BatchResult run_batch(const QueryOptions& base, const std::string& queries_file, const std::vector<BatchQuery>& queries,
                      const std::map<std::string, std::set<std::string>>* previous, const analysis::Analyzer& analyzer) {
  BatchResult out;
  out.queries_file = queries_file;
  static const std::set<std::string> kNone;
  // Every line's plan first: a line that cannot be used stops the batch
  // before anything is searched.
  std::vector<QueryPlan> plans;
  for (const auto& q : queries) {
    QueryOptions o = base;
    o.query = q.query;
    o.collect_ids = true;
    if (previous) {
      const auto it = previous->find(q.name);
      o.exclude_ids = it == previous->end() ? &kNone : &it->second;
    }
    try {
      plans.push_back(make_plan(o, analyzer));
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("{}:{}: {}", out.queries_file.empty() ? "queries" : out.queries_file, q.line, e.what()));
    }
  }
  const Searcher searcher(store::open_index(base.dbs, base.read));
  for (std::size_t i = 0; i < queries.size(); ++i)
    out.entries.push_back({queries[i], run_plan(plans[i], analyzer, searcher)});
  return out;
}

std::string batch_json(const BatchResult& b) {
  json queries = json::array();
  for (const auto& e : b.entries) queries.push_back(entry_json(e));
  json summary = json::array();
  for (const auto& e : b.entries) {
    json row = {{"name", e.query.name}, {"query", e.query.query}, {"matches", e.report.result.estimated}};
    if (e.report.has_new) row["new_matches"] = e.report.new_matches;
    summary.push_back(std::move(row));
  }
  return dump_json({{"manifest", batch_manifest(b)}, {"queries", std::move(queries)}, {"summary", std::move(summary)}}, 2) +
         "\n";
}

std::string batch_jsonl(const BatchResult& b) {
  std::string out;
  for (const auto& e : b.entries)
    for (std::size_t i = 0; i < e.report.result.hits.size(); ++i) {
      json h = hit_to_json(e.report.result.hits[i], e.report.snippets[i], e.report.explain);
      h["query_name"] = e.query.name;
      out += dump_json(h) + "\n";
    }
  return out;
}

std::string batch_csv(const BatchResult& b, const PrinterOptions& options) {
  const std::vector<std::string>& fields = options.fields.empty() ? csv_default_fields() : options.fields;
  std::vector<std::string> header = {"query_name"};
  header.insert(header.end(), fields.begin(), fields.end());
  std::string out = options.bom ? "\xEF\xBB\xBF" : "";
  out += csv_record(header);
  for (const auto& e : b.entries) out += csv_hit_rows(e.report, fields, {e.query.name}, csv_cells(options));
  return out;
}

std::string batch_text(const BatchResult& b, const PrinterOptions& options) {
  const std::unique_ptr<Printer> printer = make_printer("text", options);
  std::string out;
  for (const auto& e : b.entries) {
    out += fmt::format("=== {} (line {}): {}\n", terminal_field(e.query.name), e.query.line,
                       terminal_field(e.query.query));
    if (e.report.has_new) out += fmt::format("{} new since {}\n", e.report.new_matches, terminal_field(b.since_run));
    out += printer->render(e.report);
  }
  return out + summary_text(b);
}

}  // namespace lisan::query
