package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/neo4j"
	"github.com/diplograph/diplograph/loaders"
)

type loadOptions struct {
	conn       neo4j.Config
	paths      []string
	from       string // JSON Lines of `extract` output; "-" is stdin
	batch      int
	workers    int
	writers    int
	dryRun     bool
	reset      bool
	yes        bool
	storeBody  bool
	strict     bool
	force      bool
	json       bool
	trace      bool
	gazetteers []string
	format     string // loaders format for PATH inputs
	glob       string

	stdin         io.Reader
	stdinTerminal bool
	progress      bool // draw a progress bar on errOut
	out, errOut   io.Writer
}

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "read, extract and write articles into Neo4j (or load saved `extract` output with --from)",
		ArgsUsage: "PATH...",
		Description: `Writes are idempotent: loading the same input twice leaves the graph unchanged,
and articles already loaded (Article.loaded_hash equal to the record's hash) are
skipped, so an interrupted load can simply be run again.`,
		Flags: append(connectionFlags(),
			&cli.StringFlag{Name: "from", Usage: "load the saved output of diplograph extract from `FILE` (JSON Lines; - for stdin) instead of PATHs"},
			&cli.IntFlag{Name: "batch", Value: 1000, Usage: "articles per write transaction (memory is bounded by a few batches)"},
			&cli.IntFlag{Name: "workers", Value: runtime.NumCPU(), Usage: "goroutines that extract articles (or decode --from records)"},
			&cli.IntFlag{Name: "writers", Value: 1, Usage: "concurrent write transactions (more can help on a large server; they contend for popular nodes)"},
			&cli.BoolFlag{Name: "dry-run", Usage: "print what would be written (rows per label and type); send nothing"},
			&cli.BoolFlag{Name: "reset", Usage: "delete the whole graph first (asks on a terminal unless --yes)"},
			&cli.BoolFlag{Name: "yes", Usage: "do not ask before --reset"},
			&cli.BoolFlag{Name: "store-body", Usage: "store article text as Article.body"},
			&cli.BoolFlag{Name: "strict", Usage: "stop at the first bad input (nothing after it is loaded) instead of skipping it"},
			&cli.BoolFlag{Name: "force", Usage: "rewrite articles already loaded (idempotent; only slower)"},
			&cli.StringSliceFlag{Name: "gazetteer", Usage: "extra knowledge-base file (repeatable)"},
			&cli.StringFlag{Name: "format", Usage: "input format of PATHs: text, html, jsonl, feed (default: by extension)"},
			&cli.StringFlag{Name: "glob", Usage: "only files matching this pattern when walking directories"},
			&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON"},
			&cli.BoolFlag{Name: "trace", Usage: "print the time spent per query group (on stderr)"},
		),
		Action: func(c *cli.Context) error {
			opts := loadOptions{
				conn: connectionConfig(c), paths: c.Args().Slice(), from: c.String("from"),
				batch: c.Int("batch"), workers: c.Int("workers"), writers: c.Int("writers"), dryRun: c.Bool("dry-run"),
				reset: c.Bool("reset"), yes: c.Bool("yes"), storeBody: c.Bool("store-body"), strict: c.Bool("strict"),
				force: c.Bool("force"), json: c.Bool("json"), gazetteers: c.StringSlice("gazetteer"),
				format: c.String("format"), glob: c.String("glob"), trace: c.Bool("trace"),
				stdin: os.Stdin, stdinTerminal: term.IsTerminal(int(os.Stdin.Fd())),
				progress: term.IsTerminal(int(os.Stderr.Fd())) && !c.Bool("json"),
				out:      c.App.Writer, errOut: c.App.ErrWriter,
			}
			return runLoad(c.Context, opts)
		},
	}
}

