#!/usr/bin/env bash
# Aligns every document of the shared benchmark sets with the real `sverka` command (presegmented, ladder
# output) and prints score.py's pooled strict and lax figures per set.
# Usage: bench/accuracy.sh [SHARED_BENCH_DIR]   (default: ../shared/bench beside the repository)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench="${1:-$repo/../shared/bench}"
out="$repo/bench/out/accuracy"
dotnet build "$repo/src/Sverka.Cli" -c Release -o "$repo/bench/out/bin" >/dev/null
sverka="$repo/bench/out/bin/sverka"

score_set() {
  local set="$1" src="$2" tgt="$3"
  local dir="$bench/$set" golds=()
  [ -d "$dir" ] || { echo "$set: not found under $bench" >&2; return; }
  mkdir -p "$out/$set"
  local start=$EPOCHREALTIME
  for gold in "$dir"/*.gold; do
    local doc="${gold%.gold}" name
    name="$(basename "$doc")"
    "$sverka" align --presegmented --format ladder --source-lang "$src" --target-lang "$tgt" \
      "$doc.$src" "$doc.$tgt" -o "$out/$set/$name.ladder"
    golds+=("$gold" "$out/$set/$name.ladder")
  done
  local seconds
  seconds=$(python3 -c "print($EPOCHREALTIME - $start)")
  printf '%-24s %s  (%.1f s for %d documents)\n' "$set" "$(python3 "$bench/score.py" "${golds[@]}")" "$seconds" "$(( ${#golds[@]} / 2 ))"
}

score_set ntrex-en-ru en ru
score_set ntrex-en-ru-perturbed en ru
score_set textberg-de-fr-dev de fr
score_set textberg-de-fr-test de fr
score_set parice-en-is en is
