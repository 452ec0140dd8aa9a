package extract

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
)

// FuzzExtract: no panic, valid UTF-8 out, evidence sentences are
// substrings of the body, the same input gives the same output, and every
// relation's endpoints are in the record.
func FuzzExtract(f *testing.F) {
	for _, a := range benchArticles(f) {
		f.Add(a.Title, a.Body, "2021-06-15")
	}
	f.Add("", "Defence Minister Zakir Hasanov met his Turkish counterpart Hulusi Akar.", "")
	f.Add("x", "«Запад-2021» «", "2021")
	f.Add("", "\xff\xfe Treaty of \"", "bad")
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, title, body, published string) {
		a := graph.Article{ID: "a1", Title: title, Body: body, Published: &published}
		rec := x.Extract(a)
		if err := rec.Validate(); err != nil {
			t.Fatalf("invalid record: %v", err)
		}
		out, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(out) {
			t.Fatal("output is not valid UTF-8")
		}
		clean := strings.ToValidUTF8(body, "\uFFFD")
		for _, r := range rec.Relations {
			if !strings.Contains(clean, r.Evidence) {
				t.Fatalf("evidence %q is not in the body", r.Evidence)
			}
		}
		again, _ := json.Marshal(x.Extract(a))
		if string(again) != string(out) {
			t.Fatal("same input, different output")
		}
	})
}
