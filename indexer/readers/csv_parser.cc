#include "indexer/readers/csv_parser.h"

#include <array>
#include <fstream>

#include <fmt/format.h>

namespace lisan::indexer {
namespace {

constexpr std::size_t kBufferBytes = 64 * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

CsvDialect sniff_dialect(std::string_view head) {
  if (head.substr(0, kBom.size()) == kBom) head.remove_prefix(kBom.size());
  constexpr std::array<char, 4> kSeparators = {',', ';', '\t', '|'};
  std::array<std::size_t, 4> counts{};
  bool quoted = false;
  for (char c : head) {
    if (c == '"') {
      quoted = !quoted;  // "" inside quotes toggles twice: still inside
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      for (std::size_t i = 0; i < kSeparators.size(); ++i)
        if (c == kSeparators[i]) ++counts[i];
    }
  }
  CsvDialect dialect;
  std::size_t best = 0;
  for (std::size_t i = 0; i < kSeparators.size(); ++i) {
    if (counts[i] > best) {
      best = counts[i];
      dialect.separator = kSeparators[i];
    }
  }
  return dialect;
}

std::string read_head(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::string head(max_bytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

std::size_t nul_cell(const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].find('\0') != std::string::npos) return i;
  return fields.size();
}

CsvReader::CsvReader(std::istream& in, CsvDialect dialect) : in_(in), dialect_(dialect), buffer_(kBufferBytes) {}

bool CsvReader::fill() {
  if (pos_ < end_) return true;
  if (!in_) return false;
  if (buffer_.size() != kBufferBytes) buffer_.assign(kBufferBytes, '\0');  // after a resync
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  pos_ = 0;
  end_ = static_cast<std::size_t>(in_.gcount());
  return end_ > 0;
}

int CsvReader::peek() { return fill() ? static_cast<unsigned char>(buffer_[pos_]) : -1; }

int CsvReader::get() {
  if (!fill()) return -1;
  const int c = static_cast<unsigned char>(buffer_[pos_++]);
  ++consumed_;
  if (tail_on_) tail_.push_back(static_cast<char>(c));
  // A line ends at LF, or at a CR not followed by LF (old Mac files).
  if (c == '\n' || (c == '\r' && peek() != '\n')) ++line_;
  return c;
}

bool CsvReader::resync(std::vector<std::string>& fields, std::string why) {
  problem_ = std::move(why);
  fields.clear();
  fields.shrink_to_fit();
  // raw_: the lines given up, without the line end before the tail.
  if (tail_offset_ - record_offset_ < raw_.size()) raw_.resize(static_cast<std::size_t>(tail_offset_ - record_offset_));
  while (!raw_.empty() && (raw_.back() == '\n' || raw_.back() == '\r')) raw_.pop_back();
  // The tail goes back in front of what is still buffered.
  std::vector<char> replay(tail_.begin(), tail_.end());
  replay.insert(replay.end(), buffer_.begin() + static_cast<std::ptrdiff_t>(pos_),
                buffer_.begin() + static_cast<std::ptrdiff_t>(end_));
  buffer_ = std::move(replay);
  pos_ = 0;
  end_ = buffer_.size();
  consumed_ = tail_offset_;
  line_ = tail_line_;
  tail_on_ = false;
  tail_.clear();
  tail_.shrink_to_fit();
  return true;
}

bool CsvReader::next(std::vector<std::string>& fields, std::uint64_t& line) {
  fields.clear();
  problem_.clear();
  raw_.clear();
  tail_on_ = false;
  tail_.clear();
  if (!started_) {
    started_ = true;
    for (std::size_t i = 0; i < kBom.size() && peek() == static_cast<unsigned char>(kBom[i]); ++i) get();
  }
  while (peek() == '\n' || peek() == '\r') get();  // blank lines are not records
  if (peek() == -1) return false;

  record_offset_ = consumed_;
  line = line_;
  const auto keep_raw = [this](int c) {
    if (raw_.size() < kMaxRawBytes) raw_.push_back(static_cast<char>(c));
  };
  const auto missing_quote = [this]() {
    return fmt::format("unbalanced quote: the quoted field opening on line {} ", span_quote_line_);
  };
  const auto resync_note = [](std::uint64_t from) {
    return fmt::format("; a '\"' is probably missing there: that line is rejected and reading goes on at line {}",
                       from);
  };
  std::string field;
  bool in_quotes = false;
  bool at_field_start = true;
  bool spanned = false;     // the current quoted field crossed a line end
  bool too_big = false;     // over kMaxRecordBytes: read on, keep nothing
  std::uint64_t quote_line = 0;
  const auto push = [&](int c) {
    if (!too_big) field.push_back(static_cast<char>(c));
  };
  for (;;) {
    if (consumed_ - record_offset_ > kMaxRecordBytes && (tail_on_ || !too_big)) {
      if (tail_on_)
        return resync(fields, missing_quote() + fmt::format("runs past {} MiB", kMaxRecordBytes >> 20) +
                                  resync_note(tail_line_));
      too_big = true;
      field.clear();
      field.shrink_to_fit();
      fields.clear();
      fields.shrink_to_fit();
    }
    const std::uint64_t line_before = line_;
    const int c = get();
    if (c == -1) {
      if (in_quotes && tail_on_)
        return resync(fields, missing_quote() + "does not close before the end of the file" + resync_note(tail_line_));
      if (in_quotes)
        problem_ = fmt::format("the file ends inside a quoted field that opens on line {} (a '\"' is missing)",
                               quote_line);
      break;
    }
    if (in_quotes) {
      keep_raw(c);
      if (line_ != line_before && !spanned) {
        spanned = true;
        if (!tail_on_) {  // the first line end inside quotes: where a resync starts again
          tail_on_ = true;
          tail_offset_ = consumed_;
          tail_line_ = line_;
          span_quote_line_ = quote_line;
        }
      }
      if (c == dialect_.quote) {
        if (peek() == dialect_.quote) {
          keep_raw(get());
          push(dialect_.quote);
        } else {
          in_quotes = false;
          const int after = peek();
          if (spanned && after != -1 && after != dialect_.separator && after != '\n' && after != '\r')
            return resync(fields, missing_quote() + fmt::format("closes on line {} followed by text", line_) +
                                      resync_note(tail_line_));
        }
      } else {
        push(c);
      }
      continue;
    }
    if (c == '\n') break;
    if (c == '\r') {
      if (peek() == '\n') get();
      break;
    }
    keep_raw(c);
    if (c == dialect_.separator) {
      if (!too_big) fields.push_back(std::move(field));
      field.clear();
      at_field_start = true;
      spanned = false;
      continue;
    }
    if (c == dialect_.quote && at_field_start) {
      in_quotes = true;
      quote_line = line_;
      at_field_start = false;
      continue;
    }
    at_field_start = false;
    push(c);
  }
  if (too_big) {
    problem_ = fmt::format("record of {} bytes is over the {} MiB limit for one row", consumed_ - record_offset_,
                           kMaxRecordBytes >> 20);
    return true;
  }
  fields.push_back(std::move(field));
  std::size_t cells = fields.size();  // trailing empty cells (a spreadsheet's separators) do not count
  while (cells > expected_fields_ && fields[cells - 1].empty()) --cells;
  if (tail_on_ && expected_fields_ != 0 && cells != expected_fields_ && problem_.empty())
    return resync(fields, missing_quote() + fmt::format("makes a row of {} cells where the header has {}", cells,
                                                        expected_fields_) +
                              resync_note(tail_line_));
  return true;
}

}  // namespace lisan::indexer
