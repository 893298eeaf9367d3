// A synthetic corpus with known coordinated groups, for the coordination
// network quality test (tests/unit/query/network_quality_test.cc, the e2e
// test) and the network benchmark (bench/network_bench.cc). Deterministic
// for a seed (own splitmix64 arithmetic, no std:: distributions).
//
// Coordinated groups: 3-8 accounts, on Telegram (a channel) and Twitter (an
// author) mixed; each group pushes `bursts` items, each a new link with its
// own text and hashtag, posted by most members within
// `burst_seconds` of each other. Benign accounts are busy: they share the
// same popular links as everyone, but each link's shares come hours apart,
// and they post one-off links of their own. Group members also post benign
// traffic, so the coordination is hidden in ordinary activity.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lisan/record.h"

namespace lisan::bench {

struct NetworkPost {
  std::string id;        // "net:N"
  std::string source;    // telegram or twitter
  std::string account;   // channel (telegram) or author (twitter)
  std::string url;
  std::string hashtag;   // without '#', "" = none
  std::string text;
  std::int64_t date = 0;  // UTC epoch seconds
  int group = -1;         // the coordinated group whose burst this is, -1 = benign
};

struct NetworkCorpusOptions {
  std::uint64_t seed = 2020;
  std::size_t groups = 12;
  std::size_t bursts = 8;              // items each group pushes
  std::int64_t burst_seconds = 10;     // spread of one burst
  std::size_t benign_accounts = 120;
  std::size_t benign_posts = 20;       // per benign account (and per group member)
  std::size_t popular_links = 30;
  std::int64_t days = 30;
  bool text = true;                    // false: no text (the in-process benchmark needs none)
};

// Options for about `posts` posts: groups, benign accounts and popular links
// grow with it in the proportions of the defaults.
NetworkCorpusOptions scaled_network_options(std::size_t posts);

struct NetworkCorpus {
  std::vector<NetworkPost> posts;            // in date order
  // Each group's accounts as "source:account" (the node ids of the network).
  std::vector<std::vector<std::string>> groups;
};

NetworkCorpus generate_network_corpus(const NetworkCorpusOptions& options);

// The post as a lisan Record (source, channel or author, urls, hashtags, date).
Record to_record(const NetworkPost& post);
// One JSONL line of the post (lisan-index --format jsonl).
std::string to_jsonl(const NetworkPost& post);

// Pairwise precision and recall of account pairs: `predicted` pairs (node
// ids) against the pairs within each true group.
struct AccountPairScores {
  double precision = 1, recall = 1;
  std::size_t true_pairs = 0, predicted_pairs = 0, agreed_pairs = 0;
};
AccountPairScores account_pair_scores(const std::vector<std::vector<std::string>>& groups,
                                      const std::vector<std::pair<std::string, std::string>>& predicted);

}  // namespace lisan::bench
