#include "indexer/readers/json_parse.h"

#include <fmt/format.h>

#include "lisan/core/utf8.h"

namespace lisan::indexer {

std::size_t too_deep_at(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

std::string json_exception_text(const std::exception& e) {
  std::string what = e.what();
  if (what.rfind("[json.exception.", 0) == 0) {
    const std::size_t close = what.find("] ");
    if (close != std::string::npos) what.erase(0, close + 2);
  }
  // nlohmann quotes the whole token it stopped in ("last read: '...'"): a
  // 50 MB unterminated string would be printed whole. Quote its start.
  constexpr std::string_view kLastRead = "last read: '";
  constexpr std::size_t kQuoted = 60;
  if (const std::size_t at = what.find(kLastRead); at != std::string::npos) {
    const std::size_t start = at + kLastRead.size();
    if (what.size() > start + kQuoted + 1)
      what = what.substr(0, start) + std::string(utf8::truncate(std::string_view(what).substr(start), kQuoted)) +
             "...' (" + std::to_string(what.size() - start - 1) + " bytes)";
  }
  return what;
}

std::string explain_json_error(const nlohmann::json::parse_error& e) {
  // "parse error at line 1, column 45: syntax error while parsing value -
  // ..."; the user needs the position and the reason.
  const std::string what = json_exception_text(e);
  const std::size_t colon = what.find(": ");
  const std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
  return fmt::format("invalid JSON at byte {}: {}", e.byte, reason);
}

Result<nlohmann::json> parse_json(std::string_view text, bool* truncated) {
  using R = Result<nlohmann::json>;
  if (truncated) *truncated = false;
  if (const std::size_t at = too_deep_at(text); at != std::string_view::npos)
    return R::failure(fmt::format("JSON nested deeper than {} levels at byte {}", kMaxJsonDepth, at + 1));
  try {
    return R(nlohmann::json::parse(text));
  } catch (const nlohmann::json::parse_error& e) {
    if (truncated) *truncated = e.byte >= text.size();
    return R::failure(explain_json_error(e));
  } catch (const nlohmann::json::exception& e) {
    // out_of_range.406: a number beyond double range, such as 1e400.
    return R::failure("invalid JSON: " + json_exception_text(e));
  }
}

}  // namespace lisan::indexer
