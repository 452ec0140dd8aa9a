package neo4j

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/diplograph/diplograph/graph"
)

// LabelCount is the number of nodes of one label.
type LabelCount struct {
	Label graph.Label `json:"label"`
	Count int64       `json:"count"`
}

// TypeCount is the number of relationships of one type.
type TypeCount struct {
	Type  graph.RelType `json:"type"`
	Count int64         `json:"count"`
}

// Stats are node counts per label and relationship counts per type, in the
// fixed order of graph.Labels and graph.RelTypes (zero counts included).
type Stats struct {
	Nodes         []LabelCount `json:"nodes"`
	Relationships []TypeCount  `json:"relationships"`
}

// TotalNodes sums the node counts.
func (s Stats) TotalNodes() int64 {
	var n int64
	for _, c := range s.Nodes {
		n += c.Count
	}
	return n
}

// TotalRelationships sums the relationship counts.
func (s Stats) TotalRelationships() int64 {
	var n int64
	for _, c := range s.Relationships {
		n += c.Count
	}
	return n
}

// Stats counts nodes per label and relationships per type. The counts come
// from the count store (constant time), one small read query per label
// and per type.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	for _, l := range graph.Labels() {
		if err := validLabel(l); err != nil {
			return st, err
		}
		res, err := driver.ExecuteQuery(ctx, s.drv, "MATCH (n:"+string(l)+") RETURN count(n) AS c", nil, driver.EagerResultTransformer, s.readConfig())
		if err != nil {
			return st, s.wrap("stats", err)
		}
		st.Nodes = append(st.Nodes, LabelCount{Label: l, Count: firstInt(res)})
	}
	for _, t := range graph.RelTypes() {
		if err := validType(t); err != nil {
			return st, err
		}
		res, err := driver.ExecuteQuery(ctx, s.drv, "MATCH ()-[r:"+string(t)+"]->() RETURN count(r) AS c", nil, driver.EagerResultTransformer, s.readConfig())
		if err != nil {
			return st, s.wrap("stats", err)
		}
		st.Relationships = append(st.Relationships, TypeCount{Type: t, Count: firstInt(res)})
	}
	return st, nil
}

func firstInt(res *driver.EagerResult) int64 {
	if len(res.Records) == 0 || len(res.Records[0].Values) == 0 {
		return 0
	}
	n, _ := res.Records[0].Values[0].(int64)
	return n
}

// Node is a node read back from the store: its label (the first of the
// closed set it carries), id and every property (id included).
type Node struct {
	Label graph.Label    `json:"label"`
	ID    string         `json:"id"`
	Props map[string]any `json:"properties"`
}

// Rel is a relationship read back from the store with its endpoints' labels
// and ids and every property.
type Rel struct {
	Type      graph.RelType  `json:"type"`
	FromLabel graph.Label    `json:"from_label"`
	From      string         `json:"from"`
	ToLabel   graph.Label    `json:"to_label"`
	To        string         `json:"to"`
	Props     map[string]any `json:"properties"`
}

// Nodes calls fn for every node of the closed set of labels, label by label
// (in graph.Labels order) and by id within a label. It streams: memory does
// not grow with the graph. fn's error stops the scan and is returned.
func (s *Store) Nodes(ctx context.Context, fn func(Node) error) error {
	sess := s.readSession(ctx)
	defer sess.Close(ctx)
	for _, l := range graph.Labels() {
		if err := validLabel(l); err != nil {
			return err
		}
		_, err := sess.ExecuteRead(ctx, func(tx driver.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, "MATCH (n:"+string(l)+") WHERE n.id IS NOT NULL RETURN n.id AS id, properties(n) AS p ORDER BY n.id", nil)
			if err != nil {
				return nil, err
			}
			for res.Next(ctx) {
				v := res.Record().Values
				id, _ := v[0].(string)
				p, _ := v[1].(map[string]any)
				if err := fn(Node{Label: l, ID: id, Props: p}); err != nil {
					return nil, &stopError{err}
				}
			}
			return nil, res.Err()
		})
		if err != nil {
			return s.unwrapStop("read nodes", err)
		}
	}
	return nil
}

