#include "lisan/record.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace lisan {

std::string normalize_lang(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  static constexpr std::array<std::string_view, 7> kUndetermined = {"und", "qam", "qct", "qht",
                                                                    "qme", "qst", "zxx"};
  if (std::find(kUndetermined.begin(), kUndetermined.end(), out) != kUndetermined.end()) return {};
  if (out == "in") return "id";
  if (out == "iw") return "he";
  return out;
}

}  // namespace lisan
