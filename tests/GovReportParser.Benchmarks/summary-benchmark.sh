#!/usr/bin/env bash
# The summary of a large batch: COUNT varied txt reports (the batch-throughput corpus: samples, and the corpus when
# ../shared is beside the checkout, with numbers and agency names changed per copy) batched once into a fresh folder,
# then `govreport summary` over that folder RUNS times: wall and CPU time, peak memory (max RSS), and the size of summary.html.
# Ten places share every source's years, so the panel has many agencies with several years and many duplicates.
#   tests/GovReportParser.Benchmarks/summary-benchmark.sh [COUNT=10000] [RUNS=3] [OUT_ROOT=/tmp] [GOVREPORT=built CLI]
set -euo pipefail
source "$(dirname "$0")/bench-setup.sh" "$@"
out=$(mktemp -d "$out_root/govreport-summary-XXXXXX")
"$govreport" batch "$corpus" --out "$out" --format json,csv --quiet > /dev/null || true
for run in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$out.time" "$govreport" summary "$out" > /dev/null
    read -r seconds user system kilobytes < <(tail -n 1 "$out.time")
    bytes=$(stat -c %s "$out/summary.html")
    awk -v n="$count" -v s="$seconds" -v u="$user" -v y="$system" -v kb="$kilobytes" -v b="$bytes" -v r="$run" \
        'BEGIN { printf "run %d: summary of %d reports in %.2f s (CPU %.2f s), peak RSS %.0f MB, summary.html %.2f MB\n", r, n, s, u + y, kb / 1024, b / 1048576 }'
done
rm -rf "$out" "$out.time"
