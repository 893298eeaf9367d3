#include "query/query_run.h"

#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "lisan/cli/version_text.h"
#include "lisan/core/error.h"
#include "lisan/date.h"
#include "lisan/schema.h"
#include "lisan/store/index_store.h"
#include "query/facets.h"
#include "query/kwic.h"
#include "query/names/names_report.h"

namespace lisan::query {

std::vector<std::string> report_warnings(const Report& report) {
  std::vector<std::string> out;
  if (report.partial()) out.push_back(partial_warning(report.missing_shards));
  for (const WildcardExpansion& w : report.wildcards)
    if (w.truncated())
      out.push_back(fmt::format("wildcard '{}' matches {} different words in the index; only the {} most frequent "
                                "were searched, so documents with only the other {} are not counted: make the "
                                "prefix longer",
                                w.pattern, w.matched, w.used, w.matched - w.used));
  for (std::string& note : names::names_warnings(report)) out.push_back(std::move(note));
  if (report.sorted_by_date && report.undated_sorted_last > 0)
    out.push_back(fmt::format("{} of the matches have no date: they are listed last", report.undated_sorted_last));
  return out;
}

std::string partial_warning(const std::vector<store::MissingShard>& missing) {
  std::string names;
  for (const store::MissingShard& m : missing) names += (names.empty() ? "" : "; ") + m.name + " (" + m.reason + ")";
  return fmt::format("PARTIAL result (--allow-partial): {} shard(s) not searched, their documents are not counted: {}",
                     missing.size(), names);
}

std::string truncation_note(const Report& report) {
  const SearchResult& r = report.result;
  if (report.every_match || report.count_only || report.has_new) return "";
  const Xapian::doccount first = r.hits.empty() ? 0 : r.hits.front().rank;
  const Xapian::doccount last = r.hits.empty() ? 0 : r.hits.back().rank;
  if (r.estimated == 0 || (first == 1 && last >= r.estimated)) return "";
  const std::string of = fmt::format("{}{}", r.lower_bound == r.upper_bound ? "" : "about ", r.estimated);
  const std::string shown = r.hits.empty()         ? "showing none"
                            : first == 1           ? fmt::format("showing {}", last)
                                                   : fmt::format("showing {}-{}", first, last);
  return fmt::format("{} of {} matches; use --all or --limit 0 for every match", shown, of);
}

Report start_report(const QueryOptions& options) {
  Report report;
  report.query = options.query;
  report.flags = options.flags;
  report.db_paths = options.dbs;
  report.explain = options.explain;
  report.count_only = options.count_only;
  report.lisan_version = cli::version_number();
  report.run_at = format_iso_utc(static_cast<std::int64_t>(std::time(nullptr)));
  return report;
}

void run_search(const QueryPlan& plan, const analysis::Analyzer& analyzer, const Searcher& searcher,
                const Xapian::Query& query, const std::set<std::string>& terms, Report& report) {
  const QueryOptions& options = plan.options;
  report.xapian_query = query.get_description();
  report.index = store::read_info(searcher.database());
  report.shards = searcher.shards();
  report.missing_shards = searcher.missing_shards();
  count_wildcard_terms(searcher.database(), report.wildcards);

  std::unique_ptr<FacetCollector> facets;
  if (!options.facets.empty() || options.timeline)
    facets = std::make_unique<FacetCollector>(options.facets, options.timeline.has_value());
  SearchRequest request;
  request.query = query;
  request.offset = options.offset;
  request.limit = options.count_only ? 0 : options.limit;
  request.sort = options.sort;
  if (facets) request.spies = facets->spies();
  report.result = searcher.search(request);
  if (options.collect_ids || options.exclude_ids) report.all_ids = searcher.ranked_ids(request);
  if (options.exclude_ids) {
    // Only the matches that are new; ranks stay those of the whole result.
    report.has_new = true;
    report.result.hits.clear();
    Xapian::doccount skipped = 0;
    for (std::size_t i = 0; i < report.all_ids.size(); ++i) {
      if (options.exclude_ids->count(report.all_ids[i])) continue;
      ++report.new_matches;
      if (options.count_only || skipped++ < options.offset || report.result.hits.size() >= options.limit) continue;
      if (std::optional<Hit> hit = searcher.find_by_id(report.all_ids[i])) {
        hit->rank = static_cast<Xapian::doccount>(i + 1);
        report.result.hits.push_back(std::move(*hit));
      }
    }
  }

  if (options.sort != SortOrder::kRelevance) {
    report.sorted_by_date = true;
    report.undated_sorted_last = searcher.count_undated(query);
  }
  report.every_match = options.every_match;
  if (facets) {
    report.facets = facets->results(options.facet_limit);
    if (options.timeline) {
      report.has_timeline = true;
      report.timeline_unit = *options.timeline;
      // A side the user bounded with --since/--until is not clipped.
      ClippedDays clipped = clip_days(facets->day_counts(), plan.first_day, plan.last_day);
      report.timeline = make_timeline(clipped.kept, *options.timeline);
      clipped.kept.clear();
      report.timeline_clip = std::move(clipped);
      report.undated = facets->undated();
    }
  }
  add_hit_details(plan, analyzer, terms, report);
}

void add_hit_details(const QueryPlan& plan, const analysis::Analyzer& analyzer, const std::set<std::string>& terms,
                     Report& report) {
  const QueryOptions& options = plan.options;
  report.snippets.clear();
  report.kwic_lines.clear();
  for (const Hit& hit : report.result.hits)
    report.snippets.push_back(make_snippet(analyzer, hit.record.text, hit.record.lang, terms, options.snippet_chars));
  if (options.kwic) {
    report.kwic = true;
    report.kwic_width = options.kwic_width;
    for (std::size_t i = 0; i < report.result.hits.size(); ++i) {
      const Hit& hit = report.result.hits[i];
      for (KwicLine& line : make_kwic(analyzer, hit.record.text, hit.record.lang, terms, options.kwic_width,
                                          plan.kwic_min_words))
        report.kwic_lines.emplace_back(i, std::move(line));
    }
  }
}

Report stream_plan(const QueryPlan& unbound, const analysis::Analyzer& analyzer, const Searcher& searcher,
                   std::size_t page_size, const std::function<void(const Report& page, bool first)>& on_page) {
  const QueryPlan plan = with_vocabulary(unbound, analyzer, searcher.database());  // ~names
  // The counts, facets and timeline first (no hits), then the pages.
  QueryPlan counting = plan;
  counting.options.limit = 0;
  Report header = run_plan(counting, analyzer, searcher);
  header.every_match = true;
  SearchRequest request;
  request.query = plan.query;
  request.offset = plan.options.offset;
  request.sort = plan.options.sort;
  bool first = true;
  Xapian::doccount written = 0;
  Report page = header;
  const auto emit = [&](SearchResult& hits) {
    written += static_cast<Xapian::doccount>(hits.hits.size());
    page.result.estimated = hits.estimated;  // exact: every match was ranked
    page.result.lower_bound = hits.lower_bound;
    page.result.upper_bound = hits.upper_bound;
    page.result.hits = std::move(hits.hits);
    add_hit_details(plan, analyzer, plan.terms, page);
    on_page(page, first);
    first = false;
  };
  searcher.for_each_page(request, page_size, emit);
  if (first) on_page(header, true);  // no match from the offset on: the header alone
  header.hits_streamed = written;
  return header;
}

Report run_plan(const QueryPlan& unbound, const analysis::Analyzer& analyzer, const Searcher& searcher) {
  const QueryPlan plan = with_vocabulary(unbound, analyzer, searcher.database());  // ~names
  Report report = start_report(plan.options);
  report.parsed = plan.parsed;
  report.words = plan.words;
  report.wildcards = plan.wildcards;
  run_search(plan, analyzer, searcher, plan.query, plan.terms, report);
  names::add_names_report(plan, analyzer, searcher, report);

  // --explain without --fold: how many more documents the opt-in Turkish
  // ASCII folding would find, so a researcher can decide knowingly.
  if (plan.options.explain && !plan.options.build.fold) {
    if (const std::optional<QueryPlan> folded = with_fold(plan, analyzer, &searcher.database())) {
      SearchRequest count;
      count.query = folded->query;
      count.limit = 0;
      const Xapian::doccount with_fold = searcher.search(count).estimated;
      report.fold_would_add = with_fold > report.result.estimated ? with_fold - report.result.estimated : 0;
      report.fold_counted = true;
    }
  }
  return report;
}

Report run_query(const QueryOptions& options, const analysis::Analyzer& analyzer) {
  const QueryPlan plan = make_plan(options, analyzer);
  return store::run_on_index(options.dbs, options.read,
                             [&](const store::OpenIndex& index) { return run_plan(plan, analyzer, Searcher(index)); });
}

}  // namespace lisan::query
