#!/usr/bin/env python3
"""Scores `sverka check` on the defects bench/inject-defects.py injected into the NTREX en-ru documents.

Runs the real command (`sverka check --presegmented --format jsonl`) on every modified document pair and on the
clean ones, then prints per operation and per finding kind the recall (an injected defect is found when a finding
of its kind has a bead that covers one of its sentences) and the precision (a finding of the set's kind is right
when its bead covers an injected sentence of that kind), and the findings per 100 sentence pairs on the clean
documents, low-confidence excepted.

The untouched translations have faults of their own, which bench/ntrex-faults.tsv lists as a person read them. A
finding on such a fault is no false finding: the sets' precision is also given without them ("precision*"), and
the clean documents' count is split into faults found, loose renderings reported and findings not yet read.

Usage: bench/check-accuracy.py [--defects DIR] [--only OP[,OP]] [--misses FILE] [--no-build | --bin DIR] [--jobs N]
                               [--reverse] [--raw | --mixed]
(run bench/inject-defects.py first; defects it injected into the English (--into en) are checked with the Russian
as the original, as they were made; --bin runs the sverka in DIR, to compare another build or lexicon on the
same defects; --misses writes the missed defects and the wrong findings for reading;
--reverse checks the Russian as the original and the English as its translation, where a sentence the injector
took from the Russian is one the English added, and findings are mapped back to the injector's sides to score;
--raw gives Sverka each document as running text, three sentences to a paragraph and a headline on its own, so
that it segments the text itself, and maps findings back to lines by their text; --mixed does the same with both
versions in one file, the original first, so that Sverka must also find where the languages change)
"""
import argparse
import json
import re
import tempfile
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


# Checking the Russian against the English turns what the injector took from the Russian into something the
# (English) target has more of, and the other way round.
REVERSED_KIND = {"omission": "addition", "addition": "omission"}


def run_check(sverka, en, ru, reverse, raw=None, mixed=False, map_back=None):
    source, target, source_lang, target_lang = (ru, en, "ru", "en") if reverse else (en, ru, "en", "ru")
    layout = {}
    if raw:
        layout = {side: as_running_text(path, raw / f"{path.parent.name}-{path.name}") for side, path in
                  (("source", source), ("target", target))}
        source, target = raw / f"{source.parent.name}-{source.name}", raw / f"{target.parent.name}-{target.name}"
    files = [str(source), str(target)]
    if mixed:
        # One file that holds the original and then its translation, as a bilingual page publishes them: Sverka
        # must find where the languages change before it can segment and align.
        one = raw / f"{source.parent.name}-{en.stem}.mixed"
        one.write_text(layout["source"][0] + "\n\n" + layout["target"][0] + "\n", encoding="utf-8")
        files = [str(one)]
    proc = subprocess.run([str(sverka), "check", "--format", "jsonl", "--source-lang", source_lang,
                           "--target-lang", target_lang] + files + ([] if raw else ["--presegmented"]),
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"sverka check failed on {en}: {proc.stderr.strip()}")
    findings = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    for f in findings if raw else []:
        for side in ("source", "target"):
            f[side] = lines_under(layout[side], f.get(side + "Text", "")) if f[side] else []
    if reverse if map_back is None else map_back:
        for f in findings:
            f["source"], f["target"] = f["target"], f["source"]
            f["kind"] = REVERSED_KIND.get(f["kind"], f["kind"])
    return findings


def check_folder(sverka, folder, jobs, reverse, raw=None, mixed=False, russian_original=False):
    docs = sorted(p.stem for p in folder.glob("*.en"))
    # Defects injected into the English (inject-defects.py --into en) are checked as they were made: the Russian as
    # the original, with findings and truth on the same sides, nothing to map back.
    reverse, map_back = (True, False) if russian_original else (reverse, None)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(lambda d: run_check(sverka, folder / f"{d}.en", folder / f"{d}.ru", reverse, raw, mixed,
                                               map_back), docs)
        return dict(zip(docs, results))


PARAGRAPH = 3


