#pragma once
#include <string>
#include <vector>

#include "query/printers/csv_cell.h"
#include "query/printers/printer.h"
namespace lisan::query {
// csv: RFC 4180 (comma, CRLF line ends, fields quoted when they hold a comma,
// quote, CR or LF; quotes doubled), UTF-8, one header row then one row per
// hit, plain text (no isolates, no markers) so a spreadsheet sorts and filters
// real values; cells a spreadsheet would run as formulas are neutralised
// unless --csv-raw (csv_cell.h). Columns: --fields (csv_fields() lists them); with --kwic the
// columns are rank,id,date,lang,left,match,right.
//
// No byte order mark by default: pipes, pandas, R, csvkit and diff read plain
// UTF-8, and a BOM turns the first header into "\ufeffrank" for them. Excel
// on Windows, however, guesses a legacy code page for a CSV without one and
// garbles Arabic and Turkish; `--bom` adds it for those users.
class CsvPrinter : public Printer {
 public:
  explicit CsvPrinter(PrinterOptions options);
  bool shows(Shape shape) const override;
  std::string render(const Report& report) const override;
  bool streams() const override { return true; }
  std::string render_more(const Report& page) const override;
  std::string render_batch(const BatchResult& batch) const override;
  std::string render_view(const CampaignResult& view) const override;

 private:
  PrinterOptions options_;
};

// Every column --fields accepts, and the default ones.
const std::vector<std::string>& csv_fields();
const std::vector<std::string>& csv_default_fields();
// "id,date,snippet" -> checked list; throws UsageError naming an unknown field.
std::vector<std::string> parse_csv_fields(const std::string& list);

// The hit rows of `report` (no header) with `fields`, each row starting with
// the `leading` values (the batch runner's query name).
std::string csv_hit_rows(const Report& report, const std::vector<std::string>& fields,
                         const std::vector<std::string>& leading, CsvCells cells);
// The cells --csv-raw asks for.
inline CsvCells csv_cells(const PrinterOptions& options) {
  return options.csv_raw ? CsvCells::kRaw : CsvCells::kSpreadsheetSafe;
}
}  // namespace lisan::query
