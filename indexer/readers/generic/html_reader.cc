#include "indexer/readers/generic/html_reader.h"

#include <regex>
#include <vector>

#include <fmt/format.h>
#include <gumbo.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/text_util.h"
#include "indexer/readers/decode.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/source_path.h"
#include "lisan/core/json_text.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"
#include "lisan/schema.h"

namespace lisan::indexer {
namespace {

using json = nlohmann::json;

constexpr std::size_t kCharsetProbeBytes = 4096;

// ---- DOM helpers ---------------------------------------------------------

std::string attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string(a->value) : std::string();
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

template <typename F>
void for_each_child(const GumboNode* node, F&& f) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT && node->type != GUMBO_NODE_TEMPLATE)
    return;
  const GumboVector& children =
      node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) f(static_cast<const GumboNode*>(children.data[i]));
}

template <typename F>
void walk(const GumboNode* node, F&& f) {
  f(node);
  for_each_child(node, [&f](const GumboNode* child) { walk(child, f); });
}

std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// ---- Boilerplate ---------------------------------------------------------

bool dropped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEAD: case GUMBO_TAG_MATH:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

bool boilerplate(const GumboNode* node) {
  static const std::regex kBoilerplate(
      "cookie|consent|banner|menu|nav|breadcrumb|share|social|related|recommend|ad-|advert|promo|newsletter|"
      "comment|footer|sidebar|dialog",
      std::regex::icase | std::regex::optimize);
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  if (dropped_tag(node->v.element.tag)) return true;
  for (const char* name : {"class", "id", "role"}) {
    const std::string v = attr(node, name);
    if (!v.empty() && std::regex_search(v, kBoilerplate)) return true;
  }
  return false;
}

bool block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

// Text of a subtree without boilerplate: blocks apart by "\n\n", <br> "\n".
class TextCollector {
 public:
  void collect(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      add(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || boilerplate(node)) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      if (!out_.empty() && brk_ < 1) brk_ = 1;
      space_ = false;
      return;
    }
    if (tag == GUMBO_TAG_IMG) {
      const std::string alt = collapse_space(attr(node, "alt"));
      if (!alt.empty()) alts_.push_back(alt);
      return;
    }
    const bool block = block_tag(tag);
    if (block) brk_ = 2;
    for_each_child(node, [this](const GumboNode* child) { collect(child); });
    if (block) brk_ = 2;
  }

  std::string text() const { return out_.empty() && !alts_.empty() ? join_alts() : out_; }

 private:
  void add(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
        continue;
      }
      if (brk_ > 0 && !out_.empty()) {
        out_.append(static_cast<std::size_t>(brk_), '\n');
      } else if (space_ && !out_.empty() && out_.back() != '\n') {
        out_.push_back(' ');
      }
      brk_ = 0;
      space_ = false;
      out_.push_back(c);
    }
  }
  std::string join_alts() const {
    std::string s;
    for (const auto& a : alts_) s += (s.empty() ? "" : "\n\n") + a;
    return s;
  }

  std::string out_;
  std::vector<std::string> alts_;
  int brk_ = 0;  // line breaks owed before the next text
  bool space_ = false;
};

std::string node_text(const GumboNode* node) {
  TextCollector c;
  c.collect(node);
  return c.text();
}

// Text length minus link text length, without boilerplate: Readability's
// "text that is not navigation".
std::size_t content_score(const GumboNode* node, bool in_link = false) {
  if (node->type == GUMBO_NODE_TEXT) return in_link ? 0 : collapse_space(node->v.text.text).size();
  if (node->type != GUMBO_NODE_ELEMENT || boilerplate(node)) return 0;
  const bool link = in_link || is_element(node, GUMBO_TAG_A);
  std::size_t total = 0;
  for_each_child(node, [&](const GumboNode* child) { total += content_score(child, link); });
  return total;
}

// The element holding the article: a single <article>, itemprop=articleBody
// or <main>; else the deepest block with at least 3/4 of the body's score.
const GumboNode* content_root(const GumboNode* body) {
  std::vector<const GumboNode*> articles, bodies, mains;
  walk(body, [&](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    if (n->v.element.tag == GUMBO_TAG_ARTICLE) articles.push_back(n);
    if (attr(n, "itemprop") == "articleBody") bodies.push_back(n);
    if (n->v.element.tag == GUMBO_TAG_MAIN) mains.push_back(n);
  });
  for (const auto* list : {&articles, &bodies, &mains})
    if (list->size() == 1) return list->front();
  const std::size_t whole = content_score(body);
  const GumboNode* best = body;
  // Walk down while one child keeps most of the text.
  for (;;) {
    const GumboNode* next = nullptr;
    for_each_child(best, [&](const GumboNode* child) {
      if (!next && child->type == GUMBO_NODE_ELEMENT && block_tag(child->v.element.tag) &&
          content_score(child) * 4 >= whole * 3)
        next = child;
    });
    if (!next) return best;
    best = next;
  }
}

