// Bounded edit distance between two words, counted in code points
// (Damerau: a swap of two neighbouring letters is one edit), for the fuzzy
// part of name expansion. Pure; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lisan::query::names {

// The edits that turn `a` into `b`, or max_edits + 1 when it takes more
// (the computation stops there, so a long vocabulary scan stays cheap).
std::size_t bounded_edit_distance(std::u32string_view a, std::u32string_view b, std::size_t max_edits);

// The edits a word of `letters` code points may have and still count as a
// typo of it: none up to 3 letters, one up to 7, two from 8.
std::size_t typo_budget(std::size_t letters);

// UTF-8 -> code points (an invalid sequence ends the string there).
std::u32string to_code_points(std::string_view utf8);

}  // namespace lisan::query::names
