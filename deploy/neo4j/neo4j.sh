#!/usr/bin/env bash
# Local Neo4j Community 5.26 server for development, without Docker.
#
# The server runs from jars resolved from Maven Central (see pom.xml beside this
# script); nothing is downloaded by hand. All state lives under $REPO/.neo4j/:
#
#   .neo4j/lib-cache/<version>-<pomhash>/  the jars (the JVM classpath); keyed by
#                                          the pom's hash so a warm start never
#                                          calls Maven (~/.m2 is Maven's cache)
#   .neo4j/home/{conf,data,logs,run,import,plugins}
#                                          NEO4J_HOME; conf/neo4j.conf is
#                                          regenerated on every start
#   .neo4j/home/logs/console.log           JVM stdout/stderr
#   .neo4j/home/run/neo4j.pid              pid of the server JVM
#
# Usage: deploy/neo4j/neo4j.sh start|stop|restart|status|wait|admin ARGS...|classpath
#
#   start     idempotent: returns at once if Bolt already answers; otherwise
#             launches the server in the background and waits until Bolt and
#             HTTP answer. Prints "neo4j: started in N s".
#   stop      SIGTERM, up to 60 s, then SIGKILL. Idempotent.
#   status    exit 0 if running (prints pid and ports), 3 if not.
#   wait      wait until Bolt and HTTP answer (NEO4J_START_TIMEOUT).
#   admin     neo4j-admin from the same jars, e.g.
#               neo4j.sh admin database import full --nodes=n.csv --relationships=r.csv -- neo4j
#               neo4j.sh admin dbms set-initial-password <pw>
#             Stop the server before importing into a database it serves;
#             the database name goes before the options or after `--`.
#             `database import` writes import.report in the current
#             directory unless given --report-file=.
#   classpath print the server classpath (resolving jars if needed).
#
# Environment (all optional):
#   NEO4J_PASSWORD        password of user "neo4j" (default: diplograph-dev).
#                         Applied once, before the very first start (it cannot
#                         change an existing database's password; delete
#                         .neo4j/home/data to start over).
#   NEO4J_BOLT_PORT       Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_HTTP_PORT       HTTP port on 127.0.0.1 (default 7474)
#   NEO4J_HEAP            JVM heap max (default 2g); initial is NEO4J_HEAP_INITIAL (1g)
#   NEO4J_PAGECACHE       page cache size (default 2g)
#   NEO4J_START_TIMEOUT   seconds to wait for start (default 180)
#   NEO4J_STOP_TIMEOUT    seconds to wait for a graceful stop (default 60)
#   NEO4J_BROWSER_POST_CONNECT_CMD  sets browser.post_connect_cmd
#   NEO4J_STATE_DIR       state directory (default $REPO/.neo4j)
#   JAVA_HOME             Java 17 or 21 (default: java on PATH)
#
# deploy/neo4j/neo4j.extra.conf, if present, is appended to the generated
# neo4j.conf; a setting it names replaces the generated line for that setting
# (Neo4j's strict validation refuses duplicated settings).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/../.." && pwd)"

STATE_DIR="${NEO4J_STATE_DIR:-$REPO/.neo4j}"
HOME_DIR="$STATE_DIR/home"
CONF_DIR="$HOME_DIR/conf"
RUN_DIR="$HOME_DIR/run"
LOG_DIR="$HOME_DIR/logs"
PID_FILE="$RUN_DIR/neo4j.pid"
CONSOLE_LOG="$LOG_DIR/console.log"
LIB_CACHE="$STATE_DIR/lib-cache"
POM="$SCRIPT_DIR/pom.xml"
EXTRA_CONF="$SCRIPT_DIR/neo4j.extra.conf"

BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
PASSWORD="${NEO4J_PASSWORD:-diplograph-dev}"
HEAP="${NEO4J_HEAP:-2g}"
HEAP_INITIAL="${NEO4J_HEAP_INITIAL:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-2g}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

SERVER_MAIN=org.neo4j.server.CommunityEntryPoint
START_MARK="==== neo4j.sh start"
ADMIN_MAIN=org.neo4j.server.startup.Neo4jAdminCommand

log() { echo "neo4j: $*"; }
die() { echo "neo4j: error: $*" >&2; exit 1; }

