package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/cypher"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/neo4j"
)

// queryFormats are the output formats of `query run`.
var queryFormats = []string{"table", "json", "csv"}

// paramFlag collects repeated --param NAME=VALUE flags without splitting
// values on commas (a list value "a,b" stays one value).
type paramFlag struct{ vals []string }

func (p *paramFlag) Set(v string) error { p.vals = append(p.vals, v); return nil }
func (p *paramFlag) String() string {
	if p == nil {
		return ""
	}
	return strings.Join(p.vals, " ")
}

// parseParamArgs turns NAME=VALUE strings into a map; a repeated name keeps
// the last value.
func parseParamArgs(args []string) (map[string]string, error) {
	out := map[string]string{}
	for _, a := range args {
		k, v, ok := strings.Cut(a, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, usageError("--param %q: want NAME=VALUE", a)
		}
		out[k] = v
	}
	return out, nil
}

func paramsFlag() cli.Flag {
	return &cli.GenericFlag{Name: "param", Aliases: []string{"p"}, Value: &paramFlag{},
		Usage: "a query parameter as NAME=VALUE (repeat for several; lists as a,b or a JSON array)"}
}

func paramValues(c *cli.Context) []string {
	if p, ok := c.Generic("param").(*paramFlag); ok && p != nil {
		return p.vals
	}
	return nil
}

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:  "query",
		Usage: "list, show and run the saved Cypher queries; Browser guide and style",
		Description: "Saved queries answer analyst questions (treaties, meetings, exercises, partners,\n" +
			"provenance, data quality). They run in read-only transactions.",
		Subcommands: []*cli.Command{
			{
				Name:  "list",
				Usage: "list the saved queries with their descriptions",
				Flags: []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print JSON (names, descriptions, parameters)"}},
				Action: func(c *cli.Context) error {
					return runQueryList(queryListOptions{json: c.Bool("json"), out: c.App.Writer})
				},
			},
			{
				Name:            "show",
				Usage:           "print a saved query ready to paste into Neo4j Browser (with :param lines)",
				ArgsUsage:       "NAME [--param NAME=VALUE ...]",
				Flags:           []cli.Flag{paramsFlag()},
				SkipFlagParsing: true, // flags may follow NAME; see interspersed
				Action: func(c *cli.Context) error {
					c, err := interspersed(c)
					if err != nil || c == nil {
						return err
					}
					if c.NArg() != 1 {
						return usageError("query show: want one query name (valid: %s)", strings.Join(cypher.Names(), ", "))
					}
					return runQueryShow(queryShowOptions{name: c.Args().First(), params: paramValues(c), out: c.App.Writer})
				},
			},
			{
				Name:            "run",
				Usage:           "run a saved query (or --file) against Neo4j and print its rows",
				ArgsUsage:       "NAME [--param NAME=VALUE ...] [--format table|json|csv]",
				SkipFlagParsing: true, // flags may follow NAME; see interspersed
				Flags: append(connectionFlags(),
					paramsFlag(),
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: table, json or csv"},
					&cli.StringFlag{Name: "file", Usage: "run the query in this .cypher file (same header syntax) instead of a saved one"},
					&cli.BoolFlag{Name: "write", Usage: "allow a query that writes (runs in a write transaction)"},
					&cli.IntFlag{Name: "max-rows", Value: 10000, Usage: "stop after this many rows (0: no limit)"},
				),
				Action: func(c *cli.Context) error {
					c, err := interspersed(c)
					if err != nil || c == nil {
						return err
					}
					opts := queryRunOptions{conn: connectionConfig(c), params: paramValues(c), format: c.String("format"),
						file: c.String("file"), write: c.Bool("write"), maxRows: c.Int("max-rows"), out: c.App.Writer, errOut: c.App.ErrWriter}
					switch {
					case opts.file == "" && c.NArg() != 1:
						return usageError("query run: want one query name (valid: %s)", strings.Join(cypher.Names(), ", "))
					case opts.file != "" && c.NArg() != 0:
						return usageError("query run: give a query name or --file, not both")
					}
					opts.name = c.Args().First()
					return runQueryRun(c.Context, opts)
				},
			},
			{
				Name:  "guide",
				Usage: "write the Neo4j Browser guide (HTML for :play) generated from the saved queries",
				Flags: []cli.Flag{&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to this file instead of stdout"}},
				Action: func(c *cli.Context) error {
					qs, err := cypher.All()
					if err != nil {
						return err
					}
					return writeOut(c.String("out"), c.App.Writer, cypher.Guide(qs))
				},
			},
			{
				Name:  "style",
				Usage: "write the Neo4j Browser GraSS style (for :style or drag and drop)",
				Flags: []cli.Flag{&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to this file instead of stdout"}},
				Action: func(c *cli.Context) error {
					return writeOut(c.String("out"), c.App.Writer, cypher.Style())
				},
			},
			{
				Name:  "serve",
				Usage: "serve the Browser guide and style over HTTP for :play and :style (until interrupted)",
				Description: "Serves /guide.html and /style.grass (generated from the embedded queries) with CORS\n" +
					"headers, so Neo4j Browser on another port can fetch them:\n" +
					"  :style http://localhost:7475/style.grass\n" +
					"  :play http://localhost:7475/guide.html",
				Flags: []cli.Flag{&cli.StringFlag{Name: "addr", Value: "127.0.0.1:7475", EnvVars: []string{"DIPLOGRAPH_BROWSER_ADDR"}, Usage: "listen address"}},
				Action: func(c *cli.Context) error {
					return runQueryServe(c.Context, c.String("addr"), c.App.ErrWriter)
				},
			},
		},
	}
}

