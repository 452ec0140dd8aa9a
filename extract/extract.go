package extract

import (
	"github.com/diplograph/diplograph/graph"
)

// Options configure an Extractor.
type Options struct {
	// Gazetteers are extra knowledge-base files (see extract/kb) loaded
	// after the embedded ones.
	Gazetteers []string
}

// Extractor extracts Records from articles. It is safe for concurrent use
// once built: all its state is read-only.
type Extractor struct {
	opts Options
}

// New builds an Extractor, loading the knowledge base.
func New(opts Options) (*Extractor, error) {
	return &Extractor{opts: opts}, nil
}

// Extract returns the Record of one article. The article's Body must be the
// cleaned story text; evidence sentences are verbatim substrings of it.
func (x *Extractor) Extract(a graph.Article) graph.Record {
	rec := graph.Record{Article: a, Entities: []graph.Entity{}, Relations: []graph.Relation{}}
	rec.Article.Body = ""
	if a.Source != nil && *a.Source != "" {
		src := graph.Entity{ID: graph.EntityID(graph.LabelSource, *a.Source), Label: graph.LabelSource, Name: *a.Source, Aliases: []string{}}
		rec.Entities = append(rec.Entities, src)
		rec.Relations = append(rec.Relations, graph.Relation{Type: graph.RelReportedBy, From: a.ID, To: src.ID})
	}
	return rec
}