# ---------------------------------------------------------------- java / jars

find_java() {
  local java
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    java="$JAVA_HOME/bin/java"
  else
    java="$(command -v java || true)"
  fi
  [[ -n "$java" ]] || die "java not found (Neo4j 5.26 needs Java 17 or 21; set JAVA_HOME)"
  local major
  major="$("$java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java.specification.version = //p')"
  case "$major" in
    17 | 21) ;;
    *) die "Neo4j 5.26 supports Java 17 and 21; $java is Java ${major:-unknown}" ;;
  esac
  JAVA="$java"
}

# Directory holding every jar of the server, resolved through Maven on a cache
# miss. Sets LIB_DIR.
resolve_jars() {
  local version hash
  version="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")"
  hash="$(sha256sum "$POM" | cut -c1-12)"
  LIB_DIR="$LIB_CACHE/$version-$hash"
  [[ -f "$LIB_DIR/.complete" ]] && return 0

  command -v mvn >/dev/null || die "mvn not found (needed once to fetch the Neo4j jars)"
  log "resolving Neo4j $version jars with Maven (first run only)..."
  local tmp="$LIB_DIR.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # runtime scope: compile + runtime dependencies, no test-only artifacts.
  local mvn_log="$STATE_DIR/maven.log"
  if ! mvn -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" >"$mvn_log" 2>&1; then
    tail -n 40 "$mvn_log" >&2
    rm -rf "$tmp"
    die "Maven could not resolve the Neo4j jars (log: $mvn_log)"
  fi
  touch "$tmp/.complete"
  rm -rf "$LIB_DIR"
  mv "$tmp" "$LIB_DIR"
  # Drop caches of other pom versions.
  find "$LIB_CACHE" -mindepth 1 -maxdepth 1 -type d ! -path "$LIB_DIR" -exec rm -rf {} +
}

# JVM options the 5.26 distribution ships in neo4j.conf (server.jvm.additional),
# minus -XX:+AlwaysPreTouch (slow start, memory grabbed up front on a shared
# machine). Without the --add-opens lines Java 17 fails with
# InaccessibleObjectException. They are written to neo4j.conf as
# server.jvm.additional (read by neo4j-admin for the JVM it forks, e.g. for
# `database import`) and put on the server's java command line, because
# CommunityEntryPoint itself does not read server.jvm.additional.
JVM_ADDITIONAL=(
  -XX:+UseG1GC
  -XX:-OmitStackTraceInFastThrow
  -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true
  -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions
  -XX:+DebugNonSafepoints
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true
  -Dlog4j.layout.jsonTemplate.maxStringLength=32768
)

# ---------------------------------------------------------------- config

