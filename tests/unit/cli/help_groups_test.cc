// --help groups: the table's order, examples under each group, wrapped
// descriptions, and a forgotten option shown (not dropped) under kUngrouped.
#include <catch2/catch.hpp>

#include "lisan/cli/help_groups.h"

using lisan::cli::apply_help_groups;
using lisan::cli::HelpGroup;

TEST_CASE("help groups print in the table's order with their examples", "[cli]") {
  CLI::App app{"demo", "demo"};
  bool a = false, b = false, c = false;
  app.add_flag("--alpha", a, "First flag");
  app.add_flag("--beta", b, std::string(30, 'x') + " " + std::string(30, 'y') + " " + std::string(30, 'z'));
  app.add_flag("--gamma", c, "Forgotten by the table");
  app.add_subcommand("info", "What it holds");
  apply_help_groups(app, {{"Second", {"--beta"}, {"demo --beta"}},
                          {"First", {"--alpha", "--help"}, {}},
                          {"Commands", {}, {"demo info"}}});
  const std::string help = app.help();
  CHECK(help.find("Second:") < help.find("First:"));
  CHECK(help.find("  Examples:\n    demo --beta\n") > help.find("--beta"));
  // The description wraps at 100 columns, continuing under its column.
  CHECK(help.find(std::string(30, 'y') + "\n" + std::string(30, ' ') + std::string(30, 'z')) != std::string::npos);
  // A group without options holds the subcommands' examples, after them.
  CHECK(help.find("    demo info\n") > help.find("Subcommands:"));
  // Forgotten, but shown: last, under the heading the golden test rejects.
  CHECK(help.find(std::string(lisan::cli::kUngrouped) + ":\n  --gamma") != std::string::npos);
  CHECK(help.find(lisan::cli::kUngrouped) > help.find("First:"));
  CHECK(lisan::cli::long_option_names(app) == std::vector<std::string>{"--alpha", "--beta", "--gamma", "--help"});
}

TEST_CASE("a help table naming an option that does not exist is a programming error", "[cli]") {
  CLI::App app{"demo", "demo"};
  CHECK_THROWS_AS(apply_help_groups(app, {{"Group", {"--nope"}, {}}}), std::logic_error);
}
