#!/usr/bin/python3
"""Run one `govreport batch` over many machines with Dask, then merge the parts.

    govreport_dask.py INPUT_DIR --out OUT [--parts N] [--workers W | --scheduler ADDRESS] [--govreport PATH] [-- BATCH_ARGS]
    govreport_dask.py --files-from LIST [--root DIR] --out OUT ...

The driver lists the inputs once (a folder as `govreport list DIR` prints it, or a list file), writes the one
sorted list to OUT/govreport-inputs.txt, submits N tasks `govreport batch --files-from LIST --root ROOT --shard K/N
--out OUT`, one per part, retries a failed part once, prints progress on stderr, and when every part is in, runs
`govreport collect OUT` here, which merges OUT/parts/ in shard order into the tables one unsharded batch would write.

Every worker and this machine must see INPUT_DIR (or ROOT) and OUT at the same paths (a shared filesystem or an
object-store mount), and `govreport` at --govreport PATH. Run real workers with `--nthreads 1`: one part at a time per
worker, while the batch itself parses with every core of its machine (`--jobs`, passed after `--`, says otherwise).

Exit code: what one unsharded batch would return (0: every file parsed and passed its checks; 1: a file failed or a
report failed a check, each named in reports.csv), 2 for bad usage, 3 when a part failed twice or collect failed
(one line on stderr names the part and the tail of its stderr; no merged tables are written then).

Python 3.11 with Debian's python3-distributed (2022.12); nothing else.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

LIST_NAME = "govreport-inputs.txt"
# Exit codes of `govreport batch` that mean the part was written: 1 is a finding about the reports (a file that failed,
# a failed check), already a row of the part's tables, not a failure of the part.
BATCH_WROTE_PART = (0, 1)
USAGE, PART_FAILED = 2, 3
STDERR_TAIL_CHARS = 600
ATTEMPTS = 2


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="govreport_dask.py",
        description="Run `govreport batch` as N parts on a Dask cluster (a scheduler address, or a LocalCluster "
                    "here), retry a failed part once, and merge the parts with `govreport collect`.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Arguments after `--` go to every `govreport batch` (e.g. -- --jobs 4 --timeout 120).\n"
               "Every worker must see the inputs, OUT and the binary at the same paths (a shared file system).\n"
               "Exit code: as one batch (0; 1 when a file failed or a report failed a check), 2 bad usage,\n"
               "3 a part failed twice or collect failed (nothing merged then).")
    parser.add_argument("input", nargs="?", help="folder of reports, listed by `govreport list DIR` as `govreport batch DIR` walks it")
    parser.add_argument("--files-from", metavar="LIST", help="file of input paths, one a line (instead of INPUT)")
    parser.add_argument("--root", metavar="DIR", help="folder the relative paths of LIST are below (default: the current one)")
    parser.add_argument("--out", required=True, metavar="OUT", help="output folder, seen by every worker")
    parser.add_argument("--parts", type=int, default=0, metavar="N", help="number of parts (default: 4 a worker)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler (tcp://host:8786)")
    parser.add_argument("--workers", type=int, default=2, metavar="W",
                        help="without --scheduler: worker processes of the LocalCluster started here (default 2)")
    parser.add_argument("--govreport", default="govreport", metavar="PATH",
                        help="the govreport binary, as the workers see it (default: govreport on PATH)")
    parser.add_argument("--format", default="json,csv", help="table formats, as for batch (default json,csv)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    arguments, batch_arguments = parser.parse_known_args(argv)
    if batch_arguments[:1] == ["--"]:
        batch_arguments = batch_arguments[1:]
    elif batch_arguments:
        parser.error("unrecognized arguments: " + " ".join(batch_arguments) + " (batch options go after --)")
    if (arguments.input is None) == (arguments.files_from is None):
        parser.error("give either INPUT or --files-from LIST")
    if arguments.root is not None and arguments.input is not None:
        parser.error("--root goes with --files-from")
    if arguments.parts < 0 or arguments.workers < 1:
        parser.error("--parts and --workers must be positive")
    return arguments, batch_arguments


def ordinal(path):
    """The order of .NET's StringComparer.Ordinal (UTF-16 code units), which `govreport` sorts its inputs by."""
    return path.encode("utf-16-be", "surrogatepass")


