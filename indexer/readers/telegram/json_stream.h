// The byte stream and the scanner under the Telegram Desktop JSON reader
// (docs/input-formats.md §1, 7.2): the export is one JSON document that can be several
// GB, so it is never parsed whole. ByteStream reads a FILE* in big blocks and
// counts lines and bytes; Scanner walks JSON values in it without building
// them, copying one value (a message) or skipping it, and repairs inside
// strings the invalid \xHH escapes Telegram Desktop writes for control
// characters (1.4).
//
// One stream and one scanner per file; not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace lisan::indexer::telegram {

// Buffered bytes from a FILE*, counting the byte offset and line of the
// next byte. Plain fread in big blocks: istream::get per byte is too slow for
// a multi-GB export.
class ByteStream {
 public:
  static constexpr std::size_t kBufferBytes = 1 << 20;

  explicit ByteStream(std::FILE* file) : file_(file), buffer_(kBufferBytes) {}

  int peek() {
    if (pos_ == end_ && !fill()) return EOF;
    return static_cast<unsigned char>(buffer_[pos_]);
  }
  int get() {
    const int c = peek();
    if (c == EOF) return c;
    ++pos_;
    ++offset_;
    if (c == '\n') ++line_;
    return c;
  }
  std::uint64_t offset() const { return offset_; }
  std::uint64_t line() const { return line_; }
  bool failed() const { return std::ferror(file_) != 0; }

 private:
  bool fill() {
    pos_ = 0;
    end_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    return end_ > 0;
  }

  std::FILE* file_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::uint64_t offset_ = 0;
  std::uint64_t line_ = 1;
};

enum class Scan { kOk, kEof, kBad };

// Walks JSON values in a ByteStream without building them. value() copies
// one whole value (or skips it when `out` is null); inside strings it turns
// Telegram's invalid \xHH escapes into \u00HH (docs/input-formats.md §1.4, 7.2). It
// tracks only "inside a string" and "after a backslash", so an escaped
// backslash followed by "x41" stays as it is.
class Scanner {
 public:
  explicit Scanner(ByteStream& in) : in_(in) {}

  void skip_space() {
    for (int c = in_.peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = in_.peek()) in_.get();
  }

  Scan value(std::string* out);

  // The next non-space byte, consumed; EOF at the end.
  int next() {
    skip_space();
    return in_.get();
  }
  int peek_next() {
    skip_space();
    return in_.peek();
  }

  // How many \xHH escapes were repaired since the last call.
  std::size_t take_repaired() { return std::exchange(repaired_, 0); }

 private:
  static void put(std::string* out, char c) {
    if (out) out->push_back(c);
  }
  // After the opening quote: copies up to and including the closing quote.
  Scan string_rest(std::string* out);

  ByteStream& in_;
  std::size_t repaired_ = 0;
};

}  // namespace lisan::indexer::telegram
