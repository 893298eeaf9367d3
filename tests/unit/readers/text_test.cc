// TextReader (indexer/readers/generic/text_reader.h) on the real UDHR text tree:
// ids, titles, languages from directories, BOM + CRLF, legacy encodings.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "csv_test_support.h"
#include "generic_test_support.h"
#include "indexer/readers/generic/text_reader.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::test::CollectingSink;
using lisan::test::sample;

namespace {

Record read_one(const std::string& rel, bool lang_from_dir = true) {
  ReaderOptions o;
  o.base_dir = sample("text_tree");
  o.lang_from_dir = lang_from_dir;
  TextReader reader(o);
  CollectingSink sink;
  reader.read(sample("text_tree/" + rel), sink);
  REQUIRE(sink.rejects.empty());
  REQUIRE(sink.records.size() == 1);
  return sink.records[0];
}

}  // namespace

TEST_CASE("Text files: one record per file", "[text]") {
  struct Case {
    const char* file;
    const char* title;
    const char* lang;
    const char* encoding;  // meta.encoding, "" = plain UTF-8
    const char* contains;
  };
  const std::vector<Case> cases = {
      {"udhr/en/article_01.txt", "Article 1", "en", "", "born free and equal"},
      {"udhr/nl/article_02.crlf_bom.txt", "Artikel 2", "nl", "utf-8", "aanspraak op alle rechten"},
      {"udhr/tr/article_03.cp1254.txt", "Madde 3", "tr", "iso-8859-9", "kişi emniyeti her ferdin hakkıdır"},
      {"udhr/ar/article_03.cp1256.txt", "المادة 3", "ar", "windows-1256", "لكل فرد الحق في الحياة"},
      {"udhr/ar/article_01.txt", "المادة 1", "ar", "", "يولد جميع الناس أحرارًا"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    const Record r = read_one(c.file);
    CHECK(r.id == std::string("text:") + c.file);
    CHECK(r.title == c.title);
    CHECK(r.lang == c.lang);
    CHECK(r.source == "text");
    CHECK(r.text.find('\r') == std::string::npos);
    CHECK(r.text.rfind("\xEF\xBB\xBF", 0) == std::string::npos);
    CHECK(r.text.find(c.contains) != std::string::npos);
    CHECK_FALSE(r.date);
    const std::string encoding = r.meta_json.empty() ? "" : nlohmann::json::parse(r.meta_json).value("encoding", "");
    CHECK(encoding == c.encoding);
  }
}

TEST_CASE("Text files: a detected encoding is recorded as a guess", "[text]") {
  const Record r = read_one("udhr/ar/article_03.cp1256.txt");
  const auto meta = nlohmann::json::parse(r.meta_json);
  CHECK(meta["encoding_detected"] == true);
  CHECK(meta["encoding_confidence"].get<int>() > 0);
}

TEST_CASE("Text files: lang is left to detection without --lang-from-dir", "[text]") {
  CHECK(read_one("udhr/en/article_01.txt", false).lang.empty());
}

TEST_CASE("Text title rule", "[text]") {
  struct Case {
    const char* rule;
    const char* text;
    const char* title;
  };
  const std::vector<Case> cases = {
      {"short first line then a blank line", "Title\n\nBody", "Title"},
      {"leading blank lines are skipped", "\n\n  \nTitle\n\nBody", "Title"},
      {"no blank line after it", "Line one\nLine two", ""},
      {"a single line", "Only line", ""},
      {"too long", "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule);
    CHECK(text_title(c.text) == c.title);
  }
  CHECK(text_title(std::string(121, 'x') + "\n\nbody").empty());
  CHECK(text_title(std::string(120, 'x') + "\n\nbody") == std::string(120, 'x'));
}

TEST_CASE("Language from a path", "[text]") {
  CHECK(lang_from_path("udhr/ar/article_01.txt") == "ar");
  CHECK(lang_from_path("nl-NL/a/x.txt") == "nl");
  CHECK(lang_from_path("tr/2021/x.txt") == "tr");
  CHECK(lang_from_path("notes/x.txt").empty());
  CHECK(lang_from_path("ar.txt").empty());  // the file name is not a directory
}

TEST_CASE("Text files: binary, empty and large files", "[text]") {
  test::ScratchDir dir;
  ReaderOptions o;
  o.base_dir = dir.path();
  TextReader reader(o);
  CollectingSink sink;
  reader.read(dir.write("bin/x.dat", std::string("GIF89a\0\0", 8)), sink);
  reader.read(dir.write("empty.txt", ""), sink);
  REQUIRE(sink.skips.size() == 2);
  CHECK_THAT(sink.skips[0].second, Catch::StartsWith("binary file"));
  CHECK_THAT(sink.skips[1].second, Catch::StartsWith("empty file"));

  std::string book;
  while (book.size() < 2 * TextReader::kMaxPartBytes + 100) book += "A paragraph of a long book.\n\n";
  reader.read(dir.write("books/long.txt", book), sink);
  REQUIRE(sink.records.size() == 3);
  CHECK(sink.records[0].id == "text:books/long.txt#p1");
  CHECK(sink.records[2].id == "text:books/long.txt#p3");
  CHECK(sink.records[0].text.size() <= TextReader::kMaxPartBytes);
  std::string joined;
  for (const auto& r : sink.records) joined += r.text;
  CHECK(joined == book);  // nothing lost between parts
  CHECK(sink.records[1].provenance.line > 1);
}

TEST_CASE("Text files: mixed encodings warn once naming the lines; binary is named", "[text][issue17]") {
  test::ScratchDir dir;
  test::NotingSink sink;
  TextReader reader({});
  ReaderOptions forced;
  forced.encoding = "cp1254";
  TextReader(forced).read(dir.write("mixed.txt", "caf\xC3\xA9\nkap\xFDs\xFD\nson\n"), sink);
  REQUIRE(sink.records.size() == 1);
  CHECK(sink.records[0].text == "café\nkapısı\nson\n");
  REQUIRE(sink.notes.size() == 1);
  CHECK(sink.notes[0].first.line == 2);
  CHECK_THAT(sink.notes[0].second, Catch::Contains("mixed encodings: 1 line(s) are UTF-8 and 1 are not (line 2)"));
  reader.read(dir.write("pic.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), sink);
  REQUIRE(sink.skips.size() == 1);
  CHECK_THAT(sink.skips[0].second, Catch::StartsWith("binary file (a PNG image)"));
}
