// Puts a text's near-duplicate signature into its Xapian document: the LSH
// band terms (schema::kLshBandPrefix) that let the cluster assigner find
// candidates through the index, and the MinHash signature itself
// (schema::kSignatureSlot) to check them. The DocumentBuilder calls this with
// the body's tokens; indexer/cluster_assigner.h reads what it wrote.
//
// Thread safety: pure function of its arguments.
#pragma once

#include <vector>

#include <xapian.h>

#include "lisan/analysis/token.h"

namespace lisan::dedup {

void add_signature(Xapian::Document& doc, const std::vector<analysis::Token>& tokens);

}  // namespace lisan::dedup
