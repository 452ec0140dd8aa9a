package reliability

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadJSON is the part of `load --json` the tests read.
type loadJSON struct {
	Read     int      `json:"articles_read"`
	Invalid  int      `json:"articles_invalid"`
	Written  int      `json:"articles_written"`
	Problems []string `json:"problems"`
}

func parseSummary(t *testing.T, r result) loadJSON {
	t.Helper()
	var s loadJSON
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &s), "load --json stdout is not the summary: %s", r)
	return s
}

// page returns the text of corpus page i and its title (first line).
func page(t *testing.T, i int) (text, title string) {
	t.Helper()
	b, err := os.ReadFile(fx.pages[i])
	require.NoError(t, err)
	text = string(b)
	title, _, _ = strings.Cut(text, "\n")
	return text, strings.TrimSpace(title)
}

// pageIndex finds the first page of the corpus in a language directory.
func pageIndex(t *testing.T, lang string, skip int) int {
	t.Helper()
	for i, p := range fx.pages {
		if filepath.Base(filepath.Dir(p)) == lang {
			if skip == 0 {
				return i
			}
			skip--
		}
	}
	t.Fatalf("no %s page", lang)
	return -1
}

// story is the body of a page without its title line.
func story(text string) string {
	_, rest, _ := strings.Cut(text, "\n")
	return rest
}

// cp1251 encodes Russian UTF-8 text as windows-1251 (Cyrillic letters, Ё/ё,
// ASCII; anything else becomes '?').
func cp1251(s string) []byte {
	var out []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r >= 'А' && r <= 'я':
			out = append(out, byte(0xC0+r-'А'))
		case r == 'Ё':
			out = append(out, 0xA8)
		case r == 'ё':
			out = append(out, 0xB8)
		case r == '–':
			out = append(out, 0x96)
		case r == '«':
			out = append(out, 0xAB)
		case r == '»':
			out = append(out, 0xBB)
		default:
			out = append(out, '?')
		}
	}
	return out
}

// badCorpus is a directory of good and bad inputs plus extra arguments.
type badCorpus struct {
	dir   string
	extra []string // explicit arguments: missing path, unreadable input
	// good maps Article.file → expected title ("" when not checked).
	good map[string]string
	// bad maps an input (path, or path:line, path#item) → a word its
	// reason must contain.
	bad map[string]string
	// walked are the files of dir with a known extension: each must be
	// loaded or listed.
	walked []string
}

func write(t *testing.T, path string, b []byte) string {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, b, 0o644))
	return path
}

