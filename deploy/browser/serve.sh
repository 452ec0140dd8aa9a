#!/usr/bin/env bash
# Serve the Neo4j Browser guide and style of diplograph in the background:
# `diplograph query serve` on DIPLOGRAPH_BROWSER_ADDR (default 127.0.0.1:7475),
# which deploy/neo4j/neo4j.extra.conf names in browser.post_connect_cmd.
#
# Usage: deploy/browser/serve.sh start [BIN] | restart [BIN] | stop | status
#   start   idempotent; BIN defaults to bin/diplograph (built if missing)
#   restart stop, then start (serves the queries of a newly built BIN)
#   stop    stops the server this script started (pid file)
#   status  exit 0 if the guide answers
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
addr="${DIPLOGRAPH_BROWSER_ADDR:-127.0.0.1:7475}"
state="${NEO4J_STATE_DIR:-$PWD/.neo4j}"
pidfile="$state/browser-serve.pid"
logfile="$state/browser-serve.log"
url="http://$addr/guide.html"

up() { curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; }

stop() {
  if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    kill "$(cat "$pidfile")"
    for _ in $(seq 1 30); do up || break; sleep 0.1; done
    echo "browser-serve: stopped"
  else
    echo "browser-serve: not running (no live pid file)"
  fi
  rm -f "$pidfile"
}

cmd="${1:-}"
if [[ "$cmd" == restart ]]; then
  stop
  cmd=start
fi
case "$cmd" in
  start)
    bin="${2:-bin/diplograph}"
    if up; then
      echo "browser-serve: already serving http://$addr/"
      exit 0
    fi
    if [[ ! -x "$bin" ]]; then
      go build -o "$bin" ./cmd/diplograph
    fi
    mkdir -p "$state"
    launcher=()
    command -v setsid >/dev/null && launcher=(setsid)
    nohup "${launcher[@]}" "$bin" query serve --addr "$addr" >>"$logfile" 2>&1 </dev/null &
    echo $! >"$pidfile"
    for _ in $(seq 1 50); do
      if up; then
        echo "browser-serve: serving http://$addr/guide.html and /style.grass (pid $(cat "$pidfile"))"
        exit 0
      fi
      sleep 0.1
    done
    echo "browser-serve: error: $bin query serve did not answer on $addr (log: $logfile)" >&2
    tail -n 5 "$logfile" >&2 || true
    exit 1
    ;;
  stop) stop ;;
  status)
    if up; then echo "browser-serve: up on http://$addr/"; else echo "browser-serve: down"; exit 3; fi
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
