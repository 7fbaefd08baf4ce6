#!/usr/bin/env bash
# figx's speed beside another commit's, measured in the same run: CPU per MB on a
# directory of articles and on one large file, the wall time of the directory with
# --threads 2, the peak memory of each, and the wall time of a one-phrase run.
#
#   bench/compare.sh [BASE_REV] [ROUNDS]   (defaults: HEAD~1, 5 rounds)
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/compare.sh c7c9cc8
#
# BASE_REV is built with `mvn -q -o -DskipTests package` in a temporary clone (its jar is
# kept under bench-data/jars/, named by commit, so a second run does not build it again);
# the working tree's jar is target/figx.jar (built first if missing). Inputs, written
# under bench-data/ (git-ignored) from the project's own French text:
#   dir     2,000 files, each an article of testdata/bench/fr (news prose, about one
#           figure or date every 270 characters, as in real press articles) under a
#           numbered title, followed by the first paragraph of another of them
#   large   the same text in one 32 MB file
# Each round runs both commits on each input, alternating which goes first, as users
# run figx: through each commit's own bin/figx (its JVM options and start-up cache),
# `FIGX_JAR=JAR bin/figx INPUT > /dev/null`, timed by /usr/bin/time (user+system CPU
# seconds, JVM start-up and the JIT compilers included; peak resident memory). JAVA
# names the java both use; LAUNCHER=java runs `java -jar JAR` instead of bin/figx.
# The one-phrase time is the wall time of `echo '28 milliards USD' | bin/figx`, 10 runs
# a round, once each launcher's start-up cache is made (a warm-up run, then a wait).
# Prints, for each measure, the median of the rounds for base and head and their ratio
# (head / base: below 1 means head is faster or lighter).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE_REV=${1:-HEAD~1}
ROUNDS=${2:-5}
JAVA=${JAVA:-java}
LAUNCHER=${LAUNCHER:-figx}
export JAVA
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
# the base's own launcher, beside its jar (a commit without bin/figx runs java -jar)
BASE_LAUNCHER=bench-data/jars/figx-${base_commit:0:12}.launcher
git show "$base_commit:bin/figx" > "$BASE_LAUNCHER" 2>/dev/null || printf '#!/bin/sh\nexec "${JAVA:-java}" -jar "$FIGX_JAR" "$@"\n' > "$BASE_LAUNCHER"
HEAD_JAR=target/figx.jar
HEAD_LAUNCHER=bin/figx
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

# figx WHO ARGS...: runs base's or head's figx as set by LAUNCHER
figx() {
  local who=$1; shift
  local jar=$BASE_JAR launcher=$BASE_LAUNCHER
  [ "$who" = head ] && jar=$HEAD_JAR launcher=$HEAD_LAUNCHER
  if [ "$LAUNCHER" = java ]; then "$JAVA" -jar "$jar" "$@"; else FIGX_JAR=$jar sh "$launcher" "$@"; fi
}
# measure WHO KEY ARGS...: adds the run's CPU seconds to KEY, its peak KB to KEY-rss
# and its wall seconds to KEY-wall
measure() {
  local who=$1 key=$2; shift 2
  /usr/bin/time -f '%U %S %M %e' -o bench-data/.time bash -c "$(declare -f figx); figx \"\$@\"" _ "$who" "$@" > /dev/null
  read -r user sys rss wall < bench-data/.time
  samples[$key]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}') "
  samples[$key-rss]+="$rss "
  samples[$key-wall]+="$wall "
}
# phrase WHO: wall seconds of a one-phrase run
phrase() {
  /usr/bin/time -f '%e' -o bench-data/.time bash -c "$(declare -f figx); echo '28 milliards USD' | figx \"\$1\"" _ "$1" > /dev/null
  cat bench-data/.time
}
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

export BASE_JAR HEAD_JAR BASE_LAUNCHER HEAD_LAUNCHER LAUNCHER
declare -A samples
# a first run of each makes its launcher's start-up cache (in the background, after the run)
for who in base head; do echo '28 milliards USD' | figx "$who" > /dev/null; done
sleep 20
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then order=(base head); else order=(head base); fi
  for who in "${order[@]}"; do
    measure "$who" "$who-dir" "$DIR"
    measure "$who" "$who-threads" --threads 2 "$DIR"
    measure "$who" "$who-large" "$LARGE"
    for ((k = 0; k < 10; k++)); do samples[$who-phrase]+="$(phrase "$who") "; done
  done
  echo "round $r/$ROUNDS done" >&2
done

echo "base ${base_commit:0:12} ($BASE_REV) vs head $(git rev-parse --short=12 HEAD)$(git diff --quiet HEAD -- src pom.xml bin || echo '+changes'); $ROUNDS rounds, medians"
echo "$("$JAVA" -version 2>&1 | head -1), through $([ "$LAUNCHER" = java ] && echo 'java -jar' || echo 'each commit'"'"'s bin/figx')"
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
row() { # LABEL KEY FORMAT [DIVISOR]
  local b h d=${4:-1}
  b=$(tr ' ' '\n' <<< "${samples[base-$2]}" | grep . | median)
  h=$(tr ' ' '\n' <<< "${samples[head-$2]}" | grep . | median)
  awk -v l="$1" -v b="$b" -v h="$h" -v f="$3" -v d="$d" 'BEGIN {printf "%-34s " f " " f " %8.2f\n", l, b / d, h / d, h / b}'
}
row "dir --threads 2: wall s" threads-wall "%12.2f"
row "one phrase: wall s" phrase "%12.2f"
row "peak memory, dir: MB" dir-rss "%12.0f" 1024
row "peak memory, large: MB" large-rss "%12.0f" 1024
