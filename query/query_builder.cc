#include "query/query_builder.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "lisan/analysis/languages.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"
#include "lisan/record.h"
#include "lisan/schema.h"
#include "query/names/name_key.h"
#include "query/query_fields.h"

namespace lisan::query {
namespace {

using analysis::Token;
using analysis::TokenKind;
using Node = QueryNode;

bool has_arabic_script(const std::string& s) {
  // U+0600..U+06FF, U+0750..U+077F, U+08A0..U+08FF, U+FB50..U+FDFF, U+FE70..U+FEFF
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (p[i] >= 0xD8 && p[i] <= 0xDB) return true;                                   // U+0600..U+06FF
    if (p[i] == 0xDD && i + 1 < s.size() && p[i + 1] >= 0x90 && p[i + 1] <= 0xBF) return true;  // U+0750..
    if (p[i] == 0xE0 && i + 1 < s.size() && p[i + 1] == 0xA2) return true;            // U+08A0..
    if (p[i] == 0xEF && i + 1 < s.size() && p[i + 1] >= 0xAD && p[i + 1] <= 0xBB) return true;  // presentation forms
  }
  return false;
}

// A part of the query under construction. Boolean parts (filters) carry no
// weight and are joined with OP_FILTER, so they narrow without ranking.
struct Part {
  Xapian::Query query;
  bool boolean = false;
  bool empty() const { return query.empty(); }
};

Xapian::Query synonym(const std::set<std::string>& terms, Xapian::termpos pos = 0) {
  std::vector<Xapian::Query> qs;
  for (const auto& t : terms) qs.emplace_back(t, 1, pos);
  if (qs.empty()) return {};
  if (qs.size() == 1) return qs.front();
  return Xapian::Query(Xapian::Query::OP_SYNONYM, qs.begin(), qs.end());
}

// One analysis branch: the words analyzed with one language's rules, and
// the filter that keeps them to documents of that language.
struct Branch {
  std::string lang;
  Xapian::Query filter;  // empty: all documents
  bool filter_excludes = false;  // filter is AND_NOT rather than FILTER
};

Xapian::Query apply_branch_filter(const Branch& b, Xapian::Query q) {
  if (q.empty() || b.filter.empty()) return q;
  return Xapian::Query(b.filter_excludes ? Xapian::Query::OP_AND_NOT : Xapian::Query::OP_FILTER, q, b.filter);
}

class Builder {
 public:
  Builder(const analysis::Analyzer& analyzer, const BuildOptions& options, const QueryBuilder& owner,
          BuiltQuery& out, std::string required_lang, const Xapian::Database* vocabulary)
      : analyzer_(analyzer),
        options_(options),
        owner_(owner),
        out_(out),
        required_lang_(std::move(required_lang)),
        vocabulary_(vocabulary) {}

  Part build(const Node& n) {
    switch (n.kind) {
      case Node::Kind::kWord: return text_part(n, /*phrase=*/false);
      case Node::Kind::kPhrase: return text_part(n, /*phrase=*/true);
      case Node::Kind::kWildcard: return wildcard(n);
      case Node::Kind::kField: return field(n);
      case Node::Kind::kDateRange: return date_range(n);
      case Node::Kind::kAnd: return join_and(n);
      case Node::Kind::kOr: return join_or(n);
      case Node::Kind::kAndNot: {
        Part a = build(*n.children[0]);
        Part b = build(*n.children[1]);
        if (a.empty()) return a;
        if (b.empty()) return a;
        return {Xapian::Query(Xapian::Query::OP_AND_NOT, a.query, b.query), a.boolean};
      }
      case Node::Kind::kNot:
        fail(n, "a negation needs something to search for beside it");
        return {};
      case Node::Kind::kNear:
      case Node::Kind::kAdj: return proximity(n);
    }
    return {};
  }

 private:
  void fail(const Node& n, std::string message) {
    if (out_.error.empty()) out_.error = fmt::format("{} (at byte {})", message, n.offset);
  }