// loadSummary is what `load` prints at the end (--json prints it as is).
type loadSummary struct {
	DryRun bool `json:"dry_run"`
	// Read counts articles read; Invalid those skipped as bad input
	// (listed in Problems); AlreadyLoaded those skipped by their marker.
	Read          int `json:"articles_read"`
	Invalid       int `json:"articles_invalid"`
	AlreadyLoaded int `json:"articles_already_loaded"`
	Written       int `json:"articles_written"`
	// Nodes and Relationships: rows merged per label and type, and how many
	// created a node or relationship (the rest matched one).
	Nodes                map[graph.Label]countRow   `json:"nodes"`
	Relationships        map[graph.RelType]countRow `json:"relationships"`
	NodesCreated         int                        `json:"nodes_created"`
	RelationshipsCreated int                        `json:"relationships_created"`
	RelationshipRows     int                        `json:"relationship_rows"`
	Transactions         int                        `json:"transactions"`
	Seconds              float64                    `json:"seconds"`
	ArticlesPerSecond    float64                    `json:"articles_per_second"`
	RelRowsPerSecond     float64                    `json:"relationship_rows_per_second"`
	PeakRSSBytes         int64                      `json:"peak_rss_bytes"`
	Problems             []string                   `json:"problems,omitempty"`
}

type countRow struct {
	Rows    int `json:"rows"`
	Created int `json:"created"`
	Matched int `json:"matched"`
}

// maxProblems bounds the problems kept for the summary (the count is exact).
const maxProblems = 1000

// item is one unit of work of the load pipeline, in input order: a JSON
// Lines record to decode, or an article to extract, or a bad input.
type item struct {
	line    []byte // --from: the record's line
	lineNo  int
	src     string
	article *graph.Article // PATH input: the article to extract
	problem string         // bad input: reported and skipped
	prep    neo4j.Prepared
	done    chan struct{}
}

// extractFunc turns an article into its record (the extractor); nil when
// the input is already records.
type extractFunc func(graph.Article) graph.Record

