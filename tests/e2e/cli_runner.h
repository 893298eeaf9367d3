// Runs the real lisan-index / lisan-query binaries for end-to-end tests and
// captures their output and exit status (hit_ids() lists a query's hits).
// Each test gets its own temporary directory (removed at the end) so tests
// never share an index.
#pragma once

#include <string>
#include <vector>

namespace lisan::test {

struct RunResult {
  int status = -1;  // exit status, or 128+signal
  std::string out;
  std::string err;
};

// The path of `name` on $PATH, or "" when it is not installed.
std::string find_program(const std::string& name);

// Runs `program` with `args` (no shell), with `input` on stdin.
RunResult run(const std::string& program, const std::vector<std::string>& args, const std::string& input = "");

RunResult lisan_index(const std::vector<std::string>& args, const std::string& input = "");

// Starts `program` in the background (stdout and stderr to /dev/null) and
// returns its pid; wait_for() reaps it and returns its exit status (or
// 128+signal).
int start(const std::string& program, const std::vector<std::string>& args);
int wait_for(int pid);
RunResult lisan_query(const std::vector<std::string>& args);

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Writes `content` to a file in the directory and returns its path.
  std::string write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

std::vector<std::string> lines(const std::string& text);

// The ids of the hits of `query` on the index `db` (lisan-query --format
// jsonl --limit 100), sorted. Fails the test when lisan-query ends with an
// error (an exit status other than 0, hits, or 1, none).
std::vector<std::string> hit_ids(const std::string& db, const std::string& query);
std::string corpus_dir();

// The counts of lisan-index's summary line ("N record(s) read: A indexed, B
// replaced, C skipped, D rejected"); found is false (and the counts -1) when
// stderr has none.
struct IndexSummary {
  long read = -1, indexed = -1, replaced = -1, skipped = -1, rejected = -1;
  bool found = false;
  bool adds_up() const { return read == indexed + replaced + skipped + rejected; }
};
IndexSummary index_summary(const std::string& err);

}  // namespace lisan::test
