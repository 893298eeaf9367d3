// TempIndex: a fresh path for a test's index under the temporary directory,
// removed with everything in it when the test ends.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace lisan::test {

struct TempIndex {
  std::string path;
  explicit TempIndex(const std::string& name) {
    path = (std::filesystem::temp_directory_path() /
            ("lisan_" + name + "." + std::to_string(reinterpret_cast<std::uintptr_t>(this))))
               .string();
    std::filesystem::remove_all(path);
  }
  ~TempIndex() { std::filesystem::remove_all(path); }
  TempIndex(const TempIndex&) = delete;
  TempIndex& operator=(const TempIndex&) = delete;
};

}  // namespace lisan::test