func runLoad(ctx context.Context, opts loadOptions) error {
	if (opts.from == "") == (len(opts.paths) == 0) {
		return usageError("load: give PATHs or --from FILE.jsonl (not both)")
	}
	if opts.batch < 1 {
		return usageError("load: --batch must be at least 1")
	}
	if opts.workers < 1 {
		opts.workers = 1
	}
	if opts.writers < 1 {
		opts.writers = 1
	}
	if opts.reset && opts.dryRun {
		return usageError("load: --reset and --dry-run exclude each other")
	}
	if opts.reset && !opts.yes {
		if !opts.stdinTerminal {
			return usageError("load: --reset deletes the whole graph; add --yes when stdin is not a terminal")
		}
		ok, err := confirm(opts.stdin, opts.errOut, fmt.Sprintf("Delete every node and relationship of %s? [y/N] ", opts.conn))
		if err != nil {
			return err
		}
		if !ok {
			return withCode(exitError, errors.New("load: reset not confirmed"))
		}
	}

	// Build the source (the extractor loads its knowledge base) before
	// touching the graph: a broken --gazetteer must not cost a --reset.
	produce, extract, err := loadSource(opts)
	if err != nil {
		return err
	}
	var store *neo4j.Store
	if !opts.dryRun {
		s, err := openStore(ctx, opts.conn)
		if err != nil {
			return err
		}
		defer s.Close(context.WithoutCancel(ctx))
		store = s
		if opts.reset {
			if err := s.Reset(ctx); err != nil {
				return err
			}
		}
		if _, err := s.EnsureSchema(ctx); err != nil {
			return err
		}
	}

	start := time.Now()
	sum := loadSummary{DryRun: opts.dryRun, Nodes: map[graph.Label]countRow{}, Relationships: map[graph.RelType]countRow{}}
	var bar *progressbar.ProgressBar
	if opts.progress {
		bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(opts.errOut),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	var ws neo4j.WriteSummary
	var planned neo4j.Counts
	var mu sync.Mutex
	wopts := neo4j.WriteOptions{StoreBody: opts.storeBody, Force: opts.force}
	tr := newTracer()
	if opts.trace {
		wopts.Trace = tr.add
	}
	write := func(recs []neo4j.Prepared) error {
		if opts.dryRun {
			c, err := neo4j.Plan(recs, wopts)
			if err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			addCounts(&planned, c)
			sum.Written += len(recs)
		} else {
			w, err := store.WritePrepared(ctx, recs, wopts)
			if err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			ws.Add(w)
		}
		if bar != nil {
			_ = bar.Add(len(recs))
		}
		return nil
	}
	onProblem := func(p string) error {
		sum.Invalid++
		if len(sum.Problems) < maxProblems {
			sum.Problems = append(sum.Problems, p)
		}
		if opts.strict {
			return withCode(exitError, fmt.Errorf("stopped at a bad input (--strict): %s", p))
		}
		return nil
	}
	read, err := runPipeline(ctx, opts.workers, opts.writers, opts.batch, wopts, produce, extract, write, onProblem)
	if bar != nil {
		_ = bar.Finish()
	}
	sum.Read = read
	sum.Seconds = time.Since(start).Seconds()
	if opts.dryRun {
		for l, n := range planned.Nodes {
			sum.Nodes[l] = countRow{Rows: n}
		}
		for t, n := range planned.Rels {
			sum.Relationships[t] = countRow{Rows: n}
			sum.RelationshipRows += n
		}
	} else {
		sum.Written = ws.Written
		sum.AlreadyLoaded = ws.Skipped
		sum.NodesCreated = ws.NodesCreated
		sum.RelationshipsCreated = ws.RelationshipsCreated
		sum.Transactions = ws.Transactions
		for l, c := range ws.Nodes {
			sum.Nodes[l] = countRow{Rows: c.Rows, Created: c.Created, Matched: c.Matched()}
		}
		for t, c := range ws.Rels {
			sum.Relationships[t] = countRow{Rows: c.Rows, Created: c.Created, Matched: c.Matched()}
			sum.RelationshipRows += c.Rows
		}
	}
	if sum.Seconds > 0 {
		sum.ArticlesPerSecond = float64(sum.Read) / sum.Seconds
		sum.RelRowsPerSecond = float64(sum.RelationshipRows) / sum.Seconds
	}
	sum.PeakRSSBytes = peakRSS()
	if opts.trace {
		tr.print(opts.errOut)
	}
	if err != nil && read == 0 {
		return fmt.Errorf("load: %w", err)
	}
	if perr := printLoadSummary(opts, sum); perr != nil && err == nil {
		err = perr
	}
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if sum.Invalid > 0 {
		return withCode(exitSkipped, fmt.Errorf("load: skipped %d bad input(s) (listed above)", sum.Invalid))
	}
	return nil
}

func addCounts(dst *neo4j.Counts, c neo4j.Counts) {
	if dst.Nodes == nil {
		dst.Nodes = map[graph.Label]int{}
		dst.Rels = map[graph.RelType]int{}
	}
	for l, n := range c.Nodes {
		dst.Nodes[l] += n
	}
	for t, n := range c.Rels {
		dst.Rels[t] += n
	}
}

// loadSource returns the producer of pipeline items for the options and
// the extraction step (nil for --from).
func loadSource(opts loadOptions) (func(context.Context, func(*item) error) error, extractFunc, error) {
	if opts.from != "" {
		return func(ctx context.Context, emit func(*item) error) error {
			return readRecords(ctx, opts.from, opts.stdin, emit)
		}, nil, nil
	}
	return sourcePaths(opts)
}

// readRecords emits the lines of a JSON Lines file; the workers decode
// them (graph.DecodeRecord), so bad lines become problems with their line
// numbers and reading continues.
func readRecords(ctx context.Context, path string, stdin io.Reader, emit func(*item) error) error {
	r := stdin
	name := "stdin"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		defer f.Close()
		r, name = f, path
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), graph.MaxLineBytes)
	n := 0
	for sc.Scan() {
		n++
		if err := ctx.Err(); err != nil {
			return err
		}
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		if err := emit(&item{line: bytes.Clone(b), lineNo: n, src: name}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: line %d: %w", name, n+1, err)
	}
	return nil
}

