package loaders

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readNoHang is readAll that fails the test instead of hanging when Read
// blocks (opening a FIFO without a writer blocks forever). It is a guard
// against a hang, not a timing assertion.
func readNoHang(t *testing.T, inputs []string, opts Options) ([]Doc, error) {
	t.Helper()
	type result struct {
		docs []Doc
		err  error
	}
	done := make(chan result, 1)
	go func() {
		var docs []Doc
		err := Read(context.Background(), inputs, opts, func(d Doc) error {
			docs = append(docs, d)
			return nil
		})
		done <- result{docs, err}
	}()
	select {
	case res := <-done:
		return res.docs, res.err
	case <-time.After(60 * time.Second):
		t.Fatal("Read blocked (a special file was opened?)")
		return nil, nil
	}
}

// errList returns the ErrorList of a Read error.
func errList(t *testing.T, err error) ErrorList {
	t.Helper()
	var list ErrorList
	require.ErrorAs(t, err, &list)
	return list
}

func mkfifo(t *testing.T, p string) string {
	t.Helper()
	require.NoError(t, syscall.Mkfifo(p, 0o644))
	return p
}

// mksock creates a Unix socket at p, closed at the end of the test.
func mksock(t *testing.T, p string) string {
	t.Helper()
	l, err := net.Listen("unix", p)
	if err != nil {
		t.Skipf("unix socket: %v", err)
	}
	l.(*net.UnixListener).SetUnlinkOnClose(false)
	t.Cleanup(func() { l.Close() })
	return p
}

// trackOpen replaces openFile for the test: it records the files opened and
// the bytes read from each.
func trackOpen(t *testing.T) (opened func() map[string]int64) {
	t.Helper()
	var mu sync.Mutex
	read := map[string]int64{}
	orig := openFile
	openFile = func(p string) (fs.File, error) {
		f, err := orig(p)
		if err != nil {
			return nil, err
		}
		mu.Lock()
		read[p] += 0
		mu.Unlock()
		return &countingFile{File: f, add: func(n int) {
			mu.Lock()
			read[p] += int64(n)
			mu.Unlock()
		}}, nil
	}
	t.Cleanup(func() { openFile = orig })
	return func() map[string]int64 {
		mu.Lock()
		defer mu.Unlock()
		out := map[string]int64{}
		for k, v := range read {
			out[k] = v
		}
		return out
	}
}

type countingFile struct {
	fs.File
	add func(int)
}

func (f *countingFile) Read(b []byte) (int, error) {
	n, err := f.File.Read(b)
	f.add(n)
	return n, err
}