// interspersed parses the command's flags wherever they stand among its
// arguments (`query run treaties --param state=TR`; urfave/cli stops at the
// first argument) and returns a context over them. It returns a nil context
// after printing help for -h/--help. Environment variables of the flags
// apply as usual; "--" ends the flags.
func interspersed(c *cli.Context) (*cli.Context, error) {
	set := flag.NewFlagSet(c.Command.Name, flag.ContinueOnError)
	set.SetOutput(io.Discard)
	for _, f := range c.Command.Flags {
		if err := f.Apply(set); err != nil {
			return nil, err
		}
	}
	args := c.Args().Slice()
	var pos []string
	for {
		if err := set.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, showHelp(c)
			}
			return nil, usageError("%s: %v", c.Command.FullName(), err)
		}
		rest := set.Args()
		n := len(args) - len(rest)
		if len(rest) == 0 || (n > 0 && args[n-1] == "--") {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// Each alias is its own flag.Value here (urfave/cli merges them after
	// its own parsing); copy an alias's value to the flag's main name.
	// Generic flags share one Value between names and need nothing.
	visited := map[string]bool{}
	set.Visit(func(f *flag.Flag) { visited[f.Name] = true })
	for _, f := range c.Command.Flags {
		if _, shared := f.(*cli.GenericFlag); shared {
			continue
		}
		names := f.Names()
		for _, alias := range names[1:] {
			if visited[alias] && !visited[names[0]] {
				if err := set.Set(names[0], set.Lookup(alias).Value.String()); err != nil {
					return nil, usageError("%s: -%s: %v", c.Command.FullName(), alias, err)
				}
			}
		}
	}
	if h := set.Lookup("help"); h != nil && h.Value.String() == "true" {
		return nil, showHelp(c)
	}
	if err := set.Parse(append([]string{"--"}, pos...)); err != nil {
		return nil, err
	}
	return cli.NewContext(c.App, set, c), nil
}

func showHelp(c *cli.Context) error {
	parent := c
	if l := c.Lineage(); len(l) > 1 {
		parent = l[1]
	}
	return cli.ShowCommandHelp(parent, c.Command.Name)
}

type queryListOptions struct {
	json bool
	out  io.Writer
}

