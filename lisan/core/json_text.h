// JSON text of a value that holds content read from hostile input. Readers
// keep cells and fields as they came, and a byte that is not UTF-8 makes
// nlohmann's dump() throw (type_error 316), which would cost the record or
// the whole output; here such bytes become U+FFFD instead.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

namespace lisan {

// Compact (indent -1) or indented JSON text of `value`; never throws on bad
// UTF-8.
std::string json_text(const nlohmann::json& value, int indent = -1);

}  // namespace lisan