// runPipeline runs produce → workers (extract, validate) → batches in input
// order → write. Items leave the workers in input order (a queue of
// pending items, bounded), so the batches, and the graph, do not depend on
// the number of workers. Memory is bounded by the queue (4×workers items)
// plus one batch being filled and one being written. It returns the number
// of articles read.
func runPipeline(ctx context.Context, workers, writers, batchSize int, wopts neo4j.WriteOptions,
	produce func(context.Context, func(*item) error) error,
	extract extractFunc, write func([]neo4j.Prepared) error, onProblem func(string) error,
) (int, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	jobs := make(chan *item, workers)
	queue := make(chan *item, 4*workers)
	batches := make(chan []neo4j.Prepared, 1)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				prepare(it, extract, wopts)
				close(it.done)
			}
		}()
	}
	// Producer.
	var prodErr error
	go func() {
		defer close(queue)
		defer close(jobs)
		prodErr = produce(ctx, func(it *item) error {
			it.done = make(chan struct{})
			if it.problem != "" {
				close(it.done)
			} else {
				select {
				case jobs <- it:
				case <-ctx.Done():
					return context.Cause(ctx)
				}
			}
			select {
			case queue <- it:
				return nil
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		})
		if prodErr != nil {
			cancel(prodErr)
		}
	}()
	// Writers.
	var writeErr error
	var errOnce sync.Once
	var wwg sync.WaitGroup
	for range writers {
		wwg.Add(1)
		go func() {
			defer wwg.Done()
			for b := range batches {
				if ctx.Err() != nil {
					continue // drain
				}
				if err := write(b); err != nil {
					errOnce.Do(func() { writeErr = err })
					cancel(err)
				}
			}
		}()
	}
	// Collector: input order.
	read := 0
	var cur []neo4j.Prepared
	flush := func() {
		if len(cur) == 0 {
			return
		}
		select {
		case batches <- cur:
		case <-ctx.Done():
		}
		cur = make([]neo4j.Prepared, 0, batchSize)
	}
	var stopErr error // set when onProblem asks to stop (--strict)
	for it := range queue {
		<-it.done
		if stopErr != nil {
			continue // drain: nothing after the stopping problem is written
		}
		read++
		if it.problem != "" {
			if err := onProblem(it.problem); err != nil {
				flush() // what came before the bad input is written
				stopErr = err
			}
			continue
		}
		cur = append(cur, it.prep)
		if len(cur) >= batchSize {
			flush()
		}
	}
	if ctx.Err() == nil && stopErr == nil {
		flush()
	}
	close(batches)
	wwg.Wait()
	wg.Wait()
	switch {
	case writeErr != nil:
		return read, writeErr
	case stopErr != nil:
		return read, stopErr
	case prodErr != nil:
		return read, prodErr
	}
	return read, context.Cause(ctx)
}

// prepare decodes or extracts the item's record, validates it and
// computes its completion hash; failures become the item's problem.
func prepare(it *item, extract extractFunc, wopts neo4j.WriteOptions) {
	if it.problem != "" {
		return
	}
	var rec graph.Record
	switch {
	case it.line != nil:
		err := graph.DecodeRecord(it.line, &rec)
		it.line = nil
		if err != nil {
			it.problem = fmt.Sprintf("%s:%d: %v", it.src, it.lineNo, err)
			return
		}
	case it.article != nil:
		rec = extract(*it.article)
		it.article = nil
	}
	p, err := neo4j.Prepare(rec, wopts)
	if err != nil {
		it.problem = fmt.Sprintf("article %s (%s): %v", rec.Article.ID, rec.Article.File, err)
		return
	}
	it.prep = p
}

func confirm(in io.Reader, out io.Writer, prompt string) (bool, error) {
	fmt.Fprint(out, prompt)
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && err != io.EOF {
		return false, fmt.Errorf("read answer: %w", err)
	}
	a := strings.ToLower(strings.TrimSpace(line))
	return a == "y" || a == "yes", nil
}

