// DocumentBuilder: Record + its analysis -> Xapian::Document, using only the
// names in lisan/schema.h. This is the one place that decides which terms,
// values and data a document gets; the query builder mirrors it.
//
// Thread safety: a DocumentBuilder owns an Analyzer; use one per thread.
#pragma once

#include <xapian.h>

#include "lisan/analysis/analyzer.h"
#include "lisan/dedup/document_signature.h"
#include "lisan/record.h"

namespace lisan::indexer {

struct BuiltDocument {
  Xapian::Document document;
  std::string id_term;      // the unique term to replace_document() on
  std::string lang;         // dominant language after detection ("" = und)
  int invalid_utf8 = 0;     // invalid byte sequences replaced in text and title
  dedup::DocumentSignature signature;  // near-duplicate signature and band terms (in `document` too)
};

class DocumentBuilder {
 public:
  DocumentBuilder() = default;

  BuiltDocument build(const Record& record) const;

 private:
  analysis::Analyzer analyzer_;
};

}  // namespace lisan::indexer
