#!/usr/bin/env python3
"""fts5_bench.py: the SQLite FTS5 peer in bench/run (python3's sqlite3 module,
which has FTS5). Tokenizer unicode61 with remove_diacritics 2, as a user
would pick for multilingual text; FTS5 has no stemmer for ar/nl/tr, so it
matches surface forms only (its hit counts show what that costs).

  fts5_bench.py index DB FILE.tsv      -> {"docs":.., "seconds":..}
  fts5_bench.py query DB QUERIES.json ROUNDS SET  -> one JSON object per query

Body, title and tags (hashtags, mentions, domains) are FTS5 columns; id,
lang, date (yyyymmdd), source, channel, author are UNINDEXED columns that
queries filter on with SQL. A query is timed as ORDER BY rank LIMIT 10 with
the rows read (ranking scores every match, so the count costs no more); the
hit count is a separate untimed COUNT(*).
"""
import json
import os
import sqlite3
import sys
import time

SCHEMA = ("CREATE VIRTUAL TABLE docs USING fts5(title, text, tags, id UNINDEXED, lang UNINDEXED, "
          "date UNINDEXED, source UNINDEXED, channel UNINDEXED, author UNINDEXED, "
          "tokenize = 'unicode61 remove_diacritics 2')")


def index(db, tsv):
    start = time.perf_counter()
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    con.execute(SCHEMA)
    def rows():
        with open(tsv, encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                # id lang day source channel author title text hashtags mentions urls domains
                yield (c[6], c[7], " ".join(c[8:12]).strip(), c[0], c[1], c[2], c[3], c[4], c[5])
    with con:
        con.executemany("INSERT INTO docs(title, text, tags, id, lang, date, source, channel, author) "
                        "VALUES (?,?,?,?,?,?,?,?,?)", rows())
    n = con.execute("SELECT count(*) FROM docs").fetchone()[0]
    con.close()
    print(json.dumps({"docs": n, "seconds": time.perf_counter() - start}))


def percentile(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(p * (len(v) - 1) + 0.5))]


def query(db, queries, rounds, subset):
    con = sqlite3.connect(db)
    with open(queries, encoding="utf-8") as f:
        qs = json.load(f)
    for q in qs:
        if q.get("only", subset) != subset:
            continue
        match = q.get("fts5", q.get("q"))
        where = q.get("fts5_where", "")
        cond = "docs MATCH ?" + (" AND " + where if where else "")
        top = f"SELECT id, text FROM docs WHERE {cond} ORDER BY rank LIMIT 10"
        hits = con.execute(f"SELECT count(*) FROM docs WHERE {cond}", (match,)).fetchone()[0]
        con.execute(top, (match,)).fetchall()  # warm-up
        micros, cpu = [], []
        for _ in range(rounds):
            c0 = time.thread_time()
            t0 = time.perf_counter()
            con.execute(top, (match,)).fetchall()
            micros.append((time.perf_counter() - t0) * 1e6)
            cpu.append((time.thread_time() - c0) * 1e6)
        print(json.dumps({"name": q["name"], "hits": hits, "p50_us": percentile(micros, 0.5),
                          "p95_us": percentile(micros, 0.95), "cpu_p50_us": percentile(cpu, 0.5), "rounds": rounds}, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "index":
        index(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 6 and sys.argv[1] == "query":
        query(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    else:
        sys.exit("usage: fts5_bench.py index DB FILE.tsv | query DB QUERIES.json ROUNDS SET")