// newBadCorpus builds the inputs; withGood adds the good ones.
func newBadCorpus(t *testing.T, withGood bool) *badCorpus {
	t.Helper()
	c := &badCorpus{dir: t.TempDir(), good: map[string]string{}, bad: map[string]string{}}
	d := c.dir
	add := func(p string, good bool, reason string) {
		c.walked = append(c.walked, p)
		if good {
			c.good[p] = ""
		} else {
			c.bad[p] = reason
		}
	}
	if withGood {
		for i := 0; i < 8; i++ {
			text, title := page(t, i)
			p := write(t, filepath.Join(d, "good", filepath.Base(fx.pages[i])), []byte(text))
			add(p, true, "")
			c.good[p] = title
		}
		// A Russian page in windows-1251 next to the UTF-8 ones.
		text, title := page(t, pageIndex(t, "ru", 20))
		p := write(t, filepath.Join(d, "good", "ru-cp1251.txt"), cp1251(text))
		add(p, true, "")
		c.good[p] = title
		// Invalid UTF-8 inside an English story.
		text, _ = page(t, pageIndex(t, "en", 20))
		lines := strings.Split(text, "\n")
		lines[2] = lines[2] + " \xff\xfe\xc3 broken bytes"
		p = write(t, filepath.Join(d, "good", "invalid-utf8.txt"), []byte(strings.Join(lines, "\n")))
		add(p, true, "")
		// HTML full of <script>.
		text, title = page(t, pageIndex(t, "en", 21))
		var h strings.Builder
		h.WriteString("<!doctype html><html><head><title>" + title + "</title>")
		for i := 0; i < 50; i++ {
			fmt.Fprintf(&h, "<script>var tracker%d = document.cookie; window.evil%d = function(){ alert('x%d') };</script>\n", i, i, i)
		}
		h.WriteString("</head><body><script>document.write('<p>injected paragraph from script</p>')</script><article><h1>" + title + "</h1>\n")
		for _, l := range strings.Split(story(text), "\n") {
			if strings.TrimSpace(l) != "" {
				h.WriteString("<p>" + l + "</p><script>console.log('inline')</script>\n")
			}
		}
		h.WriteString("</article><script src=\"x.js\"></script></body></html>\n")
		p = write(t, filepath.Join(d, "good", "scripts.html"), []byte(h.String()))
		add(p, true, "")
		c.good[p] = title
	}
	// JSON Lines with broken lines (and two good ones when withGood).
	var jl []string
	rec := func(i int) string {
		text, title := page(t, i)
		b, _ := json.Marshal(map[string]string{"title": title, "body": story(text)})
		return string(b)
	}
	jp := filepath.Join(d, "mixed.jsonl")
	if withGood {
		jl = append(jl, rec(pageIndex(t, "en", 30)))
		c.good[jp+"#1"] = ""
	} else {
		jl = append(jl, `{"title": "no body at all"}`)
		c.bad[jp+":1"] = "bad record"
	}
	jl = append(jl, `{"title": "truncated", "body": "Ankara, May 3 – talks`)
	c.bad[jp+":2"] = "bad record"
	jl = append(jl, `this is not json`)
	c.bad[jp+":3"] = "bad record"
	jl = append(jl, `{"title": "no body"}`)
	c.bad[jp+":4"] = "bad record"
	if withGood {
		jl = append(jl, rec(pageIndex(t, "en", 31)))
		c.good[jp+"#5"] = ""
	} else {
		jl = append(jl, `[1, 2, 3]`)
		c.bad[jp+":5"] = "bad record"
	}
	jl = append(jl, `{"body": 42}`)
	c.bad[jp+":6"] = "bad record"
	write(t, jp, []byte(strings.Join(jl, "\n")+"\n"))
	c.walked = append(c.walked, jp)
	// RSS with malformed entries (and two good ones when withGood).
	var rss strings.Builder
	rss.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Reliability Wire</title><link>http://example.test/</link><description>test</description>` + "\n")
	fp := filepath.Join(d, "wire.rss")
	item := 0
	if withGood {
		for _, k := range []int{40, 41} {
			text, title := page(t, pageIndex(t, "en", k))
			item++
			fmt.Fprintf(&rss, "<item><title>%s</title><link>http://example.test/%d</link><pubDate>not a date</pubDate><description><![CDATA[<p>%s</p>]]></description></item>\n",
				xmlEscape(title), item, strings.ReplaceAll(xmlEscape(story(text)), "\n", "</p><p>"))
			c.good[fmt.Sprintf("%s#%d", fp, item)] = ""
		}
	}
	item++
	fmt.Fprintf(&rss, "<item><title>Empty item</title><description></description></item>\n")
	c.bad[fmt.Sprintf("%s#%d", fp, item)] = "no story"
	item++
	fmt.Fprintf(&rss, "<item><title>Only markup</title><description><![CDATA[<div><img src=\"x.png\"/><script>alert(1)</script></div>]]></description></item>\n")
	c.bad[fmt.Sprintf("%s#%d", fp, item)] = "no story"
	rss.WriteString("</channel></rss>\n")
	write(t, fp, []byte(rss.String()))
	c.walked = append(c.walked, fp)
	// Empty, blank and binary files.
	add(write(t, filepath.Join(d, "empty.txt"), nil), false, "empty")
	add(write(t, filepath.Join(d, "blank.txt"), []byte(" \n\t\n\n")), false, "empty")
	bin := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range bin {
		bin[i] = byte(rng.IntN(256))
	}
	bin[10] = 0
	add(write(t, filepath.Join(d, "binary.txt"), bin), false, "binary")
	// A missing path on the command line.
	missing := filepath.Join(d, "missing", "nothing-here.txt")
	c.extra = append(c.extra, missing)
	c.bad[missing] = "no such file"
	// An unreadable input. chmod 000 does not stop root, so as root use a
	// dangling symlink and a path through a regular file (ENOTDIR), both
	// named on the command line.
	if os.Geteuid() != 0 {
		p := write(t, filepath.Join(d, "unreadable.txt"), []byte("secret"))
		require.NoError(t, os.Chmod(p, 0))
		t.Cleanup(func() { _ = os.Chmod(p, 0o644) })
		add(p, false, "permission denied")
	} else {
		t.Log("running as root: chmod 000 files stay readable; using a dangling symlink and an ENOTDIR path as unreadable inputs")
		// Outside the walked directory, so it is named once (a walk reports
		// dangling links too).
		link := filepath.Join(t.TempDir(), "dangling.txt")
		require.NoError(t, os.Symlink(filepath.Join(d, "gone", "target.txt"), link))
		c.extra = append(c.extra, link)
		c.bad[link] = "no such file"
		notdir := filepath.Join(d, "blank.txt", "child.txt")
		c.extra = append(c.extra, notdir)
		c.bad[notdir] = "not a directory"
	}
	return c
}

