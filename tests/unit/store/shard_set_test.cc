// Reading shard-set stubs as Xapian 1.4.22 reads them
// (xapian-core/backends/databasehelpers.h read_stub_file), and refusing
// lines it would read otherwise, with file and line.
#include "lisan/store/shard_set.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "lisan/core/error.h"

namespace fs = std::filesystem;
using lisan::store::ShardSpec;

namespace {

struct StubFile {
  std::string dir = (fs::temp_directory_path() / fs::path("lisan-stub-XXXXXX")).string();
  std::string path;
  explicit StubFile(const std::string& text) {
    char* made = ::mkdtemp(dir.data());
    REQUIRE(made != nullptr);
    path = dir + "/XAPIANDB";
    std::ofstream(path) << text;
  }
  ~StubFile() { fs::remove_all(dir); }
};

}  // namespace

TEST_CASE("stub lines are read as Xapian 1.4 reads them", "[store][shards]") {
  struct Row {
    std::string line;
    ShardSpec::Kind kind;
    std::string path_or_host;  // local paths relative to the stub's directory ("@" = that directory)
    unsigned port;
    std::string name;
  };
  const std::vector<Row> rows = {
      {"auto shard-0", ShardSpec::Kind::kLocal, "@/shard-0", 0, "@/shard-0"},
      {"glass /abs/idx", ShardSpec::Kind::kLocal, "/abs/idx", 0, "/abs/idx"},
      {"remote 127.0.0.1:9101", ShardSpec::Kind::kRemoteTcp, "127.0.0.1", 9101, "remote 127.0.0.1:9101"},
      {"remote [::1]:9102", ShardSpec::Kind::kRemoteTcp, "::1", 9102, "remote [::1]:9102"},
      {"remote shard-host.example:80", ShardSpec::Kind::kRemoteTcp, "shard-host.example", 80,
       "remote shard-host.example:80"},
      {"remote :ssh host xapian-progsrv /data/s0", ShardSpec::Kind::kRemoteProgram, "", 0,
       "remote :ssh host xapian-progsrv /data/s0"},
  };
  for (const Row& row : rows) {
    INFO(row.line);
    StubFile stub("# a comment\n\n" + row.line + "\n");
    const auto specs = lisan::store::read_stub(stub.path);
    REQUIRE(specs.size() == 1);
    CHECK(specs[0].kind == row.kind);
    CHECK(specs[0].line == 3);
    const auto at = [&](std::string s) { return s.rfind("@", 0) == 0 ? stub.dir + s.substr(1) : s; };
    if (row.kind == ShardSpec::Kind::kLocal) CHECK(specs[0].path == at(row.path_or_host));
    if (row.kind == ShardSpec::Kind::kRemoteTcp) {
      CHECK(specs[0].host == row.path_or_host);
      CHECK(specs[0].port == row.port);
    }
    CHECK(specs[0].name() == at(row.name));
  }
}

TEST_CASE("stub lines Xapian 1.4 would not read as meant are refused", "[store][shards]") {
  struct Row {
    std::string line;
    std::string message;
  };
  const std::vector<Row> rows = {
      {"tcp 127.0.0.1 9101", ":1: not a shard line Xapian 1.4 reads: 'tcp 127.0.0.1 9101'"},
      {"remote 127.0.0.1", ":1: 'remote' needs HOST:PORT"},
      {"remote 127.0.0.1:0", ":1: bad port '0'"},
      {"remote 127.0.0.1:99999", ":1: bad port '99999'"},
      {"remote host:90x", ":1: bad port '90x'"},
      {"flint /old", ":1: not a shard line"},
      {"auto", ":1: not a shard line"},
  };
  for (const Row& row : rows) {
    INFO(row.line);
    StubFile stub(row.line + "\n");
    try {
      lisan::store::read_stub(stub.path);
      FAIL("accepted");
    } catch (const lisan::Error& e) {
      const std::string what = e.what();
      CHECK(what.find(stub.path + row.message) != std::string::npos);
    }
  }
}

TEST_CASE("a record's shard is a stable function of its id term", "[store][shards]") {
  // Fixed values: changing the hash would strand every record of every set.
  CHECK(lisan::store::shard_of("Qr1", 1) == 0);
  CHECK(lisan::store::shard_of("Qr1", 3) == 1);  // XXH3_64 mod K, as computed outside lisan
  CHECK(lisan::store::shard_of("Qr1", 4) == 3);
  CHECK(lisan::store::shard_of("Qr2", 3) == 2);
  CHECK(lisan::store::shard_of("Qtg:dawnrelief:110", 4) == 2);
  unsigned counts[4] = {};
  for (int i = 0; i < 4000; ++i) ++counts[lisan::store::shard_of("Qr" + std::to_string(i), 4)];
  for (unsigned c : counts) CHECK(c > 800);  // spread over every shard
  CHECK(lisan::store::shard_of("Qr1", 3) == lisan::store::shard_of("Qr1", 3));
  CHECK(lisan::store::stub_file_of("/nonexistent/x").empty());
}
