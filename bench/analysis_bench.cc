// analysis_bench: analysis throughput (MB/s on one core) of lisan's analyzer
// on real text. Usage: analysis_bench LANG FILE [LANG FILE ...]
// Each FILE is plain UTF-8 text, one record per line (e.g. Quran verses or
// UDHR paragraphs extracted from ../shared/corpora by the bench scripts).
// LANG "auto" analyzes with language detection instead of a record lang.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lisan/analysis/analyzer.h"

int main(int argc, char** argv) {
  if (argc < 3 || argc % 2 == 0) {
    std::fprintf(stderr, "usage: analysis_bench LANG FILE [LANG FILE ...]\n");
    return 2;
  }
  lisan::analysis::Analyzer analyzer;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string lang = argv[i];
    std::ifstream in(argv[i + 1]);
    if (!in) {
      std::fprintf(stderr, "analysis_bench: error: cannot open %s\n", argv[i + 1]);
      return 2;
    }
    std::vector<std::string> records;
    std::size_t bytes = 0;
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      bytes += line.size();
      records.push_back(std::move(line));
    }
    // Repeat to at least ~20 MB so the timing is stable.
    const int rounds = bytes == 0 ? 1 : static_cast<int>(20'000'000 / bytes) + 1;
    std::size_t tokens = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r) {
      for (const std::string& rec : records) {
        const auto a = lang == "auto" ? analyzer.analyze(rec, "") : analyzer.analyze(rec, lang);
        tokens += a.tokens.size();
      }
    }
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double mb = static_cast<double>(bytes) * rounds / 1e6;
    std::printf("%-5s %-40s %8.1f MB  %7.2f s  %7.1f MB/s  %6.2f Mtokens/s\n", lang.c_str(),
                argv[i + 1], mb, secs, mb / secs, static_cast<double>(tokens) / secs / 1e6);
  }
  return 0;
}
