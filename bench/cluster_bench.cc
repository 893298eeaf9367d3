// cluster_bench: quality and cost of near-duplicate clustering (issue 6).
//
//   cluster_bench corpus FILE.jsonl...   pairwise precision/recall on lisan JSONL whose
//                                        meta.repost_of names each copy's original
//   cluster_bench synthetic [CAMPAIGNS]  the same on bench/campaign_corpus.h's corpus
//   cluster_bench scale N [DB]           N synthetic documents through the real
//                                        ClusterAssigner + IndexWriter; time, memory,
//                                        candidates per document
//
// corpus and synthetic run the real DocumentBuilder (analyzer included). scale
// skips the analyzer (words split on spaces, lower-cased) to measure the
// clustering and its index reads and writes, not text analysis.
#include <sys/resource.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/campaign_corpus.h"
#include "indexer/cluster_assigner.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "lisan/dedup/document_signature.h"
#include "lisan/record_json.h"
#include "lisan/schema.h"

namespace fs = std::filesystem;
using lisan::bench::SynthDoc;
using lisan::bench::to_record;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

long max_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

std::string temp_db(const char* name) {
  fs::path p = fs::temp_directory_path() / (std::string(name) + "." + std::to_string(::getpid()));
  fs::remove_all(p);
  return p.string();
}

void print_scores(const std::vector<std::string>& truth, const std::vector<std::string>& predicted) {
  const auto s = lisan::bench::pairwise_scores(truth, predicted);
  std::set<std::string> t(truth.begin(), truth.end()), p(predicted.begin(), predicted.end());
  std::printf("documents %zu  true clusters %zu  found clusters %zu\n", truth.size(), t.size(), p.size());
  std::printf("pairs: true %llu  found %llu  agreed %llu\n", (unsigned long long)s.true_pairs,
              (unsigned long long)s.predicted_pairs, (unsigned long long)s.agreed_pairs);
  std::printf("pairwise precision %.4f  recall %.4f\n", s.precision, s.recall);
}

// Builds, clusters and writes every record; returns each one's cluster id.
std::vector<std::string> cluster_records(const std::vector<lisan::Record>& records, const std::string& db) {
  lisan::indexer::IndexWriter writer(db);
  lisan::indexer::ClusterAssigner assigner(writer);
  lisan::indexer::DocumentBuilder builder;
  std::vector<std::string> out;
  for (const auto& r : records) {
    lisan::indexer::BuiltDocument built = builder.build(r);
    out.push_back(assigner.assign(built));
    writer.put(built);
  }
  writer.commit();
  return out;
}

int run_corpus(int argc, char** argv) {
  std::vector<lisan::Record> records;
  std::vector<std::string> truth;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i]);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const nlohmann::json j = nlohmann::json::parse(line);
      auto r = lisan::record_from_json(j);
      if (!r) continue;
      std::string label = j["id"].get<std::string>();
      if (j.contains("meta") && j["meta"].contains("repost_of")) label = j["meta"]["repost_of"].get<std::string>();
      truth.push_back(label);
      records.push_back(std::move(*r));
    }
  }
  const std::string db = temp_db("cluster_bench_corpus");
  const std::vector<std::string> predicted = cluster_records(records, db);
  print_scores(truth, predicted);
  // What was missed or wrongly joined, for tuning.
  if (std::getenv("CLUSTER_BENCH_VERBOSE")) {
    for (std::size_t i = 0; i < records.size(); ++i)
      for (std::size_t j = i + 1; j < records.size(); ++j) {
        const bool t = truth[i] == truth[j], p = predicted[i] == predicted[j];
        if (t != p)
          std::printf("%s %s %s\n", t ? "MISSED" : "WRONG ", records[i].id.c_str(), records[j].id.c_str());
      }
  }
  fs::remove_all(db);
  return 0;
}

int run_synthetic(int argc, char** argv) {
  lisan::bench::CampaignCorpusOptions o;
  if (argc > 2) o.campaigns = std::stoul(argv[2]);
  const std::vector<SynthDoc> docs = lisan::bench::generate_campaign_corpus(o);
  std::vector<lisan::Record> records;
  std::vector<std::string> truth;
  for (const auto& d : docs) {
    records.push_back(to_record(d));
    truth.push_back(d.truth);
  }
  const std::string db = temp_db("cluster_bench_synthetic");
  const auto t0 = std::chrono::steady_clock::now();
  const std::vector<std::string> predicted = cluster_records(records, db);
  std::printf("seed %llu campaigns %zu: %.2f s with analysis\n", (unsigned long long)o.seed, o.campaigns,
              seconds_since(t0));
  print_scores(truth, predicted);
  fs::remove_all(db);
  return 0;
}

