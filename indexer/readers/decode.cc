#include "indexer/readers/decode.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include "indexer/readers/text_util.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"

namespace lisan::indexer {
namespace {

constexpr const char* kKnownNames =
    "utf-8, utf-16, cp1256 (windows-1256, Arabic), iso-8859-6, cp1254 (windows-1254, Turkish), iso-8859-9, "
    "cp1252 (windows-1252, Western)";

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// ICU's default to-Unicode substitute is U+001A for single-byte code pages;
// lisan reports bad bytes as U+FFFD everywhere (and counts them).
void substitute_fffd(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                     UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  int* replaced = static_cast<int*>(const_cast<void*>(context));
  if (replaced) ++*replaced;
  *status = U_ZERO_ERROR;
  const UChar fffd = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &fffd, 1, 0, status);
}

Result<ConverterPtr> open_converter(std::string_view encoding, int* replaced) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(std::string(encoding).c_str(), &status));
  if (U_FAILURE(status) || !cnv)
    return Result<ConverterPtr>::failure(
        fmt::format("unknown encoding '{}' (known names include {})", encoding, kKnownNames));
  ucnv_setToUCallBack(cnv.get(), substitute_fffd, replaced, nullptr, nullptr, &status);
  return cnv;
}

bool has_non_ascii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

std::string read_input_bytes(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
  std::ostringstream all;
  all << in.rdbuf();
  if (in.bad()) throw Error::format("{}: read error", path);
  return std::move(all).str();
}

Result<std::string> canonical_encoding(std::string_view name) {
  static const std::array<std::pair<const char*, const char*>, 16> kAliases = {{
      {"utf8", "utf-8"},          {"utf-8", "utf-8"},
      {"cp1256", "windows-1256"}, {"win1256", "windows-1256"},
      {"cp1254", "windows-1254"}, {"win1254", "windows-1254"},
      {"cp1252", "windows-1252"}, {"win1252", "windows-1252"},
      {"latin1", "iso-8859-1"},   {"latin-1", "iso-8859-1"},
      {"latin5", "iso-8859-9"},   {"turkish", "iso-8859-9"},
      {"arabic", "iso-8859-6"},   {"utf16", "utf-16"},
      {"ascii", "us-ascii"},      {"us-ascii", "us-ascii"},
  }};
  const std::string key = lower_ascii(name);
  if (key.empty()) return Result<std::string>::failure("empty encoding name");
  for (const auto& [alias, canonical] : kAliases)
    if (key == alias) return std::string(canonical);
  auto cnv = open_converter(key, nullptr);
  if (!cnv) return Result<std::string>::failure(cnv.error());
  return key;
}

std::size_t first_invalid_utf8(std::string_view bytes, bool allow_cut_end) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      // Within the last 3 bytes an error may only be a character cut in two.
      if (allow_cut_end && length - start < 4 && U8_COUNT_TRAIL_BYTES(s[start]) >= length - start) return std::string_view::npos;
      return static_cast<std::size_t>(start);
    }
  }
  return std::string_view::npos;
}

bool is_utf8_name(std::string_view canonical_name) { return canonical_name == "utf-8"; }

std::string bom_encoding(std::string_view bytes, std::size_t* bom_bytes) {
  std::size_t n = 0;
  std::string name;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    n = 3;
    name = "utf-8";
  } else if (bytes.substr(0, 2) == "\xFF\xFE") {
    n = 2;
    name = "utf-16le";
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    n = 2;
    name = "utf-16be";
  }
  if (bom_bytes) *bom_bytes = n;
  return name;
}

Result<std::string> to_utf8(std::string_view bytes, std::string_view encoding, int* replaced) {
  if (is_utf8_name(encoding)) {
    std::string out = utf8::repair(bytes, replaced);
    return out;
  }
  auto opened = open_converter(encoding, replaced);
  if (!opened) return Result<std::string>::failure(opened.error());
  ConverterPtr cnv = std::move(opened).value();
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr target(ucnv_open("UTF-8", &status));
  // A single-byte character becomes at most 3 UTF-8 bytes (or 4 for a pair).
  std::string out(bytes.size() * 3 + 16, '\0');
  char* out_ptr = out.data();
  const char* in_ptr = bytes.data();
  ucnv_convertEx(target.get(), cnv.get(), &out_ptr, out.data() + out.size(), &in_ptr, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status))
    return Result<std::string>::failure(fmt::format("cannot convert from {}: {}", encoding, u_errorName(status)));
  out.resize(static_cast<std::size_t>(out_ptr - out.data()));
  return out;
}

