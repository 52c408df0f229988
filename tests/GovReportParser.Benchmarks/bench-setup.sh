# Sourced by the batch benchmarks (batch-throughput.sh, summary-benchmark.sh): their common arguments
# [COUNT=10000] [RUNS=3] [OUT_ROOT=/tmp] [GOVREPORT=built CLI], a Release build of the CLI, and the varied corpus of COUNT
# txt reports, made once in /tmp/govreport-corpus-COUNT and kept for later runs.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
count=${1:-10000}
runs=${2:-3}
out_root=${3:-/tmp}
corpus=/tmp/govreport-corpus-$count
govreport=${4:-src/GovReportParser.Cli/bin/Release/net10.0/govreport}

dotnet build -c Release src/GovReportParser.Cli -v q -nologo > /dev/null
[ -d "$corpus" ] || dotnet run -c Release --project tests/GovReportParser.Benchmarks -- make-corpus "$corpus" "$count"
