#include "lisan/dedup/minhash.h"

#include <limits>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace lisan::dedup {
namespace {

using analysis::Token;
using analysis::TokenKind;

// splitmix64's finalizer: turns one 64-bit shingle hash into kHashes
// independent-looking hashes (h ^ seed_i, mixed), far cheaper than hashing
// the shingle kHashes times and good enough for MinHash.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

constexpr std::array<std::uint64_t, kHashes> make_seeds() {
  std::array<std::uint64_t, kHashes> seeds{};
  std::uint64_t s = 0x6c6973616e646564ULL;  // "lisanded"
  for (auto& seed : seeds) {
    s += 0x9e3779b97f4a7c15ULL;
    seed = s;
  }
  return seeds;
}
constexpr std::array<std::uint64_t, kHashes> kSeeds = make_seeds();

}  // namespace

std::vector<std::string> signature_words(const std::vector<Token>& tokens) {
  std::vector<std::string> words;
  // The analyzer emits a hashtag's words right after the hashtag, inside its
  // byte range: skip tokens that lie in a skipped token's range.
  std::uint32_t skip_until = 0;
  bool skipping = false;
  for (const Token& t : tokens) {
    if (skipping && t.begin < skip_until) continue;
    skipping = false;
    switch (t.kind) {
      case TokenKind::kHashtag:
      case TokenKind::kMention:
      case TokenKind::kUrl:
      case TokenKind::kEmail:
        skipping = true;
        skip_until = t.end;
        continue;
      case TokenKind::kWord:
      case TokenKind::kNumber:
        break;
    }
    const std::string& w = t.ascii_folded.empty() ? t.folded : t.ascii_folded;
    if (!w.empty()) words.push_back(w);
  }
  return words;
}

std::optional<Signature> minhash(const std::vector<std::string>& words) {
  if (words.size() < kMinWords) return std::nullopt;
  Signature sig;
  sig.mins.fill(std::numeric_limits<std::uint32_t>::max());
  std::string shingle;
  for (std::size_t i = 0; i + kShingle <= words.size(); ++i) {
    shingle.clear();
    for (std::size_t k = 0; k < kShingle; ++k) {
      if (k) shingle.push_back(' ');
      shingle += words[i + k];
    }
    const std::uint64_t h = XXH3_64bits(shingle.data(), shingle.size());
    for (std::size_t j = 0; j < kHashes; ++j) {
      const auto v = static_cast<std::uint32_t>(mix(h ^ kSeeds[j]) >> 32);
      if (v < sig.mins[j]) sig.mins[j] = v;
    }
  }
  return sig;
}

double similarity(const Signature& a, const Signature& b) {
  std::size_t same = 0;
  // Low 16 bits only: what the index stores (see encode()).
  for (std::size_t j = 0; j < kHashes; ++j) same += ((a.mins[j] ^ b.mins[j]) & 0xffffu) == 0;
  return static_cast<double>(same) / kHashes;
}

namespace {
constexpr char kHex[] = "0123456789abcdef";
void append_hex64(std::string& out, std::uint64_t h) {
  for (int i = 0; i < 16; ++i) out.push_back(kHex[(h >> (60 - 4 * i)) & 15]);
}
}  // namespace

std::string short_text_key(const std::vector<std::string>& words) {
  if (words.empty()) return {};
  std::string joined;
  for (const auto& w : words) (joined += w) += ' ';
  std::string key(kShortKeyBand);
  append_hex64(key, XXH3_64bits(joined.data(), joined.size()));
  return key;
}

std::vector<std::string> band_keys(const Signature& s) {
  std::vector<std::string> keys;
  keys.reserve(kBands);
  for (std::size_t b = 0; b < kBands; ++b) {
    const std::uint64_t h = XXH3_64bits_withSeed(&s.mins[b * kRows], kRows * sizeof(std::uint32_t), b);
    std::string key;
    key.push_back(kHex[(b >> 4) & 15]);
    key.push_back(kHex[b & 15]);
    append_hex64(key, h);
    keys.push_back(std::move(key));
  }
  return keys;
}

std::string encode(const Signature& s) {
  std::string out(kHashes * 2, '\0');
  for (std::size_t j = 0; j < kHashes; ++j)
    for (int k = 0; k < 2; ++k) out[j * 2 + k] = static_cast<char>((s.mins[j] >> (8 * k)) & 0xff);
  return out;
}

std::optional<Signature> decode(std::string_view bytes) {
  if (bytes.size() != kHashes * 2) return std::nullopt;
  Signature s;
  for (std::size_t j = 0; j < kHashes; ++j) {
    std::uint32_t v = 0;
    for (int k = 0; k < 2; ++k) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[j * 2 + k])) << (8 * k);
    s.mins[j] = v;
  }
  return s;
}

}  // namespace lisan::dedup
