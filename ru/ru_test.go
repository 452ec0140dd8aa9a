package ru

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTranslit(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Шойгу", "Shoigu"},       // й before a consonant → i
		{"Хренин", "Khrenin"},     // х → kh
		{"Гасанов", "Gasanov"},    // г → g (Hasanov is a variant)
		{"Алиев", "Aliev"},        // е after и stays e
		{"Сердюков", "Serdyukov"}, // ю → yu
		{"Лавров", "Lavrov"},      // plain
		{"Эрдоган", "Erdogan"},    // э → e
		{"Реджеп", "Redzhep"},     // ж → zh
		{"Йылдырым", "Yyldyrym"},  // й, ы → y
		{"Дмитрий", "Dmitriy"},    // final -ий → -iy
		{"Грозный", "Grozny"},     // final -ый → -y
		{"Сергей", "Sergey"},      // final й → y
		{"Евгений", "Yevgeniy"},   // е at word start → ye
		{"Маяковский", "Mayakovskiy"},
		{"Пётр", "Pyotr"},         // ё → yo
		{"Горбачёв", "Gorbachev"}, // ё after ч → e
		{"Щукин", "Shchukin"},     // щ → shch
		{"Цхинвали", "Tskhinvali"},
		{"Объединённые", "Obyedinyonnye"}, // ъ dropped, е after ъ → ye
		{"Игорь", "Igor"},                 // ь dropped
		{"ШОЙГУ", "SHOIGU"},               // all capitals stay capitals
		{"Баку, 5 октября", "Baku, 5 oktyabrya"},
		{"NATO и ОДКБ", "NATO i ODKB"}, // non-Cyrillic kept
		{"", ""},
	} {
		assert.Equal(t, tc.want, Translit(tc.in), "Translit(%q)", tc.in)
	}
}

func TestTranslitVariants(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // must all be present
	}{
		{"Гасанов", []string{"Gasanov", "Hasanov"}},                     // г → h
		{"Хренин", []string{"Khrenin", "Hrenin"}},                       // kh → h
		{"Алиев", []string{"Aliev", "Aliyev"}},                          // ie → iye
		{"Дмитрий", []string{"Dmitriy", "Dmitry", "Dmitri", "Dmitrii"}}, // -iy
		{"Евгений", []string{"Yevgeniy", "Evgeniy"}},                    // ye → e
		{"Мария", []string{"Mariya", "Mariia"}},                         // ya → ia
		{"Александр", []string{"Aleksandr", "Alexandr"}},                // ks → x
		{"Гаджиев", []string{"Gadzhiev", "Hajiyev"}},                    // Azerbaijani
		{"Шойгу", []string{"Shoigu", "Shoygu"}},                         // й
		{"Lavrov", []string{"Lavrov"}},                                  // Latin as is
	} {
		got := TranslitVariants(tc.in)
		require.NotEmpty(t, got)
		assert.Equal(t, Translit(tc.in), got[0], "primary first for %q", tc.in)
		for _, w := range tc.want {
			assert.Contains(t, got, w, "TranslitVariants(%q)", tc.in)
		}
		seen := map[string]bool{}
		for _, g := range got {
			assert.False(t, seen[g], "duplicate %q", g)
			seen[g] = true
		}
	}
}

func TestFoldStem(t *testing.T) {
	for _, tc := range []struct{ in, fold, stem string }{
		{"Алиевым", "алиевым", "алиев"}, // instrumental
		{"Алиева", "алиева", "алиев"},   // genitive
		{"Эрдоганом", "эрдоганом", "эрдоган"},
		{"Ёлкин", "елкин", "елкин"},       // ё → е
		{"ТУРЦИИ", "турции", "турц"},      // capitals
		{"Erdogan", "erdogan", "erdogan"}, // Latin: lower only
		{"", "", ""},
	} {
		assert.Equal(t, tc.fold, Fold(tc.in), "Fold(%q)", tc.in)
		assert.Equal(t, tc.stem, Stem(tc.in), "Stem(%q)", tc.in)
	}
}

func TestNameForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // in order, as a prefix of the result
	}{
		{"Алиев", []string{"Алиев", "Алиева", "Алиеву", "Алиевым", "Алиеве"}}, // -ов/-ев surname
		{"Ильхам Алиев", []string{"Ильхам Алиев", "Ильхама Алиева", "Ильхаму Алиеву", "Ильхамом Алиевым", "Ильхаме Алиеве"}},
		{"Шойгу", []string{"Шойгу"}},         // indeclinable
		{"Порошенко", []string{"Порошенко"}}, // -о indeclinable
		{"Эрдоган", []string{"Эрдоган", "Эрдогана", "Эрдогану", "Эрдоганом", "Эрдогане"}},                                      // consonant stem
		{"Алиева", []string{"Алиева", "Алиевой", "Алиеву"}},                                                                    // feminine surname
		{"Мехрибан Алиева", []string{"Мехрибан Алиева", "Мехрибан Алиевой", "Мехрибан Алиеву"}},                                // feminine first name fixed
		{"Достоевский", []string{"Достоевский", "Достоевского", "Достоевскому", "Достоевским", "Достоевском"}},                 // -ский
		{"Никита", []string{"Никита", "Никиты", "Никите", "Никиту", "Никитой"}},                                                // -а first name
		{"Ольга", []string{"Ольга", "Ольги", "Ольге", "Ольгу", "Ольгой"}},                                                      // -га: и
		{"Илья", []string{"Илья", "Ильи", "Илье", "Илью", "Ильей"}},                                                            // -я
		{"Дмитрий", []string{"Дмитрий", "Дмитрия", "Дмитрию", "Дмитрием", "Дмитрии"}},                                          // -ий noun
		{"Сергей Лавров", []string{"Сергей Лавров", "Сергея Лаврова", "Сергею Лаврову", "Сергеем Лавровым", "Сергее Лаврове"}}, // -ей
		{"Игорь", []string{"Игорь", "Игоря", "Игорю", "Игорем", "Игоре"}},                                                      // -ь
		{"Владимир Путин", []string{"Владимир Путин", "Владимира Путина", "Владимиру Путину", "Владимиром Путиным"}},           // -ин
		{"Ильхам Гейдар оглы Алиев", []string{"Ильхам Гейдар оглы Алиев", "Ильхама Гейдара оглы Алиева"}},                      // particle fixed
	} {
		got := NameForms(tc.in)
		require.GreaterOrEqual(t, len(got), len(tc.want), "NameForms(%q) = %q", tc.in, got)
		assert.Equal(t, tc.want, got[:len(tc.want)], "NameForms(%q)", tc.in)
	}
	assert.Contains(t, NameForms("Владимир Путин"), "Владимиром Путином") // foreign -ин alternate
}

func TestPlaceForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Турция", []string{"Турция", "Турции", "Турцию", "Турцией"}}, // -ия
		{"Баку", []string{"Баку"}}, // indeclinable
		{"Москва", []string{"Москва", "Москвы", "Москве", "Москву", "Москвой"}},                                   // -а
		{"Азербайджан", []string{"Азербайджан", "Азербайджана", "Азербайджану", "Азербайджаном", "Азербайджане"}}, // consonant, inanimate
		{"Китай", []string{"Китай", "Китая", "Китаю", "Китаем", "Китае"}},                                         // -й
		{"США", []string{"США"}}, // abbreviation
		{"Косово", []string{"Косово", "Косова", "Косову", "Косовом", "Косове"}},                               // -ово
		{"Южная Корея", []string{"Южная Корея", "Южной Кореи", "Южной Корее", "Южную Корею", "Южной Кореей"}}, // adjective + noun
		{"Нагорный Карабах", []string{"Нагорный Карабах", "Нагорного Карабаха", "Нагорному Карабаху", "Нагорным Карабахом", "Нагорном Карабахе"}},
		{"Республика Корея", []string{"Республика Корея", "Республики Корея"}},             // apposition fixed
		{"Босния и Герцеговина", []string{"Босния и Герцеговина", "Боснии и Герцеговины"}}, // conjunction
		{"Нидерланды", []string{"Нидерланды", "Нидерландов", "Нидерланд", "Нидерландам"}},  // plural
	} {
		got := PlaceForms(tc.in)
		require.GreaterOrEqual(t, len(got), len(tc.want), "PlaceForms(%q) = %q", tc.in, got)
		assert.Equal(t, tc.want, got[:len(tc.want)], "PlaceForms(%q)", tc.in)
	}
}

func TestAdjectiveForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"турецкий", []string{"турецкий", "турецкого", "турецкому", "турецким", "турецком", "турецкая", "турецкой", "турецкую", "турецкое", "турецкие", "турецких", "турецкими"}}, // velar
		{"азербайджанский", []string{"азербайджанский", "азербайджанского", "азербайджанскому", "азербайджанским", "азербайджанском", "азербайджанская"}},
		{"новый", []string{"новый", "нового", "новому", "новым", "новом", "новая", "новой", "новую", "новое", "новые", "новых", "новыми"}}, // hard
		{"синий", []string{"синий", "синего", "синему", "синим", "синем", "синяя", "синей", "синюю", "синее"}},                             // soft
		{"хороший", []string{"хороший", "хорошего", "хорошему", "хорошим", "хорошем", "хорошая", "хорошей"}},                               // hissing
		{"морской", []string{"морской", "морского", "морскому", "морским", "морском", "морская"}},                                          // stressed -ой, velar
		{"Турецкий", []string{"Турецкий", "Турецкого"}}, // capital kept
		{"Москва", []string{"Москва"}},                  // not an adjective
	} {
		got := AdjectiveForms(tc.in)
		require.GreaterOrEqual(t, len(got), len(tc.want), "AdjectiveForms(%q) = %q", tc.in, got)
		assert.Equal(t, tc.want, got[:len(tc.want)], "AdjectiveForms(%q)", tc.in)
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, first string }{
		{"Эрдоганом", "Эрдоган"},                         // instrumental -ом
		{"Алиевым", "Алиев"},                             // instrumental -ым
		{"Гасановым", "Гасанов"},                         // idem
		{"Алиева", "Алиев"},                              // genitive before feminine nominative
		{"Турции", "Турция"},                             // -ии
		{"Азербайджаном", "Азербайджан"},                 // -ом
		{"Россией", "Россия"},                            // -ией
		{"Москвы", "Москва"},                             // -ы
		{"Эрдоган", "Эрдоган"},                           // already nominative
		{"Лавров", "Лавров"},                             // -ов nominative
		{"турецкого", "турецкий"},                        // adjective
		{"Шушинскую декларацию", "Шушинская декларация"}, // adjective + noun
		{"Южной Кореи", "Южная Корея"},
	} {
		got := Normalize(tc.in)
		require.NotEmpty(t, got)
		assert.Equal(t, tc.first, got[0], "Normalize(%q) = %q", tc.in, got)
		assert.Contains(t, got, tc.in, "input kept")
	}
	for _, tc := range []struct{ in, want string }{
		{"Китае", "Китай"},     // -е → -й
		{"Израиле", "Израиль"}, // -е → -ь
		{"Алиеву", "Алиева"},   // feminine accusative
		{"Ильи", "Илья"},       // -и → -я
		{"Нагорного Карабаха", "Нагорный Карабах"},
	} {
		assert.Contains(t, Normalize(tc.in), tc.want, "Normalize(%q)", tc.in)
	}
	assert.NotContains(t, Normalize("Шушинскую декларацию"), "Шушинскуь декларация") // junk filtered
}

