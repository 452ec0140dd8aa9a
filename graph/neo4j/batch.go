package neo4j

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"

	"github.com/diplograph/diplograph/graph"
)

// ErrInvalid is wrapped by every error about input the store refuses before
// sending anything: a record that fails graph.Record.Validate, a label or a
// relationship type outside the closed sets of package graph.
var ErrInvalid = errors.New("invalid input for the store")

// hashVersion changes when the way records are written changes, so a new
// version of diplograph rewrites articles loaded by an older one.
const hashVersion = "diplograph-store-v1"

// RecordHash is the completion marker of an article: the SHA-256 (hex) of
// the record's JSON encoding (body included only when storeBody) and of the
// store's write version. It is stored as Article.loaded_hash in the same
// transaction as everything the record writes.
func RecordHash(rec graph.Record, storeBody bool) string {
	if !storeBody {
		rec.Article.Body = ""
	}
	b, _ := json.Marshal(rec) // a Record always encodes
	h := sha256.New()
	h.Write([]byte(hashVersion))
	if storeBody {
		h.Write([]byte{1})
	} else {
		h.Write([]byte{0})
	}
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// articleRow is one Article node: its id, completion marker and metadata.
type articleRow struct {
	ID    string
	Hash  string
	Props map[string]any
}

// nodeRow is one entity node, merged over the batch: Name is the smallest
// name seen for the id, Aliases every other name and alias.
type nodeRow struct {
	ID      string
	Name    string
	Aliases []string // sorted, without Name
	ISO2    string
	Signed  string
	Start   string
	End     string
}

// contribution is what one article says about one semantic relationship.
type contribution struct {
	Article    string
	Confidence float64
	Evidence   []string // sorted set: the graph.MaxEvidence smallest sentences
	Date       string   // earliest date the article gives
	DateLast   string   // latest date the article gives
	Place      string   // smallest place the article gives
}

// relRow is one relationship, merged over the batch: its identity (From,
// To, Role) and, for semantic types, one contribution per article sorted by
// article id; for MENTIONS the count.
type relRow struct {
	From, To string
	Role     string
	Count    int64
	Contribs []contribution
}

// relGroup is one relationship query: a type with its endpoint labels.
type relGroup struct {
	Type     graph.RelType
	From, To graph.Label
}

func (g relGroup) String() string { return fmt.Sprintf("(:%s)-[:%s]->(:%s)", g.From, g.Type, g.To) }

// batch is what a slice of records writes, grouped per query; rows are
// sorted by id, contributions to one relationship by article id.
type batch struct {
	Articles []articleRow
	Nodes    map[graph.Label][]nodeRow
	Rels     map[relGroup][]relRow
}

// Counts are rows per label and per relationship type.
type Counts struct {
	Nodes map[graph.Label]int   `json:"nodes"`
	Rels  map[graph.RelType]int `json:"relationships"`
}

func (b *batch) counts() Counts {
	c := Counts{Nodes: map[graph.Label]int{}, Rels: map[graph.RelType]int{}}
	if len(b.Articles) > 0 {
		c.Nodes[graph.LabelArticle] = len(b.Articles)
	}
	for l, rows := range b.Nodes {
		c.Nodes[l] += len(rows)
	}
	for g, rows := range b.Rels {
		c.Rels[g.Type] += len(rows)
	}
	return c
}

// groups returns the relationship groups in a fixed order: by type in the
// order of graph.RelTypes, then endpoint labels.
func (b *batch) groups() []relGroup {
	order := map[graph.RelType]int{}
	for i, t := range graph.RelTypes() {
		order[t] = i
	}
	gs := make([]relGroup, 0, len(b.Rels))
	for g := range b.Rels {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool {
		a, c := gs[i], gs[j]
		if a.Type != c.Type {
			return order[a.Type] < order[c.Type]
		}
		if a.From != c.From {
			return a.From < c.From
		}
		return a.To < c.To
	})
	return gs
}

type relKey struct {
	g              relGroup
	from, to, role string
}

// Prepared is a validated record with its completion marker (RecordHash).
// Load pipelines prepare records on many goroutines (validation and hashing
// cost CPU) and hand them to WritePrepared in batches.
type Prepared struct {
	Record graph.Record
	Hash   string
}

// Prepare validates rec (graph.Record.Validate; the error wraps ErrInvalid
// and graph.ErrInvalidRecord) and computes its RecordHash.
func Prepare(rec graph.Record, opts WriteOptions) (Prepared, error) {
	if err := rec.Validate(); err != nil {
		return Prepared{}, fmt.Errorf("%w: article %q: %w", ErrInvalid, rec.Article.ID, err)
	}
	return Prepared{Record: rec, Hash: RecordHash(rec, opts.StoreBody)}, nil
}

// buildBatch merges prepared records into rows. Labels and types are
// checked again here, where they are about to become query text. Within
// the batch: entity aliases are unioned (other names seen for the same id
// become aliases), MET_WITH is turned to go from the smaller id, a
// relationship is identified by (type, from, to) plus role for
// HOLDS_OFFICE, and one article's repeated statements of the same
// relationship become one contribution (highest confidence, the
// graph.MaxEvidence smallest evidence sentences, earliest and latest date,
// smallest place). Every choice depends only on the set of records, not on
// their order.
func buildBatch(items []Prepared, storeBody bool) (*batch, error) {
	b := &batch{Nodes: map[graph.Label][]nodeRow{}, Rels: map[relGroup][]relRow{}}
	articles := map[string]int{}
	nodes := map[graph.Label]map[string]*nodeRow{}
	rels := map[relKey]*relRow{}
	for i := range items {
		rec := &items[i].Record
		a := rec.Article
		row := articleRow{ID: a.ID, Hash: items[i].Hash, Props: articleProps(a, storeBody)}
		if j, ok := articles[a.ID]; ok {
			b.Articles[j] = row // the later record of the same story wins
		} else {
			articles[a.ID] = len(b.Articles)
			b.Articles = append(b.Articles, row)
		}
		labelOf := map[string]graph.Label{a.ID: graph.LabelArticle}
		for _, e := range rec.Entities {
			if err := validLabel(e.Label); err != nil {
				return nil, err
			}
			labelOf[e.ID] = e.Label
			m := nodes[e.Label]
			if m == nil {
				m = map[string]*nodeRow{}
				nodes[e.Label] = m
			}
			n := m[e.ID]
			if n == nil {
				n = &nodeRow{ID: e.ID, Name: e.Name}
				m[e.ID] = n
			}
			// Every form goes into Aliases; the smallest name becomes Name
			// and is taken out of Aliases below.
			n.Name = graph.SmallestNonEmpty(n.Name, e.Name)
			n.Aliases = graph.UnionSorted(n.Aliases, append(append([]string(nil), e.Aliases...), e.Name))
			n.ISO2 = graph.SmallestNonEmpty(n.ISO2, e.ISO2)
			n.Signed = graph.EarlierDate(n.Signed, e.Signed)
			n.Start = graph.EarlierDate(n.Start, e.Start)
			n.End = graph.LaterDate(n.End, e.End)
		}
		for _, r := range rec.Relations {
			if err := validType(r.Type); err != nil {
				return nil, err
			}
			from, to := r.From, r.To
			if r.Type.Symmetric() && to < from {
				from, to = to, from
			}
			g := relGroup{Type: r.Type, From: labelOf[from], To: labelOf[to]}
			k := relKey{g: g, from: from, to: to}
			if r.Type == graph.RelHoldsOffice {
				k.role = r.Properties["role"]
			}
			row := rels[k]
			if row == nil {
				row = &relRow{From: from, To: to, Role: k.role}
				rels[k] = row
			}
			switch {
			case r.Type == graph.RelMentions:
				n, err := strconv.ParseInt(r.Properties["count"], 10, 64)
				if err != nil || n < 1 {
					n = 1
				}
				row.Count = max(row.Count, n)
			case r.Type.Semantic():
				row.add(a.ID, r)
			}
		}
	}
	for l, m := range nodes {
		rows := make([]nodeRow, 0, len(m))
		for _, n := range m {
			n.Aliases = without(n.Aliases, n.Name)
			rows = append(rows, *n)
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].ID < rows[j].ID })
		b.Nodes[l] = rows
	}
	for k, r := range rels {
		// Contributions sorted by article id: the query inserts them into
		// the sorted r.articles in one pass.
		sort.Slice(r.Contribs, func(i, j int) bool { return graph.LessString(r.Contribs[i].Article, r.Contribs[j].Article) })
		b.Rels[k.g] = append(b.Rels[k.g], *r)
	}
	for g, rows := range b.Rels {
		sort.Slice(rows, func(i, j int) bool {
			a, c := rows[i], rows[j]
			if a.From != c.From {
				return a.From < c.From
			}
			if a.To != c.To {
				return a.To < c.To
			}
			return a.Role < c.Role
		})
		b.Rels[g] = rows
	}
	sort.Slice(b.Articles, func(i, j int) bool { return b.Articles[i].ID < b.Articles[j].ID })
	return b, nil
}

