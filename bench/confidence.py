#!/usr/bin/env python3
"""How well Sverka's per-bead confidence predicts a right bead.

Usage: bench/confidence.py GOLD JSONL [GOLD JSONL ...]
A bead is right when the gold alignment holds exactly the same bead. Prints, per confidence bucket, how many
beads fall in it and what share of them is right (pooled over all documents).
"""
import json
import sys


def gold_beads(path):
    beads = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        left, right = line.split(":")[:2]
        beads.add((tuple(int(x) for x in left.strip("[] ").split(",") if x.strip()),
                   tuple(int(x) for x in right.strip("[] ").split(",") if x.strip())))
    return beads


def main(args):
    buckets = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]
    counts = {b: [0, 0] for b in buckets}
    for gold_path, test_path in zip(args[::2], args[1::2]):
        gold = gold_beads(gold_path)
        for line in open(test_path, encoding="utf-8"):
            bead = json.loads(line)
            if "source" not in bead:
                continue
            key = (tuple(bead["source"]), tuple(bead["target"]))
            for low, high in buckets:
                if low <= bead["confidence"] < high:
                    counts[(low, high)][0] += 1
                    counts[(low, high)][1] += key in gold
    for (low, high), (total, right) in counts.items():
        share = right / total if total else float("nan")
        print(f"confidence [{low:.1f}, {min(high, 1.0):.1f}): {total:6d} beads, {share:.3f} right")


if __name__ == "__main__":
    main(sys.argv[1:])
