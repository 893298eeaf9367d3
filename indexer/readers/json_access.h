// Reading fields of parsed JSON records (nlohmann) the one way every JSON
// reader does: a member that is absent, null or of another type reads as
// "not there", never as an exception, and ids are kept as exact decimal text
// (nlohmann keeps integers up to 2^64 exact; docs/input-formats.md §0.4). Pure
// functions; thread-safe.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace lisan::indexer {

using Json = nlohmann::json;

// The member `key` of `object` when `object` is an object and the member is
// present and not null; nullptr otherwise.
const Json* member(const Json& object, const char* key);

// The same as a reference: a JSON null for anything member() gives nullptr
// for, so that lookups chain (member_or_null(member_or_null(m, "peer_id"), "channel_id")).
const Json& member_or_null(const Json& object, const char* key);

// The string member `key`, or "" when it is absent or not a string.
std::string string_of(const Json& object, const char* key);

// The integer member `key` when it is an integer that fits a long long.
std::optional<long long> integer_of(const Json& object, const char* key);

// An id written as a string of digits or as an integer token, as decimal
// text; "" for anything else, including a floating-point number (its digits
// are already lost) and a string that is not all digits.
std::string id_of(const Json* value);
inline std::string id_of(const Json& object, const char* key) { return id_of(member(object, key)); }

// An integer member (negative too) as decimal text; "" when it is no integer.
std::string integer_text_of(const Json& object, const char* key);

}  // namespace lisan::indexer