// add merges one relation statement of article into the row.
func (row *relRow) add(article string, r graph.Relation) {
	date := r.Properties["date"]
	var c *contribution
	for i := range row.Contribs {
		if row.Contribs[i].Article == article {
			c = &row.Contribs[i]
		}
	}
	if c == nil {
		row.Contribs = append(row.Contribs, contribution{Article: article, Confidence: r.Confidence,
			Date: date, DateLast: date, Place: r.Properties["place"]})
		c = &row.Contribs[len(row.Contribs)-1]
	} else {
		c.Confidence = max(c.Confidence, r.Confidence)
		c.Date = graph.EarlierDate(c.Date, date)
		c.DateLast = graph.LaterDate(c.DateLast, date)
		c.Place = graph.SmallestNonEmpty(c.Place, r.Properties["place"])
	}
	c.Evidence = graph.AddEvidence(c.Evidence, r.Evidence)
}

// articleProps are the Article node's properties; a nil value removes the
// property, so a re-extracted article loses metadata it no longer has.
func articleProps(a graph.Article, storeBody bool) map[string]any {
	p := map[string]any{
		"title":      a.Title,
		"published":  nil,
		"language":   nilIfEmpty(a.Language),
		"source":     nil,
		"authors":    nonNil(a.Authors),
		"url":        nilIfEmpty(a.URL),
		"file":       nilIfEmpty(a.File),
		"word_count": int64(a.WordCount),
		"body":       nil,
	}
	if a.Published != nil && *a.Published != "" {
		p["published"] = *a.Published
	}
	if a.Source != nil && *a.Source != "" {
		p["source"] = *a.Source
	}
	if storeBody && a.Body != "" {
		p["body"] = a.Body
	}
	if len(a.DuplicateOf) > 0 {
		p["duplicate_of"] = graph.UnionSorted(nil, a.DuplicateOf)
	} else {
		p["duplicate_of"] = nil
	}
	return p
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func without(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}
