package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// ruleCase is one rule-table row: a short article and the facts it must
// (or must not) give. Facts are written "Label:Name" for entities and
// "TYPE From -> To" (names) for relations; a relation fact may end with
// " @date".
type ruleCase struct {
	name      string // the rule family
	published string
	text      string
	want      []string
	wantNot   []string
}

var ruleCases = []ruleCase{
	// entities: states by name, adjective and Russian case form
	{name: "state adjective", text: "The Turkish Armed Forces arrived.", want: []string{"State:Turkey", "Organization:Turkish Armed Forces"}},
	{name: "state ru case", text: "Делегация прибыла в Турцию и Азербайджан.", want: []string{"State:Turkey", "State:Azerbaijan"}},
	{name: "state inside name", text: "The Turkish-Russian Joint Monitoring Center opened.", want: []string{"State:Russia", "State:Turkey"}},
	{name: "ru compound adjective", text: "Российско-турецкие и азербайджано-грузинские отношения развиваются.", want: []string{"State:Russia", "State:Turkey", "State:Azerbaijan", "State:Georgia"}},
	{name: "rank before name", text: "The drills were led by Colonel General Karim Valiyev.", want: []string{"Person:Karim Valiyev"}},
	{name: "ru transliterated known name", text: "Министр иностранных дел Ирана Хосейн Амир Абдоллахиян прибыл в Баку.", want: []string{"Person:Hossein Amir-Abdollahian"}},
	{name: "ru inflection check", text: "Министр Анатолий Петров выступил.", wantNot: []string{"Place:Anatolia"}},
	// people: titles, first names, transliteration
	{name: "title en", text: "Georgian Interior Minister Vakhtang Gomelauri spoke.", want: []string{"Person:Vakhtang Gomelauri", "HOLDS_OFFICE Vakhtang Gomelauri -> Georgia"}},
	{name: "title ru translit", text: "Заявление сделал министр обороны Армении Тигран Абрамян.", want: []string{"Person:Tigran Abramyan", "HOLDS_OFFICE Tigran Abramyan -> Armenia"}},
	{name: "ru instrumental name", text: "Глава МИД встретился с послом Турции Мехметом Озтюрком.", want: []string{"Person:Mekhmet Oztyurk"}},
	{name: "appositive title", text: "Linda Smithers, Australia's Defence Minister, said so.", want: []string{"HOLDS_OFFICE Linda Smithers -> Australia"}},
	{name: "office in an organization", text: "NATO Secretary General Willem Janssen met Polish President Andrzej Duda in Warsaw.",
		want: []string{"HOLDS_OFFICE Willem Janssen -> NATO", "MET_WITH Willem Janssen -> Andrzej Duda"}},
	{name: "former title", text: "Former Georgian Defence Minister Levan Izoria spoke.", wantNot: []string{"HOLDS_OFFICE Levan Izoria -> Georgia"}},
	{name: "lone surname is another person", published: "2016-03-04", text: "Azerbaijani ambassador Dursun Hasanov met Georgian Interior Minister Giorgi Mghebrishvili in Tbilisi.",
		want: []string{"Person:Dursun Hasanov", "MET_WITH Dursun Hasanov -> Giorgi Mghebrishvili @2016-03-04"}},
	// documents
	{name: "named treaty of", text: "The leaders praised the Treaty of Kars.", want: []string{"Treaty:Treaty of Kars"}},
	{name: "coordinated statements", text: "They recalled the Ganja, Kars and Baku Statements.", want: []string{"Treaty:Ganja Statement", "Treaty:Kars Statement", "Treaty:Baku Statement"}},
	{name: "unnamed memorandum ru", published: "2017-10-30", text: "Был подписан меморандум о взаимопонимании между Израилем и Австралией.",
		want: []string{"Treaty:меморандум о взаимопонимании между Израилем и Австралией", "PARTY_TO Israel -> меморандум о взаимопонимании между Израилем и Австралией"}},
	{name: "no modifier verbs", text: "Ministers sign memorandum.", wantNot: []string{"Treaty:sign memorandum"}},
	// exercises
	{name: "quoted exercise", text: "The \"Mustafa Kemal Ataturk - 2021\" exercises began.", want: []string{"Exercise:Mustafa Kemal Ataturk-2021"}},
	{name: "exercise year unquoted", text: "The Indestructible Brotherhood-2021 exercises will be held in Nakhchivan, Azerbaijan.", want: []string{"Exercise:Indestructible Brotherhood-2021", "HELD_IN Indestructible Brotherhood-2021 -> Azerbaijan"}},
	{name: "exercise list", text: "India and France hold joint exercises like Shakti, Varuna and Garuda.", want: []string{"PARTICIPATED_IN India -> Shakti", "PARTICIPATED_IN France -> Garuda"}},
	{name: "exercise ru troops", text: "В учениях «Кавказ-2020» примут участие военнослужащие Армении и Китая.", want: []string{"PARTICIPATED_IN Armenia -> Kavkaz-2020", "PARTICIPATED_IN China -> Kavkaz-2020"}},
	{name: "bare series is a word", text: "Встреча прошла в Баку Экспо Центре.", wantNot: []string{"Exercise:Tsentr"}},
	{name: "not an exercise", text: "The MiG-29 jets took part in the exercise.", wantNot: []string{"Exercise:MiG-29"}},
	// relations
	{name: "met counterpart", published: "2021-10-05", text: "Georgian Defence Minister Juansher Burchuladze met his Armenian counterpart Suren Papikyan in Tbilisi today.",
		want: []string{"MET_WITH Juansher Burchuladze -> Suren Papikyan @2021-10-05", "HOLDS_OFFICE Suren Papikyan -> Armenia"}},
	{name: "met ru", published: "2025-11-19", text: "Даурен Косанов провёл переговоры с министром национальной обороны Турции Яшаром Гюлером.",
		want: []string{"MET_WITH Dauren Kosanov -> Yasar Guler"}},
	{name: "phone call", text: "Azerbaijani President Ilham Aliyev held a phone call with Russian President Vladimir Putin.", wantNot: []string{"MET_WITH Ilham Aliyev -> Vladimir Putin"}},
	{name: "planned meeting", text: "Azerbaijani President Ilham Aliyev will meet Russian President Vladimir Putin.", wantNot: []string{"MET_WITH Ilham Aliyev -> Vladimir Putin"}},
	{name: "planned meeting ru", text: "В ходе визита Абдоллахиян проведет переговоры с министром иностранных дел Азербайджана Джейхуном Байрамовым.",
		wantNot: []string{"MET_WITH Hossein Amir-Abdollahian -> Jeyhun Bayramov"}},
	{name: "reported clause", text: "Russian President Vladimir Putin said at a meeting with Sergei Shoigu that Volodymyr Zelensky was ready.",
		want: []string{"MET_WITH Vladimir Putin -> Sergei Shoigu"}, wantNot: []string{"MET_WITH Vladimir Putin -> Volodymyr Zelensky"}},
	{name: "visit weekday", published: "2024-03-06", text: "Kazakh Foreign Minister Murat Nurtleu arrived in Baku on Monday.", want: []string{"VISITED Murat Nurtleu -> Baku @2024-03-04"}},
	{name: "visit ru genitive", text: "Визит Мирзояна в Грузию продлится два дня. Министр иностранных дел Армении Арарат Мирзоян выступил.", want: []string{"VISITED Ararat Mirzoyan -> Georgia"}},
	{name: "signed relative clause", published: "2021-06-15", text: "The Shusha Declaration that President Ilham Aliyev and his Turkish counterpart Recep Tayyip Erdogan signed today is historic.",
		want: []string{"SIGNED Ilham Aliyev -> Shusha Declaration", "SIGNED Recep Tayyip Erdogan -> Shusha Declaration", "PARTY_TO Turkey -> Shusha Declaration"}},
	{name: "signed date in 2024", published: "2024-03-06", text: "The Shusha Declaration, signed on June 15, 2021, formalized an alliance between Azerbaijan and Turkey.",
		want: []string{"PARTY_TO Azerbaijan -> Shusha Declaration @2021-06-15"}},
	{name: "speaker is not signer", text: "Turkish ambassador Cahit Bagci said that the Shusha Declaration is as important as the Treaty of Kars signed 100 years ago.",
		wantNot: []string{"SIGNED Cahit Bagci -> Treaty of Kars"}},
	{name: "reference ru", text: "Стороны подписали Шушинскую декларацию. В подписанном документе сделана ссылка на Карский договор.",
		want: []string{"REFERENCES Shusha Declaration -> Treaty of Kars"}},
	{name: "office from kb by date", published: "2010-09-15", text: "US Defense Secretary Robert Gates received the Russian defence minister at the Pentagon.",
		want: []string{"MET_WITH Robert Gates -> Anatoly Serdyukov", "HOLDS_OFFICE Anatoly Serdyukov -> Russia"}},
	{name: "group title", published: "2010-09-15", text: "Министры обороны США и России провели переговоры. Роберт Гейтс и Анатолий Сердюков встречались в Пентагоне.",
		want: []string{"MET_WITH Robert Gates -> Anatoly Serdyukov"}},
}

