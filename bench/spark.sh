#!/usr/bin/env bash
# The Spark job in local mode beside the command line, on the same 4,000 articles: the
# 2,000 of bench/compare.sh's directory (bench-data/compare-dir, news prose with a figure
# every ~270 characters) twice, under two folders. Prints each one's wall time, and
# checks that they wrote the same rows (as sets).
#
#   bench/spark.sh        (build first: mvn -q -DskipTests package; run bench/compare.sh
#                          once to make bench-data/compare-dir)
set -euo pipefail
cd "$(dirname "$0")/.."
src=bench-data/compare-dir
dir=bench-data/spark-4000
[ -d "$src" ] || { echo "spark.sh: no $src; run bench/compare.sh first" >&2; exit 2; }
if [ ! -d "$dir" ]; then
  mkdir -p "$dir/a" "$dir/b"
  cp -r "$src"/. "$dir/a/"
  cp -r "$src"/. "$dir/b/"
fi
files=$(find "$dir" -type f ! -name '.*' | wc -l)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$(date +%s.%N)
bin/figx "$dir" -o "$out/cli.csv"
cli=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
bin/figx-spark --input "$PWD/$dir" --output "$out/spark" --format csv 2> "$out/spark.log" >&2
spark=$(echo "$(date +%s.%N) - $start" | bc)
rows() { python3 -c '
import csv, sys, os, hashlib
rows = set()
for path in sys.argv[1:]:
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f); next(r)
        for row in r:
            row[0] = os.path.relpath(row[0], os.environ["ROOT"]) if row[0].startswith("/") else row[0]
            rows.add(tuple(row))
print(len(rows), hashlib.sha256(repr(sorted(rows)).encode()).hexdigest())' "$@"; }
export ROOT=$PWD
same=$([ "$(rows "$out/cli.csv")" = "$(rows "$out"/spark/part-*.csv)" ] && echo "the same rows" || echo "DIFFERENT rows")
printf '%d files: bin/figx %.1f s, bin/figx-spark (local[*], %d cores) %.1f s; %s\n' \
  "$files" "$cli" "$(nproc)" "$spark" "$same"
