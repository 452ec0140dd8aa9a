package graph

// MapLeaves returns a copy of v in which lists ([]any) and maps
// (map[string]any) are rebuilt element by element and every other value is
// replaced by leaf(value). Query results, canonical checksums and JSON
// output each convert driver values this way, with their own leaf.
func MapLeaves(v any, leaf func(any) any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = MapLeaves(e, leaf)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = MapLeaves(e, leaf)
		}
		return out
	}
	return leaf(v)
}
