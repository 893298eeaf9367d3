#include "indexer/index_run.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "indexer/cluster_assigner.h"
#include "indexer/document_builder.h"
#include "indexer/fingerprint.h"
#include "indexer/input_files.h"
#include "indexer/progress.h"
#include "indexer/record_check.h"
#include "indexer/index_writer.h"
#include "indexer/interrupt.h"
#include "indexer/readers/detect.h"
#include "indexer/readers/format_aliases.h"
#include "lisan/core/json_text.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"
#include "lisan/record_json.h"
#include "lisan/schema.h"
#include "lisan/store/compact.h"

namespace lisan::indexer {
namespace {

// Threads for analysis, and shards for a new index: --jobs, else all cores.
unsigned job_count(const IndexOptions& options) {
  return options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
}

// Collects records into batches, builds their documents on `jobs` threads
// (each with its own DocumentBuilder: analyzers are not thread-safe) and
// writes them in input order, so that a later duplicate id wins.
class BatchingSink : public RecordSink {
 public:
  BatchingSink(const IndexOptions& options, IndexWriter& writer, Diagnostics& diagnostics, IndexStats& stats,
               Progress& progress)
      : options_(options), writer_(writer), diagnostics_(diagnostics), stats_(stats), progress_(progress) {
    builders_.resize(job_count(options));
    if (!options.rejects_path.empty()) {
      rejects_.open(options.rejects_path, std::ios::binary | std::ios::trunc);
      if (!rejects_) throw Error::format("{}: cannot write rejects file: {}", options.rejects_path, std::strerror(errno));
    }
  }

  // Starts a new input file: where its bytes begin in the run's total, and
  // whether to remember the ids read (to remove stale ones afterwards).
  void begin_file(const std::string& path, std::uint64_t bytes_before, bool track_ids) {
    (void)path;
    bytes_before_ = bytes_before;
    track_ids_ = track_ids;
    seen_ids_.clear();
  }
  const std::set<std::string>& seen_ids() const { return seen_ids_; }

  void accept(Record&& record) override {
    // An id made from a file name that is not UTF-8 would be printed with
    // U+FFFD and could never be typed back to `show`; \xff escapes keep it
    // unique and typeable.
    if (!utf8::is_valid(record.id)) record.id = utf8::escape_invalid(record.id);
    // The one check every record passes before it becomes a document.
    if (const std::string problem = record_problem(record); !problem.empty()) {
      const Provenance& p = record.provenance;
      return reject(Location{p.file, p.line, p.position}, problem, json_text(record_to_json(record)));
    }
    ++stats_.read;
    progress_.update(stats_.read, bytes_before_ + record.provenance.offset);
    if (track_ids_) seen_ids_.insert(schema::id_term(record.id));
    pending_bytes_ += record.text.size();
    pending_.push_back(std::move(record));
    // Bounded by text too: analysing builds ~30 bytes per byte of text, so 512
    // parts of a 50 MB text file at once peaked at 1.5 GB (issue 17).
    if (pending_.size() >= options_.batch || pending_bytes_ >= kMaxPendingTextBytes) flush();
  }

  void reject(const Location& where, const std::string& reason, std::string_view raw) override {
    count_reject(where, reason, raw, /*print=*/true);
  }

  void count_reject(const Location& where, const std::string& reason, std::string_view raw, bool print) {
    ++stats_.read;
    ++stats_.rejected;
    if (print) {
      progress_.clear();
      diagnostics_.error(where, reason + "; record skipped");
    }
    if (rejects_.is_open()) {
      nlohmann::json line = {{"file", where.file}, {"reason", reason}};
      if (where.line) line["line"] = where.line;
      if (!where.detail.empty()) line["position"] = where.detail;
      line["record"] = std::string(raw.substr(0, 1 << 16));
      rejects_ << json_text(line) << '\n';
    }
  }

  void reject_quietly(const Location& where, const std::string& reason, std::string_view raw) override {
    count_reject(where, reason, raw, /*print=*/false);
  }

