#include "indexer/readers/json_access.h"

#include <cstdint>

#include "indexer/readers/text_util.h"

namespace lisan::indexer {

const Json* member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

const Json& member_or_null(const Json& object, const char* key) {
  static const Json kNull;
  const Json* v = member(object, key);
  return v ? *v : kNull;
}

std::string string_of(const Json& object, const char* key) {
  const Json* v = member(object, key);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::optional<long long> integer_of(const Json& object, const char* key) {
  const Json* v = member(object, key);
  if (!v || !v->is_number_integer()) return std::nullopt;
  if (v->is_number_unsigned() && v->get<std::uint64_t>() > std::uint64_t{INT64_MAX}) return std::nullopt;
  return v->get<long long>();
}

std::string id_of(const Json* value) {
  if (!value) return {};
  if (value->is_string()) {
    const std::string& s = value->get_ref<const std::string&>();
    return all_digits(s) ? s : std::string();
  }
  if (value->is_number_unsigned()) return std::to_string(value->get<std::uint64_t>());
  if (value->is_number_integer()) return std::to_string(value->get<std::int64_t>());
  return {};
}

std::string integer_text_of(const Json& object, const char* key) {
  const Json* v = member(object, key);
  if (!v || !v->is_number_integer()) return {};
  return v->is_number_unsigned() ? std::to_string(v->get<std::uint64_t>()) : std::to_string(v->get<std::int64_t>());
}

}  // namespace lisan::indexer
