#!/bin/sh
# telegram_stream_bench.sh: Telegram export ingest benchmark (issue 4).
# One command: builds lisan-index and telegram_read_bench in Release, writes a
# Telegram Desktop result.json of N messages from real text
# (bench/corpus/telegram_export.py: the corpus builder's ar/en/nl/tr messages
# with hashtags, mentions, links and formatting entities, service messages,
# forwards, replies, edits, media, reactions, a few invalid \xHH escapes), then
# under /usr/bin/time -v
#   1. telegram_read_bench: the streaming reader alone, into a sink that counts;
#   2. lisan-index --db TMP --format auto EXPORT (reader + analysis + Xapian);
# and reports messages, input MB, wall and CPU seconds, messages/s, MB/s, peak
# RSS, the index size on disk, lisan-index's summary line, the commit measured
# and the load average at start and end. Run it at two sizes (e.g. 50000 and
# 200000): a streaming reader keeps the reader's peak RSS flat.
#
# usage: bench/telegram_stream_bench.sh [--messages N] [--build DIR] [--keep] [-- LISAN-INDEX-ARGS...]
#   --messages N  messages in the export, service ones included (default 200000)
#   --build DIR   Release build dir (default $LISAN_BENCH_BUILD, else build/bench,
#                 the one bench/run uses); configured from this checkout if new
#   --keep        keep the index (default: removed after its size is taken)
#   -- ARGS       passed on to lisan-index (e.g. -- -j1)
# Generated exports are cached in $OUT (default bench/out/telegram, gitignored)
# and rewritten when the generator changes; nothing generated is committed.
# docs/benchmarks.md ("Telegram export ingest") has measured figures.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
n=200000
build=${LISAN_BENCH_BUILD:-$repo/build/bench}
keep=0
while [ $# -gt 0 ]; do
  case $1 in
    --messages) n=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "telegram_stream_bench.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
out=${OUT:-$here/out/telegram}
mkdir -p "$out"
say() { echo "telegram_stream_bench [$(date +%H:%M:%S)]: $*" >&2; }

# ---- build (Release; an existing build dir keeps its own source and type)
if [ ! -f "$build/build.ninja" ]; then
  say "configuring $build (Release)"
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-g >/dev/null
fi
say "building lisan-index and telegram_read_bench in $build"
cmake --build "$build" -j2 --target lisan-index telegram_read_bench >/dev/null
src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")
type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo "?")
dirty=$(git -C "$src" status --porcelain 2>/dev/null | wc -l)
[ "$dirty" -eq 0 ] || commit="$commit + $dirty uncommitted change(s) in $src"

# ---- the export (cached; rewritten when the generator is newer)
export_json=$out/telegram_export_$n.json
gen=$here/corpus/telegram_export.py
if [ ! -f "$export_json" ] || [ "$gen" -nt "$export_json" ] || [ "$here/corpus/build_corpus.py" -nt "$export_json" ]; then
  say "writing a $n-message export to $export_json"
  python3 "$gen" --messages "$n" --output "$export_json" 2>"$export_json.txt" || { cat "$export_json.txt" >&2; exit 1; }
fi
mix=$(sed -n 's/^telegram_export: [^ ]*: //p' "$export_json.txt" 2>/dev/null)
bytes=$(stat -c %s "$export_json")

# ---- helpers: figures from a /usr/bin/time -v file
field() { sed -n "s/^[[:space:]]*$2: //p" "$1"; }
wall_s() {  # Elapsed (wall clock) time: h:mm:ss or m:ss.ss -> seconds
  field "$1" 'Elapsed (wall clock) time (h:mm:ss or m:ss)' |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'
}
cpu_s() { awk -v u="$(field "$1" 'User time (seconds)')" -v s="$(field "$1" 'System time (seconds)')" \
  'BEGIN { printf "%.2f", u + s }'; }
rss_mb() { awk -v k="$(field "$1" 'Maximum resident set size (kbytes)')" 'BEGIN { printf "%.1f", k / 1024 }'; }
rate() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { printf f, (b > 0 ? a / b : 0) }'; }
mb=$(rate "$bytes" 1000000 "%.1f")
load_start=$(uptime)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

# ---- 1. the reader alone
say "reader alone: telegram_read_bench on $n messages"
/usr/bin/time -v "$build/bench/telegram_read_bench" "$export_json" >"$out/read_$n.out" 2>"$out/time_read_$n.txt"
read_line=$(cat "$out/read_$n.out")

# ---- 2. lisan-index
db=$out/db_$n
rm -rf "$db"
say "lisan-index --db $db --format auto${*:+ $*} on $n messages"
status=0
/usr/bin/time -v "$build/indexer/lisan-index" --db "$db" --format auto -q "$@" "$export_json" \
  2>"$out/time_index_$n.txt" || status=$?
summary=$(grep '^lisan-index:' "$out/time_index_$n.txt" | tail -1 | sed 's/^lisan-index: //')
size=$(du -sb "$db" 2>/dev/null | cut -f1)
[ "$keep" -eq 1 ] || rm -rf "$db"
load_end=$(uptime)

messages=$(echo "$summary" | sed -n 's/^\([0-9]*\) record(s) read.*/\1/p')
[ -n "$messages" ] || messages=$n
iw=$(wall_s "$out/time_index_$n.txt"); ic=$(cpu_s "$out/time_index_$n.txt")
rw=$(wall_s "$out/time_read_$n.txt"); rc=$(cpu_s "$out/time_read_$n.txt")
report=$out/report_$n.txt
{
  echo "Telegram export ingest: $n messages, $mb MB ($export_json)"
  echo "  export: ${mix:-?}"
  echo "  started $started; lisan $commit ($type build, $build); $(nproc) cores"
  echo "  load at start: $load_start"
  echo "  load at end:   $load_end"
  echo "lisan-index --format auto${*:+ $*} (exit $status):"
  echo "  summary:     $summary"
  echo "  wall $iw s, CPU $ic s (user+sys), $(rate "$messages" "$iw" "%.0f") messages/s, $(rate "$mb" "$iw" "%.2f") MB/s" \
    "($(rate "$messages" "$ic" "%.0f") messages and $(rate "$mb" "$ic" "%.2f") MB per CPU-second)"
  echo "  peak RSS $(rss_mb "$out/time_index_$n.txt") MB; index on disk $(rate "${size:-0}" 1000000 "%.1f") MB"
  echo "reader alone (telegram_read_bench):"
  echo "  $read_line"
  echo "  wall $rw s, CPU $rc s, $(rate "$n" "$rw" "%.0f") messages/s, $(rate "$mb" "$rw" "%.1f") MB/s," \
    "peak RSS $(rss_mb "$out/time_read_$n.txt") MB"
  echo "markdown row (messages | MB | wall s | CPU s | msg/s | MB/s | peak RSS MB | index MB | reader RSS MB):"
  echo "  | $n | $mb | $iw | $ic | $(rate "$messages" "$iw" "%.0f") | $(rate "$mb" "$iw" "%.2f") |" \
    "$(rss_mb "$out/time_index_$n.txt") | $(rate "${size:-0}" 1000000 "%.1f") | $(rss_mb "$out/time_read_$n.txt") |"
} | tee "$report"
say "report in $report; /usr/bin/time output in $out/time_index_$n.txt and $out/time_read_$n.txt"
exit "$status"
