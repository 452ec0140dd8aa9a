package synth

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph"
)

func TestGenerateDeterministicAndValid(t *testing.T) {
	d1, d2 := t.TempDir(), t.TempDir()
	s1, err := Generate(Options{Articles: 200, Dir: d1, Seed: 7, Records: true})
	require.NoError(t, err)
	_, err = Generate(Options{Articles: 200, Dir: d2, Seed: 7, Records: true})
	require.NoError(t, err)
	assert.Equal(t, 200, s1.Pages)
	assert.Positive(t, s1.English)
	assert.Positive(t, s1.Russian)

	p1, err := os.ReadFile(filepath.Join(d1, "pages/en", "000001.txt"))
	if os.IsNotExist(err) {
		p1, err = os.ReadFile(filepath.Join(d1, "pages/ru", "000001.txt"))
	}
	require.NoError(t, err)
	assert.NotEmpty(t, p1)

	r1, err := os.ReadFile(filepath.Join(d1, "records.jsonl"))
	require.NoError(t, err)
	r2, err := os.ReadFile(filepath.Join(d2, "records.jsonl"))
	require.NoError(t, err)
	assert.Equal(t, bytes.Count(r1, []byte("\n")), 200)
	// Files name their directory, so compare after removing it.
	assert.Equal(t, string(bytes.ReplaceAll(r1, []byte(d1), nil)), string(bytes.ReplaceAll(r2, []byte(d2), nil)))

	dec := graph.NewDecoder(bytes.NewReader(r1))
	var rec graph.Record
	n := 0
	for {
		err := dec.Next(&rec)
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "generated records are valid")
		n++
	}
	assert.Equal(t, 200, n)
}
