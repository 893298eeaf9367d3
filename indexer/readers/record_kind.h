// The kind of a record (Record::kind) from what a reader found out about it,
// decided in one place for every format: a Telegram service message is
// "service" whatever else it carries; a retweet stays a retweet when it also
// answers a tweet; a forwarded message is a forward before it is a reply; a
// quote is a quote before it is a reply; what is none of these is a "post".
// Pure; thread-safe.
#pragma once

#include <string>

namespace lisan::indexer {

enum class RecordKind { kPost, kReply, kRetweet, kQuote, kForward, kService };

struct KindFacts {
  bool service = false;  // a Telegram service message (joined, pinned, renamed ...)
  bool retweet = false;  // a retweet (or an archive's "RT @user:" text)
  bool forward = false;  // a Telegram forward
  bool quote = false;    // a quote tweet
  bool reply = false;    // answers another message
};

RecordKind kind_of(const KindFacts& facts);

// The stored name: "post", "reply", "retweet", "quote", "forward", "service".
std::string kind_name(RecordKind kind);
inline std::string kind_name(const KindFacts& facts) { return kind_name(kind_of(facts)); }

}  // namespace lisan::indexer