func xmlEscape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	return r.Replace(s)
}

func (c *badCorpus) inputs() []string { return append([]string{c.dir}, c.extra...) }

// listed reports whether the problems name input (with its line for
// "path:N" keys) and give a reason containing word.
func listed(problems []string, input, word string) (named, reason bool) {
	for _, p := range problems {
		if strings.HasPrefix(p, input+":") || strings.HasPrefix(p, input+"@") || strings.HasPrefix(p, input+" ") || p == input ||
			(strings.HasPrefix(p, "article ") && strings.Contains(p, "("+input+")")) {
			named = true
			if strings.Contains(strings.ToLower(p), word) {
				reason = true
			}
		}
	}
	return named, reason
}

// TestBadInputs: bad inputs do not stop the run; each is listed with its
// reason; the run exits 6; the good articles are in the graph exactly once.
func TestBadInputs(t *testing.T) {
	db := newDatabase(t)
	c := newBadCorpus(t, true)
	r := run(t, db.cfg, 3*time.Minute, loadArgs([]string{"--json", "--store-body"}, c.inputs()...)...)
	t.Logf("load: exit %d after %s; stderr:\n%s", r.code, r.elapsed.Round(time.Millisecond), r.stderr)
	listedOK, loadedOK := 0, 0
	assert.Equal(t, exitSkipped, r.code, "exit code with skipped inputs: %s", r)
	sum := parseSummary(t, r)
	for in, word := range c.bad {
		key, line, _ := strings.Cut(in, ":")
		if line != "" {
			key = in // path:N
		}
		named, reason := listed(sum.Problems, key, word)
		if assert.True(t, named, "bad input %s not listed in the summary: %q", in, sum.Problems) &&
			assert.True(t, reason, "bad input %s listed without a reason containing %q: %q", in, word, sum.Problems) {
			listedOK++
		}
	}
	assert.Len(t, sum.Problems, len(c.bad), "problems: %q", sum.Problems)
	assert.Equal(t, len(c.bad), sum.Invalid, "articles_invalid")
	// Good articles exactly once, with the right title.
	for file, title := range c.good {
		rows := db.query(t, "MATCH (a:Article {file: $f}) RETURN a.title", map[string]any{"f": file})
		if assert.Len(t, rows, 1, "good input %s must be in the graph exactly once", file) {
			loadedOK++
			if title != "" {
				assert.Equal(t, title, rows[0][0], "title of %s", file)
			}
		}
	}
	assert.EqualValues(t, len(c.good), db.count(t, "MATCH (a:Article) RETURN count(a)", nil), "articles in the graph")
	// Nothing of the scripts reaches the graph (the page's body is stored
	// with --store-body, so the check is not vacuous).
	assert.EqualValues(t, 1, db.count(t, "MATCH (a:Article) WHERE a.file ENDS WITH 'scripts.html' AND a.body IS NOT NULL RETURN count(a)", nil),
		"--store-body did not store the body of scripts.html")
	assert.Zero(t, db.count(t, "MATCH (a:Article) WHERE a.body CONTAINS 'document.cookie' OR a.body CONTAINS 'alert(' OR a.body CONTAINS 'injected paragraph' OR a.title CONTAINS '<script' RETURN count(a)", nil),
		"script text stored in an article")
	dn, dr := db.duplicates(t)
	assert.Zero(t, dn+dr, "duplicates")
	results.record(faultRow{Fault: "bad inputs mixed with good ones (empty, binary, invalid UTF-8, windows-1251, <script> HTML, broken JSONL lines, malformed RSS items, missing path, unreadable)",
		Tried: len(c.bad) + len(c.good), Survived: listedOK + loadedOK,
		Lost:       yesNo(loadedOK < len(c.good), fmt.Sprintf("%d of %d good articles missing", len(c.good)-loadedOK, len(c.good))),
		Duplicates: yesNo(dn+dr > 0, "see test log"),
		Note:       fmt.Sprintf("%d bad inputs listed with reason of %d; exit %d (want 6)", listedOK, len(c.bad), r.code)})

	t.Run("every walked input is loaded or listed", func(t *testing.T) {
		// Inputs the walk may skip silently: a FIFO, a symlink to a good
		// page, a dangling symlink, all with a known extension.
		d := t.TempDir()
		text, _ := page(t, 50)
		good := write(t, filepath.Join(d, "target", "page.md"), []byte(text))
		require.NoError(t, syscall.Mkfifo(filepath.Join(d, "pipe.txt"), 0o644))
		require.NoError(t, os.Symlink(good, filepath.Join(d, "linked.txt")))
		require.NoError(t, os.Symlink(filepath.Join(d, "nowhere.txt"), filepath.Join(d, "dangling.txt")))
		db.reset(t)
		r := run(t, db.cfg, time.Minute, loadArgs([]string{"--json"}, d)...)
		require.NotEqual(t, -1, r.code, "%s", r)
		sum := parseSummary(t, r)
		seen := 0
		for _, name := range []string{"pipe.txt", "linked.txt", "dangling.txt"} {
			p := filepath.Join(d, name)
			named, _ := listed(sum.Problems, p, "")
			loaded := db.count(t, "MATCH (a:Article {file: $f}) RETURN count(a)", map[string]any{"f": p}) == 1
			if assert.True(t, named || loaded, "%s was neither loaded nor listed (skipped silently); problems %q", name, sum.Problems) {
				seen++
			}
		}
		results.record(faultRow{Fault: "FIFO, symlink to a page, dangling symlink inside a walked directory", Tried: 3, Survived: seen,
			Lost: yesNo(seen < 3, "skipped silently"), Duplicates: "n/a", Note: "each must be loaded or listed"})
	})
}