// Round trip: every generated form normalizes back to its nominative.
func TestFormsRoundTrip(t *testing.T) {
	for _, nom := range []string{"Алиев", "Эрдоган", "Лавров", "Гасанов", "Ильхам Алиев", "Никита"} {
		for _, f := range NameForms(nom) {
			assert.Contains(t, Normalize(f), nom, "Normalize(%q) from NameForms(%q)", f, nom)
		}
	}
	for _, nom := range []string{"Турция", "Москва", "Азербайджан", "Китай", "Россия", "Южная Корея"} {
		for _, f := range PlaceForms(nom) {
			assert.Contains(t, Normalize(f), nom, "Normalize(%q) from PlaceForms(%q)", f, nom)
		}
	}
}

func checkStrings(t *testing.T, what, in string, out []string) {
	if len(out) == 0 {
		t.Fatalf("%s(%q) is empty", what, in)
	}
	for _, s := range out {
		if utf8.ValidString(in) && !utf8.ValidString(s) {
			t.Fatalf("%s(%q) gave invalid UTF-8 %q", what, in, s)
		}
	}
}

func FuzzRu(f *testing.F) {
	for _, s := range []string{"Алиев", "Ильхам Гейдар оглы Алиев", "ТУРЦИЯ", "Шушинскую декларацию", "ёЁйЙ", "a", "", "ий", "Ъ", "Южная  Корея ", "\xd0", "x\xd1\x8f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tr := Translit(s)
		if utf8.ValidString(s) && !utf8.ValidString(tr) {
			t.Fatalf("Translit(%q) = %q invalid", s, tr)
		}
		if tr != Translit(s) {
			t.Fatal("Translit not deterministic")
		}
		v := TranslitVariants(s)
		checkStrings(t, "TranslitVariants", s, v)
		if v[0] != tr {
			t.Fatalf("variant 0 %q != %q", v[0], tr)
		}
		checkStrings(t, "NameForms", s, NameForms(s))
		checkStrings(t, "PlaceForms", s, PlaceForms(s))
		checkStrings(t, "AdjectiveForms", s, AdjectiveForms(s))
		n := Normalize(s)
		checkStrings(t, "Normalize", s, n)
		if !slices.Equal(n, Normalize(s)) {
			t.Fatal("Normalize not deterministic")
		}
		if !slices.Contains(n, s) {
			t.Fatalf("Normalize(%q) = %q lacks the input", s, n)
		}
		fs := Fold(s)
		if utf8.ValidString(s) && Fold(fs) != fs {
			t.Fatalf("Fold not idempotent on %q", s)
		}
		_ = Stem(s)
	})
}

var sink any

func BenchmarkTranslit(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = Translit("Гасанов")
	}
}

func BenchmarkTranslitASCII(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = Translit("Hasanov")
	}
}

func BenchmarkTranslitVariants(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = TranslitVariants("Гасанов")
	}
}

func BenchmarkFoldFolded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = Fold("эрдоганом")
	}
}

func BenchmarkFold(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = Fold("Эрдоганом")
	}
}

func BenchmarkStem(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = Stem("Эрдоганом")
	}
}

func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = Normalize("Эрдоганом")
	}
}

func BenchmarkNameForms(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = NameForms("Ильхам Алиев")
	}
}

func TestTranslitName(t *testing.T) {
	tests := []struct {
		in    string
		given bool
		want  string
	}{
		{"Дмитрий", true, "Dmitry"},
		{"Анатолий", true, "Anatoly"},
		{"Сергей", true, "Sergei"},
		{"Алексей", true, "Alexei"},
		{"Евгений", true, "Yevgeny"},
		{"Жуковский", false, "Zhukovsky"},
		{"Песков", false, "Peskov"},
	}
	for _, tt := range tests {
		if got := TranslitName(tt.in, tt.given); got != tt.want {
			t.Errorf("TranslitName(%q, %v) = %q, want %q", tt.in, tt.given, got, tt.want)
		}
	}
}
