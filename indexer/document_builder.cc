#include "indexer/document_builder.h"

#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "lisan/core/json_text.h"
#include "lisan/analysis/latin_filter.h"
#include "lisan/core/utf8.h"
#include "lisan/dedup/document_signature.h"
#include "lisan/date.h"
#include "lisan/record_json.h"
#include "lisan/schema.h"

namespace lisan::indexer {
namespace {

using analysis::Token;
using analysis::TokenKind;

// Phrases must not run from one field into the next (Omega's gap of 100).
constexpr Xapian::termpos kFieldGap = 100;

// Adds a free-text term with a position, cut to the backend's term limit
// (an over-long "word" is almost always junk such as base64; a cut prefix
// still finds it).
void add_positional(Xapian::Document& doc, std::string_view prefix, const std::string& word,
                    Xapian::termpos pos) {
  if (word.empty()) return;
  std::string term(prefix);
  term.append(utf8::truncate(word, schema::kMaxTermBytes - prefix.size()));
  doc.add_posting(term, pos);
}

void add_plain(Xapian::Document& doc, std::string_view prefix, const std::string& word) {
  if (word.empty()) return;
  std::string term(prefix);
  term.append(utf8::truncate(word, schema::kMaxTermBytes - prefix.size()));
  doc.add_term(term);
}

// A document's distinct hashtags, mentions and hosts (key -> spelling), for
// the facet slots (schema::kHashtagsSlot ...).
struct FacetSets {
  std::map<std::string, std::string> hashtags, mentions, domains;
  // A hashtag's facet key must not depend on the language of the document
  // it is in (a storm crosses languages): the folded tag with the Turkish
  // letters folded too, so #ÖzgürlükYürüyüşü in a Turkish and in an English
  // post is one value. (The K term keeps each language's folding; the query
  // builder asks for all of them.)
  static std::string hashtag_key(const std::string& folded) {
    std::string ascii = analysis::ascii_fold_turkish(folded);  // "" when there is nothing to fold
    return ascii.empty() ? folded : ascii;
  }
  static std::string without_sigil(const std::string& s) {
    return !s.empty() && (s.front() == '#' || s.front() == '@') ? s.substr(1) : s;
  }
  static void store(Xapian::Document& doc, Xapian::valueno slot, const std::map<std::string, std::string>& m) {
    if (m.empty()) return;
    std::vector<schema::FacetEntry> entries;
    for (const auto& [key, shown] : m) entries.push_back({key, shown});
    doc.add_value(slot, schema::join_facet_values(entries));
  }
};

// The body's surface forms, gathered over the whole document before any XE
// term is written (schema::kExactMarkedPrefix explains the rule): most words
// are written as their folded form everywhere, and those need no second term.
class ExactForms {
 public:
  void add(const Token& t, Xapian::termpos pos) {
    if (t.exact.empty()) return;
    Word& w = words_[t.folded];
    w.marked = w.marked || t.exact != t.folded;
    w.occurrences.emplace_back(t.exact, pos);
  }
  void write(Xapian::Document& doc) const {
    for (const auto& [folded, w] : words_) {
      if (!w.marked) continue;
      add_plain(doc, schema::kExactMarkedPrefix, folded);
      for (const auto& [exact, pos] : w.occurrences) add_positional(doc, schema::kExactPrefix, exact, pos);
    }
  }

 private:
  struct Word {
    bool marked = false;
    std::vector<std::pair<std::string, Xapian::termpos>> occurrences;
  };
  std::unordered_map<std::string, Word> words_;
};

struct FieldTerms {
  Xapian::Document& doc;
  std::set<std::string>& langs;
  std::string_view text_prefix;  // "" for the body, "S" for the title
  Xapian::termpos base = 0;
  Xapian::termpos last = 0;
  FacetSets* facets = nullptr;
  ExactForms* exact_forms = nullptr;  // body fields only

