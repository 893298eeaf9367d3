// StemCache: a bounded map from a folded word to its stem, for StemmerSet.
//
// Why not std::unordered_map: word frequencies are Zipfian, so nearly every
// lookup hits, and a hit in libstdc++'s node-based table walks bucket ->
// previous node -> node, three cache misses on a table of tens of thousands of
// words (perf: 25% of `analysis_bench en`). Here a hit is one probe into a
// flat array whose slots hold the hash and both strings (short words live
// inside std::string's own buffer), usually one or two cache lines.
//
// Open addressing with linear probing; the table doubles while it is at most
// half full, and once it holds `max_entries` words it is emptied and refilled
// (cheaper and simpler than LRU, and the frequent words come back at once).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lisan::analysis {

class StemCache {
 public:
  explicit StemCache(std::size_t max_entries = std::size_t{1} << 16);

  // The cached stem of `word`, or nullptr.
  const std::string* find(std::string_view word) const;

  // Stores `stem` for `word` (not already present) and returns the stored copy.
  const std::string& insert(std::string_view word, std::string stem);

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;  // 0: empty
    std::string word;
    std::string stem;
  };
  static std::uint64_t hash_of(std::string_view word);
  std::size_t probe(std::string_view word, std::uint64_t hash) const;
  void grow();

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::size_t max_entries_;
};

}  // namespace lisan::analysis
