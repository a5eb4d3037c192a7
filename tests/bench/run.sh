#!/usr/bin/env bash
# Measure summit on large generated datasets against jq and jaq doing the
# same work, and print a Markdown table of the results.
#
#   bash tests/bench/run.sh                 # sizes 1k 10k 100k 200k records
#   SIZES="10000 100000" RUNS=5 bash tests/bench/run.sh   # fewer, faster
#
# It installs what it needs when absent: jq and hyperfine and GNU time
# from Debian's packages (apt-get, as root or with sudo), jaq with
# `cargo install --locked jaq`. Datasets are generated into target/bench/
# by tests/bench/generate.rs and kept for the next run.
#
# Workloads, on each size:
#   list   summit --data F list --year 2018 --outcome held --format json
#          and the jq / jaq program that selects the same records; the
#          three outputs are compared byte for byte before timing.
#   stats  summit --data F stats --format json
# and, once, the bundled `summit list` (start-up).
#
# Times are CPU time (user and system, hyperfine's means over the runs);
# peak memory is the maximum resident set size from GNU time. The script reports; it does not fail on a missed
# target, only on a tool that cannot run or outputs that differ.
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)
out=$root/target/bench
mkdir -p "$out"

sizes=${SIZES:-"1000 10000 100000 200000"}

