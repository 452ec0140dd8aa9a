// Package synth generates synthetic news pages about relations between
// states, in English and Russian, from sentence templates and pools of
// names, for throughput benchmarks only (`diplograph bench gen`). The pages
// look like the real inputs (headline, dateline with the outlet, story,
// a related-links sidebar) but say nothing true about the world.
//
// Next to the pages, Generate can write the Records the pages were built
// from (what a perfect extractor would return), so the store can be
// benchmarked on its own with `diplograph load --from`.
//
// Output depends only on the Options: the same seed gives the same bytes.
// Entity popularity follows a Zipf law, so some people, states and treaties
// appear in thousands of articles, as in real news.
package synth
