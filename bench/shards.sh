#!/usr/bin/env bash
# bench/shards.sh: query latency of one index against shard sets, local and
# served by xapian-tcpsrv on loopback (issue 14), over the fixed query set.
#
#   bench/shards.sh [N] [SHARDS...]      (default: N=100000, shards 1 2 4)
#
# Builds the scale-N corpus (bench/corpus/build_corpus.py, deterministic),
# indexes it as one index and as sets of each SHARDS count (lisan-index
# --shards K), then for each layout runs query_bench (warm, in-process,
# bench/queries.json, $ROUNDS rounds) on: the index; the set (local shards);
# the set with every shard behind its own xapian-tcpsrv (remote). Records
# per layout: index bytes, bytes per message, indexing wall and CPU seconds,
# and per query p50/p95; the load average before each step. Writes
# bench/out/shards-N.json and prints a Markdown table for bench/RESULTS.md.
# On 2 shared cores 10^6 takes hours; run it where it fits.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}; shift || true
SHARDS=("$@"); [ ${#SHARDS[@]} -gt 0 ] || SHARDS=(1 2 4)
ROUNDS=${ROUNDS:-50}
BUILD=${LISAN_BENCH_BUILD:-build/bench}
OUT=${LISAN_BENCH_OUT:-bench/out}
PORT=${BASE_PORT:-9300}

[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j2 --target lisan-index query_bench >/dev/null
[ -f "$OUT/corpus/scale$N.jsonl" ] || python3 bench/corpus/build_corpus.py --out "$OUT" --scale "$N" >&2
corpus="$OUT/corpus/scale$N.jsonl"
[ -f "$corpus" ] || { echo "shards.sh: no $corpus" >&2; exit 2; }
idx="$OUT/idx/shards$N"; mkdir -p "$idx"
results="$OUT/shards-$N.json"; echo "[" > "$results"; first=1

emit() { [ $first -eq 1 ] && first=0 || echo "," >> "$results"; echo "$1" >> "$results"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
bytes() { du -sb "$1" | cut -f1; }

# index NAME [--shards K]: wall and CPU seconds of one lisan-index run.
index() {
  local db="$idx/$1"; shift
  rm -rf "$db" "$db.lock"
  local t0; t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$idx/time" "$BUILD/indexer/lisan-index" --db "$db" -q "$@" "$corpus" 2>/dev/null
  local wall; wall=$(echo "$(date +%s.%N) - $t0" | bc)
  local cpu; cpu=$(awk '{print $1 + $2}' "$idx/time")
  echo "$wall $cpu $(bytes "$db")"
}

# bench LAYOUT DB: query_bench's rows, tagged.
bench() {
  local la; la=$(load)
  "$BUILD/bench/query_bench" bench/queries.json "$ROUNDS" scale "$2" |
    while read -r row; do emit "{\"layout\": \"$1\", \"load\": \"$la\", \"row\": $row}"; done
}

read -r wall cpu size < <(index one)
emit "{\"layout\": \"one\", \"index\": {\"wall\": $wall, \"cpu\": $cpu, \"bytes\": $size, \"messages\": $N}, \"load\": \"$(load)\"}"
bench one "$idx/one"
for k in "${SHARDS[@]}"; do
  read -r wall cpu size < <(index "set$k" --shards "$k")
  emit "{\"layout\": \"set$k\", \"index\": {\"wall\": $wall, \"cpu\": $cpu, \"bytes\": $size, \"messages\": $N}, \"load\": \"$(load)\"}"
  bench "set$k-local" "$idx/set$k"
  stub=$(scripts/serve-shards --base-port "$PORT" --stub "$idx/set$k.remote" "$idx/set$k")
  bench "set$k-remote" "$stub"
  for p in $(cat "$stub.pids"); do kill -- "-$p" 2>/dev/null || true; done
  PORT=$((PORT + k))
done
echo "]" >> "$results"

python3 - "$results" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
idx = {r["layout"]: r["index"] for r in rows if "index" in r}
q = {}
for r in rows:
    if "row" in r:
        q.setdefault(r["layout"], []).append(r["row"])
print("| layout | index MB | bytes/message | index wall s | index CPU s |")
print("|---|---:|---:|---:|---:|")
for k, v in idx.items():
    print(f"| {k} | {v['bytes']/1e6:.1f} | {v['bytes']/v['messages']:.0f} | {v['wall']:.1f} | {v['cpu']:.1f} |")
print()
layouts = list(q)
print("| query | " + " | ".join(f"{l} p50/p95 ms" for l in layouts) + " |")
print("|---|" + "---:|" * len(layouts))
names = [r["name"] for r in q[layouts[0]]]
for n in names:
    cells = []
    for l in layouts:
        r = next((x for x in q[l] if x["name"] == n), None)
        cells.append(f"{r['p50_us']/1e3:.2f} / {r['p95_us']/1e3:.2f}" if r else "-")
    print(f"| {n} | " + " | ".join(cells) + " |")
med = lambda xs: sorted(xs)[len(xs)//2]
print("| **median p50** | " + " | ".join(f"{med([r['p50_us'] for r in q[l]])/1e3:.2f}" for l in layouts) + " |")
PY
