#include "indexer/readers/whole_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "lisan/core/error.h"

namespace lisan::indexer {

std::string read_whole_file(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
  std::string text(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>{});
  if (in.bad()) throw Error::format("{}: read error", path);
  return text;
}

}  // namespace lisan::indexer
