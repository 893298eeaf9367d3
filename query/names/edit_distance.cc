#include "query/names/edit_distance.h"

#include <algorithm>
#include <vector>

#include <unicode/utf8.h>

namespace lisan::query::names {

std::u32string to_code_points(std::string_view utf8) {
  std::u32string out;
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto len = static_cast<int32_t>(utf8.size());
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) break;
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

std::size_t typo_budget(std::size_t letters) {
  if (letters <= 3) return 0;
  if (letters <= 7) return 1;
  return 2;
}

std::size_t bounded_edit_distance(std::u32string_view a, std::u32string_view b, std::size_t max_edits) {
  const std::size_t over = max_edits + 1;
  const std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > max_edits) return over;
  // Three rows of the optimal-string-alignment table; a row whose smallest
  // cell is over the bound ends the computation.
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, before[j - 2] + 1);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > max_edits) return over;
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[b.size()], over);
}

}  // namespace lisan::query::names
