package graph

// Article is one news item after loading and cleaning. Body holds the story
// text alone (sidebars and boilerplate removed); it is written to JSON only
// by commands that ask for it (`read`, `extract --with-body`).
type Article struct {
	// ID is the stable hash of the normalized story text (see ArticleID).
	ID string `json:"id"`
	// File is the input path exactly as given on the command line, with a
	// "#N" suffix when one file holds several articles (JSON Lines, feeds).
	File string `json:"file"`
	// URL is the page address when the input names one.
	URL   string `json:"url,omitempty"`
	Title string `json:"title"`
	// Published is the story's own date, ISO YYYY-MM-DD (or YYYY-MM, YYYY),
	// nil when the page does not state one.
	Published *string `json:"published"`
	// Language is the ISO 639-1 code of the story text.
	Language string `json:"language"`
	// Source is the outlet or credited agency, nil when none is named.
	Source  *string  `json:"source"`
	Authors []string `json:"authors"`
	// WordCount counts the words of Body.
	WordCount int    `json:"word_count,omitempty"`
	Body      string `json:"body,omitempty"`
	// DuplicateOf lists ids of articles whose story is a near-duplicate of
	// this one (same story from another outlet); they are linked, not merged.
	DuplicateOf []string `json:"duplicate_of,omitempty"`
}

// Entity is a node extracted from articles. ID is stable across articles and
// scripts (see EntityID); Name is the canonical form, Aliases every other
// form seen, sorted and without Name itself.
type Entity struct {
	ID      string   `json:"id"`
	Label   Label    `json:"label"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	// ISO2 is the ISO 3166-1 alpha-2 code of a State.
	ISO2 string `json:"iso2,omitempty"`
	// Signed is a Treaty's signature date when known.
	Signed string `json:"signed,omitempty"`
	// Start and End bound an Exercise when the text dates it.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Relation is an edge between two entities of the same Record (or, for
// REPORTED_BY and MENTIONS, from the article id). Properties carries the
// type's own properties of SCHEMA.md: "date", "place" (SIGNED, MET_WITH),
// "role" (HOLDS_OFFICE), "count" (MENTIONS, as a decimal string).
type Relation struct {
	Type       RelType           `json:"type"`
	From       string            `json:"from"`
	To         string            `json:"to"`
	Properties map[string]string `json:"properties,omitempty"`
	// Evidence is the supporting sentence, verbatim from the article body.
	Evidence string `json:"evidence,omitempty"`
	// Confidence is in (0, 1].
	Confidence float64 `json:"confidence,omitempty"`
}

// Record is the extraction output for one article: one JSON object per line
// of `diplograph extract`, the input of `diplograph load --from`.
type Record struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}
