// Helpers shared by the Telegram readers (Desktop JSON, Desktop HTML,
// Telethon-based collectors): the lisan id scheme for Telegram messages
// (docs/input-formats.md §0.1 / 1.12), the t.me link rule (1.10), list fields without
// repeats, tags and links found in plain text, and cutting Telethon text by
// UTF-16 offsets (3.1). Pure functions,
// thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/readers/text_util.h"

namespace lisan::indexer::telegram {

// "telegram:<chat>:<message>", e.g. telegram:1712345678:2. `chat` is the bare
// chat id (no -100 prefix, no packed type); readers that have no id (the HTML
// export) pass the chat name.
std::string message_id(std::string_view chat, std::string_view message);

// https://t.me/c/<chat>/<message> for channels and supergroups (the link only
// opens for members), empty when the chat type has no such link, the chat id
// is not a bare number, or the message id is not positive (docs/input-formats.md §1.10).
std::string private_link(std::string_view chat_type, std::string_view chat, long long message);

// Lists without repeats (text_util.h), also as telegram::add_unique.
using indexer::add_unique;

// A URL as typed in a message ("example.nl/nieuws/park") with http:// added
// when it has no scheme, for the `urls` field only (docs/input-formats.md §1.4).
std::string with_scheme(std::string_view url);

// Appends to `out` (without repeats) the hashtags (`lead` '#') or mentions
// ('@') written in plain text, for formats that carry no entities (snscrape,
// the collectors' CSV exports): `lead` not after an ASCII letter, digit or
// '_', then letters of any script, digits, '_' and ZWNJ; ASCII punctuation
// and spaces end them. Good enough for the stored fields; the analyser finds
// hashtags in the text itself for search.
void find_tags(std::string_view text, char lead, std::vector<std::string>& out);

// Appends to `out` (without repeats) the http:// and https:// links written
// in plain text. A link ends at white space, a control character, '<', '>'
// or '"'; trailing sentence punctuation (ASCII, Arabic ، ؛ ؟, and ’) and an
// unmatched ')' are left out.
void find_urls(std::string_view text, std::vector<std::string>& out);

// Strips one leading character `lead` ('#' or '@') and returns the rest.
std::string strip_lead(std::string_view text, char lead);

// The bytes of `text` (UTF-8) from UTF-16 unit `offset` for `length` units,
// as Telegram API entities count them; astral code points count 2. Out-of-
// range ends are clamped; a cut inside a surrogate pair moves to the end of
// the code point.
std::string_view utf16_slice(std::string_view text, std::size_t offset, std::size_t length);

// Strips the "-100" of a Bot API / Telethon marked channel id ("-1001712345678"
// -> "1712345678") and a leading '-' of a basic-group id; other text as is.
std::string bare_chat_id(std::string_view id);

}  // namespace lisan::indexer::telegram
