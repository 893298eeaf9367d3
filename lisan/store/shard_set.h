// Shard sets: one index made of several lisan indexes ("shards"), named by a
// Xapian stub database so that every tool opens the set as one index:
// Xapian::Database(DIR), xapian-delve DIR, lisan-query --db DIR and
// lisan-index info --db DIR.
//
// Layout (docs/scaling.md, schemas/index.md):
//   DIR/XAPIANDB     the stub: one line per shard, in shard order
//   DIR/shard-0/     a normal lisan index (glass), ... DIR/shard-(K-1)/
// Stub lines, as Xapian 1.4 reads them (xapian-core backends/databasehelpers.h):
//   auto PATH         a local index; a relative PATH is relative to DIR
//   glass PATH        the same, glass backend named
//   remote HOST:PORT  an index served by xapian-tcpsrv ([IPv6]:PORT too)
//   remote :PROG ARGS a program speaking the remote protocol (xapian-progsrv)
//   # comment
// (1.4 has no "tcp" line; Xapian 2.0's documentation differs.)
//
// Which shard holds a record: shard_of(id term, K), a stable hash, so a
// re-indexed or deleted record is found in the one shard that can hold it.
// K is fixed when the set is made. Set-wide metadata (input fingerprints,
// the next cluster id) lives in shard 0, which is why shard 0 must be a local
// index when lisan-index writes the set.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lisan::store {

struct ShardSpec {
  enum class Kind { kLocal, kRemoteTcp, kRemoteProgram };
  Kind kind = Kind::kLocal;
  std::string path;       // kLocal: resolved path (relative ones against the stub's directory)
  std::string host;       // kRemoteTcp
  unsigned port = 0;      // kRemoteTcp
  std::string program;    // kRemoteProgram
  std::string args;       // kRemoteProgram
  std::string stub_line;  // as written
  int line = 0;           // line in the stub

  bool remote() const { return kind != Kind::kLocal; }
  // How messages name the shard: the path, or "remote HOST:PORT".
  std::string name() const;
};

// The stub file of `path` when it is a shard set: PATH/XAPIANDB for a
// directory, PATH itself for a stub file; "" when `path` is no stub (a
// plain index or nothing).
std::string stub_file_of(const std::string& path);

// The shards a stub names, in order. Throws lisan::Error naming the file,
// line and reason for a line Xapian 1.4 would not read the same way.
std::vector<ShardSpec> read_stub(const std::string& stub_file);

// Writes DIR/XAPIANDB naming `lines` (stub lines), atomically (temporary file,
// fsync, rename).
void write_stub(const std::string& dir, const std::vector<std::string>& lines);

// "shard-N": the directory of shard N inside a set.
std::string shard_dir_name(unsigned n);

// The shard (0..shards-1) that holds the record with this id term.
unsigned shard_of(const std::string& id_term, unsigned shards);

}  // namespace lisan::store
