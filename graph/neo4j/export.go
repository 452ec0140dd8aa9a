package neo4j

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// ExportFormat names an export format.
type ExportFormat string

// The export formats.
const (
	// FormatNeo4jAdmin writes header and data CSV files per label and per
	// relationship type, and import.args, for
	// `neo4j-admin database import full @import.args <database>`.
	FormatNeo4jAdmin ExportFormat = "neo4j-admin"
	// FormatGraphML writes one GraphML document.
	FormatGraphML ExportFormat = "graphml"
	// FormatJSONL writes one JSON object per node, then per relationship.
	FormatJSONL ExportFormat = "jsonl"
)

// ExportFormats lists the formats.
func ExportFormats() []ExportFormat {
	return []ExportFormat{FormatNeo4jAdmin, FormatGraphML, FormatJSONL}
}

// ExportOptions say where an export goes: Dir for neo4j-admin (created if
// missing; files in it are overwritten), W for graphml and jsonl.
type ExportOptions struct {
	Format ExportFormat
	Dir    string
	W      io.Writer
}

// ExportSummary counts what an export wrote.
type ExportSummary struct {
	Nodes         int64    `json:"nodes"`
	Relationships int64    `json:"relationships"`
	Files         []string `json:"files,omitempty"`
}

// propType is a property's type in the neo4j-admin header and GraphML.
type propType string

const (
	tString      propType = "string"
	tStringArray propType = "string[]"
	tLong        propType = "long"
	tDouble      propType = "double"
)

type propSpec struct {
	name string
	typ  propType
}

// nodeProps are the properties the store writes per label (besides id),
// in column order.
func nodeProps(l graph.Label) []propSpec {
	if l == graph.LabelArticle {
		return []propSpec{{"title", tString}, {"published", tString}, {"language", tString}, {"source", tString},
			{"authors", tStringArray}, {"url", tString}, {"file", tString}, {"word_count", tLong}, {"body", tString},
			{"duplicate_of", tStringArray}, {"loaded_hash", tString}}
	}
	ps := []propSpec{{"name", tString}, {"aliases", tStringArray}}
	switch l {
	case graph.LabelState:
		ps = append(ps, propSpec{"iso2", tString})
	case graph.LabelTreaty:
		ps = append(ps, propSpec{"signed", tString})
	case graph.LabelExercise:
		ps = append(ps, propSpec{"start", tString}, propSpec{"end", tString})
	}
	return ps
}

// relProps are the properties the store writes per relationship type.
func relProps(t graph.RelType) []propSpec {
	switch {
	case t == graph.RelMentions:
		return []propSpec{{"count", tLong}}
	case !t.Semantic():
		return nil
	}
	ps := []propSpec{{"articles", tStringArray}, {"evidence", tStringArray}, {"confidence", tDouble},
		{"date", tString}, {"date_last", tString}, {"place", tString}}
	if t == graph.RelHoldsOffice {
		ps = append(ps, propSpec{"role", tString})
	}
	return ps
}

// Export streams the graph in the given format (see ExportFormat). Nodes
// come label by label in id order, then relationships type by type, so the
// same graph gives the same bytes. Memory does not grow with the graph.
func (s *Store) Export(ctx context.Context, opts ExportOptions) (ExportSummary, error) {
	switch opts.Format {
	case FormatNeo4jAdmin:
		if opts.Dir == "" {
			return ExportSummary{}, errors.New("export neo4j-admin: no output directory")
		}
		return s.exportAdmin(ctx, opts.Dir)
	case FormatGraphML, FormatJSONL:
		if opts.W == nil {
			return ExportSummary{}, fmt.Errorf("export %s: no output", opts.Format)
		}
		bw := bufio.NewWriterSize(opts.W, 1<<20)
		var sum ExportSummary
		var err error
		if opts.Format == FormatGraphML {
			sum, err = s.exportGraphML(ctx, bw)
		} else {
			sum, err = s.exportJSONL(ctx, bw)
		}
		if err != nil {
			return sum, err
		}
		return sum, bw.Flush()
	}
	return ExportSummary{}, fmt.Errorf("export: unknown format %q", opts.Format)
}

