#!/usr/bin/env python3
"""telegram_export.py: a Telegram Desktop result.json of N messages made from
the corpus builder's real text, for bench/telegram_stream_bench.sh.

  telegram_export.py --messages N --output PATH [--out bench/out] [--shared DIR]

The text is build_corpus.py's --scale messages (real Quran, UDHR, Brown and
man-page sentences in ar/en/nl/tr with hashtags, @mentions and URLs, the same
fixed seed), laid out as one public supergroup the way Telegram Desktop writes
it: one-space indent, "text" as a string or a mixed array, "text_entities",
date + date_unixtime. Around them, in fixed proportions (fixed seed, so every
run writes the same bytes):
  - service messages (~3%: joins by link, invites, pins, title edits, leaves)
    among the N, plus the create_group message that opens the chat;
  - forwards (~12%, forwarded_from a channel of the message's language),
    replies (~20%, to one of the previous 300 messages), edits (~6%);
  - photos (~8%) and video files (~3%) with captions, voice messages without
    text (~2%), reactions (~10%);
  - formatting entities besides hashtag/mention/link: bold, italic, text_link
    with an href, mention_name with a user_id;
  - one message in 5,000 carries Telegram's invalid "\\x0B" escape.
The file is written message by message (nothing but the text list is held),
so N is bounded by the text list, not by the JSON. Standard library only.
"""
import argparse
import datetime as dt
import json
import os
import random
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_corpus as corpus  # noqa: E402  (the real text and the entity splitter)

CHAT = {"name": "lisan bench supergroup · مجموعة · grup · groep", "type": "public_supergroup",
        "id": 1000000002}
REACTIONS = ["👍", "❤", "🔥", "😢", "😡", "👏", "🤔"]


