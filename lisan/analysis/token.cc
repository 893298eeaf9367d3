// Names of token kinds, for logs, --explain and test messages.
#include "lisan/analysis/token.h"

namespace lisan::analysis {

const char* to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kMention: return "mention";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
  }
  return "unknown";
}

}  // namespace lisan::analysis
