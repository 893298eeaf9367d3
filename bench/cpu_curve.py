#!/usr/bin/env python3
"""bench/cpu_curve.py: CPU seconds per slice of documents within ONE lisan-index run (issue 12).

    bench/cpu_curve.py [--slice 10000] [--perf-from 0.5 --perf-out FILE] LISAN_INDEX DB CORPUS.jsonl [ARGS...]

Runs `LISAN_INDEX --db DB -q ARGS CORPUS` (DB is removed first) and samples it every
--every seconds: the process's CPU time (user + system, all threads, /proc/PID/stat) and
how far it has read CORPUS (the file offset in /proc/PID/fdinfo), turned into a record
count with the corpus's line offsets. Prints, per slice of --slice records, the CPU
seconds and milliseconds of CPU per record, then the tail after the last record was
read (final flush, shard merge, compaction), the totals and the 1-minute load average
at each slice. The reader runs ahead of the writer by at most a batch and the shard
queues (~a few thousand records), so a slice's figure is shifted by that much.

With --perf-from F, `perf record -g` attaches when F of the corpus has been read and
stops when --perf-to of it has been read or the run ends (writes --perf-out).
"""
import argparse, bisect, json, os, shutil, signal, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--slice", type=int, default=10000)
ap.add_argument("--every", type=float, default=1.0)
ap.add_argument("--perf-from", type=float, default=None)
ap.add_argument("--perf-to", type=float, default=None, help="stop perf when this share is read")
ap.add_argument("--perf-out", default="perf.data")
ap.add_argument("--json", default=None, help="also write the samples here")
ap.add_argument("binary"); ap.add_argument("db"); ap.add_argument("corpus")
ap.add_argument("args", nargs=argparse.REMAINDER)
a = ap.parse_args()

offsets = []  # byte offset of the end of each line
with open(a.corpus, "rb") as f:
    pos = 0
    for line in f:
        pos += len(line)
        offsets.append(pos)
total_bytes = offsets[-1] if offsets else 0
tick = os.sysconf("SC_CLK_TCK")
corpus_real = os.path.realpath(a.corpus)

def cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick  # utime, stime (all threads)

def read_pos(pid):
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == corpus_real:
                    with open(f"/proc/{pid}/fdinfo/{fd}") as f:
                        return int(f.readline().split()[1])
            except OSError:
                pass
    except OSError:
        pass
    return None

def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])

shutil.rmtree(a.db, ignore_errors=True)
t0 = time.time()
proc = subprocess.Popen([a.binary, "--db", a.db, "-q", *a.args, a.corpus], stderr=subprocess.PIPE, text=True)
samples = []  # (wall, cpu, records_read, load)
perf = None
last_pos = 0
seen = False
while proc.poll() is None:
    try:
        c = cpu(proc.pid)
    except OSError:
        break
    p = read_pos(proc.pid)
    if p is not None:
        last_pos, seen = p, True
    elif seen:
        last_pos = total_bytes  # the input was read to its end and closed
    records = bisect.bisect_right(offsets, last_pos)
    samples.append((time.time() - t0, c, records, load()))
    if a.perf_from is not None and perf is None and last_pos >= a.perf_from * total_bytes:
        perf = subprocess.Popen(["perf", "record", "-g", "-F", "499", "-o", a.perf_out, "-p", str(proc.pid)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if perf is not None and a.perf_to is not None and perf.poll() is None and last_pos >= a.perf_to * total_bytes:
        perf.send_signal(signal.SIGINT)
        perf.wait()
    time.sleep(a.every)
_, err = proc.communicate()
wall = time.time() - t0
if perf is not None and perf.poll() is None:
    perf.send_signal(signal.SIGINT)
    perf.wait()

summary = err.strip().splitlines()[-1] if err.strip() else ""

print(f"# {a.binary} on {a.corpus}: {len(offsets)} records; exit {proc.returncode}")
print(f"# {summary}")
print("| records | CPU s in slice | ms CPU / record | load (1 min) |")
print("|---:|---:|---:|---:|")
rows = []
n = len(offsets)
bounds = list(range(a.slice, n + 1, a.slice))
if not bounds or bounds[-1] != n:
    bounds.append(n)
# Before reading records, lisan-index hashes the whole input (its fingerprint,
# for incremental runs): the offset runs to the end and back. A suffix minimum
# keeps only where the records reader has surely got to.
low = None
for i in range(len(samples) - 1, -1, -1):
    w, c, r, l = samples[i]
    low = r if low is None else min(low, r)
    samples[i] = (w, c, low, l)
prev_cpu, prev_n = 0.0, 0
for b in bounds:
    hit = next((s for s in samples if s[2] >= b), None)
    if hit is None:
        break
    # Reading finishes before the writer; the record count at EOF is exact only at the end.
    d = hit[1] - prev_cpu
    rows.append({"records": b, "cpu": d, "ms_per_record": 1000 * d / max(1, b - prev_n), "load": hit[3]})
    print(f"| {prev_n + 1}-{b} | {d:.1f} | {1000 * d / max(1, b - prev_n):.2f} | {hit[3]:.1f} |")
    prev_cpu, prev_n = hit[1], b
end_cpu = samples[-1][1] if samples else 0.0
print(f"| tail after the last record was read | {end_cpu - prev_cpu:.1f} | | {samples[-1][3] if samples else 0:.1f} |")
print(f"\ntotal: {wall:.1f} s wall, {end_cpu:.1f} CPU-s (last sample); index {sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(a.db) for f in fs) / 1e6:.1f} MB")
if a.json:
    with open(a.json, "w") as f:
        json.dump({"samples": samples, "slices": rows, "wall": wall, "summary": summary}, f)
sys.exit(proc.returncode)
