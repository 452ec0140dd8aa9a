package cypher

import (
	_ "embed" // the GraSS style file
	"fmt"
	"html"
	"strings"
)

//go:embed style.grass
var style string

// Style returns the GraSS style sheet for Neo4j Browser: the caption of
// every node is its name, each label has its own colour and size, and
// relationships show their type and date.
func Style() string { return style }

// GuideStart is the query the guide's first slide offers to run first: it
// draws the graph.
const GuideStart = "network"

// Guide renders qs as a Neo4j Browser guide (`:play URL`): HTML with one
// <slide> per query inside <article class="guide"><carousel>. The first
// slide lists every query and offers GuideStart; each query slide has its
// description, a parameter table and two runnable blocks (`pre.runnable`,
// clicked to copy into the editor, then run): Query.BrowserParams with the
// defaults, then Query.BrowserQuery. They are separate because Browser runs
// several statements in multi-statement mode, which lists them instead of
// drawing the result. The output depends only on qs, so a generated
// file can be checked against the embedded queries.
func Guide(qs []Query) string {
	var b strings.Builder
	e := html.EscapeString
	b.WriteString(`<article class="guide">
<carousel class="deck container-fluid">
<slide class="row-fluid">
<div class="col-sm-12">
<h3>diplograph: saved queries</h3>
<p>Questions an analyst asks of the diplomacy and defence graph that
<code>diplograph load</code> builds. Click a grey block to put it in the
editor, then run it (Ctrl+Enter): first the <code>:params</code> block, which
sets the query's parameters (edit the values before running it), then the
query. Move between slides with the arrows; every query also runs on the
command line: <code>diplograph query run NAME --param name=value</code>.</p>
`)
	for _, q := range qs {
		if q.Name == GuideStart {
			fmt.Fprintf(&b, "<p>Start here: %s</p>\n", e(q.Description))
			writeBlocks(&b, q)
		}
	}
	b.WriteString("<table class=\"table-condensed\">\n")
	for i, q := range qs {
		fmt.Fprintf(&b, "<tr><td>%d</td><td><b>%s</b></td><td>%s</td></tr>\n", i+2, e(q.Name), e(q.Description))
	}
	b.WriteString("</table>\n<p>The numbers are slide numbers.</p>\n</div>\n</slide>\n")
	for _, q := range qs {
		fmt.Fprintf(&b, "\n<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>%s</h3>\n<p>%s</p>\n", e(q.Name), e(q.Description))
		if len(q.Params) > 0 {
			b.WriteString("<table class=\"table-condensed\">\n<tr><th>parameter</th><th>type</th><th>default</th><th>meaning</th></tr>\n")
			for _, p := range q.Params {
				def := "(required)"
				if !p.Required {
					def = Literal(p.Default)
				}
				fmt.Fprintf(&b, "<tr><td><code>%s</code></td><td>%s</td><td><code>%s</code></td><td>%s</td></tr>\n",
					e(p.Name), e(string(p.Type)), e(def), e(p.Description))
			}
			b.WriteString("</table>\n")
		}
		writeBlocks(&b, q)
		b.WriteString("</div>\n</slide>\n")
	}
	b.WriteString("</carousel>\n</article>\n")
	return b.String()
}

// writeBlocks writes the runnable blocks of q: its parameters (if any) and
// the query.
func writeBlocks(b *strings.Builder, q Query) {
	e := html.EscapeString
	if ps := q.BrowserParams(nil); ps != "" {
		fmt.Fprintf(b, "<pre class=\"pre-scrollable code runnable\" data-params=\"%s\">%s</pre>\n", e(q.Name), e(ps))
	}
	fmt.Fprintf(b, "<pre class=\"pre-scrollable code runnable\" data-query=\"%s\">%s</pre>\n", e(q.Name), e(q.BrowserQuery()))
}
