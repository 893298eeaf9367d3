#include "lisan/schema.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lisan/core/utf8.h"

namespace lisan::schema {
namespace {

// FNV-1a: a stable, dependency-free hash for the suffix of over-long terms.
std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

std::string stem_prefix(std::string_view lang) {
  std::string p = "Z";
  for (char c : lang) p.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return p;
}

std::string boolean_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  if (prefix.size() > 1 && !value.empty() &&
      (std::isupper(static_cast<unsigned char>(value.front())) || value.front() == ':'))
    term.push_back(':');
  if (term.size() + value.size() <= kMaxTermBytes) {
    term.append(value);
    return term;
  }
  const std::string suffix = fmt::format("#{:016x}", fnv1a(value));
  term.append(utf8::truncate(value, kMaxTermBytes - term.size() - suffix.size()));
  term.append(suffix);
  return term;
}

std::string id_term(std::string_view id) { return boolean_term(kIdPrefix, id); }
std::string lang_term(std::string_view lang) { return boolean_term(kLangPrefix, lang); }
std::string channel_term(std::string_view v) { return boolean_term(kChannelPrefix, utf8::fold_identifier(v)); }
std::string author_term(std::string_view v) { return boolean_term(kAuthorPrefix, utf8::fold_identifier(v)); }
std::string source_term(std::string_view v) { return boolean_term(kSourcePrefix, utf8::fold_identifier(v)); }
std::string kind_term(std::string_view v) { return boolean_term(kKindPrefix, utf8::fold_identifier(v)); }
std::string domain_term(std::string_view host) { return boolean_term(kDomainPrefix, utf8::fold_identifier(host)); }
std::string url_term(std::string_view url) { return boolean_term(kUrlPrefix, url); }
std::string year_term(int year) { return fmt::format("{}{:04}", kYearPrefix, year); }
std::string month_term(int year, unsigned month) { return fmt::format("{}{:04}{:02}", kMonthPrefix, year, month); }
std::string day_term(int year, unsigned month, unsigned day) {
  return fmt::format("{}{:04}{:02}{:02}", kDayPrefix, year, month, day);
}

std::string cluster_term(std::string_view cluster_id) { return boolean_term(kClusterPrefix, cluster_id); }

std::string stem_term(std::string_view lang, std::string_view stem) {
  std::string t = stem_prefix(lang);
  t.append(utf8::truncate(stem, kMaxTermBytes - t.size()));
  return t;
}

std::string url_host(std::string_view url) {
  std::size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  std::size_t end = url.find_first_of("/?#", start);
  std::string_view host = url.substr(start, end == std::string_view::npos ? url.size() - start : end - start);
  if (auto at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (auto colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  std::string out;
  for (char c : host) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (out.rfind("www.", 0) == 0) out.erase(0, 4);
  return out;
}

std::string join_facet_values(const std::vector<FacetEntry>& entries) {
  std::vector<const FacetEntry*> sorted;
  for (const auto& e : entries) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](const FacetEntry* a, const FacetEntry* b) { return a->key < b->key; });
  std::string out;
  std::string_view last;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const FacetEntry& e = *sorted[i];
    if (e.key.empty() || (i > 0 && e.key == last)) continue;  // one entry per key: a document counts once
    last = e.key;
    if (!out.empty()) out += '\n';
    // Tabs and newlines inside a value would break the encoding.
    for (char c : e.key) out += (c == '\t' || c == '\n') ? ' ' : c;
    out += '\t';
    for (char c : e.shown) out += (c == '\t' || c == '\n') ? ' ' : c;
  }
  return out;
}

std::vector<FacetEntry> split_facet_values(std::string_view value) {
  std::vector<FacetEntry> out;
  while (!value.empty()) {
    const std::size_t nl = value.find('\n');
    const std::string_view line = value.substr(0, nl);
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) out.push_back({std::string(line), std::string(line)});
    else out.push_back({std::string(line.substr(0, tab)), std::string(line.substr(tab + 1))});
    if (nl == std::string_view::npos) break;
    value.remove_prefix(nl + 1);
  }
  return out;
}

const std::vector<Entry>& entries() {
  static const std::vector<Entry> kEntries = {
      {"exact", std::string(kExactPrefix)},       {"exact-marked", std::string(kExactMarkedPrefix)},
      {"title", std::string(kTitlePrefix)},
      {"ascii-fold", std::string(kFoldPrefix)},   {"stem", "Z"},
      {"id", std::string(kIdPrefix)},             {"lang", std::string(kLangPrefix)},
      {"source", std::string(kSourcePrefix)},     {"channel", std::string(kChannelPrefix)},
      {"author", std::string(kAuthorPrefix)},     {"hashtag", std::string(kHashtagPrefix)},
      {"mention", std::string(kMentionPrefix)},   {"domain", std::string(kDomainPrefix)},
      {"url", std::string(kUrlPrefix)},           {"kind", std::string(kKindPrefix)},
      {"year", std::string(kYearPrefix)},         {"month", std::string(kMonthPrefix)},
      {"day", std::string(kDayPrefix)},           {"source-file", std::string(kSourceFilePrefix)},
      {"lsh-band", std::string(kLshBandPrefix)},  {"cluster-id", std::string(kClusterPrefix)},
      {"date", "slot 0"},    {"day-value", "slot 1"}, {"lang-value", "slot 2"}, {"source-value", "slot 3"},
      {"channel-value", "slot 4"}, {"author-value", "slot 5"}, {"kind-value", "slot 6"}, {"cluster", "slot 7"},
      {"hashtags-value", "slot 8"}, {"mentions-value", "slot 9"}, {"domains-value", "slot 10"},
      {"signature", "slot 11"},
  };
  return kEntries;
}

}  // namespace lisan::schema
