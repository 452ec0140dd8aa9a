package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
)

// TestTruncateBody: the cut is a prefix of at most max bytes, valid UTF-8
// when the input is, and ends at a sentence end when one is near.
func TestTruncateBody(t *testing.T) {
	tests := []struct {
		name, body string
		max        int
		want       string
	}{
		{"short", "One. Two.", 100, "One. Two."},
		{"sentence", "First one here. Second one here. Third", 30, "First one here."},
		{"line", "First line here\nSecond line here and more", 30, "First line here"},
		{"space", "no sentence ends in this long text at all", 30, "no sentence ends in this long"},
		{"runes", strings.Repeat("Ж", 20), 11, strings.Repeat("Ж", 5)},
		{"question", "Why here? Because. And", 21, "Why here? Because."},
	}
	for _, tt := range tests {
		got := truncateBody(tt.body, tt.max)
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		if len(got) > tt.max || !strings.HasPrefix(tt.body, got) || !utf8.ValidString(got) {
			t.Errorf("%s: %q is not a valid prefix within %d bytes", tt.name, got, tt.max)
		}
	}
}

// TestExtractHugeBody: a body over MaxBodyBytes is analysed up to a
// sentence end within the cap: facts of the kept part are found, with
// evidence that is a substring of Body; what lies past the cap is not.
func TestExtractHugeBody(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	lead := "Georgian Defence Minister Juansher Burchuladze met his Armenian counterpart Suren Papikyan in Tbilisi today.\n"
	filler := strings.Repeat("The talks went on for a long time and covered many questions of common interest. ", MaxBodyBytes/80+100)
	tail := "\nKazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov in Tashkent."
	body := lead + filler + tail
	if len(body) <= MaxBodyBytes {
		t.Fatalf("body of %d bytes is not over the cap", len(body))
	}
	pub := "2021-10-05"
	rec := x.Extract(graph.Article{ID: graph.ArticleID(body), Title: "Ministers meet", Body: body, Published: &pub})
	names := map[string]bool{}
	for _, e := range rec.Entities {
		names[e.Name] = true
	}
	if !names["Juansher Burchuladze"] || !names["Suren Papikyan"] {
		t.Errorf("people of the kept part missing: %v", names)
	}
	if names["Murat Nurtleu"] || names["Bakhtiyor Saidov"] {
		t.Errorf("people past the cap found: %v", names)
	}
	met := false
	for _, r := range rec.Relations {
		if r.Evidence != "" && !strings.Contains(body, r.Evidence) {
			t.Errorf("%s evidence %q is not in the body", r.Type, r.Evidence)
		}
		if r.Type == graph.RelMetWith {
			met = true
		}
	}
	if !met {
		t.Error("MET_WITH of the kept part missing")
	}
}
