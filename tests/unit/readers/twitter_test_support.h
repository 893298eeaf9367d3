// Test support for the tweet readers: the shared CollectingSink
// (tests/support/collecting_sink.h) as TweetSink, a record's meta as JSON and
// the sample paths. Header-only; used by twitter_*_test.cc.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "lisan/record.h"
#include "tests/support/collecting_sink.h"

namespace lisan::indexer::test {

// The tweet tests' name for the shared sink.
using TweetSink = lisan::test::CollectingSink;
using lisan::test::iso;

inline nlohmann::json meta(const Record& r) {
  return r.meta_json.empty() ? nlohmann::json::object() : nlohmann::json::parse(r.meta_json);
}

inline std::string twitter_sample(const std::string& name) {
  return std::string(LISAN_TEST_DATA) + "/samples/twitter/" + name;
}

}  // namespace lisan::indexer::test
