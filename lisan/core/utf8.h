// Small UTF-8 helpers that know nothing of languages: validity repair,
// simple case folding of identifiers (channel and author names), and cutting
// strings on character boundaries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lisan::utf8 {

// Replaces every invalid byte sequence with U+FFFD; returns how many were
// replaced through `replaced` when it is not null.
std::string repair(std::string_view text, int* replaced = nullptr);

// Replaces every byte of an invalid sequence with the four characters \xff:
// unlike repair(), two different inputs stay different (ids made from file
// names that are not UTF-8 stay unique and can be typed back).
std::string escape_invalid(std::string_view text);

bool is_valid(std::string_view text);

// Unicode default case folding plus NFKC, for boolean filter values such as
// channel and author names: "DawnRelief" and "dawnrelief" are one channel.
std::string fold_identifier(std::string_view text);

// The longest prefix of `text` of at most `max_bytes` bytes that does not cut
// a character in two.
std::string_view truncate(std::string_view text, std::size_t max_bytes);

// Byte offset of the start of the character that contains byte `offset`
// (moves backwards over continuation bytes).
std::size_t char_start(std::string_view text, std::size_t offset);

// Number of code points in `text`.
std::size_t length(std::string_view text);

// What terminal_safe() does with line breaks: a text shown as several lines
// on purpose (a document's body) keeps them; a field on one line escapes them.
enum class Newlines { kEscape, kKeep };

// `text` made safe to write to a terminal: indexed content is hostile, and
// an ESC sequence in a post could clear the screen, retitle the window, plant
// a hyperlink or hide lines; a CR could overwrite what was printed before it.
// Every control character becomes a visible escape: C0 (except TAB, and LF
// with Newlines::kKeep) and DEL as \x1b, C1 (U+0080..U+009F) and the bidi
// embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) as
// \u202e, and bytes that are not UTF-8 as \xff. Bidi controls are escaped so
// content cannot reorder the columns around it or unbalance lisan's own
// isolates (query/printers/bidi.h adds those after escaping). Text without
// any of these is returned unchanged. JSON and CSV output escape by their
// own format and do not use this.
std::string terminal_safe(std::string_view text, Newlines newlines = Newlines::kEscape);

}  // namespace lisan::utf8
