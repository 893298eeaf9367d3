#include "indexer/readers/telegram_common.h"

#include <algorithm>

namespace lisan::indexer::telegram {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Length in bytes of the UTF-8 sequence that starts with `lead` (1 for a
// stray continuation byte, so that a broken string still advances).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Byte position of UTF-16 unit `units` in `text`.
std::size_t byte_at_unit(std::string_view text, std::size_t units) {
  std::size_t pos = 0;
  std::size_t counted = 0;
  while (pos < text.size() && counted < units) {
    const std::size_t len = std::min(sequence_length(static_cast<unsigned char>(text[pos])), text.size() - pos);
    counted += len == 4 ? 2 : 1;
    pos += len;
  }
  return pos;
}

}  // namespace

std::string message_id(std::string_view chat, std::string_view message) {
  std::string out = "telegram:";
  out.append(chat).append(":").append(message);
  return out;
}

std::string private_link(std::string_view chat_type, std::string_view chat, long long message) {
  const bool linkable = chat_type == "public_channel" || chat_type == "private_channel" ||
                        chat_type == "public_supergroup" || chat_type == "private_supergroup";
  if (!linkable || !all_digits(chat) || message <= 0) return {};
  return "https://t.me/c/" + std::string(chat) + "/" + std::to_string(message);
}

void add_unique(std::vector<std::string>& list, std::string value) {
  if (value.empty() || std::find(list.begin(), list.end(), value) != list.end()) return;
  list.push_back(std::move(value));
}

std::string with_scheme(std::string_view url) {
  const std::size_t colon = url.find(':');
  const bool has_scheme = colon != std::string_view::npos && colon > 0 &&
                          std::all_of(url.begin(), url.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
                            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                   c == '+' || c == '-' || c == '.';
                          }) &&
                          (url.substr(colon, 3) == "://" || url.substr(0, colon) == "mailto" ||
                           url.substr(0, colon) == "tg");
  if (has_scheme) return std::string(url);
  return "http://" + std::string(url);
}

std::string strip_lead(std::string_view text, char lead) {
  if (!text.empty() && text.front() == lead) text.remove_prefix(1);
  return std::string(text);
}

std::string_view utf16_slice(std::string_view text, std::size_t offset, std::size_t length) {
  const std::size_t begin = byte_at_unit(text, offset);
  const std::size_t end = begin + byte_at_unit(text.substr(begin), length);
  return text.substr(begin, end - begin);
}

std::string bare_chat_id(std::string_view id) {
  if (id.substr(0, 4) == "-100" && all_digits(id.substr(4))) return std::string(id.substr(4));
  if (id.substr(0, 1) == "-" && all_digits(id.substr(1))) return std::string(id.substr(1));
  return std::string(id);
}

}  // namespace lisan::indexer::telegram
