#!/usr/bin/env bash
# End-to-end batch throughput and peak memory: COUNT varied txt reports (made from the samples, and the corpus when
# ../shared is beside the checkout) through `govreport batch --format json,csv`, RUNS times, each into a fresh output
# folder. Old outputs are deleted only at the end, and the script then waits: ext4 skips inodes freed in the last 30 s
# when it allocates new ones, so creating files just after thousands were deleted is slower.
#   tests/GovReportParser.Benchmarks/batch-throughput.sh [COUNT=10000] [RUNS=3] [OUT_ROOT=/tmp] [GOVREPORT=built CLI]
# FORMATS (default json,csv) and BATCH_OPTIONS (e.g. "--isolation none") in the environment change what the batch writes.
set -euo pipefail
source "$(dirname "$0")/bench-setup.sh" "$@"
formats=${FORMATS:-json,csv}
outputs=()
for run in $(seq "$runs"); do
    out=$(mktemp -d "$out_root/govreport-out-XXXXXX")
    outputs+=("$out")
    /usr/bin/time -f "%e %M" -o "$out.time" "$govreport" batch "$corpus" --out "$out" --format "$formats" ${BATCH_OPTIONS:-} --quiet > /dev/null || true
    read -r seconds kilobytes < <(tail -n 1 "$out.time")
    awk -v n="$count" -v s="$seconds" -v kb="$kilobytes" -v r="$run" \
        'BEGIN { printf "run %d: %d reports in %.2f s = %.0f reports/s, peak RSS %.0f MB\n", r, n, s, n / s, kb / 1024 }'
done
rm -rf "${outputs[@]}" "${outputs[@]/%/.time}"
sleep 35