// arrayDelimiter separates array elements in the neo4j-admin CSV files
// (passed as --array-delimiter=U+001F); it is removed from values.
const arrayDelimiter = "\x1f"

type csvFile struct {
	f *os.File
	b *bufio.Writer
	w *csv.Writer
}

func createCSV(path string, header []string) (*csvFile, error) {
	hf, err := os.Create(strings.TrimSuffix(path, ".csv") + ".header.csv")
	if err != nil {
		return nil, err
	}
	hw := csv.NewWriter(hf)
	if err := hw.Write(header); err != nil {
		_ = hf.Close()
		return nil, err
	}
	hw.Flush()
	if err := errors.Join(hw.Error(), hf.Close()); err != nil {
		return nil, err
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	b := bufio.NewWriterSize(f, 1<<20)
	return &csvFile{f: f, b: b, w: csv.NewWriter(b)}, nil
}

func (c *csvFile) close() error {
	c.w.Flush()
	return errors.Join(c.w.Error(), c.b.Flush(), c.f.Close())
}

func header(first []string, ps []propSpec, last ...string) []string {
	h := append([]string(nil), first...)
	for _, p := range ps {
		if p.typ == tString {
			h = append(h, p.name)
		} else {
			h = append(h, p.name+":"+string(p.typ))
		}
	}
	return append(h, last...)
}

func csvValue(v any, typ propType) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = strings.ReplaceAll(fmt.Sprint(e), arrayDelimiter, " ")
		}
		return strings.Join(parts, arrayDelimiter)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case string:
		if typ == tStringArray {
			return strings.ReplaceAll(x, arrayDelimiter, " ")
		}
		return x
	}
	return fmt.Sprint(v)
}

func (s *Store) exportAdmin(ctx context.Context, dir string) (ExportSummary, error) {
	var sum ExportSummary
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	args := []string{"--id-type=string", "--array-delimiter=U+001F", "--multiline-fields=true", "--skip-duplicate-nodes=false"}
	files := map[string]*csvFile{}
	closeAll := func() error {
		var errs []error
		for _, f := range files {
			errs = append(errs, f.close())
		}
		files = map[string]*csvFile{}
		return errors.Join(errs...)
	}
	defer func() { _ = closeAll() }() // on error paths; the success path closes and checks
	err := s.Nodes(ctx, func(n Node) error {
		name := "nodes-" + string(n.Label) + ".csv"
		f := files[name]
		if f == nil {
			var err error
			if f, err = createCSV(filepath.Join(dir, name), header([]string{"id:ID"}, nodeProps(n.Label))); err != nil {
				return err
			}
			files[name] = f
			sum.Files = append(sum.Files, name)
			args = append(args, "--nodes="+string(n.Label)+"="+adminFiles(dir, name))
		}
		row := []string{n.ID}
		for _, p := range nodeProps(n.Label) {
			row = append(row, csvValue(n.Props[p.name], p.typ))
		}
		sum.Nodes++
		return f.w.Write(row)
	})
	if err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	err = s.Rels(ctx, func(r Rel) error {
		name := "rels-" + string(r.Type) + ".csv"
		f := files[name]
		if f == nil {
			var err error
			if f, err = createCSV(filepath.Join(dir, name), header([]string{":START_ID", ":END_ID"}, relProps(r.Type))); err != nil {
				return err
			}
			files[name] = f
			sum.Files = append(sum.Files, name)
			args = append(args, "--relationships="+string(r.Type)+"="+adminFiles(dir, name))
		}
		row := []string{r.From, r.To}
		for _, p := range relProps(r.Type) {
			row = append(row, csvValue(r.Props[p.name], p.typ))
		}
		sum.Relationships++
		return f.w.Write(row)
	})
	if err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	if err := closeAll(); err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	argPath := filepath.Join(dir, "import.args")
	if err := os.WriteFile(argPath, []byte(strings.Join(args, "\n")+"\n"), 0o644); err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	sum.Files = append(sum.Files, "import.args")
	return sum, nil
}

// adminFiles is the "header,data" file list of one --nodes/--relationships
// argument, with absolute paths so import.args works from any directory.
func adminFiles(dir, name string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	return filepath.Join(abs, strings.TrimSuffix(name, ".csv")+".header.csv") + "," + filepath.Join(abs, name)
}

