package loaders

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/wlynxg/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// maxInvalidWarnings caps the per-file warnings about invalid bytes; the
// last warning gives the total.
const maxInvalidWarnings = 3

var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset`)

// decodeText turns the bytes of one input into UTF-8 text. The encoding is
// chosen in this order: a byte-order mark (UTF-8, UTF-16 LE/BE); for HTML,
// the HTTP Content-Type label and <meta charset>; UTF-16 without a mark
// (NUL bytes at alternating positions); valid UTF-8; UTF-8 with a few damaged
// bytes; else the charset detector (windows-1251, KOI8-R, ISO-8859-x …),
// with Turkish (windows-1254) told apart from Western European by shape.
// Invalid bytes become U+FFFD and produce warnings naming file and offset.
// Binary input (NUL or control bytes in text) is an error wrapping ErrBinary.
func decodeText(raw []byte, name, contentType string, isHTML bool) (string, []string, error) {
	var warns []string
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", nil, ErrEmpty
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return checkUTF8(raw[3:], 3, name, warns)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), raw, name, "UTF-16", warns)
	}
	if le, be := utf16Shape(raw); le || be {
		order, label := unicode.LittleEndian, "UTF-16LE"
		if be {
			order, label = unicode.BigEndian, "UTF-16BE"
		}
		warns = append(warns, fmt.Sprintf("%s: no byte-order mark; decoded as %s (NUL bytes at alternate positions)", name, label))
		return decodeWith(unicode.UTF16(order, unicode.IgnoreBOM), raw, name, label, warns)
	}
	if isBinary(raw) {
		return "", nil, ErrBinary
	}
	if isHTML || contentType != "" {
		head := raw
		if len(head) > 4096 {
			head = head[:4096]
		}
		if contentType != "" || metaCharsetRe.Match(head) {
			enc, label, _ := charset.DetermineEncoding(raw, contentType)
			if label != "utf-8" && enc != nil {
				return decodeWith(enc, raw, name, label, warns)
			}
			if label == "utf-8" {
				return checkUTF8(raw, 0, name, warns)
			}
		}
	}
	if utf8.Valid(raw) {
		return string(raw), nil, nil
	}
	if mostlyUTF8(raw) {
		return checkUTF8(raw, 0, name, warns)
	}
	res := chardet.Detect(raw)
	enc, label := charset.Lookup(res.Charset)
	if enc == nil || label == "utf-8" {
		enc, label = charset.Lookup("windows-1252")
	}
	if label == "windows-1252" || label == "iso-8859-1" {
		// The detector has no Turkish model: ı ş ğ (ISO-8859-9, windows-1254)
		// read as ý þ ð in Western European. Many of those inside words
		// mean Turkish.
		if latin, err := enc.NewDecoder().Bytes(raw); err == nil && turkishShape(string(latin)) {
			enc, label = charmap.Windows1254, "windows-1254"
		}
	}
	warns = append(warns, fmt.Sprintf("%s: no charset label; decoded as %s (detected, confidence %.2f)", name, label, res.Confidence))
	return decodeWith(enc, raw, name, label, warns)
}

// turkishShape reports Western European text full of ý þ ð: Turkish text
// decoded with the wrong Latin table.
func turkishShape(s string) bool {
	odd, letters := 0, 0
	for _, r := range s {
		switch r {
		case 'ý', 'þ', 'ð', 'Ý', 'Þ', 'Ð':
			odd++
		}
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return odd > 0 && odd*100 > letters
}

func decodeWith(enc encoding.Encoding, raw []byte, name, label string, warns []string) (string, []string, error) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", warns, fmt.Errorf("decode %s: %w", label, err)
	}
	if bytes.Contains(out, []byte("\uFFFD")) {
		warns = append(warns, fmt.Sprintf("%s: bytes invalid in %s replaced by U+FFFD", name, label))
	}
	return string(out), warns, nil
}

// checkUTF8 returns raw as text, replacing invalid bytes with U+FFFD and
// warning with their offsets (base is added to offsets, for a skipped BOM).
func checkUTF8(raw []byte, base int, name string, warns []string) (string, []string, error) {
	if utf8.Valid(raw) {
		return string(raw), warns, nil
	}
	var b strings.Builder
	b.Grow(len(raw))
	n := 0
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			if n < maxInvalidWarnings {
				warns = append(warns, fmt.Sprintf("%s: invalid UTF-8 byte 0x%02X at offset %d replaced by U+FFFD", name, raw[i], i+base))
			}
			n++
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		b.Write(raw[i : i+size])
		i += size
	}
	if n > maxInvalidWarnings {
		warns = append(warns, fmt.Sprintf("%s: %d invalid UTF-8 bytes in all", name, n))
	}
	return b.String(), warns, nil
}

// mostlyUTF8 reports whether raw is UTF-8 with a little damage: valid
// multi-byte sequences outnumber invalid bytes four to one, or at least
// match them while the invalid bytes are sparse (under 2% of the input).
func mostlyUTF8(raw []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			invalid++
		case size > 1:
			valid++
		}
		i += size
	}
	return valid >= 4*invalid || valid >= invalid && invalid*50 <= len(raw)
}

// utf16Shape guesses UTF-16 without a byte-order mark from NUL bytes at odd
// (little endian) or even (big endian) positions of the first kilobytes.
func utf16Shape(raw []byte) (le, be bool) {
	n := len(raw)
	if n > 4096 {
		n = 4096
	}
	if n < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i+1 < n; i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	// Text in UTF-16 has NULs in the high byte of every ASCII character
	// (spaces, digits, punctuation: a tenth of any text at least) and
	// almost never in the low byte.
	pairs := n / 2
	le = odd*10 >= pairs && even*100 < pairs
	be = even*10 >= pairs && odd*100 < pairs
	return le, be
}

// isBinary reports NUL bytes or a high share of control bytes in the first
// kilobytes.
func isBinary(raw []byte) bool {
	n := len(raw)
	if n > 8192 {
		n = 8192
	}
	ctrl := 0
	for _, c := range raw[:n] {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b:
			ctrl++
		}
	}
	return ctrl*20 > n
}