std::string detect_legacy_encoding(std::string_view bytes, int* confidence, bool markup) {
  if (confidence) *confidence = 0;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return {};
  ucsdet_enableInputFilter(detector, markup);
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20)), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector, &count, &status);
  std::string best;
  for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
    const std::string name = lower_ascii(ucsdet_getName(matches[i], &status));
    // Only single-byte code pages: on short legacy texts ucsdet also offers
    // CJK and UTF-16 guesses that are never right for this corpus.
    if (name.rfind("windows-125", 0) != 0 && name.rfind("iso-8859-", 0) != 0) continue;
    best = name == "iso-8859-8-i" ? "iso-8859-8" : name;
    if (confidence) *confidence = ucsdet_getConfidence(matches[i], &status);
    break;
  }
  ucsdet_close(detector);
  return best;
}

namespace {

constexpr std::size_t kLegacyLinesNamed = 5;

// Legacy bytes, line by line: a line that is valid UTF-8 with non-ASCII
// characters is UTF-8 (kept), any other is converted from `encoding`. Runs of
// legacy lines are converted together (one converter per run).
Result<DecodedText> decode_lines(std::string_view bytes, const std::string& encoding, DecodedText out) {
  out.encoding = encoding;
  std::string legacy_run;
  const auto flush = [&]() -> Result<bool> {
    if (legacy_run.empty()) return true;
    int replaced = 0;
    auto text = to_utf8(legacy_run, encoding, &replaced);
    if (!text) return Result<bool>::failure(text.error());
    out.text += text.value();
    out.replaced += replaced;
    legacy_run.clear();
    return true;
  };
  std::uint64_t line = 0;
  while (!bytes.empty()) {
    ++line;
    const std::size_t nl = bytes.find('\n');
    const std::size_t len = nl == std::string_view::npos ? bytes.size() : nl + 1;
    const std::string_view l = bytes.substr(0, len);
    bytes.remove_prefix(len);
    if (!has_non_ascii(l)) {
      (legacy_run.empty() ? out.text : legacy_run) += l;  // ASCII reads the same either way
      continue;
    }
    if (first_invalid_utf8(l) == std::string_view::npos) {
      if (auto f = flush(); !f) return Result<DecodedText>::failure(f.error());
      ++out.utf8_lines;
      out.text += l;
    } else {
      ++out.legacy_lines;
      if (out.legacy_line_numbers.size() < kLegacyLinesNamed) out.legacy_line_numbers.push_back(line);
      legacy_run += l;
    }
  }
  if (auto f = flush(); !f) return Result<DecodedText>::failure(f.error());
  return out;
}

}  // namespace

std::string forced_encoding(std::string_view option_value) {
  if (option_value.empty()) return {};
  auto canonical = canonical_encoding(option_value);
  if (!canonical) throw UsageError("--encoding: " + canonical.error());
  return std::move(canonical).value();
}

Result<CharsetChoice> choose_charset(std::string_view bytes, const CharsetRule& rule) {
  using R = Result<CharsetChoice>;
  CharsetChoice out;
  out.encoding = bom_encoding(bytes, &out.bom_bytes);
  if (!out.encoding.empty()) return out;
  if (!rule.declared.empty()) {
    out.encoding = std::string(rule.declared);
    return out;
  }
  const bool valid = rule.head_only ? first_invalid_utf8(bytes, /*allow_cut_end=*/true) == std::string_view::npos
                                    : utf8::is_valid(bytes);
  if (valid && (has_non_ascii(bytes) || rule.forced.empty())) {
    out.encoding = "utf-8";
    return out;
  }
  if (!rule.forced.empty()) {
    out.encoding = std::string(rule.forced);
    return out;
  }
  if (!rule.allow_detect)
    return R::failure("not valid UTF-8; name the file's encoding with --encoding (e.g. cp1254 for Turkish, "
                      "cp1256 for Arabic, cp1252 for Western European)");
  out.encoding = detect_legacy_encoding(bytes, &out.confidence, rule.markup);
  if (out.encoding.empty())
    return R::failure(fmt::format("not valid UTF-8 and the encoding could not be detected; name it with "
                                  "--encoding (e.g. {})",
                                  kKnownNames));
  out.detected = true;
  return out;
}

