// CsvRecordReader (indexer/readers/generic/csv_record_reader.h) on the generic CSV/TSV
// samples: dialects, header synonyms, --map, --date-format, --tz, rejects.
#include <cstdint>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "csv_test_support.h"
#include "generic_test_support.h"
#include "indexer/readers/generic/csv_record_reader.h"
#include "lisan/core/error.h"
#include "lisan/date.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::test::CollectingSink;
using lisan::test::sample;

namespace {

CollectingSink read_csv(const std::string& path, ReaderOptions options = {}) {
  CsvRecordReader reader(std::move(options));
  CollectingSink sink;
  reader.read(path, sink);
  return sink;
}

}  // namespace

TEST_CASE("CSV records: comma file with BOM and quoted newline", "[csv_record]") {
  ReaderOptions o;
  o.date_format = "%d/%m/%Y %H:%M";
  const CollectingSink sink = read_csv(sample("records_with_header.csv"), o);
  REQUIRE(sink.rejects.empty());
  REQUIRE(sink.records.size() == 3);
  const Record* c1 = sink.find("c1");
  REQUIRE(c1);
  CHECK(c1->lang == "ar");
  CHECK(c1->author == "Kent Bülteni");
  CHECK(c1->source == "csv");
  CHECK(c1->url == "https://t.me/kent_bulteni/2");
  CHECK(c1->text.find('\n') != std::string::npos);
  CHECK(c1->text.find('\r') == std::string::npos);
  CHECK(format_iso_utc(*c1->date) == "2021-10-22T14:03:11Z");
  CHECK_FALSE(c1->date_zone_assumed);
  CHECK(c1->provenance.line == 2);
  const Record* c2 = sink.find("c2");
  REQUIRE(c2);
  CHECK(c2->title == "Belediye \"geçici\" dedi");
  CHECK(format_iso_utc(*c2->date) == "2021-10-22T17:05:00Z");  // --date-format, naive: UTC assumed
  CHECK(c2->date_zone_assumed);
  CHECK(c2->provenance.line == 4);
  CHECK(sink.find("c3")->text == "De coöperatie ‘Één Park’ wil het café behouden.");
}

TEST_CASE("CSV records: a day-first date without --date-format is read, and said", "[csv_record]") {
  // Issue 17: "22/10/2021 17:05" can only be day first; it used to be rejected.
  test::NotingSink sink;
  CsvRecordReader({}).read(sample("records_with_header.csv"), sink);
  REQUIRE(sink.rejects.empty());
  REQUIRE(sink.records.size() == 3);
  CHECK(format_iso_utc(*sink.at("c2").date) == "2021-10-22T17:05:00Z");
  REQUIRE(sink.notes.size() == 1);
  CHECK(sink.notes[0].first.line == 4);
  CHECK_THAT(sink.notes[0].second, Catch::Contains("column 'date': dates read as %d/%m/%Y %H:%M"));
}

TEST_CASE("CSV records: Dutch Excel file with semicolons and --tz", "[csv_record]") {
  ReaderOptions o;
  o.date_format = "%d-%m-%Y %H:%M";
  o.assumed_zone = "Europe/Amsterdam";
  const CollectingSink sink = read_csv(sample("records_semicolon_excel_nl.csv"), o);
  REQUIRE(sink.rejects.empty());
  REQUIRE(sink.records.size() == 2);
  const Record& n1 = sink.records[0];
  CHECK(n1.id == "n1");  // header "ID"
  CHECK(n1.author == "Daan de Vries");  // "Auteur"
  CHECK(n1.text == "Gemeente sluit park; bewoners boos");  // "Tekst"
  CHECK(format_iso_utc(*n1.date) == "2021-10-22T15:05:00Z");  // 17:05 CEST
  CHECK(n1.date_zone_assumed);
  // The unmapped column is kept, decimal comma and all.
  CHECK(nlohmann::json::parse(n1.meta_json)["columns"]["Bereik"] == "1.234,5");
}

