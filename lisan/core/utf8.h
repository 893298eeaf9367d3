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

}  // namespace lisan::utf8
