package neo4j

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// resetBatch is the number of relationships or nodes one inner transaction
// of Reset deletes.
const resetBatch = 1000

// resetQueries delete relationships first, then nodes, resetBatch at a
// time: DETACH DELETE of a node with 100,000 relationships (a State in a
// large corpus) in one batch exceeds the server's transaction memory
// limit, while a batch of 1,000 relationships (and then of 1,000 nodes
// without relationships) stays small. DETACH is kept for nodes in case a
// concurrent writer added a relationship in between.
var resetQueries = []string{
	fmt.Sprintf("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF %d ROWS", resetBatch),
	fmt.Sprintf("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF %d ROWS", resetBatch),
}

// defaultRetryTimeout is the driver's default MaxTransactionRetryTime,
// used by Reset when Config.RetryTimeout is zero.
const defaultRetryTimeout = 30 * time.Second

// Reset deletes every node and relationship of the database in batches of
// 1,000 rows (so a large graph never needs one huge transaction):
// relationships first, then nodes. It runs as auto-commit queries, which
// CALL … IN TRANSACTIONS requires, so the driver does not retry them;
// Reset itself retries a step that fails with a transient error (deadlock,
// MemoryPoolOutOfMemoryError, leader change, lost connection) with
// exponential backoff until Config.RetryTimeout (default 30 s) has passed.
// A retry only repeats the step that failed: the batches committed before
// stay deleted. Schema (constraints, indexes) is kept. An interrupted Reset
// leaves a partly deleted graph; run it again.
func (s *Store) Reset(ctx context.Context) error {
	timeout := s.cfg.RetryTimeout
	if timeout <= 0 {
		timeout = defaultRetryTimeout
	}
	deadline := time.Now().Add(timeout)
	for _, q := range resetQueries {
		delay := 100 * time.Millisecond
		for attempt := 1; ; attempt++ {
			err := s.runAutoCommit(ctx, q)
			if err == nil {
				break
			}
			if !isTransient(err) || ctx.Err() != nil {
				return s.wrap("reset", err)
			}
			// Full jitter around the delay, so concurrent resets and
			// loaders do not retry in lockstep.
			wait := delay/2 + rand.N(delay)
			if time.Now().Add(wait).After(deadline) {
				return s.wrap("reset", fmt.Errorf("gave up after %d attempts in %s: %w", attempt, timeout, err))
			}
			select {
			case <-ctx.Done():
				return s.wrap("reset", ctx.Err())
			case <-time.After(wait):
			}
			delay = min(2*delay, 5*time.Second)
		}
	}
	return nil
}

// runAutoCommit runs one auto-commit query in a fresh session (a session
// whose query failed may hold a broken connection) and consumes it.
func (s *Store) runAutoCommit(ctx context.Context, q string) error {
	sess := s.drv.NewSession(ctx, driver.SessionConfig{
		DatabaseName:    s.cfg.Database,
		AccessMode:      driver.AccessModeWrite,
		BookmarkManager: s.drv.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, q, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return err
}

// isTransient says whether a failed auto-commit query may succeed when run
// again: what the driver retries in managed transactions (transient server
// errors, lost connections, cluster role changes), plus transient errors
// the server reports inside the message of a failed inner transaction of
// CALL … IN TRANSACTIONS.
func isTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if driver.IsRetryable(err) {
		return true
	}
	var nerr *driver.Neo4jError
	if errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.TransientError.") {
		return true
	}
	msg := err.Error()
	for _, s := range []string{"Neo.TransientError.", "MemoryPoolOutOfMemoryError", "DeadlockDetected"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
