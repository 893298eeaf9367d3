#include "query/network/network_kind.h"

#include <algorithm>

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/record.h"
#include "lisan/schema.h"
#include "lisan/store/index_store.h"

namespace lisan::query::network {

const char* network_kinds() { return "co-link, co-domain, co-hashtag, co-text, co-retweet (= co-forward), co-reply"; }

NetworkKind parse_network_kind(const std::string& name) {
  if (name == "co-link" || name == "co-url") return NetworkKind::kLink;
  if (name == "co-domain") return NetworkKind::kDomain;
  if (name == "co-hashtag") return NetworkKind::kHashtag;
  if (name == "co-text") return NetworkKind::kText;
  if (name == "co-retweet" || name == "co-forward") return NetworkKind::kForward;
  if (name == "co-reply") return NetworkKind::kReply;
  throw UsageError(fmt::format("--network {}: use one of {}", name, network_kinds()));
}

std::string network_kind_name(NetworkKind kind) {
  switch (kind) {
    case NetworkKind::kLink: return "co-link";
    case NetworkKind::kDomain: return "co-domain";
    case NetworkKind::kHashtag: return "co-hashtag";
    case NetworkKind::kText: return "co-text";
    case NetworkKind::kForward: return "co-forward";
    case NetworkKind::kReply: return "co-reply";
  }
  return "";
}

std::string item_noun(NetworkKind kind) {
  switch (kind) {
    case NetworkKind::kLink:
    case NetworkKind::kDomain: return "a link";
    case NetworkKind::kHashtag: return "a hashtag";
    case NetworkKind::kText: return "a near-duplicate cluster";
    case NetworkKind::kForward: return "an original (not a retweet or forward)";
    case NetworkKind::kReply: return "a message replied to";
  }
  return "";
}

namespace {

std::vector<std::string> facet_keys(const Xapian::Document& doc, Xapian::valueno slot) {
  std::vector<std::string> out;
  for (schema::FacetEntry& e : schema::split_facet_values(doc.get_value(slot))) out.push_back(std::move(e.key));
  return out;
}

}  // namespace

std::vector<std::string> document_items(NetworkKind kind, const Xapian::Document& doc) {
  switch (kind) {
    case NetworkKind::kDomain: return facet_keys(doc, schema::kDomainsSlot);
    case NetworkKind::kHashtag: return facet_keys(doc, schema::kHashtagsSlot);
    case NetworkKind::kText: {
      std::string cluster = doc.get_value(schema::kClusterSlot);
      if (cluster.empty()) return {};
      return {"cluster " + cluster};
    }
    default: break;
  }
  // The rest is only in the stored record (parsed only for these kinds).
  Record r = store::stored_record(doc);
  if (kind == NetworkKind::kLink) {
    std::vector<std::string> urls = std::move(r.urls);
    std::sort(urls.begin(), urls.end());
    urls.erase(std::unique(urls.begin(), urls.end()), urls.end());
    return urls;
  }
  if (kind == NetworkKind::kReply) {
    if (r.reply_to.empty()) return {};
    return {std::move(r.reply_to)};
  }
  if (!r.parent.empty() && (r.kind == "retweet" || r.kind == "forward")) return {std::move(r.parent)};
  if (r.forwarded_from.empty()) return {};
  return {r.forwarded_from + " / cluster " + doc.get_value(schema::kClusterSlot)};
}

}  // namespace lisan::query::network
