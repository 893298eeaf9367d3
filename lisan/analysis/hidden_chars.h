// Hidden characters inside words: zero-width space, zero-width non-joiner
// (outside Arabic-script words, where it is Persian/Urdu orthography),
// zero-width joiner (outside emoji sequences), word joiner, BOM/ZWNBSP and
// the soft hyphen. They are invisible, change no meaning, and are typed into
// words to slip past keyword filters; the word segmenter would cut the word
// at some of them (U+200B), so they are removed BEFORE segmentation.
// Only characters between two word characters (letters, digits, marks) are
// removed: a ZWJ in an emoji sequence or a ZWNJ in a Persian word stays.
// Pure function; thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include <unicode/unistr.h>

namespace lisan::analysis {

// Removes the hidden characters inside words from `text` and the matching
// entries of `offsets` (one per UTF-16 unit plus one past the end, as
// Utf8Decoder fills them), so every kept unit keeps its original byte offset.
// Returns the number of characters removed.
int remove_hidden_in_words(icu::UnicodeString& text, std::vector<std::uint32_t>& offsets);

}  // namespace lisan::analysis
