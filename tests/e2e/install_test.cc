// End-to-end: `cmake --install` of this build into a temporary prefix puts
// both tools, their man pages and their bash and zsh completions where man,
// bash-completion and zsh look (cmake/LisanInstall.cmake); the installed
// page renders, and the bash completion completes.
#include <sys/stat.h>

#include <filesystem>

#include <catch2/catch.hpp>

#include "tests/e2e/cli_runner.h"
#include "tests/e2e/golden_file.h"

using namespace lisan::test;

namespace {

bool executable(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & S_IXUSR);
}

// Runs a bash completion function the way bash would for the command line
// `words` (the cursor at the end of its last word) and returns COMPREPLY,
// one candidate a line. Only bash itself: no bash-completion package needed.
RunResult complete(const std::string& script, const std::string& function, const std::vector<std::string>& words) {
  std::string array;
  for (const std::string& w : words) array += " '" + w + "'";
  const std::string program = "source '" + script + "' || exit 3\nCOMP_WORDS=(" + array +
                              ")\nCOMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n" + function +
                              "\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
  return run("/bin/bash", {"--norc", "--noprofile", "-c", program});
}

}  // namespace

TEST_CASE("cmake --install puts the tools, man pages and completions in place", "[e2e][install]") {
  TempDir prefix;
  const RunResult install = run(LISAN_CMAKE, {"--install", LISAN_BINARY_DIR, "--prefix", prefix.path()});
  INFO(install.out << install.err);
  REQUIRE(install.status == 0);

  for (const std::string tool : {"lisan-index", "lisan-query"}) {
    CAPTURE(tool);
    const std::string bin = prefix.file("bin/" + tool);
    CHECK(executable(bin));
    const RunResult version = run(bin, {"--version"});
    CHECK(version.status == 0);
    CHECK_THAT(version.out, Catch::StartsWith(tool + " 0.3.0\n"));
    CHECK(std::filesystem::is_regular_file(prefix.file("share/bash-completion/completions/" + tool)));
    CHECK(std::filesystem::is_regular_file(prefix.file("share/zsh/site-functions/_" + tool)));

    const std::string page = prefix.file("share/man/man1/" + tool + ".1");
    if (!LISAN_HAVE_PANDOC) {
      WARN("pandoc was not found when this build was configured: no man page to check (apt-get install pandoc)");
      CHECK_FALSE(std::filesystem::exists(page));
      continue;
    }
    REQUIRE(std::filesystem::is_regular_file(page));
    // man -l renders the page as a user sees it (MANWIDTH fixes the layout).
    const RunResult shown = run("/usr/bin/env", {"MANWIDTH=100", "MANPAGER=cat", "PAGER=cat", "man", "-l", page});
    INFO(shown.err);
    CHECK(shown.status == 0);
    CHECK_THAT(shown.out, Catch::Contains("NAME"));
    CHECK_THAT(shown.out, Catch::Contains("OPTIONS"));
    CHECK_THAT(shown.out, Catch::Contains("EXIT STATUS"));
    // Options are typed as written: ASCII hyphens, not U+2010 or U+2212.
    CHECK_THAT(shown.out, Catch::Contains("--format"));
    CHECK_THAT(shown.out, Catch::Contains("--version"));
    // groff's own warnings (-ww) about the generated page: none.
    const RunResult groff = run("/usr/bin/groff", {"-man", "-Tutf8", "-ww", "-z", page});
    CHECK(groff.err.empty());
  }
}

TEST_CASE("cmake --install puts lisan-serve and its man page in place", "[e2e][install]") {
  TempDir prefix;
  const RunResult install = run(LISAN_CMAKE, {"--install", LISAN_BINARY_DIR, "--prefix", prefix.path()});
  INFO(install.out << install.err);
  REQUIRE(install.status == 0);
  const std::string bin = prefix.file("bin/lisan-serve");
  CHECK(executable(bin));
  const RunResult version = run(bin, {"--version"});
  CHECK(version.status == 0);
  CHECK_THAT(version.out, Catch::StartsWith("lisan-serve 0.3.0\n"));
  CHECK_THAT(version.out, Catch::Contains("Xapian"));
  const std::string page = prefix.file("share/man/man1/lisan-serve.1");
  if (!LISAN_HAVE_PANDOC) {
    WARN("pandoc was not found when this build was configured: no man page to check (apt-get install pandoc)");
    CHECK_FALSE(std::filesystem::exists(page));
    return;
  }
  REQUIRE(std::filesystem::is_regular_file(page));
  const RunResult shown = run("/usr/bin/env", {"MANWIDTH=100", "MANPAGER=cat", "PAGER=cat", "man", "-l", page});
  CHECK(shown.status == 0);
  CHECK_THAT(shown.out, Catch::Contains("--bind"));
  const RunResult groff = run("/usr/bin/groff", {"-man", "-Tutf8", "-ww", "-z", page});
  CHECK(groff.err.empty());
}

TEST_CASE("the bash completions complete options and their values", "[e2e][install][completion]") {
  const std::string dir = std::string(LISAN_SOURCE_DIR) + "/completions/";
  struct Row {
    std::string script, function;
    std::vector<std::string> words;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows = {
      {"lisan-query.bash", "_lisan_query", {"lisan-query", "--form"}, {"--format"}},
      {"lisan-query.bash", "_lisan_query", {"lisan-query", "--format", "js"}, {"json", "jsonl"}},
      {"lisan-query.bash", "_lisan_query", {"lisan-query", "--sort", "-"}, {"-date"}},
      {"lisan-query.bash", "_lisan_query", {"lisan-query", "--since"}, {"--since", "--since-run"}},
      {"lisan-query.bash", "_lisan_query", {"lisan-query", "sh"}, {"show"}},
      {"lisan-index.bash", "_lisan_index", {"lisan-index", "--form"}, {"--format"}},
      {"lisan-index.bash", "_lisan_index", {"lisan-index", "--format", "telegram-t"},
       {"telegram-tracker", "telegram-tracker-csv"}},
      {"lisan-index.bash", "_lisan_index", {"lisan-index", "--no-"}, {"--no-compact"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.words);
    const RunResult r = complete(dir + row.script, row.function, row.words);
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(lines(r.out) == row.expected);
  }
}

TEST_CASE("the zsh completions are valid zsh", "[e2e][install][completion]") {
  if (!std::filesystem::exists("/usr/bin/zsh") && !std::filesystem::exists("/bin/zsh")) {
    WARN("zsh is not installed: the zsh completions were not parsed (scripts/install-deps installs zsh)");
    return;
  }
  for (const std::string file : {"_lisan-index", "_lisan-query"}) {
    CAPTURE(file);
    const RunResult r = run("/usr/bin/env", {"zsh", "-n", std::string(LISAN_SOURCE_DIR) + "/completions/" + file});
    CHECK(r.status == 0);
    CHECK(r.err.empty());
  }
}