// TestWalkSpecialFiles: in a directory walk, wanted() chooses first; a
// symbolic link is followed (read when it reaches a regular file, reported
// when its target is missing); a FIFO or socket is reported as
// ErrNotRegular and never opened; special files the extensions do not
// select are left alone.
func TestWalkSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	good := writeFile(t, pages, "a-good.txt", []byte("Border drills end\n"+storyEN))
	target := writeFile(t, dir, "outside.page", []byte("Drills end\n"+storyEN)) // outside the walked dir
	require.NoError(t, os.Symlink(target, filepath.Join(pages, "b-link.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(pages, "c-dangling.txt")))
	fifo := mkfifo(t, filepath.Join(pages, "d-fifo.txt"))
	sock := mksock(t, filepath.Join(pages, "e-sock.html"))
	fifoLink := filepath.Join(pages, "f-fifolink.txt")
	require.NoError(t, os.Symlink(fifo, fifoLink))
	mkfifo(t, filepath.Join(pages, "g-fifo.md")) // not wanted: no known extension
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone"), filepath.Join(pages, "h-dangling.md")))
	opened := trackOpen(t)

	docs, err := readNoHang(t, []string{pages}, Options{})
	require.Len(t, docs, 2)
	assert.Equal(t, good, docs[0].Article.File)
	assert.Equal(t, filepath.Join(pages, "b-link.txt"), docs[1].Article.File, "a link is read under its own name")

	list := errList(t, err)
	require.Len(t, list, 4, "%v", err)
	assert.Equal(t, filepath.Join(pages, "c-dangling.txt"), list[0].File)
	assert.ErrorIs(t, list[0], fs.ErrNotExist)
	assert.Equal(t, fifo, list[1].File)
	assert.ErrorIs(t, list[1], ErrNotRegular)
	assert.Contains(t, list[1].Error(), "FIFO")
	assert.Equal(t, sock, list[2].File)
	assert.ErrorIs(t, list[2], ErrNotRegular)
	assert.Contains(t, list[2].Error(), "socket")
	assert.Equal(t, fifoLink, list[3].File, "a link to a FIFO is a FIFO")
	assert.ErrorIs(t, list[3], ErrNotRegular)

	for p := range opened() {
		assert.Contains(t, []string{good, filepath.Join(pages, "b-link.txt")}, p, "only regular files are opened")
	}
}

// TestWalkSpecialFilesGlob: the glob chooses before the mode is looked at.
func TestWalkSpecialFilesGlob(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "story.page", []byte("Border drills end\n"+storyEN))
	fifo := mkfifo(t, filepath.Join(dir, "pipe.page"))
	mkfifo(t, filepath.Join(dir, "pipe.txt")) // a known extension, but not the glob's
	docs, err := readNoHang(t, []string{dir}, Options{Glob: "*.page"})
	require.Len(t, docs, 1)
	assert.Equal(t, good, docs[0].Article.File)
	list := errList(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, fifo, list[0].File)
	assert.ErrorIs(t, list[0], ErrNotRegular)
}

// TestExplicitSpecialFiles: special files named on the command line are
// reported without being opened (an explicit FIFO does not hang the run);
// a named link is followed.
func TestExplicitSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte("Border drills end\n"+storyEN))
	fifo := mkfifo(t, filepath.Join(dir, "fifo"))
	sock := mksock(t, filepath.Join(dir, "sock"))
	link := filepath.Join(dir, "link")
	require.NoError(t, os.Symlink(good, link))
	dangling := filepath.Join(dir, "dangling")
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone"), dangling))
	opened := trackOpen(t)

	for _, format := range []string{"", "text"} {
		docs, err := readNoHang(t, []string{fifo, sock, link, dangling, good}, Options{Format: format})
		require.Len(t, docs, 2, format)
		assert.Equal(t, link, docs[0].Article.File)
		assert.Equal(t, good, docs[1].Article.File)
		list := errList(t, err)
		require.Len(t, list, 3, "%s: %v", format, err)
		assert.ErrorIs(t, list[0], ErrNotRegular)
		assert.Equal(t, fifo, list[0].File)
		assert.ErrorIs(t, list[1], ErrNotRegular)
		assert.Equal(t, sock, list[1].File)
		assert.ErrorIs(t, list[2], fs.ErrNotExist)
		assert.Equal(t, dangling, list[2].File)
	}
	assert.NotContains(t, opened(), fifo)
	assert.NotContains(t, opened(), sock)

	// A device, when the test may open /dev/null's node: reported too.
	if info, err := os.Stat("/dev/null"); err == nil && info.Mode()&fs.ModeDevice != 0 {
		_, err := readNoHang(t, []string{"/dev/null"}, Options{})
		list := errList(t, err)
		require.Len(t, list, 1)
		assert.ErrorIs(t, list[0], ErrNotRegular)
		assert.Contains(t, list[0].Error(), "device")
	}
}

// bigText writes a generated text page of about n bytes: paragraphs of
// story-shaped sentences.
func bigText(t *testing.T, p string, n int) {
	t.Helper()
	f, err := os.Create(p)
	require.NoError(t, err)
	defer f.Close()
	para := []byte(strings.Repeat("The ministers of the two countries met again on Monday and discussed the plan in detail. ", 10) + "\n\n")
	for written := 0; written < n; written += len(para) {
		_, err := f.Write(para)
		require.NoError(t, err)
	}
}

// TestTooLargeFile: a 50 MB text file among good pages is refused by its
// size (Stat) without being opened; the good pages are still read. Named
// with an unknown extension, it is opened to sniff the format but refused
// after the first buffer, never read through.
func TestTooLargeFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Border drills end\n"+storyEN))
	big := filepath.Join(dir, "b-big.txt")
	bigText(t, big, 50<<20)
	c := writeFile(t, dir, "c.html", []byte("<html><head><title>Drills end</title></head><body><article><p>"+
		strings.ReplaceAll(storyEN, "\n", "</p><p>")+"</p></article></body></html>"))
	info, err := os.Stat(big)
	require.NoError(t, err)
	opened := trackOpen(t)

	docs, err := readNoHang(t, []string{dir}, Options{})
	require.Len(t, docs, 2)
	assert.Equal(t, a, docs[0].Article.File)
	assert.Equal(t, c, docs[1].Article.File)
	list := errList(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, big, list[0].File)
	assert.ErrorIs(t, list[0], ErrTooLarge)
	assert.Contains(t, list[0].Error(), fmt.Sprint(info.Size()), "the size is reported")
	assert.NotContains(t, opened(), big, "refused by Stat, never opened")

	// Explicitly named with an unknown extension (sniffed; --format text
	// alike): at most the sniffing buffer is read.
	sniffed := filepath.Join(dir, "big.dump")
	require.NoError(t, os.Rename(big, sniffed))
	for _, format := range []string{"", "text", "html"} {
		_, err = readNoHang(t, []string{sniffed, a}, Options{Format: format})
		list = errList(t, err)
		require.Len(t, list, 1, format)
		assert.ErrorIs(t, list[0], ErrTooLarge, format)
		assert.LessOrEqual(t, opened()[sniffed], int64(64<<10), "%s: read only to sniff", format)
	}
}