// ---- Metadata ------------------------------------------------------------

struct JsonLd {
  std::string headline, date_published, date_modified, author, in_language;
};

std::string author_names(const json& a) {
  if (a.is_string()) return a.get<std::string>();
  if (a.is_object() && a.contains("name") && a["name"].is_string()) return a["name"].get<std::string>();
  if (a.is_array()) {
    std::string out;
    for (const auto& item : a) {
      const std::string n = author_names(item);
      if (!n.empty()) out += (out.empty() ? "" : ", ") + n;
    }
    return out;
  }
  return {};
}

void read_json_ld(const json& j, JsonLd& ld) {
  if (j.is_array()) {
    for (const auto& item : j) read_json_ld(item, ld);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) read_json_ld(j["@graph"], ld);
  const auto take = [&j](const char* key, std::string& into) {
    if (into.empty() && j.contains(key) && j[key].is_string()) into = j[key].get<std::string>();
  };
  take("headline", ld.headline);
  take("datePublished", ld.date_published);
  take("dateModified", ld.date_modified);
  take("inLanguage", ld.in_language);
  if (ld.author.empty() && j.contains("author")) ld.author = author_names(j["author"]);
}

// "Headline | Site" -> "Headline": cut the last " | ", " - " or " – " part.
std::string strip_site_suffix(const std::string& title) {
  std::size_t cut = std::string::npos;
  for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = title.rfind(sep);
    if (at != std::string::npos && at > 0 && (cut == std::string::npos || at > cut)) cut = at;
  }
  return cut == std::string::npos ? title : title.substr(0, cut);
}

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

}  // namespace

std::string declared_charset(std::string_view html_bytes) {
  static const std::regex kCharset("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
                                   std::regex::icase | std::regex::optimize);
  const std::string probe(html_bytes.substr(0, kCharsetProbeBytes));
  std::smatch m;
  if (!std::regex_search(probe, m, kCharset)) return {};
  return lower_ascii(m[1].str());
}

HtmlArticle extract_article(std::string_view html) {
  std::unique_ptr<GumboOutput, GumboDeleter> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  HtmlArticle a;
  std::string og_title, og_url, canonical, published, modified, meta_author, meta_date, title_tag, first_h1;
  const GumboNode* body = nullptr;
  JsonLd ld;
  walk(out->root, [&](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    switch (n->v.element.tag) {
      case GUMBO_TAG_HTML:
        if (a.lang.empty()) a.lang = attr(n, "lang");
        break;
      case GUMBO_TAG_BODY:
        body = n;
        break;
      case GUMBO_TAG_META: {
        const std::string key = lower_ascii(!attr(n, "property").empty() ? attr(n, "property") : attr(n, "name"));
        const std::string content = attr(n, "content");
        if (key == "og:title") og_title = content;
        else if (key == "og:url") og_url = content;
        else if (key == "og:site_name") a.site_name = content;
        else if (key == "article:published_time") published = content;
        else if (key == "article:modified_time") modified = content;
        else if (key == "author") meta_author = content;
        else if ((key == "date" || key == "pubdate" || key == "dc.date") && meta_date.empty()) meta_date = content;
        break;
      }
      case GUMBO_TAG_LINK:
        if (lower_ascii(attr(n, "rel")) == "canonical" && canonical.empty()) canonical = attr(n, "href");
        break;
      case GUMBO_TAG_TITLE:
        if (title_tag.empty()) title_tag = collapse_space(node_text(n));
        break;
      case GUMBO_TAG_H1:
        if (first_h1.empty() && !boilerplate(n)) first_h1 = collapse_space(node_text(n));
        break;
      case GUMBO_TAG_SCRIPT:
        if (lower_ascii(attr(n, "type")) == "application/ld+json" && n->v.element.children.length > 0) {
          const auto* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
          if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA || t->type == GUMBO_NODE_WHITESPACE)
            read_json_ld(json::parse(t->v.text.text, nullptr, /*allow_exceptions=*/false), ld);
        }
        break;
      default:
        break;
    }
  });

  const GumboNode* content = body ? content_root(body) : out->root;
  a.text = node_text(content);

  std::string time_in_content;
  walk(content, [&](const GumboNode* n) {
    if (time_in_content.empty() && is_element(n, GUMBO_TAG_TIME)) time_in_content = attr(n, "datetime");
  });
  std::string byline;
  if (body)
    walk(body, [&](const GumboNode* n) {
      if (!byline.empty() || n->type != GUMBO_NODE_ELEMENT) return;
      const std::string cls = " " + lower_ascii(attr(n, "class")) + " ";
      if (cls.find(" author ") != std::string::npos || cls.find(" byline ") != std::string::npos)
        byline = collapse_space(node_text(n));
    });

  const auto first = [](std::initializer_list<const std::string*> options) {
    for (const std::string* o : options)
      if (!o->empty()) return *o;
    return std::string();
  };
  const std::string stripped_title = strip_site_suffix(title_tag);
  a.title = first({&og_title, &ld.headline, &first_h1, &stripped_title});
  a.date = first({&published, &ld.date_published, &time_in_content, &meta_date});
  a.edited = first({&modified, &ld.date_modified});
  a.author = first({&ld.author, &meta_author, &byline});
  a.url = first({&canonical, &og_url});
  if (a.lang.empty()) a.lang = ld.in_language;
  return a;
}

