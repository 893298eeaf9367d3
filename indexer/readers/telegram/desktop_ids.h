// Ids in a Telegram Desktop JSON export (docs/input-formats.md §1.6, 1.9): exports of
// 2018-2021 write peer and chat ids "packed" (2^32 + user id, 2^33 + channel
// or group id, as JSON numbers); later ones write "user…"/"channel…" strings
// and a bare chat id. Which layout a file has shows in its first message
// with a from_id or actor_id; these functions turn either into the current
// form, so the same channel exported in 2020 and in 2023 gets the same ids.
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace lisan::indexer::telegram {

enum class Layout { kUnknown, kPacked, kCurrent };

// Whether a message shows the layout: a numeric from_id/actor_id means the
// packed ids of 2018-2021; a string means the current one.
Layout layout_of(const nlohmann::json& message);

// A from_id/actor_id value as "user…"/"channel…"/"chat…" ("" for anything
// that is no peer id).
std::string peer_string(const nlohmann::json& value, Layout layout);

// The chat id as lisan uses it: the bare number, unpacked in old exports;
// the chat's name when the export has no id (before Dec 2018), else "unknown".
// `raw_id` is the number token as written.
std::string chat_key(std::string_view raw_id, const std::string& name, Layout layout);

// The message id of a parsed message, as written ("" when it has none).
std::string message_id_of(const nlohmann::json& message);

// The message id as written, for locations of messages that do not parse.
std::string id_from_raw(std::string_view raw);

}  // namespace lisan::indexer::telegram
