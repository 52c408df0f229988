#!/bin/bash
# govreport on Slurm: N parts as one job array, then a collect job that depends on it. Written and checked with
# `bash -n` and shellcheck; never submitted (the development machine has no Slurm) — see docs/scale.md.
#
#   integrations/slurm/govreport-array.sh submit IN_DIR OUT_DIR N [GOVREPORT]
#
# lists IN_DIR once (on the submitting node) into OUT_DIR/govreport-inputs.txt, submits the array (task K runs
# `govreport batch --files-from … --shard K/N`, retried once in place when it fails) and a collect job that starts
# only when every task ended well (afterok). IN_DIR and OUT_DIR must be on a file system every node sees at the
# same path; GOVREPORT (default: govreport on PATH) is the published binary, or `apptainer exec govreport.sif govreport`
# built from integrations/container/Containerfile. Resources: edit the #SBATCH lines below (measured in
# docs/scale.md: a PDF page costs about 7 ms of CPU, a worker process a core holds up to about 170 MB).
#
#SBATCH --job-name=govreport
#SBATCH --cpus-per-task=4
#SBATCH --mem=5G
#SBATCH --time=02:00:00
#SBATCH --output=govreport-%A_%a.log
set -uo pipefail

LIST_NAME="govreport-inputs.txt"

# The K-th part's folder, as govreport names it: K and N zero-padded to the width of N (parts/03-of-12).
part_folder() {
  local out=$1 shard=$2 parts=$3
  printf '%s/parts/%0*d-of-%0*d' "$out" "${#parts}" "$shard" "${#parts}" "$parts"
}

# One attempt at part K: batch exits 1 when a report failed to parse or failed a check (a row of the part's tables,
# not a failure of the part), so 0 or 1 with a fresh part.json is done. A stale part.json of an earlier run of the same
# list is removed first, so that it cannot pass for this run's.
attempt() {
  local in=$1 out=$2 shard=$3 parts=$4 marker code
  shift 4
  marker="$(part_folder "$out" "$shard" "$parts")/part.json"
  rm -f -- "$marker"
  "$@" batch --files-from "$out/$LIST_NAME" --root "$in" --shard "$shard/$parts" --out "$out" --format json,csv -q
  code=$?
  [ "$code" -le 1 ] && [ -f "$marker" ]
}

case "${1:-}" in
  submit)
    [ $# -ge 4 ] || { echo "usage: $0 submit IN_DIR OUT_DIR N [GOVREPORT]" >&2; exit 2; }
    in=$(realpath -- "$2") && mkdir -p -- "$3" && out=$(realpath -- "$3") || exit 2
    parts=$4
    govreport=${5:-govreport}
    # The same entries as `govreport batch IN_DIR` reads: every non-folder, hidden names (a leading '.') left out,
    # links followed. govreport sorts the list itself; the sort here only makes the file easy to read.
    (cd -- "$in" && find -L . -mindepth 1 -name '.*' -prune -o ! -type d -printf '%P\n' | LC_ALL=C sort) \
      > "$out/$LIST_NAME.tmp" && mv -- "$out/$LIST_NAME.tmp" "$out/$LIST_NAME" || exit 2
    echo "$(wc -l < "$out/$LIST_NAME") inputs in $parts parts → $out/$LIST_NAME"
    array=$(sbatch --parsable --array="1-$parts" "$0" part "$in" "$out" "$parts" "$govreport") || exit 2
    collect=$(sbatch --parsable --dependency="afterok:$array" --cpus-per-task=1 --job-name=govreport-collect \
      "$0" collect "$out" "$govreport") || exit 2
    echo "array job $array, collect job $collect (squeue -j $array,$collect)"
    ;;
  part)
    # Slurm runs this with the array task id as the shard.
    in=$2 out=$3 parts=$4
    read -r -a govreport <<< "$5"
    shard=${SLURM_ARRAY_TASK_ID:?run by sbatch --array}
    if attempt "$in" "$out" "$shard" "$parts" "${govreport[@]}"; then exit 0; fi
    echo "part $shard/$parts failed; retrying once" >&2
    if attempt "$in" "$out" "$shard" "$parts" "${govreport[@]}"; then exit 0; fi
    echo "error: part $shard/$parts failed twice" >&2
    exit 3
    ;;
  collect)
    out=$2
    read -r -a govreport <<< "$3"
    exec "${govreport[@]}" collect "$out"
    ;;
  *)
    echo "usage: $0 submit IN_DIR OUT_DIR N [GOVREPORT]" >&2
    exit 2
    ;;
esac
