package graph

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"unicode/utf8"
)

// FuzzDecoder feeds arbitrary bytes to the JSON Lines reader of `load
// --from`: it must never panic, must report bad lines as *LineError with a
// line number inside the input, and every record it accepts must validate
// and survive a round trip through the Encoder.
func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`{"article":{"id":"a1","file":"x.txt","title":"T","published":null,"language":"en","source":null,"authors":[]},"entities":[],"relations":[]}` + "\n"))
	f.Add([]byte("{broken\n\n{}\n"))
	f.Add([]byte(`{"article":{"id":"a"},"entities":[{"id":"p:1","label":"Person","name":"x'}) DETACH DELETE n //"}],"relations":[{"type":"MENTIONS","from":"a","to":"p:1"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		dec := NewDecoder(bytes.NewReader(data))
		for i := 0; i < 10000; i++ {
			var rec Record
			err := dec.Next(&rec)
			if errors.Is(err, io.EOF) {
				return
			}
			var le *LineError
			if errors.As(err, &le) {
				if le.Line < 1 || le.Line > lines {
					t.Fatalf("line %d outside 1..%d", le.Line, lines)
				}
				continue
			}
			if err != nil {
				return // a read error (line too long) stops decoding
			}
			if verr := rec.Validate(); verr != nil {
				t.Fatalf("accepted an invalid record: %v", verr)
			}
			var buf bytes.Buffer
			enc := NewEncoder(&buf)
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
			_ = enc.Flush()
			if !utf8.Valid(buf.Bytes()) {
				t.Fatal("encoder wrote invalid UTF-8")
			}
		}
	})
}
