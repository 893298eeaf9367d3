// telegram_read_bench: reads one Telegram Desktop result.json with the
// streaming TelegramJsonReader into a sink that only counts, and prints
// messages, bytes, seconds and throughput. Run under /usr/bin/time -v by
// bench/telegram_stream_bench.sh to see the reader's own peak memory, apart
// from the index writer's.
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "indexer/readers/telegram/telegram_json_reader.h"

namespace {

struct CountingSink : lisan::indexer::RecordSink {
  std::uint64_t accepted = 0, rejected = 0, skipped = 0, text_bytes = 0;
  void accept(lisan::Record&& r) override {
    ++accepted;
    text_bytes += r.text.size();
  }
  void reject(const lisan::Location&, const std::string&, std::string_view) override { ++rejected; }
  void skip(const lisan::Location&, const std::string&) override { ++skipped; }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: telegram_read_bench RESULT.JSON\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  CountingSink sink;
  lisan::indexer::TelegramJsonReader reader({});
  reader.read(argv[1], sink);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double mb = static_cast<double>(std::filesystem::file_size(argv[1])) / 1e6;
  std::printf("read %llu accepted, %llu rejected, %llu skipped; %.1f MB in %.2f s: %.0f messages/s, %.1f MB/s\n",
              static_cast<unsigned long long>(sink.accepted), static_cast<unsigned long long>(sink.rejected),
              static_cast<unsigned long long>(sink.skipped), mb, seconds,
              static_cast<double>(sink.accepted + sink.rejected + sink.skipped) / seconds, mb / seconds);
  return 0;
}
