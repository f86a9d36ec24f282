#!/usr/bin/env bash
# One command for the CRUD suite: builds benchmarks.jar, runs upstream's operations A-K for Tortoise,
# plain JDBC and Hibernate interleaved in one JVM on every database and shape, writes the result files
# to tortoise-bench/target/crud/ and the "Runtime: the CRUD suite" section of docs/benchmarks.md (the
# start-up report around it is left as it is).
#
#   tortoise-bench/crud.sh                      N = 1000, C = 10, 1 warm-up + 3 measured rounds
#   ROUNDS=5 BACKENDS=postgres SHAPES=1 tortoise-bench/crud.sh
#
# Environment (all optional):
#   N=1000  WORKERS=10  WARMUPS=1  ROUNDS=3  SEED=13
#   BACKENDS=sqlite-file,postgres,mysql   servers that do not answer are left out
#   SHAPES=1,2,3
#   CONTENDERS=tortoise,jdbc,hibernate
#   JFR=1          record the run with JDK Flight Recorder (profile settings) into target/crud/crud.jfr
#   NO_REPORT=1    leave docs/benchmarks.md alone
#   SKIP_BUILD=1   reuse the jar already built
#   BUILD_DIR=target   Maven build directory of tortoise-bench (see -Dtortoise.build.dir)
#   OUT=tortoise-bench/target/crud   folder of the result files
# Exits non-zero when a correctness check failed; the report says which.
# Run it on a quiet machine: other work on the two cores shows up in every number.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-target}
JAR="tortoise-bench/$BUILD_DIR/benchmarks.jar"
OUT=${OUT:-tortoise-bench/$BUILD_DIR/crud}
BACKENDS=${BACKENDS:-sqlite-file,postgres,mysql}

JAVA_HOME=$(./run mvn -v | sed -n 's/.*runtime: //p' | head -1)
JAVA="$JAVA_HOME/bin/java"
[[ -x "$JAVA" ]] || { echo "crud.sh: no JDK found through ./run (got '$JAVA_HOME')" >&2; exit 1; }

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  echo "== building $JAR"
  ./run mvn -B -q -Dtortoise.build.dir="$BUILD_DIR" -pl tortoise-bench -am package -DskipTests
fi
[[ -f "$JAR" ]] || { echo "crud.sh: $JAR is missing; run without SKIP_BUILD=1" >&2; exit 1; }

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
[[ -n "$BACKENDS" ]] || { echo "crud.sh: no backend left to run" >&2; exit 1; }

JVM_ARGS=(--enable-native-access=ALL-UNNAMED -Dorg.jboss.logging.provider=slf4j)
mkdir -p "$OUT"
[[ "${JFR:-}" == 1 ]] && JVM_ARGS+=("-XX:StartFlightRecording=filename=$OUT/crud.jfr,settings=profile")

echo "== CRUD suite on $BACKENDS, shapes ${SHAPES:-1,2,3}; results in $OUT"
status=0
"$JAVA" "${JVM_ARGS[@]}" -cp "$JAR" dev.tortoise.bench.crud.CrudSuite \
  --n "${N:-1000}" --workers "${WORKERS:-10}" --warmups "${WARMUPS:-1}" --rounds "${ROUNDS:-3}" \
  --seed "${SEED:-13}" --backends "$BACKENDS" --shapes "${SHAPES:-1,2,3}" \
  --contenders "${CONTENDERS:-tortoise,jdbc,hibernate}" --out "$OUT" || status=$?

if [[ "${NO_REPORT:-}" != 1 ]]; then
  "$JAVA" -cp "$JAR" dev.tortoise.bench.report.CrudReportWriter --results "$OUT" \
    --notes tortoise-bench/crud-notes.md --doc docs/benchmarks.md
fi
exit $status