// facts renders a record as the fact strings of ruleCase.
func facts(rec graph.Record) map[string]bool {
	out := map[string]bool{}
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
		out[string(e.Label)+":"+e.Name] = true
	}
	for _, r := range rec.Relations {
		f, t := names[r.From], names[r.To]
		base := fmt.Sprintf("%s %s -> %s", r.Type, f, t)
		out[base] = true
		if r.Type.Symmetric() {
			out[fmt.Sprintf("%s %s -> %s", r.Type, t, f)] = true
		}
		if d := r.Properties["date"]; d != "" {
			out[base+" @"+d] = true
			if r.Type.Symmetric() {
				out[fmt.Sprintf("%s %s -> %s @%s", r.Type, t, f, d)] = true
			}
		}
	}
	return out
}

func TestRules(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range ruleCases {
		t.Run(c.name, func(t *testing.T) {
			a := graph.Article{ID: "t", Body: c.text}
			if c.published != "" {
				p := c.published
				a.Published = &p
			}
			got := facts(x.Extract(a))
			for _, w := range c.want {
				if !got[w] {
					t.Errorf("missing %q; got %q", w, keys(got))
				}
			}
			for _, w := range c.wantNot {
				if got[w] {
					t.Errorf("got %q, want it absent", w)
				}
			}
		})
	}
}

