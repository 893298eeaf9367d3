#include "lisan/store/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/date.h"

namespace lisan::store {
namespace fs = std::filesystem;

namespace {

// What a lock file says of its holder, one line ("" when unreadable).
std::string holder(int fd) {
  char buffer[512];
  const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  if (n <= 0) return "";
  std::string text(buffer, static_cast<std::size_t>(n));
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

bool read_only_error(int err) { return err == EROFS || err == EACCES || err == EPERM; }

[[noreturn]] void throw_read_only(const std::string& index_path, const std::string& what, int err) {
  throw Error::format(
      "{}: cannot write the index: {} is not writable ({}); the index is read-only here: index into a "
      "writable directory, or ask its owner",
      index_path, what, std::strerror(err));
}

}  // namespace

std::string WriterLock::lock_path(const std::string& index_path) {
  std::string p = index_path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p + ".lock";
}

WriterLock::WriterLock(const std::string& index_path) : path_(lock_path(index_path)) {
  const fs::path parent = fs::path(path_).parent_path();
  std::error_code ec;
  if (!parent.empty() && !fs::exists(parent, ec)) {
    fs::create_directories(parent, ec);
    if (ec) {
      if (read_only_error(ec.value())) throw_read_only(index_path, parent.string(), ec.value());
      throw Error::format("{}: cannot create the index's directory {}: {}", index_path, parent.string(),
                          ec.message());
    }
  }
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    const int err = errno;
    if (read_only_error(err)) throw_read_only(index_path, path_, err);
    throw Error::format("{}: cannot open the writer lock {}: {}", index_path, path_, std::strerror(err));
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    const std::string who = holder(fd_);
    ::close(fd_);
    fd_ = -1;
    if (err != EWOULDBLOCK)
      throw Error::format("{}: cannot lock {}: {}", index_path, path_, std::strerror(err));
    throw Error::format(
        "{}: the index is being written by {}; wait for that run to finish (or stop it) and run again; "
        "the lock is {}",
        index_path, who.empty() ? "another lisan-index run" : who, path_);
  }
  char host[256] = "?";
  ::gethostname(host, sizeof host - 1);
  host[sizeof host - 1] = '\0';
  const std::string who = fmt::format("lisan-index pid {} on {} since {}\n", ::getpid(), host,
                                      format_iso_utc(static_cast<std::int64_t>(std::time(nullptr))));
  // Best effort: the lock is the flock, the text only names its holder.
  [[maybe_unused]] const bool named =
      ::ftruncate(fd_, 0) == 0 && ::pwrite(fd_, who.data(), who.size(), 0) == static_cast<ssize_t>(who.size());
}

WriterLock::~WriterLock() {
  if (fd_ < 0) return;
  // Cleared before the unlock, so a later reader never sees a dead holder.
  [[maybe_unused]] const int cleared = ::ftruncate(fd_, 0);
  ::flock(fd_, LOCK_UN);
  ::close(fd_);
}

}  // namespace lisan::store
