#include "query/snippet.h"

#include <algorithm>

#include "lisan/core/utf8.h"
#include "lisan/schema.h"

namespace lisan::query {

using analysis::Token;
using analysis::TokenKind;

TermMatcher::TermMatcher(const std::set<std::string>& query_terms) : terms_(query_terms) {
  for (const auto& term : terms_)
    if (term.size() > 1 && term.back() == '*') prefixes_.push_back(term.substr(0, term.size() - 1));
}

bool TermMatcher::matches(const Token& t) const {
  const std::set<std::string>& q = terms_;
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
  for (const auto& prefix : prefixes_)
    if (t.folded.compare(0, prefix.size(), prefix) == 0) return true;
  return false;
}

bool token_matches(const Token& t, const std::set<std::string>& q) { return TermMatcher(q).matches(t); }

namespace {

// Character offsets of byte offsets in `text`. The cursor moves from the
// offset asked last, so offsets asked in (nearly) increasing order cost the
// bytes between them: a whole text costs one pass.
class CharCursor {
 public:
  explicit CharCursor(std::string_view text) : text_(text) {}
  std::size_t at(std::size_t byte) {
    for (; byte_ < byte; ++byte_) chars_ += is_lead(text_[byte_]);
    for (; byte_ > byte; --byte_) chars_ -= is_lead(text_[byte_ - 1]);
    return chars_;
  }

 private:
  static bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
  std::string_view text_;
  std::size_t byte_ = 0, chars_ = 0;
};

}  // namespace

Snippet make_snippet(const analysis::Analyzer& analyzer, const std::string& text, const std::string& lang,
                     const std::set<std::string>& query_terms, std::size_t max_chars) {
  Snippet out;
  const std::string clean = utf8::repair(text);
  const analysis::Analysis a = analyzer.analyze(clean, lang);
  std::vector<std::size_t> matched;  // token indices
  const TermMatcher matcher(query_terms);
  for (std::size_t i = 0; i < a.tokens.size(); ++i)
    if (matcher.matches(a.tokens[i])) matched.push_back(i);

  std::size_t begin = 0, end = clean.size();
  if (utf8::length(clean) > max_chars && !a.tokens.empty()) {
    // Character offsets of every token's begin and end, in one pass each
    // (ends go back a little inside a hashtag, whose parts are tokens too).
    std::vector<std::size_t> char_begin(a.tokens.size()), char_end(a.tokens.size());
    CharCursor begins(clean), ends(clean);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      char_begin[i] = begins.at(a.tokens[i].begin);
      char_end[i] = ends.at(a.tokens[i].end);
    }
    // Try a window starting a few words before each match and keep the one
    // that shows the most matched tokens. Window starts only move forward,
    // and so do the first and the last match that fit in a window: two
    // pointers over `matched`, not a count per window.
    std::size_t first = 0, best_count = 0;
    std::size_t lo = 0, hi = 0;  // matched[lo..hi) lie in the window
    for (std::size_t m : matched) {
      const std::size_t start = m >= 4 ? m - 4 : 0;
      while (lo < matched.size() && matched[lo] < start) ++lo;
      hi = std::max(hi, lo);
      while (hi < matched.size() && char_end[matched[hi]] <= char_begin[start] + max_chars) ++hi;
      const std::size_t count = hi - lo;
      if (count > best_count) {
        best_count = count;
        first = start;
      }
    }
    begin = first == 0 ? 0 : a.tokens[first].begin;
    const std::size_t begin_chars = first == 0 ? 0 : char_begin[first];
    std::size_t last = first;
    while (last + 1 < a.tokens.size() && char_end[last + 1] - begin_chars <= max_chars) ++last;
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
