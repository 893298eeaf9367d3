#include "indexer/readers/json_list.h"

#include <algorithm>

#include <fmt/format.h>

namespace lisan::indexer {
namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  void skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\r' ||
                                   text_[pos_] == '\n'))
      ++pos_;
  }
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  void advance() { ++pos_; }
  std::size_t pos() const { return pos_; }

  // 1-based line of the current position (counted forward from the last call).
  std::uint64_t line() {
    line_ += static_cast<std::uint64_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(counted_),
                                                   text_.begin() + static_cast<std::ptrdiff_t>(pos_), '\n'));
    counted_ = pos_;
    return line_;
  }

  // Moves past one value (string, object, array, or scalar token); false when
  // the text ends inside it.
  bool skip_value() {
    if (peek() == '"') return skip_string();
    if (peek() == '{' || peek() == '[') {
      std::size_t depth = 0;
      while (!at_end()) {
        const char c = text_[pos_];
        if (c == '"') {
          if (!skip_string()) return false;
          continue;
        }
        ++pos_;
        if (c == '{' || c == '[') ++depth;
        else if ((c == '}' || c == ']') && --depth == 0) return true;
      }
      return false;
    }
    while (!at_end() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) ++pos_;
    return true;
  }

  // A string value's text without its quotes (escapes left as written).
  bool read_string(std::string_view& out) {
    const std::size_t start = pos_ + 1;
    if (!skip_string()) return false;
    out = text_.substr(start, pos_ - start - 1);
    return true;
  }

 private:
  bool skip_string() {
    ++pos_;  // the opening quote
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '\\') ++pos_;
      else if (c == '"') return pos_ <= text_.size();
    }
    return false;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t counted_ = 0;
  std::uint64_t line_ = 1;
};

// After the '[': the elements up to the matching ']'.
void read_elements(Cursor& c, std::string_view text, JsonList& out) {
  c.advance();
  c.skip_space();
  if (c.peek() == ']') return;
  for (;;) {
    c.skip_space();
    JsonListElement e;
    e.line = c.line();
    const std::size_t start = c.pos();
    if (c.at_end()) {
      out.error_line = e.line;
      out.error = "the file ends before the list is closed";
      return;
    }
    e.truncated = !c.skip_value();
    e.text = text.substr(start, std::min(c.pos(), text.size()) - start);
    out.elements.push_back(e);
    if (e.truncated) return;
    c.skip_space();
    if (c.peek() == ',') {
      c.advance();
      continue;
    }
    if (c.peek() == ']') return;
    out.error_line = c.line();
    out.error = c.at_end() ? std::string("the file ends before the list is closed")
                           : fmt::format("expected ',' or ']' after element {} of the list, found '{}'",
                                         out.elements.size(), c.peek());
    return;
  }
}

}  // namespace

JsonList split_json_list(std::string_view document, std::string_view key) {
  JsonList out;
  Cursor c(document);
  c.skip_space();
  const auto whole = [&] {
    c = Cursor(document);
    c.skip_space();
    JsonListElement e;
    e.line = c.line();
    e.text = document.substr(c.pos());
    out.elements.push_back(e);
    return out;
  };
  if (c.peek() == '[') {
    out.is_list = true;
    read_elements(c, document, out);
    return out;
  }
  if (c.peek() != '{') return whole();
  // The members of the top-level object, up to `key`.
  c.advance();
  for (;;) {
    c.skip_space();
    std::string_view name;
    if (c.peek() != '"' || !c.read_string(name)) return whole();
    c.skip_space();
    if (c.peek() != ':') return whole();
    c.advance();
    c.skip_space();
    if (name == key && c.peek() == '[') {
      out.is_list = true;
      read_elements(c, document, out);
      return out;
    }
    if (!c.skip_value()) return whole();
    c.skip_space();
    if (c.peek() != ',') return whole();
    c.advance();
  }
}

}  // namespace lisan::indexer
