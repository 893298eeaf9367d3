// StemCache: open addressing, linear probing, power-of-two table.
#include "lisan/analysis/stem_cache.h"

#include <functional>
#include <utility>

namespace lisan::analysis {

namespace {
constexpr std::size_t kInitialSlots = 1024;
}

StemCache::StemCache(std::size_t max_entries) : max_entries_(max_entries < 1 ? 1 : max_entries) {}

std::uint64_t StemCache::hash_of(std::string_view word) {
  return std::hash<std::string_view>{}(word) | 1;  // never 0, which marks an empty slot
}

// The slot holding `word`, or the empty slot where it would go.
std::size_t StemCache::probe(std::string_view word, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == 0 || (s.hash == hash && s.word == word)) return i;
  }
}

const std::string* StemCache::find(std::string_view word) const {
  if (slots_.empty()) return nullptr;
  const Slot& s = slots_[probe(word, hash_of(word))];
  return s.hash == 0 ? nullptr : &s.stem;
}

void StemCache::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_ = std::vector<Slot>(old.empty() ? kInitialSlots : old.size() * 2);
  for (Slot& s : old) {
    if (s.hash != 0) slots_[probe(s.word, s.hash)] = std::move(s);
  }
}

const std::string& StemCache::insert(std::string_view word, std::string stem) {
  if (size_ >= max_entries_) {
    // Full: start again, keeping the table (its size suits the vocabulary).
    for (Slot& s : slots_) s = Slot{};
    size_ = 0;
  }
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::uint64_t hash = hash_of(word);
  Slot& s = slots_[probe(word, hash)];
  s.hash = hash;
  s.word.assign(word);
  s.stem = std::move(stem);
  ++size_;
  return s.stem;
}

}  // namespace lisan::analysis
