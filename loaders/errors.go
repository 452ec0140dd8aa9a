package loaders

import (
	"errors"
	"fmt"
	"strings"
)

// Errors wrapped by the *Error values of an ErrorList; test with errors.Is.
var (
	// ErrEmpty: the input holds no text at all.
	ErrEmpty = errors.New("empty input")
	// ErrBinary: the input is not text (NUL bytes, control characters).
	ErrBinary = errors.New("binary input, not text")
	// ErrNoStory: the input is text but nothing of it is a story.
	ErrNoStory = errors.New("no story text after cleaning")
	// ErrBadRecord: a JSON Lines record is malformed or has no body/html.
	ErrBadRecord = errors.New("bad record")
	// ErrTooLarge: a page, record, feed item, feed or line exceeds the size
	// limits of the loaders (MaxArticleBytes, MaxFileBytes, MaxLineBytes).
	ErrTooLarge = errors.New("input too large")
	// ErrNotRegular: the input is a FIFO, socket, device or other special
	// file; it is never opened (opening a FIFO blocks).
	ErrNotRegular = errors.New("not a regular file")
	// ErrBadFeed: an RSS/Atom feed cannot be parsed (truncated, not XML).
	ErrBadFeed = errors.New("bad feed")
	// ErrFormat: an unknown --format.
	ErrFormat = errors.New("unknown format")
)

// Error is one problem with one input: the file (as given), the 1-based line
// or the byte offset when known (0 and -1 otherwise), and the reason.
type Error struct {
	File   string
	Line   int
	Offset int64
	Err    error
}

// Error formats the problem as "file:line: reason" or "file@offset: reason".
func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	case e.Offset >= 0:
		return fmt.Sprintf("%s@%d: %v", e.File, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the reason.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList collects the problems of a run in input order, like go/scanner's
// ErrorList: one bad input never stops a batch; all are reported at the end.
type ErrorList []*Error

// Add appends a problem.
func (l *ErrorList) Add(file string, line int, offset int64, err error) {
	*l = append(*l, &Error{File: file, Line: line, Offset: offset, Err: err})
}

// Error lists the problems, one per line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d inputs skipped:", len(l))
	for _, e := range l {
		b.WriteString("\n")
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list, else the list itself as an error.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the problems, so errors.Is and errors.As see each of them.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
