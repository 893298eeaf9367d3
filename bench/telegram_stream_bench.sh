#!/bin/sh
# telegram_stream_bench.sh: checks that the Telegram Desktop JSON reader
# streams. Generates a synthetic result.json of N messages (default 500000,
# ~0.5 GB, written message by message, four languages, entities, some \xHH
# escapes), then reports throughput and peak RSS (/usr/bin/time -v) of
#   1. telegram_read_bench: the reader alone (a sink that counts), at N/5 and N
#      messages: flat peak RSS means memory does not grow with the file;
#   2. lisan-index --format auto on the N-message file (reader + analysis +
#      Xapian writer).
# Generated data goes to $OUT (default bench/out/telegram, gitignored) and is
# not committed.
#
# usage: bench/telegram_stream_bench.sh [BUILD_DIR] [MESSAGES]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
n=${2:-500000}
out=${OUT:-$here/out/telegram}
mkdir -p "$out"

generate() {  # generate COUNT FILE
  python3 - "$1" "$2" <<'PY'
import json, random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(42)
words = {
  "en": "the families wait for news from the prison letters donations volunteers write every week campaign".split(),
  "ar": "العائلات تنتظر الأخبار من السجن الرسائل التبرعات المتطوعون يكتبون كل أسبوع الحملة".split(),
  "tr": "aileler cezaevinden haber bekliyor mektuplar bağışlar gönüllüler her hafta yazıyor kampanya".split(),
  "nl": "de families wachten op nieuws uit de gevangenis brieven donaties vrijwilligers schrijven elke week".split(),
}
tags = ["FreeTheCaptives", "أنقذوا_الأسرى", "EsirlereÖzgürlük", "VrijheidVoorGevangenen", "TalSefra40"]
# 997 message templates in Telegram's layout (one-space indent), with the id
# and date left as %d: formatting a template is cheap, json.dumps is not.
templates = []
for k in range(997):
    lang = rng.choice(list(words))
    body = " ".join(rng.choice(words[lang]) for _ in range(rng.randint(8, 60)))
    parts = [body + " ", {"type": "hashtag", "text": "#" + rng.choice(tags)}]
    if k % 3 == 0:
        parts += [" ", {"type": "link", "text": "https://example.org/%d" % k}]
    if k % 7 == 0:
        parts += [" ", {"type": "mention_name", "text": "Someone", "user_id": 6000000000 + k}]
    m = {"id": 111111111, "type": "message", "date": "2021-01-01T00:00:00", "date_unixtime": "222222222",
         "from": "Bench Channel", "from_id": "channel1700000001", "text": parts,
         "text_entities": [({"type": "plain", "text": p} if isinstance(p, str) else p) for p in parts]}
    s = json.dumps(m, ensure_ascii=False, indent=1).replace("%", "%%")
    if k % 100 == 0:  # Telegram's invalid control-character escape
        s = s.replace(body[:5], body[:5] + "\\x0B", 2)
    s = s.replace("111111111", "%d").replace("222222222", "%d").replace("\n", "\n  ")
    templates.append(s)
with open(path, "w", encoding="utf-8") as f:
    f.write('{\n "name": "Bench Channel",\n "type": "public_channel",\n "id": 1700000001,\n "messages": [\n  ')
    t = 1630000000
    out = []
    for i in range(1, n + 1):
        t += 1 + i % 97
        out.append(templates[i % 997] % (i, t))
        if len(out) == 10000:
            f.write(",\n  ".join(out))
            out = []
            if i < n:
                f.write(",\n  ")
    if out:
        f.write(",\n  ".join(out))
    f.write("\n ]\n}")
PY
}

small=$((n / 5))
[ -f "$out/result_$n.json" ] || generate "$n" "$out/result_$n.json"
[ -f "$out/result_$small.json" ] || generate "$small" "$out/result_$small.json"
ls -l "$out/result_$small.json" "$out/result_$n.json"

peak() { grep -E "Maximum resident set size|Elapsed \(wall" "$1" | sed 's/^[[:space:]]*/  /'; }

for count in "$small" "$n"; do
  echo "== reader only, $count messages"
  /usr/bin/time -v "$build/bench/telegram_read_bench" "$out/result_$count.json" 2>"$out/time_read_$count.txt"
  peak "$out/time_read_$count.txt"
done

echo "== lisan-index --format auto, $n messages"
rm -rf "$out/db"
/usr/bin/time -v "$build/indexer/lisan-index" --db "$out/db" --format auto --quiet "$out/result_$n.json" \
  2>"$out/time_index.txt" || true
grep -E "record\(s\) read" "$out/time_index.txt" || tail -3 "$out/time_index.txt"
peak "$out/time_index.txt"
