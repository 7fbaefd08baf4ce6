#!/usr/bin/env bash
# figx's speed beside another commit's, measured in the same run: CPU per MB on a
# directory of articles and on one large file, and the wall time of a one-phrase run.
#
#   bench/compare.sh [BASE_REV] [ROUNDS]   (defaults: HEAD~1, 5 rounds)
#
# BASE_REV is built with `mvn -q -o -DskipTests package` in a temporary clone (its jar is
# kept under bench-data/jars/, named by commit, so a second run does not build it again);
# the working tree's jar is target/figx.jar (built first if missing). Inputs, written
# under bench-data/ (git-ignored) from the project's own French text:
#   dir     2,000 files, each an article of testdata/bench/fr (news prose, about one
#           figure or date every 270 characters, as in real press articles) under a
#           numbered title, followed by the first paragraph of another of them
#   large   the same text in one 32 MB file
# Each round runs both jars on each input, alternating which goes first, as
# `java -jar JAR INPUT > /dev/null` timed by /usr/bin/time (user+system CPU seconds,
# JVM start-up and the JIT compilers included; JAVA names another java). The one-phrase
# time is the wall time of `echo '28 milliards USD' | java -jar JAR`, 10 runs a round.
# Prints, for each measure, the median of the rounds for base and head and their ratio
# (head / base: below 1 means head is faster or lighter).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE_REV=${1:-HEAD~1}
ROUNDS=${2:-5}
JAVA=${JAVA:-java}
[ -x /usr/bin/time ] || { echo "compare.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
base_commit=$(git rev-parse --verify --quiet "$BASE_REV^{commit}") \
  || { echo "compare.sh: no commit named $BASE_REV" >&2; exit 2; }

mkdir -p bench-data/jars
BASE_JAR=bench-data/jars/figx-${base_commit:0:12}.jar
if [ ! -f "$BASE_JAR" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  echo "building $BASE_REV (${base_commit:0:12}) in a temporary clone..." >&2
  git clone -q . "$tmp/figx"
  git -C "$tmp/figx" checkout -q "$base_commit"
  (cd "$tmp/figx" && mvn -q -o -DskipTests package) >&2
  cp "$tmp/figx/target/figx.jar" "$BASE_JAR"
fi
HEAD_JAR=target/figx.jar
[ -f "$HEAD_JAR" ] || mvn -q -o -DskipTests package >&2

DIR=bench-data/compare-dir
LARGE=bench-data/compare-large.txt
if [ ! -f "$DIR/.complete" ]; then
  rm -rf "$DIR" && mkdir -p "$DIR"
  sources=(testdata/bench/fr/*.txt)
  n=${#sources[@]}
  for ((i = 0; i < 2000; i++)); do
    other=${sources[$(((i / n + i + 1) % n))]}
    { printf 'Article %d\n\n' "$i"; cat "${sources[$((i % n))]}"; echo; awk 'NF {print; exit}' "$other"; } \
      > "$DIR/$(printf '%04d' "$i").txt"
  done
  touch "$DIR/.complete"
fi
if [ ! -f "$LARGE" ]; then
  target=$((32 * 1024 * 1024))
  : > "$LARGE.part"
  while [ "$(stat -c %s "$LARGE.part")" -lt "$target" ]; do
    cat "$DIR"/0*.txt >> "$LARGE.part"
  done
  mv "$LARGE.part" "$LARGE"
fi
dir_mb=$(du -sb --exclude=.complete "$DIR" | awk '{printf "%.2f", $1 / 1048576}')
large_mb=$(stat -c %s "$LARGE" | awk '{printf "%.2f", $1 / 1048576}')

# cpu JAR INPUT: user+system CPU seconds of one run
cpu() {
  /usr/bin/time -f '%U %S' -o bench-data/.time "$JAVA" -jar "$1" "$2" > /dev/null
  awk '{printf "%.2f", $1 + $2}' bench-data/.time
}
# phrase JAR: wall seconds of a one-phrase run
phrase() {
  /usr/bin/time -f '%e' -o bench-data/.time sh -c "echo '28 milliards USD' | \"$JAVA\" -jar \"$1\" > /dev/null"
  cat bench-data/.time
}
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

declare -A samples
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then order=(base head); else order=(head base); fi
  for who in "${order[@]}"; do
    jar=$BASE_JAR; [ "$who" = head ] && jar=$HEAD_JAR
    samples[$who-dir]+="$(cpu "$jar" "$DIR") "
    samples[$who-large]+="$(cpu "$jar" "$LARGE") "
    for ((k = 0; k < 10; k++)); do samples[$who-phrase]+="$(phrase "$jar") "; done
  done
  echo "round $r/$ROUNDS done" >&2
done

echo "base ${base_commit:0:12} ($BASE_REV) vs head $(git rev-parse --short=12 HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes'); $ROUNDS rounds, medians"
printf '%-34s %12s %12s %8s\n' measure base head ratio
for m in dir large; do
  mb=$dir_mb; [ $m = large ] && mb=$large_mb
  b=$(tr ' ' '\n' <<< "${samples[base-$m]}" | grep . | median)
  h=$(tr ' ' '\n' <<< "${samples[head-$m]}" | grep . | median)
  label="$m ($mb MB): CPU s per MB"
  awk -v l="$label" -v b="$b" -v h="$h" -v mb="$mb" \
    'BEGIN {printf "%-34s %12.3f %12.3f %8.2f\n", l, b / mb, h / mb, h / b;
            printf "%-34s %12.2f %12.2f\n", "  (MB per CPU second)", mb / b, mb / h}'
done
b=$(tr ' ' '\n' <<< "${samples[base-phrase]}" | grep . | median)
h=$(tr ' ' '\n' <<< "${samples[head-phrase]}" | grep . | median)
awk -v b="$b" -v h="$h" 'BEGIN {printf "%-34s %12.2f %12.2f %8.2f\n", "one phrase: wall s", b, h, h / b}'
