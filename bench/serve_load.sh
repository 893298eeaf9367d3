#!/usr/bin/env bash
# Bounded load test of lisan-serve on loopback (docs/web.md, "Load"): indexes
# corpus/ into a temporary index, starts the server on an ephemeral port,
# runs CLIENTS keep-alive clients for SECONDS (default 8 x 20 s), prints
# throughput, p50/p95/p99 latency and errors; exits 1 on any error.
#   bench/serve_load.sh [BUILD_DIR] [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}; clients=${2:-8}; seconds=${3:-20}
tmp=$(mktemp -d); trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
inputs=(); for d in corpus/jsonl corpus/telegram corpus/twitter corpus/csv corpus/articles; do [ -e "$d" ] && inputs+=("$d"); done
"$build/indexer/lisan-index" --db "$tmp/db" --quiet --format auto "${inputs[@]}" || test $? -le 1
"$build/server/lisan-serve" --db "$tmp/db" --port 0 > "$tmp/out" &
pid=$!
for _ in $(seq 50); do grep -q http "$tmp/out" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$tmp/out")
echo "lisan-serve at $url; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
node bench/serve_load.mjs "$url" "$clients" "$seconds"
