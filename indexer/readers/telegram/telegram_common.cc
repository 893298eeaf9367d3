#include "indexer/readers/telegram/telegram_common.h"

#include <algorithm>
#include <cctype>

namespace lisan::indexer::telegram {
namespace {

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

void find_tags(std::string_view text, char lead, std::vector<std::string>& out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != lead || (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_')))
      continue;
    std::size_t j = i + 1;
    while (j < text.size()) {
      const auto c = static_cast<unsigned char>(text[j]);
      if (c >= 0x80 || std::isalnum(c) || c == '_') ++j;
      else break;
    }
    if (j > i + 1) add_unique(out, std::string(text.substr(i + 1, j - i - 1)));
    i = j - 1;
  }
}

void find_urls(std::string_view text, std::vector<std::string>& out) {
  std::size_t i = 0;
  while ((i = text.find("http", i)) != std::string_view::npos) {
    const std::size_t host = text.compare(i, 8, "https://") == 0  ? i + 8
                             : text.compare(i, 7, "http://") == 0 ? i + 7
                                                                  : 0;
    if (host == 0 || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
      i += 4;
      continue;
    }
    std::size_t end = host;
    int parens = 0;
    while (end < text.size()) {
      const auto c = static_cast<unsigned char>(text[end]);
      if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"') break;
      parens += c == '(' ? 1 : c == ')' ? -1 : 0;
      ++end;
    }
    // Sentence punctuation after a link is not part of it (also Arabic
    // comma, semicolon and question mark, and a closing curly quote).
    while (end > host) {
      const char c = text[end - 1];
      const std::string_view before = text.substr(host, end - host);
      std::size_t cut = 0;
      for (std::string_view mark : {"\u060C", "\u061B", "\u061F", "\u2019"})
        if (before.size() > mark.size() && before.substr(before.size() - mark.size()) == mark) cut = mark.size();
      if (cut > 0) {
        end -= cut;
      } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ']' ||
                 c == '}') {
        --end;
      } else if (c == ')' && parens < 0) {
        --end;
        ++parens;
      } else {
        break;
      }
    }
    if (end > host) add_unique(out, std::string(text.substr(i, end - i)));
    i = std::max(end, i + 4);
  }
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