func printLoadSummary(opts loadOptions, sum loadSummary) error {
	if opts.json {
		enc := json.NewEncoder(opts.out)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	for _, p := range sum.Problems {
		fmt.Fprintf(opts.errOut, "skipped: %s\n", p)
	}
	w := opts.out
	if sum.DryRun {
		fmt.Fprintf(w, "Dry run: nothing was sent. %d articles read, %d invalid; would merge:\n", sum.Read, sum.Invalid)
	} else {
		fmt.Fprintf(w, "%d articles read: %d written, %d already loaded, %d invalid (%.1f s, %.0f articles/s, %.0f relationships/s, %d transactions, peak RSS %d MiB)\n",
			sum.Read, sum.Written, sum.AlreadyLoaded, sum.Invalid, sum.Seconds, sum.ArticlesPerSecond, sum.RelRowsPerSecond, sum.Transactions, sum.PeakRSSBytes>>20)
	}
	t := table.NewWriter()
	t.SetOutputMirror(w)
	t.SetStyle(table.StyleLight)
	t.AppendHeader(table.Row{"kind", "name", "merged", "created", "matched"})
	for _, l := range graph.Labels() {
		if c, ok := sum.Nodes[l]; ok {
			t.AppendRow(table.Row{"node", l, c.Rows, created(sum.DryRun, c.Created), created(sum.DryRun, c.Matched)})
		}
	}
	for _, rt := range graph.RelTypes() {
		if c, ok := sum.Relationships[rt]; ok {
			t.AppendRow(table.Row{"relationship", rt, c.Rows, created(sum.DryRun, c.Created), created(sum.DryRun, c.Matched)})
		}
	}
	t.Render()
	return nil
}

func created(dry bool, n int) string {
	if dry {
		return "-"
	}
	return strconv.Itoa(n)
}

// peakRSS returns the peak resident set size of this process (VmHWM), or 0
// where /proc is unavailable.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// sourcePaths reads pages with package loaders and extracts them. Inputs
// the loaders skip (unreadable, empty, no story) become problems of the
// summary, at the end of the run.
func sourcePaths(opts loadOptions) (func(context.Context, func(*item) error) error, extractFunc, error) {
	x, err := extract.New(extract.Options{Gazetteers: opts.gazetteers})
	if err != nil {
		return nil, nil, err
	}
	produce := func(ctx context.Context, emit func(*item) error) error {
		lo := loaders.Options{Format: opts.format, Glob: opts.glob, Stdin: opts.stdin, Strict: opts.strict}
		err := loaders.Read(ctx, opts.paths, lo, func(d loaders.Doc) error {
			a := d.Article
			return emit(&item{article: &a})
		})
		var list loaders.ErrorList
		if errors.As(err, &list) && opts.strict && len(list) > 0 {
			return withCode(exitError, fmt.Errorf("stopped at a bad input (--strict): %s", list[0].Error()))
		}
		if errors.As(err, &list) {
			for _, e := range list {
				if err := emit(&item{problem: e.Error()}); err != nil {
					return err
				}
			}
			return nil
		}
		return err
	}
	extractFn := x.Extract
	if opts.storeBody {
		// Extract leaves the body out of its record; --store-body keeps it.
		extractFn = func(a graph.Article) graph.Record {
			rec := x.Extract(a)
			rec.Article.Body = a.Body
			return rec
		}
	}
	return produce, extractFn, nil
}

// tracer sums the time spent per query group (load --trace).
type tracer struct {
	mu    sync.Mutex
	order []string
	steps map[string]*traceStep
}

type traceStep struct {
	calls, rows int
	d           time.Duration
}

func newTracer() *tracer { return &tracer{steps: map[string]*traceStep{}} }

func (t *tracer) add(step string, rows int, d time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.steps[step]
	if s == nil {
		s = &traceStep{}
		t.steps[step] = s
		t.order = append(t.order, step)
	}
	s.calls++
	s.rows += rows
	s.d += d
}

func (t *tracer) print(w io.Writer) {
	tw := table.NewWriter()
	tw.SetOutputMirror(w)
	tw.SetStyle(table.StyleLight)
	tw.AppendHeader(table.Row{"step", "calls", "rows", "seconds", "rows/s"})
	for _, name := range t.order {
		s := t.steps[name]
		rate := 0.0
		if s.d > 0 {
			rate = float64(s.rows) / s.d.Seconds()
		}
		tw.AppendRow(table.Row{name, s.calls, s.rows, fmt.Sprintf("%.2f", s.d.Seconds()), fmt.Sprintf("%.0f", rate)})
	}
	tw.Render()
}
