#!/usr/bin/env bash
# Measure `summit browse` on a large generated dataset without a terminal:
# the first frame after loading, each key's frame (median, p95, max), and
# peak memory next to that of `summit list --format json` on the same
# file. It reports; it does not fail on a missed target.
#
#   bash tests/bench/browse.sh            # 100000 encounters
#   SIZE=10000 bash tests/bench/browse.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${SIZE:-100000}
out=target/bench
mkdir -p "$out"
data=$out/encounters-$size.json
if [ ! -f "$data" ]; then
  cargo run --quiet --release --example generate -- "$size" > "$data"
fi
cargo build --quiet --release
SUMMIT_BENCH_DATA=$data cargo test --quiet --release --features bench --bin summit browse_benchmark -- \
  --nocapture --test-threads=1 2>/dev/null | grep -v '^running\|^test \|^$\|test result'
if command -v /usr/bin/time >/dev/null 2>&1; then
  /usr/bin/time -f %M -o "$out/list-memory.txt" \
    target/release/summit --data "$data" list --format json >/dev/null 2>&1
  echo "summit list --format json on the same file: peak memory $(cat "$out/list-memory.txt") kB"
  echo "the file: $(( $(stat -c %s "$data") / 1024 )) kB"
fi
