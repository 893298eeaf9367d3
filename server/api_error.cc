#include "server/api_error.h"

#include "query/printers/json_fields.h"

namespace lisan::serve {

std::string error_body(int status, const std::string& message, std::optional<std::size_t> offset) {
  nlohmann::json e = {{"status", status}, {"message", message}};
  if (offset) e["offset"] = *offset;
  return query::dump_json({{"error", std::move(e)}}) + "\n";
}

}  // namespace lisan::serve
