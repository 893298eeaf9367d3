// Decoding (indexer/readers/decode.h): names, BOMs, ICU conversion and
// detection of the legacy code pages on the real UDHR samples.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "generic_test_support.h"
#include "indexer/readers/decode.h"

using namespace lisan::indexer;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("Encoding names", "[encoding]") {
  struct Case {
    const char* given;
    const char* canonical;
  };
  const std::vector<Case> cases = {{"cp1256", "windows-1256"}, {"CP1254", "windows-1254"}, {"cp1252", "windows-1252"},
                                   {"UTF8", "utf-8"},          {"latin1", "iso-8859-1"},    {"ISO-8859-9", "iso-8859-9"},
                                   {"windows-1256", "windows-1256"}};
  for (const Case& c : cases) {
    CAPTURE(c.given);
    auto name = canonical_encoding(c.given);
    REQUIRE(name);
    CHECK(name.value() == c.canonical);
  }
  CHECK_THAT(canonical_encoding("klingon-8").error(), Catch::StartsWith("unknown encoding 'klingon-8'"));
}

TEST_CASE("Encoding: BOMs and UTF-8 validity", "[encoding]") {
  std::size_t n = 0;
  CHECK(bom_encoding("\xEF\xBB\xBFx", &n) == "utf-8");
  CHECK(n == 3);
  CHECK(bom_encoding("\xFF\xFEx\0", &n) == "utf-16le");
  CHECK(bom_encoding("plain", &n).empty());
  CHECK(first_invalid_utf8("abc") == std::string_view::npos);
  CHECK(first_invalid_utf8("ab\xFD" "c") == 2);
  CHECK(first_invalid_utf8("ab\xC3", /*allow_cut_end=*/true) == std::string_view::npos);
  CHECK(first_invalid_utf8("ab\xC3") == 2);
}

TEST_CASE("Encoding: conversions", "[encoding]") {
  struct Case {
    const char* rule;
    std::string bytes;
    const char* encoding;
    const char* utf8;
  };
  const std::vector<Case> cases = {
      {"Turkish letters in cp1254", "\xFE\xFD\xF0\xDD", "windows-1254", "şığİ"},
      {"Arabic letters in cp1256", "\xE3\xCD\xE3\xCF", "windows-1256", "محمد"},
      {"Arabic letters in ISO-8859-6", "\xE5\xCD\xE5\xCF", "iso-8859-6", "محمد"},
      {"Dutch letters in cp1252", "co\xF6peratie \x93" "caf\xE9\x94", "windows-1252", "coöperatie “café”"},
      {"UTF-16LE with BOM", std::string("\xFF\xFE" "a\0\xE7\0", 6), "utf-16", "aç"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule);
    auto out = to_utf8(c.bytes, c.encoding);
    REQUIRE(out);
    CHECK(out.value() == c.utf8);
  }
  int replaced = 0;
  CHECK(to_utf8("a\xA1" "b", "iso-8859-6", &replaced).value() == "a\xEF\xBF\xBD" "b");  // 0xA1 is unassigned
  CHECK(replaced == 1);
}

TEST_CASE("Encoding: detection of the legacy UDHR samples", "[encoding]") {
  struct Case {
    const char* file;
    const char* encoding;
    const char* contains;
  };
  const std::vector<Case> cases = {
      {"text_tree/udhr/ar/article_03.cp1256.txt", "windows-1256", "لكل فرد الحق في الحياة"},
      {"text_tree/udhr/tr/article_03.cp1254.txt", "iso-8859-9", "Yaşamak, hürriyet ve kişi emniyeti"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    auto decoded = decode_text(slurp(lisan::test::sample(c.file)), "", /*allow_detect=*/true);
    REQUIRE(decoded);
    CHECK(decoded->detected);
    CHECK(decoded->encoding == c.encoding);
    CHECK(decoded->text.find(c.contains) != std::string::npos);
  }
}

TEST_CASE("Encoding: decode_text order of rules", "[encoding]") {
  // A BOM wins and is removed.
  auto bom = decode_text("\xEF\xBB\xBFhello", "windows-1254", true);
  CHECK(bom->text == "hello");
  CHECK(bom->encoding == "utf-8");
  // Valid non-ASCII UTF-8 stays UTF-8 even with --encoding (a mixed folder).
  CHECK(decode_text("kızgın", "windows-1254", true)->encoding == "utf-8");
  // --encoding beats detection.
  auto forced = decode_text("k\xFDzg\xFDn", "windows-1254", true);
  CHECK(forced->text == "kızgın");
  CHECK_FALSE(forced->detected);
  // No guessing where it is not allowed.
  CHECK_THAT(decode_text("k\xFDzg\xFDn", "", false).error(), Catch::StartsWith("not valid UTF-8; name the file's encoding"));
}

TEST_CASE("Encoding: DecodingStreambuf streams a legacy file as UTF-8", "[encoding]") {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "\xFE\xFD\xF0 ";  // 80 KB: more than one chunk
  std::istringstream src(big);
  DecodingStreambuf buf(src, "windows-1254");
  std::istream in(&buf);
  std::ostringstream out;
  out << in.rdbuf();
  std::string expected;
  for (int i = 0; i < 20000; ++i) expected += "şığ ";
  CHECK(out.str() == expected);
  CHECK(buf.replaced() == 0);
}

TEST_CASE("Binary files are told from text", "[encoding][issue17]") {
  struct Case {
    std::string head;
    const char* reason;  // "" = text
  };
  const std::vector<Case> cases = {
      {"plain text\n", ""},
      {std::string("\xFF\xFEh\0i\0", 6), ""},  // UTF-16 with a BOM is text
      {std::string("\x89PNG\r\n\x1a\n\0\0", 10), "binary file (a PNG image)"},
      {"PK\x03\x04rest", "binary file (a zip archive (or .xlsx / .docx))"},
      {"%PDF-1.7", "binary file (a PDF document)"},
      {std::string("id,text\n1,a\0b", 13), ""},  // one stray NUL: a bad record, not a binary file
      {std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3E\0", 20),
       "binary file (15 control bytes, 11 of them NUL, in its first 20 bytes)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head);
    CHECK(binary_file_reason(c.head) == c.reason);
  }
}

TEST_CASE("A file mixing UTF-8 and legacy lines is decoded line by line", "[encoding][issue17]") {
  // Line 1 UTF-8, line 2 windows-1254, line 3 ASCII, line 4 UTF-8.
  const std::string bytes = "caf\xC3\xA9\nkap\xFDs\xFD\nplain\n\xC4\xB1\xC5\x9F\xC4\xB1k\n";
  auto d = decode_text(bytes, "windows-1254", true);
  REQUIRE(d.ok());
  CHECK(d->mixed());
  CHECK(d->utf8_lines == 2);
  CHECK(d->legacy_lines == 1);
  CHECK(d->legacy_line_numbers == std::vector<std::uint64_t>{2});
  CHECK(d->text == "café\nkapısı\nplain\nışık\n");  // no mojibake either way
  auto legacy_only = decode_text("kap\xFDs\xFD\n", "windows-1254", true);
  REQUIRE(legacy_only.ok());
  CHECK_FALSE(legacy_only->mixed());
  CHECK(legacy_only->text == "kapısı\n");
}
