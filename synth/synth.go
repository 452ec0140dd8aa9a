package synth

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"github.com/diplograph/diplograph/graph"
)

// Options configure Generate.
type Options struct {
	// Articles is the number of pages to write.
	Articles int
	// Dir receives pages/en/NNNNNN.txt, pages/ru/NNNNNN.txt and, with
	// Records, records.jsonl.
	Dir string
	// Seed makes the output reproducible (same seed, same bytes).
	Seed uint64
	// People, Treaties bound the pools (0: defaults scaled to Articles).
	People, Treaties int
	// RussianShare is the fraction of pages in Russian (default 0.4).
	RussianShare float64
	// Records also writes records.jsonl: one graph.Record per page, as a
	// perfect extractor would return it.
	Records bool
}

// Summary counts what Generate wrote.
type Summary struct {
	Pages     int   `json:"pages"`
	English   int   `json:"english"`
	Russian   int   `json:"russian"`
	Relations int   `json:"relations"`
	Bytes     int64 `json:"bytes"`
}

type person struct {
	id, en, ru, lastEN string
	state, role        int
}

type treaty struct{ id, en, ru string }

type exercise struct{ id, en, ru string }

// world is the fixed cast of a corpus.
type world struct {
	people    []person
	treaties  []treaty
	exercises []exercise
}

func newWorld(r *rand.Rand, nPeople, nTreaties int) *world {
	w := &world{}
	seen := map[string]bool{}
	for len(w.people) < nPeople && len(seen) < len(firstNames)*len(lastNames)*4 {
		f, l := firstNames[r.IntN(len(firstNames))], lastNames[r.IntN(len(lastNames))]
		en, ru := f.en+" "+l.en, f.ru+" "+l.ru
		// Middle initials widen the pool beyond first × last names.
		if len(seen) >= len(firstNames)*len(lastNames)/2 {
			m := firstNames[r.IntN(len(firstNames))]
			en = f.en + " " + m.en[:1] + ". " + l.en
			ru = f.ru + " " + string([]rune(m.ru)[:1]) + ". " + l.ru
		}
		if seen[en] {
			seen[en+"#"] = true
			continue
		}
		seen[en] = true
		w.people = append(w.people, person{id: graph.EntityID(graph.LabelPerson, en), en: en, ru: ru, lastEN: l.en,
			state: r.IntN(len(states)), role: r.IntN(len(roles))})
	}
	seenT := map[string]bool{}
	for len(w.treaties) < nTreaties && len(seenT) < nTreaties*4 {
		a, b := r.IntN(len(states)), r.IntN(len(states))
		if a == b {
			continue
		}
		k, t := treatyKinds[r.IntN(len(treatyKinds))], topics[r.IntN(len(topics))]
		en := states[a].capitalEN + "–" + states[b].capitalEN + " " + k.en + " on " + t.en
		if seenT[en] {
			seenT[en+"#"] = true
			continue
		}
		seenT[en] = true
		ru := capitalize(k.ru) + " " + t.ru + " (" + states[a].capitalRU + "–" + states[b].capitalRU + ")"
		w.treaties = append(w.treaties, treaty{id: graph.EntityID(graph.LabelTreaty, en), en: en, ru: ru})
	}
	for _, e := range exerciseNames {
		for y := 2015; y <= 2025; y++ {
			en := e.en + "-" + strconv.Itoa(y)
			w.exercises = append(w.exercises, exercise{id: graph.EntityID(graph.LabelExercise, en), en: en, ru: e.ru + "-" + strconv.Itoa(y)})
		}
	}
	return w
}

// zipf picks an index in [0, n) with probability ∝ 1/(i+1)^0.9.
func zipf(r *rand.Rand, n int) int {
	// Inverse-CDF of a continuous power law, good enough for a benchmark.
	const s = 0.9
	u := r.Float64()
	hi := math.Pow(float64(n)+1, 1-s)
	x := math.Pow(1+u*(hi-1), 1/(1-s)) - 1
	i := int(x)
	if i >= n {
		i = n - 1
	}
	return i
}

// Generate writes opts.Articles synthetic pages (and records.jsonl).
func Generate(opts Options) (Summary, error) {
	var sum Summary
	if opts.Articles < 1 {
		return sum, errors.New("synth: Articles must be at least 1")
	}
	if opts.RussianShare == 0 {
		opts.RussianShare = 0.4
	}
	if opts.People == 0 {
		opts.People = min(max(opts.Articles/5, 200), 5000)
	}
	if opts.Treaties == 0 {
		opts.Treaties = min(max(opts.Articles/10, 100), 3000)
	}
	for _, d := range []string{"pages/en", "pages/ru"} {
		if err := os.MkdirAll(filepath.Join(opts.Dir, d), 0o755); err != nil {
			return sum, fmt.Errorf("synth: %w", err)
		}
	}
	w := newWorld(rand.New(rand.NewPCG(opts.Seed, 1)), opts.People, opts.Treaties)
	var recs *os.File
	var enc *graph.Encoder
	if opts.Records {
		f, err := os.Create(filepath.Join(opts.Dir, "records.jsonl"))
		if err != nil {
			return sum, fmt.Errorf("synth: %w", err)
		}
		defer f.Close()
		recs, enc = f, graph.NewEncoder(f)
	}
	for i := range opts.Articles {
		r := rand.New(rand.NewPCG(opts.Seed, uint64(i)+2))
		ru := r.Float64() < opts.RussianShare
		lang := "en"
		if ru {
			lang = "ru"
		}
		rel := filepath.Join("pages", lang, fmt.Sprintf("%06d.txt", i+1))
		page, rec := w.article(r, ru)
		rec.Article.File = filepath.Join(opts.Dir, rel)
		if err := os.WriteFile(filepath.Join(opts.Dir, rel), []byte(page), 0o644); err != nil {
			return sum, fmt.Errorf("synth: %w", err)
		}
		sum.Pages++
		sum.Bytes += int64(len(page))
		sum.Relations += len(rec.Relations)
		if ru {
			sum.Russian++
		} else {
			sum.English++
		}
		if enc != nil {
			if err := enc.Encode(rec); err != nil {
				return sum, fmt.Errorf("synth: %w", err)
			}
		}
	}
	if enc != nil {
		if err := enc.Flush(); err != nil {
			return sum, fmt.Errorf("synth: %w", err)
		}
		if err := recs.Close(); err != nil {
			return sum, fmt.Errorf("synth: %w", err)
		}
	}
	return sum, nil
}
