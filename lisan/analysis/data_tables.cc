// Typed access to the compiled-in data tables (data_tables.h).
#include "lisan/analysis/data_tables.h"

#include <fmt/format.h>

#include "lisan/core/error.h"

namespace lisan::analysis {

Result<DataTable> data_table(std::string_view name, std::size_t columns) {
  for (const DataTable& t : data_tables()) {
    if (t.name != name) continue;
    if (t.columns != columns) {
      return Result<DataTable>::failure(fmt::format(
          "lisan/analysis/data/{}: has {} column(s) per entry, the analyzer expects {}", t.file,
          t.columns, columns));
    }
    return t;
  }
  return Result<DataTable>::failure(fmt::format(
      "no data table '{}' (expected lisan/analysis/data/{}.txt; re-run cmake after adding it)", name,
      name));
}

namespace {

template <typename Container, typename Insert>
Result<Container> load(std::string_view name, std::size_t columns, Insert insert) {
  Result<DataTable> table = data_table(name, columns);
  if (!table) return Result<Container>::failure(table.error());
  Container out;
  out.reserve(table->rows);
  for (std::size_t r = 0; r < table->rows; ++r) {
    if (!insert(out, *table, r)) {
      return Result<Container>::failure(
          fmt::format("lisan/analysis/data/{}:{}: '{}' is already in the table", table->file,
                      table->lines[r], table->cell(r, 0)));
    }
  }
  return out;
}

}  // namespace

Result<WordMap> word_map(std::string_view name) {
  return load<WordMap>(name, 2, [](WordMap& m, const DataTable& t, std::size_t r) {
    return m.emplace(t.cell(r, 0), t.cell(r, 1)).second;
  });
}

Result<WordSet> word_set(std::string_view name) {
  return load<WordSet>(name, 1, [](WordSet& s, const DataTable& t, std::size_t r) {
    return s.insert(t.cell(r, 0)).second;
  });
}

WordMap required_word_map(std::string_view name) {
  Result<WordMap> m = word_map(name);
  if (!m) throw Error(m.error());
  return std::move(m).value();
}

WordSet required_word_set(std::string_view name) {
  Result<WordSet> s = word_set(name);
  if (!s) throw Error(s.error());
  return std::move(s).value();
}

}  // namespace lisan::analysis
