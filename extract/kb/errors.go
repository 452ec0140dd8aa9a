package kb

import (
	"fmt"
	"strings"
)

// Error is one problem in a knowledge-base file.
type Error struct {
	// File is the file name as given ("data/states.yaml" for embedded files).
	File string
	// Line is the 1-based line of the problem, 0 when unknown.
	Line int
	// Entry names the entry ("states[3] Turkey"), empty for file-level problems.
	Entry string
	// Msg says what is wrong.
	Msg string
}

// Error formats the problem as "file:line: entry: msg".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Entry != "" {
		b.WriteString(e.Entry)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList collects every problem found while loading, in file order, so
// one run reports all of them. Load returns it (as an error) when it is
// not empty; use errors.As to get at the entries.
type ErrorList []*Error

// maxShown caps how many problems ErrorList.Error prints.
const maxShown = 20

// Error prints up to 20 problems, one per line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return "kb: " + l[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "kb: %d problems:", len(l))
	for i, e := range l {
		if i == maxShown {
			fmt.Fprintf(&b, "\n\t… and %d more", len(l)-maxShown)
			break
		}
		b.WriteString("\n\t")
		b.WriteString(e.Error())
	}
	return b.String()
}

func (l *ErrorList) add(file string, line int, entry, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Entry: entry, Msg: fmt.Sprintf(format, args...)})
}

// err returns nil for an empty list.
func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
