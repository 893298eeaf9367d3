// What the incremental, crash and fault-injection e2e tests share: a
// synthetic input, an index's documents by id, xapian-check, and a small
// tmpfs to fill up or make read-only.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace lisan::test {

// Indexes the bundled corpus's JSONL files (channel posts, reposts, news)
// into `db` with lisan-index and `extra` options (e.g. --shards 2);
// REQUIREs success. Returns `db`.
std::string build_corpus_index(const std::string& db, const std::vector<std::string>& extra = {});

// JSONL records r<from>..r<to-1> (English, dated a minute apart); `tag`
// goes into every text, to tell two versions apart.
std::string records(int from, int to, const std::string& tag = "");

// id -> stored data of every document of the index at `db_path`.
std::map<std::string, std::string> contents(const std::string& db_path);

// Runs xapian-check on the index; returns its output when it finds a
// problem, "" when the index is sound (or xapian-check is not installed).
std::string xapian_check_problems(const std::string& db_path);

// A tmpfs of `size` (e.g. "2m") mounted on a new directory; unmounted at
// the end. ok() is false when mounting is not permitted (not root): the
// test then skips with a warning.
class Tmpfs {
 public:
  explicit Tmpfs(const std::string& size);
  ~Tmpfs();
  Tmpfs(const Tmpfs&) = delete;
  Tmpfs& operator=(const Tmpfs&) = delete;
  bool ok() const { return mounted_; }
  const std::string& error() const { return error_; }
  const std::string& path() const { return dir_; }
  // Remounts with new options ("size=64m", or read-only); true on success.
  bool resize(const std::string& size);
  bool make_read_only();

 private:
  std::string dir_, error_;
  bool mounted_ = false;
};

}  // namespace lisan::test
