// Printer: one output format of lisan-query. Every mode produces a typed
// result (a Report of hits with its counts, facets, timeline and
// concordance; a batch; a campaign view; one document; the index summary)
// and a printer renders it. make_printer() is the only switch over --format;
// adding a format is one file and one line there. A result a format cannot
// show throws UsageError naming the format and the option: query_cli.cc
// checks the same table (format_shows) before anything is searched.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/printers/report.h"

namespace lisan::store {
struct IndexSummary;
}

namespace lisan::query {

struct BatchResult;  // query/batch.h

// A campaign view (query/campaign/): its rows as JSON ("view" names it), or
// for --matrix the day matrix as CSV.
struct CampaignResult {
  std::string option;   // the option that asked for it, e.g. "--top"
  nlohmann::json view;  // null for --matrix
  std::string matrix_csv;
};

struct PrinterOptions {
  bool color = false;  // ANSI colour for highlights (text format on a terminal)
  std::vector<std::string> fields;  // csv: --fields, in order ("" = the default columns)
  bool bom = false;    // csv: --bom, a UTF-8 byte order mark for Excel
  bool csv_raw = false;  // csv: --csv-raw, cells as indexed (no spreadsheet neutralising; csv_cell.h)
};

// What a run shows, for the format × mode table.
enum class Shape {
  kHits,       // search, similar, --count, --kwic
  kFacets,     // --facets
  kTimeline,   // --timeline
  kBatch,      // --queries
  kView,       // --collapse, --group-by, --top, --cooccur, --spread, cluster
  kMatrix,     // --matrix
  kDocument,   // show
  kInfo,       // info
};

// Each render returns the text to write; the caller writes it (and handles
// a closed pipe). The defaults throw UsageError ("--format F cannot show ...").
class Printer {
 public:
  explicit Printer(std::string name) : name_(std::move(name)) {}
  virtual ~Printer() = default;
  const std::string& name() const { return name_; }
  virtual bool shows(Shape shape) const = 0;
  virtual std::string render(const Report& report) const = 0;
  // Formats that stream (--all exports: csv, jsonl) render the first page
  // with render() and each later page with render_more(): its rows only.
  virtual bool streams() const { return false; }
  virtual std::string render_more(const Report& page) const;
  virtual std::string render_batch(const BatchResult& batch) const;
  virtual std::string render_view(const CampaignResult& view) const;
  virtual std::string render_document(const Hit& hit) const;
  virtual std::string render_info(const store::IndexSummary& summary) const;

 protected:
  [[noreturn]] void cannot_show(std::string_view what) const;

 private:
  std::string name_;
};

// nullptr for an unknown format.
std::unique_ptr<Printer> make_printer(std::string_view format, const PrinterOptions& options);
const char* printer_formats();
// The formats that show `shape`, for an error message ("text or json").
std::string formats_showing(Shape shape);

}  // namespace lisan::query
