#!/usr/bin/env python3
"""Seeded defect injector for `sverka check`.

Takes the presegmented NTREX en-ru documents (one sentence per line, gold all 1-1) and writes, per operation,
modified copies of every document whose Russian side (the target) carries injected defects, plus the truth:
which source/target sentence indices carry which defect. Also writes the untouched documents as `clean/`.

Operations (directory: finding kind it should produce):
  omission-sentence  omission      a target sentence deleted; truth is its source sentence
  omission-clause    omission      a clause (30-65% of the sentence) deleted from a target sentence
  addition           addition      a sentence from another document inserted into the target
  addition-clause    addition      a clause (30-65% of a sentence of another document) appended to a target sentence
  number             number        a number or date shared by both sides changed in the target
  name-swap          name          a transliterated name in the target replaced by a name from another document
  name-drop          name          a transliterated name deleted from the target
  name-swap-initial  name          as name-swap, for a name that opens the English sentence ("Putin said …")
  name-drop-initial  name          as name-drop, for a name that opens the English sentence
  name-swap-same     name          as name-swap, with a name of the same document, one the English names elsewhere:
                                   a translator confusing two people or places of one story
  untranslated       untranslated  a target sentence replaced by its English source

Each document gets one defect per started 12 sentences, at least 3 sentences apart, where the operation has a
place to act (a number, a name pair, a long enough sentence); documents with none are left out of that set.

With --into en the Russian is taken as the original and the defects go into the English: the same operations, with
"the English sentence" above read as "the Russian sentence", and OUT/direction tells check-accuracy.py to check the
Russian against the English.

Usage: bench/inject-defects.py [--bench DIR] [--out DIR] [--seed N] [--into ru|en]
Truth: OUT/<operation>/truth.jsonl, one line per defect:
  {"doc": "doc000", "operation": "number", "kind": "number", "source": [4], "target": [4], "detail": "..."}
"""
import argparse
import json
import random
import re
import shutil
from pathlib import Path

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                     "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


# The side the defects go into. By default the Russian translation of the English original; with --into en, the
# English translation of the Russian taken as the original, where every function below reads "en" as the original
# and "ru" as the translation.
TARGET_SCRIPT = re.compile("[а-яё]")
TARGET_MONTHS, SOURCE_MONTHS = MONTHS_RU, MONTHS_EN


def skeleton(word):
    """Consonants of a romanised word, the injector's own crude key for 'these two words are one name'."""
    latin = "".join(TRANSLIT.get(c, c) for c in word.lower())
    latin = latin.replace("kh", "h").replace("sh", "s").replace("ch", "s").replace("zh", "j").replace("ph", "f")
    latin = latin.replace("w", "v").replace("c", "k").replace("q", "k").replace("x", "ks").replace("z", "s").replace("j", "dj")
    out = []
    for c in latin:
        if c in "aeiouyh'’" or not c.isalpha():
            continue
        if out and out[-1] == c:
            continue
        out.append(c)
    return "".join(out)


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def mid_capitals(line):
    """Capitalised words not at the start of the sentence or of a quotation, with their positions."""
    result = []
    for m in WORD.finditer(line):
        w = m.group(0)
        if m.start() == 0 or not w[0].isupper() or w.isupper() or len(w) < 4:
            continue
        before = line[:m.start()].rstrip()
        if not before or before[-1] in "\"“«„'‘(:—–-.!?":
            continue
        result.append((m.start(), m.end(), w))
    return result


LOWERCASE_WORDS = set()
LOWERCASE_PREFIXES = set()


def learn_lowercase(docs):
    """Every word either corpus writes in lower case: such a word is a common word, not a name, even when a
    capital starts it somewhere ("Senate", "Indonesian" in Russian, "General")."""
    for _, en, ru in docs:
        for line in en + ru:
            LOWERCASE_WORDS.update(w for w in WORD.findall(line) if w.islower())
    LOWERCASE_PREFIXES.update(w[:k] for w in LOWERCASE_WORDS for k in (4, 5, 6) if len(w) >= k)


def is_proper(word):
    """A word the corpus never writes in lower case; a Russian one by its first letters, as it inflects."""
    lower = word.lower()
    if lower in LOWERCASE_WORDS:
        return False
    if re.search("[а-яё]", lower):
        stem = lower[:max(4, min(6, len(lower) - 2))]
        return stem not in LOWERCASE_PREFIXES
    return True


