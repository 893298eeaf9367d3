// --help grouped by task, ripgrep-style: every option of a tool belongs to
// one named group (input, output, filters, ...) printed in the table's order,
// and each group ends with a few example command lines. The table lives with
// each tool's option definitions (indexer/index_cli.cc, query/query_cli.cc);
// this file only applies it; a flag the table forgets is shown under a
// heading the golden test of --help rejects, so it cannot slip in unsorted.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace lisan::cli {

struct HelpGroup {
  std::string name;                   // "Filters"
  std::vector<std::string> options;   // long names as in --help: "--since", "--until"; none:
                                      // the subcommands' examples, printed after their list
  std::vector<std::string> examples;  // whole command lines, shown under the group
};

// The heading of options that no group names (tests/e2e/cli_help_test.cc
// fails when --help shows it: give the option a row).
inline constexpr const char* kUngrouped = "Options not yet in a group";

// Moves each option named in `groups` into its group and installs a help
// formatter that prints the groups in this order with their examples, and
// any option no group names last, under kUngrouped. Throws
// std::logic_error (a programming error) when a named option does not exist.
void apply_help_groups(CLI::App& app, const std::vector<HelpGroup>& groups);

// Every long option name of `app` and of its subcommands ("--db", "--limit",
// ...), sorted and unique: the words "did you mean" and the completions
// choose from.
std::vector<std::string> long_option_names(const CLI::App& app);

}  // namespace lisan::cli
