// Plain-text rendering of the campaign views' JSON (cluster_views.h,
// value_stats.h): one readable block per view, for a terminal or a pipe.
//
// Thread safety: pure function.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace lisan::query::campaign {

std::string render_text(const nlohmann::json& view);

}  // namespace lisan::query::campaign
