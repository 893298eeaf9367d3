// Support for the fuzz targets: the bytes of one run as a file a Reader can
// open, and a sink that counts records and drops them.
//
// The readers take a path (Reader::read(path, sink)), so each run writes its
// input to one file in a private directory under /dev/shm (memory, no disk
// wear), named as the format's files are named, since some readers look at
// the name. The directory is made once per process and removed at exit.
//
// Header-only and in an anonymous namespace: each target is also compiled into
// the one replay driver (fuzz/replay_main.cc), where every target's copy must
// stay private to it.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "indexer/readers/reader.h"

namespace {

// A private directory for this process's input files, removed at exit.
const std::string& fuzz_dir() {
  static const std::string dir = [] {
    std::error_code ec;
    std::filesystem::path base = std::filesystem::is_directory("/dev/shm", ec)
                                     ? std::filesystem::path("/dev/shm")
                                     : std::filesystem::temp_directory_path();
    std::filesystem::path d = base / ("lisan-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    static const std::string keep = d.string();
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(keep, ignored);
    });
    return d.string();
  }();
  return dir;
}

// Writes `bytes` to `name` in the private directory and returns its path.
std::string write_input(std::string_view name, const std::uint8_t* data, std::size_t size) {
  const std::string path = fuzz_dir() + "/" + std::string(name);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  out.close();
  if (!out) {
    std::perror(path.c_str());
    std::abort();  // the harness is broken, not the code under test
  }
  return path;
}

// Counts what a reader hands over and checks the reader contract's cheap
// parts: every accepted record has an id, every reject a reason.
class CountingSink : public lisan::indexer::RecordSink {
 public:
  void accept(lisan::Record&& record) override {
    if (record.id.empty()) {
      std::fprintf(stderr, "fuzz: a record was accepted without an id\n");
      std::abort();
    }
    ++accepted;
  }
  void reject(const lisan::Location&, const std::string& reason, std::string_view) override {
    if (reason.empty()) {
      std::fprintf(stderr, "fuzz: a record was rejected without a reason\n");
      std::abort();
    }
    ++rejected;
  }
  void skip(const lisan::Location&, const std::string&) override { ++skipped; }

  std::uint64_t accepted = 0;
  std::uint64_t rejected = 0;
  std::uint64_t skipped = 0;
};

}  // namespace
