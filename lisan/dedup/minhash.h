// MinHash signatures of a text's words, and LSH band keys over them, for
// near-duplicate detection (issue 6: coordinated campaigns).
//
// What is hashed: word shingles (kShingle consecutive words) of the
// analyzer's matching forms (Token::folded, or its ASCII fold for Turkish so
// "safak" and "şafak" agree). Hashtags (and the words the analyzer splits out
// of them), mentions, URLs and e-mail addresses are left out, so that an
// appended hashtag, a changed link or another @handle does not make a copy
// look new; line breaks never reach the tokens, so re-wrapping is free. What
// stays: case, accents, Arabic marks and digit scripts are already folded.
//
// Similarity: the share of the kHashes minima two signatures have in common
// estimates the Jaccard similarity of their shingle sets (standard error
// about sqrt(J(1-J)/64) = 0.06 at J = 0.5).
//
// LSH: the first kBands * kRows minima are cut into kBands bands of kRows;
// two texts become candidates when any band is equal. The chance of that is
// 1 - (1 - J^kRows)^kBands: 0.53 at J = 0.3, 0.75 at 0.4, 0.90 at 0.5,
// 0.97 at 0.6, while unrelated texts (J ~ 0.02) meet in 3 of 1,000 pairs
// (see docs/campaign-analysis.md for the measured choice). Each band is a
// term of its own in the index, nearly always unique to its document, so
// their number is most of clustering's cost in a bulk build: 8 bands of 2
// kept the measured precision and recall of 21 bands of 3 at half the cost.
//
// Thread safety: pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lisan/analysis/token.h"

namespace lisan::dedup {

inline constexpr std::size_t kHashes = 64;
inline constexpr std::size_t kBands = 8;
inline constexpr std::size_t kRows = 2;
static_assert(kBands * kRows <= kHashes);
inline constexpr std::size_t kShingle = 2;              // words per shingle
// Texts with fewer words than this get no signature (and a cluster of their
// own): "thank you" or a lone link would otherwise tie unrelated posts.
inline constexpr std::size_t kMinWords = 4;
// Estimated Jaccard similarity from which two texts are near-duplicates.
inline constexpr double kThreshold = 0.4;

struct Signature {
  std::array<std::uint32_t, kHashes> mins{};
};

// The words that count for near-duplicates, in text order (see above).
std::vector<std::string> signature_words(const std::vector<analysis::Token>& tokens);

// The signature of these words, or nullopt when there are fewer than kMinWords.
std::optional<Signature> minhash(const std::vector<std::string>& words);
inline std::optional<Signature> minhash(const std::vector<analysis::Token>& tokens) {
  return minhash(signature_words(tokens));
}

// Estimated Jaccard similarity: the share of equal minima (their low 16
// bits, see encode()), 0..1.
double similarity(const Signature& a, const Signature& b);

// kBands keys "BBHHHHHHHHHHHHHHHH" (2 hex digits band number, 16 hex digits
// band hash), for schema::kLshBandPrefix terms.
std::vector<std::string> band_keys(const Signature& s);

// For texts too short for a signature (1 to kMinWords - 1 words): one key
// "ff" + 16 hex digits of the hash of the words, so that exact repeats of a
// short slogan still meet (and only exact repeats); "" when there are no words.
std::string short_text_key(const std::vector<std::string>& words);
inline constexpr std::string_view kShortKeyBand = "ff";

// kHashes * 2 bytes: the low 16 bits of each minimum, little-endian
// (schema::kSignatureSlot), half the size of whole minima in the index. Two
// different minima then agree by chance once in 65,536, which raises a
// similarity estimate by 0.00002 on average; similarity() compares the same
// 16 bits, so stored and fresh signatures compare alike. decode returns
// nullopt for anything else.
std::string encode(const Signature& s);
std::optional<Signature> decode(std::string_view bytes);

}  // namespace lisan::dedup
