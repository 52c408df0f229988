#!/usr/bin/env bash
# Ours against `pdftotext -layout` on the same PDFs, side by side: the sample PDFs (and the corpus PDFs when ../shared is
# beside the checkout) copied to COUNT files; ours as `govreport batch --jobs 2 --format json`, pdftotext one process
# per file through `xargs -P 2`; the two alternate for ROUNDS rounds, each into a fresh output folder. Prints pages per
# CPU-second (user + system) and per wall-second for each, per round and the best round of each. A second build (BEFORE,
# e.g. one published from an earlier commit) is measured in the same rounds too, to compare a change under the same load.
#   tests/GovReportParser.Benchmarks/pdf-vs-pdftotext.sh [COUNT=100] [ROUNDS=3] [GOVREPORT=published or built CLI] [BEFORE]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100}
rounds=${2:-3}
govreport=${3:-}
before=${4:-}
command -v pdftotext > /dev/null || { echo "pdftotext is missing: apt-get install poppler-utils" >&2; exit 2; }
if [ -z "$govreport" ]; then
    dotnet build -c Release src/GovReportParser.Cli -v q -nologo > /dev/null
    govreport=src/GovReportParser.Cli/bin/Release/net10.0/govreport
fi

work=$(mktemp -d /tmp/pdf-vs-pdftotext-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
sources=(samples/pdf/*.pdf)
[ -d ../shared/corpus/raw ] && sources+=(../shared/corpus/raw/*.pdf)
for i in $(seq "$count"); do
    src=${sources[$(( (i - 1) % ${#sources[@]} ))]}
    cp "$src" "$work/in/$(printf '%04d' "$i")-$(basename "$src")"
done
pages=0
for f in "$work"/in/*.pdf; do
    pages=$(( pages + $(pdfinfo "$f" | awk '/^Pages:/ { print $2 }') ))
done
echo "$count files, $pages pages; ours: $govreport${before:+; before: $before}; load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"

measure() { # name command...: prints "wall cpu"
    local name=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$work/$name.time" | awk '{ printf "%s %s\n", $1, $2 + $3 }'
}
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { print (b < a ? b : a) }'; }
report() { # name round wall cpu
    awk -v n="$1" -v r="$2" -v w="$3" -v c="$4" -v p="$pages" \
        'BEGIN { printf "round %d %-9s %6.2f s wall %6.2f s CPU  %7.1f pages/CPU-s  %7.1f pages/wall-s\n", r, n, w, c, p / c, p / w }'
}
best_ours_cpu=1e9; best_ours_wall=1e9; best_p_cpu=1e9; best_p_wall=1e9; best_b_cpu=1e9; best_b_wall=1e9
for round in $(seq "$rounds"); do
    rm -rf "$work/ours" "$work/text"; mkdir "$work/text"
    read -r wall cpu < <(measure ours "$govreport" batch "$work/in" --out "$work/ours" --jobs 2 --format json --quiet)
    report ours "$round" "$wall" "$cpu"
    best_ours_cpu=$(smaller "$best_ours_cpu" "$cpu")
    best_ours_wall=$(smaller "$best_ours_wall" "$wall")
    read -r wall cpu < <(measure pdftotext bash -c "cd '$work/in' && ls *.pdf | xargs -P 2 -I{} pdftotext -layout {} '$work/text/{}.txt'")
    report pdftotext "$round" "$wall" "$cpu"
    best_p_cpu=$(smaller "$best_p_cpu" "$cpu")
    best_p_wall=$(smaller "$best_p_wall" "$wall")
    if [ -n "$before" ]; then
        rm -rf "$work/before"
        read -r wall cpu < <(measure before "$before" batch "$work/in" --out "$work/before" --jobs 2 --format json --quiet)
        report before "$round" "$wall" "$cpu"
        best_b_cpu=$(smaller "$best_b_cpu" "$cpu")
        best_b_wall=$(smaller "$best_b_wall" "$wall")
    fi
done
awk -v oc="$best_ours_cpu" -v ow="$best_ours_wall" -v pc="$best_p_cpu" -v pw="$best_p_wall" -v p="$pages" 'BEGIN {
    printf "best: ours %.1f pages/CPU-s, %.1f pages/wall-s; pdftotext %.1f pages/CPU-s, %.1f pages/wall-s\n", p / oc, p / ow, p / pc, p / pw
    printf "ours / pdftotext: %.2fx per CPU-second, %.2fx per wall-second\n", pc / oc, pw / ow }'
[ -z "$before" ] || awk -v bc="$best_b_cpu" -v bw="$best_b_wall" -v pc="$best_p_cpu" -v pw="$best_p_wall" -v p="$pages" 'BEGIN {
    printf "before / pdftotext: %.2fx per CPU-second, %.2fx per wall-second (before %.1f pages/CPU-s, %.1f pages/wall-s)\n", pc / bc, pw / bw, p / bc, p / bw }'
echo "load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
