// Parsing one JSON text (a line, a message, a whole small document) with the
// limits hostile input needs. nlohmann's parser and its recursive helpers
// (copy, dump, comparison) use the C stack per nesting level, so a record
// nested 80,000 deep ends the whole run with SIGSEGV; a number beyond double
// range (1e400) throws out_of_range rather than parse_error. parse_json()
// turns both, and every syntax error, into a failure message with the byte,
// so a reader rejects that one record and goes on.
//
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lisan/core/result.h"

namespace lisan::indexer {

// Real records nest fewer than 20 levels (a v1.1 retweet of a quote with
// entities); 512 keeps far below the stack while never refusing real data.
inline constexpr std::size_t kMaxJsonDepth = 512;

// Byte offset of the bracket that opens level `limit + 1` of `text` (strings
// are skipped), or npos when the text nests no deeper than `limit`.
std::size_t too_deep_at(std::string_view text, std::size_t limit = kMaxJsonDepth);

// The parsed value, or why not: "nested deeper than 512 levels at byte N",
// "invalid JSON at byte N: ...", "number out of range at byte N: ...".
// `truncated` is set when the text ends before the value does.
Result<nlohmann::json> parse_json(std::string_view text, bool* truncated = nullptr);

// "invalid JSON at byte 45: syntax error ..." from nlohmann's exception text.
std::string explain_json_error(const nlohmann::json::parse_error& e);

// nlohmann's what() without its "[json.exception.type_error.302] " prefix.
std::string json_exception_text(const std::exception& e);

}  // namespace lisan::indexer
