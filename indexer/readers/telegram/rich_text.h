// Text of a Telegram Desktop JSON message (docs/input-formats.md §1.4): `text` /
// `text_entities` as a string or an array of strings and entity objects,
// read into plain text with the hashtags, mentions and links its entities
// mark; the text that is not in `text` (polls, to-do lists, venues, games,
// rich-message blocks); and the words a service message stands for.
//
// Pure functions over parsed JSON; thread-safe.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "indexer/readers/telegram/telegram_message.h"

namespace lisan::indexer::telegram {

// Appends the text of a `text` / `text_entities` value to `m.text` and
// collects hashtags, mentions (user<id> for mention_name) and links.
void add_rich_text(const nlohmann::json& parts, TelegramMessage& m);

// Appends, as paragraphs, the text of a message that is not in `text`:
// poll question and answers, to-do lists, venues, games, rich-message blocks.
void add_other_text(const nlohmann::json& message, TelegramMessage& m);

// "pin_message (message 2)", "invite_members: Selin Kaya, Deleted Account",
// "create_channel: <title>": a service message's action, with what it acted on.
std::string describe_action(const nlohmann::json& message);

}  // namespace lisan::indexer::telegram
