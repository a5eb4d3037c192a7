#!/usr/bin/env bash
# Mutation testing of the library's core with cargo-mutants: each mutant is
# a small deliberate bug (a flipped comparison, a function that returns a
# default), and the test suite should fail for it. Slow on two cores, so it
# is not part of .ci/run; run it by module:
#
#   bash tests/mutants.sh                     # every core module (about forty minutes)
#   bash tests/mutants.sh src/query.rs        # one module
#
# Results go to target/mutants/mutants.out (missed.txt lists the survivors);
# the last line printed is the score: caught (timeouts included) over viable.
set -euo pipefail
cd "$(dirname "$0")/.."

CORE=(
  src/query.rs
  src/date.rs
  src/text.rs
  src/search.rs
  src/suggest.rs
  src/gaps.rs
  'src/dataset/*.rs'
  src/export/ics.rs
  src/render/csv.rs
  src/diff.rs
  src/import/csv.rs
  src/import/mod.rs
)
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("${CORE[@]}")

if ! command -v cargo-mutants >/dev/null 2>&1; then
  cargo install --locked cargo-mutants
fi

args=()
for f in "${files[@]}"; do args+=(--file "$f"); done
out=target/mutants
mkdir -p "$out"
# The integration tests and the library's unit tests; the 200 MB memory
# test checks the allocator's limits, not these modules, and takes longest.
status=0
cargo mutants --profile mutants "${args[@]}" --output "$out" \
  -- --lib --test cli -- --skip a_200_mb_dataset || status=$?

dir="$out/mutants.out"
count() { if [ -s "$dir/$1" ]; then grep -c . "$dir/$1"; else echo 0; fi; }
caught=$(count caught.txt)
timeout=$(count timeout.txt)
missed=$(count missed.txt)
unviable=$(count unviable.txt)
viable=$((caught + timeout + missed))
if [ "$viable" -gt 0 ]; then
  score=$(awk -v k=$((caught + timeout)) -v v="$viable" 'BEGIN { printf "%.1f", 100 * k / v }')
  echo "mutation score: $score% ($((caught + timeout)) of $viable viable mutants caught, $timeout by timeout; $missed missed; $unviable unviable)"
fi
# cargo-mutants exits 2 when a mutant survives; anything else is trouble.
[ "$status" -eq 0 ] || [ "$status" -eq 2 ] || exit "$status"