TEST_CASE("CSV records: TSV sample", "[csv_record]") {
  ReaderOptions o;
  o.date_format = "%d/%m/%Y %H:%M";
  const CollectingSink sink = read_csv(sample("records.tsv"), o);
  REQUIRE(sink.rejects.empty());
  REQUIRE(sink.records.size() == 3);
  CHECK(sink.find("c1")->text.find("#أنقذوا_الحديقة") != std::string::npos);
  CHECK(sink.find("c2")->text == "Park kapatıldı, ama \"geçici\" olarak; virgül, tırnak ve noktalı virgül; hepsi burada.");
}

TEST_CASE("CSV records: --map, ids from rows, lists and bad rows", "[csv_record]") {
  test::ScratchDir dir;
  const std::string path = dir.write("sheet.csv",
                                     "when;body;who;tags;Bereik\r\n"
                                     "2021-10-22 17:05;eerste;Daan;#RedHetPark, #Park;1\r\n"
                                     "2021-10-22 18:00;;Daan;;2\r\n"
                                     "2021-10-22 19:00;te veel;Daan;;3;4\r\n"
                                     "1634911391;vierde;Ayşe;[\"a\",\"b\"];5\r\n"
                                     "2021-10-22 20:00;\"open quote\r\n");
  ReaderOptions o;
  o.column_map = {{"text", "body"}, {"date", "When"}, {"author", "who"}};
  o.base_dir = dir.path();
  const CollectingSink sink = read_csv(path, o);
  REQUIRE(sink.records.size() == 2);
  CHECK(sink.records[0].id == "sheet.csv:2");  // spreadsheet row: the header is row 1
  CHECK(sink.records[0].author == "Daan");
  CHECK(sink.records[0].hashtags == std::vector<std::string>{"RedHetPark", "Park"});
  CHECK(sink.records[1].id == "sheet.csv:5");
  CHECK(sink.records[1].hashtags == std::vector<std::string>{"a", "b"});
  CHECK(format_iso_utc(*sink.records[1].date) == "2021-10-22T14:03:11Z");  // epoch
  CHECK_FALSE(sink.records[1].date_zone_assumed);
  REQUIRE(sink.rejects.size() == 3);
  CHECK(sink.rejects[0].first.line == 3);
  CHECK(sink.rejects[0].second == "no text (column 'body' is empty)");
  CHECK(sink.rejects[1].first.line == 4);
  CHECK_THAT(sink.rejects[1].second, Catch::StartsWith("row has 6 cell(s) but the header names 5 column(s)"));
  CHECK(sink.rejects[2].first.line == 6);
  CHECK_THAT(sink.rejects[2].second, Catch::StartsWith("unbalanced quote: the quoted field opening on line 6"));
}

TEST_CASE("CSV records: file-level problems stop with a clear message", "[csv_record]") {
  test::ScratchDir dir;
  CollectingSink sink;
  SECTION("no text column") {
    CsvRecordReader reader({});
    CHECK_THROWS_WITH(reader.read(dir.write("a.csv", "id,foo\n1,x\n"), sink),
                      Catch::Contains("no text column in the header (columns: id, foo); name it with --map text=COLUMN"));
  }
  SECTION("--map names a missing column") {
    ReaderOptions o;
    o.column_map = {{"text", "body"}};
    CsvRecordReader reader(o);
    CHECK_THROWS_WITH(reader.read(dir.write("b.csv", "id,text\n1,x\n"), sink),
                      Catch::Contains("--map text=body: no column 'body'"));
  }
  SECTION("legacy bytes without --encoding") {
    CsvRecordReader reader({});
    CHECK_THROWS_WITH(reader.read(dir.write("c.csv", "id,text\n1,Park kapat\xFDld\xFD\n"), sink),
                      Catch::Contains("not valid UTF-8 (byte 20); CSV files are read as UTF-8 unless --encoding"));
  }
}

