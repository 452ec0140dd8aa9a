package compose

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// Paths of the files under test, relative to this package's directory.
var (
	composePath    = filepath.Join("..", "..", "docker-compose.yml")
	dockerfilePath = filepath.Join("..", "..", "Dockerfile")
)

// composeFile is the part of the Compose specification the checks read.
type composeFile struct {
	Services map[string]service `yaml:"services"`
	Volumes  map[string]any     `yaml:"volumes"`
}

type service struct {
	Image       string            `yaml:"image"`
	Build       any               `yaml:"build"`
	Ports       []string          `yaml:"ports"`
	Volumes     []string          `yaml:"volumes"`
	Environment map[string]string `yaml:"environment"`
	Healthcheck *healthcheck      `yaml:"healthcheck"`
	DependsOn   dependsOn         `yaml:"depends_on"`
	Command     stringOrList      `yaml:"command"`
}

type healthcheck struct {
	Test     stringOrList `yaml:"test"`
	Interval string       `yaml:"interval"`
	Timeout  string       `yaml:"timeout"`
	Retries  int          `yaml:"retries"`
}

// stringOrList accepts both Compose forms of test and command: a string or a
// list of strings. It keeps the words joined by spaces.
type stringOrList string

func (s *stringOrList) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		*s = stringOrList(n.Value)
		return nil
	case yaml.SequenceNode:
		var l []string
		if err := n.Decode(&l); err != nil {
			return err
		}
		*s = stringOrList(strings.Join(l, " "))
		return nil
	}
	return fmt.Errorf("line %d: want a string or a list", n.Line)
}

// dependsOn maps a service to its condition; the short list form has an
// empty condition (service_started).
type dependsOn map[string]string

func (d *dependsOn) UnmarshalYAML(n *yaml.Node) error {
	*d = dependsOn{}
	switch n.Kind {
	case yaml.SequenceNode:
		var l []string
		if err := n.Decode(&l); err != nil {
			return err
		}
		for _, name := range l {
			(*d)[name] = ""
		}
		return nil
	case yaml.MappingNode:
		var m map[string]struct {
			Condition string `yaml:"condition"`
		}
		if err := n.Decode(&m); err != nil {
			return err
		}
		for name, v := range m {
			(*d)[name] = v.Condition
		}
		return nil
	}
	return fmt.Errorf("line %d: depends_on: want a list or a map", n.Line)
}

func parseCompose(t *testing.T, data []byte) composeFile {
	t.Helper()
	var f composeFile
	require.NoError(t, yaml.Unmarshal(data, &f))
	return f
}

// composeCheck is one rule of the compose contract.
type composeCheck struct {
	name  string
	check func(composeFile) string
}

// composeChecks is the contract of docker-compose.yml. Each check returns
// "" when the file meets it, else what is wrong.
var composeChecks = []composeCheck{
	{"neo4j image", func(f composeFile) string {
		return want(f.Services["neo4j"].Image, "neo4j:5.26-community")
	}},
	{"neo4j HTTP port", func(f composeFile) string {
		return wantIn(f.Services["neo4j"].Ports, "7474:7474")
	}},
	{"neo4j Bolt port", func(f composeFile) string {
		return wantIn(f.Services["neo4j"].Ports, "7687:7687")
	}},
	{"neo4j auth from NEO4J_PASSWORD", func(f composeFile) string {
		return want(f.Services["neo4j"].Environment["NEO4J_AUTH"], "neo4j/${NEO4J_PASSWORD:-diplograph-dev}")
	}},
	{"neo4j healthcheck test", func(f composeFile) string {
		h := f.Services["neo4j"].Healthcheck
		if h == nil {
			return "no healthcheck"
		}
		if !strings.Contains(string(h.Test), "7474") && !strings.Contains(string(h.Test), "cypher-shell") {
			return fmt.Sprintf("healthcheck test %q probes neither HTTP 7474 nor cypher-shell", h.Test)
		}
		// The community image ships wget but no curl: a curl probe leaves
		// the container unhealthy forever and diplograph never starts.
		if strings.Contains(string(h.Test), "curl") {
			return fmt.Sprintf("healthcheck test %q uses curl, which the neo4j image lacks", h.Test)
		}
		return ""
	}},
	{"neo4j healthcheck interval", func(f composeFile) string {
		h := f.Services["neo4j"].Healthcheck
		if h == nil || h.Interval == "" {
			return "healthcheck has no interval"
		}
		return ""
	}},
	{"neo4j data volume", func(f composeFile) string { return namedVolumeAt(f, "neo4j", "/data") }},
	{"neo4j logs volume", func(f composeFile) string { return namedVolumeAt(f, "neo4j", "/logs") }},
	{"diplograph built from the Dockerfile", func(f composeFile) string {
		if f.Services["diplograph"].Build == nil {
			return "diplograph has no build"
		}
		return ""
	}},
	{"diplograph waits for a healthy neo4j", func(f composeFile) string {
		d := f.Services["diplograph"].DependsOn
		c, ok := d["neo4j"]
		if !ok {
			return "diplograph does not depend on neo4j"
		}
		return want(c, "service_healthy")
	}},
	{"diplograph NEO4J_URI", func(f composeFile) string {
		return want(f.Services["diplograph"].Environment["NEO4J_URI"], "neo4j://neo4j:7687")
	}},
	{"diplograph NEO4J_PASSWORD", func(f composeFile) string {
		if !strings.Contains(f.Services["diplograph"].Environment["NEO4J_PASSWORD"], "${NEO4J_PASSWORD") {
			return "diplograph NEO4J_PASSWORD is not taken from the environment"
		}
		return ""
	}},
	{"diplograph examples mounted read-only", func(f composeFile) string {
		return wantIn(f.Services["diplograph"].Volumes, "./examples:/examples:ro")
	}},
	{"diplograph loads the examples", func(f composeFile) string {
		return want(string(f.Services["diplograph"].Command), "load /examples/articles")
	}},
}