  std::vector<Branch> branches_for(const std::string& text) const {
    std::vector<Branch> branches;
    if (!options_.lang.empty()) {
      branches.push_back({options_.lang, {}, false});  // the --lang filter is applied once, at the top
      return branches;
    }
    std::vector<std::string> candidates = owner_.candidate_languages(text);
    // A query kept to one language by `lang:` needs only that language's
    // branch, unfiltered (the field filters): the others could only match
    // documents the field drops, and at 10^6 documents walking their
    // language filters cost a third of such a query's time.
    if (std::find(candidates.begin(), candidates.end(), required_lang_) != candidates.end()) {
      branches.push_back({required_lang_, {}, false});
      return branches;
    }
    for (const std::string& lang : candidates) {
      const analysis::LanguagePolicy* policy = analysis::language_policy(lang);
      const analysis::QueryScope scope = policy ? policy->scope : analysis::QueryScope::kSharedDocuments;
      if (scope == analysis::QueryScope::kOwnDocuments)
        branches.push_back({lang, Xapian::Query(schema::lang_term(lang)), false});
      else if (scope == analysis::QueryScope::kEveryDocument)
        branches.push_back({lang, {}, false});
      else
        branches.push_back({lang, own_documents_filter(), true});
    }
    return branches;
  }

  static bool is_word(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

  // The terms that match one token at one position (no stems: those carry no
  // positions and serve single words only).
  // Exact: the XE term, and the folded term when the word is written as its
  // folded form (documents that write it only so have no XE term for it;
  // see schema::kExactMarkedPrefix).
  std::set<std::string> position_terms(const Token& t, std::string_view prefix, bool exact) const {
    std::set<std::string> terms;
    if (exact) {
      terms.insert(std::string(schema::kExactPrefix) + t.exact);
      if (t.exact == t.folded) terms.insert(t.folded);
      return terms;
    }
    terms.insert(std::string(prefix) + t.folded);
    for (const auto& v : t.variants) terms.insert(std::string(prefix) + v);
    if (options_.fold && prefix.empty()) {
      const std::string& ascii = t.ascii_folded.empty() ? t.folded : t.ascii_folded;
      terms.insert(ascii);
    }
    return terms;
  }

  // `=word` for one word, exactly: an XE term, or for a word written as its
  // folded form, the folded term in documents that write that word no other
  // way (no kExactMarkedPrefix term).
  static Xapian::Query exact_word(const Token& t) {
    Xapian::Query written(std::string(schema::kExactPrefix) + t.exact);
    if (t.exact != t.folded) return written;
    return Xapian::Query(Xapian::Query::OP_OR, written,
                         Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query(t.folded),
                                       Xapian::Query(std::string(schema::kExactMarkedPrefix) + t.folded)));
  }

  // The documents of the languages that keep their analysis to themselves
  // (QueryScope::kOwnDocuments): the shared analyses stay away from them.
  static Xapian::Query own_documents_filter() {
    std::vector<Xapian::Query> langs;
    for (const analysis::LanguagePolicy& p : analysis::language_policies())
      if (p.scope == analysis::QueryScope::kOwnDocuments) langs.emplace_back(schema::lang_term(std::string(p.code)));
    if (langs.size() == 1) return langs.front();
    return Xapian::Query(Xapian::Query::OP_OR, langs.begin(), langs.end());
  }

  // Branches that share a filter (the languages of kSharedDocuments) share
  // one synonym, so a word weighs as one word however many forms it has.
  static std::string group_of(const Branch& b) {
    if (b.filter.empty()) return "all:" + b.lang;
    return b.filter_excludes ? "shared" : "own:" + b.lang;
  }

  // A word or phrase searched in every analysis branch, each branch's
  // query not yet kept to its documents (apply_branch_filter).
  using Alternatives = std::vector<std::pair<Branch, Xapian::Query>>;

  Part text_part(const Node& n, bool phrase) {
    const Alternatives raw = text_alternatives(n, phrase);
    std::vector<Xapian::Query> alternatives;
    for (const auto& [b, q] : raw) alternatives.push_back(apply_branch_filter(b, q));
    if (alternatives.empty()) return {};
    if (alternatives.size() == 1) return {alternatives.front(), false};
    return {Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end()), false};
  }

