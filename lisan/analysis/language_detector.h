// LanguageDetector: language identification of a record's text when it has
// no `lang`, with CLD2 (libcld2) and a script fallback for short text.
//
// Mixed documents are split into segments: script runs (Arabic vs Latin vs
// other letters) and, inside a run, sentences. Each segment gets a language:
// CLD2's when it is reliable; else for Arabic script "ar"; else the Latin
// language CLD2 finds for the whole document when there is exactly one; else
// "" (und: generic folding, no stemming, so no segment is stemmed in a wrong
// language). The dominant language is the one covering most letters; its
// confidence is that share of letters, halved when no segment of it was
// reliably detected. Stateless apart from buffers; one per Analyzer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

namespace lisan::analysis {

struct LanguageSpan {
  std::int32_t begin = 0;  // UTF-16 index into the decoded text
  std::int32_t end = 0;
  std::string lang;        // "" = und
};

struct LanguageDetection {
  std::vector<LanguageSpan> spans;  // cover the text, in order
  std::string lang;                 // dominant, "" = und
  double confidence = 0.0;
};

class LanguageDetector {
 public:
  // `text` is the decoded form of `utf8`; `offsets` maps UTF-16 indexes to
  // byte offsets (Utf8Decoder). `utf8_valid` says whether `utf8` may be
  // handed to CLD2 as is.
  void detect(std::string_view utf8, bool utf8_valid, const icu::UnicodeString& text,
              const std::vector<std::uint32_t>& offsets, LanguageDetection& out);

  // CLD2 on one piece of valid UTF-8: the ISO 639-1 code and whether CLD2
  // calls it reliable ("" when unknown).
  static std::string detect_one(std::string_view utf8, bool* reliable, int* percent);

 private:
  std::string scratch_;
};

}  // namespace lisan::analysis
