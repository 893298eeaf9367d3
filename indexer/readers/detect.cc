#include "indexer/readers/detect.h"

#include <filesystem>
#include <fstream>

#include "indexer/readers/registry.h"

namespace lisan::indexer {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kHeadBytes = 64 * 1024;

}  // namespace

std::string detect_format_from(std::string_view file_name, std::string_view raw_head, bool result_json_beside) {
  const ProbeInput in(file_name, raw_head, result_json_beside);
  for (const FormatEntry& e : format_registry())
    if (e.probe && e.probe(in)) return e.name;
  return "";
}

std::string detect_format(const std::string& path) {
  if (path == "-") return "jsonl";
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::string head(kHeadBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const fs::path p(path);
  std::error_code ec;
  const bool result_json_beside = fs::exists(p.parent_path() / "result.json", ec);
  return detect_format_from(p.filename().string(), head, result_json_beside);
}

}  // namespace lisan::indexer
