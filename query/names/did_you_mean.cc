#include "query/names/did_you_mean.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "query/names/edit_distance.h"
#include "query/names/name_expander.h"
#include "query/names/name_key.h"

namespace lisan::query::names {
namespace {

void plain_words(const QueryNode& n, std::vector<const QueryNode*>& out) {
  if (n.kind == QueryNode::Kind::kWord && !n.exact && !n.names && n.field.empty()) out.push_back(&n);
  if (n.kind == QueryNode::Kind::kNot || n.kind == QueryNode::Kind::kAndNot) {
    // Respelling an excluded word would change what is excluded: only the
    // side searched for.
    if (!n.children.empty() && n.kind == QueryNode::Kind::kAndNot) plain_words(*n.children.front(), out);
    return;
  }
  for (const auto& c : n.children) plain_words(*c, out);
}

// The spelling most documents use instead of `word`, or "".
std::string better_spelling(const std::string& word, const analysis::Analyzer& analyzer,
                            const Xapian::Database& vocabulary) {
  const analysis::Analysis a = analyzer.analyze_as(word, "");
  std::string folded;
  for (const analysis::Token& t : a.tokens)
    if (t.kind == analysis::TokenKind::kWord) folded += t.folded;
  if (folded.empty()) return {};
  ExpandLimits limits;
  limits.max_time = kSuggestScanTime;
  limits.variants = name_like(word);
  limits.typos = true;
  const NameExpansion e = expand_name(vocabulary, word, folded, limits);
  const Xapian::doccount own = e.spellings.front().docs;
  const Spelling* best = nullptr;
  for (const Spelling& s : e.spellings) {
    if (s.found == Found::kAsTyped || s.docs <= own) continue;
    // A respelling, not a transliteration: a common Arabic word's key may
    // match a Latin word (تضامنن, uzmana).
    if (script_of(s.term) != script_of(folded)) continue;
    // A typo must be a near one; a variant of a name may differ more.
    if (s.found == Found::kTypo && s.edits > typo_budget(to_code_points(folded).size())) continue;
    // A spelling within the typo budget first, whatever its count: a romanization variant of a
    // short name can be a frequent common word (Mussa: much, must, musa).
    const std::size_t budget = typo_budget(to_code_points(folded).size());
    const auto rank = [budget](const Spelling& x) { return std::make_pair(x.edits <= budget ? 1 : 0, x.docs); };
    if (!best || rank(s) > rank(*best)) best = &s;
  }
  return best ? best->term : std::string();
}

}  // namespace

std::optional<std::string> respell_query(const std::string& query, const ParseOptions& options,
                                         const analysis::Analyzer& analyzer, const Xapian::Database& vocabulary) {
  const ParsedQuery parsed = parse_query(query, options);
  if (!parsed.ok() || !parsed.root) return std::nullopt;
  std::vector<const QueryNode*> words;
  plain_words(*parsed.root, words);
  if (words.size() > kMaxSuggestedWords) words.resize(kMaxSuggestedWords);
  // Right to left, so earlier offsets stay valid.
  std::sort(words.begin(), words.end(), [](const QueryNode* a, const QueryNode* b) { return a->offset > b->offset; });
  std::string out = query;
  bool changed = false;
  for (const QueryNode* w : words) {
    if (out.compare(w->offset, w->text.size(), w->text) != 0) continue;  // '+word': the text starts later
    const std::string better = better_spelling(w->text, analyzer, vocabulary);
    if (better.empty()) continue;
    out.replace(w->offset, w->text.size(), better);
    changed = true;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace lisan::query::names
