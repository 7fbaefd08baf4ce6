#!/usr/bin/env bash
# Extraction speed against the length of a line: the project's French news prose at
# 1 KB, 16 KB, 256 KB, 4 MB and 50 MB, as written (short lines) and as one single line
# (every line break a space), extracted in-process, warm (after three passes over 8 MB
# of each shape), MB/s of each and their ratio (one line / lines). A ratio that stays
# near 1 from 1 KB to 50 MB says no work grows with the length of a line or sentence;
# issue 16's cases (a long line of "1 1 1 ...") are held by the unit tests.
#
#   bench/long-lines.sh [FOLDER]     (default: testdata/bench/fr)
#
# src/test/java/org/figx/bench/LongLineThroughput.java; JVM: -Xmx3g (a 50 MB document's
# mentions are held whole in-process; the CLI reads such a file in 1 Mi-character chunks),
# ParallelGC, the optimising JIT (what bin/figx uses for inputs of 24 MB and more).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD=${BENCH_BUILD:-$PWD/target-bench}
source bench/jmh-classpath.sh
exec java -Xmx3g -XX:+UseParallelGC -XX:MaxInlineLevel=6 -XX:InlineSmallCode=500 -XX:FreqInlineSize=100 \
  -cp "$CP" org.figx.bench.LongLineThroughput "${1:-testdata/bench/fr}"
