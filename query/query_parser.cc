#include "query/query_parser.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lisan/core/utf8.h"
#include "query/query_fields.h"

namespace lisan::query {
namespace {

using Node = QueryNode;
using NodePtr = std::unique_ptr<QueryNode>;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Characters that end a bare word. Anything else (all non-ASCII bytes
// included) belongs to the word, so Arabic, Turkish and Dutch words, and
// apostrophes inside words, pass through whole.
bool ends_word(char c) { return is_space(c) || c == '(' || c == ')' || c == '"'; }

NodePtr make(Node::Kind kind, std::size_t offset) {
  auto n = std::make_unique<Node>();
  n->kind = kind;
  n->offset = offset;
  return n;
}

NodePtr make_binary(Node::Kind kind, NodePtr a, NodePtr b) {
  auto n = make(kind, a->offset);
  n->children.push_back(std::move(a));
  n->children.push_back(std::move(b));
  return n;
}

class Parser {
 public:
  Parser(const std::string& q, const ParseOptions& o) : q_(q), options_(o) {}

  ParsedQuery run() {
    ParsedQuery out;
    skip_space();
    if (at_end()) return out;
    NodePtr root = parse_or();
    if (!error_ && !at_end()) {
      if (peek() == ')') fail(pos_, "unbalanced ')': no '(' before it");
      else fail(pos_, "unexpected text");
    }
    if (error_) {
      out.error = *error_;
      return out;
    }
    if (root && root->kind == Node::Kind::kNot) {
      fail(root->offset, "a query cannot be only a negation; add something to search for before it");
      out.error = *error_;
      return out;
    }
    out.root = std::move(root);
    return out;
  }

 private:
  bool at_end() const { return pos_ >= q_.size(); }
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < q_.size() ? q_[pos_ + ahead] : '\0'; }
  void skip_space() {
    while (!at_end() && is_space(q_[pos_])) ++pos_;
  }
  void fail(std::size_t offset, std::string message) {
    if (!error_) error_ = ParseError{offset, std::move(message)};
  }

  // Counts one leaf of the tree (a word, phrase, wildcard, field value or
  // date range). Stopping at the bound also bounds the tree's depth: a chain
  // of negations or of mixed NEAR windows nests one level per term.
  bool count_term(std::size_t at) {
    if (++terms_ <= kMaxQueryTerms) return true;
    fail(at, fmt::format("more than {} words, phrases and field values in one query; split it, e.g. into "
                         "several lines of a --queries file",
                         kMaxQueryTerms));
    return false;
  }

  // An operator keyword (upper case only, so "and"/"or" stay words) followed
  // by a word end. Returns its length, or 0.
  std::size_t keyword(std::string_view kw) const {
    if (q_.compare(pos_, kw.size(), kw) != 0) return 0;
    const std::size_t end = pos_ + kw.size();
    if (end < q_.size() && !ends_word(q_[end]) && q_[end] != '/') return 0;
    return kw.size();
  }

  NodePtr parse_or() {
    NodePtr left = parse_and();
    while (!error_) {
      skip_space();
      const std::size_t n = keyword("OR");
      if (!n) break;
      const std::size_t at = pos_;
      pos_ += n;
      skip_space();
      if (at_end() || peek() == ')') {
        fail(at, "OR needs something to search for on its right");
        break;
      }
      NodePtr right = parse_and();
      if (!left || !right) break;
      left = combine_or(std::move(left), std::move(right));
    }
    return left;
  }

  NodePtr combine_or(NodePtr a, NodePtr b) {
    if (a->kind == Node::Kind::kNot || b->kind == Node::Kind::kNot) {
      fail(a->kind == Node::Kind::kNot ? a->offset : b->offset,
           "a negation cannot be one side of OR; use parentheses, e.g. a OR (b -c)");
      return a;
    }
    if (a->kind == Node::Kind::kOr) {
      a->children.push_back(std::move(b));
      return a;
    }
    return make_binary(Node::Kind::kOr, std::move(a), std::move(b));
  }

  // Joins terms of an AND sequence; a kNot child becomes AND NOT.
  NodePtr parse_and() {
    std::vector<NodePtr> positives;
    std::vector<NodePtr> negatives;
    bool implicit_or = options_.default_or;
    while (!error_) {
      skip_space();
      if (at_end() || peek() == ')' || keyword("OR")) break;
      if (std::size_t n = keyword("AND")) {
        const std::size_t at = pos_;
        pos_ += n;
        skip_space();
        if (positives.empty() && negatives.empty()) fail(at, "AND needs something to search for on its left");
        else if (at_end() || peek() == ')') fail(at, "AND needs something to search for on its right");
        implicit_or = false;
        continue;
      }
      NodePtr item = parse_near();
      if (!item) break;
      if (item->kind == Node::Kind::kNot) negatives.push_back(std::move(item));
      else positives.push_back(std::move(item));
    }
    if (error_) return nullptr;
    NodePtr result;
    if (positives.size() == 1) {
      result = std::move(positives.front());
    } else if (!positives.empty()) {
      result = make(implicit_or ? Node::Kind::kOr : Node::Kind::kAnd, positives.front()->offset);
      for (auto& p : positives) result->children.push_back(std::move(p));
    }
    for (auto& neg : negatives) {
      if (!result) {
        if (negatives.size() == 1) return std::move(neg);  // the caller decides whether it is alone
        fail(neg->offset, "a query cannot be only negations; add something to search for");
        return nullptr;
      }
      result = make_binary(Node::Kind::kAndNot, std::move(result), std::move(neg->children.front()));
    }
    return result;
  }

  NodePtr parse_near() {
    NodePtr left = parse_unary();
    while (left && !error_) {
      skip_space();
      Node::Kind kind;
      std::size_t n = keyword("NEAR");
      if (n) {
        kind = Node::Kind::kNear;
      } else if ((n = keyword("ADJ"))) {
        kind = Node::Kind::kAdj;
      } else {
        break;
      }
      const std::size_t at = pos_;
      pos_ += n;
      unsigned window = 10;
      if (peek() == '/') {
        const char* name = kind == Node::Kind::kNear ? "NEAR" : "ADJ";
        ++pos_;
        const std::size_t digits_at = pos_;
        unsigned value = 0;
        bool too_big = false;
        // Every digit is read (four used to be, and NEAR/10000 became
        // NEAR/1000 followed by a word "0"); the value stops growing past
        // the maximum so a long number cannot overflow.
        while (std::isdigit(static_cast<unsigned char>(peek()))) {
          if (!too_big) value = value * 10 + static_cast<unsigned>(peek() - '0');
          too_big = too_big || value > kMaxProximityWindow;
          ++pos_;
        }
        if (pos_ == digits_at || value == 0 || !(at_end() || ends_word(peek()))) {
          fail(at, fmt::format("{} needs a positive window (a whole number of words), e.g. {}/5", name, name));
          return nullptr;
        }
        if (too_big) {
          fail(at, fmt::format("{}/{}: the window is at most {} words; for words anywhere in the same document "
                               "use AND",
                               name, q_.substr(digits_at, pos_ - digits_at), kMaxProximityWindow));
          return nullptr;
        }
        window = value;
      }
      skip_space();
      NodePtr right = parse_unary();
      if (!right) {
        fail(at, "NEAR/ADJ needs a word or phrase on each side");
        return nullptr;
      }
      for (const Node* side : {left.get(), right.get()}) {
        if (side->kind != Node::Kind::kWord && side->kind != Node::Kind::kPhrase &&
            side->kind != Node::Kind::kNear && side->kind != Node::Kind::kAdj) {
          fail(side->offset, "NEAR and ADJ join words and phrases only");
          return nullptr;
        }
      }
      if (left->kind == kind && left->window == window) {
        left->children.push_back(std::move(right));
      } else {
        auto n2 = make_binary(kind, std::move(left), std::move(right));
        n2->window = window;
        left = std::move(n2);
      }
    }
    return left;
  }

  NodePtr parse_unary() {
    skip_space();
    if (at_end()) return nullptr;
    const std::size_t at = pos_;
    if (peek() == '-' && pos_ + 1 < q_.size() && !is_space(peek(1))) {
      ++pos_;
      return negate(at, parse_primary());
    }
    if (std::size_t n = keyword("NOT")) {
      pos_ += n;
      skip_space();
      if (at_end() || peek() == ')') {
        fail(at, "NOT needs something to exclude on its right");
        return nullptr;
      }
      return negate(at, parse_primary());
    }
    if (peek() == '+' && pos_ + 1 < q_.size() && !is_space(peek(1))) ++pos_;
    return parse_primary();
  }

  NodePtr negate(std::size_t at, NodePtr inner) {
    if (!inner) {
      fail(at, "nothing to exclude after '-'");
      return nullptr;
    }
    auto n = make(Node::Kind::kNot, at);
    n->children.push_back(std::move(inner));
    return n;
  }

  NodePtr parse_primary() {
    skip_space();
    if (at_end()) return nullptr;
    const std::size_t at = pos_;
    const char c = peek();
    if (c == '(') {
      if (depth_ == kMaxQueryNesting) {
        fail(at, fmt::format("parentheses nested more than {} deep", kMaxQueryNesting));
        return nullptr;
      }
      ++pos_;
      skip_space();
      if (peek() == ')') {
        fail(at, "empty parentheses");
        return nullptr;
      }
      ++depth_;
      NodePtr inner = parse_or();
      --depth_;
      skip_space();
      if (error_) return nullptr;
      if (peek() != ')') {
        fail(at, "unbalanced '(': no ')' after it");
        return nullptr;
      }
      ++pos_;
      return inner;
    }
    if (c == ')') {
      fail(at, "unbalanced ')': no '(' before it");
      return nullptr;
    }
    if (c == '"' || (c == '=' && peek(1) == '"')) {
      const bool exact = c == '=';
      if (exact) ++pos_;
      return parse_phrase(at, exact, "");
    }
    if (c == '~') return parse_name(at);
    if (c == '=') {
      ++pos_;
      if (at_end() || ends_word(peek())) {
        fail(at, "'=' must be followed by a word or a \"phrase\" to match exactly");
        return nullptr;
      }
      NodePtr word = parse_word(pos_, "");
      if (word) word->exact = true;
      return word;
    }
    // field:value ?
    std::size_t colon = pos_;
    while (colon < q_.size() && (std::isalpha(static_cast<unsigned char>(q_[colon])) || q_[colon] == '_')) ++colon;
    if (colon > pos_ && colon < q_.size() && q_[colon] == ':') {
      std::string field = q_.substr(pos_, colon - pos_);
      std::transform(field.begin(), field.end(), field.begin(), [](unsigned char ch) { return std::tolower(ch); });
      if (field == "http" || field == "https") {
        // A pasted URL is a url: query, not an unknown field.
        NodePtr url = parse_word(at, "");
        if (url) {
          url->kind = Node::Kind::kField;
          url->field = "url";
        }
        return url;
      }
      if (!find_field(field)) {
        std::string known;
        for (const FieldSpec& f : field_table()) known += (known.empty() ? "" : ", ") + std::string(f.name);
        fail(at, fmt::format("unknown field '{}:' (known fields: {})", field, known));
        return nullptr;
      }
      pos_ = colon + 1;
      if (at_end() || is_space(peek())) {
        fail(at, fmt::format("'{}:' needs a value right after the colon", field));
        return nullptr;
      }
      return parse_field(at, field);
    }
    return parse_word(at, "");
  }

  // ~word: the word in every spelling the index has (query/names/). One
  // word: a name of several words is several ~words (~abu ~bakr), and '='
  // asks for one spelling, which contradicts '~'.
  NodePtr parse_name(std::size_t at) {
    ++pos_;
    if (at_end() || ends_word(peek())) {
      fail(at, peek() == '"' ? "'~' expands one word, not a phrase: write ~abu ~bakr or ~abu NEAR/1 ~bakr"
                             : "'~' must be followed by a name to expand, e.g. ~muhammad");
      return nullptr;
    }
    if (peek() == '=' || peek() == '~') {
      fail(at, "'~' expands a word into its spellings and '=' keeps one spelling: use one of them");
      return nullptr;
    }
    NodePtr word = parse_word(pos_, "");
    if (!word) return nullptr;
    if (word->kind != Node::Kind::kWord) {
      fail(at, "'~' expands a plain word: not a wildcard, #hashtag or @mention");
      return nullptr;
    }
    word->names = true;
    word->offset = at;
    return word;
  }

  NodePtr parse_phrase(std::size_t at, bool exact, const std::string& field) {
    if (!count_term(at)) return nullptr;
    ++pos_;  // opening quote
    const std::size_t close = q_.find('"', pos_);
    if (close == std::string::npos) {
      fail(at, "unterminated phrase: no closing '\"'");
      return nullptr;
    }
    auto n = make(Node::Kind::kPhrase, at);
    n->text = q_.substr(pos_, close - pos_);
    n->exact = exact;
    n->field = field;
    pos_ = close + 1;
    if (n->text.find_first_not_of(" \t") == std::string::npos) {
      fail(at, "empty phrase");
      return nullptr;
    }
    return n;
  }

  NodePtr parse_word(std::size_t at, const std::string& field) {
    if (!count_term(at)) return nullptr;
    const std::size_t start = pos_;
    while (!at_end() && !ends_word(peek())) ++pos_;
    std::string word = q_.substr(start, pos_ - start);
    if (word.empty()) {
      fail(at, "expected a word");
      return nullptr;
    }
    if (field.empty() && word.size() > 1 && (word.front() == '#' || word.front() == '@')) {
      auto n = make(Node::Kind::kField, at);
      n->field = word.front() == '#' ? "hashtag" : "mention";
      n->text = word.substr(1);
      return n;
    }
    auto n = make(Node::Kind::kWord, at);
    if (word.size() > 1 && word.back() == '*') {
      n->kind = Node::Kind::kWildcard;
      word.pop_back();
      if (word.find('*') != std::string::npos) {
        fail(at, "only a trailing '*' is supported (e.g. captiv*)");
        return nullptr;
      }
    } else if (word == "*" || word.find('*') != std::string::npos) {
      fail(at, "only a trailing '*' after at least one letter is supported (e.g. captiv*)");
      return nullptr;
    }
    n->text = std::move(word);
    n->field = field;
    return n;
  }

  NodePtr parse_field(std::size_t at, const std::string& field) {
    const FieldKind kind = find_field(field)->kind;  // the caller checked the name
    if (kind == FieldKind::kDate) {
      if (!count_term(at)) return nullptr;
      const std::size_t start = pos_;
      while (!at_end() && !ends_word(peek())) ++pos_;
      const std::string value = q_.substr(start, pos_ - start);
      auto n = make(Node::Kind::kDateRange, at);
      const std::size_t dots = value.find("..");
      if (dots == std::string::npos) {
        n->from = n->to = value;
      } else {
        n->from = value.substr(0, dots);
        n->to = value.substr(dots + 2);
        if (n->from.empty() && n->to.empty()) {
          fail(at, "date range needs at least one end, e.g. date:2021-10..2021-12");
          return nullptr;
        }
      }
      return n;
    }
    const bool text_field = kind == FieldKind::kText;
    if (peek() == '"' || (peek() == '=' && peek(1) == '"')) {
      const bool exact = peek() == '=';
      if (exact) ++pos_;
      NodePtr phrase = parse_phrase(at, exact, text_field ? field : "");
      if (phrase && !text_field) {
        // A quoted value of a filter field is one value with spaces in it.
        phrase->kind = Node::Kind::kField;
        phrase->field = field;
      }
      return phrase;
    }
    bool exact = false;
    if (peek() == '=' && text_field) {
      exact = true;
      ++pos_;
    }
    NodePtr word = parse_word(at, text_field ? field : "");
    if (!word) return nullptr;
    word->exact = exact;
    if (!text_field) {
      word->kind = Node::Kind::kField;
      word->field = field;
      if (word->text.size() > 1 && (word->text.front() == '#' || word->text.front() == '@')) word->text.erase(0, 1);
    }
    if (field == "text") word->field.clear();
    return word;
  }

  const std::string& q_;
  const ParseOptions& options_;
  std::size_t pos_ = 0;
  std::size_t depth_ = 0;  // parentheses open around pos_
  std::size_t terms_ = 0;  // leaves made so far (see count_term)
  std::optional<ParseError> error_;
};

const char* kind_name(Node::Kind k) {
  switch (k) {
    case Node::Kind::kWord: return "WORD";
    case Node::Kind::kPhrase: return "PHRASE";
    case Node::Kind::kWildcard: return "WILDCARD";
    case Node::Kind::kField: return "FIELD";
    case Node::Kind::kDateRange: return "DATE";
    case Node::Kind::kAnd: return "AND";
    case Node::Kind::kOr: return "OR";
    case Node::Kind::kAndNot: return "AND_NOT";
    case Node::Kind::kNot: return "NOT";
    case Node::Kind::kNear: return "NEAR";
    case Node::Kind::kAdj: return "ADJ";
  }
  return "?";
}

}  // namespace

std::string QueryNode::describe() const {
  std::string out = "(";
  out += kind_name(kind);
  if (kind == Kind::kNear || kind == Kind::kAdj) out += fmt::format("/{}", window);
  if (!field.empty()) out += " " + field;
  if (exact) out += " =";
  if (names) out += " ~";
  if (kind == Kind::kDateRange) out += fmt::format(" {}..{}", from, to);
  else if (!text.empty() || children.empty()) out += fmt::format(" \"{}\"", text);
  for (const auto& c : children) out += " " + c->describe();
  out += ")";
  return out;
}

std::string ParseError::to_string(const std::string& query) const {
  // The caret counts characters, not bytes, so it lines up under UTF-8 text.
  const auto chars = [&query](std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t i = from; i < to && i < query.size(); ++i) n += (static_cast<unsigned char>(query[i]) & 0xC0) != 0x80;
    return n;
  };
  // A long query (a pasted word list) is shown around the error only.
  constexpr std::size_t kBefore = 40, kShown = 100;
  const std::size_t at = std::min(offset, query.size());
  const std::size_t from = at > kBefore ? utf8::char_start(query, at - kBefore) : 0;
  const std::string_view rest = std::string_view(query).substr(from);
  const std::string_view shown = utf8::truncate(rest, std::max(kShown, at - from + 1));
  const std::string line = (from > 0 ? "…" : "") + std::string(shown) + (shown.size() < rest.size() ? "…" : "");
  const std::size_t column = chars(from, at) + (from > 0 ? 1 : 0);
  return fmt::format("{} (at character {})\n  {}\n  {}^", message, chars(0, at) + 1, line, std::string(column, ' '));
}

ParsedQuery parse_query(const std::string& query, const ParseOptions& options) {
  return Parser(query, options).run();
}

const std::vector<std::string>& query_fields() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const FieldSpec& f : field_table()) out.emplace_back(f.name);
    return out;
  }();
  return names;
}

}  // namespace lisan::query
