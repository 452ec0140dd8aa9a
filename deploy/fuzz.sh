#!/usr/bin/env bash
# Run every Go fuzz target of the module for a bounded budget each.
# Interesting inputs found are kept by Go under testdata/fuzz/<Target>/ of
# each package; commit the ones worth keeping.
#
# Usage: deploy/fuzz.sh [FUZZTIME]
#
# FUZZTIME is passed to -fuzztime. The default is an execution count
# (5000x), not a duration: with a duration, Go 1.26's fuzz coordinator can
# report a spurious "context deadline exceeded" failure when the deadline
# fires while a worker is mid-call (golang/go#75804, fixed in Go 1.27), which
# failed our CI once with no crasher written. A count has no deadline to race.
# Minimization of a new interesting input is bounded by count too
# (FUZZMINIMIZE, default 100x; Go's default is 60 s per input), and each
# target is capped by a wall clock (FUZZCAP, default 300s) so that a real
# hang fails loudly instead of eating the CI budget. At 5000x all twelve
# targets take about 80 s together on a 2-core machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
fuzztime="${1:-5000x}"
minimize="${FUZZMINIMIZE:-100x}"
cap="${FUZZCAP:-300s}"
n=0
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "fuzz: $pkg $target ($fuzztime)"
    if ! timeout --signal=QUIT "$cap" go test -run='^$' -fuzz="^${target}\$" \
      -fuzztime="$fuzztime" -fuzzminimizetime="$minimize" "$pkg"; then
      echo "fuzz: FAILED: $pkg $target (a crasher, if any, is under $dir/testdata/fuzz/$target; exceeding $cap means a hang)" >&2
      exit 1
    fi
    n=$((n + 1))
  done
done
echo "fuzz: $n targets passed"