  Alternatives text_alternatives(const Node& n, bool phrase) {
    const bool exact = n.exact || options_.exact;
    const std::string_view prefix = n.field == "title" ? schema::kTitlePrefix : std::string_view{};
    Alternatives alternatives;
    std::map<std::string, std::pair<Branch, std::set<std::string>>> single_groups;
    for (const Branch& b : branches_for(n.text)) {
      const analysis::Analysis a = analyzer_.analyze_as(n.text, exact ? std::string_view{} : b.lang);
      std::vector<const Token*> words;
      for (const Token& t : a.tokens)
        if (is_word(t)) words.push_back(&t);
      explain(n.text, exact ? std::string("(exact)") : b.lang, words);
      if (words.empty()) continue;
      if (words.size() == 1 && !phrase && exact && !positional_) {
        record_terms(position_terms(*words[0], prefix, exact));
        alternatives.emplace_back(Branch{}, exact_word(*words[0]));
        break;  // the surface form is the same in every branch
      }
      if (words.size() == 1 && !phrase) {
        std::set<std::string> terms = position_terms(*words[0], prefix, exact);
        if (!exact && prefix.empty() && !positional_) {
          if (!words[0]->stem.empty() && !words[0]->lang.empty())
            terms.insert(schema::stem_term(words[0]->lang, words[0]->stem));
          if (options_.fold) {
            const std::string& ascii = words[0]->ascii_folded.empty() ? words[0]->folded : words[0]->ascii_folded;
            terms.insert(std::string(schema::kFoldPrefix) + ascii);
          }
        }
        record_terms(terms);
        // Inside NEAR/ADJ a filter would hide the positions Xapian needs,
        // so there the forms of all branches go into one unfiltered group.
        const bool unfiltered = exact || positional_;
        auto& group = single_groups[unfiltered ? std::string("all") : group_of(b)];
        group.first = unfiltered ? Branch{} : b;
        group.second.insert(terms.begin(), terms.end());
        if (exact) break;  // the surface form is the same in every branch
        continue;
      }
      std::vector<Xapian::Query> seq;
      for (const Token* t : words) {
        std::set<std::string> terms = position_terms(*t, prefix, exact);
        record_terms(terms);
        seq.push_back(terms.size() == 1 ? Xapian::Query(*terms.begin())
                                        : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
      }
      Xapian::Query q = seq.size() == 1 ? seq.front()
                                        : Xapian::Query(Xapian::Query::OP_PHRASE, seq.begin(), seq.end(), seq.size());
      if (!exact) {
        if (std::set<std::string> solid = solid_compound_terms(words, b.lang, prefix); !solid.empty()) {
          record_terms(solid);
          q = Xapian::Query(Xapian::Query::OP_OR, q, synonym(solid));
        }
      }
      if (exact) {
        // A word written as its folded form matches the folded term in the
        // phrase; each word must also occur exactly so somewhere in the
        // document. (A document that writes a word both ways can still
        // match a phrase whose copy there is in the other form.)
        std::vector<Xapian::Query> each;
        for (const Token* t : words)
          if (t->exact == t->folded) each.push_back(exact_word(*t));
        if (!each.empty())
          q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(Xapian::Query::OP_AND, each.begin(), each.end()));
      }
      alternatives.emplace_back(exact ? Branch{} : b, q);
      if (exact) break;
    }
    for (auto& [key, group] : single_groups) alternatives.emplace_back(group.first, synonym(group.second));
    // The other spellings of a ~name, in every document whatever its
    // language (an Arabic spelling of a Latin-typed name is in Arabic ones).
    if (!phrase && !exact && prefix.empty() && (n.names || (options_.names && names::name_like(n.text))))
      if (std::set<std::string> spellings = name_spellings(n.text); !spellings.empty())
        alternatives.emplace_back(Branch{}, synonym(spellings));
    return alternatives;
  }

