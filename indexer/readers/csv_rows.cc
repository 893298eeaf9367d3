#include "indexer/readers/csv_rows.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "indexer/readers/decode.h"
#include "lisan/core/error.h"

namespace lisan::indexer {

std::string csv_row_problem(const CsvReader& csv, std::vector<std::string>& row,
                            const std::vector<std::string>& header, char separator, ShortRows short_rows) {
  if (!csv.problem().empty()) return csv.problem();
  while (row.size() > header.size() && row.back().empty()) row.pop_back();
  if (row.size() > header.size() || (row.size() < header.size() && short_rows == ShortRows::kRejected))
    return fmt::format("row has {} cell(s) but the header names {} column(s) (separator '{}'); a separator inside a "
                       "cell needs quotes",
                       row.size(), header.size(), separator == '\t' ? "\\t" : std::string(1, separator));
  if (const std::size_t nul = nul_cell(row); nul != row.size())
    return fmt::format("column '{}' holds a NUL byte (binary data in a text cell)",
                       nul < header.size() ? header[nul] : std::to_string(nul + 1));
  return {};
}

CsvRows::CsvRows(const std::string& path) : path_(path) {
  in_.open(path, std::ios::binary);
  if (!in_) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
  const std::string head = read_head(path);
  if (const std::string binary = binary_file_reason(head); !binary.empty())
    throw Error::format("{}: {}; not a CSV export, skipped", path, binary);
  const CsvDialect dialect = sniff_dialect(head);
  separator_ = dialect.separator;
  csv_ = std::make_unique<CsvReader>(in_, dialect);
  std::vector<std::string> header;
  std::uint64_t line = 0;
  if (!csv_->next(header, line)) throw Error::format("{}: empty file: no header row", path);
  if (!csv_->problem().empty()) throw Error::format("{}:{}: header row: {}", path, line, csv_->problem());
  csv_->expect_fields(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (const std::size_t bad = first_invalid_utf8(header[i]); bad != std::string::npos)
      throw Error::format("{}:{}: header column {} is not valid UTF-8 (byte {} of the name); this export is "
                          "damaged or not in UTF-8",
                          path, line, i + 1, bad + 1);
    std::string name = header[i];
    if (i == 0 && name.compare(0, 3, "\xEF\xBB\xBF") == 0) name.erase(0, 3);  // in case the parser kept it
    while (!name.empty() && (name.back() == '\r' || name.back() == ' ')) name.pop_back();
    columns_.emplace(name, i);
    names_.push_back(std::move(name));
  }
}

bool CsvRows::next(RecordSink& sink) {
  while (!sink.stopping() && csv_->next(row_, line_)) {
    if (const std::string problem = csv_row_problem(*csv_, row_, names_, separator_, ShortRows::kPadded);
        !problem.empty()) {
      sink.reject(where(), problem, csv_->raw());
      continue;
    }
    return true;
  }
  if (csv_->bad()) throw Error::format("{}: read error after line {}", path_, line_);
  return false;
}

const std::string& CsvRows::cell(std::string_view column) const {
  static const std::string kEmpty;
  const auto it = columns_.find(std::string(column));
  if (it == columns_.end() || it->second >= row_.size()) return kEmpty;
  return row_[it->second];
}

}  // namespace lisan::indexer