def as_running_text(path, out):
    """Writes a presegmented document as running text, three sentences to a paragraph and a headline on its own,
    and returns each line's character range in it, so that findings on the sentences Sverka finds itself can be
    mapped back to lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    text, ranges, in_paragraph = "", [], 0
    for line in lines:
        if text:
            text += " " if 0 < in_paragraph < PARAGRAPH else "\n\n"
        ranges.append((len(text), len(text) + len(line)))
        text += line
        # A headline (no end of a sentence) stands on its own, as it would in the document.
        in_paragraph = in_paragraph % PARAGRAPH + 1 if re.search(r"[.!?:;…][\"'»”)]*$", line) else 0
    out.write_text(text + "\n", encoding="utf-8")
    return text, ranges


def lines_under(layout, bead_text):
    """The lines a bead's text overlaps, found by its words in the running text; [] when it cannot be found."""
    text, ranges = layout
    words = bead_text.split()
    if not words:
        return []
    pattern = r"\s+".join(map(re.escape, words))
    m = re.search(pattern, text)
    if not m:
        return []
    return [i for i, (a, b) in enumerate(ranges) if a < m.end() and m.start() < b]


FAULTS = REPO / "bench" / "ntrex-faults.tsv"


def read_faults():
    """(doc, kind, source sentences) -> (target sentences, verdict) for every finding on the untouched documents
    that a person has read."""
    faults = {}
    for line in FAULTS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, kind, source, target, verdict, _ = line.split("\t", 5)
        faults[(doc, kind, source)] = (target, verdict)
    return faults


def key(doc, finding, russian_original=False):
    # The list reads the English as the original; a finding with the Russian as the original is looked up as the
    # same fault seen from the English: its kind turned round, by its English sentence.
    if russian_original:
        return doc, REVERSED_KIND.get(finding["kind"], finding["kind"]), ",".join(map(str, finding["target"]))
    return doc, finding["kind"], ",".join(map(str, finding["source"]))


def is_known_fault(faults, doc, finding, russian_original=False):
    """True for a finding on an English sentence whose translation the list says is at fault. The other sentence's
    index is not compared: the injected sets add and remove translated sentences, and the original's stay put."""
    english = finding["target"] if russian_original else finding["source"]
    return english and faults.get(key(doc, finding, russian_original), ("", ""))[1] == "fault"


