#include "indexer/readers/record_kind.h"

namespace lisan::indexer {

RecordKind kind_of(const KindFacts& f) {
  if (f.service) return RecordKind::kService;
  if (f.retweet) return RecordKind::kRetweet;
  if (f.forward) return RecordKind::kForward;
  if (f.quote) return RecordKind::kQuote;
  if (f.reply) return RecordKind::kReply;
  return RecordKind::kPost;
}

std::string kind_name(RecordKind kind) {
  switch (kind) {
    case RecordKind::kPost: return "post";
    case RecordKind::kReply: return "reply";
    case RecordKind::kRetweet: return "retweet";
    case RecordKind::kQuote: return "quote";
    case RecordKind::kForward: return "forward";
    case RecordKind::kService: return "service";
  }
  return "post";
}

}  // namespace lisan::indexer
