package cypher_test

import (
	"strconv"

	"github.com/diplograph/diplograph/graph"
)

// The fixture mirrors the facts of examples/articles (one record per page,
// as `diplograph extract` is meant to produce them), so every saved query
// can be checked row by row without depending on the extractor's current
// recall. It adds one deliberate resolution miss ("Cavusoglu" as a second
// person in page 08) for the data-quality queries.

type builder struct {
	rec  graph.Record
	seen map[string]bool
}

func article(file, title, published, lang, source string) *builder {
	b := &builder{seen: map[string]bool{}}
	a := graph.Article{ID: graph.ArticleID(file + title), File: "examples/articles/" + file, Title: title,
		Language: lang, Authors: []string{}, WordCount: 150}
	if published != "" {
		a.Published = &published
	}
	b.rec.Article = a
	if source != "" {
		a.Source = &source
		b.rec.Article = a
		src := graph.Entity{ID: graph.EntityID(graph.LabelSource, source), Label: graph.LabelSource, Name: source, Aliases: []string{}}
		b.rec.Entities = append(b.rec.Entities, src)
		b.rec.Relations = append(b.rec.Relations, graph.Relation{Type: graph.RelReportedBy, From: a.ID, To: src.ID})
	}
	return b
}

// ent adds an entity (once) and a MENTIONS from the article.
func (b *builder) ent(e graph.Entity) string {
	if !b.seen[e.ID] {
		b.seen[e.ID] = true
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		b.rec.Entities = append(b.rec.Entities, e)
		b.rec.Relations = append(b.rec.Relations, graph.Relation{Type: graph.RelMentions, From: b.rec.Article.ID, To: e.ID,
			Properties: map[string]string{"count": strconv.Itoa(1 + len(e.Aliases))}})
	}
	return e.ID
}

// rel adds a semantic relation; props alternate key, value.
func (b *builder) rel(t graph.RelType, from, to graph.Entity, evidence string, props ...string) *builder {
	p := map[string]string{}
	for i := 0; i+1 < len(props); i += 2 {
		p[props[i]] = props[i+1]
	}
	b.rec.Relations = append(b.rec.Relations, graph.Relation{Type: t, From: b.ent(from), To: b.ent(to),
		Properties: p, Evidence: evidence, Confidence: 0.8})
	return b
}

func person(name string, aliases ...string) graph.Entity {
	return graph.Entity{ID: graph.EntityID(graph.LabelPerson, name), Label: graph.LabelPerson, Name: name, Aliases: aliases}
}

func state(name, iso2 string, aliases ...string) graph.Entity {
	return graph.Entity{ID: graph.EntityID(graph.LabelState, name), Label: graph.LabelState, Name: name, ISO2: iso2, Aliases: aliases}
}

func place(name string, aliases ...string) graph.Entity {
	return graph.Entity{ID: graph.EntityID(graph.LabelPlace, name), Label: graph.LabelPlace, Name: name, Aliases: aliases}
}

func org(name string, aliases ...string) graph.Entity {
	return graph.Entity{ID: graph.EntityID(graph.LabelOrganization, name), Label: graph.LabelOrganization, Name: name, Aliases: aliases}
}

func treaty(name, signed string, aliases ...string) graph.Entity {
	return graph.Entity{ID: graph.EntityID(graph.LabelTreaty, name), Label: graph.LabelTreaty, Name: name, Signed: signed, Aliases: aliases}
}

func exercise(name, start, end string, aliases ...string) graph.Entity {
	return graph.Entity{ID: graph.EntityID(graph.LabelExercise, name), Label: graph.LabelExercise, Name: name, Start: start, End: end, Aliases: aliases}
}

