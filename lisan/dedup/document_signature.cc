#include "lisan/dedup/document_signature.h"

#include "lisan/dedup/minhash.h"
#include "lisan/schema.h"

namespace lisan::dedup {

DocumentSignature add_signature(Xapian::Document& doc, const std::vector<analysis::Token>& tokens) {
  DocumentSignature out;
  const std::vector<std::string> words = signature_words(tokens);
  out.signature = minhash(words);
  if (out.signature) {
    for (const std::string& key : band_keys(*out.signature))
      out.band_terms.push_back(schema::boolean_term(schema::kLshBandPrefix, key));
    doc.add_value(schema::kSignatureSlot, encode(*out.signature));
  } else if (const std::string key = short_text_key(words); !key.empty()) {
    out.band_terms.push_back(schema::boolean_term(schema::kLshBandPrefix, key));
  }
  for (const std::string& term : out.band_terms) doc.add_boolean_term(term);
  return out;
}

}  // namespace lisan::dedup