// TestTooLargeFeedFile: a feed may hold many items: its file limit is
// MaxFileBytes, checked by Stat too.
func TestTooLargeFeedFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.rss")
	f, err := os.Create(p)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(MaxFileBytes+1)) // sparse: no disk used
	require.NoError(t, f.Close())
	opened := trackOpen(t)
	_, err = readNoHang(t, []string{p}, Options{})
	list := errList(t, err)
	require.Len(t, list, 1)
	assert.ErrorIs(t, list[0], ErrTooLarge)
	assert.NotContains(t, opened(), p)
}

// endlessText is a reader of n bytes of text that counts what was read.
type endlessText struct {
	n, read int
}

func (r *endlessText) Read(b []byte) (int, error) {
	if r.read >= r.n {
		return 0, io.EOF
	}
	const line = "The ministers met again and discussed the plan in detail.\n"
	k := 0
	for k < len(b) && r.read < r.n {
		b[k] = line[r.read%len(line)]
		k++
		r.read++
	}
	return k, nil
}

// TestTooLargeStdin: stdin has no size: it is read up to MaxArticleBytes+1
// and no further.
func TestTooLargeStdin(t *testing.T) {
	in := &endlessText{n: 50 << 20}
	docs, err := readNoHang(t, []string{"-"}, Options{Stdin: in})
	assert.Empty(t, docs)
	list := errList(t, err)
	require.Len(t, list, 1)
	assert.ErrorIs(t, list[0], ErrTooLarge)
	assert.LessOrEqual(t, in.read, MaxArticleBytes+1+64<<10, "read past the limit")
}

// TestTooLargeURL: a page over the limit is refused by its Content-Length.
func TestTooLargeURL(t *testing.T) {
	body := strings.Repeat("The ministers met again and discussed the plan in detail.\n", MaxArticleBytes/50)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		_, _ = io.WriteString(w, body)
	}))
	defer srv.Close()
	_, err := readNoHang(t, []string{srv.URL + "/page"}, Options{})
	list := errList(t, err)
	require.Len(t, list, 1)
	assert.ErrorIs(t, list[0], ErrTooLarge)
	assert.Contains(t, list[0].Error(), fmt.Sprint(len(body)))
}

// TestTooLargeRecords: JSON Lines and feeds are limited per record: an
// oversized body or item is reported with its line or item, and the next
// one is read.
func TestTooLargeRecords(t *testing.T) {
	dir := t.TempDir()
	story := strings.ReplaceAll(storyEN, "\n", `\n`)
	huge := strings.Repeat("The ministers met again and discussed the plan. ", MaxArticleBytes/48+10)
	jl := writeFile(t, dir, "big.jsonl", []byte(`{"body":"`+huge+`"}`+"\n"+
		`{"html":"<p>`+huge+`</p>"}`+"\n"+
		`{"body":"`+story+`"}`+"\n"))
	docs, err := readNoHang(t, []string{jl}, Options{})
	require.Len(t, docs, 1)
	assert.Equal(t, jl+"#3", docs[0].Article.File)
	list := errList(t, err)
	require.Len(t, list, 2)
	for i, e := range list {
		assert.Equal(t, i+1, e.Line)
		assert.ErrorIs(t, e, ErrTooLarge)
	}

	feed := writeFile(t, dir, "big.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`+
		`<item><title>Huge</title><description>`+huge+`</description></item>`+
		`<item><title>Drills end</title><description>`+storyEN+`</description></item></channel></rss>`))
	docs, err = readNoHang(t, []string{feed}, Options{})
	require.Len(t, docs, 1)
	assert.Equal(t, feed+"#2", docs[0].Article.File)
	list = errList(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, feed+"#1", list[0].File)
	assert.ErrorIs(t, list[0], ErrTooLarge)
}

// cancelAfter is a context whose Err turns to Canceled after n calls.
type cancelAfter struct {
	context.Context
	mu sync.Mutex
	n  int
}

func (c *cancelAfter) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// TestCleanCancel: the cleaner looks at the context inside its line loops,
// so a cancelled run does not wait for a long page.
func TestCleanCancel(t *testing.T) {
	page := "Ministers meet\n" + strings.Repeat(storyEN+"\n\n", 3000)
	c := newCleaner()
	pg, err := c.cleanCtx(context.Background(), page, cleanHints{})
	require.NoError(t, err)
	require.NotEmpty(t, pg.body)
	// Canceled at the second look: inside the first loop over the lines.
	_, err = c.cleanCtx(&cancelAfter{Context: context.Background(), n: 2}, page, cleanHints{})
	assert.ErrorIs(t, err, context.Canceled)

	// Through Read, the context's error is returned as is.
	dir := t.TempDir()
	p := writeFile(t, dir, "long.txt", []byte(page))
	err = Read(&cancelAfter{Context: context.Background(), n: 4}, []string{p}, Options{}, func(Doc) error {
		return errors.New("no article expected")
	})
	assert.ErrorIs(t, err, context.Canceled)
	var list ErrorList
	assert.False(t, errors.As(err, &list), "cancellation is not a bad input")
}
