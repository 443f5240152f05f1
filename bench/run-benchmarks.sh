#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks (bench/Sverka.Benchmarks) in Release and prints their summary tables: mean
# time and allocated bytes per benchmark at 2,000, 20,000 and 100,000 sentences a side.
# Usage: bench/run-benchmarks.sh [BENCHMARKDOTNET ARGS...]   (default: --filter '*', every benchmark)
#   e.g. bench/run-benchmarks.sh --filter '*StageBenchmarks*'
# Inputs are made in memory from ../shared/bench/ntrex-en-ru (SVERKA_SHARED_BENCH overrides). The full BenchmarkDotNet
# log and its reports go to bench/out/benchmarks. Takes about sixteen minutes on two cores: 3.5 for the alignment
# benchmarks, most of it the 100k calls, 2.5 for the stages and 10 for the checks (2,000 and 20,000 sentences,
# NTREX repeated and respelt).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="$repo/bench/out/benchmarks"
[ $# -gt 0 ] || set -- --filter '*'
rm -rf "$artifacts/results"
mkdir -p "$artifacts"
log="$artifacts/run.log"
if ! dotnet run -c Release --project "$repo/bench/Sverka.Benchmarks" -- --artifacts "$artifacts" "$@" >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "benchmarks failed; the whole log is $log" >&2
  exit 1
fi
shopt -s nullglob
reports=("$artifacts"/results/*-report-github.md)
[ ${#reports[@]} -gt 0 ] || { echo "no report in $artifacts/results; see $log" >&2; exit 1; }
for report in "${reports[@]}"; do
  # BenchmarkDotNet's GitHub table, without the bold it puts on the first row of each size.
  sed 's/\*\*//g' "$report"
  echo
done
