// A RecordSink for reader tests: keeps every accepted record, reject and skip.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "indexer/readers/reader.h"

namespace lisan::test {

struct CollectingSink : indexer::RecordSink {
  struct Problem {
    Location where;
    std::string reason;
  };
  std::vector<Record> records;
  std::vector<Problem> rejects;
  std::vector<Problem> skips;
  void accept(Record&& r) override { records.push_back(std::move(r)); }
  void reject(const Location& where, const std::string& reason, std::string_view) override {
    rejects.push_back({where, reason});
  }
  void skip(const Location& where, const std::string& reason) override { skips.push_back({where, reason}); }
  const Record* find(const std::string& id) const {
    for (const auto& r : records)
      if (r.id == id) return &r;
    return nullptr;
  }
};

// A temporary directory for files a test writes, removed at the end.
class ScratchDir {
 public:
  ScratchDir() {
    static std::atomic<int> counter{0};
    path_ = (std::filesystem::temp_directory_path() /
             ("lisan_reader_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++)))
                .string();
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }
  std::string write(const std::string& name, const std::string& content) const {
    const std::string p = path_ + "/" + name;
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  std::string path_;
};

inline std::string sample(const std::string& name) { return std::string(LISAN_TEST_DATA "/samples/generic/") + name; }

}  // namespace lisan::test
