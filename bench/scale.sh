#!/usr/bin/env bash
# How time and memory grow with the length of the documents. Makes presegmented English–Russian bitexts of 2,000,
# 20,000 and 100,000 sentences a side with bench/make-large.py, aligns each with the real `sverka` command under
# /usr/bin/time, and prints per size the wall time, the CPU time (user + system, which other work on a busy
# machine disturbs less than the wall time), the peak resident memory and score.py's strict and lax F1, then the
# time ratios 20k/2k and 100k/2k (growth linear in the document gives 10 and 50).
# SCALE_SIZES="2000 20000" measures other sizes; the first is the base of the ratios. SCALE_SIZES="2000 1000000"
# includes a million sentences a side (377 MB of input; about 40 s and 2 GB on two cores).
# Usage: bench/scale.sh [SHARED_BENCH_DIR]   (default: ../shared/bench beside the repository; it must hold
#        score.py and ntrex-en-ru/). Inputs, outputs and timings go to bench/out/large; none is committed.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench="${1:-$repo/../shared/bench}"
score="$bench/score.py"
out="$repo/bench/out/large"
read -r -a sizes <<<"${SCALE_SIZES:-2000 20000 100000}"

[ -f "$repo/bench/make-large.py" ] || { echo "bench/make-large.py: not found; it makes the inputs" >&2; exit 1; }
[ -f "$score" ] || { echo "$score: not found; pass the shared benchmark folder as the first argument" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time: not found (Debian package 'time')" >&2; exit 1; }
mkdir -p "$out"
# Published ahead-of-time compiled (ReadyToRun), as a user installs it: start-up without JIT work is most of a
# small document's wall time. The runtime pack it needs comes from the NuGet registry like any package.
dotnet publish "$repo/src/Sverka.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$repo/bench/out/bin-r2r" >/dev/null
sverka="$repo/bench/out/bin-r2r/sverka"

declare -A seconds cpu
printf '%-10s %9s %9s %9s %9s %10s  %s\n' "sentences" "en lines" "ru lines" "wall s" "cpu s" "peak MiB" "F1 strict (lax)"
for n in "${sizes[@]}"; do
  prefix="$out/en-ru-$n"
  python3 "$repo/bench/make-large.py" "$n" "$prefix" --bench "$bench" >/dev/null
  if ! /usr/bin/time -f '%e %U %S %M' -o "$prefix.time" \
    "$sverka" align --presegmented --format ladder --source-lang en --target-lang ru \
    "$prefix.en" "$prefix.ru" -o "$prefix.ladder"; then
    echo "$n: sverka failed ($(head -n 1 "$prefix.time"))" >&2
    exit 1
  fi
  read -r wall user system kib <"$prefix.time"
  seconds[$n]=$wall
  cpu[$n]=$(python3 -c "import sys; print(float(sys.argv[1]) + float(sys.argv[2]))" "$user" "$system")
  f1=$(python3 "$score" "$prefix.gold" "$prefix.ladder" \
    | python3 -c 'import json, sys; r = json.load(sys.stdin); print("%.4f (lax %.4f)" % (r["strict"]["f1"], r["lax"]["f1"]))')
  printf '%-10s %9d %9d %9.2f %9.2f %10d  %s\n' "$n" "$(grep -c . "$prefix.en")" "$(grep -c . "$prefix.ru")" \
    "$wall" "${cpu[$n]}" "$(( kib / 1024 ))" "$f1"
done

# The corpus case: every NTREX document pair (123) as one `--batch` run, pairs spread over the cores, the
# lexicon loaded once; scored like accuracy.sh scores one process per pair.
batch="$repo/bench/out/batch"
mkdir -p "$batch"
list="$batch/pairs.tsv"
golds=()
: >"$list"
for gold in "$bench"/ntrex-en-ru/*.gold; do
  doc="${gold%.gold}"
  printf '%s\t%s\t%s\n' "$doc.en" "$doc.ru" "$batch/$(basename "$doc").ladder" >>"$list"
  golds+=("$gold" "$batch/$(basename "$doc").ladder")
done
/usr/bin/time -f '%e %U %S %M' -o "$batch/time" "$sverka" align --batch "$list" --presegmented --format ladder \
  --source-lang en --target-lang ru
read -r wall user system kib <"$batch/time"
f1=$(python3 "$score" "${golds[@]}" | python3 -c 'import json, sys; print("%.4f" % json.load(sys.stdin)["strict"]["f1"])')
printf 'batch: %d NTREX pairs in %.2f s wall, %.2f s cpu, peak %d MiB, strict F1 %s\n' \
  "$(( ${#golds[@]} / 2 ))" "$wall" "$(python3 -c "print($user + $system)")" "$(( kib / 1024 ))" "$f1"

first=${sizes[0]}
for n in "${sizes[@]:1}"; do
  python3 -c "
import sys
wall, cpu, wall0, cpu0, n, first = sys.argv[1:]
print(f'time {int(n) // 1000}k/{int(first) // 1000}k: wall {float(wall) / float(wall0):.1f}x, cpu {float(cpu) / float(cpu0):.1f}x (linear: {int(n) / int(first):.0f}x)')
" "${seconds[$n]}" "${cpu[$n]}" "${seconds[$first]}" "${cpu[$first]}" "$n" "$first"
done
