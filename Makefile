# diplograph developer tasks. Run `make help` for the list.

NEO4J := deploy/neo4j/neo4j.sh

.PHONY: help neo4j neo4j-stop

help: ## list targets
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

neo4j: ## start the local Neo4j server (Bolt :7687, Browser http://localhost:7474/browser/)
	$(NEO4J) start

neo4j-stop: ## stop the local Neo4j server
	$(NEO4J) stop
