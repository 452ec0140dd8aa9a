package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// resetQueries delete relationships first, then nodes, 10,000 at a time:
// DETACH DELETE of a node with 100,000 relationships (a State in a large
// corpus) in a batch of 10,000 nodes exceeds the server's transaction
// memory limit, while a batch of 10,000 relationships stays small.
var resetQueries = []string{
	"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
	"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
}

// Reset deletes every node and relationship of the database in batches of
// 10,000 rows (so a large graph does not need one huge transaction):
// relationships first, then nodes. It runs as auto-commit queries, which
// CALL … IN TRANSACTIONS requires. Schema (constraints, indexes) is kept.
// An interrupted Reset leaves a partly deleted graph; run it again.
func (s *Store) Reset(ctx context.Context) error {
	sess := s.drv.NewSession(ctx, driver.SessionConfig{
		DatabaseName:    s.cfg.Database,
		AccessMode:      driver.AccessModeWrite,
		BookmarkManager: s.drv.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(ctx)
	for _, q := range resetQueries {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return s.wrap("reset", err)
		}
	}
	return nil
}
