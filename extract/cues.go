package extract

import "strings"

// Cue words of the relation rules, by family, in English and Russian.
// Russian cues are matched on the folded word by prefix (see hasPrefix),
// English ones exactly.
var (
	signEn  = words(`signed sign signing signs inked ink initialled initialed concluded signatures`)
	signRu  = []string{"подпис", "скрепил"}
	adoptEn = words(`adopted adopt approved released issued agreed endorsed reached`)
	adoptRu = []string{"принял", "приняли", "принят", "утверд", "одобр", "согласовал"}
	meetEn  = words(`met meet meets meeting talks negotiations negotiated received receives hosted discussions welcomed greeted handed`)
	meetRu  = []string{"встрет", "встреч", "переговор", "принял", "принят", "бесед"}
	visitEn = words(`visited visit visits visiting arrived arrives arrival traveled travelled travels toured landed flew flown`)
	visitRu = []string{"прибыл", "прибыв", "визит", "посетил", "посетив", "посещ", "приехал", "прилетел", "прилетев"}
	partEn  = words(`part participated participate participates participating participation joined involving involve involved featuring`)
	partRu  = []string{"участи", "участвова", "участву"}
	// conduct verbs make the states before them the exercise's participants
	conductEn = words(`begun began begin begins started start starts hold holding held holds conducted conduct conducting
launched launch staged stage stages joint bilateral trilateral multinational combined hosted hosts host hosting`)
	conductRu  = []string{"провод", "провел", "проведут", "начал", "стартовал", "совместн"}
	speechEn   = words(`said says stated stressed noted told added emphasized emphasised underlined declared announced thanked according`)
	speechRu   = []string{"сказал", "заявил", "отметил", "подчеркнул", "сообщ", "добавил", "поблагодарил"}
	refEn      = words(`reference refers referred referring references commitment accordance pursuant based implement implementing reaffirmed recalled`)
	refRu      = []string{"ссылк", "ссылает"}
	futureEn   = words(`will slated expected plans planned scheduled upcoming`)
	futureRu   = []string{"проведет", "проведут", "встретится", "посетит", "планир", "намерен"}
	phoneWords = []string{"phone", "telephone", "телефон"}
	troopsEn   = words(`troops soldiers forces servicemen units personnel sailors marines navies armies militaries contingents ships warships vessels aircraft`)
	troopsRu   = []string{"военнослужащ", "военные", "войск", "подразделени", "контингент", "военных"}
	groupEn    = words(`leaders sides parties`)
	groupRu    = []string{"стороны", "сторон", "лидеры", "лидеров", "главы"}
	// countedPeople follow a number to name the article's main people:
	// "the three officials", «двух президентов»
	countedPeopleEn = words(`officials leaders presidents ministers heads chiefs envoys delegations counterparts`)
	countedPeopleRu = []string{"президент", "лидер", "министр", "глав", "руководител", "делегаци"}
	// leader words after a state adjective name that state's leader
	leaderEn   = words(`leader president premier head`)
	leaderRu   = []string{"лидер", "президент", "глав", "премьер"}
	meetNounEn = words(`meeting talks negotiations`)
	meetNounRu = []string{"встреч", "переговор", "бесед"}
	attendEn   = words(`attended attend joined`)
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// cueAt reports whether token t is a cue of the family (en, ru).
func cueAt(t token, en map[string]bool, ruPrefixes []string) bool {
	if !t.word {
		return false
	}
	if t.cyr {
		for _, p := range ruPrefixes {
			if strings.HasPrefix(t.fold, p) {
				return true
			}
		}
		return false
	}
	return en[t.fold]
}

// findCue returns the token indexes of the cues of a family in a sentence.
func findCue(toks []token, en map[string]bool, ruPrefixes []string) []int {
	var out []int
	for i, t := range toks {
		if cueAt(t, en, ruPrefixes) {
			out = append(out, i)
		}
	}
	return out
}

func anyCue(toks []token, en map[string]bool, ruPrefixes []string) bool {
	return len(findCue(toks, en, ruPrefixes)) > 0
}

func containsWord(toks []token, list []string) bool {
	for _, t := range toks {
		for _, w := range list {
			if strings.HasPrefix(t.fold, w) {
				return true
			}
		}
	}
	return false
}
