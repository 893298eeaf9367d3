#include "indexer/readers/generic/text_reader.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/decode.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/source_path.h"
#include "indexer/readers/text_util.h"
#include "lisan/core/json_text.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"

namespace lisan::indexer {
namespace {

constexpr std::size_t kBinaryProbeBytes = 8 * 1024;
constexpr std::size_t kMaxTitleChars = 120;

bool blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// Cuts `text` into parts of at most `max` bytes at paragraph breaks ("\n\n"),
// else at a line break, else at a character boundary.
std::vector<std::string_view> split_parts(std::string_view text, std::size_t max) {
  std::vector<std::string_view> parts;
  while (text.size() > max) {
    std::size_t cut = text.rfind("\n\n", max);
    if (cut == std::string_view::npos || cut == 0) cut = text.rfind('\n', max);
    if (cut == std::string_view::npos || cut == 0) cut = utf8::truncate(text, max).size();
    else cut += 1;
    parts.push_back(text.substr(0, cut));
    text.remove_prefix(cut);
  }
  if (!text.empty()) parts.push_back(text);
  return parts;
}

}  // namespace

std::string text_title(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (blank(line)) {
      if (nl == std::string_view::npos) return {};
      pos = nl + 1;
      continue;
    }
    if (nl == std::string_view::npos) return {};  // no blank line follows
    const std::size_t next_end = text.find('\n', nl + 1);
    const std::string_view next = text.substr(nl + 1, next_end == std::string_view::npos ? std::string_view::npos
                                                                                           : next_end - nl - 1);
    if (!blank(next) || utf8::length(line) > kMaxTitleChars) return {};
    std::string title(line);
    while (!title.empty() && (title.back() == ' ' || title.back() == '\t')) title.pop_back();
    return title;
  }
  return {};
}

std::string lang_from_path(std::string_view relative_path) {
  // Directories only (not the file name), nearest to the file first.
  std::size_t end = relative_path.rfind('/');
  while (end != std::string_view::npos && end > 0) {
    const std::size_t start = relative_path.rfind('/', end - 1);
    const std::size_t from = start == std::string_view::npos ? 0 : start + 1;
    const std::string_view dir = relative_path.substr(from, end - from);
    const bool looks_like_code =
        (dir.size() == 2 || (dir.size() == 5 && (dir[2] == '-' || dir[2] == '_'))) &&
        std::isalpha(static_cast<unsigned char>(dir[0])) && std::isalpha(static_cast<unsigned char>(dir[1]));
    if (looks_like_code) {
      const std::string lang = normalize_lang(dir);
      if (!lang.empty()) return lang;
    }
    if (start == std::string_view::npos) break;
    end = start;
  }
  return {};
}

void TextReader::read(const std::string& path, RecordSink& sink) {
  guarded_input(path, [&] { read_text(path, sink); });
}

void TextReader::read_text(const std::string& path, RecordSink& sink) const {
  std::string bytes = read_input_bytes(path);
  const Location where{path, 0, {}};
  const std::string bom = bom_encoding(bytes);
  if (const std::string binary = binary_file_reason(std::string_view(bytes).substr(0, kBinaryProbeBytes));
      !binary.empty()) {
    sink.skip(where, binary + "; not indexed as text");
    return;
  }
  auto decoded = decode_text(bytes, forced_encoding(options_.encoding), /*allow_detect=*/true);
  if (!decoded) {
    sink.reject(where, decoded.error(), utf8::truncate(bytes, 4096));
    return;
  }
  DecodedText dec = std::move(decoded).value();
  if (dec.mixed()) {
    sink.note(Location{path, dec.legacy_line_numbers.front(), {}}, Severity::kWarning,
              fmt::format("mixed encodings: {} line(s) are UTF-8 and {} are not (line {}{}); those were read as "
                          "{}, line by line",
                          dec.utf8_lines, dec.legacy_lines, fmt::join(dec.legacy_line_numbers, ", "),
                          dec.legacy_lines > dec.legacy_line_numbers.size() ? ", ..." : "",
                          dec.encoding));
  }
  bytes.clear();
  bytes.shrink_to_fit();
  const std::string text = normalize_newlines(dec.text);
  dec.text.clear();
  dec.text.shrink_to_fit();

  const std::string rel = relative_source_path(path, options_.base_dir);
  const std::string id = "text:" + rel;
  nlohmann::json meta = nlohmann::json::object();
  if (dec.encoding != "utf-8" || !bom.empty()) meta["encoding"] = dec.encoding;
  if (dec.detected) {
    meta["encoding_detected"] = true;
    meta["encoding_confidence"] = dec.confidence;
  }
  if (dec.replaced > 0) meta["encoding_replaced"] = dec.replaced;
  if (dec.mixed()) meta["encoding_mixed_utf8_lines"] = dec.utf8_lines;
  const std::string lang = options_.lang_from_dir ? lang_from_path(rel) : std::string();
  const std::string title = text_title(text);

  const std::vector<std::string_view> parts = split_parts(text, kMaxPartBytes);
  std::uint64_t line = 1;
  std::uint64_t offset = 0;
  for (std::size_t k = 0; k < parts.size() || k == 0; ++k) {
    if (sink.stopping()) return;
    Record r;
    r.id = parts.size() > 1 ? fmt::format("{}#p{}", id, k + 1) : id;
    r.text = parts.empty() ? std::string() : std::string(parts[k]);
    r.title = title;
    r.lang = lang;
    r.source = "text";
    if (!meta.empty()) r.meta_json = json_text(meta);
    // Offsets are in the decoded (UTF-8, LF) text when it is split; a part's
    // line is exact.
    r.provenance = Provenance{path, line, offset, parts.size() > 1 ? fmt::format("part {}", k + 1) : "", "text"};
    if (!parts.empty()) {
      line += static_cast<std::uint64_t>(std::count(parts[k].begin(), parts[k].end(), '\n'));
      offset += parts[k].size();
    }
    if (r.text.empty() && r.title.empty()) {
      sink.skip(Location{path, r.provenance.line, {}}, "empty file: no text to index");
      continue;
    }
    sink.accept(std::move(r));
  }
}

}  // namespace lisan::indexer
