#!/usr/bin/env bash
# Ours against `pdftotext -layout` on the same PDFs, side by side: the sample PDFs (and the corpus PDFs when ../shared is
# beside the checkout) copied to COUNT files; ours as `govreport batch --jobs 2 --format json`, pdftotext one process
# per file through `xargs -P 2`; the two alternate for ROUNDS rounds, each into a fresh output folder. Prints pages per
# CPU-second (user + system) and per wall-second for each, per round and the best round of each.
#   tests/GovReportParser.Benchmarks/pdf-vs-pdftotext.sh [COUNT=100] [ROUNDS=3] [GOVREPORT=published or built CLI]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100}
rounds=${2:-3}
govreport=${3:-}
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
echo "$count files, $pages pages; ours: $govreport"

measure() { # name command...: prints "wall cpu"
    local name=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$work/$name.time" | awk '{ printf "%s %s\n", $1, $2 + $3 }'
}
report() { # name round wall cpu
    awk -v n="$1" -v r="$2" -v w="$3" -v c="$4" -v p="$pages" \
        'BEGIN { printf "round %d %-9s %6.2f s wall %6.2f s CPU  %7.1f pages/CPU-s  %7.1f pages/wall-s\n", r, n, w, c, p / c, p / w }'
}
best_ours_cpu=1e9; best_ours_wall=1e9; best_p_cpu=1e9; best_p_wall=1e9
for round in $(seq "$rounds"); do
    rm -rf "$work/ours" "$work/text"; mkdir "$work/text"
    read -r wall cpu < <(measure ours "$govreport" batch "$work/in" --out "$work/ours" --jobs 2 --format json --quiet)
    report ours "$round" "$wall" "$cpu"
    best_ours_cpu=$(awk -v a="$best_ours_cpu" -v b="$cpu" 'BEGIN { print (b < a ? b : a) }')
    best_ours_wall=$(awk -v a="$best_ours_wall" -v b="$wall" 'BEGIN { print (b < a ? b : a) }')
    read -r wall cpu < <(measure pdftotext bash -c "cd '$work/in' && ls *.pdf | xargs -P 2 -I{} pdftotext -layout {} '$work/text/{}.txt'")
    report pdftotext "$round" "$wall" "$cpu"
    best_p_cpu=$(awk -v a="$best_p_cpu" -v b="$cpu" 'BEGIN { print (b < a ? b : a) }')
    best_p_wall=$(awk -v a="$best_p_wall" -v b="$wall" 'BEGIN { print (b < a ? b : a) }')
done
awk -v oc="$best_ours_cpu" -v ow="$best_ours_wall" -v pc="$best_p_cpu" -v pw="$best_p_wall" -v p="$pages" 'BEGIN {
    printf "best: ours %.1f pages/CPU-s, %.1f pages/wall-s; pdftotext %.1f pages/CPU-s, %.1f pages/wall-s\n", p / oc, p / ow, p / pc, p / pw
    printf "ours / pdftotext: %.2fx per CPU-second, %.2fx per wall-second\n", pc / oc, pw / ow }'