func want(got, want string) string {
	if got != want {
		return fmt.Sprintf("got %q, want %q", got, want)
	}
	return ""
}

func wantIn(got []string, want string) string {
	if !slices.Contains(got, want) {
		return fmt.Sprintf("got %q, want it to contain %q", got, want)
	}
	return ""
}

// namedVolumeAt checks that service mounts a top-level named volume (not a
// host path) at target.
func namedVolumeAt(f composeFile, svc, target string) string {
	for _, v := range f.Services[svc].Volumes {
		src, rest, ok := strings.Cut(v, ":")
		if !ok || strings.Split(rest, ":")[0] != target {
			continue
		}
		if strings.ContainsAny(src, "./~") {
			return fmt.Sprintf("%s is mounted from host path %q, want a named volume", target, src)
		}
		if _, ok := f.Volumes[src]; !ok {
			return fmt.Sprintf("volume %q for %s is not declared under top-level volumes", src, target)
		}
		return ""
	}
	return fmt.Sprintf("%s mounts nothing at %s", svc, target)
}

func TestComposeFile(t *testing.T) {
	data, err := os.ReadFile(composePath)
	require.NoError(t, err)
	f := parseCompose(t, data)
	for _, c := range composeChecks {
		t.Run(c.name, func(t *testing.T) {
			assert.Empty(t, c.check(f))
		})
	}
}

// TestComposeChecksFail shows that each check can fail: a compose file that
// breaks one rule is caught by that rule.
func TestComposeChecksFail(t *testing.T) {
	good, err := os.ReadFile(composePath)
	require.NoError(t, err)
	tests := []struct {
		check    string
		old, new string // replacement that breaks the rule
	}{
		{"neo4j image", "neo4j:5.26-community", "neo4j:latest"},
		{"neo4j Bolt port", `"7687:7687"`, `"7688:7687"`},
		{"neo4j healthcheck interval", "interval: 10s", "#"},
		{"neo4j healthcheck test", "wget -qO-", "curl -fsS"},
		{"neo4j data volume", "neo4j-data:/data", "./data:/data"},
		{"neo4j logs volume", "neo4j-logs:/logs", "neo4j-logs:/var/log"},
		{"diplograph waits for a healthy neo4j", "condition: service_healthy", "condition: service_started"},
		{"diplograph examples mounted read-only", "./examples:/examples:ro", "./examples:/examples"},
	}
	for _, tt := range tests {
		t.Run(tt.check, func(t *testing.T) {
			require.Contains(t, string(good), tt.old, "the mutation no longer applies; update this table")
			f := parseCompose(t, []byte(strings.Replace(string(good), tt.old, tt.new, 1)))
			i := slices.IndexFunc(composeChecks, func(c composeCheck) bool { return c.name == tt.check })
			require.GreaterOrEqual(t, i, 0, "no check named %q", tt.check)
			assert.NotEmpty(t, composeChecks[i].check(f), "check %q accepted the broken file", tt.check)
		})
	}
}

// stage is one FROM section of a Dockerfile.
type stage struct {
	from, name string
	lines      []string // instructions after FROM, continuation lines joined
}

var fromRE = regexp.MustCompile(`(?i)^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$`)

