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

CsvReader::CsvReader(std::istream& in, CsvDialect dialect) : in_(in), dialect_(dialect), buffer_(kBufferBytes) {}

bool CsvReader::fill() {
  if (pos_ < end_) return true;
  if (!in_) return false;
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
  // A line ends at LF, or at a CR not followed by LF (old Mac files).
  if (c == '\n' || (c == '\r' && peek() != '\n')) ++line_;
  return c;
}

bool CsvReader::next(std::vector<std::string>& fields, std::uint64_t& line) {
  fields.clear();
  problem_.clear();
  raw_.clear();
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
  std::string field;
  bool in_quotes = false;
  bool at_field_start = true;
  std::uint64_t quote_line = 0;
  for (;;) {
    const int c = get();
    if (c == -1) {
      if (in_quotes)
        problem_ = fmt::format("the file ends inside a quoted field that opens on line {} (a '\"' is missing)",
                               quote_line);
      fields.push_back(std::move(field));
      return true;
    }
    if (in_quotes) {
      keep_raw(c);
      if (c == dialect_.quote) {
        if (peek() == dialect_.quote) {
          keep_raw(get());
          field.push_back(dialect_.quote);
        } else {
          in_quotes = false;
        }
      } else {
        field.push_back(static_cast<char>(c));
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
      fields.push_back(std::move(field));
      field.clear();
      at_field_start = true;
      continue;
    }
    if (c == dialect_.quote && at_field_start) {
      in_quotes = true;
      quote_line = line_;
      at_field_start = false;
      continue;
    }
    at_field_start = false;
    field.push_back(static_cast<char>(c));
  }
  fields.push_back(std::move(field));
  return true;
}

}  // namespace lisan::indexer
