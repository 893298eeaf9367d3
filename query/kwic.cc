#include "query/kwic.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "lisan/core/utf8.h"
#include "query/query_parser.h"
#include "query/snippet.h"

namespace lisan::query {
namespace {

std::size_t char_width(UChar32 c) {
  const auto category = static_cast<UCharCategory>(u_charType(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
  const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

// Whitespace runs (newlines included) become one space: a context is one line.
std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (space) out += ' ';
  return out;
}

// The context left of byte `begin` (take_end) or right of byte `end`:
// fit_width(collapse_space(all the text on that side)), computed from a
// stretch of the text near the match only, so each line costs its context,
// not the document. The stretch doubles until its collapsed form is wider
// than `width` (then the columns kept are the same as from the whole side)
// or reaches the text's edge.
std::string context(std::string_view text, std::size_t at, std::size_t width, bool take_end) {
  for (std::size_t span = 4 * width + 16;; span *= 2) {
    std::size_t from = take_end ? (at > span ? at - span : 0) : at;
    std::size_t to = take_end ? at : std::min(text.size(), at + span);
    // On character boundaries: the text is valid UTF-8 (repaired).
    while (from > 0 && from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
    const std::string collapsed = collapse_space(text.substr(from, to - from));
    const bool whole = take_end ? from == 0 : to == text.size();
    if (whole || display_width(collapsed) > width) return fit_width(collapsed, width, take_end);
  }
}

}  // namespace

std::size_t display_width(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  std::size_t width = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    width += c < 0 ? 1 : char_width(c);
  }
  return width;
}

std::string fit_width(std::string_view text, std::size_t width, bool take_end) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  std::size_t used = 0;
  if (!take_end) {
    int32_t i = 0;
    while (i < n) {
      int32_t next = i;
      UChar32 c;
      U8_NEXT(s, next, n, c);
      const std::size_t w = c < 0 ? 1 : char_width(c);
      if (used + w > width) break;
      used += w;
      i = next;
    }
    return std::string(text.substr(0, static_cast<std::size_t>(i)));
  }
  int32_t i = n;
  while (i > 0) {
    int32_t prev = i;
    UChar32 c;
    U8_PREV(s, 0, prev, c);
    const std::size_t w = c < 0 ? 1 : char_width(c);
    if (used + w > width) break;
    used += w;
    i = prev;
  }
  // Never start on a combining mark whose base was cut off.
  while (i < n) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT(s, next, n, c);
    if (c < 0 || char_width(c) != 0) break;
    i = next;
  }
  return std::string(text.substr(static_cast<std::size_t>(i)));
}

std::vector<KwicLine> make_kwic(const analysis::Analyzer& analyzer, const std::string& text, const std::string& lang,
                                const std::set<std::string>& query_terms, std::size_t width,
                                std::size_t min_words) {
  std::vector<KwicLine> out;
  const std::string clean = utf8::repair(text);
  const analysis::Analysis a = analyzer.analyze(clean, lang);
  const TermMatcher matcher(query_terms);
  std::size_t i = 0;
  while (i < a.tokens.size()) {
    if (!matcher.matches(a.tokens[i])) {
      ++i;
      continue;
    }
    std::size_t begin = a.tokens[i].begin, end = a.tokens[i].end;
    const std::uint32_t first_pos = a.tokens[i].position;
    std::uint32_t last_pos = first_pos;
    std::size_t j = i + 1;
    // Extend over tokens inside the match (a hashtag's parts) and over the
    // next word when it matches too (a phrase is one occurrence).
    while (j < a.tokens.size()) {
      const auto& t = a.tokens[j];
      if (t.end <= end) {
        ++j;
        continue;
      }
      if (t.position <= last_pos + 1 && matcher.matches(t)) {
        end = t.end;
        last_pos = t.position;
        ++j;
        continue;
      }
      break;
    }
    if (last_pos - first_pos + 1 < min_words) {
      i = j;
      continue;
    }
    KwicLine line;
    line.begin = begin;
    line.end = end;
    line.match = collapse_space(std::string_view(clean).substr(begin, end - begin));
    line.left = context(clean, begin, width, /*take_end=*/true);
    line.right = context(clean, end, width, /*take_end=*/false);
    out.push_back(std::move(line));
    i = j;
  }
  return out;
}

std::size_t kwic_min_words(const QueryNode& root) {
  std::size_t shortest = 0;
  bool has_word = false;
  std::vector<const QueryNode*> todo = {&root};
  while (!todo.empty()) {
    const QueryNode* n = todo.back();
    todo.pop_back();
    for (const auto& c : n->children) todo.push_back(c.get());
    if (n->kind == QueryNode::Kind::kWildcard || (n->kind == QueryNode::Kind::kWord && n->field != "title")) has_word = true;
    if (n->kind != QueryNode::Kind::kPhrase) continue;
    std::size_t words = 0;
    bool in_word = false;
    for (char c : n->text) {
      const bool space = c == ' ' || c == '\t' || c == '\n';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    if (words > 0 && (shortest == 0 || words < shortest)) shortest = words;
  }
  return has_word || shortest == 0 ? 1 : shortest;
}

}  // namespace lisan::query
