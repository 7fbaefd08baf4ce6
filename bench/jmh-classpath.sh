# Sourced by the JMH benchmark scripts (engine.sh, writer.sh), from the project root with
# BUILD set: builds the test classes (the benchmarks live there) into $BUILD, offline
# first and with the network only when something is missing from ~/.m2, and sets CP to
# the classpath that runs them.
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
mkdir -p "$BUILD"
# the command line's module alone (-pl cli): the benchmarks are its test classes
mvn_build() {
  if ! mvn -q -B -o -pl cli -DbuildDir="$BUILD" "$@" > "$BUILD/mvn.log" 2>&1; then
    echo "$(basename "$0"): offline build failed, retrying with the network: mvn -pl cli $*" >&2
    mvn -q -B -pl cli -DbuildDir="$BUILD" "$@"
  fi
}
echo "building test classes and the benchmark in $BUILD ..." >&2
mvn_build -DskipTests test-compile
mvn_build "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile="$BUILD/test-classpath.txt"
CP=$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/test-classpath.txt")
