#include "indexer/record_check.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lisan/date.h"

namespace lisan::indexer {
namespace {

std::string date_problem(const char* field, const std::optional<std::int64_t>& date) {
  if (!date) return "";
  if (in_date_range(*date)) return "";
  return fmt::format("{} is outside the years 0001..9999 ({} seconds since 1970-01-01); fix the date or leave it "
                     "out",
                     field, *date);
}

}  // namespace

std::string record_problem(const Record& record) {
  if (record.id.empty()) return "the record has no id";
  if (std::string p = date_problem("date", record.date); !p.empty()) return p;
  if (std::string p = date_problem("edited", record.edited); !p.empty()) return p;
  if (!record.meta_json.empty() &&
      !nlohmann::json::parse(record.meta_json, nullptr, /*allow_exceptions=*/false).is_object())
    return "its meta is not a JSON object";
  return "";
}

}  // namespace lisan::indexer
