#include "lisan/dedup/document_signature.h"

#include "lisan/dedup/minhash.h"
#include "lisan/schema.h"

namespace lisan::dedup {

void add_signature(Xapian::Document& doc, const std::vector<analysis::Token>& tokens) {
  const std::vector<std::string> words = signature_words(tokens);
  if (const std::optional<Signature> sig = minhash(words)) {
    for (const std::string& key : band_keys(*sig)) doc.add_boolean_term(schema::boolean_term(schema::kLshBandPrefix, key));
    doc.add_value(schema::kSignatureSlot, encode(*sig));
    return;
  }
  const std::string key = short_text_key(words);
  if (!key.empty()) doc.add_boolean_term(schema::boolean_term(schema::kLshBandPrefix, key));
}

}  // namespace lisan::dedup
