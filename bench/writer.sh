#!/usr/bin/env bash
# Throughput of the row writers alone: MB/s of output produced, rows per second, and the
# seconds a million rows take.
#
#   bench/writer.sh                        (CSV in its three dialects)
#   bench/writer.sh csv-excel-fr tsv jsonl (the outputs named: csv-rfc4180, csv-excel,
#                                           csv-excel-fr, tsv, jsonl, xlsx, xlsx-poi)
#   JMH_ARGS='-wi 2 -i 3' bench/writer.sh  (more JMH options, here fewer iterations)
#   WRITER_ROWS=1000000 JMH_ARGS='-wi 1 -i 3' bench/writer.sh xlsx xlsx-poi
#                                          (a million rows per workbook, fastexcel and the
#                                           Apache POI writer it replaced, in one run: ~5 min)
#
# A JMH benchmark, src/test/java/org/figx/bench/WriterBenchmark.java, makes once the rows
# figx finds in testdata/articles/fr and testdata/bench/fr (WRITER_DIRS names other
# folders, separated by ':'), repeats them up to WRITER_ROWS rows (default 100,000), and
# writes them all per operation, document by document as the CLI does (format, encode to
# UTF-8, copy to the stream), with a header, to an output stream that only counts bytes.
# One thread, one forked JVM with the settings of bin/figx; 3 warm-up and 5 measured
# iterations of 2 s (an operation that takes longer makes its iteration as long).
# MB/s = bytes of output per second / 2^20; xlsx-poi is test code (PoiXlsxRowWriter), POI
# being a test dependency since figx writes xlsx through fastexcel.
#
# Excluded: extraction, reading input, the disk. A shared VM is noisy: compare runs made
# together. Build in target-bench/ (BENCH_BUILD); JMH's output in target-bench/jmh-writer.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export LC_NUMERIC=C
BUILD=${BENCH_BUILD:-$PWD/target-bench}
DIRS=${WRITER_DIRS:-testdata/articles/fr:testdata/bench/fr}
ROWS=${WRITER_ROWS:-100000}
JMH_ARGS=${JMH_ARGS:-}
OUTPUTS=("$@")
[ ${#OUTPUTS[@]} -gt 0 ] || OUTPUTS=(csv-rfc4180 csv-excel csv-excel-fr)
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
# shellcheck source=bench/jmh-classpath.sh
. bench/jmh-classpath.sh

params=$(IFS=,; echo "${OUTPUTS[*]}")
echo "running JMH on $params, $ROWS rows per operation, at least $((${#OUTPUTS[@]} * 20)) s ..." >&2
# shellcheck disable=SC2086 # JMH_ARGS is a list of options
if ! "$java" -cp "$CP" -Dfigx.bench.writer.dirs="$DIRS" org.openjdk.jmh.Main WriterBenchmark \
    -p output="$params" -p rows="$ROWS" -rf scsv -rff "$BUILD/jmh-writer.scsv" $JMH_ARGS \
    > "$BUILD/jmh-writer.log" 2>&1; then
  tail -30 "$BUILD/jmh-writer.log" >&2; echo "writer.sh: JMH failed, see $BUILD/jmh-writer.log" >&2; exit 1
fi
grep -m1 '^# figx rows' "$BUILD/jmh-writer.log" || true
# scsv fields: "Benchmark";"Mode";"Threads";"Samples";"Score";"Score Error (99.9%)";"Unit";"Param: output";"Param: rows"
awk -F';' 'NR > 1 { gsub(/"/, ""); gsub(/,/, ".", $5); gsub(/,/, ".", $6) }
  NR > 1 && $1 ~ /:bytes$/ { if (!($8 in seen)) { seen[$8] = 1; order[++n] = $8 }
    mb[$8] = $5 / 1048576; mberr[$8] = $6 / 1048576 }
  NR > 1 && $1 ~ /:rows$/ { rate[$8] = $5; err[$8] = $6 }
  END { for (i = 1; i <= n; i++) { o = order[i]
    printf "%-14s %8.1f MB/s +- %5.1f   %9.0f rows/s +- %7.0f   %6.2f s per million rows\n",
      o, mb[o], mberr[o], rate[o], err[o], (rate[o] > 0 ? 1000000 / rate[o] : 0) } }' "$BUILD/jmh-writer.scsv"
