// posting_classes: what each class of posting costs in a lisan index (issue 12).
//
//   posting_classes [--docs N] INDEX SCRATCH_DIR [CLASS...]
//
// For each class (folded words, stems, exact forms, title, ASCII folds, LSH
// band terms, cluster terms, boolean filters, value slots, the signature
// value, document data) it prints what the index holds of it (distinct terms,
// postings, positions, bytes of term text) and its marginal cost, measured by
// copying the index twice with Xapian alone: once whole ("all") and once
// without that class. The copy's write CPU (add_document + commit, the same
// commit interval as lisan-index) and its compacted size per table minus the
// whole copy's are what the class costs Xapian. Reading the source is not
// counted. Analysis is not redone, so this is the writer's share only.
//
// Output: one JSON object per line (per class), then a Markdown table.
// SCRATCH_DIR is overwritten; it needs ~3x the index's size. --docs N copies
// only the first N documents (the census still counts them all): the
// shares barely move, and each copy costs a fraction.
#include <time.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>

#include "lisan/schema.h"

namespace {
namespace fs = std::filesystem;
namespace schema = lisan::schema;

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

bool starts_with(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

// Which class a term belongs to. Longest prefixes first: XE/XV/XF/XLSH/...
// all start with X, and Z stems with their language.
std::string term_class(const std::string& t) {
  if (t.empty()) return "folded";
  const unsigned char c = static_cast<unsigned char>(t[0]);
  if (!(c >= 'A' && c <= 'Z')) return "folded";
  if (starts_with(t, schema::kLshBandPrefix)) return "band";
  if (starts_with(t, schema::kClusterPrefix)) return "cluster";
  if (starts_with(t, schema::kExactPrefix)) return "exact";
  if (starts_with(t, schema::kExactMarkedPrefix)) return "exact-marker";
  if (starts_with(t, schema::kFoldPrefix)) return "ascii-fold";
  if (t[0] == 'Z') return "stem";
  if (starts_with(t, schema::kTitlePrefix)) return "title";
  if (starts_with(t, schema::kIdPrefix)) return "id";
  return "boolean";
}

struct Census {
  std::uint64_t terms = 0, postings = 0, positions = 0, term_bytes = 0;
};

struct Variant {
  std::string name;
  std::function<bool(const std::string& term)> drop_term;
  bool drop_values = false, drop_signature = false, drop_data = false;
};

struct Copy {
  double write_cpu = 0;
  std::uintmax_t postlist = 0, termlist = 0, position = 0, docdata = 0, total = 0;
};

std::uintmax_t file_bytes(const fs::path& p) {
  std::error_code ec;
  const auto n = fs::file_size(p, ec);
  return ec ? 0 : n;
}

Copy copy_without(const Xapian::Database& src, const Variant& v, const std::string& scratch, Xapian::doccount limit) {
  const std::string raw = scratch + "/raw", compact = scratch + "/compact";
  fs::remove_all(raw);
  fs::remove_all(compact);
  Copy out;
  {
    Xapian::WritableDatabase dst(raw, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
    std::uint32_t pending = 0;
    Xapian::doccount copied = 0;
    for (auto d = src.postlist_begin(""); d != src.postlist_end("") && copied < limit; ++d, ++copied) {
      const Xapian::Document in = src.get_document(*d);
      Xapian::Document doc;
      for (auto t = in.termlist_begin(); t != in.termlist_end(); ++t) {
        const std::string term = *t;
        if (v.drop_term && v.drop_term(term)) continue;
        if (t.positionlist_count() == 0) {
          doc.add_term(term, t.get_wdf());
          continue;
        }
        Xapian::termcount positions = 0;
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p, ++positions) doc.add_posting(term, *p, 0);
        // add_posting with wdf 0 leaves the wdf to set: keep the source's.
        if (t.get_wdf() > 0) doc.add_term(term, t.get_wdf());
      }
      for (auto s = in.values_begin(); s != in.values_end(); ++s) {
        if (v.drop_values) break;
        if (v.drop_signature && s.get_valueno() == schema::kSignatureSlot) continue;
        doc.add_value(s.get_valueno(), *s);
      }
      if (!v.drop_data) doc.set_data(in.get_data());
      const double t0 = cpu_seconds();
      dst.add_document(doc);
      if (++pending >= 5000) dst.commit(), pending = 0;
      out.write_cpu += cpu_seconds() - t0;
    }
    const double t0 = cpu_seconds();
    dst.commit();
    dst.close();
    out.write_cpu += cpu_seconds() - t0;
  }
  Xapian::Compactor compactor;
  Xapian::Database(raw).compact(compact, Xapian::DBCOMPACT_NO_RENUMBER, 0, compactor);
  out.postlist = file_bytes(compact + "/postlist.glass");
  out.termlist = file_bytes(compact + "/termlist.glass");
  out.position = file_bytes(compact + "/position.glass");
  out.docdata = file_bytes(compact + "/docdata.glass");
  for (const auto& e : fs::directory_iterator(compact)) out.total += file_bytes(e.path());
  fs::remove_all(raw);
  fs::remove_all(compact);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  Xapian::doccount limit = 0;
  if (argc > 2 && std::string(argv[1]) == "--docs") {
    limit = static_cast<Xapian::doccount>(std::stoul(argv[2]));
    argv += 2;
    argc -= 2;
  }
  if (argc < 3) {
    std::fprintf(stderr, "usage: posting_classes [--docs N] INDEX SCRATCH_DIR [CLASS...]\n");
    return 2;
  }
  try {
    const Xapian::Database src(argv[1]);
    if (limit == 0 || limit > src.get_doccount()) limit = src.get_doccount();
    const std::string scratch = argv[2];
    fs::create_directories(scratch);

    // Census by term class.
    std::vector<std::string> order = {"folded", "stem", "exact", "exact-marker", "title", "ascii-fold",
                                      "band", "cluster", "id", "boolean"};
    std::map<std::string, Census> census;
    for (auto t = src.allterms_begin(); t != src.allterms_end(); ++t) {
      const std::string term = *t;
      Census& c = census[term_class(term)];
      ++c.terms;
      c.term_bytes += term.size();
      c.postings += t.get_termfreq();
    }
    // Positions per class: from every document's termlist.
    std::uint64_t value_bytes = 0, signature_bytes = 0, data_bytes = 0;
    for (auto d = src.postlist_begin(""); d != src.postlist_end(""); ++d) {
      const Xapian::Document doc = src.get_document(*d);
      for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        census[term_class(*t)].positions += t.positionlist_count();
      for (auto s = doc.values_begin(); s != doc.values_end(); ++s) {
        value_bytes += (*s).size();
        if (s.get_valueno() == schema::kSignatureSlot) signature_bytes += (*s).size();
      }
      data_bytes += doc.get_data().size();
    }

    std::vector<Variant> variants = {{"all", nullptr}};
    for (const std::string& cls : order)
      variants.push_back({cls, [cls](const std::string& term) { return term_class(term) == cls; }});
    variants.push_back({"values (all slots)", nullptr, true});
    variants.push_back({"signature value", nullptr, false, true});
    variants.push_back({"document data", nullptr, false, false, true});
    std::vector<std::string> only(argv + 3, argv + argc);

    const Copy all = copy_without(src, variants[0], scratch, limit);
    std::printf("{\"class\": \"all\", \"documents\": %u, \"write_cpu\": %.2f, \"bytes\": %ju, \"postlist\": %ju, "
                "\"termlist\": %ju, \"position\": %ju, \"docdata\": %ju}\n",
                limit, all.write_cpu, all.total, all.postlist, all.termlist, all.position, all.docdata);
    std::fflush(stdout);
    std::vector<std::string> rows;
    // In the order asked (all classes when none are).
    std::vector<const Variant*> run;
    if (only.empty())
      for (std::size_t i = 1; i < variants.size(); ++i) run.push_back(&variants[i]);
    for (const std::string& name : only)
      for (const Variant& v : variants)
        if (v.name == name) run.push_back(&v);
    for (const Variant* vp : run) {
      const Variant& v = *vp;
      const Copy c = copy_without(src, v, scratch, limit);
      const Census k = census.count(v.name) ? census[v.name] : Census{};
      const auto mb = [](std::uintmax_t a, std::uintmax_t b) { return (static_cast<double>(a) - static_cast<double>(b)) / 1e6; };
      std::printf("{\"class\": \"%s\", \"terms\": %ju, \"postings\": %ju, \"positions\": %ju, \"term_bytes\": %ju, "
                  "\"write_cpu\": %.2f, \"bytes\": %ju, \"postlist\": %ju, \"termlist\": %ju, \"position\": %ju, "
                  "\"docdata\": %ju}\n",
                  v.name.c_str(), k.terms, k.postings, k.positions, k.term_bytes, c.write_cpu, c.total, c.postlist,
                  c.termlist, c.position, c.docdata);
      std::fflush(stdout);
      std::string counts = k.terms ? fmt::format("{} | {} | {}", k.terms, k.postings, k.positions) : "- | - | -";
      if (v.drop_values) counts = fmt::format("- | - | - ({:.1f} MB of values)", value_bytes / 1e6);
      if (v.drop_signature) counts = fmt::format("- | - | - ({:.1f} MB)", signature_bytes / 1e6);
      if (v.drop_data) counts = fmt::format("- | - | - ({:.1f} MB)", data_bytes / 1e6);
      rows.push_back(fmt::format("| {} | {} | {:.1f} | {:.0f}% | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.2f} | {:.0f}% |",
                                 v.name, counts, mb(all.total, c.total),
                                 100.0 * (static_cast<double>(all.total) - static_cast<double>(c.total)) /
                                     static_cast<double>(all.total),
                                 mb(all.postlist, c.postlist), mb(all.termlist, c.termlist),
                                 mb(all.position, c.position), mb(all.docdata, c.docdata), all.write_cpu - c.write_cpu,
                                 100.0 * (all.write_cpu - c.write_cpu) / all.write_cpu));
    }
    std::printf("\nwhole copy: %u of %u documents, %.1f MB compacted, %.2f write CPU-s\n\n", limit, src.get_doccount(),
                all.total / 1e6, all.write_cpu);
    std::printf("| class | distinct terms | postings | positions | MB | share | postlist MB | termlist MB | "
                "position MB | docdata MB | write CPU-s | share |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& r : rows) std::printf("%s\n", r.c_str());
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "posting_classes: %s\n", e.get_description().c_str());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "posting_classes: %s\n", e.what());
    return 1;
  }
  return 0;
}
