#!/usr/bin/env bash
# Throughput of the row writers alone, in MB/s of output produced.
#
#   bench/writer.sh                        (CSV in its three dialects)
#   bench/writer.sh csv-excel-fr tsv jsonl (the outputs named: csv-rfc4180, csv-excel,
#                                           csv-excel-fr, tsv, jsonl)
#   JMH_ARGS='-wi 2 -i 3' bench/writer.sh  (more JMH options, here fewer iterations)
#
# A JMH benchmark, src/test/java/org/figx/bench/WriterBenchmark.java, makes once the rows
# figx finds in testdata/articles/fr and testdata/bench/fr (WRITER_DIRS names other
# folders, separated by ':'), repeats them up to 100,000 rows, and writes them all per
# operation, document by document as the CLI does (format, encode to UTF-8, copy to the
# stream), with a header, to an output stream that only counts bytes. One thread, one
# forked JVM with the settings of bin/figx; 3 warm-up and 5 measured iterations of 2 s.
# MB/s = bytes of output per second / 2^20.
#
# Excluded: extraction, reading input, the disk. A shared VM is noisy: compare runs made
# together. Build in target-bench/ (BENCH_BUILD); JMH's output in target-bench/jmh-writer.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export LC_NUMERIC=C
BUILD=${BENCH_BUILD:-$PWD/target-bench}
DIRS=${WRITER_DIRS:-testdata/articles/fr:testdata/bench/fr}
JMH_ARGS=${JMH_ARGS:-}
OUTPUTS=("$@")
[ ${#OUTPUTS[@]} -gt 0 ] || OUTPUTS=(csv-rfc4180 csv-excel csv-excel-fr)
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
# shellcheck source=bench/jmh-classpath.sh
. bench/jmh-classpath.sh

params=$(IFS=,; echo "${OUTPUTS[*]}")
echo "running JMH on $params, about $((${#OUTPUTS[@]} * 20)) s ..." >&2
# shellcheck disable=SC2086 # JMH_ARGS is a list of options
if ! "$java" -cp "$CP" -Dfigx.bench.writer.dirs="$DIRS" org.openjdk.jmh.Main WriterBenchmark \
    -p output="$params" -rf scsv -rff "$BUILD/jmh-writer.scsv" $JMH_ARGS > "$BUILD/jmh-writer.log" 2>&1; then
  tail -30 "$BUILD/jmh-writer.log" >&2; echo "writer.sh: JMH failed, see $BUILD/jmh-writer.log" >&2; exit 1
fi
grep -m1 '^# figx rows' "$BUILD/jmh-writer.log" || true
# scsv fields: "Benchmark";"Mode";"Threads";"Samples";"Score";"Score Error (99.9%)";"Unit";"Param: output"
awk -F';' 'NR > 1 && $1 ~ /:bytes"$/ { gsub(/"/, ""); gsub(/,/, ".", $5); gsub(/,/, ".", $6);
  printf "%-14s %8.1f MB/s +- %5.1f\n", $8, $5 / 1048576, $6 / 1048576 }' "$BUILD/jmh-writer.scsv"