def first_capital(line):
    """The word that opens a line when it is capitalised (and no acronym), as a one-item list, or an empty one."""
    m = WORD.match(line)
    if not m or not m.group(0)[0].isupper() or m.group(0).isupper() or len(m.group(0)) < 4:
        return []
    return [(m.start(), m.end(), m.group(0))]


def name_pairs(en, ru, initial=False):
    """Russian capitalised words whose skeleton starts like an English capitalised word's: transliterated names.
    Only names written once on each side, so that removing one leaves the other side's unmatched, and only words
    neither corpus ever writes in lower case. With `initial`, only the English name that opens the sentence, which
    the Russian may write anywhere."""
    pairs = []
    en_names = [e for e in (first_capital(en) if initial else mid_capitals(en)) if is_proper(e[2])]
    ru_capitals = (first_capital(ru) + mid_capitals(ru)) if initial else mid_capitals(ru)
    for start, end, w in ru_capitals:
        if not TARGET_SCRIPT.search(w.lower()) or not is_proper(w):
            continue
        k = skeleton(w)
        if len(k) < 3:
            continue
        matches = [e for e in en_names if skeleton(e[2])[:3] == k[:3]]
        if len(matches) != 1 or sum(1 for x in ru_capitals if skeleton(x[2])[:3] == k[:3]) != 1:
            continue
        if sum(1 for x in en_names if skeleton(x[2])[:3] == k[:3]) != 1:
            continue
        # A first name followed by the surname is left alone: translators drop first names as a matter of course
        # ("President Donald Trump" → "президент Трамп"), so dropping one is no defect.
        following = WORD.match(ru, end + 1) if end + 1 < len(ru) and ru[end] == " " else None
        if following and following.group(0)[0].isupper():
            continue
        pairs.append((start, end, w, matches[0][2]))
    return pairs


NAMES_BY_DOCUMENT = {}


def document_names(doc):
    """The Russian names of a document's name pairs, worked out once."""
    name, en, ru = doc
    if name not in NAMES_BY_DOCUMENT:
        NAMES_BY_DOCUMENT[name] = [p[2] for k in range(len(en)) for p in name_pairs(en[k], ru[k])]
    return NAMES_BY_DOCUMENT[name]


def read(path):
    return path.read_text(encoding="utf-8").split("\n")[:-1] if path.read_text(encoding="utf-8").endswith("\n") else path.read_text(encoding="utf-8").split("\n")


def pick_places(rng, candidates, count, gap=3):
    rng.shuffle(candidates)
    chosen = []
    for c in candidates:
        if all(abs(c - x) >= gap for x in chosen):
            chosen.append(c)
        if len(chosen) == count:
            break
    return sorted(chosen)


def change_number(rng, en, ru):
    """Changes one number (or month) that both sides write the same way; returns the new line and a note."""
    en_numbers = set(re.findall(r"\d+", en))
    spots = [m for m in re.finditer(r"\d+", ru) if m.group(0) in en_numbers]
    months = [m for m in re.finditer("|".join(TARGET_MONTHS), ru)
              if SOURCE_MONTHS[TARGET_MONTHS.index(m.group(0))] in en]
    options = [("n", m) for m in spots] + [("m", m) for m in months]
    if not options:
        return None
    kind, m = rng.choice(options)
    old = m.group(0)
    if kind == "m":
        new = rng.choice([x for x in TARGET_MONTHS if x != old])
    else:
        value = int(old)
        if 1900 <= value <= 2100:
            new = str(value + rng.choice([-3, -2, -1, 1, 2, 3]))
        elif value < 10:
            new = str(rng.choice([d for d in range(1, 10) if d != value]))
        else:
            # Another number of the same width: a typo-like change of one digit.
            digits = list(old)
            i = rng.randrange(len(digits))
            digits[i] = rng.choice([d for d in "0123456789" if d != digits[i] and not (i == 0 and d == "0")])
            new = "".join(digits)
        if new in en_numbers:
            return None
    return ru[:m.start()] + new + ru[m.end():], f"{old} -> {new}"


