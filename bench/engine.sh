#!/usr/bin/env bash
# Steady-state throughput of the extraction engine alone, warm, with 1 thread and with
# 2 threads sharing one engine: how fast figx's code runs once the JIT has compiled it,
# and how the engine itself scales from 1 to 2 threads.
#
#   bench/engine.sh [THREADS...]          (default: threads 1 2; needs only Java 17 and
#                                          Maven; builds the test classes itself)
#   JMH_ARGS='-wi 3 -i 3' bench/engine.sh (more JMH options, here fewer iterations)
#   JMH_ARGS='-jvmArgsAppend -XX:TieredStopAtLevel=1' bench/engine.sh 1
#                                         (the quick compiler's steady state: the code
#                                          bin/figx runs on inputs under 24 MB; whole runs
#                                          of bin/figx on this kind of VM cannot show a
#                                          change under ~10 %, this can)
#
# A JMH benchmark, src/test/java/org/figx/bench/ExtractBenchmark.java, calls
# Figx.forLanguage(FR).extract(text) on the project's own French news prose,
# testdata/bench/fr/*.txt (BENCH_DIR names another folder), read into memory once:
# one operation extracts every document of that set, and each of T threads (JMH -t T)
# repeats it on the same shared engine. One forked JVM per thread count, with the
# JVM settings of bin/figx for a large input (ParallelGC, the optimising compiler with its
# reduced inlining) and a 384 MB heap (FigxBenchmark, the benchmarks' base); 5 warm-up
# iterations of 2 s, then 5 measured iterations of 2 s. JMH's score is operations per
# second summed over the threads; MB/s = score x the set's size (MB = 2^20 bytes of
# UTF-8 input). Per thread MB/s is the total divided by T; the scaling factor is the
# total with T threads over the total with the first thread count.
#
# Included: what extract(text) does with the default options: every kind of figure,
# the facts that link them, each mention's sentence.
# Excluded: JVM start-up, ICU and lexicon loading, JIT warm-up (that is what the warm-up
# iterations absorb), reading and decoding files, writing rows. On a 2-core machine
# this is the number the batch CLI tends to once its compilers have finished
# (bench/batch.sh, whose short runs include them). A shared VM is noisy: expect
# +-20% between runs, and compare runs made together. The "others" column is the CPU,
# in cores, that processes other than the benchmark used during each run (from
# /proc/stat); above 0.2 the run competed for the 2 cores and a warning is printed, as
# it is when JMH's error margin exceeds 10% of the score (the VM's host slowed part of
# the run; nothing inside the VM shows that).
#
# The build goes to target-bench/ (BENCH_BUILD, git-ignored), beside any other build;
# Maven runs offline first and goes online only if a dependency is missing. JMH's full
# output is kept in target-bench/jmh-tT.log and its results in target-bench/jmh-tT.scsv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export LC_NUMERIC=C # decimal points for bc, printf and time
BUILD=${BENCH_BUILD:-$PWD/target-bench}
DIR=${BENCH_DIR:-testdata/bench/fr}
JMH_ARGS=${JMH_ARGS:-}
THREADS=("$@")
[ ${#THREADS[@]} -gt 0 ] || THREADS=(1 2)
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}

ls "$DIR"/*.txt > /dev/null 2>&1 || { echo "engine.sh: no *.txt documents in $DIR" >&2; exit 2; }
# shellcheck source=bench/jmh-classpath.sh
. bench/jmh-classpath.sh

bytes=$(cat "$DIR"/*.txt | wc -c)
count=$(ls "$DIR"/*.txt | wc -l)
mb=$(echo "$bytes / 1048576" | bc -l)
printf 'input    %s: %d documents, %d bytes (%.4f MB); one operation extracts them all\n' \
  "$DIR" "$count" "$bytes" "$mb"

# CPU seconds the whole machine has spent busy (user, nice, system, irq, softirq)
TICKS=$(getconf CLK_TCK)
busy_seconds() {
  if [ -r /proc/stat ]; then awk -v hz="$TICKS" '/^cpu / { print ($2 + $3 + $4 + $7 + $8) / hz }' /proc/stat
  else echo 0; fi
}
TIMEFORMAT='%R %U %S'
declare -A TOTAL
for t in "${THREADS[@]}"; do
  echo "running JMH with $t thread(s), about 25 s ..." >&2
  busy0=$(busy_seconds)
  # the forked benchmark JVM inherits -Dfigx.bench.dir; scsv: the score is the 5th field
  # shellcheck disable=SC2086 # JMH_ARGS is a list of options
  if ! { time "$java" -cp "$CP" -Dfigx.bench.dir="$DIR" org.openjdk.jmh.Main ExtractBenchmark \
      -t "$t" -rf scsv -rff "$BUILD/jmh-t$t.scsv" $JMH_ARGS > "$BUILD/jmh-t$t.log" 2>&1; } \
      2> "$BUILD/time-t$t.txt"; then
    tail -30 "$BUILD/jmh-t$t.log" >&2; echo "engine.sh: JMH failed, see $BUILD/jmh-t$t.log" >&2; exit 1
  fi
  busy1=$(busy_seconds)
  read -r wall user sys < "$BUILD/time-t$t.txt"
  # CPU the machine spent on anything but JMH's two JVMs, in cores, over the run
  others=0
  [ "$busy1" = 0 ] || others=$(echo "x = ($busy1 - $busy0 - $user - $sys) / $wall; if (x < 0) x = 0; x" | bc -l)
  # a locale may write decimal commas: the fields are separated by semicolons
  read -r ops err < <(awk -F';' 'NR == 2 { gsub(/"/, ""); gsub(/,/, ".", $5); gsub(/,/, ".", $6); print $5, $6 }' \
    "$BUILD/jmh-t$t.scsv")
  total=$(echo "$ops * $mb" | bc -l)
  TOTAL[$t]=$total
  printf 'threads %-3s %8.1f ops/s +- %5.1f  ->  %6.2f MB/s per thread  %6.2f MB/s total   others %.2f cores\n' \
    "$t" "$ops" "$err" "$(echo "$total / $t" | bc -l)" "$total" "$others"
  if [ "$(echo "$others > 0.2" | bc -l)" = 1 ]; then
    echo "warning  other processes kept $(printf '%.2f' "$others") cores busy during the $t-thread run: its numbers are low" >&2
  fi
  if [[ $err =~ ^[0-9.]+$ ]] && [ "$(echo "$err > 0.1 * $ops" | bc -l)" = 1 ]; then
    echo "warning  the $t-thread run's iterations differ by more than 10% (see $BUILD/jmh-t$t.log): run again" >&2
  fi
done
first=${THREADS[0]}
for t in "${THREADS[@]:1}"; do
  printf 'scaling  threads %s vs %s: %.2fx total throughput (ideal %.2fx)\n' "$t" "$first" \
    "$(echo "${TOTAL[$t]} / ${TOTAL[$first]}" | bc -l)" "$(echo "$t / $first" | bc -l)"
done
