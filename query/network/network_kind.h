// What "the same thing" means for a coordination network (--network KIND):
// two accounts are linked when they post the same item within the window.
//   co-link     the same URL (as written in the post's links)
//   co-domain   the same link host (www. dropped, lower-cased)
//   co-hashtag  the same hashtag (folded: #FreeTheCaptives = #freethecaptives)
//   co-text     the same near-duplicate cluster (docs/campaign-analysis.md)
//   co-retweet  the same original: a retweet's or forward's parent id, else
//   co-forward    the forwarded-from account with the text's cluster
//                 (a Telegram forward names the source channel, not the post)
//   co-reply    a reply to the same message
//
// Thread safety: functions of their arguments.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace lisan::query::network {

enum class NetworkKind { kLink, kDomain, kHashtag, kText, kForward, kReply };

// Throws UsageError naming the kinds for anything else.
NetworkKind parse_network_kind(const std::string& name);
// The kinds as the user types them, for help and errors.
const char* network_kinds();
// "co-link", ... (co-retweet and co-forward are one kind: "co-forward").
std::string network_kind_name(NetworkKind kind);
// What a document without an item lacks, for the summary: "a link", ...
std::string item_noun(NetworkKind kind);

// The items a document contributes for `kind` (none when it has none). Reads
// the value slots where they hold the item, the stored record otherwise.
std::vector<std::string> document_items(NetworkKind kind, const Xapian::Document& doc);

}  // namespace lisan::query::network
