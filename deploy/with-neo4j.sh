#!/usr/bin/env bash
# Run a command against the local Neo4j server: start the server if Bolt does
# not answer, export NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE for
# the command, and stop the server afterwards only if this script started it.
# A server that cannot be started is a hard failure (exit 1 with the log
# tail), never a silent skip.
#
# Usage: deploy/with-neo4j.sh CMD [ARGS...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
neo4j="$here/neo4j/neo4j.sh"

export NEO4J_URI="${NEO4J_URI:-neo4j://localhost:${NEO4J_BOLT_PORT:-7687}}"
export NEO4J_USER="${NEO4J_USER:-neo4j}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-diplograph-dev}"
export NEO4J_DATABASE="${NEO4J_DATABASE:-neo4j}"

started=0
if ! "$neo4j" status >/dev/null 2>&1; then
  if ! "$neo4j" start; then
    echo "with-neo4j: FATAL: the local Neo4j server could not be started; database tests cannot run" >&2
    exit 1
  fi
  started=1
fi
stop() { if [ "$started" = 1 ]; then "$neo4j" stop || true; fi; }
trap stop EXIT

"$@"
