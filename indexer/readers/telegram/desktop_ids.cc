#include "indexer/readers/telegram/desktop_ids.h"

#include <charconv>

namespace lisan::indexer::telegram {
namespace {

using nlohmann::json;

constexpr unsigned long long kPackedChannel = 1ULL << 33;
constexpr unsigned long long kPackedUser = 1ULL << 32;

// A packed peer id of an old export, as the current "user…"/"channel…" form.
std::string unpack_peer(unsigned long long v) {
  if (v >= kPackedChannel) return "channel" + std::to_string(v - kPackedChannel);
  if (v >= kPackedUser) return "user" + std::to_string(v - kPackedUser);
  return "user" + std::to_string(v);
}

}  // namespace

Layout layout_of(const json& m) {
  for (const char* key : {"from_id", "actor_id"}) {
    const auto it = m.find(key);
    if (it == m.end()) continue;
    if (it->is_number()) return Layout::kPacked;
    if (it->is_string()) return Layout::kCurrent;
  }
  return Layout::kUnknown;
}

std::string peer_string(const json& value, Layout layout) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_unsigned() || (value.is_number_integer() && value.get<long long>() >= 0)) {
    const auto v = value.get<unsigned long long>();
    return layout == Layout::kPacked ? unpack_peer(v) : "user" + std::to_string(v);
  }
  return {};
}

std::string chat_key(std::string_view raw_id, const std::string& name, Layout layout) {
  if (raw_id.empty()) return name.empty() ? std::string("unknown") : name;
  unsigned long long v = 0;
  const char* const end = raw_id.data() + raw_id.size();
  const auto [stop, ec] = std::from_chars(raw_id.data(), end, v);
  // An id too long for 64 bits is no packed id (those are below 2^34): kept as written.
  if (layout == Layout::kPacked && ec == std::errc() && stop == end) {
    if (v >= kPackedChannel) v -= kPackedChannel;
    else if (v >= kPackedUser) v -= kPackedUser;
    return std::to_string(v);
  }
  return std::string(raw_id);
}

std::string message_id_of(const json& m) {
  const auto it = m.find("id");
  return it != m.end() && it->is_number_integer() ? it->dump() : std::string();
}

std::string id_from_raw(std::string_view raw) {
  const std::size_t key = raw.find("\"id\"");
  if (key == std::string_view::npos || key > 64) return {};
  std::size_t p = raw.find(':', key);
  if (p == std::string_view::npos) return {};
  ++p;
  while (p < raw.size() && raw[p] == ' ') ++p;
  std::size_t e = p;
  if (e < raw.size() && raw[e] == '-') ++e;
  while (e < raw.size() && raw[e] >= '0' && raw[e] <= '9') ++e;
  return e > p ? std::string(raw.substr(p, e - p)) : std::string();
}

}  // namespace lisan::indexer::telegram
