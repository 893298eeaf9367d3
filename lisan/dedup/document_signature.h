// Puts a text's near-duplicate signature into its Xapian document: the LSH
// band terms (schema::kLshBandPrefix) that let the cluster assigner find
// candidates through the index, and the MinHash signature itself
// (schema::kSignatureSlot) to check them. The DocumentBuilder calls this with
// the body's tokens; indexer/cluster_assigner.h reads what it wrote.
//
// Thread safety: pure function of its arguments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "lisan/analysis/token.h"
#include "lisan/dedup/minhash.h"

namespace lisan::dedup {

// What add_signature put into the document, so the cluster assigner need not
// read it back: the signature (none for texts under kMinWords words) and the
// band terms, prefix included (one short-text key when there is no signature).
struct DocumentSignature {
  std::optional<Signature> signature;
  std::vector<std::string> band_terms;
};

DocumentSignature add_signature(Xapian::Document& doc, const std::vector<analysis::Token>& tokens);

}  // namespace lisan::dedup