Result<DecodedText> decode_text(std::string_view bytes, std::string_view forced, bool allow_detect) {
  using R = Result<DecodedText>;
  CharsetRule rule;
  rule.forced = forced;
  rule.allow_detect = allow_detect;
  auto choice = choose_charset(bytes, rule);
  if (!choice) return R::failure(choice.error());
  DecodedText out;
  out.detected = choice->detected;
  out.confidence = choice->confidence;
  const std::string encoding = choice->encoding;
  bytes.remove_prefix(choice->bom_bytes);
  if (choice->bom_bytes == 0 && encoding != "utf-8") return decode_lines(bytes, encoding, std::move(out));
  auto text = to_utf8(bytes, encoding, &out.replaced);
  if (!text) return R::failure(text.error());
  out.text = std::move(text).value();
  out.encoding = encoding;
  return out;
}

struct DecodingStreambuf::Converters {
  ConverterPtr source;
  ConverterPtr target;
  std::array<UChar, 8192> pivot{};
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  bool reset = true;
};

DecodingStreambuf::DecodingStreambuf(std::istream& source, const std::string& encoding)
    : source_(source), cnv_(std::make_unique<Converters>()), in_(64 * 1024), out_(3 * 64 * 1024 + 64) {
  auto cnv = open_converter(encoding, &replaced_);
  if (!cnv) throw Error(cnv.error());
  cnv_->source = std::move(cnv).value();
  UErrorCode status = U_ZERO_ERROR;
  cnv_->target.reset(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) throw Error::format("cannot open a UTF-8 converter: {}", u_errorName(status));
}

DecodingStreambuf::~DecodingStreambuf() = default;

DecodingStreambuf::int_type DecodingStreambuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  while (!flushed_) {
    if (in_begin_ == in_end_ && !source_done_) {
      source_.read(in_.data(), static_cast<std::streamsize>(in_.size()));
      in_begin_ = 0;
      in_end_ = static_cast<std::size_t>(source_.gcount());
      if (in_end_ == 0) source_done_ = true;
    }
    char* out_ptr = out_.data();
    const char* in_ptr = in_.data() + in_begin_;
    UErrorCode status = U_ZERO_ERROR;
    const bool flush = source_done_;
    ucnv_convertEx(cnv_->target.get(), cnv_->source.get(), &out_ptr, out_.data() + out_.size(), &in_ptr,
                   in_.data() + in_end_, cnv_->pivot.data(), &cnv_->pivot_source, &cnv_->pivot_target,
                   cnv_->pivot.data() + cnv_->pivot.size(), cnv_->reset, flush, &status);
    cnv_->reset = false;
    in_begin_ = static_cast<std::size_t>(in_ptr - in_.data());
    if (status == U_BUFFER_OVERFLOW_ERROR) status = U_ZERO_ERROR;  // more output next time
    else if (flush && U_SUCCESS(status)) flushed_ = true;
    if (U_FAILURE(status)) throw Error::format("encoding conversion failed: {}", u_errorName(status));
    if (out_ptr != out_.data()) {
      setg(out_.data(), out_.data(), out_ptr);
      return traits_type::to_int_type(*gptr());
    }
  }
  return traits_type::eof();
}

std::string binary_file_reason(std::string_view head) {
  if (bom_encoding(head).rfind("utf-16", 0) == 0) return {};
  // Formats users rename to .csv / .txt by mistake; named for the message.
  static const std::pair<std::string_view, const char*> kMagic[] = {
      {"\x89PNG", "a PNG image"},           {"PK\x03\x04", "a zip archive (or .xlsx / .docx)"},
      {"\x1F\x8B", "a gzip archive"},       {"%PDF", "a PDF document"},
      {"\xFF\xD8\xFF", "a JPEG image"},      {"\xD0\xCF\x11\xE0", "an old Office file (.xls / .doc)"},
      {"SQLite format 3", "an SQLite database"},
  };
  for (const auto& [magic, name] : kMagic)
    if (head.substr(0, magic.size()) == magic) return std::string("binary file (") + name + ")";
  // One stray NUL is a bad record in a text file (the reader rejects or
  // cleans that record and keeps the others); binary data has them
  // throughout, among other control bytes (1 in 9 of random bytes).
  std::size_t nuls = 0, controls = 0;
  for (const char c : head) {
    const auto u = static_cast<unsigned char>(c);
    if (u == 0) ++nuls;
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1B) ++controls;
  }
  if ((nuls >= 2 && nuls * 100 >= head.size()) || (controls >= 8 && controls * 10 >= head.size()))
    return "binary file (" + std::to_string(controls) + " control bytes, " + std::to_string(nuls) +
           " of them NUL, in its first " + std::to_string(head.size()) + " bytes)";
  return {};
}

}  // namespace lisan::indexer
