// The JSON API of lisan-serve, one function per route, over the same library
// as lisan-query: every answer is what `lisan-query --format json` prints
// for the same run (the json printer renders it), so a script can switch
// between the two. http_server.cc maps paths to these; they know nothing of
// HTTP beyond a status and a content type.
//
//   GET /api/search     hits (+ facets, timeline, kwic when asked)   lisan-query --format json
//   GET /api/facets     counts over all matches                      lisan-query --facets --count
//   GET /api/timeline   matches per day/week/month                   lisan-query --timeline --count
//   GET /api/doc/ID     one document in full                         lisan-query show ID --format json
//   GET /api/chain/ID   the document and the ones it replies to / forwards, up the chain
//   GET /api/similar/ID documents like it                             lisan-query similar ID
//   GET /api/cluster/ID its near-duplicate cluster                    lisan-query cluster ID
//   GET /api/spread/ID  how it spread                                 lisan-query --spread ID
//   GET /api/storm      most repeated messages                        lisan-query --group-by cluster
//   GET /api/collapse   one hit per cluster                           lisan-query --collapse
//   GET /api/top        ?field=hashtag ...                            lisan-query --top FIELD
//   GET /api/cooccur    ?field=hashtag ...                            lisan-query --cooccur FIELD
//   GET /api/info       what the index holds                          lisan-query info
//   GET /api/network    ?kind=co-link&format=json|csv|graphml|gexf    lisan-query --network KIND [--graph F]
//   POST /api/batch     one query per line -> counts (json or csv)    lisan-query --queries
//   GET /api/export     all matches as csv or jsonl, or the manifest  lisan-query --format csv|jsonl --manifest
//
// Each request opens the index itself (a Xapian::Database per request, so
// requests run in parallel and see lisan-index's latest commit) and is
// redone from the start when a commit overtakes it (store::with_fresh_reads).
//
// Thread safety: every function may run on many threads at once.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "server/request_params.h"

namespace lisan::serve {

struct ServeContext {
  std::vector<std::string> dbs;
  Limits limits;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::string filename;  // set: a download (Content-Disposition: attachment)
};

// `route` is the path after /api/ up to the first '/', `id` what follows it
// (URL-decoded). Throws ApiError for a request it cannot answer (404 for an
// unknown route or id).
ApiResponse handle_get(const ServeContext& context, const std::string& route, const std::string& id,
                       const Params& params);
ApiResponse handle_batch(const ServeContext& context, const Params& params, const std::string& body);

// /api/export: plan_export checks the request (ApiError) and names the
// content type and file before anything is sent; run_export then writes the
// whole result in steps of Limits::export_page hits through `write` (false
// when the client has gone: the export stops), from one index revision.
struct ExportPlan {
  std::string format;  // csv, jsonl or manifest
  std::string content_type, filename;
};
ExportPlan plan_export(const ServeContext& context, const Params& params);
void run_export(const ServeContext& context, const Params& params, const std::function<bool(const std::string&)>& write);

}  // namespace lisan::serve
