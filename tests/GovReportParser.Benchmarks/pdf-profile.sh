#!/usr/bin/env bash
# Where the CPU time of a PDF batch goes, inside PdfPig as well as in our code, on the published (Native AOT) build: a
# sampling profile (perf, every process of the batch, workers included) of `batch --jobs 2 --format json` over the sample
# PDFs (and the corpus PDFs when ../shared is beside the checkout), each copied COPIES times, with each sample filed under
# one bucket by pdf-perf-buckets.py. Needs perf (linux-perf) and a published build:
#   dotnet publish src/GovReportParser.Cli -c Release -r linux-x64 -o DIR
#   tests/GovReportParser.Benchmarks/pdf-profile.sh DIR/govreport [COPIES=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
govreport=${1:?usage: pdf-profile.sh PUBLISHED_GOVREPORT [COPIES]}
copies=${2:-5}
command -v perf > /dev/null || { echo "perf is missing: apt-get install linux-perf" >&2; exit 2; }
work=$(mktemp -d /tmp/pdf-profile-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
sources=(samples/pdf/*.pdf)
[ -d ../shared/corpus/raw ] && sources+=(../shared/corpus/raw/*.pdf)
for i in $(seq "$copies"); do
    for src in "${sources[@]}"; do cp "$src" "$work/in/$i-$(basename "$(dirname "$src")")-$(basename "$src")"; done
done
echo "$(ls "$work/in" | wc -l) files; ours: $govreport"
perf record -q -F 1999 -g -o "$work/perf.data" "$govreport" batch "$work/in" --out "$work/out" --jobs 2 --format json --quiet > /dev/null 2>&1 || true
perf script -i "$work/perf.data" -F comm,tid,ip,sym 2> /dev/null | python3 tests/GovReportParser.Benchmarks/pdf-perf-buckets.py
