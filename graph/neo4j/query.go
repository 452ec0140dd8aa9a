package neo4j

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/diplograph/diplograph/graph"
)

// ErrWriteQuery is wrapped by the error Query returns for a query that
// would write (create, merge, set, delete, schema or admin commands) when
// the caller did not allow writes.
var ErrWriteQuery = errors.New("query writes to the graph")

// ErrQuery is wrapped by errors the server reports about the query itself:
// a syntax error, a type error, a missing parameter.
var ErrQuery = errors.New("query failed")

// QueryOptions tune Query.
type QueryOptions struct {
	// Write allows a query that writes; it then runs in a write
	// transaction. Without it, a query whose plan writes is refused before
	// it runs, and the query runs in a read transaction (so the server
	// refuses any write the plan check missed).
	Write bool
	// MaxRows stops reading after this many rows (0: no limit); Truncated
	// in the result tells that rows were left.
	MaxRows int
}

// QueryResult is the eager result of Query. Values are plain Go values:
// nil, bool, int64, float64, string, []any, map[string]any, ResultNode,
// ResultRelationship, ResultPath; temporal values become ISO 8601 strings, points
// "point(...)" strings, byte arrays []byte.
type QueryResult struct {
	Columns []string
	Rows    [][]any
	// Truncated is true when MaxRows stopped the read early.
	Truncated bool
	// StatementType is what the server's plan says the query does:
	// "r" (read only), "rw" (read and write), "w" (write only), "s"
	// (schema write).
	StatementType string
}

// ResultNode is a node in a query result.
type ResultNode struct {
	// ElementID is the server's id of the node, stable within one
	// transaction only.
	ElementID string
	Labels    []string
	Props     map[string]any
}

// Name is how a node is shown: its name, else its title, else its id,
// else its element id.
func (n ResultNode) Name() string {
	for _, k := range []string{"name", "title", "id"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return s
		}
	}
	return n.ElementID
}

// ResultRelationship is a relationship in a query result.
type ResultRelationship struct {
	ElementID      string
	Type           string
	StartElementID string
	EndElementID   string
	Props          map[string]any
}

// ResultPath is a path in a query result: Nodes[i] and Nodes[i+1] are joined by
// Rels[i], in either direction (see ResultRelationship.StartElementID).
type ResultPath struct {
	Nodes []ResultNode
	Rels  []ResultRelationship
}

// String renders the path as "A -[TYPE]-> B <-[TYPE]- C" with node names.
func (p ResultPath) String() string {
	var b strings.Builder
	for i, n := range p.Nodes {
		if i > 0 && i-1 < len(p.Rels) {
			r := p.Rels[i-1]
			if r.StartElementID == p.Nodes[i-1].ElementID {
				fmt.Fprintf(&b, " -[%s]-> ", r.Type)
			} else {
				fmt.Fprintf(&b, " <-[%s]- ", r.Type)
			}
		}
		b.WriteString(n.Name())
	}
	return b.String()
}

// StatementType runs EXPLAIN on cypher (nothing is executed) and returns the
// kind of statement the plan is: "r", "rw", "w" or "s". A query that does
// not compile fails with an error wrapping ErrQuery.
func (s *Store) StatementType(ctx context.Context, cypher string, params map[string]any) (string, error) {
	res, err := driver.ExecuteQuery(ctx, s.drv, "EXPLAIN "+cypher, params, driver.EagerResultTransformer, s.readConfig())
	if err != nil {
		return "", s.wrapQuery("explain", err)
	}
	return statementType(res.Summary.StatementType()), nil
}

