#!/usr/bin/env bash
# Throughput benchmark of `diplograph load` against the local Neo4j, and of
# `neo4j-admin database import full` of the same graph (offline upper bound).
#
# Usage: bench/run.sh [ARTICLES...]        (default: 10000)
#
# For each size N it generates a synthetic corpus (bench gen, cached in
# $BENCH_DIR/N), then, holding the lock the database tests use:
#   1. load --from records.jsonl --reset   first (online) load
#   2. load --from records.jsonl           second load of the same corpus
#   3. stats --checksum                    the graph (and its checksum)
#   4. export --format neo4j-admin         CSVs of the same graph
# and outside the lock
#   5. neo4j-admin database import full    into database "importbench"
#      (a database the server does not serve, so it can stay up)
# With BENCH_PAGES=1 it also loads the pages themselves (read + extract +
# write), which measures the extractor more than the store.
#
# Environment: NEO4J_URI, NEO4J_PASSWORD (default diplograph-dev),
# BENCH_DIR (default /tmp/diplograph-bench), BATCH (default 1000),
# WRITERS (default 1), DIPLOGRAPH_BIN (a prebuilt binary; default: build
# one into $BENCH_DIR). Results: one JSON file per step in $BENCH_DIR/N/ and
# a summary table on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEO4J_PASSWORD="${NEO4J_PASSWORD:-diplograph-dev}"
BENCH_DIR="${BENCH_DIR:-/tmp/diplograph-bench}"
BATCH="${BATCH:-1000}"
WRITERS="${WRITERS:-1}"
LOCK="${TMPDIR:-/tmp}/diplograph-neo4jtest.lock"
BIN="${DIPLOGRAPH_BIN:-$BENCH_DIR/diplograph}"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000)

mkdir -p "$BENCH_DIR"
[[ -n "${DIPLOGRAPH_BIN:-}" ]] || go build -o "$BIN" ./cmd/diplograph

json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

printf '%-8s %-20s %8s %11s %12s %13s %9s\n' articles step seconds articles/s rel-rows/s graph-rels/s peakRSS
for n in "${sizes[@]}"; do
  dir="$BENCH_DIR/$n"
  if [[ ! -f "$dir/records.jsonl" ]]; then
    "$BIN" bench gen --articles "$n" --out "$dir" >/dev/null
  fi
  flock "$LOCK" bash -c '
    set -euo pipefail
    "$1" load --from "$2/records.jsonl" --reset --yes --json --batch "$3" --writers "$4" > "$2/load1.json" || true
    "$1" load --from "$2/records.jsonl" --json --batch "$3" --writers "$4" > "$2/load2.json" || true
    "$1" stats --json --checksum > "$2/stats.json"
    rm -rf "$2/csv"
    "$1" export --format neo4j-admin --out "$2/csv" --json > "$2/export.json"
    if [[ "${BENCH_PAGES:-}" == 1 ]]; then
      "$1" load --reset --yes --json --batch "$3" --writers "$4" "$2/pages" > "$2/load-pages.json" || true
    fi
  ' _ "$BIN" "$dir" "$BATCH" "$WRITERS"
  rels=$(json "$dir/stats.json" "d['total_relationships']")
  start=$(date +%s.%N)
  bash deploy/neo4j/neo4j.sh admin database import full "@$dir/csv/import.args" \
    --report-file="$dir/import.report" --overwrite-destination importbench >"$dir/import.log" 2>&1
  end=$(date +%s.%N)
  import_total=$(python3 -c "print(round($end - $start, 1))")
  import_core=$(sed -n 's/^IMPORT DONE in \(.*\)\. *$/\1/p' "$dir/import.log")

  for step in load1 load2 load-pages; do
    f="$dir/$step.json"
    [[ -f "$f" ]] || continue
    printf '%-8s %-20s %8s %11s %12s %13s %9s\n' "$n" "$step" \
      "$(json "$f" "round(d['seconds'],1)")" "$(json "$f" "round(d['articles_per_second'])")" \
      "$(json "$f" "round(d['relationship_rows_per_second'])")" "$(json "$f" "round($rels/d['seconds'])")" \
      "$(json "$f" "str(d['peak_rss_bytes']>>20)+'MiB'")"
  done
  printf '%-8s %-20s %8s %11s %12s %13s %9s\n' "$n" "neo4j-admin import" "$import_total" \
    "$(python3 -c "print(round($n / $import_total))")" "-" "$(python3 -c "print(round($rels / $import_total))")" "-"
  echo "         (import core: $import_core; graph: $(json "$dir/stats.json" "str(d['total_nodes'])+' nodes, '+str(d['total_relationships'])+' relationships, checksum '+d['checksum'][:16]"))"
done
