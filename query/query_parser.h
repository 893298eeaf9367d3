// QueryParser: the lisan query language -> a syntax tree. It knows the
// grammar only; what a word means in the index is the query builder's job.
//
//   query   := or ( OR or )*
//   or      := and ( [AND] and | NOT and )*      implicit AND (OR with --any)
//   and     := near ( (NEAR|NEAR/n|ADJ|ADJ/n) near )*
//   near    := - unary | + unary | NOT unary | unary
//   unary   := ( query ) | FIELD:value | =word | ="phrase" | "phrase" | #tag | @user | ~word | word | word*
//   FIELD   := title text author channel source lang hashtag tag mention domain url id kind date
//   date    := 2021 | 2021-10 | 2021-10-01 | A..B | ..B | A..
//
// Errors carry the byte offset in the query where parsing failed.
//
// Queries come from users and from query files that may have been written by
// someone else, so the parser bounds what it accepts (kMaxQueryNesting,
// kMaxQueryTerms, kMaxProximityWindow) and says which bound a query broke:
// the parser and the builder recurse over the tree, and a query of 9,500
// nested parentheses used to overflow the stack.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <optional>

namespace lisan::query {

// Parentheses nested deeper than this are an error.
constexpr std::size_t kMaxQueryNesting = 100;
// Words, phrases, wildcards and field values in one query. A query of 10,000
// ORed words took minutes; a longer word list belongs in a --queries file.
constexpr std::size_t kMaxQueryTerms = 1000;
// The largest n of NEAR/n and ADJ/n.
constexpr unsigned kMaxProximityWindow = 10000;

struct QueryNode {
  enum class Kind {
    kWord,      // text (possibly several tokens after analysis)
    kPhrase,    // "text"
    kWildcard,  // text* (text is the prefix)
    kField,     // field:text for filter fields (author, channel, hashtag, ...)
    kDateRange, // date:from..to (either may be empty)
    kAnd,
    kOr,
    kAndNot,    // children[0] AND NOT children[1]
    kNot,       // a lone negation (only valid inside an AND)
    kNear,      // unordered within `window`
    kAdj,       // ordered within `window`
  };
  Kind kind = Kind::kWord;
  std::string text;   // word, phrase, wildcard prefix, field value
  std::string field;  // "" for body text; "title", "author", ... for field queries
  std::string from, to;  // date range bounds as written
  bool exact = false;    // '=': surface form, no stemming or folding
  bool names = false;    // '~': every spelling of the name in the index (query/names/)
  unsigned window = 0;   // NEAR/ADJ window
  std::size_t offset = 0;  // byte offset in the query string, for messages
  std::vector<std::unique_ptr<QueryNode>> children;

  // A stable textual form, e.g. (AND (WORD "a") (FIELD lang "ar")), for
  // tests and --explain.
  std::string describe() const;
};

struct ParseOptions {
  bool default_or = false;  // --any: words without an operator are ORed
};

struct ParseError {
  std::size_t offset = 0;
  std::string message;
  std::string to_string(const std::string& query) const;  // message plus a caret line
};

struct ParsedQuery {
  std::unique_ptr<QueryNode> root;  // null for an empty query or on error
  std::optional<ParseError> error;
  bool ok() const { return !error.has_value(); }
};

// Parses `query`. On failure, `error` names the offset and the reason.
ParsedQuery parse_query(const std::string& query, const ParseOptions& options = {});

// Field names the language accepts (query_fields.h), for messages and help.
const std::vector<std::string>& query_fields();

}  // namespace lisan::query
