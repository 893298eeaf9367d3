#include "bench/network_corpus.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "lisan/core/splitmix64.h"
#include "lisan/date.h"

namespace lisan::bench {
namespace {

using Rng = SplitMix64;

constexpr std::int64_t kStart = 1630454400;  // 2021-09-01T00:00:00Z

const char* const kSyllables[] = {"ka", "lo", "mi", "ren", "sa", "tor", "vel", "du", "ni", "pe",
                                  "ra", "zo", "fen", "gu", "hal", "je", "mur", "qe", "bo", "sil"};

std::string word(Rng& rng) {
  std::string w;
  const std::size_t n = 2 + rng.below(2);
  for (std::size_t i = 0; i < n; ++i) w += kSyllables[rng.below(20)];
  return w;
}

std::string sentence(Rng& rng, std::size_t words) {
  std::string s;
  if (words == 0) return s;
  for (std::size_t i = 0; i < words; ++i) s += (i ? " " : "") + word(rng);
  return s;
}

}  // namespace

NetworkCorpus generate_network_corpus(const NetworkCorpusOptions& o) {
  Rng rng(o.seed);
  NetworkCorpus corpus;
  std::vector<NetworkPost>& posts = corpus.posts;
  const std::int64_t span = o.days * 86400;
  std::size_t unique_link = 0;
  const auto one_off = [&](const std::string& source, const std::string& account) {
    NetworkPost p;
    p.source = source;
    p.account = account;
    p.url = "https://news" + std::to_string(rng.below(50)) + ".example/story/" + std::to_string(unique_link++);
    p.text = o.text ? sentence(rng, 8) + " " + p.url : std::string();
    p.date = kStart + rng.below64(span);
    posts.push_back(std::move(p));
  };
  // Popular links: every share of one link comes 1-6 hours after the last.
  std::vector<std::vector<std::int64_t>> popular_times(o.popular_links);
  std::vector<std::size_t> popular_next(o.popular_links, 0);
  for (auto& times : popular_times) {
    std::int64_t t = kStart + rng.below64(86400);
    while (t < kStart + span) {
      times.push_back(t);
      t += 3600 + rng.below64(5 * 3600);
    }
  }
  const auto popular = [&](const std::string& source, const std::string& account) {
    for (std::size_t tries = 0; tries < o.popular_links; ++tries) {
      const std::size_t link = rng.below(o.popular_links);
      if (popular_next[link] >= popular_times[link].size()) continue;
      NetworkPost p;
      p.source = source;
      p.account = account;
      p.url = "https://popular.example/" + std::to_string(link);
      p.text = o.text ? sentence(rng, 6) + " " + p.url : std::string();
      p.date = popular_times[link][popular_next[link]++];
      posts.push_back(std::move(p));
      return;
    }
    one_off(source, account);  // every popular slot taken
  };
  const auto benign = [&](const std::string& source, const std::string& account) {
    for (std::size_t i = 0; i < o.benign_posts; ++i) {
      if (rng.below(2) == 0) popular(source, account);
      else one_off(source, account);
    }
  };

  for (std::size_t g = 0; g < o.groups; ++g) {
    const std::size_t size = 3 + rng.below(6);
    std::vector<std::pair<std::string, std::string>> members;
    std::vector<std::string> ids;
    for (std::size_t m = 0; m < size; ++m) {
      const std::string source = rng.below(2) ? "telegram" : "twitter";
      const std::string account = "g" + std::to_string(g) + (source == "telegram" ? "_channel" : "_user") + std::to_string(m);
      members.emplace_back(source, account);
      ids.push_back(source + ":" + account);
    }
    corpus.groups.push_back(ids);
    for (std::size_t b = 0; b < o.bursts; ++b) {
      // Each wave its own hashtag: a co-hashtag edge counts distinct tags.
      const std::string tag = "Campaign" + std::to_string(g) + "x" + std::to_string(b);
      const std::int64_t t0 = kStart + rng.below64(span - 3600);
      const std::string url = "https://push" + std::to_string(g) + ".example/item/" + std::to_string(b);
      const std::string text = o.text ? sentence(rng, 12) : std::string();
      for (const auto& [source, account] : members) {
        if (rng.below(10) == 0) continue;  // a member misses one burst in ten
        NetworkPost p;
        p.source = source;
        p.account = account;
        p.url = url;
        p.hashtag = tag;
        p.text = o.text ? text + " " + url + " #" + tag : std::string();
        p.date = t0 + rng.below64(o.burst_seconds + 1);
        p.group = static_cast<int>(g);
        posts.push_back(std::move(p));
      }
    }
    for (const auto& [source, account] : members) benign(source, account);
  }
  for (std::size_t a = 0; a < o.benign_accounts; ++a) {
    const std::string source = a % 2 ? "telegram" : "twitter";
    benign(source, "busy" + std::to_string(a));
  }
  std::stable_sort(posts.begin(), posts.end(), [](const NetworkPost& x, const NetworkPost& y) { return x.date < y.date; });
  for (std::size_t i = 0; i < posts.size(); ++i) posts[i].id = "net:" + std::to_string(i);
  return corpus;
}

NetworkCorpusOptions scaled_network_options(std::size_t posts) {
  NetworkCorpusOptions o;
  // The defaults give ~4,200 posts: 12 groups, 120 benign accounts, 30 links.
  const double f = static_cast<double>(posts) / 4200.0;
  o.groups = std::max<std::size_t>(1, static_cast<std::size_t>(12 * f));
  o.benign_accounts = std::max<std::size_t>(1, static_cast<std::size_t>(120 * f));
  o.popular_links = std::max<std::size_t>(1, static_cast<std::size_t>(30 * f));
  return o;
}

Record to_record(const NetworkPost& p) {
  Record r;
  r.id = p.id;
  r.text = p.text;
  r.date = p.date;
  r.lang = "en";
  r.source = p.source;
  if (p.source == "telegram") r.channel = p.account;
  else r.author = p.account;
  r.urls = {p.url};
  if (!p.hashtag.empty()) r.hashtags = {p.hashtag};
  return r;
}

std::string to_jsonl(const NetworkPost& p) {
  nlohmann::json j = {{"id", p.id}, {"text", p.text}, {"date", format_iso_utc(p.date)}, {"lang", "en"},
                      {"source", p.source}, {"urls", {p.url}}};
  j[p.source == "telegram" ? "channel" : "author"] = p.account;
  if (!p.hashtag.empty()) j["hashtags"] = {p.hashtag};
  return j.dump() + "\n";
}

AccountPairScores account_pair_scores(const std::vector<std::vector<std::string>>& groups,
                                      const std::vector<std::pair<std::string, std::string>>& predicted) {
  std::set<std::pair<std::string, std::string>> truth, found;
  for (const auto& g : groups)
    for (std::size_t i = 0; i < g.size(); ++i)
      for (std::size_t j = i + 1; j < g.size(); ++j) truth.insert(std::minmax(g[i], g[j]));
  for (const auto& [a, b] : predicted) found.insert(std::minmax(a, b));
  AccountPairScores s;
  s.true_pairs = truth.size();
  s.predicted_pairs = found.size();
  for (const auto& p : found) s.agreed_pairs += truth.count(p);
  if (s.predicted_pairs) s.precision = static_cast<double>(s.agreed_pairs) / static_cast<double>(s.predicted_pairs);
  if (s.true_pairs) s.recall = static_cast<double>(s.agreed_pairs) / static_cast<double>(s.true_pairs);
  return s;
}

}  // namespace lisan::bench