def list_folder(govreport, folder):
    """The files `govreport batch FOLDER` gives a row, as `govreport list FOLDER` prints them: the tool is the one
    folder walker, so the parts read what one batch of the folder reads."""
    listed = subprocess.run([govreport, "list", folder], stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, encoding="utf-8", errors="surrogateescape")
    if listed.returncode != 0:
        raise SystemExit(listed.stderr.strip() or f"error: {govreport} list {folder}: exit code {listed.returncode}")
    return [line for line in listed.stdout.split("\n") if line]


def read_list(path):
    """The lines of a list file (or stdin for '-'), without blank lines and trailing CRs."""
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with stream:
        return [line.rstrip("\r\n").rstrip("\r") for line in stream if line.strip()]


def write_whole(path, text):
    """Writes to a temporary name beside PATH and renames it: readers see the old list or the new one, never half."""
    temporary = f"{path}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    os.replace(temporary, path)


def part_marker(out, shard, parts):
    width = len(str(parts))
    return os.path.join(out, "parts", f"{shard:0{width}d}-of-{parts:0{width}d}", "part.json")


def stamp(path):
    """Identity of a file (inode and modification time), or None: a part rewritten by its rename has a new one."""
    try:
        status = os.stat(path)
        return status.st_ino, status.st_mtime_ns
    except FileNotFoundError:
        return None


def run_part(command, marker):
    """Runs on a Dask worker: one `govreport batch --shard K/N`. The part counts as written only when batch exits 0 or
    1 and its part.json was (re)written by this run, so a stale part of an earlier run is never taken for this one."""
    before = stamp(marker)
    started = time.monotonic()
    try:
        finished = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True)
        code, stderr = finished.returncode, finished.stderr.decode("utf-8", "replace")
    except OSError as error:
        code, stderr = None, f"cannot run {command[0]}: {error.strerror}"
    after = stamp(marker)
    written = code in BATCH_WROTE_PART and after is not None and after != before
    if code in BATCH_WROTE_PART and not written:
        stderr += f"\n(exit code {code} but {marker} was not written)"
    rows = 0
    if written:
        with open(marker, encoding="utf-8") as stream:
            manifest = json.load(stream)
        rows = manifest["parsed"] + manifest["failed"] + manifest["skipped"]
    return {"written": written, "code": code, "stderr": stderr, "rows": rows, "seconds": time.monotonic() - started}


def describe_failure(shard, parts, result):
    code = result["code"]
    code = ("could not start" if code is None else f"killed by signal {-code}" if code < 0 else f"exit code {code}")
    tail = " ".join(result["stderr"].split())[-STDERR_TAIL_CHARS:]
    return f"part {shard}/{parts} ({code}): {tail or 'no stderr'}"


def start_client(arguments):
    from distributed import Client, LocalCluster
    if arguments.scheduler:
        return Client(arguments.scheduler)
    # One thread a worker: a worker runs one part at a time, the batch in it uses the machine's cores.
    cluster = LocalCluster(n_workers=arguments.workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster)


