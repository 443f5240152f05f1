#!/usr/bin/env python3
"""Makes a large presegmented English-Russian pair with its gold ladder from the shared NTREX documents.

Usage: bench/make-large.py SENTENCES OUT_PREFIX [--seed N] [--respell]
Writes OUT_PREFIX.en, OUT_PREFIX.ru and OUT_PREFIX.gold. The NTREX documents are repeated, each round in a new shuffled order,
until each side has about SENTENCES lines; on the way about 2% of Russian sentences are dropped, 2% of English
ones are dropped, and 3% of Russian neighbours are merged into one line, so the aligner has real work to do.
Paragraphs are kept: a blank line ends each document. Generated files are large; they are not committed.
With --respell, every repetition of a document after its first spells its longer words anew (the second letter of
each word of five letters or more becomes a vowel the word and the round choose), so that the vocabulary grows with
the length as a book's does instead of staying NTREX's; the checks' work on names depends on it.
"""
import argparse
import glob
import os
import random
import re


def respell(line, repetition, vowels):
    """The line with the second letter of each word of five letters or more replaced by a vowel of the word and round."""
    def new_spelling(match):
        word = match.group(0)
        if len(word) < 5:
            return word
        digest = 2166136261
        for c in word.lower():
            digest = ((digest ^ ord(c)) * 16777619) % 2**32
        vowel = vowels[(digest + repetition * 7919) % len(vowels)]
        return word[0] + (vowel.upper() if word[1].isupper() else vowel) + word[2:]
    return re.sub(r"[^\W\d_]+", new_spelling, line)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sentences", type=int)
    parser.add_argument("out_prefix")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--respell", action="store_true")
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
    uses = [0] * len(docs)
    while en_count < args.sentences:
        if not order:
            last = order_last if en_count else None
            order = list(range(len(docs)))
            rng.shuffle(order)
            if order[-1] == last:
                order[0], order[-1] = order[-1], order[0]
        order_last = order.pop()
        en, ru = docs[order_last]
        uses[order_last] += 1
        if args.respell and uses[order_last] > 1:
            en = [respell(line, uses[order_last], "aeiou") for line in en]
            ru = [respell(line, uses[order_last], "аеиоу") for line in ru]
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
