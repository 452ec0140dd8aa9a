#!/usr/bin/env bash
# Run every Go fuzz target of the module for a bounded time each
# (default 10s). Interesting inputs found are kept by Go under
# testdata/fuzz/<Target>/ of each package; commit the ones worth keeping.
#
# Usage: deploy/fuzz.sh [FUZZTIME]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
fuzztime="${1:-10s}"
n=0
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "fuzz: $pkg $target ($fuzztime)"
    go test -run='^$' -fuzz="^${target}\$" -fuzztime="$fuzztime" "$pkg"
    n=$((n + 1))
  done
done
echo "fuzz: $n targets passed"
