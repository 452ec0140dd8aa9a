package loaders

// cleaner holds the read-only tables of the loaders (known outlets). One is
// built per Read call; it is safe for concurrent use.
type cleaner struct {
	outlets *outlets
}

func newCleaner() *cleaner { return &cleaner{outlets: newOutlets()} }
