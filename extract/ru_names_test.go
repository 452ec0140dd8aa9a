package extract

import "testing"

// ruForeignCases: foreign names and document names in Russian text.
var ruForeignCases = []ruleCase{
	// Chinese names in the Palladius system come out in Pinyin
	{name: "palladius name", text: "Министр обороны Китая Хуан Цзиньлун прибыл в Москву.", want: []string{"Person:Huang Jinlong"}},
	{name: "palladius instrumental", text: "Президент Казахстана встретился с председателем КНР Лю Цзэюнем в Астане.", want: []string{"Person:Liu Zeyun"}},
	{name: "palladius near miss", text: "Министр обороны Казахстана Руслан Жаксылыков прибыл в Москву.", want: []string{"Person:Ruslan Zhaksylykov"}},
	// дж → j in a name without a Russian-type surname
	{name: "dzh foreign", text: "На встрече присутствовал советник президента США Джеффри Мортон.", want: []string{"Person:Jeffri Morton"}},
	{name: "dzh russian surname", text: "Министр обороны Таджикистана Джамшед Рахимов прибыл в Москву.", want: []string{"Person:Dzhamshed Rakhimov"}},
	// Arabic names keep their particles
	{name: "arabic particles", text: "Оман на встрече представлял вице-премьер Асаад бин Тарик Аль Саид.", want: []string{"Person:Asaad bin Tarik Al Said"}},
	// document names
	{name: "ru doc field and area", text: "Стороны подписали Соглашение о мерах доверия в военной области в районе границы.",
		want: []string{"Treaty:Соглашение о мерах доверия в военной области в районе границы"}},
	{name: "ru doc along", text: "Стороны сослались на Соглашение о сохранении спокойствия вдоль линии разграничения.",
		want: []string{"Treaty:Соглашение о сохранении спокойствия вдоль линии разграничения"}},
	{name: "ru doc place genitive", text: "Документ, получивший название Декларация Эр-Рияда, подписали главы делегаций.",
		want: []string{"Treaty:Декларация Эр-Рияда"}, wantNot: []string{"Treaty:название Декларация"}},
	{name: "ru doc no genitive name", text: "Декларация Министерства обороны была опубликована.", wantNot: []string{"Treaty:Декларация Министерства"}},
	{name: "ru hyphenated city", text: "Встреча прошла в саудовском городе Эль-Хафджи.", want: []string{"Place:Эль-Хафджи"}, wantNot: []string{"Place:Эль"}},
}

func TestRulesRuForeign(t *testing.T) {
	runRuleCases(t, ruForeignCases)
}

func TestMinistryNameSpelling(t *testing.T) {
	for _, c := range []struct {
		kind     string
		national bool
		state    string
		want     string
	}{
		{"defense", false, "Finland", "Ministry of Defence of Finland"},
		{"defense", false, "Azerbaijan", "Ministry of Defense of Azerbaijan"},
		{"defense", true, "Poland", "Ministry of National Defence of Poland"},
		{"defense", true, "Turkey", "Ministry of National Defense of Turkey"},
		{"foreign", false, "India", "Ministry of Foreign Affairs of India"},
	} {
		if got := ministryName(c.kind, c.national, c.state); got != c.want {
			t.Errorf("ministryName(%q, %v, %q) = %q, want %q", c.kind, c.national, c.state, got, c.want)
		}
	}
}
