// Language identification: CLD2 per script run / sentence + script fallback.
#include "lisan/analysis/language_detector.h"

#include <cld2/public/compact_lang_det.h>

#include <map>

#include "lisan/analysis/script.h"

namespace lisan::analysis {

namespace {

// Below this many letters CLD2 is not asked about a segment on its own.
constexpr int kMinLettersForSegment = 12;

bool is_sentence_end(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == '\n' || c == 0x06D4;
}

bool is_arabic_script_lang(const std::string& code) {
  return code == "ar" || code == "fa" || code == "ur" || code == "ps" || code == "ku" ||
         code == "sd" || code == "ug";
}

struct Segment {
  std::int32_t begin;
  std::int32_t end;
  Script script;
  int letters;
};

}  // namespace

std::string LanguageDetector::detect_one(std::string_view utf8, bool* reliable, int* percent) {
  CLD2::Language l3[3];
  int p3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool is_reliable = false;
  CLD2::Language top = CLD2::DetectLanguageSummary(utf8.data(), static_cast<int>(utf8.size()), true,
                                                   l3, p3, &text_bytes, &is_reliable);
  *reliable = is_reliable;
  *percent = p3[0];
  if (top == CLD2::UNKNOWN_LANGUAGE) return {};
  std::string code = CLD2::LanguageCode(top);
  if (code == "un" || code == "xxx") return {};
  return code;
}

void LanguageDetector::detect(std::string_view utf8, bool utf8_valid, const icu::UnicodeString& text,
                              const std::vector<std::uint32_t>& offsets, LanguageDetection& out) {
  out.spans.clear();
  out.lang.clear();
  out.confidence = 0.0;
  const std::int32_t n = text.length();
  if (n == 0) return;

  // 1. Segments: script runs, split at sentence ends.
  std::vector<Segment> segments;
  Segment cur{0, 0, Script::kNone, 0};
  bool sentence_ended = false;
  for (std::int32_t i = 0; i < n;) {
    const UChar32 c = text.char32At(i);
    const std::int32_t len = U16_LENGTH(c);
    const Script s = letter_script(c);
    if (s != Script::kNone) {
      const bool new_run = cur.script != Script::kNone && s != cur.script;
      if (new_run || (sentence_ended && cur.letters > 0)) {
        cur.end = i;
        segments.push_back(cur);
        cur = Segment{i, i, s, 0};
      }
      cur.script = s;
      ++cur.letters;
      sentence_ended = false;
    } else if (is_sentence_end(c)) {
      sentence_ended = true;
    }
    i += len;
  }
  cur.end = n;
  segments.push_back(cur);

  auto bytes_of = [&](std::int32_t b, std::int32_t e) -> std::string_view {
    if (utf8_valid) return utf8.substr(offsets[b], offsets[e] - offsets[b]);
    scratch_.clear();
    text.tempSubStringBetween(b, e).toUTF8String(scratch_);
    return scratch_;
  };

  // 2. The whole document once: its Latin language for short Latin segments.
  std::string doc_latin;
  {
    bool reliable = false;
    CLD2::Language l3[3];
    int p3[3] = {0, 0, 0};
    int text_bytes = 0;
    std::string_view all = bytes_of(0, n);
    CLD2::DetectLanguageSummary(all.data(), static_cast<int>(all.size()), true, l3, p3, &text_bytes,
                                &reliable);
    int latin_found = 0;
    for (int k = 0; k < 3; ++k) {
      if (l3[k] == CLD2::UNKNOWN_LANGUAGE || p3[k] == 0) continue;
      std::string code = CLD2::LanguageCode(l3[k]);
      if (code == "un" || is_arabic_script_lang(code)) continue;
      if (++latin_found == 1) doc_latin = code;
    }
    if (latin_found != 1 || !reliable) doc_latin.clear();
  }

  // 3. A language per segment; letters per language for the dominant one.
  std::map<std::string, std::pair<int, bool>> letters;  // lang -> (letters, reliably seen)
  int total_letters = 0;
  for (const Segment& seg : segments) {
    std::string lang;
    bool reliable = false;
    if (seg.letters >= kMinLettersForSegment) {
      int percent = 0;
      lang = detect_one(bytes_of(seg.begin, seg.end), &reliable, &percent);
      if (!reliable) lang.clear();
    }
    if (seg.script == Script::kArabic) {
      if (!is_arabic_script_lang(lang)) {
        lang = "ar";  // script fallback: Arabic script is Arabic unless CLD2 is sure
        reliable = false;
      }
    } else if (seg.script == Script::kLatin && lang.empty()) {
      lang = doc_latin;
    }
    if (!out.spans.empty() && out.spans.back().lang == lang) {
      out.spans.back().end = seg.end;
    } else {
      out.spans.push_back({seg.begin, seg.end, lang});
    }
    if (seg.letters > 0) {
      auto& entry = letters[lang];
      entry.first += seg.letters;
      entry.second = entry.second || reliable;
      total_letters += seg.letters;
    }
  }
  if (total_letters == 0) return;
  int best = 0;
  bool best_reliable = false;
  for (const auto& [lang, entry] : letters) {
    if (entry.first > best) {
      best = entry.first;
      out.lang = lang;
      best_reliable = entry.second;
    }
  }
  if (out.lang.empty()) return;
  out.confidence = static_cast<double>(best) / total_letters;
  if (!best_reliable) out.confidence *= 0.5;
}

}  // namespace lisan::analysis
