// --help grouped by task, ripgrep-style: every option of a tool belongs to
// one named group (input, output, filters, ...) printed in the table's order,
// and each group ends with a few example command lines. The table lives with
// each tool's option definitions (indexer/index_cli.cc, query/query_cli.cc);
// this file only applies it, and refuses a table that forgets an option, so a
// new flag cannot slip into --help unsorted.
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

// Moves each option named in `groups` into its group and installs a help
// formatter that prints the groups in this order with their examples.
// Throws std::logic_error (a programming error, caught by the golden test)
// when a named option does not exist or an option of `app` is in no group.
void apply_help_groups(CLI::App& app, const std::vector<HelpGroup>& groups);

// Every long option name of `app` and of its subcommands ("--db", "--limit",
// ...), sorted and unique: the words "did you mean" and the completions
// choose from.
std::vector<std::string> long_option_names(const CLI::App& app);

}  // namespace lisan::cli