def covers(finding, truth):
    return bool(set(finding["source"]) & set(truth["source"])) or bool(set(finding["target"]) & set(truth["target"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--defects", type=Path, default=REPO / "bench" / "out" / "defects")
    parser.add_argument("--only", default="")
    parser.add_argument("--misses", type=Path)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--bin", type=Path,
                        help="run the sverka binary in this folder as it is (another build, or the same build with "
                             "another lexicon beside it) instead of building bench/out/bin")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--reverse", action="store_true",
                        help="check the Russian as the source and the English as its translation")
    parser.add_argument("--raw", action="store_true",
                        help="give Sverka running text, three sentences to a paragraph, and let it segment")
    parser.add_argument("--mixed", action="store_true",
                        help="as --raw, in one file: the original, then its translation")
    args = parser.parse_args()
    raw = Path(tempfile.mkdtemp(prefix="sverka-raw-")) if args.raw or args.mixed else None

    bin_dir = args.bin or REPO / "bench" / "out" / "bin"
    if not args.no_build and not args.bin:
        subprocess.run(["dotnet", "build", str(REPO / "src" / "Sverka.Cli"), "-c", "Release", "-o", str(bin_dir)],
                       check=True, stdout=subprocess.DEVNULL)
    sverka = bin_dir / "sverka"
    direction = args.defects / "direction"
    russian_original = direction.exists() and direction.read_text(encoding="utf-8").strip() == "ru-en"
    if russian_original and args.reverse:
        sys.exit("these defects were injected into the English (inject-defects.py --into en): they are checked with the "
                 "Russian as the original already, so --reverse has nothing to turn round")
    only = set(filter(None, args.only.split(",")))
    misses = open(args.misses, "w", encoding="utf-8") if args.misses else None

    # A pair's fault is its fault whichever side is taken as the original; reversed findings are mapped back to the
    # injector's kinds and sides (run_check) before they are looked up.
    faults = read_faults()
    pooled = defaultdict(lambda: [0, 0, 0, 0, 0])  # kind -> found, defects, right findings, findings, on known faults
    print(f"{'set':18} {'kind':13} {'recall':>7} {'precision':>9} {'precision*':>10}   "
          f"defects found / findings right (on known faults)")
    for folder in sorted(p for p in args.defects.iterdir() if (p / "truth.jsonl").exists()):
        if only and folder.name not in only:
            continue
        truths = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
        kind = truths[0]["kind"]
        findings = check_folder(sverka, folder, args.jobs, args.reverse, raw, args.mixed, russian_original)
        by_doc = defaultdict(list)
        for t in truths:
            by_doc[t["doc"]].append(t)
        found = 0
        for t in truths:
            if any(f["kind"] == kind and covers(f, t) for f in findings[t["doc"]]):
                found += 1
            elif misses:
                misses.write(f"MISS {folder.name} {t['doc']} {json.dumps(t, ensure_ascii=False)}\n")
        right = total = on_faults = 0
        for doc, doc_findings in findings.items():
            for f in doc_findings:
                if f["kind"] != kind:
                    continue
                total += 1
                if any(covers(f, t) for t in by_doc[doc]):
                    right += 1
                elif is_known_fault(faults, doc, f, russian_original):
                    on_faults += 1
                elif misses:
                    misses.write(f"WRONG {folder.name} {doc} {json.dumps(f, ensure_ascii=False)}\n")
        p = pooled[kind]
        p[0] += found
        p[1] += len(truths)
        p[2] += right
        p[3] += total
        p[4] += on_faults
        print(row(folder.name, kind, found, len(truths), right, total, on_faults))
    print()
    for kind, (found, defects, right, total, on_faults) in sorted(pooled.items()):
        print(row("all", kind, found, defects, right, total, on_faults))

    clean = args.defects / "clean"
    if clean.exists() and (not only or "clean" in only):
        findings = check_folder(sverka, clean, args.jobs, args.reverse, raw, args.mixed, russian_original)
        pairs = sum(len((clean / f"{d}.en").read_text(encoding="utf-8").splitlines()) for d in findings)
        counts = defaultdict(int)
        for doc, doc_findings in findings.items():
            for f in doc_findings:
                counts[f["kind"]] += 1
                if misses and f["kind"] != "low-confidence":
                    misses.write(f"CLEAN {doc} {json.dumps(f, ensure_ascii=False)}\n")
        noisy = sum(c for k, c in counts.items() if k != "low-confidence")
        detail = ", ".join(f"{k} {c}" for k, c in sorted(counts.items()))
        print(f"\nclean: {noisy} findings (low-confidence excepted) on {pairs} sentence pairs = "
              f"{100 * noisy / pairs:.2f} per 100 pairs  [{detail}]")
        if faults:
            verdicts = defaultdict(int)
            for doc, doc_findings in findings.items():
                for f in doc_findings:
                    if f["kind"] == "low-confidence":
                        continue
                    target, verdict = faults.get(key(doc, f, russian_original), (None, "unread"))
                    russian = f["source"] if russian_original else f["target"]
                    verdicts[verdict if target == ",".join(map(str, russian)) else "unread"] += 1
            false = verdicts["loose"] + verdicts["unread"]
            print(f"clean, read against {FAULTS.name}: {verdicts['fault']} on translation faults, "
                  f"{verdicts['loose']} on loose renderings, {verdicts['unread']} not read yet = "
                  f"{100 * false / pairs:.2f} false findings per 100 pairs")


def row(name, kind, found, defects, right, total, on_faults):
    precision = right / total if total else 1
    without_faults = right / (total - on_faults) if total > on_faults else 1
    return (f"{name:18} {kind:13} {found / defects:7.3f} {precision:9.3f} {without_faults:10.3f}   "
            f"{found}/{defects} / {right}/{total} ({on_faults})")


if __name__ == "__main__":
    main()
