// Package compose holds the checks of the Docker deployment files at the
// root of the repository: docker-compose.yml and Dockerfile.
//
// The project's machines have no Docker engine, so the files are never run
// in CI. Instead compose_test.go parses them and asserts the contract users
// rely on: the Neo4j image and ports, a healthcheck, named volumes for /data
// and /logs, diplograph waiting for a healthy Neo4j, and a multi-stage build
// of a static (CGO_ENABLED=0) binary. The package has no non-test code.
package compose
