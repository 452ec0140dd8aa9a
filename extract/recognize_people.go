package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// openRoles take their complement into the role name ("Governor of Kars",
// "Commander of the 3rd Army").
var openRoles = map[string]bool{
	"Governor": true, "Commander": true, "Mayor": true, "Director General": true, "Head": true,
	"Chief": true, "Chairman": true, "Speaker": true, "Secretary General": true, "Press Secretary": true,
}

// orgPrefix marks an office held in an organization rather than a state
// (textOffice.iso = orgPrefix + organization name).
const orgPrefix = "org:"

// strongRanks are military ranks that announce a name.
var strongRanks = setOfKeys(`general admiral colonel lieutenant brigadier marshal gen adm col lt brig генерал адмирал полковник маршал`)

// unitWords name military units and bodies, never people.
var unitWords = setOfKeys(`brigade brigades regiment battalion division corps fleet squadron flotilla command forces army navy guard
бригада бригады полк батальон дивизия корпус флот эскадрилья`)

// titleModifiers stand between a state and a title: "the U.S. special
// envoy", "Russia's presidential envoy".
var titleModifiers = setOfKeys(`special presidential personal senior top chief acting visiting`)

// portfolios are the words of a minister's portfolio: "Information
// Minister", "Minister of Home Affairs", "Minister for Foreign Trade and
// Economic Relations". General vocabulary of government, not of any page.
var portfolios = setOfKeys(`information finance finances interior justice health economy economic trade energy
agriculture education culture transport transportation industry industries labour labor environment tourism
communications communication home internal affairs foreign development emergency situations security
science technology digital infrastructure housing planning investment investments commerce mines mining
petroleum oil gas water resources natural fisheries youth sports sport women family social welfare public works
treasury customs veterans religious higher territorial administration regional integration cooperation
european power electricity aviation civil maritime ports shipping telecommunications post immigration
citizenship strategic heavy light relations national local government budget labour employment culture
trade commerce presidential cabinet federal`)

// roleRef is a title without a name: "the President of Turkey",
// «президента Турции», "the two defence ministers", "his counterpart".
type roleRefMention struct {
	sent, i, j  int
	role        string
	iso         string
	plural      bool
	headOfState bool
	// count is the number a plural title gives ("the two presidents").
	count int
}

