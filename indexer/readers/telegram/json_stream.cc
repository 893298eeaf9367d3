#include "indexer/readers/telegram/json_stream.h"

namespace lisan::indexer::telegram {
namespace {

bool is_hex(int c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

Scan Scanner::value(std::string* out) {
  skip_space();
  int c = in_.peek();
  if (c == EOF) return Scan::kEof;
  if (c == '"') {
    put(out, static_cast<char>(in_.get()));
    return string_rest(out);
  }
  if (c == '{' || c == '[') {
    int depth = 0;
    for (;;) {
      c = in_.get();
      if (c == EOF) return Scan::kEof;
      put(out, static_cast<char>(c));
      if (c == '"') {
        const Scan s = string_rest(out);
        if (s != Scan::kOk) return s;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return Scan::kOk;
      }
    }
  }
  if (c == '}' || c == ']' || c == ',' || c == ':') return Scan::kBad;
  // A number, true, false or null: up to the next delimiter.
  for (c = in_.peek(); c != EOF && c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' &&
                       c != '\t';
       c = in_.peek())
    put(out, static_cast<char>(in_.get()));
  return Scan::kOk;
}

Scan Scanner::string_rest(std::string* out) {
  for (;;) {
    int c = in_.get();
    if (c == EOF) return Scan::kEof;
    if (c == '\\') {
      const int d = in_.get();
      if (d == EOF) return Scan::kEof;
      if (d == 'x' && is_hex(in_.peek())) {
        const int h1 = in_.get();
        if (is_hex(in_.peek())) {
          const int h2 = in_.get();
          if (out) {
            out->append("\\u00");
            out->push_back(static_cast<char>(h1));
            out->push_back(static_cast<char>(h2));
          }
          ++repaired_;
          continue;
        }
        // "\x" and one hex digit: left for the parser to reject.
        put(out, '\\');
        put(out, 'x');
        put(out, static_cast<char>(h1));
        continue;
      }
      put(out, '\\');
      put(out, static_cast<char>(d));
      continue;
    }
    put(out, static_cast<char>(c));
    if (c == '"') return Scan::kOk;
  }
}

}  // namespace lisan::indexer::telegram