// Words split on spaces and lower-cased, as tokens: enough for the signature.
std::vector<lisan::analysis::Token> quick_tokens(const std::string& text) {
  std::vector<lisan::analysis::Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    std::size_t e = i;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
    if (e > i) {
      lisan::analysis::Token t;
      t.begin = static_cast<std::uint32_t>(i);
      t.end = static_cast<std::uint32_t>(e);
      std::string w = text.substr(i, e - i);
      for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      if (w[0] == '#') t.kind = lisan::analysis::TokenKind::kHashtag;
      else if (w[0] == '@') t.kind = lisan::analysis::TokenKind::kMention;
      else if (w.rfind("https://", 0) == 0) t.kind = lisan::analysis::TokenKind::kUrl;
      t.folded = std::move(w);
      tokens.push_back(std::move(t));
    }
    i = e;
  }
  return tokens;
}

int run_scale(int argc, char** argv) {
  if (argc < 3) return 2;
  const std::size_t n = std::stoul(argv[2]);
  const std::string db = argc > 3 ? argv[3] : temp_db("cluster_bench_scale");
  // ~n documents: campaigns of ~25 documents on average plus 30% one-offs.
  lisan::bench::CampaignCorpusOptions o;
  o.campaigns = n / 36 + 1;
  o.singletons = n * 3 / 10;
  o.max_copies = 20;
  auto t0 = std::chrono::steady_clock::now();
  std::vector<SynthDoc> docs = lisan::bench::generate_campaign_corpus(o);
  if (docs.size() > n) docs.resize(n);
  std::printf("generated %zu documents in %.1f s\n", docs.size(), seconds_since(t0));
  // Interleave campaigns in time order as a crawl would deliver them.
  std::stable_sort(docs.begin(), docs.end(), [](const SynthDoc& a, const SynthDoc& b) { return a.date < b.date; });

  lisan::indexer::IndexWriter writer(db, 20000);
  lisan::indexer::ClusterAssigner assigner(writer);
  std::vector<std::string> truth, predicted;
  double assign_s = 0, build_s = 0, write_s = 0;
  const auto start = std::chrono::steady_clock::now();
  auto last = start;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    auto t = std::chrono::steady_clock::now();
    lisan::indexer::BuiltDocument built;
    built.id_term = lisan::schema::id_term(docs[i].id);
    built.document.add_boolean_term(built.id_term);
    built.signature = lisan::dedup::add_signature(built.document, quick_tokens(docs[i].text));
    build_s += seconds_since(t);
    t = std::chrono::steady_clock::now();
    predicted.push_back(assigner.assign(built));
    assign_s += seconds_since(t);
    t = std::chrono::steady_clock::now();
    writer.put(built);
    write_s += seconds_since(t);
    truth.push_back(docs[i].truth);
    if ((i + 1) % (docs.size() / 10 ? docs.size() / 10 : 1) == 0) {
      std::printf("  %8zu docs  %.1f s  (last slice %.2f s)  rss %ld MB\n", i + 1, seconds_since(start),
                  seconds_since(last), max_rss_mb());
      std::fflush(stdout);
      last = std::chrono::steady_clock::now();
    }
  }
  auto t = std::chrono::steady_clock::now();
  writer.commit();
  write_s += seconds_since(t);
  const auto& st = assigner.stats();
  std::printf("documents %zu: signatures %.1f s, assign %.1f s, write+commit %.1f s, total %.1f s\n", docs.size(),
              build_s, assign_s, write_s, seconds_since(start));
  std::printf("joined %llu, candidates compared %llu (%.1f per document), max RSS %ld MB\n",
              (unsigned long long)st.joined, (unsigned long long)st.candidates,
              static_cast<double>(st.candidates) / static_cast<double>(docs.size()), max_rss_mb());
  print_scores(truth, predicted);
  if (argc <= 3) fs::remove_all(db);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "corpus") return run_corpus(argc, argv);
  if (mode == "synthetic") return run_synthetic(argc, argv);
  if (mode == "scale") return run_scale(argc, argv);
  std::fprintf(stderr, "usage: cluster_bench corpus FILE.jsonl... | synthetic [CAMPAIGNS] | scale N [DB]\n");
  return 2;
}