// Query runs one Cypher statement with params and returns all its rows
// (up to opts.MaxRows). Unless opts.Write, it first EXPLAINs the statement
// and refuses one whose plan writes (ErrWriteQuery), then runs it in a
// managed read transaction, which the driver retries on transient errors
// and routes to a reader of a cluster; a write that slips through is
// refused by the server and reported as ErrWriteQuery too. Errors about the
// query itself wrap ErrQuery; connection errors are classified like every
// store error.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any, opts QueryOptions) (QueryResult, error) {
	if params == nil {
		params = map[string]any{}
	}
	st, err := s.StatementType(ctx, cypher, params)
	if err != nil {
		return QueryResult{}, err
	}
	if !opts.Write && st != "r" {
		return QueryResult{}, fmt.Errorf("%w (statement type %q): pass --write to run it", ErrWriteQuery, st)
	}
	mode := driver.AccessModeRead
	if opts.Write {
		mode = driver.AccessModeWrite
	}
	sess := s.drv.NewSession(ctx, driver.SessionConfig{
		DatabaseName:    s.cfg.Database,
		AccessMode:      mode,
		BookmarkManager: s.drv.ExecuteQueryBookmarkManager(),
		FetchSize:       1000,
	})
	defer sess.Close(ctx)
	work := func(tx driver.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		out := QueryResult{Columns: keys, Rows: [][]any{}, StatementType: st}
		for res.Next(ctx) {
			if opts.MaxRows > 0 && len(out.Rows) >= opts.MaxRows {
				out.Truncated = true
				break
			}
			vals := res.Record().Values
			row := make([]any, len(vals))
			for i, v := range vals {
				row[i] = plain(v)
			}
			out.Rows = append(out.Rows, row)
		}
		if out.Truncated {
			_, err = res.Consume(ctx)
		} else {
			err = res.Err()
		}
		return out, err
	}
	var out any
	if opts.Write {
		out, err = sess.ExecuteWrite(ctx, work)
	} else {
		out, err = sess.ExecuteRead(ctx, work)
	}
	if err != nil {
		return QueryResult{}, s.wrapQuery("query", err)
	}
	return out.(QueryResult), nil
}

// wrapQuery classifies a query error: a write refused in a read
// transaction becomes ErrWriteQuery, other client errors about the
// statement ErrQuery, the rest as in wrap.
func (s *Store) wrapQuery(op string, err error) error {
	var nerr *driver.Neo4jError
	if errors.As(err, &nerr) {
		switch {
		case nerr.Code == "Neo.ClientError.Statement.AccessMode",
			strings.Contains(nerr.Msg, "not allowed in read"), strings.Contains(nerr.Msg, "read access mode"):
			return fmt.Errorf("%s: %w: the server refused a write in a read-only transaction (pass --write to allow it)", op, ErrWriteQuery)
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement."), strings.HasPrefix(nerr.Code, "Neo.ClientError.Procedure."):
			return fmt.Errorf("%s: %w: %s: %s", op, ErrQuery, nerr.Code, firstLine(redact(err, s.cfg.Password).Error()))
		}
	}
	return s.wrap(op, err)
}

// plain converts a driver value to the plain values of QueryResult.
func plain(v any) any { return graph.MapLeaves(v, plainLeaf) }

func plainLeaf(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string, []byte:
		return x
	case dbtype.Node:
		return plainNode(x)
	case dbtype.Relationship:
		return plainRel(x)
	case dbtype.Path:
		p := ResultPath{Nodes: make([]ResultNode, len(x.Nodes)), Rels: make([]ResultRelationship, len(x.Relationships))}
		for i, n := range x.Nodes {
			p.Nodes[i] = plainNode(n)
		}
		for i, r := range x.Relationships {
			p.Rels[i] = plainRel(r)
		}
		return p
	case dbtype.Date:
		return x.String()
	case dbtype.LocalDateTime:
		return x.String()
	case dbtype.LocalTime:
		return x.String()
	case dbtype.Time:
		return x.String()
	case dbtype.Duration:
		return x.String()
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Point2D:
		return x.String()
	case dbtype.Point3D:
		return x.String()
	}
	return fmt.Sprint(v)
}

func plainNode(n dbtype.Node) ResultNode {
	labels := append([]string(nil), n.Labels...)
	sort.Strings(labels)
	return ResultNode{ElementID: n.ElementId, Labels: labels, Props: plain(n.Props).(map[string]any)}
}

func plainRel(r dbtype.Relationship) ResultRelationship {
	return ResultRelationship{ElementID: r.ElementId, Type: r.Type, StartElementID: r.StartElementId,
		EndElementID: r.EndElementId, Props: plain(r.Props).(map[string]any)}
}

func statementType(t driver.StatementType) string {
	switch t {
	case driver.StatementTypeReadOnly:
		return "r"
	case driver.StatementTypeReadWrite:
		return "rw"
	case driver.StatementTypeWriteOnly:
		return "w"
	case driver.StatementTypeSchemaWrite:
		return "s"
	}
	return "unknown"
}