// findPeople attaches titles to names and finds people by title, by a
// known first name, or by a knowledge-base name. It returns new person
// mentions (pattern) and title references without names; kbPeople are
// updated in place with the titles found next to them.
func (c *sentCtx) findPeople() (people []mention, refs []roleRefMention) {
	var plurals []pluralTitle
	toks := c.toks
	taken := make([]bool, len(toks))
	defer func() {
		people = c.postposedStates(people, plurals, taken)
		people = c.respectively(people, taken)
	}()
	for _, m := range c.kb {
		for k := m.i; k < m.j; k++ {
			taken[k] = true
		}
		// "Mohammed bin Salman bin Abdulaziz Al Saud": the rest of a known
		// person's Arabic name (father, family) is not another person
		if m.label == graph.LabelPerson {
			for k := m.j; k+1 < len(toks) && nasabWords[toks[k].fold] && isNameWord(toks[k+1]); k += 2 {
				taken[k], taken[k+1] = true, true
			}
		}
	}
	// title words are not names ("PM Pashinyan")
	for _, rm := range c.roles {
		for k := rm.i; k < rm.j; k++ {
			taken[k] = true
		}
	}
	// an unknown first name before a known surname is another person of
	// that surname: "Journalist Imran Aliyev", "Dursun Hasanov"
	for i := 0; i+1 < len(toks); i++ {
		if taken[i] || taken[i+1] || !isNameWord(toks[i]) || !isNameWord(toks[i+1]) || rankWords[toks[i].key] {
			continue
		}
		if len(c.g.surnames[toks[i+1].key]) == 0 || toks[i].cyr != toks[i+1].cyr || i == 0 && !c.g.firstNames[toks[i].key] {
			continue
		}
		if i+2 < len(toks) && (isNameWord(toks[i+2]) || toks[i+2].text == "-" && toks[i+2].start == toks[i+1].end) {
			continue
		}
		m := mention{sent: c.si, i: i, j: i + 2, label: graph.LabelPerson, entry: -1, ent: -1}
		m.name = c.text(i, i+2)
		people = append(people, m)
		taken[i], taken[i+1] = true, true
		i++
	}
	// a military rank before two name words: "Colonel General Karim
	// Valiyev", «генерал-полковник Керим Велиев»
	for i := 0; i < len(toks); i++ {
		if !strongRanks[toks[i].key] || taken[i] {
			continue
		}
		q := i
		for q < len(toks) && (rankWords[toks[q].key] || toks[q].text == "-" || toks[q].text == "." && q > i) {
			q++
		}
		e := q
		for e < len(toks) && e-q < 3 && !taken[e] && isNameWord(toks[e]) && len([]rune(toks[e].text)) > 1 {
			e++
		}
		if e-q < 2 || e < len(toks) && isNameWord(toks[e]) {
			i = q
			continue
		}
		m := mention{sent: c.si, i: q, j: e, label: graph.LabelPerson, entry: -1, ent: -1}
		m.name = c.text(q, e)
		people = append(people, m)
		for t := q; t < e; t++ {
			taken[t] = true
		}
		i = e - 1
	}
	// first-name cue: "Robert Gates", «Уди Адам»
	for i := 0; i < len(toks); i++ {
		if taken[i] || !isNameWord(toks[i]) || !c.g.firstNames[toks[i].key] {
			continue
		}
		if i > 0 && toks[i-1].upper && len(toks[i-1].text) <= 4 && !toks[i-1].cyr {
			continue // "USS John S. McCain" is a ship
		}
		e := i + 1
		nick := [2]int{-1, -1} // a quoted nickname inside the name
		for e < len(toks) && e-i < 5 && !taken[e] && toks[e].cyr == toks[i].cyr {
			if isNameWord(toks[e]) && len([]rune(toks[e].text)) > 1 {
				e++
				continue
			}
			// a nickname: Thomas "Mack" McLarty, Joko "Jokowi" Widodo
			if nick[0] < 0 && e == i+1 && e+3 < len(toks) && opensQuote(toks[e]) && toks[e+1].cap && toks[e+1].word &&
				closesQuote(toks[e+2]) && isNameWord(toks[e+3]) && !taken[e+3] {
				nick = [2]int{e, e + 3}
				e += 3
				continue
			}
			// Arabic and other name particles: "Musaed bin Mohammed
			// Al-Aiban", "Abdullah ibn Saud", "Ahmed Abu Zeid"
			if e+1 < len(toks) && nameParticles[toks[e].fold] && !taken[e+1] && isNameWord(toks[e+1]) {
				e += 2
				continue
			}
			// a hyphenated surname: "Kwesi Ofori-Atta", "John Smith-Jones"
			if toks[e].text == "-" && e > i && toks[e].start == toks[e-1].end && e+1 < len(toks) && toks[e+1].start == toks[e].end &&
				!taken[e+1] && isNameWord(toks[e+1]) && toks[e+1].cyr == toks[i].cyr {
				e += 2
				continue
			}
			// a hyphenated particle: «Наваф аль-Ахмед», "Ahmed al-Jaber"
			if e+2 < len(toks) && nameParticles[toks[e].fold] && toks[e+1].text == "-" && !taken[e+2] && isNameWord(toks[e+2]) {
				e += 3
				continue
			}
			if toks[e].text == "-" && e+1 < len(toks) && !taken[e+1] && isNameWord(toks[e+1]) && nameParticles[toks[e-1].fold] {
				e += 2
				continue
			}
			// an initial: "John S. McCain"
			if len([]rune(toks[e].text)) == 1 && toks[e].cap && e+2 < len(toks) && toks[e+1].text == "." && isNameWord(toks[e+2]) {
				e += 2
				continue
			}
			break
		}
		if e-i < 2 || toks[e-1].text == "." || nick[0] >= 0 && e == nick[1] {
			continue
		}
		m := mention{sent: c.si, i: i, j: e, label: graph.LabelPerson, entry: -1, ent: -1}
		m.name = c.text(i, e)
		if nick[0] >= 0 {
			m.name = c.text(i, nick[0]) + " " + c.text(nick[1], e)
		}
		people = append(people, m)
		for t := i; t < e; t++ {
			taken[t] = true
		}
		i = e - 1
	}
	for _, rm := range c.roles {
		role := rm.role
		iso := ""
		former := false
		for k := rm.i - 1; k >= 0 && k >= rm.i-3; k-- {
			f := toks[k].fold
			if f == "former" || f == "ex" || f == "late" || strings.HasPrefix(f, "бывш") || f == "экс" {
				former = true
			}
		}
		counterpart := role == "counterpart"
		if rm.adjISO != "" {
			iso = rm.adjISO
		}
		// a portfolio before the title: "Eritrea's Information Minister"
		start := rm.i
		if role == "Minister" {
			b := rm.i
			for b-1 >= 0 && toks[b-1].cap && portfolios[toks[b-1].key] && c.cover[b-1] < 0 {
				b--
			}
			if b < rm.i && !portfolioJoiner(toks[b].key) {
				role, start = "Minister of "+c.text(b, rm.i), b
			}
		}
		// state before: "Azerbaijani Defence Minister", "Australia's", "Turkish counterpart",
		// past a modifier: "the U.S. special envoy"
		k := start
		for k-1 >= 0 && titleModifiers[toks[k-1].fold] && !toks[k-1].cap {
			k--
		}
		if k-1 >= 0 && c.has(k-1, "national") && role == "Minister of Defence" {
			k--
		}
		if k-2 >= 0 && toks[k-1].fold == "s" && toks[k-2].fold == "'" {
			k -= 2
		}
		stateStart := -1
		if m, ok := c.stateEndingAt(k); ok {
			iso, stateStart = c.g.entries[m.entry].iso2, m.i
		} else if k-1 >= 0 && c.cover[k-1] >= 0 {
			m := c.kb[c.cover[k-1]]
			if m.j == k && m.label == graph.LabelPlace {
				if e := c.g.entries[m.entry]; e.kind == "capital" {
					iso = e.iso2
				}
			}
		}
		// "Russian Foreign Ministry spokeswoman": a state before the
		// capitalized name of the office's body
		// "Nato's secretary general": the organization's possessive
		orgEnd := rm.i
		if orgEnd-2 >= 1 && toks[orgEnd-1].fold == "s" && toks[orgEnd-2].fold == "'" {
			orgEnd -= 2
		}
		if iso == "" && orgEnd > 0 && c.cover[orgEnd-1] >= 0 {
			if m := c.kb[c.cover[orgEnd-1]]; m.j == orgEnd && m.label == graph.LabelOrganization {
				// "Russian Foreign Ministry spokeswoman"; "NATO Secretary
				// General": an office in the organization itself
				if iso = c.g.entries[m.entry].iso2; iso == "" {
					iso = orgPrefix + c.g.entries[m.entry].name
				}
			}
		}
		if iso == "" {
			for k2 := rm.i - 1; k2 >= 1 && k2 >= rm.i-3; k2-- {
				if !toks[k2].word || !toks[k2].cap || c.cover[k2] >= 0 {
					break
				}
				if m, ok := c.stateEndingAt(k2); ok {
					iso, stateStart = c.g.entries[m.entry].iso2, m.i
					break
				}
			}
		}
		p := rm.j
		// a portfolio after the title: "Minister of Information Yemane
		// Gebremeskel", "Minister for Home Affairs"
		if role == "Minister" && (c.has(p, "of") || c.has(p, "for")) {
			e := p + 1
			for e < len(toks) && (toks[e].cap && portfolios[toks[e].key] || e > p+1 && portfolioJoiner(toks[e].key) && e+1 < len(toks) && toks[e+1].cap && portfolios[toks[e+1].key]) && c.cover[e] < 0 {
				e++
			}
			// only before a name: "the Ministers of Foreign Affairs of
			// Azerbaijan, Georgia and Turkey" names nobody
			if e > p+1 && e < len(toks) && isNameWord(toks[e]) && (c.cover[e] < 0 || c.kb[c.cover[e]].label == graph.LabelPerson) {
				role, p = "Minister of "+c.text(p+1, e), e
			}
		}
		// the host after an ambassador's title: "Japanese Ambassador to
		// Seoul Yasumasa Nagamine", "Ambassador to Turkey"
		if role == "Ambassador" && (c.has(p, "to") || c.has(p, "in")) {
			q := p + 1
			if c.has(q, "the") {
				q++
			}
			if m, ok := c.kbAt(q); ok && (m.label == graph.LabelState || m.label == graph.LabelPlace) && !m.adj {
				p = m.j
			}
		}
		ofState := false // the office is of the state itself
		// complement: "of Azerbaijan", "of the Republic of Kazakhstan", «Турции»
		if c.has(p, "of") {
			q := p + 1
			if c.has(q, "the") {
				q++
			}
			if m, ok := c.kbAt(q); ok && m.label == graph.LabelOrganization && iso == "" && !openRoles[role] {
				// "Chair of the NATO Military Committee", "Secretary General of
				// the Collective Security Treaty Organization": the office is
				// in the organization (or its state's body)
				if iso = c.g.entries[m.entry].iso2; iso == "" {
					iso = orgPrefix + c.g.entries[m.entry].name
				}
			}
			if m, ok := c.stateAt(q); ok && !m.adj {
				iso, p = c.g.entries[m.entry].iso2, m.j
				ofState = true
			} else if ok && m.adj && m.j < len(toks) && toks[m.j].cap && !openRoles[role] {
				// "Chief of the General Staff of the Georgian Defence Forces"
				e := m.j
				for _, k := range c.kb {
					if k.label == graph.LabelOrganization && k.i <= q && k.j > e {
						e = k.j
					}
				}
				for e < len(toks) && toks[e].word && toks[e].cap && !rankWords[toks[e].key] && !c.g.firstNames[toks[e].key] && c.cover[e] < 0 && e > m.j-1 {
					if e > m.j && orgHeads[toks[e-1].key] {
						break
					}
					e++
				}
				iso, p = c.g.entries[m.entry].iso2, e
			} else if openRoles[role] && q < len(toks) && (toks[q].cap || toks[q].word && !toks[q].num && hasDigit(toks[q].text)) {
				e := q
				for e < len(toks) && toks[e].word && (toks[e].cap || hasDigit(toks[e].text)) {
					if kbm, ok := c.kbAt(e); ok {
						if kbm.label != graph.LabelPerson {
							e = kbm.j
						}
						if kbm.label == graph.LabelOrganization {
							continue // "the NATO Military Committee"
						}
						break
					}
					if orgHeads[toks[e].key] {
						e++
						// "of the Communist Party of Vietnam": a body of a state
						if c.has(e, "of") {
							if m, ok := c.stateAt(e + 1); ok && !m.adj {
								e = m.j
							}
						}
						break
					}
					if rankWords[toks[e].key] || c.g.firstNames[toks[e].key] {
						break
					}
					e++
				}
				if m, ok := c.kbAt(q); ok && m.label == graph.LabelPlace && iso == "" {
					iso = c.g.entries[m.entry].iso2
				}
				// "Chair of the NATO Military Committee": the organization's office
				if m, ok := c.kbAt(q); ok && m.label == graph.LabelOrganization && iso == "" {
					if iso = c.g.entries[m.entry].iso2; iso == "" {
						iso = orgPrefix + c.g.entries[m.entry].name
					}
				}
				// "General Secretary of the Communist Party of Vietnam": a
				// party or body named in the complement holds the office
				if iso == "" && e > q+1 && c.stateWithin(q, e) {
					for k := q; k < e; k++ {
						if orgHeads[toks[k].key] && toks[k].cap && toks[k].fold != "ministry" {
							iso = orgPrefix + c.text(q, e)
							break
						}
					}
				}
				role = role + " " + c.text(p, e)
				p = e
			}
		} else if m, ok := c.stateAt(p); ok && !m.adj && toks[m.i].cyr {
			iso, p = c.g.entries[m.entry].iso2, m.j
			ofState = true
			// «посол Турции в Азербайджане»: skip the host state
			if c.has(p, "в", "во") {
				if m2, ok := c.stateAt(p + 1); ok {
					p = m2.j
				} else if c.has(p+1, "нашей", "нашу") && c.has(p+2, "стране", "страну") {
					p += 3 // «посла Китая в нашей стране Го Минь»
				} else if c.has(p+1, "стране") {
					p += 2
				}
			}
		} else if (rm.role == "Head" || rm.role == "Chief") && !rm.plural {
			continue
		}
		if (rm.role == "Head" || rm.role == "Chief") && role == rm.role && !rm.plural {
			continue
		}
		// «генеральный директор министерства генерал запаса Иван Петров»:
		// a Russian title's lower-case genitive complement
		// (not after the state: «Министр обороны Турции также был
		// принят …» goes on with the clause)
		if toks[rm.i].cyr && !ofState && iso == "" {
			q := p
			for n := 0; n < 5 && q < len(toks) && toks[q].word && toks[q].cyr && !toks[q].cap && !rankWords[toks[q].key] && !ruPreps[toks[q].fold] && !ruClauseWords[toks[q].fold]; n++ {
				q++
			}
			// only a complement that ends at a name or a rank is one
			if q < len(toks) && (isNameWord(toks[q]) || rankWords[toks[q].key]) {
				p = q
			}
		}
		// name after the title, past ranks and a comma
		q := p
		for q < len(toks) && (toks[q].text == "," || toks[q].text == "-" || toks[q].text == "." || rankWords[toks[q].key] || rankWords[toks[q].fold] ||
			!toks[q].cap && honorifics[toks[q].fold]) {
			q++
			if q-p > 6 {
				break
			}
		}
		if former {
			role = ""
		}
		personRole := role
		if ofState {
			personRole = headOfStateRole(role)
		}
		if rm.plural && !former {
			plurals = append(plurals, pluralTitle{pos: q, role: personRole, iso: iso})
		}
		if m, ok := c.kbAt(q); ok && m.label == graph.LabelPerson {
			k := c.cover[q]
			c.kb[k].role, c.kb[k].roleISO, c.kb[k].counterpart, c.kb[k].former = personRole, iso, counterpart, former
			continue
		}
		attached := false
		for x := range people {
			if people[x].i == q {
				people[x].role, people[x].roleISO, people[x].counterpart, people[x].former = personRole, iso, counterpart, former
				attached = true
			}
		}
		if attached {
			continue
		}
		e := q
		// up to four name words, with the particles and hyphens between
		// them: "Fernando de Trazegnies", «Навафа аль-Ахмеда ас-Сабаха»
		for words := 0; e < len(toks) && words < 4 && !taken[e] && (isNameWord(toks[e]) || toks[e].text == "-" && e+1 < len(toks) && isNameWord(toks[e+1]) && e > q ||
			e > q && particleBefore(toks, e)); {
			if e > q && toks[e].word && toks[e].cyr != toks[q].cyr {
				break
			}
			if isNameWord(toks[e]) && !nameParticles[toks[e].fold] {
				words++
			}
			e++
		}
		// a particle before a name another rule took joins the two:
		// «эмир шейх Наваф аль-Ахмед …» where «Ахмед …» was found first
		for e > q+1 && (toks[e-1].text == "-" || nameParticles[toks[e-1].fold] && !toks[e-1].cap) {
			e--
		}
		if e > q && particleBefore(toks, e) {
			k := e + 1
			if toks[k].text == "-" {
				k++
			}
			merged := false
			for x := range people {
				if people[x].i == k {
					people[x].i = q
					people[x].name = c.text(q, people[x].j)
					people[x].role, people[x].roleISO, people[x].counterpart, people[x].former = personRole, iso, counterpart, former
					for t := q; t < k; t++ {
						taken[t] = true
					}
					merged = true
				}
			}
			if merged {
				continue
			}
		}
		if e-q >= 2 || e-q == 1 && !c.isOtherEntity(q) {
			m := mention{sent: c.si, i: q, j: e, label: graph.LabelPerson, entry: -1, role: personRole, roleISO: iso, counterpart: counterpart, ent: -1, former: former}
			m.name = c.text(q, e)
			people = append(people, m)
			for t := q; t < e; t++ {
				taken[t] = true
			}
			continue
		}
		// appositive: "Linda Reynolds, Australia's Defence Minister"
		b := rm.i
		if stateStart >= 0 {
			b = stateStart
		}
		if c.has(b-1, "the") {
			b--
		}
		if b-1 >= 0 && toks[b-1].text == "," {
			found := false
			for x := range c.kb {
				if c.kb[x].label == graph.LabelPerson && c.kb[x].j == b-1 && c.kb[x].role == "" {
					c.kb[x].role, c.kb[x].roleISO = role, iso
					found = true
				}
			}
			for x := range people {
				if people[x].j == b-1 && people[x].role == "" {
					people[x].role, people[x].roleISO = role, iso
					found = true
				}
			}
			if found {
				continue
			}
		}
		if counterpart && iso == "" || former {
			continue
		}
		ref := roleRefMention{sent: c.si, i: rm.i, j: p, role: role, iso: iso, plural: rm.plural, headOfState: rm.headOfState}
		for k := rm.i - 1; k >= 0 && k >= rm.i-3; k-- {
			if n := countWord(toks[k].fold); n > 0 {
				ref.count = n
			}
		}
		if rm.j < len(toks) {
			if n := countWord(toks[rm.j].fold); n > 0 {
				ref.count = n // «главы двух стран»
			}
		}
		refs = append(refs, ref)
	}
	return people, refs
}