write_conf() {
  mkdir -p "$CONF_DIR" "$HOME_DIR"/{data,logs,run,import,plugins}
  local generated="$CONF_DIR/neo4j.conf.generated"
  cat >"$generated" <<EOF
# Generated by deploy/neo4j/neo4j.sh on every start: do not edit here.
# Put overrides in deploy/neo4j/neo4j.extra.conf.
server.directories.import=import
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=localhost:$BOLT_PORT
server.http.enabled=true
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=localhost:$HTTP_PORT
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.security.auth_minimum_password_length=8
# Sized for a shared 2-core / 24 GiB machine; override with NEO4J_HEAP etc.
server.memory.heap.initial_size=$HEAP_INITIAL
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE
dbms.usage_report.enabled=false
EOF
  printf 'server.jvm.additional=%s\n' "${JVM_ADDITIONAL[@]}" >>"$generated"
  if [[ -n "${NEO4J_BROWSER_POST_CONNECT_CMD:-}" ]]; then
    echo "browser.post_connect_cmd=$NEO4J_BROWSER_POST_CONNECT_CMD" >>"$generated"
  fi

  if [[ -f "$EXTRA_CONF" ]]; then
    # Settings named in the extra file win; drop our line for each of them
    # (server.jvm.additional may repeat, so it is never dropped).
    awk -F= '
      FNR == NR {
        if ($0 !~ /^[[:space:]]*(#|$)/) { k = $1; gsub(/[[:space:]]/, "", k); if (k != "server.jvm.additional") over[k] = 1 }
        next
      }
      { k = $1; gsub(/[[:space:]]/, "", k) }
      !(k in over)
    ' "$EXTRA_CONF" "$generated" >"$CONF_DIR/neo4j.conf"
    {
      echo
      echo "# ---- appended from deploy/neo4j/neo4j.extra.conf"
      cat "$EXTRA_CONF"
    } >>"$CONF_DIR/neo4j.conf"
  else
    cp "$generated" "$CONF_DIR/neo4j.conf"
  fi
  rm -f "$generated"
}

# ---------------------------------------------------------------- probes

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_up() { curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$HTTP_PORT/" 2>/dev/null; }

# Pid from the pid file if that process is alive and is our server.
running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "--home-dir=$HOME_DIR" || return 1
  echo "$pid"
}

# The last 40 lines that the current run wrote to console.log (start-up
# errors such as a rejected setting land there), to stderr.
tail_log() {
  echo "---- last 40 lines of $CONSOLE_LOG (more in $LOG_DIR/debug.log)" >&2
  awk -v m="$START_MARK" 'index($0, m) == 1 { n = 0; next } { buf[n++] = $0 }
    END { for (i = (n > 40 ? n - 40 : 0); i < n; i++) print buf[i] }' \
    "$CONSOLE_LOG" >&2 2>/dev/null || true
}

# Wait for Bolt and HTTP; fail early if our JVM dies. $1 = start time (epoch s).
wait_up() {
  local t0="${1:-$(date +%s)}" pid
  pid="$(running_pid || true)"
  local deadline=$((t0 + START_TIMEOUT))
  while :; do
    if port_open "$BOLT_PORT" && http_up; then
      return 0
    fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      echo "neo4j: error: the server process $pid exited during start-up" >&2
      tail_log
      return 1
    fi
    if (($(date +%s) >= deadline)); then
      echo "neo4j: error: Bolt :$BOLT_PORT and HTTP :$HTTP_PORT not both up after ${START_TIMEOUT}s" >&2
      tail_log
      return 1
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------- password

# Runs `neo4j-admin dbms set-initial-password` before the first start, i.e. while
# there is no system database yet.
set_initial_password() {
  [[ -d "$HOME_DIR/data/databases/system" ]] && return 1
  log "setting the initial password of user neo4j (neo4j-admin dbms set-initial-password)"
  run_admin dbms set-initial-password "$PASSWORD" >"$LOG_DIR/set-initial-password.log" 2>&1 || {
    cat "$LOG_DIR/set-initial-password.log" >&2
    return 2
  }
}

# Fallback when the admin command failed: the server starts with neo4j/neo4j
# (password change required); change it over the HTTP API on the system db.
change_default_password() {
  local body pw="${PASSWORD//\\/\\\\}"
  pw="${pw//\"/\\\"}" # JSON-escape backslashes and quotes
  body="{\"statements\":[{\"statement\":\"ALTER CURRENT USER SET PASSWORD FROM \$old TO \$new\",\"parameters\":{\"old\":\"neo4j\",\"new\":\"$pw\"}}]}"
  curl -fsS -u neo4j:neo4j -H 'Content-Type: application/json' -d "$body" \
    "http://127.0.0.1:$HTTP_PORT/db/system/tx/commit" | grep -q '"errors":\[\]'
}

password_ok() {
  curl -fsS -u "neo4j:$PASSWORD" -H 'Content-Type: application/json' \
    -d '{"statements":[{"statement":"RETURN 1"}]}' \
    "http://127.0.0.1:$HTTP_PORT/db/neo4j/tx/commit" 2>/dev/null | grep -q '"errors":\[\]'
}

# ---------------------------------------------------------------- commands

# neo4j-admin exactly as bin/neo4j-admin runs it: Neo4jAdminCommand (the
# launcher, small heap) runs server-level commands itself and forks a child
# JVM running org.neo4j.cli.AdminTool for the others, with the classpath of
# this JVM, the server.jvm.additional lines of neo4j.conf and HEAP_SIZE /
# JAVA_OPTS from the environment.
run_admin() {
  find_java
  resolve_jars
  [[ -f "$CONF_DIR/neo4j.conf" ]] || write_conf
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF_DIR" \
    "$JAVA" -Xmx128m "${JVM_ADDITIONAL[@]}" -Dfile.encoding=UTF-8 \
    -cp "$LIB_DIR/*" "$ADMIN_MAIN" "$@"
}

cmd_start() {
  local t0
  t0="$(date +%s)"
  if port_open "$BOLT_PORT"; then
    local pid
    pid="$(running_pid || true)"
    log "already running: Bolt answers on 127.0.0.1:$BOLT_PORT${pid:+ (pid $pid)}"
    return 0
  fi
  if port_open "$HTTP_PORT"; then
    die "port $HTTP_PORT is taken by another process (set NEO4J_HTTP_PORT)"
  fi

  find_java
  resolve_jars
  write_conf
  rm -f "$PID_FILE"

  local pw_state=0
  set_initial_password || pw_state=$?

  log "launching $SERVER_MAIN (home $HOME_DIR)"
  # Keep console.log bounded: it gets the whole user log in console mode.
  if [[ -f "$CONSOLE_LOG" ]] && (($(stat -c %s "$CONSOLE_LOG") > 10 * 1024 * 1024)); then
    mv -f "$CONSOLE_LOG" "$CONSOLE_LOG.1"
  fi
  echo "$START_MARK $(date -u +%FT%TZ)" >>"$CONSOLE_LOG"
  # setsid: own session, so a Ctrl-C or the end of the calling job (make,
  # a CI step) does not take the server down with it.
  local launcher=()
  command -v setsid >/dev/null && launcher=(setsid)
  (
    cd "$HOME_DIR"
    exec nohup "${launcher[@]}" "$JAVA" "-Xms$HEAP_INITIAL" "-Xmx$HEAP" \
      "${JVM_ADDITIONAL[@]}" -Dfile.encoding=UTF-8 -cp "$LIB_DIR/*" \
      "$SERVER_MAIN" --home-dir="$HOME_DIR" --config-dir="$CONF_DIR" --console-mode \
      >>"$CONSOLE_LOG" 2>&1 </dev/null
  ) &
  echo $! >"$PID_FILE"

  if ! wait_up "$t0"; then
    # Do not leave a half-started server behind: a retry starts clean.
    if running_pid >/dev/null; then
      STOP_TIMEOUT=15 cmd_stop >&2
    fi
    die "Neo4j did not start (logs: $LOG_DIR)"
  fi

  if ((pw_state == 2)); then
    log "set-initial-password failed; changing the default password over HTTP"
    change_default_password || die "could not set the password of user neo4j"
  fi
  if ! password_ok; then
    echo "neo4j: warning: user neo4j does not accept NEO4J_PASSWORD; the database" \
      "keeps the password it was created with (remove $HOME_DIR/data to reset)" >&2
  fi
  log "started in $(($(date +%s) - t0)) s: bolt://localhost:$BOLT_PORT" \
    " browser http://localhost:$HTTP_PORT/browser/ (user neo4j)"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    if port_open "$BOLT_PORT"; then
      log "not started by this script (no live pid file), but port $BOLT_PORT answers; leaving it alone"
    else
      log "not running"
    fi
    return 0
  fi
  local t0
  t0="$(date +%s)"
  log "stopping pid $pid (SIGTERM)"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if (($(date +%s) - t0 >= STOP_TIMEOUT)); then
      log "still alive after ${STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 1
  done
  rm -f "$PID_FILE"
  log "stopped in $(($(date +%s) - t0)) s"
}

cmd_status() {
  local pid bolt=down http=down
  pid="$(running_pid || true)"
  port_open "$BOLT_PORT" && bolt=up
  http_up && http=up
  log "pid ${pid:-none}, bolt 127.0.0.1:$BOLT_PORT $bolt, http 127.0.0.1:$HTTP_PORT $http"
  [[ "$bolt" == up ]] || return 3
}

cmd_wait() {
  wait_up "$(date +%s)" || die "Neo4j is not up"
  log "up: bolt 127.0.0.1:$BOLT_PORT, http 127.0.0.1:$HTTP_PORT"
}

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop && cmd_start ;;
    status) cmd_status ;;
    wait) cmd_wait ;;
    admin) run_admin "$@" ;;
    classpath) resolve_jars && echo "$LIB_DIR/*" ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
