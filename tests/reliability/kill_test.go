package reliability

import (
	"context"
	"math/rand/v2"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKillAndResume loads the corpus, kills the loader with SIGKILL at
// random points, reruns it each time, and requires the finished graph to
// be identical to a clean single load (canonical checksum), without
// duplicate nodes or relationships.
func TestKillAndResume(t *testing.T) {
	db := newDatabase(t)
	want, clean := db.reference(t, pagesDir())

	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("DIPLOGRAPH_RELIABILITY_SEED"); s != "" {
		var err error
		seed, err = strconv.ParseUint(s, 10, 64)
		require.NoError(t, err)
	}
	t.Logf("kill schedule seed %d (rerun with DIPLOGRAPH_RELIABILITY_SEED=%d)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))

	const kills = 10
	killed, completions, survived := 0, 0, 0
	var dupNodes, dupRels int64
	lost := false
	// converge runs the load to completion and compares with the clean load.
	converge := func(what string) {
		r := run(t, db.cfg, 3*time.Minute, loadArgs(nil, pagesDir())...)
		completions++
		if !assert.Equal(t, 0, r.code, "%s: %s", what, r) {
			lost = true
			return
		}
		got := db.checksum(t)
		n, rl := db.duplicates(t)
		dupNodes += n
		dupRels += rl
		if assert.Equal(t, want, got, "%s: graph differs from a clean load", what) && n == 0 && rl == 0 {
			survived++
		} else {
			lost = lost || got != want
		}
	}
	// Kill within the expected load time: the clean load's, shortened to
	// the last load that finished before its kill (reruns are faster).
	bound := clean
	for attempt := 0; killed < kills && attempt < 5*kills; attempt++ {
		delay := time.Duration(100+rng.Int64N(max(int64(bound/time.Millisecond)-100, 1))) * time.Millisecond
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		cmd, out, errb := command(ctx, db.cfg, loadArgs(nil, pagesDir())...)
		start := time.Now()
		require.NoError(t, cmd.Start())
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		var err error
		select {
		case err = <-done:
		case <-time.After(delay):
			_ = cmd.Process.Signal(syscall.SIGKILL)
			err = <-done
		}
		cancel()
		r := finish(t, nil, err, out, errb, time.Since(start))
		if r.signaled {
			killed++
			t.Logf("kill %d: SIGKILL after %s", killed, delay)
			continue
		}
		// The load finished before the kill: it must have converged; then
		// start over so that every kill lands in a running load.
		t.Logf("attempt %d: load finished in %s before the kill at %s (exit %d); checking and resetting", attempt+1, r.elapsed.Round(time.Millisecond), delay, r.code)
		if assert.Equal(t, 0, r.code, "%s", r) {
			got := db.checksum(t)
			completions++
			if assert.Equal(t, want, got, "load that finished between kills differs from a clean load") {
				survived++
			}
		}
		bound = min(bound, r.elapsed)
		db.reset(t)
	}
	require.Equal(t, kills, killed, "could not kill %d running loads", kills)
	converge("final load after the kills")
	assert.Zero(t, dupNodes, "duplicate nodes")
	assert.Zero(t, dupRels, "duplicate relationships")
	results.record(faultRow{
		Fault: "SIGKILL of `load` at a random point, then rerun", Tried: killed, Survived: map[bool]int{true: killed, false: 0}[survived == completions && !lost],
		Lost: yesNo(lost, "checksum differs from clean load"), Duplicates: yesNo(dupNodes+dupRels > 0, strconv.FormatInt(dupNodes+dupRels, 10)),
		Note: "seed " + strconv.FormatUint(seed, 10) + "; final graph compared with a clean load (Store.Checksum)",
	})
}
