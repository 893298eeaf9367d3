#include "tests/e2e/golden_file.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

namespace lisan::test {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(LISAN_SOURCE_DIR) + "/tests/golden/" + name;
  if (std::getenv("LISAN_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("rewrote " << path);
    return;
  }
  const std::string expected = read_text(path);
  INFO("golden file " << path << " (LISAN_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(actual == expected);
}

}  // namespace lisan::test
