// lisan_fuzz_replay TARGET PATH...: runs the fuzz target TARGET once on each
// file given, or on each file in each directory given (sorted), without
// libFuzzer. Built by the normal and sanitizer presets (gcc), so every input
// that once crashed a target (fuzz/regressions/TARGET/) and every seed is
// replayed by CTest in both builds. Prints each file before it runs, so a
// crash names its input; exits 2 on a usage error, else 0.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/replay_table.h"

namespace {

std::vector<std::string> files_of(const std::string& path) {
  std::vector<std::string> files;
  if (std::filesystem::is_directory(path)) {
    for (const auto& entry : std::filesystem::directory_iterator(path))
      if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
  } else if (std::filesystem::exists(path)) {
    files.push_back(path);
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  const lisan::fuzz::ReplayTarget* target = nullptr;
  for (const auto& t : lisan::fuzz::kReplayTargets)
    if (argc > 1 && std::strcmp(argv[1], t.name) == 0) target = &t;
  if (!target) {
    std::fprintf(stderr, "usage: lisan_fuzz_replay TARGET FILE|DIR...\ntargets:");
    for (const auto& t : lisan::fuzz::kReplayTargets) std::fprintf(stderr, " %s", t.name);
    std::fprintf(stderr, "\n");
    return 2;
  }
  std::size_t runs = 0;
  for (int i = 2; i < argc; ++i) {
    for (const std::string& file : files_of(argv[i])) {
      std::ifstream in(file, std::ios::binary);
      const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      std::fprintf(stderr, "replay %s %s (%zu bytes)\n", target->name, file.c_str(), bytes.size());
      target->run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++runs;
    }
  }
  std::fprintf(stderr, "replayed %zu input(s) through %s\n", runs, target->name);
  return 0;
}