void HtmlReader::read(const std::string& path, RecordSink& sink) {
  std::string bytes = read_input_bytes(path);
  const Location where{path, 0, {}};
  const auto build = [&] { return page_record(path, std::move(bytes), sink); };
  if (auto r = guarded_record(sink, where, "", build)) sink.accept(std::move(*r));
}

std::optional<Record> HtmlReader::page_record(const std::string& path, std::string bytes, RecordSink& sink) const {
  const Location where{path, 0, {}};
  if (const std::string binary = binary_file_reason(std::string_view(bytes).substr(0, 8 * 1024)); !binary.empty()) {
    sink.skip(where, binary + "; not indexed as HTML");
    return std::nullopt;
  }

  // Charset: BOM > <meta> > UTF-8 if valid > --encoding > ICU's guess.
  json meta = json::object();
  std::string declared = declared_charset(bytes);
  if (!declared.empty() && bom_encoding(bytes).empty()) {
    auto canonical = canonical_encoding(declared);
    if (!canonical) {
      sink.reject(where, fmt::format("the page declares charset '{}', which ICU does not know", declared), "");
      return std::nullopt;
    }
    declared = canonical.value();
  }
  const std::string forced = forced_encoding(options_.encoding);
  CharsetRule rule;
  rule.forced = forced;
  rule.declared = declared;
  rule.allow_detect = true;
  rule.markup = true;
  auto choice = choose_charset(bytes, rule);
  std::string encoding = choice ? choice->encoding : "utf-8";  // no guess: repaired with U+FFFD, counted below
  if (choice) {
    bytes.erase(0, choice->bom_bytes);
    if (choice->detected) {
      meta["encoding_detected"] = true;
      meta["encoding_confidence"] = choice->confidence;
    }
  }
  int replaced = 0;
  auto html = to_utf8(bytes, encoding, &replaced);
  if (!html) {
    sink.reject(where, html.error(), "");
    return std::nullopt;
  }
  if (encoding != "utf-8") meta["encoding"] = encoding;
  if (replaced > 0) meta["encoding_replaced"] = replaced;

  const HtmlArticle article = extract_article(html.value());
  Record r;
  r.id = "web:" + relative_source_path(path, options_.base_dir);
  r.text = article.text;
  r.title = article.title;
  if (r.text.empty() && r.title.empty()) {
    sink.reject(where, "no article text or title found in the page", utf8::truncate(html.value(), 4096));
    return std::nullopt;
  }
  if (!article.date.empty()) {
    auto d = parse_date(article.date, options_.assumed_zone);
    if (d) {
      r.date = d->utc_seconds;
      r.date_zone_assumed = d->zone_assumed;
    } else {
      meta["date_unparsed"] = article.date;  // kept, not guessed
    }
  }
  if (!article.edited.empty()) {
    auto e = parse_date(article.edited, options_.assumed_zone);
    if (e) r.edited = e->utc_seconds;
  }
  r.author = article.author;
  r.url = article.url;
  r.lang = normalize_lang(article.lang);
  r.source = "web";
  r.channel = r.url.empty() ? article.site_name : schema::url_host(r.url);
  if (r.channel.empty()) r.channel = article.site_name;
  if (!meta.empty()) r.meta_json = json_text(meta);
  r.provenance = Provenance{path, 1, 0, {}, "html"};
  return r;
}

}  // namespace lisan::indexer