def run_parts(client, arguments, batch_arguments, list_path, root, parts, entries):
    """Submits every part, resubmits a failed one once, and returns (exit code of the parts, failure lines)."""
    from distributed import as_completed
    out = os.path.abspath(arguments.out)

    def submit(shard, attempt):
        command = [arguments.govreport, "batch", "--files-from", list_path, "--root", root,
                   "--shard", f"{shard}/{parts}", "--out", out, "--format", arguments.format, "-q", *batch_arguments]
        future = client.submit(run_part, command, part_marker(out, shard, parts), pure=False,
                               key=f"govreport-part-{shard}-of-{parts}-attempt-{attempt}")
        attempts[future.key] = (shard, attempt)
        return future

    attempts = {}
    pending = as_completed([submit(shard, 1) for shard in range(1, parts + 1)])
    started, done, files, codes, failures = time.monotonic(), 0, 0, [], []
    for future in pending:
        shard, attempt = attempts[future.key]
        try:
            result = future.result()
        except Exception as error:  # the worker died or the task could not run: a failed attempt like any other
            result = {"written": False, "code": None, "stderr": f"{type(error).__name__}: {error}", "rows": 0, "seconds": 0.0}
        if result["written"]:
            done, files = done + 1, files + result["rows"]
            codes.append(result["code"])
            if result["stderr"].strip():
                sys.stderr.write(result["stderr"] if result["stderr"].endswith("\n") else result["stderr"] + "\n")
            progress(arguments, f"part {shard}/{parts} done: {done}/{parts} parts, {files}/{entries} files, "
                                f"{time.monotonic() - started:.1f} s")
        elif attempt < ATTEMPTS:
            progress(arguments, f"part {shard}/{parts} failed, retrying: {describe_failure(shard, parts, result)}")
            pending.add(submit(shard, attempt + 1))
        else:
            failures.append((shard, describe_failure(shard, parts, result)))
    return max(codes, default=0), [line for _, line in sorted(failures)]


def progress(arguments, line):
    if not arguments.quiet:
        print(line, file=sys.stderr, flush=True)


def main(argv):
    arguments, batch_arguments = parse_arguments(argv)
    if arguments.input is not None:
        if not os.path.isdir(arguments.input):
            print(f"error: {arguments.input}: not a folder", file=sys.stderr)
            return USAGE
        if shutil.which(arguments.govreport) is None:
            print(f"error: {arguments.govreport}: no such program", file=sys.stderr)
            return USAGE
        root, entries = os.path.abspath(arguments.input), list_folder(arguments.govreport, arguments.input)
    else:
        root = os.path.abspath(arguments.root or ".")
        try:
            entries = read_list(arguments.files_from)
        except OSError as error:
            print(f"error: {arguments.files_from}: {error.strerror}", file=sys.stderr)
            return USAGE
    entries = sorted(set(entries), key=ordinal)
    if shutil.which(arguments.govreport) is None and arguments.scheduler is None:
        print(f"error: {arguments.govreport}: no such program", file=sys.stderr)
        return USAGE

    os.makedirs(arguments.out, exist_ok=True)
    list_path = os.path.abspath(os.path.join(arguments.out, LIST_NAME))
    write_whole(list_path, "".join(entry + "\n" for entry in entries))
    parts = arguments.parts or 4 * arguments.workers
    progress(arguments, f"{len(entries)} inputs in {parts} parts → {list_path}")

    started = time.monotonic()
    with start_client(arguments) as client:
        code, failures = run_parts(client, arguments, batch_arguments, list_path, root, parts, len(entries))
    if failures:
        for line in failures:
            print(f"error: {line}", file=sys.stderr)
        print(f"error: {len(failures)} of {parts} parts failed twice; nothing collected", file=sys.stderr)
        return PART_FAILED

    collect = subprocess.run([arguments.govreport, "collect", os.path.abspath(arguments.out)],
                             stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8", errors="replace")
    sys.stderr.write(collect.stderr)
    if collect.returncode != 0:
        print(f"error: collect (exit code {collect.returncode}) failed: "
              f"{' '.join(collect.stderr.split())[-STDERR_TAIL_CHARS:]}", file=sys.stderr)
        return PART_FAILED
    sys.stdout.write(collect.stdout)
    print(f"{len(entries)} inputs in {parts} parts, collected in {time.monotonic() - started:.1f} s → {arguments.out}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
