// xapian_posting_bench: the ceiling an indexer built on Xapian cannot pass:
// one WritableDatabase fed documents whose terms need no analysis at all
// (the text split at ASCII spaces), each token one add_posting with its
// position, the text stored as document data, a unique Q term, and commit.
// Compare its documents/s and postings/s with lisan-index: lisan writes
// several terms per token (folded and exact with positions, stem, ASCII fold),
// so its ceiling is this postings/s divided by its terms per token.
//
// Usage: xapian_posting_bench DB FILE [FILE ...]   (FILE: one document per line)
// Prints one JSON object: docs, bytes, postings, seconds, docs_per_s, mb_per_s, postings_per_s.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: xapian_posting_bench DB FILE [FILE ...]\n");
    return 2;
  }
  std::vector<std::string> lines;
  std::size_t bytes = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i]);
    if (!in) {
      std::fprintf(stderr, "xapian_posting_bench: error: cannot open %s\n", argv[i]);
      return 2;
    }
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      bytes += line.size();
      lines.push_back(std::move(line));
    }
  }
  try {
    const auto start = std::chrono::steady_clock::now();
    Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OVERWRITE);
    std::size_t postings = 0;
    std::size_t n = 0;
    for (const std::string& text : lines) {
      Xapian::Document doc;
      Xapian::termpos pos = 0;
      std::size_t i = 0;
      while (i < text.size()) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        if (end > i) {
          doc.add_posting(text.substr(i, std::min<std::size_t>(end - i, 200)), ++pos);
          ++postings;
        }
        i = end + 1;
      }
      doc.set_data(text);
      const std::string id = "Q" + std::to_string(++n);
      doc.add_boolean_term(id);
      db.replace_document(id, doc);  // as lisan-index and scriptindex do (unique id)
    }
    db.commit();
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const nlohmann::json out = {{"docs", n},
                                {"bytes", bytes},
                                {"postings", postings},
                                {"seconds", secs},
                                {"docs_per_s", static_cast<double>(n) / secs},
                                {"mb_per_s", static_cast<double>(bytes) / 1e6 / secs},
                                {"postings_per_s", static_cast<double>(postings) / secs}};
    std::printf("%s\n", out.dump().c_str());
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "xapian_posting_bench: error: %s\n", e.get_description().c_str());
    return 2;
  }
  return 0;
}
