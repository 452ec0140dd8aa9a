#!/usr/bin/env bash
# Neo4j Browser end-to-end test: headless Chromium opens Neo4j Browser,
# connects, checks that diplograph's style and guide were applied after
# connect (browser.post_connect_cmd in deploy/neo4j/neo4j.extra.conf), runs
# the guide's first saved query and checks the drawn graph. Screenshot:
# docs/screenshot-browser.png and tests/browser/artifacts/.
#
# Installs what is missing: the Debian chromium package (apt-get, as root or
# with sudo) and playwright-core (npm ci in tests/browser). Needs a running
# Neo4j started with neo4j.extra.conf (deploy/neo4j/neo4j.sh start|restart);
# with BROWSER_TEST_RESTART=1 it restarts one that lacks the setting.
# Replaces the database's contents with examples/articles (`diplograph load
# --reset`; the database is the shared test database) (or, with
# BROWSER_TEST_DATA=fixture or when load fails, the query tests' fixture),
# holding the lock that serializes database tests, and serves the guide and
# style with deploy/browser/serve.sh for the run.
#
# Usage: deploy/browser-test.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NEO4J_URI="${NEO4J_URI:-neo4j://localhost:${NEO4J_BOLT_PORT:-7687}}"
export NEO4J_USER="${NEO4J_USER:-neo4j}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-diplograph-dev}"
http="http://localhost:${NEO4J_HTTP_PORT:-7474}"
export NEO4J_BROWSER_URL="${NEO4J_BROWSER_URL:-$http/browser/}"
export NEO4J_BOLT_URL="${NEO4J_BOLT_URL:-bolt://localhost:${NEO4J_BOLT_PORT:-7687}}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
bin="${BIN:-bin/diplograph}"
lock="${TMPDIR:-/tmp}/diplograph-neo4jtest.lock" # shared with graph/neo4j/neo4jtest

log() { echo "browser-test: $*"; }
die() { echo "browser-test: error: $*" >&2; exit 1; }

# ---- tools
if [[ ! -x "$CHROMIUM" ]]; then
  log "installing chromium (Debian package)"
  sudo=()
  [[ "$(id -u)" == 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium >/dev/null
fi
command -v node >/dev/null || die "node not found (Node.js 18 or newer)"
if [[ ! -d tests/browser/node_modules/playwright-core ]] ||
  [[ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]]; then
  log "npm ci (playwright-core)"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
go build -o "$bin" ./cmd/diplograph

# ---- Neo4j with the Browser settings
cypher_http() { # statement → response JSON
  curl -fsS -u "$NEO4J_USER:$NEO4J_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"statements\":[{\"statement\":\"$1\"}]}" "$http/db/neo4j/tx/commit"
}
deploy/neo4j/neo4j.sh status >/dev/null 2>&1 || die "Neo4j is not running (make neo4j)"
if ! cypher_http "CALL dbms.clientConfig() YIELD name, value WHERE name = 'browser.post_connect_cmd' RETURN value" |
  grep -q 'style http'; then
  if [[ "${BROWSER_TEST_RESTART:-0}" == 1 ]]; then
    log "restarting Neo4j to apply deploy/neo4j/neo4j.extra.conf"
    deploy/neo4j/neo4j.sh restart
  else
    die "Neo4j runs without browser.post_connect_cmd: restart it to apply deploy/neo4j/neo4j.extra.conf (deploy/neo4j/neo4j.sh restart, or BROWSER_TEST_RESTART=1)"
  fi
fi

# ---- guide and style server
# Restarted so it serves the queries of the binary just built; left running
# for the Browser of `make demo` when it was running before.
was_up=0
deploy/browser/serve.sh status >/dev/null 2>&1 && was_up=1
deploy/browser/serve.sh restart "$bin"
cleanup() { if [[ "$was_up" == 0 ]]; then deploy/browser/serve.sh stop >/dev/null || true; fi; }
trap cleanup EXIT

# ---- data and the test, under the database test lock
run() {
  if [[ "${BROWSER_TEST_DATA:-load}" == fixture ]] || ! "$bin" load --reset --yes examples/articles >/dev/null; then
    log "loading the query tests' fixture corpus"
    DIPLOGRAPH_LOAD_FIXTURE=1 go test -count=1 -run '^TestLoadFixture$' ./cypher >/dev/null
  fi
  n=$("$bin" query run network --format csv | tail -n +2 | wc -l)
  ((n > 0)) || die "no facts in the graph after loading"
  log "graph loaded ($n facts drawn by the network query)"
  node tests/browser/browser.test.js
}
export -f run log die
export bin
flock "$lock" bash -c run
