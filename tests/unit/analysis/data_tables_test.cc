// Data tables (lisan/analysis/data_tables.h): every compiled-in table loads
// through its typed accessor, the accessors report misuse as values, the
// tables' keys are in the form the analyzer looks them up in, and the build
// step (cmake/embed_tables.cmake) refuses malformed files with file:line.
#include "word_rows.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "lisan/analysis/data_tables.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

// The language a table's name starts with ("nl-stem-overrides" -> "nl").
std::string table_language(std::string_view name) {
  return std::string(name.substr(0, name.find('-')));
}

bool is_stem_table(std::string_view name) {
  return name.find("-stem-") != std::string_view::npos;
}

}  // namespace

TEST_CASE("Data tables: every compiled-in table loads", "[analysis][data]") {
  REQUIRE_FALSE(data_tables().empty());
  for (const DataTable& t : data_tables()) {
    CAPTURE(t.name, t.columns, t.rows);
    CHECK(t.rows > 0);
    if (t.columns == 1) {
      const auto s = word_set(t.name);
      CHECK(s.error() == "");
      CHECK(s.ok());
    } else if (t.columns == 2) {
      const auto m = word_map(t.name);
      CHECK(m.error() == "");
      CHECK(m.ok());
    }
  }
}

TEST_CASE("Data tables: stem tables are keyed by analyzer-folded words", "[analysis][data]") {
  // A key the analyzer can never produce would be a dead row.
  for (const DataTable& t : data_tables()) {
    if (!is_stem_table(t.name)) continue;
    const std::string lang = table_language(t.name);
    for (std::size_t r = 0; r < t.rows; ++r) {
      const std::string key(t.cell(r, 0));
      CAPTURE(t.file, t.lines[r], key);
      const Analysis a = analyzer().analyze_as(key, lang);
      REQUIRE(a.tokens.size() == 1);
      CHECK(a.tokens[0].folded == key);
    }
  }
}

TEST_CASE("Data tables: misuse is an error value naming the table", "[analysis][data]") {
  const auto missing = word_map("xx-no-such-table");
  CHECK_FALSE(missing.ok());
  CHECK(missing.error() ==
        "no data table 'xx-no-such-table' (expected lisan/analysis/data/xx-no-such-table.txt; "
        "re-run cmake after adding it)");
  const auto wrong = word_set("nl-stem-overrides");
  CHECK_FALSE(wrong.ok());
  CHECK(wrong.error() ==
        "lisan/analysis/data/nl-stem-overrides.txt: has 2 column(s) per entry, the analyzer "
        "expects 1");
}

namespace {

struct BadTableRow {
  const char* rule;
  const char* file_name;
  const char* text;
  const char* message;  // expected in cmake's output
};

const BadTableRow kBadTables[] = {
    {"no source line", "xx-words.txt", "# Licence: test\nword\n",
     "xx-words.txt:2: error: the comment lines before the first entry must name the table's "
     "'# source:' and '# licence:'"},
    {"no licence line", "xx-words.txt", "# Source: test\nword\n",
     "xx-words.txt:2: error: the comment lines"},
    {"ragged columns", "xx-words.txt", "# Source: t\n# Licence: t\na\tb\nc\n",
     "xx-words.txt:4: error: 1 cells, but the table's first entry has 2"},
    {"empty cell", "xx-words.txt", "# Source: t\n# Licence: t\na\t\tb\n",
     "xx-words.txt:3: error: cell 2 is empty"},
    {"trailing tab", "xx-words.txt", "# Source: t\n# Licence: t\na\tb\t\n",
     "xx-words.txt:3: error: cell 3 is empty"},
    {"space instead of tab", "xx-words.txt", "# Source: t\n# Licence: t\na \tb\n",
     "xx-words.txt:3: error: cell 1 ('a ') has a leading or trailing space"},
    {"lone carriage return", "xx-words.txt", "# Source: t\n# Licence: t\na\rb\n",
     "xx-words.txt:3: error: carriage return inside a line"},
    {"no entries", "xx-words.txt", "# Source: t\n# Licence: t\n", "the table has no entries"},
    {"bad file name", "Words.txt", "# Source: t\n# Licence: t\na\n",
     "a table is named <lang>-<what>.txt"},
};

// Runs the build step on one file; returns its exit status and output.
int run_embed(const std::filesystem::path& table, const std::filesystem::path& out,
              std::string& output) {
  const std::filesystem::path log = out.string() + ".log";
  const std::string command = std::string("\"") + LISAN_CMAKE + "\" -DOUT=\"" + out.string() +
                              "\" -DFILES=\"" + table.string() + "\" -P \"" +
                              LISAN_EMBED_TABLES_SCRIPT + "\" >\"" + log.string() + "\" 2>&1";
  const int status = std::system(command.c_str());
  std::ifstream in(log);
  std::ostringstream text;
  text << in.rdbuf();
  output = text.str();
  return status;
}

std::filesystem::path temp_dir() {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("lisan-data-tables-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("Data tables: the build refuses a malformed table with file:line", "[analysis][data]") {
  const auto row = GENERATE(from_range(std::begin(kBadTables), std::end(kBadTables)));
  CAPTURE(row.rule);
  const auto dir = temp_dir();
  const auto table = dir / row.file_name;
  std::ofstream(table, std::ios::binary) << row.text;
  std::string output;
  const int status = run_embed(table, dir / "out.cc", output);
  CAPTURE(output);
  CHECK(status != 0);
  CHECK(output.find(row.message) != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "out.cc"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Data tables: a well-formed table compiles with ';' and brackets intact",
          "[analysis][data]") {
  const auto dir = temp_dir();
  const auto table = dir / "xx-words.txt";
  std::ofstream(table, std::ios::binary)
      << "# Source: test\r\n# Licence: test\n\n# a comment between entries\na;b\t[c]\r\n"
         "\xD9\x83\xD8\xAA\xD8\xA7\xD8\xA8\t\\d\"\n";
  std::string output;
  const int status = run_embed(table, dir / "out.cc", output);
  CAPTURE(output);
  REQUIRE(status == 0);
  std::ifstream in(dir / "out.cc");
  std::ostringstream text;
  text << in.rdbuf();
  const std::string source = text.str();
  CHECK(source.find("R\"lisan(a;b)lisan\",R\"lisan([c])lisan\",") != std::string::npos);
  CHECK(source.find("R\"lisan(\xD9\x83\xD8\xAA\xD8\xA7\xD8\xA8)lisan\",R\"lisan(\\d\")lisan\",") !=
        std::string::npos);
  CHECK(source.find("kLines0[] = {5,6,}") != std::string::npos);
  CHECK(source.find("{\"xx-words\", \"xx-words.txt\", 2, 2, kCells0, kLines0}") != std::string::npos);
  std::filesystem::remove_all(dir);
}
