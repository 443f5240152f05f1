#!/usr/bin/env python3
"""Makes a large presegmented English-Russian pair with its gold ladder from the shared NTREX documents.

Usage: bench/make-large.py SENTENCES OUT_PREFIX [--seed N]
Writes OUT_PREFIX.en, OUT_PREFIX.ru and OUT_PREFIX.gold. The NTREX documents are repeated, each round in a new shuffled order,
until each side has about SENTENCES lines; on the way about 2% of Russian sentences are dropped, 2% of English
ones are dropped, and 3% of Russian neighbours are merged into one line, so the aligner has real work to do.
Paragraphs are kept: a blank line ends each document. Generated files are large; they are not committed.
"""
import argparse
import glob
import os
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sentences", type=int)
    parser.add_argument("out_prefix")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bench", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench"))
    args = parser.parse_args()
    rng = random.Random(args.seed)

    docs = []
    for en_path in sorted(glob.glob(os.path.join(args.bench, "ntrex-en-ru", "*.en"))):
        en = [l.rstrip("\n") for l in open(en_path, encoding="utf-8")]
        ru = [l.rstrip("\n") for l in open(en_path[:-3] + ".ru", encoding="utf-8")]
        if len(en) == len(ru):
            docs.append((en, ru))

    en_out, ru_out, gold = [], [], []
    en_count = ru_count = 0
    # Whole rounds of the documents in shuffled order, so that two copies of one document are never near each
    # other: nearby copies would make the right alignment ambiguous, which real books never are.
    order = []
    while en_count < args.sentences:
        if not order:
            last = order_last if en_count else None
            order = list(range(len(docs)))
            rng.shuffle(order)
            if order[-1] == last:
                order[0], order[-1] = order[-1], order[0]
        order_last = order.pop()
        en, ru = docs[order_last]
        k = 0
        while k < len(en):
            roll = rng.random()
            if roll < 0.02:
                en_out.append(en[k]); gold.append(f"[{en_count}]:[]"); en_count += 1; k += 1
            elif roll < 0.04:
                ru_out.append(ru[k]); gold.append(f"[]:[{ru_count}]"); ru_count += 1; k += 1
            elif roll < 0.07 and k + 1 < len(en):
                en_out.extend([en[k], en[k + 1]]); ru_out.append(ru[k] + " " + ru[k + 1])
                gold.append(f"[{en_count}, {en_count + 1}]:[{ru_count}]"); en_count += 2; ru_count += 1; k += 2
            else:
                en_out.append(en[k]); ru_out.append(ru[k])
                gold.append(f"[{en_count}]:[{ru_count}]"); en_count += 1; ru_count += 1; k += 1
        en_out.append(""); ru_out.append("")

    for suffix, lines in (("en", en_out), ("ru", ru_out), ("gold", gold)):
        with open(f"{args.out_prefix}.{suffix}", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    print(f"{args.out_prefix}: {en_count} English, {ru_count} Russian sentences")


if __name__ == "__main__":
    main()