// TestStrict: with --strict the run stops at the first bad input.
func TestStrict(t *testing.T) {
	db := newDatabase(t)
	c := newBadCorpus(t, true)
	r := run(t, db.cfg, 2*time.Minute, loadArgs([]string{"--strict"}, c.inputs()...)...)
	t.Logf("load --strict: %s", r)
	stopped := assert.NotEqual(t, 0, r.code, "--strict must fail on a bad input") &&
		assert.NotEqual(t, exitUsage, r.code, "exit 2: usage error") &&
		assert.NotContains(t, r.stderr, "flag provided but not defined", "--strict is not a flag of load")
	// The walk is lexical: binary.txt is the first bad file of the
	// directory; nothing after it may be loaded.
	first := filepath.Join(c.dir, "binary.txt")
	if stopped {
		line := oneClearLine(t, r)
		stopped = assert.Contains(t, line, first, "the line names the first bad input") && stopped
		stopped = assert.Zero(t, db.count(t, "MATCH (a:Article) WHERE a.file >= $f RETURN count(a)", map[string]any{"f": first}),
			"articles after the first bad input were loaded") && stopped
	}
	results.record(faultRow{Fault: "`load --strict` on the same bad inputs", Tried: 1, Survived: boolInt(stopped), Lost: "n/a", Duplicates: "n/a",
		Note: fmt.Sprintf("must stop at the first bad input; exit %d", r.code)})
}

