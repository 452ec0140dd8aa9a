package graph

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Encoder writes Records as JSON Lines: one compact object per line, keys in
// struct order, HTML characters not escaped. Output for equal Records is
// byte-identical.
type Encoder struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewEncoder returns an Encoder writing to w. Call Flush when done.
func NewEncoder(w io.Writer) *Encoder {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Encoder{w: bw, enc: enc}
}

// Encode writes v (a Record or any JSON-encodable value) as one line.
func (e *Encoder) Encode(v any) error { return e.enc.Encode(v) }

// Flush writes buffered lines to the underlying writer.
func (e *Encoder) Flush() error { return e.w.Flush() }

// MaxLineBytes bounds one JSON Lines record read by a Decoder.
const MaxLineBytes = 64 << 20

// LineError reports a JSON Lines record that could not be decoded.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// Decoder reads Records from JSON Lines. A line that is not a valid Record
// yields a *LineError; the caller may continue with the next line. Blank
// lines are skipped.
type Decoder struct {
	sc   *bufio.Scanner
	line int
}

// NewDecoder returns a Decoder reading from r.
func NewDecoder(r io.Reader) *Decoder {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	return &Decoder{sc: sc}
}

// Next decodes the next record into rec. It returns io.EOF at the end, a
// *LineError for a bad line (decoding may continue), or another error when
// reading fails (decoding must stop).
func (d *Decoder) Next(rec *Record) error {
	for d.sc.Scan() {
		d.line++
		b := d.sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		if err := DecodeRecord(b, rec); err != nil {
			return &LineError{Line: d.line, Err: err}
		}
		return nil
	}
	if err := d.sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", d.line+1, err)
	}
	return io.EOF
}

// DecodeRecord decodes one JSON Lines record (one line, without its line
// number) into rec and validates it, exactly as Decoder.Next does. Loaders
// that read lines on one goroutine and decode them on many use it.
func DecodeRecord(line []byte, rec *Record) error {
	*rec = Record{}
	if err := json.Unmarshal(line, rec); err != nil {
		return err
	}
	return rec.Validate()
}

// Line returns the number of the line last read (1-based).
func (d *Decoder) Line() int { return d.line }

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// ErrInvalidRecord is wrapped by every error of Record.Validate.
var ErrInvalidRecord = errors.New("invalid record")

// Validate checks what a store relies on: an article id, labels and types
// from the closed sets, entity ids present, and relation endpoints that name
// the article or an entity of the record.
func (r *Record) Validate() error {
	if r.Article.ID == "" {
		return fmt.Errorf("%w: article has no id", ErrInvalidRecord)
	}
	ids := make(map[string]bool, len(r.Entities)+1)
	ids[r.Article.ID] = true
	for i, e := range r.Entities {
		if e.ID == "" {
			return fmt.Errorf("%w: entity %d has no id", ErrInvalidRecord, i)
		}
		if !e.Label.Valid() || e.Label == LabelArticle {
			return fmt.Errorf("%w: entity %q has label %q outside the schema", ErrInvalidRecord, e.ID, e.Label)
		}
		ids[e.ID] = true
	}
	for i, rel := range r.Relations {
		if !rel.Type.Valid() {
			return fmt.Errorf("%w: relation %d has type %q outside the schema", ErrInvalidRecord, i, rel.Type)
		}
		if !ids[rel.From] || !ids[rel.To] {
			return fmt.Errorf("%w: relation %d (%s %s→%s) names an endpoint not in the record", ErrInvalidRecord, i, rel.Type, rel.From, rel.To)
		}
	}
	return nil
}