  void note(const Location& where, Severity severity, const std::string& message) override {
    progress_.clear();
    diagnostics_.report(severity, where, message);
  }

  void skip(const Location& where, const std::string& reason) override {
    ++stats_.read;
    ++stats_.skipped;
    diagnostics_.report(Severity::kNote, where, reason + "; skipped");
  }

  bool stopping() const override { return interrupted(); }

  void flush() {
    if (pending_.empty()) return;
    std::vector<BuiltDocument> built(pending_.size());
    const std::size_t jobs = std::min(builders_.size(), pending_.size());
    const auto work = [&](std::size_t worker) {
      for (std::size_t i = worker; i < pending_.size(); i += jobs) built[i] = builders_[worker].build(pending_[i]);
    };
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < jobs; ++w) threads.emplace_back(work, w);
    work(0);
    for (auto& t : threads) t.join();
    for (std::size_t i = 0; i < built.size(); ++i) {
      if (built[i].invalid_utf8 > 0) {
        ++stats_.invalid_utf8;
        progress_.clear();
        const Provenance& p = pending_[i].provenance;
        diagnostics_.warning(Location{p.file, p.line, p.position},
                             fmt::format("{} invalid UTF-8 sequence(s) replaced with U+FFFD", built[i].invalid_utf8));
      }
      clusters_.assign(built[i]);  // issue 6: near-duplicate cluster id; needs the documents written before
      if (writer_.put(built[i]) == IndexWriter::Outcome::kReplaced) ++stats_.replaced;
      else ++stats_.added;
    }
    pending_.clear();
    pending_bytes_ = 0;
  }

 private:
  const IndexOptions& options_;
  IndexWriter& writer_;
  Diagnostics& diagnostics_;
  IndexStats& stats_;
  std::vector<DocumentBuilder> builders_;
  static constexpr std::size_t kMaxPendingTextBytes = 8 << 20;
  std::vector<Record> pending_;
  std::size_t pending_bytes_ = 0;
  std::ofstream rejects_;
  Progress& progress_;
  std::uint64_t bytes_before_ = 0;
  bool track_ids_ = false;
  std::set<std::string> seen_ids_;
  ClusterAssigner clusters_{writer_};  // issue 6 (indexer/cluster_assigner.h)
};

}  // namespace

std::string IndexStats::summary() const {
  std::string s = fmt::format("{} record(s) read: {} indexed, {} replaced, {} skipped, {} rejected", read, added,
                              replaced, skipped, rejected);
  if (deleted) s += fmt::format("; {} deleted", deleted);
  if (stale) s += fmt::format("; {} no longer in their changed input, removed", stale);
  if (unchanged_inputs) s += fmt::format("; {} unchanged input(s) skipped", unchanged_inputs);
  s += fmt::format("; index holds {} document(s)", documents);
  if (bytes_before_compact)
    s += fmt::format(", compacted from {:.1f} to {:.1f} MB", bytes_before_compact / 1e6, bytes_after_compact / 1e6);
  s += fmt::format("; {:.2f} s", seconds);
  if (interrupted) s += " (interrupted: everything above is committed)";
  return s;
}

