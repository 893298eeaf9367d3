#include "indexer/readers/telegram/rich_text.h"

#include <fmt/format.h>

#include "indexer/readers/json_access.h"
#include "indexer/readers/telegram/telegram_common.h"

namespace lisan::indexer::telegram {
namespace {

using nlohmann::json;

// Every string under `text` keys, in order (entity text may be an object or
// array in newer exports, docs/input-formats.md §8).
void collect_text(const json& value, std::string& out) {
  if (value.is_string()) {
    out += value.get_ref<const std::string&>();
  } else if (value.is_array()) {
    for (const json& v : value) collect_text(v, out);
  } else if (value.is_object()) {
    const auto it = value.find("text");
    if (it != value.end()) collect_text(*it, out);
  }
}

void add_block(TelegramMessage& r, const std::string& block) {
  if (block.empty()) return;
  if (!r.text.empty()) r.text += "\n\n";
  r.text += block;
}

}  // namespace

void add_rich_text(const json& parts, TelegramMessage& r) {
  if (parts.is_string()) {
    r.text += parts.get_ref<const std::string&>();
    return;
  }
  if (!parts.is_array()) return;
  for (const json& part : parts) {
    if (part.is_string()) {
      r.text += part.get_ref<const std::string&>();
      continue;
    }
    if (!part.is_object()) continue;
    std::string piece;
    const auto text = part.find("text");
    if (text != part.end()) collect_text(*text, piece);
    const std::string type = string_of(part, "type");
    if (type == "hashtag") {
      add_unique(r.hashtags, strip_lead(piece, '#'));
    } else if (type == "mention") {
      add_unique(r.mentions, strip_lead(piece, '@'));
    } else if (type == "mention_name") {
      // user_id is a JSON number; a string is accepted in case a version changes it.
      const auto user = integer_of(part, "user_id");
      const std::string id = user ? std::to_string(*user) : string_of(part, "user_id");
      if (!id.empty()) add_unique(r.mentions, "user" + id);
    } else if (type == "link") {
      add_unique(r.urls, with_scheme(piece));
    } else if (type == "text_link") {
      add_unique(r.urls, string_of(part, "href"));
    }
    r.text += piece;
  }
}

void add_other_text(const json& m, TelegramMessage& r) {
  const auto poll = m.find("poll");
  if (poll != m.end() && poll->is_object()) {
    TelegramMessage part;
    const auto q = poll->find("question");
    if (q != poll->end()) add_rich_text(*q, part);
    const auto answers = poll->find("answers");
    if (answers != poll->end() && answers->is_array())
      for (const json& a : *answers) {
        const auto t = a.is_object() ? a.find("text") : a.end();
        if (t == a.end()) continue;
        part.text += "\n";
        add_rich_text(*t, part);
      }
    add_block(r, part.text);
    for (auto& h : part.hashtags) add_unique(r.hashtags, std::move(h));
  }
  const auto todo = m.find("todo_list");
  if (todo != m.end()) {
    std::string block;
    if (todo->is_object()) collect_text(todo->value("title", json()), block);
    const auto items = todo->is_object() ? todo->find("items") : todo->end();
    if (items != todo->end() && items->is_array())
      for (const json& item : *items) {
        std::string line;
        collect_text(item, line);
        if (!line.empty()) block += (block.empty() ? "" : "\n") + line;
      }
    add_block(r, block);
  }
  for (const char* key : {"place_name", "address", "game_title", "game_description"}) add_block(r, string_of(m, key));
  const auto rich = m.find("rich_message");
  if (rich != m.end()) {
    std::string block;
    const auto blocks = rich->is_object() ? rich->find("blocks") : rich->end();
    if (blocks != rich->end() && blocks->is_array()) {
      for (const json& b : *blocks) {
        std::string line;
        collect_text(b, line);
        if (!line.empty()) block += (block.empty() ? "" : "\n") + line;
      }
    }
    add_block(r, block);
  }
}

std::string describe_action(const json& m) {
  std::string out = string_of(m, "action");
  if (out.empty()) out = "service";
  std::string title = string_of(m, "title");
  if (title.empty()) title = string_of(m, "new_title");
  if (!title.empty()) out += ": " + title;
  const auto members = m.find("members");
  if (members != m.end() && members->is_array()) {
    std::string names;
    for (const json& n : *members) {
      if (!names.empty()) names += ", ";
      names += n.is_string() ? n.get<std::string>() : std::string("Deleted Account");
    }
    out += ": " + names;
  }
  const auto target = integer_of(m, "message_id");
  if (target) out += fmt::format(" (message {})", *target);
  const std::string inviter = string_of(m, "inviter");
  if (!inviter.empty()) out += " (invited by " + inviter + ")";
  return out;
}

}  // namespace lisan::indexer::telegram