  // A hyphenated compound typed as the whole query word (co-operation,
  // Zuid-Afrika) is also searched written solid (cooperation, zuidafrika):
  // the analyzer gives its first part the solid spelling as a variant, so
  // documents that hyphenate it are found either way, but a document that
  // writes it solid has one word where the phrase needs two. Returns the
  // solid word's terms (its folded form, and its stem where stems apply),
  // or nothing when `words` are not one compound.
  std::set<std::string> solid_compound_terms(const std::vector<const Token*>& words, const std::string& lang,
                                             std::string_view prefix) const {
    if (words.size() < 2) return {};
    std::string solid;
    for (const Token* t : words) solid += t->folded;
    const auto& first = words.front()->variants;
    if (std::find(first.begin(), first.end(), solid) == first.end()) return {};
    const analysis::Analysis a = analyzer_.analyze_as(solid, lang);
    if (a.tokens.size() != 1 || !is_word(a.tokens.front())) return {};
    const Token& t = a.tokens.front();
    std::set<std::string> terms{std::string(prefix) + t.folded};
    if (prefix.empty() && !positional_ && !t.stem.empty() && !t.lang.empty())
      terms.insert(schema::stem_term(t.lang, t.stem));
    return terms;
  }

  // The spellings of `word` in the vocabulary other than the word itself
  // (whose terms the analysis branches already ask for), recorded for
  // --explain. A word the analyzer splits (al-Baghdadi) is looked up as one.
  std::set<std::string> name_spellings(const std::string& word) {
    const analysis::Analysis a = analyzer_.analyze_as(word, "");
    std::string folded;
    for (const Token& t : a.tokens)
      if (is_word(t)) folded += t.folded;
    if (folded.empty()) return {};
    if (!vocabulary_) {
      out_.needs_vocabulary = true;
      return {};
    }
    const auto seen = std::find_if(out_.names.begin(), out_.names.end(),
                                   [&](const names::NameExpansion& e) { return e.folded == folded; });
    const names::NameExpansion& e = seen != out_.names.end() ? *seen : out_.names.emplace_back(
                                                                           names::expand_name(*vocabulary_, word, folded));
    std::set<std::string> terms;
    for (const names::Spelling& s : e.spellings)
      if (s.found != names::Found::kAsTyped) terms.insert(s.term);
    record_terms(terms);
    return terms;
  }

  Part wildcard(const Node& n) {
    std::vector<Xapian::Query> alternatives;
    for (const Branch& b : branches_for(n.text)) {
      const analysis::Analysis a = analyzer_.analyze_as(n.text, b.lang);
      if (a.tokens.empty() || !is_word(a.tokens.back())) continue;
      const std::string stem_base = a.tokens.back().folded;
      Xapian::Query q(Xapian::Query::OP_WILDCARD, stem_base, kMaxWildcardExpansion,
                      Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
      record_terms({stem_base + "*"});
      const bool seen = std::any_of(out_.wildcards.begin(), out_.wildcards.end(),
                                    [&](const WildcardExpansion& w) { return w.prefix == stem_base; });
      if (!seen) out_.wildcards.push_back({n.text + "*", stem_base, 0, 0});
      alternatives.push_back(apply_branch_filter(b, q));
    }
    if (alternatives.empty()) {
      fail(n, fmt::format("wildcard '{}*' has no letters to expand", n.text));
      return {};
    }
    return {Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end()), false};
  }

  Part proximity(const Node& n) {
    std::vector<Xapian::Query> subs;
    // Stems carry no positions: inside NEAR/ADJ only positional forms count.
    const bool was_positional = positional_;
    positional_ = true;
    for (const auto& c : n.children) {
      Part p = build(*c);
      if (p.empty()) {
        positional_ = was_positional;
        return {};
      }
      subs.push_back(p.query);
    }
    positional_ = was_positional;
    const auto op = n.kind == Node::Kind::kNear ? Xapian::Query::OP_NEAR : Xapian::Query::OP_PHRASE;
    // NEAR/n: the words lie within n words of each other (the window spans
    // the n words between them plus the words themselves).
    const Xapian::termcount window = n.window + static_cast<Xapian::termcount>(subs.size());
    return {Xapian::Query(op, subs.begin(), subs.end(), window), false};
  }

