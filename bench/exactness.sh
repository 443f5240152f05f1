#!/usr/bin/env bash
# Does the band find what the whole matrix finds? Aligns every document of the shared benchmark sets that the
# aligner would search in a band (a lattice of more than 2^18 cells; smaller ones are searched whole anyway) twice
# with the real `sverka` command, as usual and with --full-matrix, and prints per document whether the two ladders
# are identical, with score.py's strict F1 of each where they differ. Only one shared document is that long, so
# the 2,000- and 5,000-sentence bitexts bench/make-large.py builds from NTREX are compared too.
# Usage: bench/exactness.sh [SHARED_BENCH_DIR]   (default: ../shared/bench beside the repository)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench="${1:-$repo/../shared/bench}"
out="$repo/bench/out/exactness"
[ -f "$bench/score.py" ] || { echo "$bench/score.py: not found; pass the shared benchmark folder as the first argument" >&2; exit 1; }
dotnet build "$repo/src/Sverka.Cli" -c Release -o "$repo/bench/out/bin" >/dev/null
sverka="$repo/bench/out/bin/sverka"
mkdir -p "$out"

compare_set() {
  local set="$1" src="$2" tgt="$3"
  local dir="${4:-$bench/$set}"
  [ -d "$dir" ] || { echo "$set: not found under $bench" >&2; return; }
  for gold in "$dir"/*.gold; do
    local doc="${gold%.gold}" name n m
    name="$set-$(basename "$doc")"
    n=$(grep -c '' "$doc.$src")
    m=$(grep -c '' "$doc.$tgt")
    (( (n + 1) * (m + 1) > 262144 )) || continue
    "$sverka" align --presegmented --format ladder --source-lang "$src" --target-lang "$tgt" "$doc.$src" "$doc.$tgt" -o "$out/$name.band"
    "$sverka" align --presegmented --format ladder --source-lang "$src" --target-lang "$tgt" --full-matrix "$doc.$src" "$doc.$tgt" -o "$out/$name.full"
    if cmp -s "$out/$name.band" "$out/$name.full"; then
      printf '%-45s %6d x %-6d identical\n' "$name" "$n" "$m"
    else
      local band full
      band=$(python3 "$bench/score.py" "$gold" "$out/$name.band" | python3 -c 'import json, sys; print(json.load(sys.stdin)["strict"]["f1"])')
      full=$(python3 "$bench/score.py" "$gold" "$out/$name.full" | python3 -c 'import json, sys; print(json.load(sys.stdin)["strict"]["f1"])')
      printf '%-45s %6d x %-6d DIFFER: %d of %d beads; strict F1 band %s, full %s\n' "$name" "$n" "$m" \
        "$(diff "$out/$name.band" "$out/$name.full" | grep -c '^<' || true)" "$(grep -c '' "$out/$name.band")" "$band" "$full"
    fi
  done
}

compare_set ntrex-en-ru en ru
compare_set ntrex-en-ru-perturbed en ru
compare_set textberg-de-fr-dev de fr
compare_set textberg-de-fr-test de fr
compare_set parice-en-is en is

mkdir -p "$out/large"
for n in 2000 5000; do
  python3 "$repo/bench/make-large.py" "$n" "$out/large/en-ru-$n" --bench "$bench" >/dev/null
done
compare_set make-large en ru "$out/large"