def delete_clause(rng, ru):
    """Deletes a clause: a stretch between punctuation marks that is 30-65% of the sentence."""
    if len(ru.split()) < 12:
        return None
    cuts = [0] + [m.end() for m in re.finditer(r"[,;:—–]\s", ru)] + [len(ru)]
    spans = []
    for a in range(len(cuts) - 1):
        for b in range(a + 1, len(cuts)):
            share = (cuts[b] - cuts[a]) / len(ru)
            if 0.30 <= share <= 0.65:
                spans.append((cuts[a], cuts[b]))
    if not spans:
        return None
    a, b = rng.choice(spans)
    kept = (ru[:a] + ru[b:]).strip()
    kept = re.sub(r"\s*[,;:—–]\s*$", ".", kept)
    kept = re.sub(r"\s+", " ", kept)
    if kept and kept[0].islower():
        kept = kept[0].upper() + kept[1:]
    return kept, ru[a:b].strip()


def clauses(sentence):
    """The stretches between punctuation marks that make 30-65% of a sentence and hold at least four words."""
    cuts = [0] + [m.end() for m in re.finditer(r"[,;:—–]\s", sentence)] + [len(sentence)]
    found = []
    for a in range(len(cuts) - 1):
        for b in range(a + 1, len(cuts)):
            piece = sentence[cuts[a]:cuts[b]].strip().rstrip(",;:—–.!?»\"").strip()
            if 0.30 <= (cuts[b] - cuts[a]) / len(sentence) <= 0.65 and len(piece.split()) >= 4:
                found.append(piece)
    return found


def append_clause(rng, ru, others, name):
    """Appends a clause of another document's sentence to a target sentence of at least eight words."""
    if len(ru.split()) < 8 or not re.search(r"[.!?]$", ru):
        return None
    pool = [c for o in others if o[0] != name for x in o[2] for c in clauses(x)]
    clause = rng.choice(pool)
    if len(clause) > 1 and clause[1].islower():
        clause = clause[0].lower() + clause[1:]
    return f"{ru[:-1].rstrip()}, {clause}{ru[-1]}", clause


