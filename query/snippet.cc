#include "query/snippet.h"

#include <algorithm>

#include "lisan/core/utf8.h"
#include "lisan/schema.h"

namespace lisan::query {

using analysis::Token;
using analysis::TokenKind;

bool token_matches(const Token& t, const std::set<std::string>& q) {
  if (q.empty()) return false;
  const auto has = [&q](const std::string& term) { return !term.empty() && q.count(term) > 0; };
  switch (t.kind) {
    case TokenKind::kHashtag: return has(schema::boolean_term(schema::kHashtagPrefix, t.folded));
    case TokenKind::kMention:
      return has(schema::boolean_term(schema::kMentionPrefix, utf8::fold_identifier(t.folded)));
    case TokenKind::kUrl: return has(schema::url_term(t.folded)) || has(schema::domain_term(t.domain));
    default: break;
  }
  if (has(t.folded) || has(std::string(schema::kExactPrefix) + t.exact)) return true;
  for (const auto& v : t.variants)
    if (has(v)) return true;
  if (!t.stem.empty() && !t.lang.empty() && has(schema::stem_term(t.lang, t.stem))) return true;
  if (has(std::string(schema::kFoldPrefix) + (t.ascii_folded.empty() ? t.folded : t.ascii_folded))) return true;
  if (has(std::string(schema::kTitlePrefix) + t.folded)) return true;
  for (const auto& term : q) {
    if (term.size() > 1 && term.back() == '*' &&
        t.folded.compare(0, term.size() - 1, term, 0, term.size() - 1) == 0)
      return true;
  }
  return false;
}

Snippet make_snippet(const analysis::Analyzer& analyzer, const std::string& text, const std::string& lang,
                     const std::set<std::string>& query_terms, std::size_t max_chars) {
  Snippet out;
  const std::string clean = utf8::repair(text);
  const analysis::Analysis a = analyzer.analyze(clean, lang);
  std::vector<std::size_t> matched;  // token indices
  for (std::size_t i = 0; i < a.tokens.size(); ++i)
    if (token_matches(a.tokens[i], query_terms)) matched.push_back(i);

  std::size_t begin = 0, end = clean.size();
  if (utf8::length(clean) > max_chars && !a.tokens.empty()) {
    // Try a window starting a few words before each match and keep the one
    // that shows the most matched tokens.
    const auto chars = [&](std::size_t from_byte, std::size_t to_byte) {
      return utf8::length(std::string_view(clean).substr(from_byte, to_byte - from_byte));
    };
    std::size_t first = 0, best_count = 0;
    for (std::size_t m : matched) {
      const std::size_t start = m >= 4 ? m - 4 : 0;
      std::size_t count = 0;
      for (std::size_t k : matched)
        if (k >= start && chars(a.tokens[start].begin, a.tokens[k].end) <= max_chars) ++count;
      if (count > best_count) {
        best_count = count;
        first = start;
      }
    }
    begin = first == 0 ? 0 : a.tokens[first].begin;
    std::size_t last = first;
    while (last + 1 < a.tokens.size() &&
           utf8::length(std::string_view(clean).substr(begin, a.tokens[last + 1].end - begin)) <= max_chars)
      ++last;
    end = last + 1 >= a.tokens.size() ? clean.size() : a.tokens[last].end;
    if (utf8::length(std::string_view(clean).substr(begin, end - begin)) > max_chars + 40)
      end = begin + utf8::truncate(std::string_view(clean).substr(begin), max_chars * 2).size();
  }
  out.cut_before = begin > 0;
  out.cut_after = end < clean.size();
  out.text = clean.substr(begin, end - begin);
  std::set<std::string> seen;
  for (std::size_t i : matched) {
    const Token& t = a.tokens[i];
    if (t.begin < begin || t.end > end) continue;
    if (!out.highlights.empty() && out.highlights.back().second > t.begin - begin) {
      // Hashtag parts lie inside their hashtag: extend, never overlap.
      out.highlights.back().second = std::max(out.highlights.back().second, static_cast<std::size_t>(t.end - begin));
      continue;
    }
    out.highlights.emplace_back(t.begin - begin, t.end - begin);
  }
  for (std::size_t i : matched) {
    const Token& t = a.tokens[i];
    std::string form = clean.substr(t.begin, t.end - t.begin);
    if (seen.insert(form).second) out.matched_forms.push_back(std::move(form));
  }
  // Whitespace at the cut edges is noise.
  while (!out.text.empty() && (out.text.back() == ' ' || out.text.back() == '\n')) out.text.pop_back();
  for (auto& h : out.highlights) h.second = std::min(h.second, out.text.size());
  return out;
}

}  // namespace lisan::query
