// HtmlReader: one saved HTML news article (or fact-check page) is one
// record (docs/input-formats.md §5.4). Parsed with gumbo (an HTML5 parser), so broken
// markup parses the way a browser would.
//
// - Charset: a BOM, else <meta charset> / <meta http-equiv=Content-Type> in
//   the first 4 KB, else UTF-8 when valid, else ICU's guess (recorded in
//   meta as "encoding_detected"). windows-1256 and windows-1254 pages decode.
// - Boilerplate: script, style, noscript, template, iframe, svg, form,
//   button, nav, header, footer, aside and elements whose class/id/role says
//   cookie, menu, share, related, comment, ... are dropped. A single
//   <article> (or itemprop=articleBody, or <main>) is the content; otherwise
//   the deepest block holding most of the page's non-link text.
// - Fields: title (og:title > JSON-LD headline > <h1> > <title> without its
//   site suffix), date (article:published_time > JSON-LD datePublished >
//   <time datetime> in the content > meta date/pubdate/DC.date), edited,
//   author (JSON-LD author.name > meta author > .author/.byline), url
//   (canonical > og:url), lang (<html lang>, cut at '-'), channel (the url's
//   host, else og:site_name).
// - id: "web:" + the file's path relative to the directory given.
//
// One reader per thread. Memory holds one page and its DOM.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "indexer/readers/reader.h"

namespace lisan::indexer {

// What extract_article() finds in a page (UTF-8); dates as the page wrote them.
struct HtmlArticle {
  std::string text;  // blocks joined with "\n\n", <br> as "\n"
  std::string title;
  std::string date;    // raw, e.g. "2021-10-23T17:08:11+02:00"
  std::string edited;  // raw
  std::string author;
  std::string url;
  std::string lang;  // as in <html lang>, not normalized
  std::string site_name;
};

// Parses `html` (UTF-8) and applies the rules above.
HtmlArticle extract_article(std::string_view html);

// The charset a page declares in a <meta> tag within its first 4 KB, lower
// case ("windows-1256"), or "".
std::string declared_charset(std::string_view html_bytes);

class HtmlReader : public Reader {
 public:
  explicit HtmlReader(ReaderOptions options) : options_(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;

 private:
  std::optional<Record> page_record(const std::string& path, std::string bytes, RecordSink& sink) const;
  ReaderOptions options_;
};

}  // namespace lisan::indexer
