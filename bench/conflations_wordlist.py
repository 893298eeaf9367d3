#!/usr/bin/env python3
"""Word list of a language from a Debian hunspell dictionary, for bench/conflations.

Usage: bench/conflations_wordlist.py DICT_BASE [--every N] > words.txt
  DICT_BASE  e.g. /usr/share/hunspell/ar (reads ar.dic and ar.aff; packages
             hunspell-ar, hunspell-nl, hunspell-tr, hunspell-en-us)
  --every N  keep every Nth dictionary entry (default 1 = all). Each kept
             entry is expanded in full, so the forms of one lemma stay
             together and conflation classes are whole; Arabic needs a sample
             (the full expansion is well over 18 million forms).

Expansion is hunspell-tools' `unmunch`, which does not read flag aliases
(AF lines, used by hunspell-ar) and crashes on numeric flags (FLAG num, used
by hunspell-tr, whose 6465 affix classes are also more than unmunch's
table holds); aliases are resolved here first, and a dictionary with numeric
flags is expanded here instead (prefixes and suffixes with their conditions
and cross products; continuation classes are refused, hunspell-tr has none).
Two-letter flags (FLAG long, hunspell-nl) are expanded here too: unmunch
reads them one letter at a time, so it applied every verb prefix to every
verb and none of the verb endings (no werkt, werkte for werk/V3Vq).
hunspell-nl's continuation classes are all compounding flags (Ca, Cb, Cp:
whether the form may begin a compound), which make no word of their own;
they are dropped, and so are compounding forms ending in '-' and entries
with the FORBIDDENWORD flag. Output: one
UTF-8 word per line, sorted, without duplicates. Entries that are not words
(hunspell-ar's "stopwords.dic" banner lines) are skipped.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def read_lines(path, encoding):
    with open(path, encoding=encoding, errors="replace") as f:
        return f.read().split("\n")


def aff_encoding(aff_path):
    with open(aff_path, "rb") as f:
        for raw in f:
            if raw.startswith(b"SET"):
                return raw.split()[1].decode("ascii")
    return "ISO8859-1"


def parse_affixes(aff_lines, drop_continuation=False):
    """{flag: (kind, cross, [(strip, add, compiled condition)])} of an .aff."""
    import re
    table = {}
    for line in aff_lines:
        parts = line.split()
        if parts[:1] not in (["PFX"], ["SFX"]) or len(parts) < 4:
            continue
        kind, flag = parts[0], parts[1]
        if flag not in table:  # header: PFX flag cross count
            table[flag] = (kind, parts[2] == "Y", [])
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = "" if parts[3] == "0" else parts[3]
        if "/" in add and drop_continuation:
            add = add.split("/")[0]
        if "/" in add:
            sys.exit("conflations_wordlist: error: continuation classes are not expanded "
                     "for numeric-flag dictionaries")
        cond = parts[4] if len(parts) > 4 and parts[4] != "." else ""
        pattern = re.compile(("^" + cond) if kind == "PFX" else (cond + "$")) if cond else None
        table[flag][2].append((strip, add, pattern))
    return table


def split_flags(flags, long_flags):
    """The flags of a .dic entry: "1,2,3" (FLAG num) or "V3Vq" (FLAG long)."""
    if long_flags:
        return [flags[i:i + 2] for i in range(0, len(flags), 2)]
    return list(filter(None, flags.split(",")))


def expand_entries(entries, table, long_flags=False, forbidden=None):
    """All forms of FLAG num or FLAG long .dic entries."""
    out = set()
    for entry in entries:
        word, _, flags = entry.partition("/")
        flag_list = split_flags(flags, long_flags)
        if forbidden is not None and forbidden in flag_list:
            continue
        out.add(word)
        pfx_forms, sfx_forms = [], []
        for flag in flag_list:
            if flag not in table:
                continue
            kind, cross, rules = table[flag]
            for strip, add, pattern in rules:
                if pattern is not None and not pattern.search(word):
                    continue
                if kind == "SFX" and word.endswith(strip):
                    form = word[: len(word) - len(strip)] + add
                    sfx_forms.append((form, cross, strip, add))
                elif kind == "PFX" and word.startswith(strip):
                    form = add + word[len(strip):]
                    pfx_forms.append((form, cross, strip, add))
        out.update(f for f, *_ in pfx_forms)
        out.update(f for f, *_ in sfx_forms)
        for _, pc, pstrip, padd in pfx_forms:
            for sform, sc, _, _ in sfx_forms:
                if pc and sc and sform.startswith(pstrip):
                    out.add(padd + sform[len(pstrip):])
    return {w for w in out if not w.endswith("-")} if long_flags else out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dict_base")
    ap.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    aff_path, dic_path = args.dict_base + ".aff", args.dict_base + ".dic"
    for p in (aff_path, dic_path):
        if not os.path.exists(p):
            sys.exit(f"conflations_wordlist: error: {p}: not found (install the hunspell-<lang> package)")
    enc = aff_encoding(aff_path)

    # Resolve AF aliases: "AF flags" lines, numbered from 1, replace "/N" in the .dic.
    aliases, aff_out = [], []
    aff_lines = read_lines(aff_path, enc)
    numeric = any(l.split()[:2] == ["FLAG", "num"] for l in aff_lines)
    long_flags = any(l.split()[:2] == ["FLAG", "long"] for l in aff_lines)
    forbidden = next((l.split()[1] for l in aff_lines if l.split()[:1] == ["FORBIDDENWORD"]), None)
    for line in aff_lines:
        parts = line.split()
        if parts[:1] == ["AF"]:
            if len(parts) >= 2 and not (len(parts) == 2 and parts[1].isdigit()):
                aliases.append(parts[1])
            continue  # the "AF <count>" header and the alias lines both go
        aff_out.append(line)

    entries = []
    for line in read_lines(dic_path, enc)[1:]:
        word = line.split("\t")[0].strip()
        if not word or ":" in word or word.endswith(".dic"):
            continue
        stem, _, flags = word.partition("/")
        if flags.isdigit() and aliases:
            index = int(flags)
            if not 1 <= index <= len(aliases):
                sys.exit(f"conflations_wordlist: error: {dic_path}: {word}: flag alias {index} "
                         f"not among the {len(aliases)} AF lines of {aff_path}")
            flags = aliases[index - 1]
        entries.append(stem + ("/" + flags if flags else ""))
    entries = entries[:: max(1, args.every)]
    if numeric:
        write_words(expand_entries(entries, parse_affixes(aff_lines)))
        return
    if long_flags:
        write_words(expand_entries(entries, parse_affixes(aff_lines, drop_continuation=True),
                                   long_flags=True, forbidden=forbidden))
        return

    with tempfile.TemporaryDirectory() as tmp:
        aff_tmp, dic_tmp = os.path.join(tmp, "x.aff"), os.path.join(tmp, "x.dic")
        with open(aff_tmp, "w", encoding=enc) as f:
            f.write("\n".join(aff_out))
        with open(dic_tmp, "w", encoding=enc) as f:
            f.write(f"{len(entries)}\n" + "\n".join(entries) + "\n")
        res = subprocess.run(["unmunch", dic_tmp, aff_tmp], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, check=False)
        if res.returncode != 0:
            sys.exit(f"conflations_wordlist: error: unmunch failed ({res.returncode}) on {dic_path}")
    write_words({w.strip() for w in res.stdout.decode(enc, errors="replace").split("\n")})


def write_words(words):
    words.discard("")
    sys.stdout.writelines(w + "\n" for w in sorted(words))


if __name__ == "__main__":
    main()