// Rels calls fn for every relationship of the closed set of types, type by
// type (in graph.RelTypes order), ordered by start id, end id and role.
// Endpoint labels are the first label of the closed set each node carries.
func (s *Store) Rels(ctx context.Context, fn func(Rel) error) error {
	sess := s.readSession(ctx)
	defer sess.Close(ctx)
	for _, t := range graph.RelTypes() {
		if err := validType(t); err != nil {
			return err
		}
		_, err := sess.ExecuteRead(ctx, func(tx driver.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, "MATCH (a)-[r:"+string(t)+"]->(b) RETURN labels(a) AS la, a.id AS a, labels(b) AS lb, b.id AS b, properties(r) AS p ORDER BY a, b, r.role", nil)
			if err != nil {
				return nil, err
			}
			for res.Next(ctx) {
				v := res.Record().Values
				r := Rel{Type: t, FromLabel: firstLabel(v[0]), ToLabel: firstLabel(v[2])}
				r.From, _ = v[1].(string)
				r.To, _ = v[3].(string)
				r.Props, _ = v[4].(map[string]any)
				if err := fn(r); err != nil {
					return nil, &stopError{err}
				}
			}
			return nil, res.Err()
		})
		if err != nil {
			return s.unwrapStop("read relationships", err)
		}
	}
	return nil
}

func firstLabel(v any) graph.Label {
	ls, _ := v.([]any)
	for _, l := range graph.Labels() {
		for _, x := range ls {
			if x == string(l) {
				return l
			}
		}
	}
	return ""
}

// stopError carries a callback's error through ExecuteRead without retries.
type stopError struct{ err error }

func (e *stopError) Error() string { return e.err.Error() }
func (e *stopError) Unwrap() error { return e.err }

func (s *Store) unwrapStop(op string, err error) error {
	if se, ok := err.(*stopError); ok { //nolint:errorlint // ExecuteRead returns the callback's error as is
		return se.err
	}
	return s.wrap(op, err)
}

func (s *Store) readSession(ctx context.Context) driver.SessionWithContext {
	return s.drv.NewSession(ctx, driver.SessionConfig{
		DatabaseName:    s.cfg.Database,
		AccessMode:      driver.AccessModeRead,
		BookmarkManager: s.drv.ExecuteQueryBookmarkManager(),
		FetchSize:       2000,
	})
}

// VolatileProperties are left out of Checksum: none of the properties
// diplograph writes changes on a reload, so the list is empty by design; it
// names the place to exclude one if ever added.
var volatileProperties = map[string]bool{}

// Checksum returns a canonical SHA-256 (hex) of the graph: every node
// (label, id, properties) and every relationship (type, endpoint labels and
// ids, properties), each encoded as canonical JSON (sorted keys; floats
// rounded to 9 decimals, so the last bits of a noisy-OR product do not
// matter), combined as a multiset hash: equal to hashing the sorted lines,
// independent of storage order and internal element ids, in constant
// memory. Two graphs with equal checksums have the same nodes,
// relationships and properties.
func (s *Store) Checksum(ctx context.Context) (string, error) {
	var acc [4]uint64
	var nodes, rels int64
	add := func(kind string, v any) error {
		b, err := json.Marshal(canonical(v))
		if err != nil {
			return err
		}
		h := sha256.Sum256(append([]byte(kind+"\x00"), b...))
		for i := range acc {
			acc[i] += binary.BigEndian.Uint64(h[i*8:])
		}
		return nil
	}
	err := s.Nodes(ctx, func(n Node) error {
		nodes++
		return add("node", []any{n.Label, n.ID, stripVolatile(n.Props)})
	})
	if err != nil {
		return "", err
	}
	err = s.Rels(ctx, func(r Rel) error {
		rels++
		return add("rel", []any{r.Type, r.FromLabel, r.From, r.ToLabel, r.To, stripVolatile(r.Props)})
	})
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "nodes=%d rels=%d\n", nodes, rels)
	for _, x := range acc {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], x)
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func stripVolatile(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		if !volatileProperties[k] {
			out[k] = v
		}
	}
	return out
}

// canonical turns driver values into JSON-stable ones: maps keep sorted
// keys (encoding/json sorts them), floats are rounded, temporal values
// become strings.
func canonical(v any) any { return graph.MapLeaves(v, canonicalLeaf) }

func canonicalLeaf(v any) any {
	switch x := v.(type) {
	case float64:
		return math.Round(x*1e9) / 1e9
	case dbtype.Date:
		return x.String()
	case graph.Label, graph.RelType, string, int64, bool, nil:
		return x
	default:
		return fmt.Sprint(x)
	}
}
