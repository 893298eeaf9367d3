#include "lisan/store/shard_set.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <xxhash.h>

#include "lisan/core/error.h"

namespace lisan::store {
namespace fs = std::filesystem;

std::string ShardSpec::name() const {
  switch (kind) {
    case Kind::kLocal: return path;
    case Kind::kRemoteTcp: return fmt::format("remote {}:{}", host.find(':') != std::string::npos ? "[" + host + "]" : host, port);
    case Kind::kRemoteProgram: return fmt::format("remote :{} {}", program, args);
  }
  return path;
}

std::string stub_file_of(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    const fs::path stub = fs::path(path) / "XAPIANDB";
    return fs::is_regular_file(stub, ec) ? stub.string() : std::string();
  }
  if (!fs::is_regular_file(path, ec)) return {};
  // A regular file is a stub unless it is a single-file glass database,
  // whose first bytes are glass's magic.
  std::ifstream in(path, std::ios::binary);
  char head[16] = {};
  in.read(head, sizeof head);
  const std::string start(head, static_cast<std::size_t>(in.gcount()));
  if (start.find("Xapian Glass") != std::string::npos) return {};
  return path;
}

namespace {

// Xapian resolves a relative path against the stub's directory.
std::string resolve(const std::string& path, const std::string& stub_file) {
  if (!path.empty() && path.front() == '/') return path;
  const fs::path dir = fs::path(stub_file).parent_path();
  return dir.empty() ? path : (dir / path).string();
}

}  // namespace

std::vector<ShardSpec> read_stub(const std::string& stub_file) {
  std::ifstream in(stub_file);
  if (!in) throw Error::format("{}: cannot read the shard set's stub: {}", stub_file, std::strerror(errno));
  std::vector<ShardSpec> out;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find(' ');
    const std::string type = line.substr(0, space);
    const std::string rest = space == std::string::npos ? std::string() : line.substr(space + 1);
    ShardSpec spec;
    spec.stub_line = line;
    spec.line = line_no;
    if ((type == "auto" || type == "glass") && !rest.empty()) {
      spec.kind = ShardSpec::Kind::kLocal;
      spec.path = resolve(rest, stub_file);
    } else if (type == "remote" && !rest.empty() && rest[0] == ':') {
      spec.kind = ShardSpec::Kind::kRemoteProgram;
      const auto sp = rest.find(' ');
      spec.program = rest.substr(1, sp == std::string::npos ? std::string::npos : sp - 1);
      if (sp != std::string::npos) spec.args = rest.substr(sp + 1);
    } else if (type == "remote" && !rest.empty()) {
      const auto colon = rest.rfind(':');
      const bool bare_ipv6 = rest.front() == '[' && rest.back() == ']';
      if (colon == std::string::npos || bare_ipv6)
        throw Error::format("{}:{}: 'remote' needs HOST:PORT (Xapian 1.4 stub syntax), got '{}'", stub_file,
                            line_no, rest);
      spec.kind = ShardSpec::Kind::kRemoteTcp;
      spec.host = rest.substr(0, colon);
      if (spec.host.size() >= 2 && spec.host.front() == '[' && spec.host.back() == ']')
        spec.host = spec.host.substr(1, spec.host.size() - 2);
      const std::string port = rest.substr(colon + 1);
      char* end = nullptr;
      const unsigned long p = std::strtoul(port.c_str(), &end, 10);
      if (port.empty() || *end != '\0' || p == 0 || p > 65535)
        throw Error::format("{}:{}: bad port '{}' in '{}' (1..65535)", stub_file, line_no, port, line);
      spec.port = static_cast<unsigned>(p);
    } else {
      throw Error::format(
          "{}:{}: not a shard line Xapian 1.4 reads: '{}' (use 'auto PATH' or 'remote HOST:PORT'; 1.4 has no "
          "'tcp' lines)",
          stub_file, line_no, line);
    }
    out.push_back(std::move(spec));
  }
  return out;
}

void write_stub(const std::string& dir, const std::vector<std::string>& lines) {
  const std::string target = (fs::path(dir) / "XAPIANDB").string();
  const std::string scratch = target + ".new";
  {
    std::ofstream out(scratch, std::ios::binary | std::ios::trunc);
    out << "# lisan shard set (Xapian stub database): one shard per line, in shard order.\n"
           "# 'auto PATH' (relative to this directory) or 'remote HOST:PORT' (xapian-tcpsrv).\n";
    for (const std::string& line : lines) out << line << '\n';
    out.flush();
    if (!out) throw Error::format("{}: cannot write the stub: {}", scratch, std::strerror(errno));
  }
  if (const int fd = ::open(scratch.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(scratch.c_str(), target.c_str()) != 0)
    throw Error::format("{}: cannot write the stub: {}", target, std::strerror(errno));
}

std::string shard_dir_name(unsigned n) { return fmt::format("shard-{}", n); }

unsigned shard_of(const std::string& id_term, unsigned shards) {
  // The same hash the parallel bulk build routes by (indexer/index_writer.cc).
  return static_cast<unsigned>(XXH3_64bits(id_term.data(), id_term.size()) % (shards == 0 ? 1 : shards));
}

}  // namespace lisan::store
