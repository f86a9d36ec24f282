#!/usr/bin/env bash
# Times whole processes: for each backend and N, one JVM per run that inits, creates the schema and
# exits, for Tortoise, plain JDBC and Hibernate, runs interleaved so background noise hits all three
# alike. Writes one line per timed run: <contender> TAB <backend> TAB <n> TAB <milliseconds>.
#
#   tortoise-bench/cold-start.sh <benchmarks.jar> <out.tsv>
#
# Environment: JAVA (default: java on the PATH), JVM_ARGS, COLD_RUNS (5), COLD_MATRIX
# ("sqlite-file:10 sqlite-file:50 sqlite-file:200 postgres:200 mysql:200"). Each run gets a fresh
# database, created and dropped outside the timing (psql / mariadb clients for the servers).
set -euo pipefail
JAR=${1:?usage: cold-start.sh <benchmarks.jar> <out.tsv>}
OUT=${2:?usage: cold-start.sh <benchmarks.jar> <out.tsv>}
JAVA=${JAVA:-java}
JVM_ARGS=${JVM_ARGS:---enable-native-access=ALL-UNNAMED -Dorg.jboss.logging.provider=slf4j}
RUNS=${COLD_RUNS:-5}
MATRIX=${COLD_MATRIX:-sqlite-file:10 sqlite-file:50 sqlite-file:200 postgres:200 mysql:200}
TMP=$(mktemp -d -t tortoise-cold-XXXXXX)
trap 'rm -rf "$TMP"' EXIT

declare -A MAIN=(
  [tortoise]=dev.tortoise.bench.cold.TortoiseColdStart
  [jdbc]=dev.tortoise.bench.cold.JdbcColdStart
  [hibernate]=dev.tortoise.bench.cold.HibernateColdStart
)
CONTENDERS=(tortoise jdbc hibernate)
MYSQL_CLIENT=$(command -v mariadb || command -v mysql || true)

# Prints the database argument of a fresh database for the backend.
fresh_db() {
  local backend=$1 name="tortoise_cold_$RANDOM$RANDOM"
  case "$backend" in
    sqlite-file) echo "$TMP/$name.sqlite3" ;;
    sqlite-memory) echo ":memory:" ;;
    postgres) psql -h 127.0.0.1 -U postgres -d postgres -qAtc "CREATE DATABASE \"$name\"" >/dev/null && echo "$name" ;;
    mysql) "$MYSQL_CLIENT" -h 127.0.0.1 -u root -e "CREATE DATABASE \`$name\`" && echo "$name" ;;
  esac
}

drop_db() {
  local backend=$1 db=$2
  case "$backend" in
    sqlite-file) rm -f "$db" "$db-wal" "$db-shm" "$db-journal" ;;
    postgres) psql -h 127.0.0.1 -U postgres -d postgres -qAtc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null ;;
    mysql) "$MYSQL_CLIENT" -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS \`$db\`" ;;
  esac
}

# Runs one process; prints its wall time in ms, or nothing when it failed (its stderr goes to the log).
run_once() {
  local contender=$1 backend=$2 n=$3 db start end
  db=$(fresh_db "$backend") || { echo "cannot create a $backend database" >&2; return 0; }
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  if "$JAVA" $JVM_ARGS -cp "$JAR" "${MAIN[$contender]}" "$backend" "$n" "$db" >"$TMP/out" 2>&1; then
    end=$(date +%s%N)
    awk -v ns=$(( end - start )) 'BEGIN { printf "%.1f", ns / 1e6 }'
  else
    echo "$contender $backend $n failed:" >&2
    tail -5 "$TMP/out" >&2
  fi
  drop_db "$backend" "$db"
}

echo "# cold start: $RUNS timed runs each; $("$JAVA" -version 2>&1 | head -1)" > "$OUT"
for cell in $MATRIX; do
  backend=${cell%%:*} n=${cell##*:}
  if [[ "$backend" == postgres ]] && ! command -v psql >/dev/null; then echo "no psql: postgres left out"; continue; fi
  if [[ "$backend" == mysql && -z "$MYSQL_CLIENT" ]]; then echo "no mariadb client: mysql left out"; continue; fi
  for c in "${CONTENDERS[@]}"; do run_once "$c" "$backend" "$n" >/dev/null; done   # untimed: file cache
  for ((r = 1; r <= RUNS; r++)); do
    for c in "${CONTENDERS[@]}"; do
      ms=$(run_once "$c" "$backend" "$n")
      if [[ -n "$ms" ]]; then printf '%s\t%s\t%s\t%s\n' "$c" "$backend" "$n" "$ms" >> "$OUT"; fi
    done
  done
  echo "$backend N=$n: done"
done
echo "cold start results in $OUT"
