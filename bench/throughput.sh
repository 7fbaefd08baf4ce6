#!/usr/bin/env bash
# End-to-end throughput of figx on a large French input, and its start-up time.
#
#   bench/throughput.sh [SIZE_MB]     (default 128; run `mvn -q -DskipTests package` first)
#
# The input is the project's own test articles (testdata/articles/fr/*.txt)
# repeated to SIZE_MB, in one file, written under bench-data/ (git-ignored).
# Prints the wall time and MB/s of `figx FILE > /dev/null` (best of 3 runs,
# JVM start-up and ICU loading included), then the wall time of
# `echo '28 milliards USD' | figx` (best of 5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SIZE_MB=${1:-128}
JAR=${FIGX_JAR:-target/figx.jar}
[ -f "$JAR" ] || { echo "throughput.sh: no $JAR; run mvn -q -DskipTests package first" >&2; exit 2; }
mkdir -p bench-data
INPUT=bench-data/fr-${SIZE_MB}MB.txt
if [ ! -f "$INPUT" ]; then
  target=$((SIZE_MB * 1024 * 1024))
  : > "$INPUT.tmp"
  while [ "$(stat -c %s "$INPUT.tmp")" -lt "$target" ]; do
    cat testdata/articles/fr/*.txt >> "$INPUT.tmp"
    # double what is there until the size is reached: few appends even for large sizes
    cat "$INPUT.tmp" "$INPUT.tmp" > "$INPUT.tmp2" && mv "$INPUT.tmp2" "$INPUT.tmp"
  done
  head -c "$target" "$INPUT.tmp" > "$INPUT" && rm -f "$INPUT.tmp"
fi
bytes=$(stat -c %s "$INPUT")

now() { date +%s.%N; }
best=""
for run in 1 2 3; do
  t0=$(now)
  java -jar "$JAR" "$INPUT" > /dev/null
  t1=$(now)
  t=$(echo "$t1 - $t0" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
rows=$(java -jar "$JAR" "$INPUT" | wc -l)
printf 'input   %s (%.1f MB, %d rows)\n' "$INPUT" "$(echo "$bytes / 1048576" | bc -l)" "$((rows - 1))"
printf 'figx    %.2f s best of 3  ->  %.1f MB/s end to end\n' "$best" "$(echo "$bytes / 1048576 / $best" | bc -l)"

best=""
for run in 1 2 3 4 5; do
  t0=$(now)
  echo '28 milliards USD' | java -jar "$JAR" > /dev/null
  t1=$(now)
  t=$(echo "$t1 - $t0" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
printf "start   %.2f s best of 5 for: echo '28 milliards USD' | figx\n" "$best"
