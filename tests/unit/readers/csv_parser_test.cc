// CsvReader and sniff_dialect (indexer/readers/csv_parser.h): RFC 4180
// records, line numbers, dialects, and the generic CSV/TSV samples.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "indexer/readers/csv_parser.h"

using namespace lisan::indexer;

namespace {

struct Row {
  std::uint64_t line;
  std::vector<std::string> fields;
  std::string problem;
};

std::vector<Row> parse(const std::string& bytes, CsvDialect dialect = {}) {
  std::istringstream in(bytes);
  CsvReader csv(in, dialect);
  std::vector<Row> rows;
  Row row;
  while (csv.next(row.fields, row.line)) {
    row.problem = csv.problem();
    rows.push_back(row);
  }
  return rows;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST_CASE("CSV parser: RFC 4180 records", "[csv]") {
  struct Case {
    const char* rule;
    std::string input;
    std::vector<Fields> records;
  };
  const std::vector<Case> cases = {
      {"plain fields with LF", "a,b\nc,d\n", {{"a", "b"}, {"c", "d"}}},
      {"CRLF line ends", "a,b\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}},
      {"lone CR line ends", "a,b\rc,d", {{"a", "b"}, {"c", "d"}}},
      {"no line end after the last record", "a,b\nc,d", {{"a", "b"}, {"c", "d"}}},
      {"empty fields", ",,\n", {{"", "", ""}}},
      {"quoted separator", "\"a,b\",c\n", {{"a,b", "c"}}},
      {"doubled quote", "\"say \"\"hi\"\"\",x\n", {{"say \"hi\"", "x"}}},
      {"newline inside quotes", "\"line 1\nline 2\",x\n", {{"line 1\nline 2", "x"}}},
      {"CRLF inside quotes is kept", "\"a\r\nb\"\r\n", {{"a\r\nb"}}},
      {"BOM is not part of the first field", "\xEF\xBB\xBFid,text\n", {{"id", "text"}}},
      {"blank lines are skipped", "a\n\n\r\nb\n", {{"a"}, {"b"}}},
      {"spaces are kept", " a , b \n", {{" a ", " b "}}},
      {"quote inside an unquoted field is a character", "5\" disk,x\n", {{"5\" disk", "x"}}},
      {"text after a closing quote is appended", "\"a\"b,c\n", {{"ab", "c"}}},
      {"empty quoted field", "\"\",x\n", {{"", "x"}}},
      {"UTF-8 passes through", "نص,metin\n", {{"نص", "metin"}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule);
    const std::vector<Row> rows = parse(c.input);
    REQUIRE(rows.size() == c.records.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      CHECK(rows[i].fields == c.records[i]);
      CHECK(rows[i].problem.empty());
    }
  }
}

TEST_CASE("CSV parser: records start on the right line and offset", "[csv]") {
  std::istringstream in("id,text\r\n1,\"two\nlines\"\r\n\r\n2,x\r\n");
  CsvReader csv(in);
  Fields f;
  std::uint64_t line = 0;
  REQUIRE(csv.next(f, line));
  CHECK(line == 1);
  CHECK(csv.offset() == 0);
  REQUIRE(csv.next(f, line));
  CHECK(line == 2);
  CHECK(csv.offset() == 9);
  CHECK(csv.raw() == "1,\"two\nlines\"");
  REQUIRE(csv.next(f, line));
  CHECK(line == 5);  // after the quoted newline and the blank line
  CHECK(f == Fields{"2", "x"});
  CHECK_FALSE(csv.next(f, line));
}

TEST_CASE("CSV parser: a file that ends inside quotes is reported", "[csv]") {
  // The quote opens on line 2 and runs to the end: line 2 is given up and
  // line 3 read again (see "Unbalanced quotes" in csv_parser.h).
  const std::vector<Row> rows = parse("a,b\n1,\"never closed\n2,x\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].line == 2);
  CHECK_THAT(rows[1].problem, Catch::StartsWith("unbalanced quote: the quoted field opening on line 2 does not close "
                                                "before the end of the file"));
  CHECK(rows[2].line == 3);
  CHECK(rows[2].fields == Fields{"2", "x"});
  // Opened on the last line: nothing to read again.
  const std::vector<Row> last = parse("a,b\n1,\"never closed");
  REQUIRE(last.size() == 2);
  CHECK(last[1].problem == "the file ends inside a quoted field that opens on line 2 (a '\"' is missing)");
}

TEST_CASE("CSV parser: other separators", "[csv]") {
  CHECK(parse("a;b;\"c;d\"\n", CsvDialect{';', '"'})[0].fields == Fields{"a", "b", "c;d"});
  CHECK(parse("a\tb\t\"c\td\"\n", CsvDialect{'\t', '"'})[0].fields == Fields{"a", "b", "c\td"});
  CHECK(parse("a|b\n", CsvDialect{'|', '"'})[0].fields == Fields{"a", "b"});
}

TEST_CASE("CSV dialect sniffing", "[csv]") {
  struct Case {
    const char* rule;
    const char* head;
    char separator;
  };
  const std::vector<Case> cases = {
      {"comma", "id,date,text\n1,2,3", ','},
      {"semicolon beats the decimal commas of later lines", "ID;Datum;Tekst\r\nn1;1,5;x", ';'},
      {"tab", "id\tdate\ttext\n", '\t'},
      {"pipe", "id|text\n", '|'},
      {"separators inside quotes do not count", "\"a,b,c,d\";x;y\n", ';'},
      {"BOM skipped", "\xEF\xBB\xBFid;text\n", ';'},
      {"no separator means comma", "text\nhello\n", ','},
      {"only the first line counts", "id;text\na,b,c,d,e\n", ';'},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule);
    CHECK(sniff_dialect(c.head).separator == c.separator);
  }
}

TEST_CASE("CSV parser on the generic samples", "[csv]") {
  struct Case {
    const char* file;
    char separator;
    std::size_t records;
    std::size_t columns;
  };
  const std::vector<Case> cases = {
      {"records_with_header.csv", ',', 4, 7},
      {"records_semicolon_excel_nl.csv", ';', 3, 5},
      {"records.tsv", '\t', 4, 7},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    const std::string path = std::string(LISAN_TEST_DATA "/samples/generic/") + c.file;
    const CsvDialect dialect = sniff_dialect(read_head(path));
    CHECK(dialect.separator == c.separator);
    std::ifstream in(path, std::ios::binary);
    CsvReader csv(in, dialect);
    Fields f;
    std::uint64_t line = 0;
    std::size_t n = 0;
    while (csv.next(f, line)) {
      ++n;
      CHECK(f.size() == c.columns);
      CHECK(csv.problem().empty());
    }
    CHECK(n == c.records);
  }
}

TEST_CASE("CSV parser: the Excel NL sample keeps decimal commas in one field", "[csv]") {
  std::ifstream in(LISAN_TEST_DATA "/samples/generic/records_semicolon_excel_nl.csv", std::ios::binary);
  CsvReader csv(in, CsvDialect{';', '"'});
  Fields f;
  std::uint64_t line = 0;
  REQUIRE(csv.next(f, line));
  CHECK(f == Fields{"ID", "Datum", "Auteur", "Tekst", "Bereik"});
  REQUIRE(csv.next(f, line));
  CHECK(line == 2);
  CHECK(f == Fields{"n1", "22-10-2021 17:05", "Daan de Vries", "Gemeente sluit park; bewoners boos", "1.234,5"});
}

TEST_CASE("CSV parser: the quoted newline in the sample stays in the field", "[csv]") {
  std::ifstream in(LISAN_TEST_DATA "/samples/generic/records_with_header.csv", std::ios::binary);
  CsvReader csv(in);
  Fields f;
  std::uint64_t line = 0;
  REQUIRE(csv.next(f, line));
  CHECK(f[0] == "id");  // no BOM
  REQUIRE(csv.next(f, line));
  CHECK(line == 2);
  CHECK(f[5].find('\n') != std::string::npos);
  REQUIRE(csv.next(f, line));
  CHECK(line == 4);  // record c1 took lines 2 and 3
  CHECK(f[0] == "c2");
  CHECK(f[4] == "Belediye \"geçici\" dedi");
}

namespace {

// Every record of `bytes` with expect_fields(n) set after the first (the
// header), as "line:cells" or "line:!" for a record with a problem.
std::vector<std::string> outline(const std::string& bytes, std::size_t n) {
  std::istringstream in(bytes);
  CsvReader csv(in);
  std::vector<std::string> out;
  Fields f;
  std::uint64_t line = 0;
  while (csv.next(f, line)) {
    out.push_back(std::to_string(line) + ":" + (csv.problem().empty() ? fmt::format("{}", fmt::join(f, "|")) : "!"));
    csv.expect_fields(n);
  }
  return out;
}

}  // namespace

TEST_CASE("CSV parser: an unbalanced quote costs its line only", "[csv]") {
  struct Case {
    const char* rule;
    std::string input;
    std::vector<std::string> records;
  };
  const std::vector<Case> cases = {
      {"closing quote followed by text (rows merged before)",
       "a,b\n1,\"no close\n2,\"x\"\n3,y\n",
       {"1:a|b", "2:!", "3:2|x", "4:3|y"}},
      {"the quote runs to the end of the file", "a,b\n1,x\n2,\"open\n3,y\n4,z\n",
       {"1:a|b", "2:1|x", "3:!", "4:3|y", "5:4|z"}},
      {"a closed field that makes too many cells", "a,b\n1,\"x\n2,y\",z\n3,w\n", {"1:a|b", "2:!", "3:2|y\"|z", "4:3|w"}},
      {"a legitimate quoted newline is kept", "a,b\n1,\"x\ny\"\n2,z\n", {"1:a|b", "2:1|x\ny", "4:2|z"}},
      {"a quoted newline with the header's cells and trailing separators", "a,b\n1,\"x\ny\",,\n",
       {"1:a|b", "2:1|x\ny||"}},
      {"the quote opens on the last line: no line to go back to", "a,b\n1,\"x", {"1:a|b", "2:!"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule);
    CHECK(outline(c.input, 2) == c.records);
  }
}

TEST_CASE("CSV parser: the unbalanced-quote problem names the line", "[csv]") {
  std::istringstream in("id,text\n1,\"she said \"\"wait\"\" and\n2,\"ok\"\n");
  CsvReader csv(in);
  Fields f;
  std::uint64_t line = 0;
  REQUIRE(csv.next(f, line));
  csv.expect_fields(2);
  REQUIRE(csv.next(f, line));
  CHECK(line == 2);
  CHECK_THAT(csv.problem(), Catch::Contains("quoted field opening on line 2"));
  CHECK_THAT(csv.problem(), Catch::Contains("reading goes on at line 3"));
  CHECK(csv.raw() == "1,\"she said \"\"wait\"\" and");
  REQUIRE(csv.next(f, line));
  CHECK(line == 3);
  CHECK(f == Fields{"2", "ok"});
  CHECK(csv.offset() == std::string("id,text\n1,\"she said \"\"wait\"\" and\n").size());
}

TEST_CASE("CSV parser: a record over the size limit is reported, not kept", "[csv]") {
  const std::string big(CsvReader::kMaxRecordBytes + 10, 'x');
  SECTION("one long line") {
    std::istringstream in("a,b\n1," + big + "\n2,y\n");
    CsvReader csv(in);
    Fields f;
    std::uint64_t line = 0;
    REQUIRE(csv.next(f, line));
    REQUIRE(csv.next(f, line));
    CHECK(line == 2);
    CHECK_THAT(csv.problem(), Catch::Contains("over the 1 MiB limit"));
    CHECK(f.empty());
    CHECK(csv.raw().size() == CsvReader::kMaxRawBytes);
    REQUIRE(csv.next(f, line));
    CHECK(line == 3);
    CHECK(f == Fields{"2", "y"});
  }
  SECTION("an open quote over many lines") {
    std::string lines;
    for (int i = 0; i < 40000; ++i) lines += "2,some row that the open quote swallows\n";
    CHECK(outline("a,b\n1,\"open\n" + lines + "3,z\n", 2).size() == 40003);
  }
}

TEST_CASE("CSV parser: NUL bytes in cells are found", "[csv]") {
  CHECK(nul_cell({"a", "b"}) == 2);
  CHECK(nul_cell({"a", std::string("b\0c", 3)}) == 1);
}