TEST_CASE("CSV records: --encoding cp1254 converts a Turkish file", "[csv_record]") {
  test::ScratchDir dir;
  ReaderOptions o;
  o.encoding = "cp1254";
  const CollectingSink sink = read_csv(dir.write("tr.csv", "id;metin;tarih\n1;Park kapat\xFDld\xFD, \xFE" "ehir \xE7ok k\xFDzg\xFDn;2021-10-22\n"), o);
  REQUIRE(sink.records.size() == 1);
  CHECK(sink.records[0].text == "Park kapatıldı, şehir çok kızgın");
  CHECK(nlohmann::json::parse(sink.records[0].meta_json)["encoding"] == "windows-1254");
}

TEST_CASE("CSV records: --map syntax", "[csv_record]") {
  auto ok = parse_column_map({"text=body, date=created_at", "author=user"});
  REQUIRE(ok);
  CHECK(ok->size() == 3);
  CHECK(ok.value()[1] == std::pair<std::string, std::string>{"date", "created_at"});
  CHECK(parse_column_map({"text"}).error() == "'text' is not field=column (e.g. --map text=body,date=created_at)");
  CHECK_THAT(parse_column_map({"body=text"}).error(), Catch::StartsWith("unknown field 'body'"));
}

namespace {

std::string csv_input(const std::string& name) { return std::string(LISAN_TEST_DATA "/csv-inputs/") + name; }

}  // namespace

