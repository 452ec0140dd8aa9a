package graph

import (
	"fmt"
	"strings"
)

// Label is a node label of the graph. Only the constants below are valid;
// code that writes to a store must check Valid before using a Label in a
// query, because labels cannot be query parameters in Cypher.
type Label string

// The node labels of the graph contract.
const (
	LabelArticle      Label = "Article"
	LabelSource       Label = "Source"
	LabelPerson       Label = "Person"
	LabelState        Label = "State"
	LabelPlace        Label = "Place"
	LabelOrganization Label = "Organization"
	LabelTreaty       Label = "Treaty"
	LabelExercise     Label = "Exercise"
)

var labels = []Label{
	LabelArticle, LabelSource, LabelPerson, LabelState,
	LabelPlace, LabelOrganization, LabelTreaty, LabelExercise,
}

// Labels returns every valid label in a fixed order (Article first). The
// returned slice is a copy.
func Labels() []Label { return append([]Label(nil), labels...) }

// EntityLabels returns the labels an extracted entity may carry: every label
// except Article.
func EntityLabels() []Label { return append([]Label(nil), labels[1:]...) }

// Valid reports whether l is one of the closed set of labels.
func (l Label) Valid() bool {
	for _, v := range labels {
		if v == l {
			return true
		}
	}
	return false
}

// ParseLabel returns the Label spelled s (case-insensitive) or an error
// naming the valid labels.
func ParseLabel(s string) (Label, error) {
	for _, v := range labels {
		if strings.EqualFold(string(v), s) {
			return v, nil
		}
	}
	return "", fmt.Errorf("unknown label %q (valid: %s)", s, joinLabels(labels))
}

// Prefix is the id prefix of the label: "person" for Person.
func (l Label) Prefix() string { return strings.ToLower(string(l)) }

func joinLabels(ls []Label) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}

// RelType is a relationship type of the graph. Only the constants below are
// valid; like labels, types are checked before they reach a query.
type RelType string

// The relationship types of the graph contract.
const (
	RelSigned         RelType = "SIGNED"
	RelPartyTo        RelType = "PARTY_TO"
	RelMetWith        RelType = "MET_WITH"
	RelVisited        RelType = "VISITED"
	RelHoldsOffice    RelType = "HOLDS_OFFICE"
	RelParticipatedIn RelType = "PARTICIPATED_IN"
	RelHeldIn         RelType = "HELD_IN"
	RelReferences     RelType = "REFERENCES"
	RelReportedBy     RelType = "REPORTED_BY"
	RelMentions       RelType = "MENTIONS"
)

var relTypes = []RelType{
	RelSigned, RelPartyTo, RelMetWith, RelVisited, RelHoldsOffice,
	RelParticipatedIn, RelHeldIn, RelReferences, RelReportedBy, RelMentions,
}

// RelTypes returns every valid relationship type in a fixed order. The
// returned slice is a copy.
func RelTypes() []RelType { return append([]RelType(nil), relTypes...) }

// Valid reports whether t is one of the closed set of relationship types.
func (t RelType) Valid() bool {
	for _, v := range relTypes {
		if v == t {
			return true
		}
	}
	return false
}

// ParseRelType returns the RelType spelled s (case-insensitive) or an error
// naming the valid types.
func ParseRelType(s string) (RelType, error) {
	for _, v := range relTypes {
		if strings.EqualFold(string(v), s) {
			return v, nil
		}
	}
	names := make([]string, len(relTypes))
	for i, v := range relTypes {
		names[i] = string(v)
	}
	return "", fmt.Errorf("unknown relationship type %q (valid: %s)", s, strings.Join(names, ", "))
}

// Symmetric reports whether the type is undirected in meaning (MET_WITH):
// such relations are stored once, from the endpoint with the smaller id.
func (t RelType) Symmetric() bool { return t == RelMetWith }

// Semantic reports whether relations of this type carry provenance
// (articles, evidence, confidence): every type except MENTIONS and
// REPORTED_BY, which are facts about an article itself.
func (t RelType) Semantic() bool { return t != RelMentions && t != RelReportedBy }