namespace {

// Removes the documents that came from `file` earlier and whose ids were not
// seen when the changed file was read again.
std::uint64_t remove_stale(IndexWriter& writer, const std::string& file, const std::set<std::string>& seen_ids) {
  if (writer.is_set()) {
    // The shards as committed: a stale document was committed by an earlier run.
    const Xapian::Database db = writer.open_committed();
    const std::string file_term = schema::boolean_term(schema::kSourceFilePrefix, file);
    std::vector<std::string> stale;
    for (auto p = db.postlist_begin(file_term); p != db.postlist_end(file_term); ++p) {
      auto t = db.termlist_begin(*p);
      t.skip_to(std::string(schema::kIdPrefix));
      if (t == db.termlist_end(*p) || (*t).rfind(std::string(schema::kIdPrefix), 0) != 0) continue;
      if (!seen_ids.count(*t)) stale.push_back(*t);
    }
    std::uint64_t removed = 0;
    for (const auto& term : stale)
      if (writer.remove_term(term)) ++removed;
    return removed;
  }
  Xapian::WritableDatabase& db = writer.database();
  const std::string file_term = schema::boolean_term(schema::kSourceFilePrefix, file);
  std::vector<std::string> stale;
  for (auto p = db.postlist_begin(file_term); p != db.postlist_end(file_term); ++p) {
    auto t = db.termlist_begin(*p);
    t.skip_to(std::string(schema::kIdPrefix));
    if (t == db.termlist_end(*p)) continue;
    const std::string id_term = *t;
    if (id_term.rfind(std::string(schema::kIdPrefix), 0) != 0) continue;
    if (!seen_ids.count(id_term)) stale.push_back(id_term);
  }
  for (const auto& term : stale) db.delete_document(term);
  return stale.size();
}

// More shards than cores only add merge work; beyond 4 the merge and the
// analysis threads leave nothing to gain on the machines lisan targets.
constexpr unsigned kMaxShards = 4;

// An index whose documents were all deleted may still remember inputs; a
// run over it must be able to remove their stale records: no shards then.
bool has_input_fingerprints(IndexWriter& writer) {
  Xapian::WritableDatabase& db = writer.database();
  const std::string prefix(schema::kMetaInputPrefix);
  return db.metadata_keys_begin(prefix) != db.metadata_keys_end(prefix);
}

}  // namespace

