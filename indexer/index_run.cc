#include "indexer/index_run.h"

#include <chrono>
#include <fstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "indexer/cluster_assigner.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/interrupt.h"
#include "indexer/readers/detect.h"
#include "lisan/core/error.h"

namespace lisan::indexer {
namespace {

// Collects records into batches, builds their documents on `jobs` threads
// (each with its own DocumentBuilder: analyzers are not thread-safe) and
// writes them in input order, so that a later duplicate id wins.
class BatchingSink : public RecordSink {
 public:
  BatchingSink(const IndexOptions& options, IndexWriter& writer, Diagnostics& diagnostics, IndexStats& stats)
      : options_(options), writer_(writer), diagnostics_(diagnostics), stats_(stats) {
    unsigned jobs = options.jobs ? options.jobs : std::thread::hardware_concurrency();
    if (jobs == 0) jobs = 1;
    builders_.resize(jobs);
    if (!options.rejects_path.empty()) {
      rejects_.open(options.rejects_path, std::ios::binary | std::ios::trunc);
      if (!rejects_) throw Error::format("{}: cannot write rejects file: {}", options.rejects_path, std::strerror(errno));
    }
  }

  void accept(Record&& record) override {
    ++stats_.read;
    pending_.push_back(std::move(record));
    if (pending_.size() >= options_.batch) flush();
  }

  void reject(const Location& where, const std::string& reason, std::string_view raw) override {
    ++stats_.read;
    ++stats_.rejected;
    diagnostics_.error(where, reason + "; record skipped");
    if (rejects_.is_open()) {
      nlohmann::json line = {{"file", where.file}, {"reason", reason}};
      if (where.line) line["line"] = where.line;
      if (!where.detail.empty()) line["position"] = where.detail;
      line["record"] = std::string(raw.substr(0, 1 << 16));
      rejects_ << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
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
        const Provenance& p = pending_[i].provenance;
        diagnostics_.warning(Location{p.file, p.line, p.position},
                             fmt::format("{} invalid UTF-8 sequence(s) replaced with U+FFFD", built[i].invalid_utf8));
      }
      clusters_.assign(built[i]);  // issue 6: near-duplicate cluster id; needs the documents written before
      if (writer_.put(built[i]) == IndexWriter::Outcome::kReplaced) ++stats_.replaced;
      else ++stats_.added;
    }
    pending_.clear();
  }

 private:
  const IndexOptions& options_;
  IndexWriter& writer_;
  Diagnostics& diagnostics_;
  IndexStats& stats_;
  std::vector<DocumentBuilder> builders_;
  std::vector<Record> pending_;
  std::ofstream rejects_;
  ClusterAssigner clusters_{writer_.database()};  // issue 6 (indexer/cluster_assigner.h)
};

}  // namespace

std::string IndexStats::summary() const {
  std::string s = fmt::format("{} record(s) read: {} indexed, {} replaced, {} skipped, {} rejected", read, added,
                              replaced, skipped, rejected);
  if (deleted) s += fmt::format("; {} deleted", deleted);
  s += fmt::format("; index holds {} document(s); {:.2f} s", documents, seconds);
  if (interrupted) s += " (interrupted: everything above is committed)";
  return s;
}

IndexStats run_index(const IndexOptions& options, Diagnostics& diagnostics) {
  const auto start = std::chrono::steady_clock::now();
  IndexStats stats;
  IndexWriter writer(options.db, options.commit_every);

  for (const std::string& id : options.delete_ids) {
    if (writer.remove(id)) ++stats.deleted;
    else diagnostics.warning(Location{options.db, 0, {}}, fmt::format("--delete {}: no such document", id));
  }

  BatchingSink sink(options, writer, diagnostics, stats);
  for (const std::string& input : options.inputs) {
    if (interrupted()) break;
    std::string format = options.format;
    if (format == "auto") {
      format = detect_format(input);
      if (format.rfind("skip:", 0) == 0) {
        diagnostics.report(Severity::kNote, Location{input, 0, {}}, format.substr(5) + "; input skipped");
        continue;
      }
      if (format.empty()) {
        diagnostics.error(Location{input, 0, {}},
                          fmt::format("cannot tell the format of this input; name it with --format ({})",
                                      reader_formats()));
        ++stats.failed_inputs;
        continue;
      }
    }
    std::unique_ptr<Reader> reader = make_reader(format, options.reader);
    if (!reader && options.format == "auto") {
      diagnostics.error(Location{input, 0, {}},
                        fmt::format("looks like '{}', which this lisan cannot read yet; input skipped", format));
      ++stats.failed_inputs;
      continue;
    }
    if (!reader)
      throw UsageError(fmt::format("unknown --format '{}' (known: {})", format, reader_formats()));
    try {
      reader->read(input, sink);
      ++stats.inputs;
    } catch (const Error& e) {
      diagnostics.error(Location{}, e.what());
      ++stats.failed_inputs;
    }
    sink.flush();
  }
  sink.flush();
  writer.commit();
  stats.interrupted = interrupted();
  stats.documents = writer.document_count();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace lisan::indexer
