package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Summary holds the headline figures of a Result.
type Summary struct {
	Entity   PRF     `json:"entity"`
	Relation PRF     `json:"relation"`
	Dates    float64 `json:"dates"`
	Roles    float64 `json:"roles"`
}

// PRF is precision, recall and F1.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func micro(m map[string]*Counts) (Counts, PRF) {
	var tot Counts
	for _, c := range m {
		tot.TP += c.TP
		tot.FP += c.FP
		tot.FN += c.FN
	}
	p, r, f := tot.PRF()
	return tot, PRF{p, r, f}
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// Summary returns the micro-averaged figures, the date agreement and the
// role agreement.
func (res *Result) Summary() Summary {
	_, e := micro(res.Entities)
	_, r := micro(res.Relations)
	return Summary{Entity: e, Relation: r, Dates: mean(res.Dates), Roles: mean(res.Roles)}
}

func writeTable(w io.Writer, title string, m map[string]*Counts) {
	fmt.Fprintf(w, "%-18s %6s %6s %6s %5s %5s %5s\n", title, "P", "R", "F1", "tp", "fp", "fn")
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := m[k]
		p, r, f := c.PRF()
		fmt.Fprintf(w, "  %-16s %6.3f %6.3f %6.3f %5d %5d %5d\n", k, p, r, f, c.TP, c.FP, c.FN)
	}
	tot, s := micro(m)
	fmt.Fprintf(w, "  %-16s %6.3f %6.3f %6.3f %5d %5d %5d\n", "micro", s.P, s.R, s.F1, tot.TP, tot.FP, tot.FN)
}

// WriteText prints the report lines (when verbose), notes, the per-label and
// per-type tables, metadata, dates and roles, and the headline line last, in
// the reference scorer's layout.
func (res *Result) WriteText(w io.Writer) {
	for _, l := range res.Report {
		fmt.Fprintln(w, l)
	}
	for _, l := range res.Notes {
		fmt.Fprintln(w, l)
	}
	if len(res.Missing) > 0 {
		fmt.Fprintf(w, "no prediction for %d article(s): %s\n", len(res.Missing), strings.Join(res.Missing, ", "))
	}
	writeTable(w, "entities", res.Entities)
	writeTable(w, "relations", res.Relations)
	fields := make([]string, 0, len(res.Meta))
	for f := range res.Meta {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		fmt.Fprintf(w, "article.%-10s %d/%d\n", f, res.Meta[f].Right, res.Meta[f].Asked)
	}
	s := res.Summary()
	fmt.Fprintf(w, "relation dates   %.3f over %d\n", s.Dates, len(res.Dates))
	fmt.Fprintf(w, "office roles     %.3f over %d\n", s.Roles, len(res.Roles))
	fmt.Fprintf(w, "relation F1 %.3f (P %.3f R %.3f) · entity F1 %.3f (P %.3f R %.3f) · dates %.3f\n",
		s.Relation.F1, s.Relation.P, s.Relation.R, s.Entity.F1, s.Entity.P, s.Entity.R, s.Dates)
}

// JSON is the machine-readable form of a Result (`eval --json`).
type JSON struct {
	Summary
	Missing  []string             `json:"missing"`
	Meta     map[string]*Fraction `json:"meta"`
	PerLabel map[string]*Counts   `json:"per_label"`
	PerType  map[string]*Counts   `json:"per_type"`
	Report   []string             `json:"report,omitempty"`
}

// JSON returns the machine-readable form of the result.
func (res *Result) JSON() JSON {
	missing := res.Missing
	if missing == nil {
		missing = []string{}
	}
	return JSON{Summary: res.Summary(), Missing: missing, Meta: res.Meta, PerLabel: res.Entities, PerType: res.Relations, Report: res.Report}
}

// pyRepr quotes s as the reference scorer (Python's repr) does, so the
// verbose lines of both tools read the same.
func pyRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	r := strings.NewReplacer(`\`, `\\`, q, `\`+q, "\n", `\n`, "\t", `\t`, "\r", `\r`)
	return q + r.Replace(s) + q
}

// pyList renders optional strings as a Python list literal ("None" for
// missing values).
func pyList(xs []string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		if x == "" {
			parts[i] = "None"
		} else {
			parts[i] = pyRepr(x)
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
