// The index schema: every term prefix, value slot and metadata key lisan
// uses, in one place (Omega's conventions, docs/termprefixes.rst). No other
// file spells a prefix or a slot number. schemas/index.md is the human copy;
// tests/unit/core/schema_test.cc fails when the two drift apart.
//
// Bump kSchemaVersion whenever anything here changes meaning: an index of
// another version is refused with a message to re-index.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace lisan::schema {

inline constexpr int kSchemaVersion = 3;

// ---- Free-text terms (with positions unless noted) ------------------------
// Folded words have no prefix: lower-case, so they never look like a prefix.
// Exact forms are written only where they tell something the folded term
// does not: in a document where some occurrence of a folded word is written
// differently (capitals, marks, variants), every occurrence of that word gets
// its XE term and the document gets the folded word under kExactMarkedPrefix.
// Where every occurrence is written as its folded form, the folded term's
// positions are the exact ones (query/query_builder.cc: `=word`).
inline constexpr std::string_view kExactPrefix = "XE";      // surface form, case and marks kept
inline constexpr std::string_view kExactMarkedPrefix = "XV";  // folded word with other written forms here (no positions)
inline constexpr std::string_view kTitlePrefix = "S";       // folded title words
inline constexpr std::string_view kFoldPrefix = "XF";       // Turkish letters ASCII-folded (no positions)
// Stems: "Z" + upper-case language code, no positions: ZEN, ZNL, ZTR, ZAR.
// A stem of one language can never match a document segment of another.
std::string stem_prefix(std::string_view lang);

// ---- Boolean filter terms (one exact term per value) ----------------------
inline constexpr std::string_view kIdPrefix = "Q";          // unique id (replace_document key)
inline constexpr std::string_view kLangPrefix = "L";        // ISO 639-1; every language present
inline constexpr std::string_view kSourcePrefix = "XSOURCE";
inline constexpr std::string_view kChannelPrefix = "G";     // Omega: newsgroup or similar
inline constexpr std::string_view kAuthorPrefix = "A";
inline constexpr std::string_view kHashtagPrefix = "K";     // folded tag without '#'
inline constexpr std::string_view kMentionPrefix = "XMENTION";
inline constexpr std::string_view kDomainPrefix = "H";      // host of a URL, lower-cased
inline constexpr std::string_view kUrlPrefix = "U";         // full URL (hashed when long)
inline constexpr std::string_view kKindPrefix = "XKIND";    // post, reply, retweet, ...
inline constexpr std::string_view kYearPrefix = "Y";        // YYYY (UTC)
inline constexpr std::string_view kMonthPrefix = "M";       // YYYYMM (UTC)
inline constexpr std::string_view kDayPrefix = "D";         // YYYYMMDD (UTC)
inline constexpr std::string_view kSourceFilePrefix = "XFILE";  // input file the record came from
// Near-duplicate clusters (lisan/dedup/, indexer/cluster_assigner.h).
inline constexpr std::string_view kLshBandPrefix = "XLSH";     // LSH band: 2 hex band no. + 16 hex band hash
inline constexpr std::string_view kClusterPrefix = "XCLUSTER"; // cluster id (decimal): its termfreq is the size

// ---- Value slots ---------------------------------------------------------
enum Slot : Xapian::valueno {
  kDateSlot = 0,     // sortable_serialise(UTC epoch seconds): sort and exact ranges
  kDaySlot = 1,      // "YYYYMMDD" UTC: day ranges, timelines
  kLangSlot = 2,     // dominant language ("" = und)
  kSourceSlot = 3,   // source as written
  kChannelSlot = 4,  // channel as written (facets show the original spelling)
  kAuthorSlot = 5,   // author as written
  kKindSlot = 6,     // kind
  kClusterSlot = 7,  // near-duplicate cluster id, decimal (a collapse key)
  // Multi-valued slots for facets: the document's distinct values as
  // join_facet_values() writes them (one "key\tshown" entry per line).
  kHashtagsSlot = 8,  // hashtags: folded tag \t spelling as written (no '#')
  kMentionsSlot = 9,  // mentions: folded handle \t handle as written (no '@')
  kDomainsSlot = 10,  // URL and e-mail hosts (key and shown alike)
  kSignatureSlot = 11,  // MinHash signature of the text (lisan/dedup/minhash.h encode())
};

// A multi-valued slot's value: entries "key\tshown" joined by '\n', sorted by
// key. Keys group spellings (#FreeTheCaptives, #freethecaptives); facets count
// keys and show the commonest spelling.
struct FacetEntry {
  std::string key;
  std::string shown;
};
std::string join_facet_values(const std::vector<FacetEntry>& entries);
std::vector<FacetEntry> split_facet_values(std::string_view value);

// ---- Database metadata keys ----------------------------------------------
inline constexpr std::string_view kMetaSchemaVersion = "lisan.schema_version";
inline constexpr std::string_view kMetaAnalyzerVersion = "lisan.analyzer_version";
inline constexpr std::string_view kMetaIndexId = "lisan.index_id";
inline constexpr std::string_view kMetaCreated = "lisan.created";
inline constexpr std::string_view kMetaInputPrefix = "lisan.input:";  // + path -> fingerprint JSON
inline constexpr std::string_view kMetaClusterNext = "lisan.cluster_next";  // next free cluster id (decimal)

// Xapian 1.4's backends cap a term at 245 bytes.
inline constexpr std::size_t kMaxTermBytes = 240;

// prefix + value, with Omega's ':' rule: a value that starts with a capital
// letter or ':' after a multi-letter X prefix gets a ':' between the two.
// Values longer than kMaxTermBytes are cut and given a hash suffix so that
// distinct long values stay distinct.
std::string boolean_term(std::string_view prefix, std::string_view value);

std::string id_term(std::string_view id);
std::string lang_term(std::string_view lang);
// Channel, author, source and kind values are folded (case, NFKC) so that
// `channel:dawnrelief` finds "DawnRelief".
std::string channel_term(std::string_view channel);
std::string author_term(std::string_view author);
std::string source_term(std::string_view source);
std::string kind_term(std::string_view kind);
std::string domain_term(std::string_view host);
std::string url_term(std::string_view url);
std::string year_term(int year);
std::string month_term(int year, unsigned month);
std::string day_term(int year, unsigned month, unsigned day);
std::string cluster_term(std::string_view cluster_id);

// A stem term: stem_prefix(lang) + stem.
std::string stem_term(std::string_view lang, std::string_view stem);

// The host of a URL ("https://www.Example.nl/x" -> "example.nl"; a leading
// "www." is dropped), or "" when there is none.
std::string url_host(std::string_view url);

// Every prefix and slot above, by name, for the test that keeps
// schemas/index.md in step with this file.
struct Entry {
  std::string_view name;   // e.g. "hashtag"
  std::string code;        // prefix ("K") or slot ("slot 0")
};
const std::vector<Entry>& entries();

}  // namespace lisan::schema