TEST_CASE("CSV records: spreadsheet date orders are inferred per file", "[csv_record][issue17]") {
  struct Case {
    const char* file;
    const char* first_date;  // of the first record, UTC
    const char* note;
  };
  const std::vector<Case> cases = {
      {"excel_nl_day_first.csv", "2021-11-03T09:15:00Z", "column 'Datum': dates read as %d-%m-%Y %H:%M"},
      {"excel_tr_day_first.csv", "2021-12-01T08:30:00Z", "column 'Tarih': dates read as %d.%m.%Y %H:%M"},
      {"us_month_first.csv", "2021-04-13T10:00:00Z", "column 'date': dates read as %m/%d/%Y %H:%M"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    test::NotingSink sink;
    CsvRecordReader({}).read(csv_input(c.file), sink);
    CHECK(sink.rejects.empty());
    REQUIRE_FALSE(sink.records.empty());
    CHECK(format_iso_utc(*sink.records[0].date) == c.first_date);
    REQUIRE(sink.notes.size() == 1);  // once per file, not per row
    CHECK_THAT(sink.notes[0].second, Catch::Contains(c.note));
  }
}

TEST_CASE("CSV records: ambiguous dates reject the file's rows with one message", "[csv_record][issue17]") {
  test::NotingSink sink;
  CsvRecordReader({}).read(csv_input("ambiguous_dates.csv"), sink);
  CHECK(sink.records.empty());
  REQUIRE(sink.rejects.size() == 3);       // every row counted ...
  CHECK(sink.quiet_rejects == 2);          // ... but said once
  CHECK(sink.rejects[0].first.line == 2);
  CHECK_THAT(sink.rejects[0].second, Catch::Contains("give --date-format '%d/%m/%Y' or --date-format '%m/%d/%Y'"));
  // Rerun with --date-format: all read.
  ReaderOptions o;
  o.date_format = "%d/%m/%Y";
  const CollectingSink again = read_csv(csv_input("ambiguous_dates.csv"), o);
  CHECK(again.rejects.empty());
  REQUIRE(again.records.size() == 3);
  CHECK(format_iso_utc(*again.records[0].date) == "2021-04-03T00:00:00Z");
}

TEST_CASE("CSV records: dates in both orders in one column are rejected, said once", "[csv_record][issue17]") {
  test::ScratchDir dir;
  const std::string path = dir.write("mixed.csv", "date,text\n13/01/2021,a\n01/13/2021,b\n2021-01-05,c\n");
  test::NotingSink sink;
  CsvRecordReader({}).read(path, sink);
  REQUIRE(sink.records.size() == 1);  // the ISO date
  REQUIRE(sink.rejects.size() == 2);
  CHECK(sink.quiet_rejects == 1);
  CHECK_THAT(sink.rejects[0].second, Catch::Contains("dates in both orders"));
}

TEST_CASE("CSV records: an unbalanced quote loses its line only", "[csv_record][issue17]") {
  const CollectingSink sink = read_csv(csv_input("unbalanced_quote.csv"));
  REQUIRE(sink.rejects.size() == 1);
  CHECK(sink.rejects[0].first.line == 3);
  CHECK_THAT(sink.rejects[0].second, Catch::Contains("opening on line 3"));
  REQUIRE(sink.records.size() == 4);
  CHECK(sink.at("q3").author == "carol");  // not merged into q2
  CHECK(format_iso_utc(*sink.at("q3").date) == "2021-10-22T12:00:00Z");
  CHECK(sink.at("q4").text == "a quoted cell\nover two lines");
  CHECK(sink.at("q5").provenance.line == 7);
}

TEST_CASE("CSV records: bad bytes never end the run", "[csv_record][issue17]") {
  test::ScratchDir dir;
  CollectingSink sink;
  CsvRecordReader reader({});
  SECTION("invalid UTF-8 header after a BOM: the name is repaired, said once, and the rows are read") {
    reader.read(dir.write("h.csv", "\xEF\xBB\xBFid,text,no\xFFte\n1,x,y\n"), sink);
    REQUIRE(sink.notes.size() == 1);
    CHECK(sink.notes[0].first.line == 1);
    CHECK_THAT(sink.notes[0].second, Catch::StartsWith("header column 3 is not valid UTF-8 (byte 3 of the name), "
                                                       "read as 'no\xEF\xBF\xBDte'"));
    REQUIRE(sink.records.size() == 1);
    CHECK(sink.records[0].text == "x");
  }
  SECTION("a binary file named .csv") {
    CHECK_THROWS_WITH(reader.read(dir.write("p.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), sink),
                      Catch::Contains("binary file (a PNG image); not a CSV file, skipped"));
    CHECK_THROWS_WITH(reader.read(dir.write("z.csv", "id,text\n1," + std::string(16, '\0') + "\n"), sink),
                      Catch::Contains("binary file (16 control bytes, 16 of them NUL"));
  }
  SECTION("an empty file and a header-only file hold no records") {
    reader.read(dir.write("e.csv", ""), sink);
    reader.read(dir.write("f.csv", "id,text\r\n"), sink);
    CHECK(sink.total() == 0);
  }
  SECTION("bad rows cost themselves only") {
    struct Case {
      const char* rule;
      std::string content;
      std::size_t records;
      std::vector<std::uint64_t> reject_lines;
    };
    const std::vector<Case> cases = {
        // Line 2 is UTF-8 with non-ASCII: the file is UTF-8 with bad bytes in places.
        {"invalid, overlong and cp1254 bytes",
         "id,text\n1,café\n2,bad \xC0\xAF overlong\n3,ok\n4,\xED\xA0\x80 surrogate\n5,Park kapat\xFDld\xFD\n", 2,
         {3, 5, 6}},
        {"truncated in a cell", "id,text\n1,one\n2,\"tw", 1, {3}},
        {"dates that used to be stored wrong",
         "id,date,text\n1,2021-10-22T10:00:00+99:99,a\n2,999999999999999,b\n3,0000-01-01,c\n4,2021-10-22,d\n", 1,
         {2, 3, 4}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.rule);
      CollectingSink got;
      reader.read(dir.write("bad.csv", c.content), got);
      CHECK(got.records.size() == c.records);
      std::vector<std::uint64_t> lines;
      for (const auto& [where, reason] : got.rejects) lines.push_back(where.line);
      CHECK(lines == c.reject_lines);
    }
  }
}
