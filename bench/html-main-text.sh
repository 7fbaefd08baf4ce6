#!/usr/bin/env bash
# How well figx finds the article of a saved web page, beside Readability4J (a Java port
# of Mozilla's Readability), on the pages of testdata/html/: each PAGE.html has its article
# alone in PAGE.txt, and its publication date in its metadata. For each page, the figures
# (kind, text, value) figx finds in the article text each way are compared with those it
# finds in PAGE.txt (no-break spaces read as spaces):
#
#   bench/html-main-text.sh        (build the jar first: mvn -q -DskipTests package)
#
# Readability4J is fetched by Maven into a temporary folder; it is not a figx dependency.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/figx.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>figx.bench</groupId><artifactId>readability</artifactId><version>1</version>
<dependencies><dependency><groupId>net.dankito.readability4j</groupId>
<artifactId>readability4j</artifactId><version>1.0.8</version></dependency></dependencies></project>
POM
(cd "$work" && mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null)
cp="$JAR:$(cat "$work/cp.txt")"
mkdir -p "$work/classes" "$work/out"
javac -nowarn -cp "$cp" -d "$work/classes" bench/html/ReadabilityText.java
java -cp "$cp:$work/classes" ReadabilityText "$work/out" testdata/html/*.html 2>/dev/null

figures() { # kind|text|value of each row figx writes for file $2 with reference date $1
    java -jar "$JAR" --reference-date "$1" "$2" | python3 -c '
import csv, sys
for r in csv.DictReader(sys.stdin):
    print(r["kind"], r["text"].replace("\u00a0", " ").replace("\u202f", " "), r["value"], sep="|")' | sort
}
total_article=0; declare -A total_common total_found
for page in testdata/html/*.html; do
    name=$(basename "${page%.*}")
    reference=$(cat "$work/out/$name.reference")
    figures "$reference" "testdata/html/$name.txt" > "$work/$name.article"
    article=$(wc -l < "$work/$name.article"); total_article=$((total_article + article))
    for way in rules readability; do
        figures "$reference" "$work/out/$name.$way.txt" > "$work/$name.$way"
        found=$(wc -l < "$work/$name.$way")
        common=$(comm -12 "$work/$name.article" "$work/$name.$way" | wc -l)
        total_common[$way]=$(( ${total_common[$way]:-0} + common ))
        total_found[$way]=$(( ${total_found[$way]:-0} + found ))
        printf '%-16s %-12s article %3d  found %3d  missed %3d  extra %3d\n' "$name" "$way" \
            "$article" "$found" $((article - common)) $((found - common))
    done
done
for way in rules readability; do
    printf '%-16s %-12s article %3d  found %3d  missed %3d  extra %3d\n' all "$way" "$total_article" \
        "${total_found[$way]}" $((total_article - total_common[$way])) $((total_found[$way] - total_common[$way]))
done