// jsonlElement is one line of the jsonl export.
type jsonlElement struct {
	Kind string `json:"type"` // "node" or "relationship"
	*Node
	*Rel
}

func (s *Store) exportJSONL(ctx context.Context, w io.Writer) (ExportSummary, error) {
	var sum ExportSummary
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := s.Nodes(ctx, func(n Node) error {
		sum.Nodes++
		return enc.Encode(jsonlElement{Kind: "node", Node: &n})
	})
	if err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	err = s.Rels(ctx, func(r Rel) error {
		sum.Relationships++
		return enc.Encode(jsonlElement{Kind: "relationship", Rel: &r})
	})
	if err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	return sum, nil
}

// graphMLKeys declares every property once, for nodes and for edges; lists
// are written as JSON arrays.
func graphMLKeys() (node, edge []propSpec) {
	seen := map[string]bool{}
	for _, l := range graph.Labels() {
		for _, p := range nodeProps(l) {
			if !seen[p.name] {
				seen[p.name] = true
				node = append(node, p)
			}
		}
	}
	seen = map[string]bool{}
	for _, t := range graph.RelTypes() {
		for _, p := range relProps(t) {
			if !seen[p.name] {
				seen[p.name] = true
				edge = append(edge, p)
			}
		}
	}
	return node, edge
}

func graphMLType(t propType) string {
	switch t {
	case tLong:
		return "long"
	case tDouble:
		return "double"
	}
	return "string"
}

func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func graphMLValue(v any) string {
	switch x := v.(type) {
	case []any:
		b, _ := json.Marshal(x)
		return string(b)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}

func (s *Store) exportGraphML(ctx context.Context, w io.Writer) (ExportSummary, error) {
	var sum ExportSummary
	nk, ek := graphMLKeys()
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`+"\n")
	fmt.Fprint(w, `<key id="labels" for="node" attr.name="labels" attr.type="string"/>`+"\n")
	for _, p := range nk {
		fmt.Fprintf(w, `<key id="n_%s" for="node" attr.name="%s" attr.type="%s"/>`+"\n", p.name, p.name, graphMLType(p.typ))
	}
	fmt.Fprint(w, `<key id="label" for="edge" attr.name="label" attr.type="string"/>`+"\n")
	for _, p := range ek {
		fmt.Fprintf(w, `<key id="e_%s" for="edge" attr.name="%s" attr.type="%s"/>`+"\n", p.name, p.name, graphMLType(p.typ))
	}
	fmt.Fprint(w, `<graph id="diplograph" edgedefault="directed">`+"\n")
	err := s.Nodes(ctx, func(n Node) error {
		sum.Nodes++
		fmt.Fprintf(w, `<node id="%s" labels=":%s"><data key="labels">:%s</data>`, xmlEscape(n.ID), n.Label, n.Label)
		for _, p := range nodeProps(n.Label) {
			if v, ok := n.Props[p.name]; ok && v != nil {
				fmt.Fprintf(w, `<data key="n_%s">%s</data>`, p.name, xmlEscape(graphMLValue(v)))
			}
		}
		_, err := fmt.Fprint(w, "</node>\n")
		return err
	})
	if err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	err = s.Rels(ctx, func(r Rel) error {
		sum.Relationships++
		fmt.Fprintf(w, `<edge id="e%d" source="%s" target="%s" label="%s"><data key="label">%s</data>`,
			sum.Relationships, xmlEscape(r.From), xmlEscape(r.To), r.Type, r.Type)
		for _, p := range relProps(r.Type) {
			if v, ok := r.Props[p.name]; ok && v != nil {
				fmt.Fprintf(w, `<data key="e_%s">%s</data>`, p.name, xmlEscape(graphMLValue(v)))
			}
		}
		_, err := fmt.Fprint(w, "</edge>\n")
		return err
	})
	if err != nil {
		return sum, fmt.Errorf("export: %w", err)
	}
	_, err = fmt.Fprint(w, "</graph>\n</graphml>\n")
	return sum, err
}
