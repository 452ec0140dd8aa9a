package loaders

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const storyEN = "Kazakhstan and Kyrgyzstan held joint border exercises in the mountains on Wednesday, the defence ministries of the two countries said in a joint statement.\nAbout 500 servicemen took part in the drills, which practised the search for armed groups and evacuation of civilians from remote villages.\nThe next exercises will be held in Kyrgyzstan in the autumn, the statement added."

// readAll runs Read and returns the docs and the error.
func readAll(t *testing.T, inputs []string, opts Options) ([]Doc, error) {
	t.Helper()
	var docs []Doc
	err := Read(context.Background(), inputs, opts, func(d Doc) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

// TestBadInputs: every bad input is skipped with its file and reason, the
// run goes on, and the good input is still read.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte("Border drills end\n"+storyEN))
	tests := []struct {
		name string
		data []byte
		want error
		line int
	}{
		{"empty.txt", nil, ErrEmpty, 0},
		{"spaces.txt", []byte(" \n\t\n"), ErrEmpty, 0},
		{"binary.txt", []byte("\x00\x01\x02\x03PK\x03\x04\x00\x00binary"), ErrBinary, 0},
		{"controls.txt", []byte(strings.Repeat("\x01\x02\x03\x04abc", 50)), ErrBinary, 0},
		{"junk.txt", []byte("Share\nLeave a review\n-\n"), ErrNoStory, 0},
		{"truncated.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>A</title><description>Text of the`), ErrBadFeed, 0},
		{"notxml.rss", []byte("this is not a feed at all"), ErrBadFeed, 0},
		{"noitems.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>X</title></channel></rss>`), ErrBadFeed, 0},
		{"bad.jsonl", []byte("{\"body\": \"x\"\n"), ErrBadRecord, 1},
		{"empty.html", []byte("<html><body></body></html>"), ErrNoStory, 0},
	}
	inputs := []string{good}
	for _, tt := range tests {
		inputs = append(inputs, writeFile(t, dir, tt.name, tt.data))
	}
	inputs = append(inputs, filepath.Join(dir, "missing.txt"))
	docs, err := readAll(t, inputs, Options{})
	require.Len(t, docs, 1)
	assert.Equal(t, good, docs[0].Article.File)
	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, len(tests)+1)
	for i, tt := range tests {
		assert.Equal(t, filepath.Join(dir, tt.name), list[i].File, tt.name)
		assert.ErrorIs(t, list[i], tt.want, "%s: %v", tt.name, list[i])
		assert.Equal(t, tt.line, list[i].Line, tt.name)
	}
	assert.ErrorIs(t, list[len(list)-1], os.ErrNotExist)
	assert.ErrorIs(t, err, ErrBinary, "ErrorList unwraps to each problem")
}

// TestStrict: with Strict, Read stops at the first bad input.
func TestStrict(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "a.txt", nil)
	good := writeFile(t, dir, "b.txt", []byte(storyEN))
	docs, err := readAll(t, []string{bad, good}, Options{Strict: true})
	assert.Empty(t, docs)
	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 1)
	assert.ErrorIs(t, err, ErrEmpty)
}

// TestJSONLHugeLine: a line over MaxLineBytes is skipped with its number and
// the next line is read.
func TestJSONLHugeLine(t *testing.T) {
	dir := t.TempDir()
	huge := `{"body":"` + strings.Repeat("word ", MaxLineBytes/5+10) + `"}`
	p := writeFile(t, dir, "big.jsonl", []byte(huge+"\n"+`{"body":"`+strings.ReplaceAll(storyEN, "\n", `\n`)+`"}`+"\n"))
	docs, err := readAll(t, []string{p}, Options{})
	require.Len(t, docs, 1)
	assert.Equal(t, p+"#2", docs[0].Article.File)
	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 1)
	assert.Equal(t, 1, list[0].Line)
	assert.ErrorIs(t, list[0], ErrTooLarge)
}

// TestHugeTextLine: one enormous line of text loads without trouble.
func TestHugeTextLine(t *testing.T) {
	dir := t.TempDir()
	line := strings.Repeat("The ministers met again and discussed the plan. ", 40000)
	p := writeFile(t, dir, "one.txt", []byte(line))
	docs, err := readAll(t, []string{p}, Options{})
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Greater(t, docs[0].Article.WordCount, 300000)
}

// TestWalkGlobOrder: directories are walked recursively in lexical order,
// hidden files skipped, --glob applied to walked files only.
func TestWalkGlobOrder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/2.txt", []byte("Second\n"+storyEN+" Two."))
	writeFile(t, dir, "a.txt", []byte("First\n"+storyEN+" One."))
	writeFile(t, dir, "b/1.html", []byte("<html><body><article><p>"+storyEN+" Three.</p></article></body></html>"))
	writeFile(t, dir, ".hidden/x.txt", []byte(storyEN))
	writeFile(t, dir, "notes.bin", []byte(storyEN))
	files := func(docs []Doc) []string {
		var out []string
		for _, d := range docs {
			rel, _ := filepath.Rel(dir, d.Article.File)
			out = append(out, filepath.ToSlash(rel))
		}
		return out
	}
	docs, err := readAll(t, []string{dir}, Options{})
	require.NoError(t, err)
	assert.Equal(t, []string{"a.txt", "b/1.html", "b/2.txt"}, files(docs))

	docs, err = readAll(t, []string{dir}, Options{Glob: "*.txt"})
	require.NoError(t, err)
	assert.Equal(t, []string{"a.txt", "b/2.txt"}, files(docs))

	docs, err = readAll(t, []string{dir}, Options{Glob: "b/*"})
	require.NoError(t, err)
	assert.Equal(t, []string{"b/1.html", "b/2.txt"}, files(docs))

	_, err = readAll(t, []string{dir}, Options{Glob: "["})
	assert.Error(t, err)
	_, err = readAll(t, []string{dir}, Options{Format: "pdf"})
	assert.ErrorIs(t, err, ErrFormat)
}

