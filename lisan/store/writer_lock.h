// WriterLock: one lisan-index run at a time per index, for the whole run.
//
// Xapian's own lock (PATH/flintlock) covers only a WritableDatabase's
// lifetime, but a run also creates the index beside it (PATH.creating),
// writes shards (PATH.shards), and compacts into PATH.compacting before an
// atomic directory swap; Xapian's lock is released before that swap. A
// second run that started in between wrote into the old directory and lost
// its documents to the swap while reporting success (issue 17: two runs
// creating one new index left no index in 4 of 10 trials).
//
// So a run takes this lock first and keeps it to the end: flock(2) on the
// file PATH.lock, BESIDE the index directory so that it survives the swap
// (a lock inside PATH would move with the old directory). The file holds
// who has it (pid, host, start time) for the message another run prints.
// The kernel releases a flock when its process dies, kill -9 included, so a
// crashed run never leaves a stale lock; the file itself stays (removing it
// would let a waiting run lock an unlinked file while a third locks a new
// one). flock works on local file systems; on NFS it is emulated with POSIX
// locks by Linux, which is still exclusive between hosts.
#pragma once

#include <string>

namespace lisan::store {

class WriterLock {
 public:
  // Takes the lock of the index at `index_path`, creating PATH.lock (and
  // the parent directory) when missing. Never waits: throws lisan::Error
  // saying who holds it, or that the location is read-only, with the path.
  explicit WriterLock(const std::string& index_path);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

  const std::string& path() const { return path_; }  // the lock file

  // PATH.lock for an index at PATH.
  static std::string lock_path(const std::string& index_path);

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace lisan::store