// isOtherEntity reports whether token i starts a knowledge-base mention
// that is not a person.
func (c *sentCtx) isOtherEntity(i int) bool {
	m, ok := c.kbAt(i)
	return ok && m.label != graph.LabelPerson
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// nameParticles join the parts of a person's name: "bin", "ibn", "Al-",
// "de", "van", "von", «бен», «аль».
var nameParticles = setOfKeys(`bin bint ibn al el abu abd de da del der van von ben бен бин ибн аль эль абу ван фон ас ад ат аш ар ан аз эд эс эр`)

// ruPreps end a title's lower-case genitive complement: «эмира Катара в
// аэропорту Эль-Улы» names no one.
var ruPreps = setOfKeys(`в во на из с со к ко по у о об при для от до за над под перед между через`)

// honorifics stand between a title and a name in lower case: «эмир
// Кувейта шейх Наваф …»; capitalized, "Sheikh" is part of a name
// ("Prime Minister Sheikh Hasina").
var honorifics = map[string]bool{"шейх": true, "шейха": true, "шейхом": true, "шейху": true, "sheikh": true}

// ruClauseWords continue a sentence, not a title: «министр … также был
// принят».
var ruClauseWords = setOfKeys(`также тоже был была было были уже еще ещё не лично вновь затем вчера сегодня`)

// particleBefore reports a lower-case name particle at e before a name
// word, directly or after a hyphen: "de Trazegnies", «аль-Ахмеда».
func particleBefore(toks []token, e int) bool {
	if e < 0 || e+1 >= len(toks) || !nameParticles[toks[e].fold] || toks[e].cap {
		return false
	}
	if isNameWord(toks[e+1]) {
		return true
	}
	return toks[e+1].text == "-" && e+2 < len(toks) && isNameWord(toks[e+2])
}

// pluralTitle is a plural title before a list of names: "Presidents
// Alberto Fujimori of Peru and Jamil Mahuad of Ecuador"; pos is the first
// name's token.
type pluralTitle struct {
	pos       int
	role, iso string
}

// postposedStates completes titles with the state named after the name
// ("President Carlos Menem of Argentina") and carries a plural title over
// the list of names it heads ("Presidents A of Peru and B of Ecuador", "the
// foreign ministers, A of Peru and B of Ecuador"), naming list members no
// other rule found.
func (c *sentCtx) postposedStates(people []mention, plurals []pluralTitle, taken []bool) []mention {
	toks := c.toks
	// "the Zayed First Brigade", "Ahmed Shah Massoud Division": a unit
	// named after a person is not a person
	kept := people[:0]
	for _, m := range people {
		unit := false
		for k := m.i; k < m.j; k++ {
			if toks[k].cap && unitWords[toks[k].key] {
				unit = true
			}
		}
		if m.j < len(toks) && toks[m.j].cap && unitWords[toks[m.j].key] {
			unit = true
		}
		if !unit {
			kept = append(kept, m)
		}
	}
	people = kept
	person := func(i int) *mention { return c.personAt(people, i) }
	// stateAfter returns the state of "of STATE" at j, and the end.
	stateAfter := func(j int) (string, int) {
		if !c.has(j, "of") {
			return "", j
		}
		if m, ok := c.stateAt(j + 1); ok && !m.adj {
			return c.g.entries[m.entry].iso2, m.j
		}
		return "", j
	}
	for x := range people {
		m := &people[x]
		// a Korean given name's lower-case second syllable: "Choi Soon-sil"
		if e := m.j; e+1 < len(toks) && toks[e].text == "-" && toks[e].start == toks[e-1].end && koreanSyllable(toks[e+1]) && toks[e+1].start == toks[e].end && !taken[e+1] {
			m.j = e + 2
			m.name = c.text(m.i, m.j)
			taken[e], taken[e+1] = true, true
		}
		if m.role != "" && m.roleISO == "" && !m.counterpart {
			m.roleISO, _ = stateAfter(m.j)
		}
	}
	for x := range c.kb {
		if m := &c.kb[x]; m.label == graph.LabelPerson && m.role != "" && m.roleISO == "" && !m.counterpart {
			m.roleISO, _ = stateAfter(m.j)
		}
	}
	for _, pt := range plurals {
		m := person(pt.pos)
		for n := 0; m != nil && n < 6; n++ {
			_, end := stateAfter(m.j)
			if !(c.has(end, "and") || c.has(end, ",")) {
				break
			}
			next := end + 1
			if c.has(next, "and") {
				next++
			}
			nm := person(next)
			if nm == nil {
				e := next
				for e < len(toks) && e-next < 4 && !taken[e] && (isNameWord(toks[e]) ||
					e > next && nameParticles[toks[e].fold] && !toks[e].cap && e+1 < len(toks) && isNameWord(toks[e+1])) {
					e++
				}
				if e-next < 2 || c.isOtherEntity(next) {
					break
				}
				people = append(people, mention{sent: c.si, i: next, j: e, label: graph.LabelPerson, entry: -1, ent: -1, name: c.text(next, e)})
				for t := next; t < e; t++ {
					taken[t] = true
				}
				nm = &people[len(people)-1]
			}
			if nm.role == "" {
				nm.role = pt.role
				if nm.roleISO, _ = stateAfter(nm.j); nm.roleISO == "" {
					nm.roleISO = pt.iso
				}
			}
			m = nm
		}
	}
	return people
}

func opensQuote(t token) bool  { o, _ := isQuote(t); return o }
func closesQuote(t token) bool { _, c := isQuote(t); return c }

// koreanSyllable reports a lower-case Latin syllable of two to four
// letters, the second half of a hyphenated Korean given name.
func koreanSyllable(t token) bool {
	n := len(t.text)
	if !t.word || t.cap || t.cyr || t.num || n < 2 || n > 4 {
		return false
	}
	for _, r := range t.text {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// respectively pairs a plural title's states with the names listed after
// them, in order: "the foreign ministers of Armenia and Turkey, Edward
// Nalbandian and Ahmet Davutoglu, signed …" gives Nalbandian Armenia's
// title and Davutoglu Turkey's. Names no other rule found are added.
func (c *sentCtx) respectively(people []mention, taken []bool) []mention {
	toks := c.toks
	for _, rm := range c.roles {
		if !rm.plural || rm.role == "counterpart" || !c.has(rm.j, "of") {
			continue
		}
		k := rm.j + 1
		var isos []string
		for {
			if c.has(k, "the") {
				k++
			}
			m, ok := c.stateAt(k)
			if !ok || m.adj {
				break
			}
			isos = append(isos, c.g.entries[m.entry].iso2)
			k = m.j
			if c.has(k, ",") && k+1 < len(toks) {
				if _, next := c.stateAt(k + 1); next {
					k++
					continue
				}
			}
			if !c.has(k, "and", "и") {
				break
			}
			k++
		}
		if len(isos) < 2 || !c.has(k, ",") {
			continue
		}
		k++
		type slot struct{ i, j int }
		var names []slot
		for n := 0; n < len(isos) && k < len(toks); n++ {
			e := k
			if m := c.personAt(people, k); m != nil {
				e = m.j
			} else {
				for e < len(toks) && e-k < 4 && (isNameWord(toks[e]) || e > k && particleBefore(toks, e)) {
					e++
				}
				if e-k < 2 {
					break
				}
			}
			names = append(names, slot{k, e})
			k = e
			if c.has(k, ",") {
				k++
			}
			if c.has(k, "and", "и") {
				k++
			}
		}
		if len(names) != len(isos) {
			continue
		}
		for n, sl := range names {
			if m := c.personAt(people, sl.i); m != nil {
				if m.role == "" || m.roleISO == "" {
					m.role, m.roleISO = rm.role, isos[n]
				}
				continue
			}
			if !taken[sl.i] {
				people = append(people, mention{sent: c.si, i: sl.i, j: sl.j, label: graph.LabelPerson, entry: -1, ent: -1,
					name: c.text(sl.i, sl.j), role: rm.role, roleISO: isos[n]})
				for t := sl.i; t < sl.j; t++ {
					taken[t] = true
				}
			}
		}
	}
	return people
}

// personAt returns the person mention starting at token i: one of people
// or a knowledge-base person of the sentence; nil when there is none.
func (c *sentCtx) personAt(people []mention, i int) *mention {
	for x := range people {
		if people[x].i == i {
			return &people[x]
		}
	}
	if i >= 0 && i < len(c.toks) && c.cover[i] >= 0 {
		if k := c.cover[i]; c.kb[k].label == graph.LabelPerson && c.kb[k].i == i {
			return &c.kb[k]
		}
	}
	return nil
}

// portfolioJoiner reports the words that join portfolio words: "Foreign
// Trade and Economic Relations", "Youth & Sports".
func portfolioJoiner(key string) bool { return key == "and" || key == "&" }

// stateWithin reports a state named by name inside tokens [i, j).
func (c *sentCtx) stateWithin(i, j int) bool {
	for _, m := range c.kb {
		if m.label == graph.LabelState && !m.adj && m.i >= i && m.j <= j {
			return true
		}
	}
	return false
}

// headOfStateRole maps the chairman of a state itself («председатель КНР»,
// "Chairman of the People's Republic of China") — not of a body of it —
// to the head of state's role, President.
func headOfStateRole(role string) string {
	if role == "Chairman" {
		return "President"
	}
	return role
}

// nasabWords join the parts of an Arabic name ("bin Abdulaziz", "Al Saud").
var nasabWords = setOfKeys(`bin ibn bint ben al`)
