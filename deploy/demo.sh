#!/usr/bin/env bash
# make demo: load the example corpus into the running local Neo4j, print
# what was loaded and where Neo4j Browser is.
#
# Usage: deploy/demo.sh BIN
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin="${1:-bin/diplograph}"
export NEO4J_URI="${NEO4J_URI:-neo4j://localhost:${NEO4J_BOLT_PORT:-7687}}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-diplograph-dev}"
http="http://localhost:${NEO4J_HTTP_PORT:-7474}/browser/"

"$bin" ping
"$bin" load examples/articles
echo
"$bin" stats
deploy/browser/serve.sh start "$bin"
code=$(curl -s -o /dev/null -w '%{http_code}' "$http" || true)
echo
echo "Neo4j Browser: $http (HTTP $code) — connect to bolt://localhost:${NEO4J_BOLT_PORT:-7687} as neo4j / \$NEO4J_PASSWORD (default diplograph-dev)"
echo "After connecting, Browser applies diplograph's style and opens the guide of saved queries."
