// Package yamlnode builds the YAML node trees the knowledge-base
// generators (internal/gen, internal/gencities) write: string scalars,
// flow-style lists, and a two-space-indented encoding.
package yamlnode

import (
	"bytes"

	"go.yaml.in/yaml/v3"
)

// Str is a string scalar (always tagged !!str, so "NO" or "2001" stay strings).
func Str(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }

// AddScalar appends the key k with the string v to the mapping m, unless v
// is empty.
func AddScalar(m *yaml.Node, k, v string) {
	if v != "" {
		m.Content = append(m.Content, Str(k), Str(v))
	}
}

// AddList appends the key k with vs as a flow-style list to the mapping m,
// unless vs is empty.
func AddList(m *yaml.Node, k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	l := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, v := range vs {
		l.Content = append(l.Content, Str(v))
	}
	m.Content = append(m.Content, Str(k), l)
}

// Encode writes root with a two-space indent.
func Encode(root *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
