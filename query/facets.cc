#include "query/facets.h"

#include <algorithm>

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/schema.h"
#include "query/option_list.h"

namespace lisan::query {
namespace {

struct FacetDef {
  const char* name;
  enum { kSingle, kMulti, kDayPrefix } kind;
  Xapian::valueno slot;
  std::size_t day_chars;  // for year (4) and month (6)
};

const std::vector<FacetDef>& defs() {
  static const std::vector<FacetDef> kDefs = {
      {"lang", FacetDef::kSingle, schema::kLangSlot, 0},
      {"source", FacetDef::kSingle, schema::kSourceSlot, 0},
      {"channel", FacetDef::kSingle, schema::kChannelSlot, 0},
      {"author", FacetDef::kSingle, schema::kAuthorSlot, 0},
      {"kind", FacetDef::kSingle, schema::kKindSlot, 0},
      {"hashtag", FacetDef::kMulti, schema::kHashtagsSlot, 0},
      {"mention", FacetDef::kMulti, schema::kMentionsSlot, 0},
      {"domain", FacetDef::kMulti, schema::kDomainsSlot, 0},
      {"year", FacetDef::kDayPrefix, schema::kDaySlot, 4},
      {"month", FacetDef::kDayPrefix, schema::kDaySlot, 6},
  };
  return kDefs;
}

const FacetDef* find_def(const std::string& name) {
  for (const auto& d : defs())
    if (name == d.name) return &d;
  return nullptr;
}

// "202110" -> "2021-10"; "2021" stays.
std::string show_period(const std::string& digits) {
  return digits.size() == 6 ? digits.substr(0, 4) + "-" + digits.substr(4) : digits;
}

}  // namespace

const std::vector<std::string>& facet_names() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> out;
    for (const auto& d : defs()) out.emplace_back(d.name);
    return out;
  }();
  return kNames;
}

std::vector<std::string> parse_facet_list(const std::string& list) {
  std::vector<std::string> out;
  for (std::string name : split_option_list(list)) {
    if (name == "tag") name = "hashtag";
    if (!find_def(name)) {
      std::string known;
      for (const auto& n : facet_names()) known += (known.empty() ? "" : ",") + n;
      throw UsageError(fmt::format("--facets: unknown facet '{}'; use any of {}", name, known));
    }
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  if (out.empty()) throw UsageError("--facets: name at least one facet, e.g. --facets lang,hashtag");
  return out;
}

void MultiValueCountSpy::operator()(const Xapian::Document& doc, double) {
  ++total_;
  const std::string value = doc.get_value(slot_);
  if (value.empty()) {
    ++without_;
    return;
  }
  for (auto& e : schema::split_facet_values(value)) {
    auto& [count, spellings] = counts_[e.key];
    ++count;
    ++spellings[e.shown];
  }
}

std::map<std::string, FacetValue> MultiValueCountSpy::counts() const {
  std::map<std::string, FacetValue> out;
  for (const auto& [key, entry] : counts_) {
    const auto& [count, spellings] = entry;
    // The commonest spelling; ties go to the first in byte order (stable).
    auto best = spellings.begin();
    for (auto it = spellings.begin(); it != spellings.end(); ++it)
      if (it->second > best->second) best = it;
    out[key] = {best == spellings.end() ? key : best->first, count};
  }
  return out;
}

void sort_facet_values(std::vector<FacetValue>& values, std::size_t limit) {
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (limit > 0 && values.size() > limit) values.resize(limit);
}

FacetCollector::FacetCollector(std::vector<std::string> names, bool want_days) : names_(std::move(names)) {
  for (const auto& n : names_) {
    const FacetDef* d = find_def(n);
    if (!d) continue;
    if (d->kind == FacetDef::kSingle) single_[n] = std::make_unique<Xapian::ValueCountMatchSpy>(d->slot);
    else if (d->kind == FacetDef::kMulti) multi_[n] = std::make_unique<MultiValueCountSpy>(d->slot);
    else want_days = true;
  }
  if (want_days) days_ = std::make_unique<Xapian::ValueCountMatchSpy>(schema::kDaySlot);
}

FacetCollector::~FacetCollector() = default;

std::vector<Xapian::MatchSpy*> FacetCollector::spies() const {
  std::vector<Xapian::MatchSpy*> out;
  for (const auto& [n, s] : single_) out.push_back(s.get());
  for (const auto& [n, s] : multi_) out.push_back(s.get());
  if (days_) out.push_back(days_.get());
  return out;
}

std::map<std::string, Xapian::doccount> FacetCollector::day_counts() const {
  std::map<std::string, Xapian::doccount> out;
  if (!days_) return out;
  for (auto it = days_->values_begin(); it != days_->values_end(); ++it)
    if (!(*it).empty()) out[*it] = it.get_termfreq();
  return out;
}

Xapian::doccount FacetCollector::undated() const {
  if (!days_) return 0;
  Xapian::doccount dated = 0;
  for (const auto& [day, n] : day_counts()) dated += n;
  return days_->get_total() - dated;
}

std::vector<FacetResult> FacetCollector::results(std::size_t limit) const {
  std::vector<FacetResult> out;
  for (const auto& n : names_) {
    const FacetDef* d = find_def(n);
    FacetResult r;
    r.name = n;
    if (auto it = single_.find(n); it != single_.end()) {
      Xapian::doccount with = 0;
      for (auto v = it->second->values_begin(); v != it->second->values_end(); ++v) {
        if ((*v).empty()) continue;  // an empty slot value means none (e.g. lang und)
        r.values.push_back({*v, v.get_termfreq()});
        with += v.get_termfreq();
      }
      r.without = it->second->get_total() - with;
    } else if (auto m = multi_.find(n); m != multi_.end()) {
      for (const auto& [key, v] : m->second->counts()) r.values.push_back(v);
      r.without = m->second->without();
    } else if (d && d->kind == FacetDef::kDayPrefix) {
      std::map<std::string, Xapian::doccount> periods;
      for (const auto& [day, count] : day_counts()) periods[day.substr(0, d->day_chars)] += count;
      // Periods read best in time order: sort by period, not by count.
      for (const auto& [p, count] : periods) r.values.push_back({show_period(p), count});
      r.without = undated();
      // Every period is shown: a gap in time is information, not clutter.
      r.distinct = static_cast<Xapian::doccount>(r.values.size());
      out.push_back(std::move(r));
      continue;
    }
    r.distinct = static_cast<Xapian::doccount>(r.values.size());
    sort_facet_values(r.values, limit);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace lisan::query