// TestGoodThenBadBatch: loading good files, then a batch of only bad
// inputs, changes nothing; reloading the good files changes nothing.
func TestGoodThenBadBatch(t *testing.T) {
	db := newDatabase(t)
	good := newBadCorpus(t, true)
	r := run(t, db.cfg, 3*time.Minute, loadArgs([]string{"--json"}, filepath.Join(good.dir, "good"))...)
	require.Equal(t, 0, r.code, "%s", r)
	before := db.checksum(t)
	articles := db.count(t, "MATCH (a:Article) RETURN count(a)", nil)

	bad := newBadCorpus(t, false)
	r = run(t, db.cfg, 3*time.Minute, loadArgs([]string{"--json"}, bad.inputs()...)...)
	assert.Equal(t, exitSkipped, r.code, "only bad inputs: %s", r)
	sum := parseSummary(t, r)
	assert.Zero(t, sum.Written, "a batch of bad inputs wrote articles")
	afterBad := db.checksum(t)
	assert.Equal(t, before, afterBad, "a batch of bad inputs changed the graph")

	r = run(t, db.cfg, 3*time.Minute, loadArgs([]string{"--json"}, filepath.Join(good.dir, "good"))...)
	assert.Equal(t, 0, r.code, "%s", r)
	again := db.checksum(t)
	assert.Equal(t, before, again, "reloading the good files changed the graph")
	assert.Equal(t, articles, db.count(t, "MATCH (a:Article) RETURN count(a)", nil))
	dn, dr := db.duplicates(t)
	assert.Zero(t, dn+dr, "duplicates")
	results.record(faultRow{Fault: "good files, then a batch of only bad inputs, then the good files again", Tried: 1,
		Survived: boolInt(before == afterBad && before == again && dn+dr == 0), Lost: yesNo(before != afterBad, "checksum changed"),
		Duplicates: yesNo(dn+dr > 0 || before != again, "see test log"), Note: "checksum of the good part before/after"})
}

// TestHugeFile: a 50 MB text file (made at test time) next to good pages
// must not stall the run: it is either refused as too large or loaded
// within a minute; and SIGTERM must stop a load promptly.
func TestHugeFile(t *testing.T) {
	db := newDatabase(t)
	d := t.TempDir()
	for i := 0; i < 3; i++ {
		text, _ := page(t, i)
		write(t, filepath.Join(d, filepath.Base(fx.pages[i])), []byte(text))
	}
	f, err := os.Create(filepath.Join(d, "zz-huge.txt"))
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("the minister said talks were held on trade and security with partners in the region")
	var b strings.Builder
	for b.Len() < 50<<20 {
		for j := 0; j < 15; j++ {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString(".\n")
	}
	_, err = f.WriteString(b.String())
	require.NoError(t, err)
	require.NoError(t, f.Close())

	const limit = 20 * time.Second
	ld := startLoad(t, db.cfg, loadArgs([]string{"--json"}, d)...)
	var r result
	termed := false
	select {
	case r = <-ld.done:
	case <-time.After(limit):
		termed = true
		_ = ld.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case r = <-ld.done:
		case <-time.After(5 * time.Second):
			_ = ld.cmd.Process.Signal(syscall.SIGKILL)
			r = <-ld.done
			t.Errorf("SIGTERM did not stop the load within 5 s (killed); the cleaner/extractor does not check the context")
		}
	}
	ok := assert.False(t, termed, "a 50 MB text file stalls the load for more than %s (%s)", limit, r)
	if !termed {
		sum := parseSummary(t, r)
		named, _ := listed(sum.Problems, filepath.Join(d, "zz-huge.txt"), "")
		loaded := db.count(t, "MATCH (a:Article) WHERE a.file ENDS WITH 'zz-huge.txt' RETURN count(a)", nil) == 1
		ok = assert.True(t, named || loaded, "huge file neither loaded nor listed") && ok
	}
	assert.EqualValues(t, 3, db.count(t, "MATCH (a:Article) WHERE NOT a.file ENDS WITH 'zz-huge.txt' RETURN count(a)", nil), "good pages next to the huge file")
	results.record(faultRow{Fault: "50 MB text file next to good pages", Tried: 1, Survived: boolInt(ok), Lost: "n/a", Duplicates: "n/a",
		Note: fmt.Sprintf("must be refused or loaded within %s; took %s, exit %d, SIGTERM sent: %v", limit, r.elapsed.Round(time.Second), r.code, termed)})
}
