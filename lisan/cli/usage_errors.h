// The messages a command-line mistake gets, instead of CLI11's bare
// "The following arguments were not expected" or the whole --help:
// a mistyped flag gets the closest known flags ("did you mean --format?").
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace lisan::cli {

// Damerau–Levenshtein (optimal string alignment) distance in bytes.
std::size_t edit_distance(const std::string& a, const std::string& b);

// The known flags nearest to `typed` ("--fromat" -> {"--format"}) among
// those within a few edits (1 for names of up to 3 letters, 2 up to 8, else
// 3) or that start with it ("--form" -> "--format"): all at the smallest
// distance (a flag it starts breaks a tie), at most 3.
std::vector<std::string> closest_flags(const std::string& typed, const std::vector<std::string>& known);

// "unknown option --fromat: did you mean --format?" (or "...; see --help"),
// for a CLI11 ParseError about arguments it did not expect; "" for any other
// error (CLI11's own message stays then).
std::string unknown_option_message(const CLI::ParseError& error, const CLI::App& app);

}  // namespace lisan::cli