  Part field(const Node& n) {
    const std::string& f = n.field;
    const std::string& v = n.text;
    std::set<std::string> terms;
    const FieldSpec* spec = find_field(f);
    if (spec && spec->kind == FieldKind::kTerm) {
      terms = spec->terms(v);
    } else if (spec && spec->kind == FieldKind::kHashtag) {
      // Tags are folded with the rules of the document's language; Turkish
      // case rules differ (İ/ı), so ask for both foldings.
      for (const char* lang : {"", "tr", "ar"}) {
        const analysis::Analysis a = analyzer_.analyze_as("#" + v, lang);
        for (const Token& t : a.tokens)
          if (t.kind == TokenKind::kHashtag) terms.insert(schema::boolean_term(schema::kHashtagPrefix, t.folded));
      }
      if (terms.empty()) terms.insert(schema::boolean_term(schema::kHashtagPrefix, utf8::fold_identifier(v)));
    } else {
      fail(n, fmt::format("field '{}:' cannot be used here", f));
      return {};
    }
    out_.terms.insert(terms.begin(), terms.end());
    std::vector<Xapian::Query> qs(terms.begin(), terms.end());
    Xapian::Query q = qs.size() == 1 ? qs.front() : Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
    return {q, true};
  }

  Part date_range(const Node& n) {
    std::string lo_first, lo_last, hi_first, hi_last;
    if (!n.from.empty() && !day_bounds(n.from, lo_first, lo_last)) {
      fail(n, fmt::format("'{}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", n.from));
      return {};
    }
    if (!n.to.empty() && !day_bounds(n.to, hi_first, hi_last)) {
      fail(n, fmt::format("'{}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", n.to));
      return {};
    }
    Xapian::Query q;
    if (!n.from.empty() && !n.to.empty()) {
      if (hi_last < lo_first) {
        fail(n, fmt::format("date range {}..{} ends before it starts", n.from, n.to));
        return {};
      }
      q = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDaySlot, lo_first, hi_last);
    } else if (!n.from.empty()) {
      q = Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDaySlot, lo_first);
    } else {
      q = Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDaySlot, hi_last);
    }
    return {q, true};
  }

  Part join_and(const Node& n) {
    std::vector<Xapian::Query> weighted, filters;
    for (const auto& c : n.children) {
      Part p = build(*c);
      if (p.empty()) continue;
      (p.boolean ? filters : weighted).push_back(p.query);
    }
    Xapian::Query filter;
    if (!filters.empty())
      filter = filters.size() == 1 ? filters.front() : Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
    if (weighted.empty()) return {filter, true};
    Xapian::Query q = weighted.size() == 1 ? weighted.front()
                                           : Xapian::Query(Xapian::Query::OP_AND, weighted.begin(), weighted.end());
    if (!filter.empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, filter);
    return {q, false};
  }

  // An OR of words and phrases only (a long word list): the alternatives of
  // every word are grouped by their branch filter and each filter applied
  // once, so a 10,000-word OR walks the language filters a few times rather
  // than once per word. Filters carry no weight: the ranking is unchanged.
  std::optional<Part> or_of_words(const Node& n) {
    if (positional_ || n.children.size() < 2) return std::nullopt;
    for (const auto& c : n.children)
      if (c->kind != Node::Kind::kWord && c->kind != Node::Kind::kPhrase) return std::nullopt;
    std::map<std::string, std::pair<Branch, std::vector<Xapian::Query>>> groups;
    for (const auto& c : n.children)
      for (auto& [b, q] : text_alternatives(*c, c->kind == Node::Kind::kPhrase)) {
        if (q.empty()) continue;
        auto& group = groups[b.filter.empty() ? std::string("all") : group_of(b)];
        group.first = b;
        group.second.push_back(std::move(q));
      }
    std::vector<Xapian::Query> qs;
    for (auto& [key, group] : groups) {
      const auto& list = group.second;
      qs.push_back(apply_branch_filter(
          group.first, list.size() == 1 ? list.front() : Xapian::Query(Xapian::Query::OP_OR, list.begin(), list.end())));
    }
    if (qs.empty()) return Part{};
    if (qs.size() == 1) return Part{qs.front(), false};
    return Part{Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end()), false};
  }

  Part join_or(const Node& n) {
    if (std::optional<Part> words = or_of_words(n)) return *words;
    std::vector<Xapian::Query> qs;
    bool all_boolean = true;
    for (const auto& c : n.children) {
      Part p = build(*c);
      if (p.empty()) continue;
      all_boolean = all_boolean && p.boolean;
      qs.push_back(p.query);
    }
    if (qs.empty()) return {};
    if (qs.size() == 1) return {qs.front(), all_boolean};
    return {Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end()), all_boolean};
  }

  // Terms of the word explain() last described.
  void record_terms(const std::set<std::string>& terms) {
    out_.terms.insert(terms.begin(), terms.end());
    if (!out_.words.empty()) out_.words.back().terms.insert(out_.words.back().terms.end(), terms.begin(), terms.end());
  }

  void explain(const std::string& word, const std::string& lang, const std::vector<const Token*>& words) {
    WordAnalysis w;
    w.word = word;
    w.lang = lang;
    for (const Token* t : words) {
      const auto join = [](std::string& into, const std::string& part) {
        if (!into.empty()) into += ' ';
        into += part;
      };
      join(w.folded, t->folded);
      join(w.exact, t->exact);
      if (!t->stem.empty()) join(w.stem, t->stem);
    }
    out_.words.push_back(std::move(w));
  }

  const analysis::Analyzer& analyzer_;
  const BuildOptions& options_;
  const QueryBuilder& owner_;
  BuiltQuery& out_;
  std::string required_lang_;  // the one language a top-level `lang:` keeps the query to ("" = none)
  const Xapian::Database* vocabulary_;  // for ~names (null: not expanded, needs_vocabulary set)
  bool positional_ = false;  // building inside NEAR/ADJ
};

}  // namespace


