#include "tests/e2e/index_fixtures.h"

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lisan/schema.h"
#include "tests/e2e/cli_runner.h"

namespace lisan::test {
namespace fs = std::filesystem;

std::string build_corpus_index(const std::string& db, const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"--db", db, "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  const std::string c = corpus_dir() + "/jsonl/";
  for (const char* f : {"channel_posts.jsonl", "reposts.jsonl", "news.jsonl"}) args.push_back(c + f);
  const RunResult r = lisan_index(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return db;
}

std::string records(int from, int to, const std::string& tag) {
  std::string out;
  for (int i = from; i < to; ++i)
    out += nlohmann::json{{"id", "r" + std::to_string(i)},
                          {"text", "message number " + std::to_string(i) + " about the storm " + tag},
                          {"lang", "en"},
                          {"date", 1634911391 + i * 60}}
               .dump() +
           "\n";
  return out;
}

std::map<std::string, std::string> contents(const std::string& db_path) {
  Xapian::Database db(db_path);
  std::map<std::string, std::string> out;
  const std::string q(schema::kIdPrefix);
  for (auto t = db.allterms_begin(q); t != db.allterms_end(q); ++t) {
    auto p = db.postlist_begin(*t);
    out[(*t).substr(q.size())] = db.get_document(*p).get_data();
  }
  return out;
}

std::string xapian_check_problems(const std::string& db_path) {
  const char* const candidates[] = {"/usr/bin/xapian-check", "/usr/local/bin/xapian-check"};
  for (const char* program : candidates) {
    if (::access(program, X_OK) != 0) continue;
    const RunResult r = run(program, {db_path});
    if (r.status == 0) return "";
    return "xapian-check " + db_path + " exited " + std::to_string(r.status) + ":\n" + r.out + r.err;
  }
  return "";
}

Tmpfs::Tmpfs(const std::string& size) {
  std::string pattern = (fs::temp_directory_path() / "lisan-tmpfs-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = pattern;
  const std::string options = "size=" + size + ",mode=0755";
  if (::mount("tmpfs", dir_.c_str(), "tmpfs", 0, options.c_str()) == 0) mounted_ = true;
  else error_ = std::strerror(errno);
}

Tmpfs::~Tmpfs() {
  if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  std::error_code ec;
  fs::remove(dir_, ec);
}

bool Tmpfs::resize(const std::string& size) {
  const std::string options = "size=" + size;
  return ::mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT, options.c_str()) == 0;
}

bool Tmpfs::make_read_only() {
  return ::mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
}

}  // namespace lisan::test