def local(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def stamp(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%d-%m-%Y_%H-%M-%S")


def user_id(author):
    return 6000000000 + corpus.authors_index(author)


def dated(m, t):
    m["date"] = local(t)
    m["date_unixtime"] = str(t)


def service(rng, i, t, author, recent):
    m = {"id": i, "type": "service"}
    dated(m, t)
    m["actor"] = author
    m["actor_id"] = "user%d" % user_id(author)
    kind = rng.random()
    if kind < 0.5:
        m["action"] = "join_group_by_link"
        m["inviter"] = "Group"
    elif kind < 0.7:
        m["action"] = "invite_members"
        m["members"] = ["user%05d" % rng.randrange(5000) for _ in range(rng.randint(1, 3))]
    elif kind < 0.85:
        m["action"] = "pin_message"
        m["message_id"] = rng.choice(recent) if recent else 1
    elif kind < 0.95:
        m["action"] = "remove_members"
        m["members"] = [author]
    else:
        m["action"] = "edit_group_title"
        m["title"] = CHAT["name"]
    m["text"] = ""
    m["text_entities"] = []
    return m


def formatted(rng, d):
    """build_corpus's text array (plain / hashtag / mention / link) with some of
    Telegram's formatting entities mixed in."""
    parts, _ = corpus.telegram_text(d)
    out = []
    for p in parts:
        if isinstance(p, dict) and p["type"] == "mention" and rng.random() < 0.1:
            # A mention of a user without a username: the display name and a user_id.
            name = p["text"][1:]
            out.append({"type": "mention_name", "text": name, "user_id": user_id(name)})
        elif isinstance(p, str) and len(p) > 40 and rng.random() < 0.2:
            # Bold or italic the first few words; or a word as a text_link.
            cut = p.find(" ", 15)
            if cut < 0:
                out.append(p)
            elif rng.random() < 0.7:
                out += [{"type": rng.choice(["bold", "italic"]), "text": p[:cut]}, p[cut:]]
            else:
                end = p.find(" ", cut + 1)
                end = len(p) if end < 0 else end
                href = "https://%s/%x" % (rng.choice(corpus.DOMAINS), rng.randrange(16**6))
                out += [p[:cut + 1], {"type": "text_link", "text": p[cut + 1:end], "href": href}, p[end:]]
        else:
            out.append(p)
    if len(out) == 1 and isinstance(out[0], str):
        text = out[0]  # Telegram writes a plain string when there are no entities
    else:
        text = [p for p in out if p != ""]
    entities = [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in out if p != ""]
    return text, entities


def message(rng, i, t, d, recent):
    m = {"id": i, "type": "message"}
    dated(m, t)
    if rng.random() < 0.06:
        e = t + rng.randint(30, 7200)
        m["edited"] = local(e)
        m["edited_unixtime"] = str(e)
    m["from"] = d["author"]
    m["from_id"] = "user%d" % user_id(d["author"])
    r = rng.random()
    if r < 0.12:
        m["forwarded_from"] = d["channel"]
    elif r < 0.32 and recent:
        m["reply_to_message_id"] = rng.choice(recent)
    media = rng.random()
    voice = False
    if media < 0.08:
        m["photo"] = "photos/photo_%d@%s.jpg" % (i, stamp(t))
        m["photo_file_size"] = rng.randint(40000, 400000)
        m["width"], m["height"] = rng.choice([(1280, 720), (1080, 1350), (960, 1280), (800, 800)])
    elif media < 0.11:
        m["file"] = "video_files/video_%d@%s.mp4" % (i, stamp(t))
        m["file_name"] = "video_%d.mp4" % i
        m["file_size"] = rng.randint(10**6, 5 * 10**7)
        m["thumbnail"] = m["file"] + "_thumb.jpg"
        m["media_type"] = "video_file"
        m["mime_type"] = "video/mp4"
        m["duration_seconds"] = rng.randint(5, 600)
        m["width"], m["height"] = 1280, 720
    elif media < 0.13:
        voice = True
        m["file"] = "voice_messages/audio_%d@%s.ogg" % (i, stamp(t))
        m["file_size"] = rng.randint(8000, 400000)
        m["media_type"] = "voice_message"
        m["mime_type"] = "audio/ogg"
        m["duration_seconds"] = rng.randint(2, 180)
    if voice:
        m["text"], m["text_entities"] = "", []
    else:
        m["text"], m["text_entities"] = formatted(rng, d)
    if rng.random() < 0.1:
        m["reactions"] = [{"type": "emoji", "count": rng.randint(1, 40), "emoji": e}
                          for e in rng.sample(REACTIONS, rng.randint(1, 3))]
    return m


def layout(m, i):
    """One message as Telegram Desktop writes it inside "messages"."""
    s = json.dumps(m, ensure_ascii=False, indent=1)
    if i % 5000 == 2500:
        # Telegram writes a control character as \xHH, which is not JSON: put
        # one at a space of the first plain text (never inside an escape).
        plain = next((e["text"] for e in m["text_entities"] if e["type"] == "plain" and " " in e["text"][3:]), "")
        if plain:
            t = json.dumps(plain, ensure_ascii=False)[1:-1]
            cut = t.find(" ", 3)
            s = s.replace(t, t[:cut] + "\\x0B" + t[cut:])
    return s.replace("\n", "\n  ")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, required=True, help="messages in the export, service ones included")
    ap.add_argument("--output", required=True, help="the result.json to write")
    ap.add_argument("--out", default=os.path.join(repo, "bench", "out"), help="build_corpus.py's --out (its cache)")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(repo), "shared", "corpora"),
                    help="folder with the npm tarballs (default ../shared/corpora)")
    args = ap.parse_args()

    base = corpus.base_docs(types.SimpleNamespace(out=args.out, shared=args.shared))
    docs = sorted(corpus.scale_docs(base, args.messages), key=lambda d: d["date"])
    rng = random.Random(23)
    tmp = args.output + ".part"
    counts = {"service": 0, "forward": 0, "reply": 0, "media": 0, "text_bytes": 0}
    with open(tmp, "w", encoding="utf-8") as f:
        f.write('{\n "name": %s,\n "type": "%s",\n "id": %d,\n "messages": [\n  '
                % (json.dumps(CHAT["name"], ensure_ascii=False), CHAT["type"], CHAT["id"]))
        first = docs[0]["date"] - 3600 if docs else 0
        opening = {"id": 1, "type": "service", "date": local(first), "date_unixtime": str(first),
                   "actor": "user00000", "actor_id": "user%d" % user_id("user00000"), "action": "create_group",
                   "title": CHAT["name"], "members": ["user00000", "user00001"], "text": "", "text_entities": []}
        f.write(layout(opening, 1))
        recent = []
        for i, d in enumerate(docs[1:], 2):
            if rng.random() < 0.03:
                m = service(rng, i, d["date"], d["author"], recent)
                counts["service"] += 1
            else:
                m = message(rng, i, d["date"], d, recent)
                counts["forward"] += "forwarded_from" in m
                counts["reply"] += "reply_to_message_id" in m
                counts["media"] += "photo" in m or "file" in m
                counts["text_bytes"] += sum(len(e["text"].encode("utf-8")) for e in m["text_entities"])
                recent.append(i)
                if len(recent) > 300:
                    recent.pop(0)
            f.write(",\n  " + layout(m, i))
        f.write("\n ]\n}\n")
    os.replace(tmp, args.output)
    print("telegram_export: %s: %d messages (%d service, %d forwards, %d replies, %d with media),"
          " %.1f MB of JSON, %.1f MB of message text"
          % (args.output, args.messages, counts["service"] + 1, counts["forward"], counts["reply"], counts["media"],
             os.path.getsize(args.output) / 1e6, counts["text_bytes"] / 1e6), file=sys.stderr)

if __name__ == "__main__":
    main()
