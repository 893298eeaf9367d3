#include "query/printers/csv_cell.h"

namespace lisan::query {

bool csv_formula_like(std::string_view value) {
  return !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
}

std::string csv_field(const std::string& value, CsvCells cells) {
  const bool neutralise = cells == CsvCells::kSpreadsheetSafe && csv_formula_like(value);
  if (!neutralise && value.find_first_of(",\"\r\n") == std::string::npos) return value;
  // Quoted as OWASP recommends, so the leading ' stays inside one cell.
  std::string out = neutralise ? "\"'" : "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_record(const std::vector<std::string>& values, CsvCells cells) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(values[i], cells);
  }
  return out + "\r\n";
}

}  // namespace lisan::query
