// A synthetic coordinated-campaign corpus with known near-duplicate clusters,
// for the clustering quality test (tests/unit/dedup/) and the scale benchmark
// (bench/cluster_bench.cc). Deterministic for a seed (own PRNG arithmetic, no
// std:: distributions, so every platform generates the same corpus).
//
// Each campaign has 1-3 messages; each message is written in 1-4 of en, ar,
// tr, nl (a translation is its own ground-truth cluster: translations share
// names, numbers, hashtags and links but not words) and reposted 0..max_copies
// times with small edits: appended hashtags, changed links, another mention,
// re-wrapped lines, 1-2 words changed, a prefix ("RT @x:"), an emoji, the last
// line dropped, upper case. Messages of one campaign share a slogan line (hard
// negatives: similar, yet not copies). Unrelated one-off posts fill the rest.
//
// Thread safety: pure function.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lisan/record.h"

namespace lisan::bench {

struct SynthDoc {
  std::string id;       // "syn:N"
  std::string text;
  std::string lang;
  std::string channel;
  std::string author;
  std::int64_t date = 0;  // UTC epoch seconds
  std::string truth;    // ground-truth cluster: "c<campaign>m<message><lang>" or "s<n>"
  std::string repost_of;  // id of the original ("" for originals)
  std::vector<std::string> edits;
};

struct CampaignCorpusOptions {
  std::uint64_t seed = 20210924;
  std::size_t campaigns = 40;
  std::size_t singletons = 300;
  std::size_t max_copies = 20;
};

std::vector<SynthDoc> generate_campaign_corpus(const CampaignCorpusOptions& options);

// The document as a lisan Record (source "synthetic"), for the DocumentBuilder.
Record to_record(const SynthDoc& doc);

// Pairwise precision and recall of `predicted` clusters against `truth`
// (parallel vectors of labels): pairs in one predicted cluster that are in
// one true cluster / all predicted pairs, and / all true pairs. Counted per
// (true, predicted) cell, so it is linear in the number of documents.
struct PairScores {
  double precision = 1, recall = 1;
  std::uint64_t true_pairs = 0, predicted_pairs = 0, agreed_pairs = 0;
};
PairScores pairwise_scores(const std::vector<std::string>& truth, const std::vector<std::string>& predicted);

}  // namespace lisan::bench
