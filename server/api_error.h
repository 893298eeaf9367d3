// ApiError: a request the API cannot answer, with the HTTP status and a
// message that says what and why (and, for a query that cannot be parsed,
// where). Handlers throw it; the server turns it into a JSON error body:
// {"error": {"status": 400, "message": "...", "offset": 7}}.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace lisan::serve {

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message, std::optional<std::size_t> offset = std::nullopt)
      : std::runtime_error(message), status_(status), offset_(offset) {}
  int status() const { return status_; }
  const std::optional<std::size_t>& offset() const { return offset_; }

 private:
  int status_;
  std::optional<std::size_t> offset_;  // byte offset in the query (parse errors)
};

// {"error": {"status", "message", "offset"?}} as text.
std::string error_body(int status, const std::string& message, std::optional<std::size_t> offset = std::nullopt);

}  // namespace lisan::serve
