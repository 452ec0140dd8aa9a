package kb

// State is a sovereign state.
type State struct {
	// ISO2 is the ISO 3166-1 alpha-2 code ("TR").
	ISO2 string `yaml:"iso2"`
	// Name is the English short name used as the canonical node name ("Turkey").
	Name string `yaml:"name"`
	// Aliases are other names in any Latin-script language ("Türkiye",
	// "Republic of Turkey", "Turkiye").
	Aliases []string `yaml:"aliases,omitempty"`
	// Adjectives are English adjectives and demonyms ("Turkish", "Turk", "Turks").
	Adjectives []string `yaml:"adjectives,omitempty"`
	// Ru are Russian names in the nominative ("Турция", "Турецкая Республика").
	Ru []string `yaml:"ru,omitempty"`
	// RuAdjectives are Russian adjectives, masculine nominative ("турецкий").
	RuAdjectives []string `yaml:"ru_adjectives,omitempty"`
	// Capital is the canonical name of the capital (a Place).
	Capital string `yaml:"capital,omitempty"`
	// Historical marks a state that no longer exists ("Soviet Union", with
	// its former ISO 3166-1 code "SU"), kept so that treaties can name it as
	// a party.
	Historical bool `yaml:"historical,omitempty"`
	// Source says where the facts come from.
	Source string `yaml:"source,omitempty"`
}

// Place is a city, region, territory, range, sea or landmark that is not a
// state.
type Place struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases,omitempty"`
	// Ru are Russian forms in the nominative ("Шуша").
	Ru []string `yaml:"ru,omitempty"`
	// State is the ISO2 code of the state the place lies in, if any.
	State string `yaml:"state,omitempty"`
	// Kind: capital, city, region, territory, continent, range, sea, ocean,
	// strait, gulf, lake, river, island, peninsula, landmark, venue, base,
	// corridor, desert.
	Kind string `yaml:"kind,omitempty"`
	// Source says where the facts come from.
	Source string `yaml:"source,omitempty"`
}

// Organization is a ministry, armed force, alliance, international body,
// company or media outlet acting in the news.
type Organization struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases,omitempty"`
	Ru      []string `yaml:"ru,omitempty"`
	// State is the ISO2 code of the state the organization belongs to, if any.
	State string `yaml:"state,omitempty"`
	// Kind: alliance, international, ministry, armed_forces, agency,
	// company, media, legislature, government.
	Kind string `yaml:"kind,omitempty"`
	// Charter is the canonical name of the treaty that founds the
	// organization (NATO: North Atlantic Treaty): a state that joins the
	// organization becomes a party to it.
	Charter string `yaml:"charter,omitempty"`
	// Source says where the facts come from.
	Source string `yaml:"source,omitempty"`
}

// Person is a named public figure.
type Person struct {
	// Name is the canonical Latin-script English name ("Recep Tayyip Erdogan").
	Name string `yaml:"name"`
	// Aliases are other Latin-script spellings, with and without diacritics
	// ("Recep Tayyip Erdoğan", "Erdoğan", "Tayyip Erdogan").
	Aliases []string `yaml:"aliases,omitempty"`
	// Ru are Cyrillic full names in the nominative ("Реджеп Тайип Эрдоган").
	Ru []string `yaml:"ru,omitempty"`
	// Gender is "m" or "f" (for Russian surname forms and pronouns).
	Gender  string   `yaml:"gender,omitempty"`
	Offices []Office `yaml:"offices,omitempty"`
	Source  string   `yaml:"source,omitempty"`
}

// Office is a term in one office.
type Office struct {
	// State is the ISO2 code of the state served.
	State string `yaml:"state,omitempty"`
	// Org is the canonical name of the organization served (NATO Secretary
	// General), when not a state office.
	Org string `yaml:"org,omitempty"`
	// Role is a normalized role name (see Role.Name): "President",
	// "Prime Minister", "Minister of Defence", "Minister of Foreign Affairs",
	// "Chief of General Staff", …
	Role string `yaml:"role"`
	// From and To are ISO dates; an empty To means still in office.
	From string `yaml:"from,omitempty"`
	To   string `yaml:"to,omitempty"`
}

// Treaty is a well-known treaty, declaration or agreement.
type Treaty struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases,omitempty"`
	Ru      []string `yaml:"ru,omitempty"`
	// Signed is the ISO signature date.
	Signed string `yaml:"signed,omitempty"`
	// Parties are ISO2 codes.
	Parties []string `yaml:"parties,omitempty"`
	Source  string   `yaml:"source,omitempty"`
}

// Exercise is a recurring military exercise series ("Zapad", "Malabar");
// a text's "Zapad-2021" is an edition of it.
type Exercise struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases,omitempty"`
	Ru      []string `yaml:"ru,omitempty"`
	// States are ISO2 codes of the usual participants or hosts.
	States []string `yaml:"states,omitempty"`
	Source string   `yaml:"source,omitempty"`
}

// Role is a normalized office with the words that name it.
type Role struct {
	// Name is the normalized English role ("Minister of Defence").
	Name string `yaml:"name"`
	// En are English cue phrases, lower case ("defence minister",
	// "defense minister", "minister of defense", "head of the defence ministry").
	En []string `yaml:"en,omitempty"`
	// Ru are Russian cue phrases in the nominative, lower case
	// ("министр обороны", "глава минобороны").
	Ru []string `yaml:"ru,omitempty"`
	// HeadOfState marks roles that "the head of state" / «глава государства» refers to.
	HeadOfState bool `yaml:"head_of_state,omitempty"`
}

// File is the layout of one knowledge-base YAML file: any subset of the
// sections.
type File struct {
	Version       string         `yaml:"version,omitempty"`
	States        []State        `yaml:"states,omitempty"`
	Places        []Place        `yaml:"places,omitempty"`
	Organizations []Organization `yaml:"organizations,omitempty"`
	People        []Person       `yaml:"people,omitempty"`
	Treaties      []Treaty       `yaml:"treaties,omitempty"`
	Exercises     []Exercise     `yaml:"exercises,omitempty"`
	Roles         []Role         `yaml:"roles,omitempty"`
	// FirstNames are common given names in any script ("John", "Сергей",
	// "Kassym-Jomart"): an unknown capitalized pair that starts with one
	// is taken for a person's name.
	FirstNames []string `yaml:"first_names,omitempty"`
}
