// HtmlReader (indexer/readers/generic/html_reader.h) on the two article samples:
// charset from a meta tag, boilerplate removal, title/date/author/url/lang.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "generic_test_support.h"
#include "indexer/readers/generic/html_reader.h"
#include "lisan/date.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::test::CollectingSink;
using lisan::test::sample;

namespace {

Record read_page(const std::string& path, const std::string& base_dir) {
  ReaderOptions o;
  o.base_dir = base_dir;
  HtmlReader reader(o);
  CollectingSink sink;
  reader.read(path, sink);
  REQUIRE(sink.rejects.empty());
  REQUIRE(sink.records.size() == 1);
  return sink.records[0];
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("HTML: modern Dutch article", "[html]") {
  const Record r = read_page(sample("news_article_nl.html"), sample(""));
  CHECK(r.id == "web:news_article_nl.html");
  CHECK(r.source == "web");
  CHECK(r.title == "Gemeenteraad stemt over toekomst van het park");  // og:title
  CHECK(format_iso_utc(*r.date) == "2021-10-23T15:08:11Z");           // article:published_time
  CHECK_FALSE(r.date_zone_assumed);
  CHECK(format_iso_utc(*r.edited) == "2021-11-02T08:00:00Z");
  CHECK(r.author == "Daan de Vries");  // JSON-LD beats <meta name=author>
  CHECK(r.url == "https://example.nl/nieuws/park");
  CHECK(r.channel == "example.nl");
  CHECK(r.lang == "nl");  // nl-NL
  CHECK(r.meta_json.empty());
  CHECK(r.provenance.format == "html");

  // Content kept, blocks apart.
  CHECK(has(r.text, "De gemeenteraad stemt vanavond over het park."));
  CHECK(has(r.text, "#RedHetPark, #ParkımızıKoruyalım en #أنقذوا_الحديقة."));
  CHECK(has(r.text, "De ingang van het park, zaterdagochtend."));  // figcaption
  CHECK(has(r.text, "petitie.\n\nOok in Istanbul"));
  // Boilerplate gone.
  for (const char* gone : {"cookies", "Akkoord", "Binnenland", "Inloggen", "Home", "Lees ook", "Advertentie",
                           "Deel op", "Reacties", "Eindelijk", "Privacy", "analytics", "position:fixed",
                           "De ingang van het park op zaterdagochtend"}) {
    CAPTURE(gone);
    CHECK_FALSE(has(r.text, gone));
  }
}

TEST_CASE("HTML: legacy Arabic page in windows-1256 without <article>", "[html]") {
  const Record r = read_page(sample("news_article_ar.cp1256.html"), "");
  CHECK(r.id == "web:news_article_ar.cp1256.html");
  CHECK(r.title == "البلدية تغلق الحديقة العامة مؤقتاً");
  CHECK(format_iso_utc(*r.date) == "2021-10-22T14:03:11Z");
  CHECK(r.lang == "ar");
  CHECK(r.url == "https://example.org/ar/news/2021/10/22/park");
  CHECK(r.channel == "example.org");
  CHECK(nlohmann::json::parse(r.meta_json)["encoding"] == "windows-1256");
  CHECK(has(r.text, "أعلنت البلديّة اليوم إغلاق الحديقة العامّة"));
  CHECK(has(r.text, "#أنقذوا_الحديقة"));
  CHECK_FALSE(has(r.text, "الرئيسية"));               // div#menu
  CHECK_FALSE(has(r.text, "جميع الحقوق محفوظة"));     // div#footer
}

TEST_CASE("HTML: declared charsets", "[html]") {
  struct Case {
    const char* html;
    const char* charset;
  };
  const std::vector<Case> cases = {
      {"<meta charset=\"utf-8\">", "utf-8"},
      {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Windows-1254\">", "windows-1254"},
      {"<meta charset=iso-8859-9>", "iso-8859-9"},
      {"<html><body>none</body></html>", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(declared_charset(c.html) == c.charset);
  }
}

TEST_CASE("HTML: metadata fallbacks", "[html]") {
  struct Case {
    const char* rule;
    const char* html;
    const char* title;
    const char* date;
    const char* author;
  };
  const std::vector<Case> cases = {
      {"title tag without its site suffix", "<title>Park dicht | Stadsbericht</title><p>x</p>", "Park dicht", "", ""},
      {"h1 beats the title tag", "<title>A - Site</title><h1>Kop</h1><p>x</p>", "Kop", "", ""},
      {"JSON-LD headline, date and author list",
       "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"H\","
       "\"datePublished\":\"2022-01-02\",\"author\":[{\"name\":\"A\"},{\"name\":\"B\"}]}]}</script><p>x</p>",
       "H", "2022-01-02", "A, B"},
      {"time in the article and a byline",
       "<article><p class=\"byline\">Selin Kaya</p><time datetime=\"2022-03-04T05:06:07Z\">4 Mart</time><p>x</p>"
       "</article>",
       "", "2022-03-04T05:06:07Z", "Selin Kaya"},
      {"meta name date", "<meta name=\"DC.date\" content=\"2020-01-01\"><p>x</p>", "", "2020-01-01", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule);
    const HtmlArticle a = extract_article(c.html);
    CHECK(a.title == c.title);
    CHECK(a.date == c.date);
    CHECK(a.author == c.author);
  }
}

TEST_CASE("HTML: text layout", "[html]") {
  const HtmlArticle a = extract_article(
      "<body><main><h2>Kop</h2><p>een <b>vet</b>\n  woord<br>nieuwe regel</p><ul><li>een</li><li>twee</li></ul>"
      "<p><img alt=\"foto\"></p></main></body>");
  CHECK(a.text == "Kop\n\neen vet woord\nnieuwe regel\n\neen\n\ntwee");
  CHECK(extract_article("<body><img alt=\"alleen een foto\"></body>").text == "alleen een foto");
}
