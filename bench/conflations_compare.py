#!/usr/bin/env python3
"""Compare two bench/conflations outputs (before and after an analysis change).

Usage: bench/conflations_compare.py BEFORE.tsv AFTER.tsv [--samples N] [--seed S]

Each input line is "word TAB folded TAB stem" (bench/conflations). Two words
are conflated when they share the stem column (the term a query word and a
document word both reach). Reports, over the words present in both files:
  pairs gained   pairs that share a stem after but not before
  pairs broken   pairs that shared a stem before but not after
  classes        stems with more than one word, before and after
with N sample pairs of each (deterministic for a seed), shown as
"word (before stem -> after stem) ~ word (...)". A pair is counted once per
unordered pair of words, so a class of n words holds n*(n-1)/2 pairs.
"""
import argparse
import collections
import random
import sys


def read(path):
    stems = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                sys.exit(f"conflations_compare: error: {path}:{n}: expected word, folded and stem "
                         f"separated by tabs, found {len(parts)} field(s)")
            stems[parts[0]] = parts[2]
    return stems


def pairs(n):
    return n * (n - 1) // 2


def sample_pairs(groups, split_key, rng, count):
    """Sample pairs inside `groups` (lists of words) whose members differ in split_key."""
    candidates = [g for g in groups if len({split_key(w) for w in g}) > 1]
    rng.shuffle(candidates)
    out = []
    for g in candidates[: count * 3]:
        by_part = collections.defaultdict(list)
        for w in g:
            by_part[split_key(w)].append(w)
        parts = sorted(by_part.values(), key=lambda ws: sorted(ws)[0])
        a, b = rng.sample(range(len(parts)), 2)
        out.append((rng.choice(sorted(parts[a])), rng.choice(sorted(parts[b]))))
        if len(out) == count:
            break
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--samples", type=int, default=15)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    before, after = read(args.before), read(args.after)
    words = sorted(set(before) & set(after))
    if not words:
        sys.exit("conflations_compare: error: the two files share no word")

    by_before = collections.defaultdict(list)
    by_after = collections.defaultdict(list)
    by_both = collections.Counter()
    for w in words:
        by_before[before[w]].append(w)
        by_after[after[w]].append(w)
        by_both[(before[w], after[w])] += 1
    pairs_before = sum(pairs(len(g)) for g in by_before.values())
    pairs_after = sum(pairs(len(g)) for g in by_after.values())
    pairs_both = sum(pairs(n) for n in by_both.values())
    changed = sum(1 for w in words if before[w] != after[w])

    print(f"words compared       {len(words)}"
          f" (only before: {len(before) - len(words)}, only after: {len(after) - len(words)})")
    print(f"words whose stem changed {changed}")
    print(f"classes (>1 word)    before {sum(1 for g in by_before.values() if len(g) > 1)}"
          f"  after {sum(1 for g in by_after.values() if len(g) > 1)}")
    print(f"conflated pairs      before {pairs_before}  after {pairs_after}")
    print(f"pairs gained         {pairs_after - pairs_both}")
    print(f"pairs broken         {pairs_before - pairs_both}")

    def show(w):
        return f"{w} ({before[w]} -> {after[w]})"

    rng = random.Random(args.seed)
    print(f"\nsample gained pairs (now share a stem):")
    for a, b in sample_pairs(list(by_after.values()), lambda w: before[w], rng, args.samples):
        print(f"  {show(a)} ~ {show(b)}")
    print(f"\nsample broken pairs (no longer share a stem):")
    for a, b in sample_pairs(list(by_before.values()), lambda w: after[w], rng, args.samples):
        print(f"  {show(a)} ~ {show(b)}")


if __name__ == "__main__":
    main()
