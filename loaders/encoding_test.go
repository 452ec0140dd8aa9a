package loaders

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

// TestDecodeText: each encoding of the issue, labelled or not, comes back
// as the same UTF-8 text.
func TestDecodeText(t *testing.T) {
	const ru = "Министры обороны России и Казахстана обсудили совместные учения и подготовку военных кадров в Астане. Стороны подписали план сотрудничества на следующий год."
	const tr = "Savunma Bakanı Yaşar Güler, Azerbaycan Savunma Bakanı ile görüştü ve iki ülke arasındaki işbirliğini değerlendirdi. Görüşmede ortak tatbikatlar ele alındı."
	tests := []struct {
		name string
		raw  []byte
		want string
		warn string
	}{
		{"utf-8", []byte(ru), ru, ""},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, ru...), ru, ""},
		{"utf-16le bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), ru), ru, ""},
		{"utf-16be bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), ru), ru, ""},
		{"utf-16be no bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), ru), ru, "UTF-16BE"},
		{"windows-1251", encode(t, charmap.Windows1251, ru), ru, "windows-1251"},
		{"koi8-r", encode(t, charmap.KOI8R, ru), ru, "koi8-r"},
		{"iso-8859-5", encode(t, charmap.ISO8859_5, ru), ru, "iso-8859-5"},
		{"iso-8859-9", encode(t, charmap.ISO8859_9, tr), tr, "windows-1254"},
		{"damaged utf-8", []byte("Министры \xffобороны встретились в Баку и обсудили план."), "Министры \uFFFDобороны встретились в Баку и обсудили план.", "offset 17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := decodeText(tt.raw, "f.txt", "", false)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			if tt.warn == "" {
				assert.Empty(t, warns)
			} else {
				assert.Contains(t, strings.Join(warns, "\n"), tt.warn)
			}
		})
	}
	_, _, err := decodeText([]byte("\x00\x00\x00\x01binary\x00"), "b", "", false)
	assert.ErrorIs(t, err, ErrBinary)
	_, _, err = decodeText([]byte("  \n"), "e", "", false)
	assert.ErrorIs(t, err, ErrEmpty)
	// An HTTP label wins over detection.
	got, _, err := decodeText(encode(t, charmap.Windows1251, ru), "h", "text/html; charset=windows-1251", true)
	require.NoError(t, err)
	assert.Equal(t, ru, got)
}
