package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Sentinel errors that classify store failures; they are wrapped, so test
// them with errors.Is.
var (
	// ErrUnavailable: the server cannot be reached (refused, DNS, TLS, or
	// it went away and retries ran out).
	ErrUnavailable = errors.New("neo4j unreachable")
	// ErrAuth: the server refused the credentials.
	ErrAuth = errors.New("neo4j authentication failed")
	// ErrDatabaseNotFound: the named database does not exist.
	ErrDatabaseNotFound = errors.New("neo4j database not found")
)

// Config says how to reach the server. Password is never printed by this
// package; String redacts it.
type Config struct {
	URI      string
	User     string
	Password string
	Database string
	// RetryTimeout bounds how long managed transactions retry transient
	// errors (server restarts, deadlocks, leader changes). Zero means the
	// driver default (30 s).
	RetryTimeout time.Duration
}

// String describes the connection without the password.
func (c Config) String() string {
	return fmt.Sprintf("%s (user %s, database %s)", c.URI, c.User, c.Database)
}

// Store is an open connection pool to one database. It is safe for
// concurrent use; Close it when done.
type Store struct {
	drv driver.DriverWithContext
	cfg Config
}

// Open creates the driver and verifies connectivity and credentials. A
// failure is classified (ErrUnavailable, ErrAuth) and names the URI, never
// the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	drv, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			if cfg.RetryTimeout > 0 {
				c.MaxTransactionRetryTime = cfg.RetryTimeout
			}
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = 30 * time.Second
		})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", cfg.URI, redact(err, cfg.Password))
	}
	s := &Store{drv: drv, cfg: cfg}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		_ = drv.Close(ctx)
		return nil, s.wrap("connect", err)
	}
	return s, nil
}

// Close releases all connections.
func (s *Store) Close(ctx context.Context) error { return s.drv.Close(ctx) }

// Config returns the configuration the store was opened with.
func (s *Store) Config() Config { return s.cfg }

// ServerInfo describes the server as reported by dbms.components().
type ServerInfo struct {
	Address  string `json:"address"`
	Version  string `json:"version"`
	Edition  string `json:"edition"`
	Database string `json:"database"`
}

// Ping checks that the configured database answers a query and returns the
// server's version and edition.
func (s *Store) Ping(ctx context.Context) (ServerInfo, error) {
	res, err := driver.ExecuteQuery(ctx, s.drv,
		"CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
		nil, driver.EagerResultTransformer, s.readConfig())
	if err != nil {
		return ServerInfo{}, s.wrap("ping", err)
	}
	info := ServerInfo{Database: s.cfg.Database}
	if len(res.Records) > 0 {
		r := res.Records[0]
		if v, ok := r.Get("version"); ok {
			info.Version, _ = v.(string)
		}
		if v, ok := r.Get("edition"); ok {
			info.Edition, _ = v.(string)
		}
	}
	info.Address = res.Summary.Server().Address()
	return info, nil
}

func (s *Store) readConfig() driver.ExecuteQueryConfigurationOption {
	return func(c *driver.ExecuteQueryConfiguration) {
		c.Database = s.cfg.Database
		c.Routing = driver.Read
	}
}

func (s *Store) writeConfig() driver.ExecuteQueryConfigurationOption {
	return func(c *driver.ExecuteQueryConfiguration) {
		c.Database = s.cfg.Database
		c.Routing = driver.Write
	}
}

// wrap classifies err and adds the operation and the target to it.
func (s *Store) wrap(op string, err error) error {
	err = redact(err, s.cfg.Password)
	var kind error
	var nerr *driver.Neo4jError
	switch {
	case errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Security."):
		kind = ErrAuth
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
		kind = ErrDatabaseNotFound
	case driver.IsConnectivityError(err), errors.Is(err, context.DeadlineExceeded) && isDialFailure(err):
		kind = ErrUnavailable
	case strings.Contains(err.Error(), "connection refused"), strings.Contains(err.Error(), "no such host"):
		kind = ErrUnavailable
	}
	target := s.cfg.URI
	if kind == ErrDatabaseNotFound {
		target = fmt.Sprintf("%s database %q", s.cfg.URI, s.cfg.Database)
	}
	if kind != nil {
		return fmt.Errorf("%s %s: %w: %s", op, target, kind, firstLine(err.Error()))
	}
	return fmt.Errorf("%s %s: %w", op, target, err)
}

func isDialFailure(err error) bool {
	return strings.Contains(err.Error(), "dial") || strings.Contains(err.Error(), "connect")
}

// redactedError keeps the chain of err but hides the password in its text.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

func redact(err error, password string) error {
	if err == nil || password == "" || !strings.Contains(err.Error(), password) {
		return err
	}
	return &redactedError{msg: strings.ReplaceAll(err.Error(), password, "****"), err: err}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