void count_wildcard_terms(const Xapian::Database& db, std::vector<WildcardExpansion>& wildcards) {
  for (WildcardExpansion& w : wildcards) {
    // A walk over the term list's keys only: cheap next to the search.
    Xapian::termcount n = 0;
    for (auto it = db.allterms_begin(w.prefix); it != db.allterms_end(w.prefix); ++it) ++n;
    w.matched = n;
    w.used = std::min(n, kMaxWildcardExpansion);
  }
}

QueryBuilder::QueryBuilder(const analysis::Analyzer& analyzer, BuildOptions options,
                           const Xapian::Database* vocabulary)
    : analyzer_(analyzer), options_(std::move(options)), vocabulary_(vocabulary) {}

std::vector<std::string> QueryBuilder::candidate_languages(const std::string& word) const {
  return analysis::languages_of_script(has_arabic_script(word) ? analysis::Script::kArabic : analysis::Script::kLatin);
}

namespace {

// The one language every match must have by a `lang:` filter ANDed at the
// top of the query ("" when there is none, or more than one).
std::string required_lang(const QueryNode& n) {
  if (n.kind == QueryNode::Kind::kField && n.field == "lang") return normalize_lang(n.text);
  if (n.kind != QueryNode::Kind::kAnd) return {};
  std::string found;
  for (const auto& c : n.children) {
    const std::string lang = required_lang(*c);
    if (lang.empty()) continue;
    if (!found.empty() && found != lang) return {};
    found = lang;
  }
  return found;
}

}  // namespace

BuiltQuery QueryBuilder::build(const QueryNode& root) const {
  BuiltQuery out;
  Builder builder(analyzer_, options_, *this, out, options_.lang.empty() ? required_lang(root) : std::string(),
                  vocabulary_);
  Part p = builder.build(root);
  if (!out.ok()) return out;
  Xapian::Query q = p.query;
  if (p.boolean && !q.empty()) q = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, 0.0);
  if (!options_.lang.empty() && !q.empty())
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::lang_term(options_.lang)));
  out.query = q;
  return out;
}

}  // namespace lisan::query