func keys(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return strings.Join(sortStrings(out), "; ")
}

func sortStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// TestSegment: re-joins after abbreviations and initials.
func TestSegment(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Gen. John Smith arrived. He met the U.S. Ambassador.", 2},
		{"Встречу провёл И. Иванов. Он прибыл в 2010 г. в Москву.", 2},
		{"First line\nSecond line", 2},
		{"Mr. Singh met Mrs. Parly in Paris.", 1},
	}
	for _, tt := range tests {
		got := segment(tt.in)
		if len(got) != tt.want {
			var s []string
			for _, g := range got {
				s = append(s, g.text)
			}
			t.Errorf("segment(%q): got %d sentences %q, want %d", tt.in, len(got), s, tt.want)
		}
		for _, g := range got {
			if !strings.Contains(tt.in, g.text) {
				t.Errorf("sentence %q is not in the text", g.text)
			}
		}
	}
}

// TestCyrStem: oblique forms share the nominative's key.
func TestCyrStem(t *testing.T) {
	tests := [][]string{
		{"алиев", "алиева", "алиевым"},
		{"турция", "турции", "турцией"},
		{"турецкий", "турецкую", "турецкой"},
		{"эрдоган", "эрдоганом", "эрдогана"},
		{"ильхам", "ильхама"},
	}
	for _, tt := range tests {
		want := cyrStem(tt[0])
		for _, w := range tt[1:] {
			if got := cyrStem(w); got != want {
				t.Errorf("cyrStem(%q) = %q, want %q (as %q)", w, got, want, tt[0])
			}
		}
	}
}

// TestNominativeName: a name's words share one case.
func TestNominativeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Мустафы Кемаля Ататюрка", "Мустафа Кемаль Ататюрк"},
		{"Исметом Йылмазом", "Исмет Йылмаз"},
		{"Уди Адам", "Уди Адам"},
		{"Сергеем Ивановым", "Сергей Иванов"},
	}
	for _, tt := range tests {
		if got := strings.Join(nominativeName(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("nominativeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
