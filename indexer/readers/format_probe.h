// Format detection for --format auto (docs/input-formats.md §6), as probes: one
// predicate per format over a file's name and its first 64 KiB. The registry
// (registry.cc) lists {name, probe, factory} in the spec's order and the
// first probe that says yes names the format, so one rule decides per file.
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace lisan::indexer {

// What a probe looks at.
struct ProbeInput {
  ProbeInput(std::string_view file_name, std::string_view raw_head, bool result_json_beside);

  std::string name;          // the file name, ASCII letters lowered
  std::string_view raw;      // the first bytes as read
  std::string_view head;     // without a BOM and leading white space
  std::string_view line1;    // the first line of `head`
  bool result_json_beside;   // a result.json in the same directory

  // `what` within the first `within` bytes of head (all of it by default).
  bool head_has(std::string_view what, std::size_t within = std::string_view::npos) const;
  bool line1_has(std::string_view what) const;
  // A member "key": "value..." on line 1, with or without a space after ':'.
  bool line1_member(std::string_view key, std::string_view value_prefix) const;
  // Head or line 1 starts with `c` ('{', '[', '<').
  bool head_opens(char c) const { return !head.empty() && head.front() == c; }
  bool line1_opens(char c) const { return !line1.empty() && line1.front() == c; }
  bool name_ends(std::string_view suffix) const;
};

// One predicate per detected format or verdict, named after it.
namespace probe {
bool telegram_json(const ProbeInput& in);
bool telegram_html_beside_json(const ProbeInput& in);
bool telegram_html(const ProbeInput& in);
bool twitter_archive(const ProbeInput& in);
bool twitter_archive_notes(const ProbeInput& in);
bool twitter_archive_other(const ProbeInput& in);
bool twarc2_compliance(const ProbeInput& in);
bool twarc2(const ProbeInput& in);
bool twarc2_flat(const ProbeInput& in);
bool twitter_v1_line(const ProbeInput& in);
bool snscrape_twitter(const ProbeInput& in);
bool snscrape_telegram(const ProbeInput& in);
bool fourcat_telegram(const ProbeInput& in);
bool telegram_tracker(const ProbeInput& in);
bool twitter_v1_document(const ProbeInput& in);
bool jsonl(const ProbeInput& in);
bool unknown_json(const ProbeInput& in);
bool html(const ProbeInput& in);
bool email(const ProbeInput& in);
bool id_list(const ProbeInput& in);
bool fourcat_telegram_csv(const ProbeInput& in);
bool fourcat_twitter_csv(const ProbeInput& in);
bool dmi_tcat(const ProbeInput& in);
bool twarc_csv(const ProbeInput& in);
bool telegram_tracker_csv(const ProbeInput& in);
bool csv(const ProbeInput& in);
bool text(const ProbeInput& in);
}  // namespace probe

}  // namespace lisan::indexer