def inject(operation, rng, name, en, ru, others):
    """Returns (new_en, new_ru, truths) or None when the document has no place for the operation."""
    n = len(en)
    wanted = max(1, (n + 11) // 12)
    truths = []
    if operation == "omission-sentence":
        places = pick_places(rng, list(range(n)), wanted)
        ru2 = [s for j, s in enumerate(ru) if j not in places]
        truths = [dict(source=[i], target=[], detail=f"deleted: {ru[i]}") for i in places]
        return en, ru2, truths
    if operation == "omission-clause":
        results = {j: delete_clause(rng, ru[j]) for j in range(n)}
        places = pick_places(rng, [j for j, r in results.items() if r], wanted)
        if not places:
            return None
        ru2 = list(ru)
        for j in places:
            ru2[j] = results[j][0]
            truths.append(dict(source=[j], target=[j], detail=f"deleted clause: {results[j][1]}"))
        return en, ru2, truths
    if operation == "addition":
        places = pick_places(rng, list(range(n)), wanted)
        ru2 = []
        for j, s in enumerate(ru):
            ru2.append(s)
            if j in places:
                other = rng.choice([o for o in others if o[0] != name])
                added = rng.choice([x for x in other[2] if len(x.split()) >= 6] or other[2])
                truths.append(dict(source=[], target=[len(ru2)], detail=f"added from {other[0]}: {added}"))
                ru2.append(added)
        return en, ru2, truths
    if operation == "addition-clause":
        candidates = [j for j in range(n) if len(ru[j].split()) >= 8 and re.search(r"[.!?]$", ru[j])]
        places = pick_places(rng, candidates, wanted)
        if not places:
            return None
        ru2 = list(ru)
        for j in places:
            ru2[j], clause = append_clause(rng, ru[j], others, name)
            truths.append(dict(source=[j], target=[j], detail=f"appended clause: {clause}"))
        return en, ru2, truths
    if operation == "number":
        changes = {j: change_number(rng, en[j], ru[j]) for j in range(n)}
        places = pick_places(rng, [j for j, c in changes.items() if c], wanted)
        if not places:
            return None
        ru2 = list(ru)
        for j in places:
            ru2[j] = changes[j][0]
            truths.append(dict(source=[j], target=[j], detail=changes[j][1]))
        return en, ru2, truths
    if operation in ("name-swap", "name-drop", "name-swap-initial", "name-drop-initial", "name-swap-same"):
        pairs = {j: name_pairs(en[j], ru[j], initial=operation.endswith("-initial")) for j in range(n)}
        places = pick_places(rng, [j for j, p in pairs.items() if p], wanted)
        if not places:
            return None
        ru2 = list(ru)
        for j in places:
            start, end, word, english = rng.choice(pairs[j])
            if operation.startswith("name-drop"):
                new = re.sub(r"\s{2,}", " ", ru[j][:start] + ru[j][end:]).replace(" ,", ",").replace(" .", ".")
                # A translator who leaves out the name that opened the sentence opens it with the next word.
                new = new.strip()
                if start == 0:
                    new = new.lstrip(",;:—– ")
                    new = new[:1].upper() + new[1:]
                detail = f"dropped {word} ({english})"
            else:
                en_words = mid_capitals(en[j]) + (first_capital(en[j]) if operation.endswith("-initial") else [])
                en_keys = {skeleton(w)[:3] for _, _, w in en_words}
                sources = [(name, en, ru)] if operation == "name-swap-same" else [o for o in others if o[0] != name]
                pool = [w for o in sources for w in document_names(o) if skeleton(w)[:3] not in en_keys]
                if not pool:
                    continue
                other = rng.choice(pool)
                new = ru[j][:start] + other + ru[j][end:]
                detail = f"swapped {word} ({english}) for {other}"
            ru2[j] = new
            truths.append(dict(source=[j], target=[j], detail=detail))
        return (en, ru2, truths) if truths else None
    if operation == "untranslated":
        candidates = [j for j in range(n) if len(en[j].split()) >= 4]
        places = pick_places(rng, candidates, wanted)
        if not places:
            return None
        ru2 = list(ru)
        for j in places:
            ru2[j] = en[j]
            truths.append(dict(source=[j], target=[j], detail="copied from the English"))
        return en, ru2, truths
    raise ValueError(operation)


OPERATIONS = {
    "omission-sentence": "omission",
    "omission-clause": "omission",
    "addition": "addition",
    "addition-clause": "addition",
    "number": "number",
    "name-swap": "name",
    "name-drop": "name",
    "name-swap-initial": "name",
    "name-drop-initial": "name",
    "name-swap-same": "name",
    "untranslated": "untranslated",
}


def main():
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", type=Path, default=repo.parent / "shared" / "bench" / "ntrex-en-ru")
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "defects")
    parser.add_argument("--seed", type=int, default=20240605)
    parser.add_argument("--into", choices=["ru", "en"], default="ru",
                        help="the side that gets the defects: the Russian translation (default) or, with the Russian "
                             "taken as the original, the English one")
    args = parser.parse_args()
    into_english = args.into == "en"
    if into_english:
        global TARGET_SCRIPT, TARGET_MONTHS, SOURCE_MONTHS
        TARGET_SCRIPT = re.compile("[a-z]")
        TARGET_MONTHS, SOURCE_MONTHS = MONTHS_EN, MONTHS_RU

    docs = []
    for en_path in sorted(args.bench.glob("doc*.en")):
        en = read(en_path)
        ru = read(en_path.with_suffix(".ru"))
        assert len(en) == len(ru), en_path
        # (name, original, translation): the functions below call them en and ru.
        docs.append((en_path.stem, ru, en) if into_english else (en_path.stem, en, ru))
    learn_lowercase(docs)
    if args.out.exists():
        shutil.rmtree(args.out)

    clean = args.out / "clean"
    clean.mkdir(parents=True)
    # check-accuracy.py reads which way the documents are to be checked from here.
    (args.out / "direction").write_text("ru-en\n" if into_english else "en-ru\n", encoding="utf-8")

    def write(folder, name, original, translation):
        english, russian = (translation, original) if into_english else (original, translation)
        (folder / f"{name}.en").write_text("\n".join(english) + "\n", encoding="utf-8")
        (folder / f"{name}.ru").write_text("\n".join(russian) + "\n", encoding="utf-8")

    for name, en, ru in docs:
        write(clean, name, en, ru)

    for operation, kind in OPERATIONS.items():
        rng = random.Random(f"{args.seed}:{operation}")
        folder = args.out / operation
        folder.mkdir(parents=True)
        total = 0
        with open(folder / "truth.jsonl", "w", encoding="utf-8") as truth:
            for name, en, ru in docs:
                result = inject(operation, rng, name, en, ru, docs)
                if result is None:
                    continue
                en2, ru2, truths = result
                write(folder, name, en2, ru2)
                for t in truths:
                    truth.write(json.dumps(dict(doc=name, operation=operation, kind=kind, **t), ensure_ascii=False) + "\n")
                    total += 1
        print(f"{operation:18} {total:4d} defects in {len(list(folder.glob('*.en')))} documents")


if __name__ == "__main__":
    main()