func runQueryList(opts queryListOptions) error {
	qs, err := cypher.All()
	if err != nil {
		return err
	}
	if opts.json {
		type param struct {
			Name        string `json:"name"`
			Type        string `json:"type"`
			Default     any    `json:"default"`
			Required    bool   `json:"required"`
			Description string `json:"description"`
		}
		type item struct {
			Name        string  `json:"name"`
			Description string  `json:"description"`
			Params      []param `json:"params"`
		}
		items := make([]item, 0, len(qs))
		for _, q := range qs {
			it := item{Name: q.Name, Description: q.Description, Params: []param{}}
			for _, p := range q.Params {
				it.Params = append(it.Params, param{p.Name, string(p.Type), p.Default, p.Required, p.Description})
			}
			items = append(items, it)
		}
		enc := json.NewEncoder(opts.out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(items)
	}
	width := 0
	for _, q := range qs {
		width = max(width, len(q.Name))
	}
	for _, q := range qs {
		if _, err := fmt.Fprintf(opts.out, "%-*s  %s\n", width, q.Name, q.Description); err != nil {
			return err
		}
	}
	return nil
}

type queryShowOptions struct {
	name   string
	params []string
	out    io.Writer
}

func runQueryShow(opts queryShowOptions) error {
	q, err := cypher.Get(opts.name)
	if err != nil {
		return usageError("%v", err)
	}
	vals, err := parseParamArgs(opts.params)
	if err != nil {
		return err
	}
	params := map[string]any{}
	for k, v := range vals {
		p, ok := q.Param(k)
		if !ok {
			_, err := q.Bind(map[string]string{k: v})
			return usageError("%v", err)
		}
		x, err := p.Parse(v)
		if err != nil {
			return usageError("%v", err)
		}
		params[k] = x
	}
	_, err = io.WriteString(opts.out, q.Browser(params))
	return err
}

type queryRunOptions struct {
	conn    neo4j.Config
	name    string
	file    string
	params  []string
	format  string
	write   bool
	maxRows int
	out     io.Writer
	errOut  io.Writer
}

func runQueryRun(ctx context.Context, opts queryRunOptions) error {
	if !contains(queryFormats, opts.format) {
		return usageError("--format %q: valid: %s", opts.format, strings.Join(queryFormats, ", "))
	}
	var q cypher.Query
	var err error
	if opts.file != "" {
		b, rerr := os.ReadFile(opts.file)
		if rerr != nil {
			return fmt.Errorf("query run: %w", rerr)
		}
		if q, err = cypher.Parse("", string(b)); err != nil {
			return usageError("%s: %v", opts.file, err)
		}
	} else if q, err = cypher.Get(opts.name); err != nil {
		return usageError("%v", err)
	}
	vals, err := parseParamArgs(opts.params)
	if err != nil {
		return err
	}
	params, err := q.Bind(vals)
	if err != nil {
		return usageError("%v", err)
	}
	s, err := openStore(ctx, opts.conn)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	res, err := s.Query(ctx, q.Cypher, params, neo4j.QueryOptions{Write: opts.write, MaxRows: opts.maxRows})
	if errors.Is(err, neo4j.ErrWriteQuery) {
		return usageError("query %s: %v", q.Name, err)
	}
	if err != nil {
		return fmt.Errorf("query %s: %w", q.Name, err)
	}
	if err := printResult(opts.out, opts.format, res); err != nil {
		return err
	}
	if res.Truncated && opts.errOut != nil {
		fmt.Fprintf(opts.errOut, "diplograph: stopped after %d rows (--max-rows)\n", opts.maxRows)
	}
	return nil
}

// printResult writes the rows in format. Values are rendered by
// formatValue (table, csv) or jsonValue (json); both are deterministic.
func printResult(w io.Writer, format string, res neo4j.QueryResult) error {
	switch format {
	case "json":
		var b strings.Builder
		b.WriteString("[")
		for i, row := range res.Rows {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n  {")
			for j, col := range res.Columns {
				if j > 0 {
					b.WriteString(", ")
				}
				k, _ := json.Marshal(col)
				v, err := marshalJSON(jsonValue(row[j]))
				if err != nil {
					return err
				}
				b.Write(k)
				b.WriteString(": ")
				b.Write(v)
			}
			b.WriteString("}")
		}
		if len(res.Rows) > 0 {
			b.WriteString("\n")
		}
		b.WriteString("]\n")
		_, err := io.WriteString(w, b.String())
		return err
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(res.Columns); err != nil {
			return err
		}
		for _, row := range res.Rows {
			rec := make([]string, len(row))
			for i, v := range row {
				rec[i] = formatValue(v)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	default:
		t := table.NewWriter()
		t.SetOutputMirror(w)
		t.SetStyle(table.StyleLight)
		hdr := make(table.Row, len(res.Columns))
		cfg := make([]table.ColumnConfig, len(res.Columns))
		for i, c := range res.Columns {
			hdr[i] = c
			cfg[i] = table.ColumnConfig{Number: i + 1, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft}
		}
		t.AppendHeader(hdr, table.RowConfig{AutoMerge: false})
		t.Style().Format.Header = text.FormatDefault
		t.SetColumnConfigs(cfg)
		for _, row := range res.Rows {
			r := make(table.Row, len(row))
			for i, v := range row {
				r[i] = formatValue(v)
			}
			t.AppendRow(r)
		}
		t.Render()
		_, err := fmt.Fprintf(w, "(%d rows)\n", len(res.Rows))
		return err
	}
}

func marshalJSON(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// formatValue renders one value as text: null as empty, lists joined with
// "; ", maps as JSON with sorted keys, nodes as their name (else id),
// relationships as :TYPE, paths as "A -[TYPE]-> B".
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return formatFloat(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = formatValue(e)
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		b, err := marshalJSON(jsonValue(x))
		if err != nil {
			return fmt.Sprint(x)
		}
		return string(b)
	case neo4j.ResultNode:
		return x.Name()
	case neo4j.ResultRelationship:
		return ":" + x.Type
	case neo4j.ResultPath:
		return x.String()
	case []byte:
		return fmt.Sprintf("%x", x)
	}
	return fmt.Sprint(v)
}

func formatFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return fmt.Sprint(f)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// jsonValue turns result values into JSON-ready ones: graph elements as
// their display text (see formatValue), lists and maps recursively.
// encoding/json sorts map keys, so the output is deterministic.
func jsonValue(v any) any { return graph.MapLeaves(v, jsonLeaf) }

func jsonLeaf(v any) any {
	switch x := v.(type) {
	case neo4j.ResultNode, neo4j.ResultRelationship, neo4j.ResultPath:
		return formatValue(x)
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return formatFloat(x)
		}
	}
	return v
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func writeOut(path string, stdout io.Writer, content string) error {
	if path == "" {
		_, err := io.WriteString(stdout, content)
		return err
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// browserHandler serves the guide and the style, generated from the
// embedded queries, with CORS headers for Neo4j Browser on another origin
// (Browser sends Pragma and Cache-Control, which need a preflight).
func browserHandler() (http.Handler, error) {
	qs, err := cypher.All()
	if err != nil {
		return nil, err
	}
	files := map[string]struct{ body, ctype string }{
		"/guide.html":  {cypher.Guide(qs), "text/html; charset=utf-8"},
		"/style.grass": {cypher.Style(), "text/plain; charset=utf-8"},
	}
	names := make([]string, 0, len(files))
	for k := range files {
		names = append(names, k)
	}
	sort.Strings(names)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
		if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
			h.Set("Access-Control-Allow-Headers", req)
		}
		h.Set("Cache-Control", "no-cache")
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if r.URL.Path == "/" {
			h.Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprintf(w, "diplograph Browser files: %s\n", strings.Join(names, " "))
			return
		}
		f, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h.Set("Content-Type", f.ctype)
		_, _ = io.WriteString(w, f.body)
	}), nil
}

func runQueryServe(ctx context.Context, addr string, logw io.Writer) error {
	h, err := browserHandler()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(logw, "diplograph: serving http://%s/guide.html and http://%s/style.grass (Ctrl-C to stop)\n", ln.Addr(), ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		return nil
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", addr, err)
	}
}