  void add(const Token& t) {
    const Xapian::termpos pos = base + t.position + 1;  // Xapian positions start at 1
    if (pos > last) last = pos;
    if (!t.lang.empty()) langs.insert(t.lang);
    // A hashtag's text, a mention's handle and a URL's host are also plain
    // words (Token::bare_word); the K, XMENTION and H terms stay strict.
    if (!t.bare_word.empty()) add_positional(doc, text_prefix, t.bare_word, pos);
    switch (t.kind) {
      case TokenKind::kHashtag:
        doc.add_boolean_term(schema::boolean_term(schema::kHashtagPrefix, t.folded));
        if (facets) facets->hashtags.emplace(FacetSets::hashtag_key(t.folded), FacetSets::without_sigil(t.exact));
        return;
      case TokenKind::kMention:
        doc.add_boolean_term(schema::boolean_term(schema::kMentionPrefix, t.folded));
        if (facets) facets->mentions.emplace(utf8::fold_identifier(t.folded), FacetSets::without_sigil(t.exact));
        return;
      case TokenKind::kUrl:
        doc.add_boolean_term(schema::url_term(t.folded));
        if (!t.domain.empty()) doc.add_boolean_term(schema::domain_term(t.domain));
        if (facets && !t.domain.empty()) facets->domains.emplace(t.domain, t.domain);
        return;
      case TokenKind::kEmail:
        if (!t.domain.empty()) doc.add_boolean_term(schema::domain_term(t.domain));
        if (facets && !t.domain.empty()) facets->domains.emplace(t.domain, t.domain);
        break;
      case TokenKind::kWord:
      case TokenKind::kNumber:
        break;
    }
    add_positional(doc, text_prefix, t.folded, pos);
    for (const std::string& v : t.variants)
      if (v != t.folded) add_positional(doc, text_prefix, v, pos);
    if (!text_prefix.empty()) return;  // title: folded words only, body terms carry the rest
    if (exact_forms) exact_forms->add(t, pos);
    if (!t.stem.empty() && !t.lang.empty()) doc.add_term(schema::stem_term(t.lang, t.stem));
    add_plain(doc, schema::kFoldPrefix, t.ascii_folded);
  }
};

// Hashtags, mentions and URLs a reader took from entities (they may not be
// in the text, e.g. a Telegram link behind a word).
// Entity spellings win over the text's for facets (a tag in the text may
// carry a Turkish suffix after an apostrophe).
void add_entity_fields(const analysis::Analyzer& analyzer, const Record& r, const std::string& lang,
                       Xapian::Document& doc, FacetSets& facets) {
  for (const std::string& tag : r.hashtags) {
    const analysis::Analysis a = analyzer.analyze_as("#" + tag, lang);
    for (const Token& t : a.tokens)
      if (t.kind == TokenKind::kHashtag) {
        doc.add_boolean_term(schema::boolean_term(schema::kHashtagPrefix, t.folded));
        facets.hashtags.insert_or_assign(FacetSets::hashtag_key(t.folded), tag);
      }
  }
  for (const std::string& m : r.mentions) {
    std::string handle = m;
    if (!handle.empty() && handle.front() == '@') handle.erase(0, 1);
    doc.add_boolean_term(schema::boolean_term(schema::kMentionPrefix, utf8::fold_identifier(handle)));
    facets.mentions.insert_or_assign(utf8::fold_identifier(handle), handle);
  }
  for (const std::string& u : r.urls) {
    doc.add_boolean_term(schema::url_term(u));
    const std::string host = schema::url_host(u);
    if (!host.empty()) doc.add_boolean_term(schema::domain_term(host));
    if (!host.empty()) facets.domains.emplace(host, host);
  }
  if (!r.url.empty()) doc.add_boolean_term(schema::url_term(r.url));
}

}  // namespace

BuiltDocument DocumentBuilder::build(const Record& record) const {
  BuiltDocument out;
  Xapian::Document& doc = out.document;
  std::set<std::string> langs;

  const analysis::Analysis body = analyzer_.analyze(record.text, record.lang);
  out.lang = record.lang.empty() ? body.lang : record.lang;
  out.invalid_utf8 = body.invalid_utf8;

  FacetSets facets;
  ExactForms exact_forms;
  FieldTerms body_terms{doc, langs, "", 0, 0, &facets, &exact_forms};
  for (const Token& t : body.tokens) body_terms.add(t);
  out.signature = dedup::add_signature(doc, body.tokens);  // near-duplicate band terms + signature (issue 6)

  if (!record.title.empty()) {
    const analysis::Analysis title = analyzer_.analyze(record.title, out.lang);
    out.invalid_utf8 += title.invalid_utf8;
    FieldTerms title_terms{doc, langs, schema::kTitlePrefix, 0, 0, &facets};
    // Title words are also body words (a plain query should find a headline),
    // after a gap so no phrase spans title and body.
    FieldTerms title_as_body{doc, langs, "", body_terms.last + kFieldGap, 0, nullptr, &exact_forms};
    for (const Token& t : title.tokens) {
      title_terms.add(t);
      title_as_body.add(t);
    }
  }
  exact_forms.write(doc);
  add_entity_fields(analyzer_, record, out.lang, doc, facets);
  FacetSets::store(doc, schema::kHashtagsSlot, facets.hashtags);
  FacetSets::store(doc, schema::kMentionsSlot, facets.mentions);
  FacetSets::store(doc, schema::kDomainsSlot, facets.domains);

  out.id_term = schema::id_term(record.id);
  doc.add_boolean_term(out.id_term);
  if (!out.lang.empty()) langs.insert(out.lang);
  for (const std::string& l : langs) doc.add_boolean_term(schema::lang_term(l));
  doc.add_value(schema::kLangSlot, out.lang);

  if (!record.source.empty()) {
    doc.add_boolean_term(schema::source_term(record.source));
    doc.add_value(schema::kSourceSlot, record.source);
  }
  if (!record.channel.empty()) {
    doc.add_boolean_term(schema::channel_term(record.channel));
    doc.add_value(schema::kChannelSlot, record.channel);
  }
  if (!record.author.empty()) {
    doc.add_boolean_term(schema::author_term(record.author));
    doc.add_value(schema::kAuthorSlot, record.author);
  }
  if (!record.author_id.empty()) doc.add_boolean_term(schema::author_term(record.author_id));
  const std::string kind = record.kind.empty() ? "post" : record.kind;
  doc.add_boolean_term(schema::kind_term(kind));
  doc.add_value(schema::kKindSlot, kind);

  if (record.date) {
    const std::int64_t t = *record.date;
    doc.add_value(schema::kDateSlot, Xapian::sortable_serialise(static_cast<double>(t)));
    doc.add_value(schema::kDaySlot, format_day(t));
    int y;
    unsigned m, d;
    civil_from_days(t >= 0 ? t / 86400 : (t - 86399) / 86400, y, m, d);
    doc.add_boolean_term(schema::year_term(y));
    doc.add_boolean_term(schema::month_term(y, m));
    doc.add_boolean_term(schema::day_term(y, m, d));
  }
  if (!record.provenance.file.empty())
    doc.add_boolean_term(schema::boolean_term(schema::kSourceFilePrefix, record.provenance.file));

  nlohmann::json data = record_to_json(record);
  if (!out.lang.empty()) data["lang"] = out.lang;
  nlohmann::json analysis = {{"lang", out.lang}, {"lang_detected", record.lang.empty()}};
  if (record.lang.empty()) analysis["lang_confidence"] = body.lang_confidence;
  if (out.invalid_utf8 > 0) analysis["invalid_utf8"] = out.invalid_utf8;
  std::vector<std::string> segment_langs(langs.begin(), langs.end());
  analysis["segment_langs"] = segment_langs;
  data["analysis"] = std::move(analysis);
  doc.set_data(json_text(data));
  return out;
}

}  // namespace lisan::indexer
