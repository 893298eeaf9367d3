// One CSV cell and one CSV record as lisan writes them (RFC 4180: comma,
// CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
// quotes doubled), and safe for spreadsheets by default.
//
// Spreadsheet safety (OWASP, "CSV Injection"): LibreOffice and Excel read a
// cell that begins with = + - @, a tab or a CR as a formula, and run it:
// `=HYPERLINK("http://x","y")` taken from a post's author becomes a live
// link, `=1+1` becomes 2. Such a cell is written as `'` + the value, quoted,
// so the spreadsheet shows the text as typed. Every cell gets the rule, not
// only the document fields: lisan's own numeric columns (rank, score,
// percent, line, counts, days) are never negative and never begin with one
// of those characters, so they are unchanged, and a column added later
// cannot be forgotten. CsvCells::kRaw (--csv-raw) writes values untouched
// for scripts that want the bytes as indexed.
//
// Thread safety: functions of their arguments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lisan::query {

enum class CsvCells { kSpreadsheetSafe, kRaw };

// True when a spreadsheet would read `value` as a formula: it begins with
// = + - @, a tab or a CR.
bool csv_formula_like(std::string_view value);

// One field, quoted when needed (and, kSpreadsheetSafe, neutralised when
// formula-like), and one CRLF-terminated record of them.
std::string csv_field(const std::string& value, CsvCells cells = CsvCells::kSpreadsheetSafe);
std::string csv_record(const std::vector<std::string>& values, CsvCells cells = CsvCells::kSpreadsheetSafe);

}  // namespace lisan::query
