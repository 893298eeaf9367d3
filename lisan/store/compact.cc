#include "lisan/store/compact.h"

#include <fcntl.h>  // AT_FDCWD, open
#include <unistd.h>  // fsync, close
#include <stdio.h>  // renameat2, RENAME_EXCHANGE (glibc >= 2.28)

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <xapian.h>

#include "lisan/core/error.h"

namespace lisan::store {
namespace fs = std::filesystem;

std::uintmax_t index_bytes(const std::string& path) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path, ec))
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  return total;
}

namespace {

// Flushes a file or directory to disk, so that the swap below never makes a
// copy current whose blocks a power cut could still lose. Best effort.
void sync_path(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void sync_tree(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec)) sync_path(entry.path().string());
  sync_path(dir);
}

CompactResult compact_in_place(const std::string& path, const std::vector<std::string>& also) {
  const auto start = std::chrono::steady_clock::now();
  const std::string scratch = path + ".compacting";
  std::error_code ec;
  fs::remove_all(scratch, ec);
  if (ec) throw Error::format("{}: cannot remove the leftover {}: {}", path, scratch, ec.message());

  CompactResult result;
  result.bytes_before = index_bytes(path);
  for (const std::string& other : also) result.bytes_before += index_bytes(other);
  try {
    Xapian::Database sources(path);
    for (const std::string& other : also) sources.add_database(Xapian::Database(other));
    sources.compact(scratch);
  } catch (const Xapian::Error& e) {
    fs::remove_all(scratch, ec);
    throw Error::format("{}: compacting failed: {}", path, e.get_description());
  }
  sync_tree(scratch);
  if (renameat2(AT_FDCWD, scratch.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) != 0) {
    const int err = errno;
    fs::remove_all(scratch, ec);
    throw Error::format("{}: cannot swap in the compacted copy ({}); the index is left as written", path,
                        std::strerror(err));
  }
  sync_path(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  fs::remove_all(scratch, ec);  // now the old copy; a leftover is removed next time
  result.bytes_after = index_bytes(path);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace lisan::store
