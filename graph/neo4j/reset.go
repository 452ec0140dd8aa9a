package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Reset deletes every node and relationship of the database in batches of
// 10,000 rows (so a large graph does not need one huge transaction). It runs
// as an auto-commit query, which CALL … IN TRANSACTIONS requires. Schema
// (constraints, indexes) is kept.
func (s *Store) Reset(ctx context.Context) error {
	sess := s.drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: driver.AccessModeWrite})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return s.wrap("reset", err)
	}
	return nil
}
