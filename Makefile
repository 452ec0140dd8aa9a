# diplograph developer tasks. Run `make help` for the list.

NEO4J     := deploy/neo4j/neo4j.sh
WITHNEO4J := deploy/with-neo4j.sh
BIN       := bin/diplograph
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
FUZZTIME  ?= 5000x
BENCH_SIZES ?= 10000 100000
GOLANGCI  := github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.15.0

.PHONY: help build neo4j neo4j-stop demo test test-go browser-test fuzz lint bench ci clean

help: ## list targets
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

build: ## build bin/diplograph
	go build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/diplograph

neo4j: ## start the local Neo4j server (Bolt :7687, Browser http://localhost:7474/browser/)
	$(NEO4J) start

neo4j-stop: ## stop the local Neo4j server
	$(NEO4J) stop

demo: build neo4j ## start Neo4j if needed, load examples/articles, print what was loaded and the Browser URL
	NEO4J_PASSWORD=$${NEO4J_PASSWORD:-diplograph-dev} deploy/demo.sh $(BIN)

test: ## start Neo4j if needed, run every Go test and the Browser test against it, stop what it started
	$(WITHNEO4J) $(MAKE) --no-print-directory test-go browser-test

test-go:
	go vet ./...
	go test -count=1 ./...

browser-test: build neo4j ## Neo4j Browser end-to-end test in headless Chromium (docs/screenshot-browser.png)
	deploy/browser-test.sh

fuzz: ## run every fuzz target for FUZZTIME (default 5000x: executions, not seconds) each
	deploy/fuzz.sh $(FUZZTIME)

lint: ## golangci-lint (installs the pinned version with go install)
	go run $(GOLANGCI) run ./...

bench: build neo4j ## load benchmark: 10k and 100k synthetic articles, online load vs neo4j-admin import (bench/RESULTS.md)
	DIPLOGRAPH_BIN=$(BIN) bench/run.sh $(BENCH_SIZES)

ci: ## what CI runs: lint, tests against the real Neo4j, bounded fuzzing
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test
	$(MAKE) --no-print-directory fuzz

clean: ## remove build output (keeps .neo4j state)
	rm -rf bin