say() { printf '%s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=
need_deb() { # command package
    command -v "$1" >/dev/null 2>&1 && return 0
    say "installing $2 from Debian's packages"
    if [ -z "$apt_updated" ]; then
        as_root apt-get update -qq >/dev/null
        apt_updated=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

need_deb jq jq
need_deb hyperfine hyperfine
[ -x /usr/bin/time ] || need_deb /usr/bin/time time
if ! command -v jaq >/dev/null 2>&1; then
    say "installing jaq with cargo install --locked jaq"
    cargo install --locked --quiet jaq
    export PATH="$HOME/.cargo/bin:$PATH"
fi

say "building summit (release) and the generator"
cargo build --release --locked --quiet
summit=$root/target/release/summit
cargo build --quiet --release --example generate
cp target/release/examples/generate "$out/generate"

jq_program='[.encounters[] | select(.channel == "meeting" and .outcome == "held" and (.date | split("/") | .[0][0:4] <= "2018" and .[-1][0:4] >= "2018"))]'

# Median of a hyperfine run (wall clock), in milliseconds.
median_ms() { # json-file
    jq '.results[0].median * 1000' "$1"
}

# CPU time of a hyperfine run (user and system, means), in milliseconds:
# steadier than the wall clock on a shared machine.
cpu_ms() { # json-file
    jq '(.results[0].user + .results[0].system) * 1000' "$1"
}

# Peak resident memory of a command, in MiB (the highest of three runs).
peak_mib() {
    local kb best=0
    for _ in 1 2 3; do
        /usr/bin/time -f '%M' -o "$out/peak" "$@" >/dev/null 2>&1
        kb=$(tail -1 "$out/peak")
        [ "$kb" -gt "$best" ] && best=$kb
    done
    awk -v kb="$best" 'BEGIN { printf "%.0f", kb / 1024 }'
}

time_it() { # runs json-file command...
    local runs=$1 json=$2
    shift 2
    hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$json" "$*" >/dev/null
    cpu_ms "$json"
}

rows=()
for n in $sizes; do
    data=$out/encounters-$n.json
    if [ ! -s "$data" ]; then
        say "generating $n records"
        "$out/generate" "$n" >"$data.tmp"
        mv "$data.tmp" "$data"
    fi
    "$summit" validate "$data" >/dev/null

    "$summit" --data "$data" list --year 2018 --outcome held --format json >"$out/summit-$n.out"
    jq "$jq_program" "$data" >"$out/jq-$n.out"
    jaq "$jq_program" "$data" >"$out/jaq-$n.out"
    for peer in jq jaq; do
        if ! cmp -s "$out/summit-$n.out" "$out/$peer-$n.out"; then
            say "error: at $n records, summit and $peer print different records"
            exit 1
        fi
    done
    matched=$(jq length "$out/summit-$n.out")

    runs=${RUNS:-10}
    say "timing $n records ($runs runs each)"
    s_list=$(time_it "$runs" "$out/t-summit-$n.json" "$summit" --data "$data" list --year 2018 --outcome held --format json)
    s_stats=$(time_it "$runs" "$out/t-stats-$n.json" "$summit" --data "$data" stats --format json)
    t_jq=$(time_it "$runs" "$out/t-jq-$n.json" jq "'$jq_program'" "$data")
    t_jaq=$(time_it "$runs" "$out/t-jaq-$n.json" jaq "'$jq_program'" "$data")

    m_summit=$(peak_mib "$summit" --data "$data" list --year 2018 --outcome held --format json)
    m_stats=$(peak_mib "$summit" --data "$data" stats --format json)
    m_jq=$(peak_mib jq "$jq_program" "$data")
    m_jaq=$(peak_mib jaq "$jq_program" "$data")
    file_mib=$(awk -v b="$(stat -c %s "$data")" 'BEGIN { printf "%.1f", b / 1048576 }')

    rows+=("$n $file_mib $matched $s_list $t_jq $t_jaq $s_stats $m_summit $m_jq $m_jaq $m_stats")
done

startup=$(hyperfine -N --style none --warmup 20 --runs 200 \
    --export-json "$out/t-startup.json" "$summit list" >/dev/null && median_ms "$out/t-startup.json")

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)

cat <<EOF
Machine: ${cpu:-unknown CPU}, $(nproc) cores, $mem, $(uname -sr)
Tools: $("$summit" --version), $(jq --version), $(jaq --version), $(hyperfine --version), $(rustc --version | cut -d' ' -f1-2)

list: \`summit --data F list --year 2018 --outcome held --format json\` and the same selection in jq and jaq
stats: \`summit --data F stats --format json\`
Times are CPU time (user + system, mean of the runs); memory is peak resident set size.

| records | file | matched | summit list | jq | jaq | vs jq | vs jaq | µs/record | summit memory | jq memory | jaq memory | summit stats | stats memory |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
EOF
for row in "${rows[@]}"; do
    # shellcheck disable=SC2086
    set -- $row
    awk -v n="$1" -v f="$2" -v k="$3" -v s="$4" -v q="$5" -v a="$6" -v st="$7" \
        -v ms="$8" -v mq="$9" -v ma="${10}" -v mst="${11}" 'BEGIN {
        printf "| %d | %s MiB | %d | %.1f ms | %.1f ms | %.1f ms | %.1f× | %.1f× | %.2f | %d MiB (%.2f× file) | %d MiB | %d MiB | %.1f ms | %d MiB |\n",
            n, f, k, s, q, a, q / s, a / s, s * 1000 / n, ms, ms / f, mq, ma, st, mst
    }'
done
printf '\nBundled `summit list` (start to finish): %.2f ms median over 200 runs\n' "$startup"

# The targets, judged at 100k encounters and between 10k and 200k.
verdicts=$(for row in "${rows[@]}"; do echo "$row"; done | awk -v startup="$startup" '
    { s[$1] = $4; q[$1] = $5; a[$1] = $6; m[$1] = $8; f[$1] = $2; ms[$1] = $11 }
    END {
        if (100000 in s) {
            printf "%s list at 100k is %.1f× faster than jq (target 5×)\n", (q[100000] / s[100000] >= 5 ? "met " : "MISSED"), q[100000] / s[100000]
            printf "%s list at 100k is %.1f× faster than jaq (target 1.5×)\n", (a[100000] / s[100000] >= 1.5 ? "met " : "MISSED"), a[100000] / s[100000]
            printf "%s list peak memory at 100k is %.2f× the file (target at most 2×)\n", (m[100000] / f[100000] <= 2 ? "met " : "MISSED"), m[100000] / f[100000]
            printf "%s stats peak memory at 100k is %.2f× the file (target at most 2×)\n", (ms[100000] / f[100000] <= 2 ? "met " : "MISSED"), ms[100000] / f[100000]
        }
        if ((10000 in s) && (200000 in s)) {
            r = (s[200000] / 200000) / (s[10000] / 10000)
            printf "%s time per record at 200k is %.2f× that at 10k (target within 25%%)\n", (r >= 0.75 && r <= 1.25 ? "met " : "MISSED"), r
        }
        printf "%s bundled list takes %.2f ms (target under 5 ms)\n", (startup < 5 ? "met " : "MISSED"), startup
    }')
printf '\n%s\n' "$verdicts"
