#!/usr/bin/env bash
# One command for the benchmark report: builds benchmarks.jar, runs the JMH profile and the
# cold-start processes side by side (Tortoise, plain JDBC, Hibernate), and writes docs/benchmarks.md.
#
#   tortoise-bench/report.sh                 short profile: 2 forks x (2 warm-up + 3 measured) calls
#   PROFILE=full tortoise-bench/report.sh    the benchmarks' own settings: 3 forks x (5 + 10) calls
#   PROFILE=smoke tortoise-bench/report.sh   1 fork x 1 call: checks the pipeline, measures nothing
#
# Environment (all optional):
#   BACKENDS=sqlite-memory,sqlite-file,postgres,mysql   servers that do not answer are left out
#   COUNTS=10,50,200         model counts for JMH
#   BENCHMARKS=regex         which JMH benchmarks (default: all of tortoise-bench)
#   COLD_RUNS=5              timed runs per cold-start process (after one untimed run)
#   COLD_MATRIX="sqlite-file:10 sqlite-file:50 sqlite-file:200 postgres:200 mysql:200"
#   SKIP_BUILD=1             reuse the jar already built
#   BUILD_DIR=target         Maven build directory of tortoise-bench (see -Dtortoise.build.dir)
# Run it on a quiet machine: other work on the two cores shows up in every number.
set -euo pipefail
cd "$(dirname "$0")/.."

PROFILE=${PROFILE:-short}
BUILD_DIR=${BUILD_DIR:-target}
BACKENDS=${BACKENDS:-sqlite-memory,sqlite-file,postgres,mysql}
COUNTS=${COUNTS:-10,50,200}
BENCHMARKS=${BENCHMARKS:-dev.tortoise.bench.}
JAR="tortoise-bench/$BUILD_DIR/benchmarks.jar"
OUT="tortoise-bench/$BUILD_DIR/report"

# The JDK that ./run finds (21 or newer), read from Maven's own report of its runtime.
JAVA_HOME=$(./run mvn -v | sed -n 's/.*runtime: //p' | head -1)
JAVA="$JAVA_HOME/bin/java"
[[ -x "$JAVA" ]] || { echo "report.sh: no JDK found through ./run (got '$JAVA_HOME')" >&2; exit 1; }
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  echo "== building $JAR"
  ./run mvn -B -q -Dtortoise.build.dir="$BUILD_DIR" -pl tortoise-bench -am package -DskipTests
fi
[[ -f "$JAR" ]] || { echo "report.sh: $JAR is missing; run without SKIP_BUILD=1" >&2; exit 1; }
mkdir -p "$OUT"

server_up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
available=()
for b in ${BACKENDS//,/ }; do
  case "$b" in
    postgres) server_up 5432 && available+=("$b") || echo "== postgres is not answering on 127.0.0.1:5432: left out" ;;
    mysql) server_up 3306 && available+=("$b") || echo "== mysql is not answering on 127.0.0.1:3306: left out" ;;
    *) available+=("$b") ;;
  esac
done
BACKENDS=$(IFS=,; echo "${available[*]}")

JVM_ARGS="--enable-native-access=ALL-UNNAMED -Dorg.jboss.logging.provider=slf4j"
# JDK 24+ warns about JMH's use of sun.misc.Unsafe; older JDKs do not know the flag.
(( JAVA_MAJOR >= 24 )) && JVM_ARGS="$JVM_ARGS --sun-misc-unsafe-memory-access=allow"

case "$PROFILE" in
  short) JMH_PROFILE=(-f 2 -wi 2 -i 3) ;;
  full) JMH_PROFILE=() ;;
  smoke) JMH_PROFILE=(-f 1 -wi 0 -i 1) ;;
  *) echo "report.sh: PROFILE must be short, full or smoke, not '$PROFILE'" >&2; exit 2 ;;
esac

echo "== JMH ($PROFILE) on $BACKENDS, N=$COUNTS; log: $OUT/jmh.log"
started=$(date +%s)
"$JAVA" $JVM_ARGS -jar "$JAR" "$BENCHMARKS" "${JMH_PROFILE[@]}" -p backend="$BACKENDS" -p n="$COUNTS" \
  -jvmArgsAppend "$JVM_ARGS" -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.log" 2>&1 || true
failures=$(grep -c '<failure>' "$OUT/jmh.log" || true)
echo "== JMH done in $(( $(date +%s) - started )) s; failed benchmark runs: $failures"

echo "== cold start; log: $OUT/cold-start.log"
JAVA="$JAVA" JVM_ARGS="$JVM_ARGS" tortoise-bench/cold-start.sh "$JAR" "$OUT/cold-start.tsv" > "$OUT/cold-start.log" 2>&1 || true
tail -3 "$OUT/cold-start.log"

"$JAVA" $JVM_ARGS -cp "$JAR" dev.tortoise.bench.report.ReportWriter --smoke "$([[ $PROFILE == smoke ]] && echo true || echo false)" \
  --jmh "$OUT/jmh.json" --cold "$OUT/cold-start.tsv" --notes tortoise-bench/report-notes.md \
  --out docs/benchmarks.md \
  --profile "PROFILE=$PROFILE ${JMH_PROFILE[*]:-}; backends $BACKENDS; N $COUNTS; $failures failed JMH runs"
