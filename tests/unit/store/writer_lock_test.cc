#include "lisan/store/writer_lock.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "lisan/core/error.h"
#include "tests/support/temp_index.h"

namespace fs = std::filesystem;
using lisan::store::WriterLock;

namespace {
std::string first_line(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}
}  // namespace

TEST_CASE("WriterLock: one holder at a time, named in the refusal, free again when released", "[store][lock]") {
  lisan::test::TempIndex dir("writer_lock");
  const std::string index = dir.path + "/sub/index";  // the parent is created
  std::optional<WriterLock> first(std::in_place, index);
  CHECK(first->path() == index + ".lock");
  CHECK(fs::exists(index + ".lock"));
  const std::string holder = "lisan-index pid " + std::to_string(::getpid()) + " on ";
  CHECK_THAT(first_line(index + ".lock"), Catch::StartsWith(holder));
  // flock conflicts between two opens even in one process.
  try {
    WriterLock second(index);
    FAIL("a second lock was granted");
  } catch (const lisan::Error& e) {
    CHECK_THAT(e.what(), Catch::StartsWith(index + ": the index is being written by " + holder));
    CHECK_THAT(e.what(), Catch::Contains("wait for that run to finish"));
  }
  first.reset();
  CHECK(first_line(index + ".lock").empty());  // no stale holder named
  CHECK_NOTHROW(WriterLock(index));
  CHECK(WriterLock::lock_path(index + "/") == index + ".lock");
}
