# syntax=docker/dockerfile:1
#
# diplograph in a container: a static binary on a distroless base.
#
#   docker build -t diplograph .
#   docker compose up          # Neo4j + diplograph load of ./examples (see docker-compose.yml)
#
# Stage 1 builds with the Go toolchain; stage 2 holds only the binary.

# --- build -------------------------------------------------------------------
FROM golang:1.26 AS build
WORKDIR /src

# Modules first: this layer is cached until go.mod or go.sum change.
COPY go.mod go.sum ./
RUN go mod download && go mod verify

COPY . .
ARG VERSION=dev
# CGO_ENABLED=0: a static binary that runs on distroless/static (no libc).
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath \
      -ldflags "-s -w -X main.version=${VERSION}" \
      -o /out/diplograph ./cmd/diplograph

# --- run ---------------------------------------------------------------------
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/diplograph /usr/local/bin/diplograph
USER nonroot:nonroot
WORKDIR /home/nonroot
ENTRYPOINT ["/usr/local/bin/diplograph"]
CMD ["help"]
