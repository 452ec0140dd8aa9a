package reliability

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// faultRow is one line of the README table: a fault, how often it was
// tried, how often the graph survived it (same checksum as a clean load,
// or the expected refusal), and whether data was lost or duplicated.
type faultRow struct {
	Fault      string
	Tried      int
	Survived   int
	Lost       string // "no", "yes: …", "n/a"
	Duplicates string
	Note       string
}

type resultTable struct {
	mu    sync.Mutex
	rows  []faultRow
	start time.Time
}

var results = &resultTable{start: time.Now()}

// record adds or replaces the row of a fault.
func (r *resultTable) record(row faultRow) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range r.rows {
		if r.rows[i].Fault == row.Fault {
			r.rows[i] = row
			return
		}
	}
	r.rows = append(r.rows, row)
}

func yesNo(bad bool, what string) string {
	if bad {
		return "yes: " + what
	}
	return "no"
}

func (r *resultTable) markdown() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	b.WriteString("| fault | times tried | survived | data lost | duplicates | note |\n")
	b.WriteString("|---|---:|---:|---|---|---|\n")
	for _, x := range r.rows {
		fmt.Fprintf(&b, "| %s | %d | %d | %s | %s | %s |\n", x.Fault, x.Tried, x.Survived, x.Lost, x.Duplicates, strings.ReplaceAll(x.Note, "|", "\\|"))
	}
	return b.String()
}

func (r *resultTable) write(path string) error {
	var b strings.Builder
	b.WriteString("# Reliability results\n\n")
	b.WriteString("Written by `DIPLOGRAPH_WRITE_RESULTS=1 go test ./tests/reliability` (do not edit by hand).\n\n")
	fmt.Fprintf(&b, "Corpus: %d synthetic articles (`diplograph bench gen --seed 7`), load flags `%s`, %d CPUs, package run %s.\n",
		fx.n, strings.Join(loadFlags, " "), runtime.NumCPU(), time.Since(r.start).Round(time.Second))
	b.WriteString("\"survived\" counts the tries that ended as they should: the graph identical (checksum) to a clean load, or the expected refusal with its exit code.\n\n")
	b.WriteString(r.markdown())
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
