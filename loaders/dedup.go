package loaders

import (
	"hash/fnv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Near-duplicate detection (the same story published by two outlets).
//
// Rule: two stories are near-duplicates when the Jaccard similarity of
// their sets of word 5-shingles (after graph.NormalizeText) is at least
// DuplicateThreshold. The similarity is estimated by MinHash with
// minhashSize hash functions; candidates are found by locality-sensitive
// hashing on bands of the signature, so each new story is compared only with
// stories that share a band. Stories shorter than minShingles shingles are
// never linked (too little text to tell). Detection is within one Read call;
// a later story is linked to earlier ones (Article.DuplicateOf), never
// merged. Memory is a fixed-size signature per story, not its text.
const (
	// DuplicateThreshold is the Jaccard similarity of word 5-shingles at
	// and above which two stories are near-duplicates.
	DuplicateThreshold = 0.8
	shingleWords       = 5
	minShingles        = 8
	minhashSize        = 64
	lshBands           = 16
	lshRows            = minhashSize / lshBands
)

type signature [minhashSize]uint64

type deduper struct {
	sigs    []signature
	ids     []string
	buckets map[uint64][]int
	exact   map[string]string // article id → first file
}

func newDeduper() *deduper {
	return &deduper{buckets: make(map[uint64][]int), exact: make(map[string]string)}
}

// check records a story and returns the ids of earlier near-duplicates
// (other ids only) and the file of an earlier exact copy ("" when none).
func (d *deduper) check(id, file, body string) (dups []string, sameAs string) {
	if f, ok := d.exact[id]; ok {
		return nil, f
	}
	d.exact[id] = file
	sig, ok := minhash(body)
	if !ok {
		return nil, ""
	}
	seen := map[int]bool{}
	idx := len(d.sigs)
	for b := 0; b < lshBands; b++ {
		h := fnv.New64a()
		var buf [8]byte
		for r := 0; r < lshRows; r++ {
			v := sig[b*lshRows+r]
			for k := 0; k < 8; k++ {
				buf[k] = byte(v >> (8 * k))
			}
			h.Write(buf[:])
		}
		key := h.Sum64() ^ uint64(b)<<56
		for _, j := range d.buckets[key] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if similarity(sig, d.sigs[j]) >= DuplicateThreshold && d.ids[j] != id {
				dups = append(dups, d.ids[j])
			}
		}
		d.buckets[key] = append(d.buckets[key], idx)
	}
	d.sigs = append(d.sigs, sig)
	d.ids = append(d.ids, id)
	return graph.UnionSorted(dups, nil), ""
}

// minhash computes the MinHash signature of the word 5-shingles of body.
func minhash(body string) (signature, bool) {
	ws := strings.Fields(graph.NormalizeText(body))
	var sig signature
	n := len(ws) - shingleWords + 1
	if n < minShingles {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for i := 0; i < n; i++ {
		h := fnv.New64a()
		for _, w := range ws[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range sig {
			v := mix(x ^ (uint64(k+1) * 0x9E3779B97F4A7C15))
			if v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, true
}

// mix is the splitmix64 finalizer: a fast, well-spread 64-bit hash.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// similarity estimates the Jaccard similarity of two shingle sets from their
// signatures: the share of positions that agree.
func similarity(a, b signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / minhashSize
}