// TestStdinAndSniffing: "-" reads Stdin; the format is sniffed.
func TestStdinAndSniffing(t *testing.T) {
	tests := []struct {
		name, in, format string
		want             int
	}{
		{"text", "Title here\n" + storyEN, "", 1},
		{"jsonl", `{"body":"` + strings.ReplaceAll(storyEN, "\n", `\n`) + `"}` + "\n" + `{"body":"` + strings.ReplaceAll(storyEN, "\n", `\n`) + ` Again."}`, "", 2},
		{"html", "<!DOCTYPE html><html><body><article><p>" + storyEN + "</p></article></body></html>", "", 1},
		{"feed", `<?xml version="1.0"?><rss version="2.0"><channel><title>Kazinform</title><item><title>A</title><description>` + storyEN + `</description></item></channel></rss>`, "", 1},
		{"forced text", `{"body":"not read as JSON"} and then a story of some length that goes on`, "text", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in), Format: tt.format})
			require.NoError(t, err)
			assert.Len(t, docs, tt.want)
		})
	}
}

// TestFetchFeed: a feed URL is fetched over HTTP (loopback only).
func TestFetchFeed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		_, _ = w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>BelTA</title><item><title>Drills</title><pubDate>Tue, 11 Jul 2023 10:20:00 +0300</pubDate><description>` + storyEN + `</description></item></channel></rss>`))
	}))
	defer srv.Close()
	docs, err := readAll(t, []string{srv.URL + "/feed", srv.URL + "/missing"}, Options{HTTPClient: srv.Client()})
	require.Len(t, docs, 1)
	a := docs[0].Article
	assert.Equal(t, srv.URL+"/feed#1", a.File)
	require.NotNil(t, a.Source)
	assert.Equal(t, "BelTA", *a.Source)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2023-07-11", *a.Published)
	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 1)
	assert.Contains(t, list[0].Error(), "404")
}

// TestDuplicates: the same story twice is one id (warned); the same story
// lightly edited by another outlet is linked, not merged.
func TestDuplicates(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Border drills end\n"+storyEN+"\nOther news\nSomething else happened"))
	b := writeFile(t, dir, "b.txt", []byte("Border drills end\n\n"+strings.ReplaceAll(storyEN, " ", "  ")+"\nLatest news\nA different sidebar item"))
	c := writeFile(t, dir, "c.txt", []byte("Drills are over\n"+strings.Replace(storyEN, "in the autumn", "in the autumn of next year", 1)))
	d := writeFile(t, dir, "d.txt", []byte("Unrelated\nThe foreign ministers of Georgia and Armenia discussed transport links and the opening of new border crossings at their meeting in Tbilisi on Monday, the ministry said."))
	docs, err := readAll(t, []string{a, b, c, d}, Options{})
	require.NoError(t, err)
	require.Len(t, docs, 4)
	assert.Equal(t, docs[0].Article.ID, docs[1].Article.ID, "same page, other spacing and sidebar")
	assert.Contains(t, strings.Join(docs[1].Warnings, " "), "same story as")
	assert.NotEqual(t, docs[0].Article.ID, docs[2].Article.ID)
	assert.Equal(t, []string{docs[0].Article.ID}, docs[2].Article.DuplicateOf)
	assert.Empty(t, docs[3].Article.DuplicateOf)
}

// TestStopOnCallbackError: an error from fn stops Read and is returned.
func TestStopOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(storyEN))
	b := writeFile(t, dir, "b.txt", []byte(storyEN+" More."))
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{a, b}, Options{}, func(Doc) error { n++; return stop })
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 1, n)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Read(ctx, []string{a}, Options{}, func(Doc) error { return nil })
	assert.ErrorIs(t, err, context.Canceled)
}

// TestDeterministic: the same input gives the same articles.
func TestDeterministic(t *testing.T) {
	in, err := filepath.Glob("testdata/golden/*.txt")
	require.NoError(t, err)
	first, err1 := readAll(t, in, Options{})
	second, err2 := readAll(t, in, Options{})
	assert.Equal(t, err1, err2)
	assert.Equal(t, first, second)
}

// TestManyLines: a page of many short lines (a huge dated list) stays
// linear: it loads in well under the test timeout. (45,000 items: about
// 1.9 MB, just within MaxArticleBytes.)
func TestManyLines(t *testing.T) {
	var b strings.Builder
	b.WriteString("Ministers meet\n" + storyEN + "\nLatest news\n")
	for i := 0; i < 45000; i++ {
		b.WriteString("Another headline of the list\n\n25.Nov.2025\n\n")
	}
	docs, err := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(b.String())})
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.NotContains(t, docs[0].Article.Body, "Another headline")
	require.NotEmpty(t, docs[0].Cut)
	assert.GreaterOrEqual(t, docs[0].Cut[len(docs[0].Cut)-1].Lines, 180001)
}

func TestWalkSkipsUnknownExtensions(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "page.txt", []byte("Border drills end\n"+storyEN))
	writeFile(t, dir, "README.md", []byte("# Notes\n"+storyEN))
	var files []string
	err := Read(context.Background(), []string{dir}, Options{}, func(d Doc) error {
		files = append(files, filepath.Base(d.Article.File))
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"page.txt"}, files)
}