// corpus returns the fixture records.
func corpus() []graph.Record {
	var (
		aliyev     = person("Ilham Aliyev", "Aliyev")
		erdogan    = person("Recep Tayyip Erdogan", "Erdogan", "Эрдоган")
		kishida    = person("Fumio Kishida", "Kishida")
		morrison   = person("Scott Morrison", "Morrison")
		bauer      = person("Rob Bauer")
		cavoli     = person("Christopher Cavoli")
		cavusoglu  = person("Mevlut Cavusoglu", "Мевлют Чавушоглу", "Чавушоглу")
		haavisto   = person("Pekka Haavisto")
		linde      = person("Ann Linde")
		niinisto   = person("Sauli Niinisto")
		andersson  = person("Magdalena Andersson")
		stolt      = person("Jens Stoltenberg")
		putin      = person("Vladimir Putin", "Владимир Путин", "Путин")
		shoigu     = person("Sergei Shoigu", "Сергей Шойгу")
		gerasimov  = person("Valery Gerasimov", "Валерий Герасимов")
		lavrov     = person("Sergei Lavrov", "Сергей Лавров", "Лавров")
		tokayev    = person("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев")
		mirziyoyev = person("Shavkat Mirziyoyev", "Шавкат Мирзиёев")
		kim        = person("Kim Jong Un", "Ким Чен Ын")
		cavusogluX = person("Cavusoglu") // resolution miss kept for the data-quality queries

		az = state("Azerbaijan", "AZ", "Азербайджан")
		tr = state("Turkey", "TR", "Türkiye", "Турция")
		jp = state("Japan", "JP")
		au = state("Australia", "AU")
		in = state("India", "IN", "Индия")
		us = state("United States", "US", "US")
		de = state("Germany", "DE")
		pl = state("Poland", "PL")
		no = state("Norway", "NO")
		se = state("Sweden", "SE")
		fi = state("Finland", "FI")
		fr = state("France", "FR")
		ru = state("Russia", "RU", "Россия", "РФ")
		by = state("Belarus", "BY", "Белоруссия")
		kz = state("Kazakhstan", "KZ", "Казахстан")
		uz = state("Uzbekistan", "UZ", "Узбекистан")
		kp = state("North Korea", "KP", "КНДР", "DPRK")

		shusha   = place("Shusha")
		bengal   = place("Bay of Bengal")
		umroi    = place("Umroi")
		madrid   = place("Madrid")
		mulino   = place("Mulino", "Мулино")
		ankara   = place("Ankara", "Анкара")
		tashkent = place("Tashkent", "Ташкент")
		pyongy   = place("Pyongyang", "Пхеньян")
		nato     = org("NATO")

		shushaDecl = treaty("Shusha Declaration", "2021-06-15", "Shusha Declaration on Allied Relations")
		raa        = treaty("Japan-Australia Reciprocal Access Agreement", "2022-01-06", "Reciprocal Access Agreement")
		memo       = treaty("Trilateral Memorandum", "2022-06-28")
		kzuz       = treaty("Договор о союзнических отношениях между Республикой Казахстан и Республикой Узбекистан", "2022-12-22")
		rukp       = treaty("Treaty on Comprehensive Strategic Partnership", "2024-06-19", "Договор о всеобъемлющем стратегическом партнерстве")

		malabar   = exercise("Malabar 2020", "2020-11-03", "2020-11-06", "Malabar")
		steadfast = exercise("Steadfast Defender 2024", "2024-01", "2024-05")
		shakti    = exercise("Shakti 2024", "2024-05-13", "2024-05-26", "Shakti")
		zapad     = exercise("Zapad-2021", "2021-09-10", "2021-09-16", "Запад-2021")
	)
	const (
		role    = "role"
		date    = "date"
		placeK  = "place"
		pres    = "President"
		pm      = "Prime Minister"
		fm      = "Minister of Foreign Affairs"
		sign01  = "The presidents of Azerbaijan and Turkey, Ilham Aliyev and Recep Tayyip Erdogan, on Tuesday put their signatures to the Shusha Declaration."
		talks01 = "The ceremony closed a day of talks between the two heads of state in Shusha."
	)

	a1 := article("01_shusha_declaration.txt", "Aliyev and Erdogan make Azerbaijani-Turkish alliance official in Shusha", "2021-06-15", "en", "APA").
		rel(graph.RelSigned, aliyev, shushaDecl, sign01, date, "2021-06-15", placeK, "Shusha").
		rel(graph.RelSigned, erdogan, shushaDecl, sign01, date, "2021-06-15", placeK, "Shusha").
		rel(graph.RelPartyTo, az, shushaDecl, sign01, date, "2021-06-15").
		rel(graph.RelPartyTo, tr, shushaDecl, sign01, date, "2021-06-15").
		rel(graph.RelMetWith, aliyev, erdogan, talks01, date, "2021-06-15", placeK, "Shusha").
		rel(graph.RelHoldsOffice, aliyev, az, sign01, role, pres).
		rel(graph.RelHoldsOffice, erdogan, tr, sign01, role, pres).
		rel(graph.RelVisited, erdogan, shusha, "The visit on 15 June 2021 was the Turkish president's first trip to Shusha.", date, "2021-06-15")
	a1.ent(shusha)

	sign02 := "Japanese Prime Minister Fumio Kishida and Australian Prime Minister Scott Morrison on Thursday signed a treaty."
	a2 := article("02_japan_australia_raa.txt", "Japan and Australia sign Reciprocal Access Agreement at video summit", "2022-01-06", "en", "").
		rel(graph.RelSigned, kishida, raa, sign02, date, "2022-01-06").
		rel(graph.RelSigned, morrison, raa, sign02, date, "2022-01-06").
		rel(graph.RelPartyTo, jp, raa, sign02, date, "2022-01-06").
		rel(graph.RelPartyTo, au, raa, sign02, date, "2022-01-06").
		rel(graph.RelMetWith, kishida, morrison, "The two leaders held their summit by video link.", date, "2022-01-06").
		rel(graph.RelHoldsOffice, kishida, jp, sign02, role, pm).
		rel(graph.RelHoldsOffice, morrison, au, sign02, role, pm)

	part03 := "Ships of the Indian Navy, the United States Navy, the Japan Maritime Self-Defense Force and the Royal Australian Navy are taking part."
	a3 := article("03_malabar_2020.txt", "Malabar naval drill opens in Bay of Bengal with Australia back after 13 years", "2020-11-03", "en", "PTI").
		rel(graph.RelParticipatedIn, in, malabar, part03).
		rel(graph.RelParticipatedIn, us, malabar, part03).
		rel(graph.RelParticipatedIn, jp, malabar, part03).
		rel(graph.RelParticipatedIn, au, malabar, part03).
		rel(graph.RelHeldIn, malabar, bengal, "The first phase of the Malabar 2020 naval exercise began on Tuesday in the Bay of Bengal.")

	held04 := "The exercise will rehearse the movement of American forces across the Atlantic, with parts of it held in Germany, Poland and Norway."
	a4 := article("04_steadfast_defender_2024.txt", "NATO to hold largest exercise in decades with 90,000 troops", "2024-01-18", "en", "").
		rel(graph.RelHoldsOffice, bauer, nato, "Admiral Rob Bauer, Chair of the NATO Military Committee, told reporters in Brussels.", role, "Chair of the NATO Military Committee").
		rel(graph.RelHoldsOffice, cavoli, nato, "US General Christopher Cavoli, the Supreme Allied Commander Europe.", role, "Supreme Allied Commander Europe").
		rel(graph.RelParticipatedIn, se, steadfast, "Around 90,000 personnel from all 31 allies and from Sweden are expected to take part.").
		rel(graph.RelHeldIn, steadfast, de, held04).
		rel(graph.RelHeldIn, steadfast, pl, held04).
		rel(graph.RelHeldIn, steadfast, no, held04)

	part05 := "The seventh edition of Shakti, the joint military exercise of India and France, opened on Monday at the Foreign Training Node in Umroi."
	a5 := article("05_shakti_2024.txt", "India-France Shakti exercise gets under way in Meghalaya", "2024-05-13", "en", "IANS").
		rel(graph.RelParticipatedIn, in, shakti, part05).
		rel(graph.RelParticipatedIn, fr, shakti, part05).
		rel(graph.RelHeldIn, shakti, umroi, part05)

	sign06 := "The foreign ministers of Turkey, Finland and Sweden, Mevlut Cavusoglu, Pekka Haavisto and Ann Linde, signed a trilateral memorandum in Madrid on Tuesday."
	talks06 := "The document was signed after talks between Turkish President Recep Tayyip Erdogan, Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson, hosted by NATO Secretary General Jens Stoltenberg."
	a6 := article("06_nato_madrid_memorandum.txt", "Turkey, Finland and Sweden sign memorandum ahead of NATO summit", "2022-06-28", "en", "Turan").
		rel(graph.RelSigned, cavusoglu, memo, sign06, date, "2022-06-28", placeK, "Madrid").
		rel(graph.RelSigned, haavisto, memo, sign06, date, "2022-06-28", placeK, "Madrid").
		rel(graph.RelSigned, linde, memo, sign06, date, "2022-06-28", placeK, "Madrid").
		rel(graph.RelPartyTo, tr, memo, sign06, date, "2022-06-28").
		rel(graph.RelPartyTo, fi, memo, sign06, date, "2022-06-28").
		rel(graph.RelPartyTo, se, memo, sign06, date, "2022-06-28").
		rel(graph.RelHoldsOffice, cavusoglu, tr, sign06, role, fm).
		rel(graph.RelHoldsOffice, haavisto, fi, sign06, role, fm).
		rel(graph.RelHoldsOffice, linde, se, sign06, role, fm).
		rel(graph.RelHoldsOffice, erdogan, tr, talks06, role, pres).
		rel(graph.RelHoldsOffice, niinisto, fi, talks06, role, pres).
		rel(graph.RelHoldsOffice, andersson, se, talks06, role, pm).
		rel(graph.RelHoldsOffice, stolt, nato, talks06, role, "Secretary General").
		rel(graph.RelMetWith, erdogan, niinisto, talks06, date, "2022-06-28", placeK, "Madrid").
		rel(graph.RelMetWith, erdogan, andersson, talks06, date, "2022-06-28", placeK, "Madrid").
		rel(graph.RelMetWith, niinisto, andersson, talks06, date, "2022-06-28", placeK, "Madrid").
		rel(graph.RelMetWith, erdogan, stolt, talks06) // undated on purpose: the text gives no day for the talks
	a6.ent(madrid)

	zap := "Президент России Владимир Путин в понедельник наблюдал на полигоне Мулино за ходом совместного стратегического учения вооружённых сил России и Белоруссии «Запад-2021»."
	a7 := article("07_zapad_2021.txt", "Путин посетил полигон Мулино, где проходит учение «Запад-2021»", "2021-09-13", "ru", "TASS").
		rel(graph.RelHoldsOffice, putin, ru, zap, role, pres).
		rel(graph.RelHoldsOffice, shoigu, ru, "Главу государства сопровождали министр обороны РФ Сергей Шойгу.", role, "Minister of Defence").
		rel(graph.RelHoldsOffice, gerasimov, ru, "…и начальник Генерального штаба Вооружённых сил РФ Валерий Герасимов.", role, "Chief of the General Staff").
		rel(graph.RelParticipatedIn, ru, zapad, zap).
		rel(graph.RelParticipatedIn, by, zapad, zap).
		rel(graph.RelHeldIn, zapad, mulino, zap).
		rel(graph.RelVisited, putin, mulino, zap, date, "2021-09-13")

	talks08 := "Министр иностранных дел России Сергей Лавров в среду провёл в Анкаре переговоры с министром иностранных дел Турции Мевлютом Чавушоглу."
	a8 := article("08_lavrov_ankara.txt", "Лавров и Чавушоглу обсудили в Анкаре вывоз зерна из черноморских портов", "2022-06-08", "ru", "RIA Novosti").
		rel(graph.RelMetWith, lavrov, cavusoglu, talks08, date, "2022-06-08", placeK, "Ankara").
		rel(graph.RelHoldsOffice, lavrov, ru, talks08, role, fm).
		rel(graph.RelHoldsOffice, cavusoglu, tr, talks08, role, fm).
		rel(graph.RelVisited, lavrov, tr, "Визит Лаврова в Турцию состоялся 7–8 июня 2022 года.", date, "2022-06-07").
		rel(graph.RelVisited, lavrov, tr, "Визит Лаврова в Турцию состоялся 7–8 июня 2022 года.", date, "2022-06-08")
	a8.ent(ankara)
	a8.ent(cavusogluX)

	sign09 := "Президент Казахстана Касым-Жомарт Токаев и Президент Узбекистана Шавкат Мирзиёев подписали в Ташкенте Договор о союзнических отношениях."
	a9 := article("09_kazakhstan_uzbekistan_treaty.txt", "Казахстан и Узбекистан подписали договор о союзнических отношениях", "2022-12-22", "ru", "UzA").
		rel(graph.RelSigned, tokayev, kzuz, sign09, date, "2022-12-22", placeK, "Tashkent").
		rel(graph.RelSigned, mirziyoyev, kzuz, sign09, date, "2022-12-22", placeK, "Tashkent").
		rel(graph.RelPartyTo, kz, kzuz, sign09, date, "2022-12-22").
		rel(graph.RelPartyTo, uz, kzuz, sign09, date, "2022-12-22").
		rel(graph.RelHoldsOffice, tokayev, kz, sign09, role, pres).
		rel(graph.RelHoldsOffice, mirziyoyev, uz, sign09, role, pres).
		rel(graph.RelMetWith, tokayev, mirziyoyev, "Подписанию предшествовали переговоры глав государств.", date, "2022-12-22", placeK, "Tashkent").
		rel(graph.RelVisited, tokayev, uz, sign09, date, "2022-12-22")
	a9.ent(tashkent)

	sign10 := "Президент России Владимир Путин и Председатель государственных дел КНДР Ким Чен Ын в среду подписали в Пхеньяне Договор о всеобъемлющем стратегическом партнерстве."
	a10 := article("10_russia_dprk_treaty.txt", "Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнерстве", "2024-06-19", "ru", "Interfax").
		rel(graph.RelSigned, putin, rukp, sign10, date, "2024-06-19", placeK, "Pyongyang").
		rel(graph.RelSigned, kim, rukp, sign10, date, "2024-06-19", placeK, "Pyongyang").
		rel(graph.RelPartyTo, ru, rukp, sign10, date, "2024-06-19").
		rel(graph.RelPartyTo, kp, rukp, sign10, date, "2024-06-19").
		rel(graph.RelHoldsOffice, putin, ru, sign10, role, pres).
		rel(graph.RelHoldsOffice, kim, kp, sign10, role, "Chairman of State Affairs").
		rel(graph.RelMetWith, putin, kim, "Документ был подписан по итогам переговоров лидеров.", date, "2024-06-19", placeK, "Pyongyang").
		rel(graph.RelVisited, putin, kp, "Путин находится в КНДР с государственным визитом 18–19 июня 2024 года.", date, "2024-06-18")
	a10.ent(pyongy)

	var out []graph.Record
	for _, b := range []*builder{a1, a2, a3, a4, a5, a6, a7, a8, a9, a10} {
		out = append(out, b.rec)
	}
	return out
}
