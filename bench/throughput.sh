#!/usr/bin/env bash
# End-to-end throughput of figx on a large French input, and its start-up time.
#
#   bench/throughput.sh [SIZE_MB] [news|news-en|dense]   (defaults 128 news; build the jar first:
#                                                 mvn -q -DskipTests package)
#
# The input is the project's own French text repeated to SIZE_MB in one file,
# written under bench-data/ (git-ignored):
#   news   testdata/bench/fr/*.txt: news prose with a realistic density of
#          figures (about one every 450 characters)
#   news-en  testdata/bench/en/*.txt: English news prose as dense in figures as
#          press articles (about one every 150 characters), read with the default
#          --lang auto: the English rate beside the French one
#   dense  testdata/articles/fr/*.txt: the golden test articles, written to be
#          packed with figures (about one every 70 characters): a worst case
# FIGX names the command to measure (default bin/figx, the launcher; for the JVM's
# own defaults: FIGX="java -jar target/figx.jar").
# Prints the wall time and MB/s of `figx FILE > /dev/null` (best of 3 runs,
# JVM start-up and ICU loading included), then the wall time of
# `echo '28 milliards USD' | figx` (best of 5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SIZE_MB=${1:-128}
KIND=${2:-news}
case $KIND in
  news) SOURCES=(testdata/bench/fr/*.txt) ;;
  news-en) SOURCES=(testdata/bench/en/*.txt) ;;
  dense) SOURCES=(testdata/articles/fr/*.txt) ;;
  *) echo "throughput.sh: input kind is news, news-en or dense, not $KIND" >&2; exit 2 ;;
esac
FIGX=${FIGX:-bin/figx}
[ -f "${FIGX_JAR:-target/figx.jar}" ] || { echo "throughput.sh: no jar; run mvn -q -DskipTests package first" >&2; exit 2; }
mkdir -p bench-data
INPUT=bench-data/fr-$KIND-${SIZE_MB}MB.txt
if [ ! -f "$INPUT" ]; then
  # whole copies of the sources until SIZE_MB is reached: never cut a UTF-8 character
  target=$((SIZE_MB * 1024 * 1024))
  cat "${SOURCES[@]}" > "$INPUT.tmp"
  while [ "$(stat -c %s "$INPUT.tmp")" -lt "$target" ]; do
    cat "$INPUT.tmp" "$INPUT.tmp" > "$INPUT.tmp2" && mv "$INPUT.tmp2" "$INPUT.tmp"
  done
  mv "$INPUT.tmp" "$INPUT"
fi
bytes=$(stat -c %s "$INPUT")

now() { date +%s.%N; }
best=""
for run in 1 2 3; do
  t0=$(now)
  $FIGX "$INPUT" > /dev/null
  t1=$(now)
  t=$(echo "$t1 - $t0" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
rows=$($FIGX "$INPUT" | wc -l)
printf 'input   %s (%.1f MB, %d rows)\n' "$INPUT" "$(echo "$bytes / 1048576" | bc -l)" "$((rows - 1))"
printf 'figx    %.2f s best of 3  ->  %.1f MB/s end to end\n' "$best" "$(echo "$bytes / 1048576 / $best" | bc -l)"

best=""
for run in 1 2 3 4 5; do
  t0=$(now)
  echo '28 milliards USD' | $FIGX > /dev/null
  t1=$(now)
  t=$(echo "$t1 - $t0" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
printf "start   %.2f s best of 5 for: echo '28 milliards USD' | figx\n" "$best"