// parseDockerfile splits a Dockerfile into stages, dropping comments and
// joining lines continued with a backslash.
func parseDockerfile(t *testing.T, data string) []stage {
	t.Helper()
	var stages []stage
	var cont strings.Builder
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if s, ok := strings.CutSuffix(line, `\`); ok {
			cont.WriteString(s + " ")
			continue
		}
		cont.WriteString(line)
		ins := cont.String()
		cont.Reset()
		if m := fromRE.FindStringSubmatch(ins); m != nil {
			stages = append(stages, stage{from: m[1], name: m[2]})
			continue
		}
		require.NotEmpty(t, stages, "instruction before the first FROM: %q", ins)
		stages[len(stages)-1].lines = append(stages[len(stages)-1].lines, ins)
	}
	require.NoError(t, sc.Err())
	return stages
}

// dockerfileProblems lists what the Dockerfile gets wrong; empty means fine.
func dockerfileProblems(t *testing.T, data string) []string {
	t.Helper()
	stages := parseDockerfile(t, data)
	if len(stages) < 2 {
		return []string{fmt.Sprintf("%d stage(s), want a multi-stage build", len(stages))}
	}
	var problems []string
	build, final := stages[0], stages[len(stages)-1]
	if !strings.HasPrefix(build.from, "golang:1.26") {
		problems = append(problems, fmt.Sprintf("builder is %q, want golang:1.26", build.from))
	}
	if build.name == "" {
		problems = append(problems, "builder stage has no name (FROM … AS build)")
	}
	// go.mod and go.sum are copied, and modules downloaded, before the
	// sources, so that layer stays cached.
	modCopy, srcCopy, goBuild := -1, -1, -1
	for i, l := range build.lines {
		switch {
		case strings.HasPrefix(l, "COPY") && strings.Contains(l, "go.mod") && strings.Contains(l, "go.sum"):
			modCopy = i
		case strings.HasPrefix(l, "COPY . "):
			srcCopy = i
		case strings.HasPrefix(l, "RUN") && strings.Contains(l, "go build"):
			goBuild = i
			if !strings.Contains(l, "CGO_ENABLED=0") {
				problems = append(problems, "go build runs without CGO_ENABLED=0")
			}
		}
	}
	if modCopy < 0 || srcCopy < 0 || modCopy > srcCopy {
		problems = append(problems, "go.mod and go.sum are not copied before the sources")
	}
	if goBuild < 0 {
		problems = append(problems, "builder has no go build")
	}
	if final.from == build.from {
		problems = append(problems, "final stage runs on the builder image")
	}
	if !strings.Contains(final.from, "distroless/static") && !strings.HasPrefix(final.from, "alpine") {
		problems = append(problems, fmt.Sprintf("final image %q, want distroless/static or alpine", final.from))
	}
	copied := false
	for _, l := range final.lines {
		if strings.HasPrefix(l, "COPY --from="+build.name+" ") {
			copied = true
		}
	}
	if !copied {
		problems = append(problems, "final stage does not COPY --from the builder")
	}
	return problems
}

func TestDockerfile(t *testing.T) {
	data, err := os.ReadFile(dockerfilePath)
	require.NoError(t, err)
	assert.Empty(t, dockerfileProblems(t, string(data)))
}

func TestDockerfileChecksFail(t *testing.T) {
	tests := []struct {
		name, dockerfile, want string
	}{
		{"single stage", "FROM golang:1.26\nCOPY . .\nRUN go build ./cmd/diplograph\n", "multi-stage"},
		{"cgo on", "FROM golang:1.26 AS build\nCOPY go.mod go.sum ./\nCOPY . .\nRUN go build -o /d ./cmd/diplograph\nFROM alpine:3\nCOPY --from=build /d /d\n", "CGO_ENABLED=0"},
		{"sources before modules", "FROM golang:1.26 AS build\nCOPY . .\nCOPY go.mod go.sum ./\nRUN CGO_ENABLED=0 go build -o /d ./cmd/diplograph\nFROM alpine:3\nCOPY --from=build /d /d\n", "go.mod and go.sum"},
		{"old toolchain", "FROM golang:1.22 AS build\nCOPY go.mod go.sum ./\nCOPY . .\nRUN CGO_ENABLED=0 \\\n  go build -o /d ./cmd/diplograph\nFROM gcr.io/distroless/static\nCOPY --from=build /d /d\n", "golang:1.26"},
		{"nothing copied to final", "FROM golang:1.26 AS build\nCOPY go.mod go.sum ./\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /d ./cmd/diplograph\nFROM alpine:3\n", "COPY --from"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(dockerfileProblems(t, tt.dockerfile), "; ")
			assert.Contains(t, got, tt.want)
		})
	}
}
