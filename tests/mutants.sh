#!/usr/bin/env bash
# Mutation testing with cargo-mutants: each mutant is a small deliberate
# bug (a flipped comparison, a function that returns a default), and the test
# suite should fail for it. The scope is the whole library plus browse's
# state (the app, its list, search, timeline view, keys and input mapping);
# the rest of the command line is wiring, and browse's drawing and terminal
# loop are checked by the tmux and TestBackend tests instead. Slow on two
# cores (about eight hours for everything; JOBS=2 helps), so it is not part
# of .ci/run:
#
#   bash tests/mutants.sh                     # the whole scope
#   bash tests/mutants.sh src/query/mod.rs    # one file (globs work)
#   SHARD=0/4 bash tests/mutants.sh           # a quarter of the scope
#   ITERATE=1 bash tests/mutants.sh           # only what the last run left
#
# Results go to target/mutants/mutants.out (missed.txt lists the survivors);
# the last line printed is the score: caught (timeouts included) over viable.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
if [ $# -gt 0 ]; then
  for f in "$@"; do args+=(--file "$f"); done
else
  args=(
    --exclude 'src/main.rs'
    --exclude 'src/cli/*.rs'
    --exclude 'src/cli/browse/mod.rs'
    --exclude 'src/cli/browse/ui/**'
  )
fi
[ -z "${SHARD:-}" ] || args+=(--shard "$SHARD")
# ITERATE=1 skips the mutants an earlier run in target/mutants caught or
# found unviable; JOBS=2 builds and tests two at a time.
[ -z "${ITERATE:-}" ] || args+=(--iterate)
[ -z "${JOBS:-}" ] || args+=(--jobs "$JOBS")

if ! command -v cargo-mutants >/dev/null 2>&1; then
  cargo install --locked cargo-mutants
fi

out=target/mutants
mkdir -p "$out"
# The integration tests and the unit tests (library and browse); the 200 MB memory
# test checks the allocator's limits, not these modules, and takes longest.
status=0
cargo mutants --profile mutants "${args[@]}" --output "$out" \
  -- --lib --bins --test cli -- --skip a_200_mb_dataset || status=$?

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
