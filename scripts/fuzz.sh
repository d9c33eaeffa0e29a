#!/usr/bin/env bash
# Fuzzes each target (all, or those named) for SECONDS (default 60), one after another, on
# one core, and prints a table: target, seconds, executions, exec/s, corpus, crashes, slow.
# Exits non-zero when any target crashed or found an input slower than 50 ms (a slow input
# is a panic inside the target, saved like a crash). Not part of scripts/test.sh: too long.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
#
# By default the targets run on stable with `--sanitizer none`: the release build the 50 ms
# limit is about. FUZZ_SANITIZER=address runs them under the address sanitizer on the nightly
# toolchain instead; ASan makes every call 4-7 times slower, so there the time limit is off
# unless HANDOFF_FUZZ_SLOW_MS sets one. FUZZ_MERGE=1 then rewrites the committed corpus
# (fuzz/corpus/<target>/) as the fewest of its inputs and the new ones that reach the same edges.
# Crash inputs land in fuzz/artifacts/<target>/, logs in fuzz/target/logs/<target>.log.
set -uo pipefail
cd "$(dirname "$0")/.."

secs="${1:-60}"
shift || true
[[ "$secs" =~ ^[0-9]+$ ]] || { echo "usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"

if ! command -v cargo-fuzz >/dev/null; then
  echo "== installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked || exit 2
fi

sanitizer="${FUZZ_SANITIZER:-none}"
cargo=(cargo)
if [[ "$sanitizer" != none ]]; then
  cargo=(cargo +nightly)
  export HANDOFF_FUZZ_SLOW_MS="${HANDOFF_FUZZ_SLOW_MS:-0}"
fi

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  mapfile -t targets < <("${cargo[@]}" fuzz list)
fi

echo "== building ${#targets[@]} targets (sanitizer: $sanitizer, $("${cargo[@]}" --version))" >&2
"${cargo[@]}" fuzz build -s "$sanitizer" || exit 2

mkdir -p fuzz/target/logs
rows=()
failed=0
for t in "${targets[@]}"; do
  work="fuzz/target/corpus-work/$t"
  log="fuzz/target/logs/$t.log"
  mkdir -p "$work" "fuzz/corpus/$t" "fuzz/artifacts/$t"
  echo "== $t: ${secs}s" >&2
  start=$(date +%s)
  # One process, no -jobs/-fork: libFuzzer then fuzzes on one core. New inputs go to the
  # work corpus; the committed corpus is read only (merged with FUZZ_MERGE=1).
  "${cargo[@]}" fuzz run -s "$sanitizer" "$t" "$work" "fuzz/corpus/$t" -- \
    -max_len=409600 -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1
  rc=$?
  elapsed=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  [[ -z "$execs" ]] && execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  corpus=$(grep -o 'corp: [0-9]*/[0-9a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
  slow=$(grep -c 'slow input:' "$log")
  crashes=$(grep 'Test unit written to' "$log" | grep -vc 'slow-unit-') # libFuzzer's own slow-unit report (> 10 s) is no crash
  crashes=$(( crashes > slow ? crashes - slow : 0 ))
  if [[ $rc -ne 0 && $crashes -eq 0 && $slow -eq 0 ]]; then
    crashes=1 # it failed without saving an input (a build or start-up error): see the log
  fi
  (( crashes + slow > 0 )) && failed=1
  rows+=("$(printf '%-16s %7s %12s %8s %14s %7s %5s' "$t" "$elapsed" "${execs:-?}" "${rate:-?}" "${corpus:-?}" "$crashes" "$slow")")
  if [[ "${FUZZ_MERGE:-0}" == 1 ]]; then
    # The committed corpus becomes the fewest of its inputs and the new ones that reach the
    # same edges (-use_counters=0: with hit counts too it is ten times larger).
    merged="fuzz/target/corpus-merged/$t"
    rm -rf "$merged" && mkdir -p "$merged"
    if "${cargo[@]}" fuzz run -s "$sanitizer" "$t" "$merged" "fuzz/corpus/$t" "$work" -- \
      -merge=1 -use_counters=0 -max_len=409600 -timeout=10 >>"$log" 2>&1; then
      rm -rf "fuzz/corpus/$t" && mv "$merged" "fuzz/corpus/$t"
    fi
  fi
  grep -h -A3 'slow input:\|panicked at\|ERROR: libFuzzer\|ERROR: AddressSanitizer' "$log" | head -20 >&2
done

printf '\n%-16s %7s %12s %8s %14s %7s %5s\n' target seconds executions exec/s corpus crashes slow
printf '%s\n' "${rows[@]}"
exit $failed