IndexStats run_index(const IndexOptions& options, Diagnostics& diagnostics) {
  const auto start = std::chrono::steady_clock::now();
  IndexStats stats;
  IndexWriter writer(options.db, options.commit_every, options.shards);
  if (const auto& resumed = writer.resumed_merge())
    diagnostics.report(Severity::kNote, Location{options.db, 0, {}},
                       fmt::format("merged the documents an earlier build kept in {}.shards ({:.1f} MB)",
                                   options.db, resumed->bytes_after / 1e6));
  const Xapian::doccount documents_before = writer.document_count();
  const unsigned jobs = job_count(options);
  // A new index is built in shards, one writer thread each, merged at the end
  // (indexer/index_writer.h): Xapian's one writer is most of a bulk build.
  if (!writer.is_set() && options.compact && jobs >= 2 && documents_before == 0 && options.delete_ids.empty() &&
      !has_input_fingerprints(writer))
    writer.write_in_shards(std::min(jobs, kMaxShards));

  for (const std::string& id : options.delete_ids) {
    if (writer.remove(id)) ++stats.deleted;
    else diagnostics.warning(Location{options.db, 0, {}}, fmt::format("--delete {}: no such document", id));
  }

  const std::vector<InputFile> files = expand_inputs(options.inputs, diagnostics, stats.failed_inputs);
  std::uint64_t total_bytes = 0;
  for (const auto& f : files) {
    std::error_code ec;
    if (f.path != "-") total_bytes += std::filesystem::file_size(f.path, ec);
  }
  Progress progress(options.progress, total_bytes);
  BatchingSink sink(options, writer, diagnostics, stats, progress);
  std::uint64_t bytes_before = 0;

  for (const InputFile& input : files) {
    if (interrupted()) break;
    std::string format = options.format;
    // A platform alias (--format telegram) detects among that platform's readers.
    const FormatAlias* alias = find_format_alias(format);
    if (alias && alias->formats.size() == 1) format = alias->formats.front(), alias = nullptr;
    if (format == "auto" || alias) {
      format = detect_format(input.path);
      if (alias && !alias_covers(*alias, format)) {
        diagnostics.error(Location{input.path, 0, {}},
                          fmt::format("--format {}: this input does not look like {} ({}); input skipped",
                                      alias->alias, alias->what,
                                      format.empty() || format.rfind("skip:", 0) == 0 ? "its format is unknown"
                                                                                      : "it looks like " + format));
        ++stats.failed_inputs;
        continue;
      }
      if (format.rfind("skip:", 0) == 0) {
        diagnostics.report(Severity::kNote, Location{input.path, 0, {}}, format.substr(5) + "; input skipped");
        continue;
      }
      if (format.empty()) {
        diagnostics.error(Location{input.path, 0, {}},
                          fmt::format("cannot tell the format of this input; name it with --format ({})",
                                      reader_formats()));
        ++stats.failed_inputs;
        continue;
      }
    }
    ReaderOptions reader_options = options.reader;
    reader_options.base_dir = input.base_dir;
    std::unique_ptr<Reader> reader = make_reader(format, reader_options);
    if (!reader && (options.format == "auto" || find_format_alias(options.format))) {
      diagnostics.error(Location{input.path, 0, {}},
                        fmt::format("looks like '{}', which this lisan cannot read yet; input skipped", format));
      ++stats.failed_inputs;
      continue;
    }
    if (!reader)
      throw UsageError(fmt::format("unknown --format '{}' (known: {}; aliases: {})", format, reader_formats(),
                                   format_alias_help()));

    // Incremental runs: an input whose content is unchanged is not read again.
    // Not when it had rejected records or other reader options: fixing
    // those is why the user runs again (indexer/fingerprint.h).
    std::optional<Fingerprint> fingerprint;
    std::optional<Fingerprint> previous;
    std::string key;
    if (input.path != "-") {
      fingerprint = fingerprint_file(input.path);
      key = fingerprint_key(input.path);
      previous = Fingerprint::from_json(writer.get_metadata(key));
      if (fingerprint) fingerprint->options = reader_options_key(format, reader_options);
      if (fingerprint && previous && !options.force && previous->same_content(*fingerprint)) {
        const std::string why = previous->reason_to_read_again(*fingerprint);
        if (why.empty()) {
          ++stats.unchanged_inputs;
          diagnostics.report(Severity::kNote, Location{input.path, 0, {}},
                             fmt::format("unchanged since {}; not read again (--force reads it)", previous->indexed_at));
          bytes_before += fingerprint->size;
          continue;
        }
        diagnostics.report(Severity::kNote, Location{input.path, 0, {}}, "read again: " + why);
      }
    }

    const std::uint64_t read_before = stats.read, rejected_before = stats.rejected;
    sink.begin_file(input.path, bytes_before, /*track_ids=*/previous.has_value());
    bool complete = false;
    try {
      reader->read(input.path, sink);
      complete = !interrupted();
      ++stats.inputs;
    } catch (const IndexWriteError&) {
      throw;  // the index, not this input: the run ends (the message says how to finish)
    } catch (const Error& e) {
      diagnostics.error(Location{}, e.what());
      ++stats.failed_inputs;
    }
    sink.flush();
    if (complete && previous) stats.stale += remove_stale(writer, input.path, sink.seen_ids());
    if (complete && fingerprint) {
      fingerprint->format = format;
      fingerprint->records = stats.read - read_before;
      fingerprint->rejected = stats.rejected - rejected_before;  // not done while > 0: read again next run
      fingerprint->indexed_at = format_iso_utc(static_cast<std::int64_t>(std::time(nullptr)));
      // Same transaction as the file's last documents: never marked done
      // unless they are committed too.
      writer.set_metadata(key, fingerprint->to_json());
    }
    if (fingerprint) bytes_before += fingerprint->size;
  }
  sink.flush();
  progress.clear();
  stats.interrupted = interrupted();
  // Shards are merged even after an interrupt: that commits what is done.
  const bool compact =
      options.compact && !stats.interrupted && stats.added > 0 && stats.added >= documents_before;
  try {
    if (const auto c = writer.finish(compact)) {
      stats.bytes_before_compact = c->bytes_before;
      stats.bytes_after_compact = c->bytes_after;
    }
  } catch (const IndexWriteError&) {
    throw;
  } catch (const Error& e) {
    if (writer.sharded()) throw;  // the documents are in the shards only (the message says how to finish)
    diagnostics.warning(Location{writer.path(), 0, {}},
                        std::string(e.what()) + "; the index is whole as written, only not compacted");
  }
  stats.documents = Xapian::Database(writer.path()).get_doccount();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace lisan::indexer
