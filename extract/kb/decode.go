package kb

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// rawFile is one decoded file with the line of every entry, so that
// problems found later (merging, cross references) can name their place.
type rawFile struct {
	name string
	file File
	// lines[section][i] is the line of entry i of that section.
	lines map[string][]int
}

// lineOf returns the line of entry i of section, 0 when unknown.
func (r *rawFile) lineOf(section string, i int) int {
	if ls := r.lines[section]; i < len(ls) {
		return ls[i]
	}
	return 0
}

var lineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// decodeFile parses one knowledge-base file strictly: unknown fields,
// wrong types, duplicate keys and syntax errors are reported with the file
// name and line. It parses the YAML once into a node tree, checks field
// names against the struct tags of File by reflection (the node API of
// yaml.v3 has no KnownFields switch), then decodes the tree.
func decodeFile(name string, data []byte) (*rawFile, ErrorList) {
	var errs ErrorList
	r := &rawFile{name: name, lines: map[string][]int{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		addYAMLError(&errs, name, err)
		return nil, errs
	}
	if len(doc.Content) == 0 { // empty file
		return r, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		errs.add(name, root.Line, "", "top level must be a mapping of sections (version, states, places, organizations, people, treaties, exercises, roles, first_names)")
		return nil, errs
	}
	cache := map[reflect.Type]map[string]reflect.Type{}
	fileType := reflect.TypeFor[File]()
	fields := fieldsOf(fileType, cache)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		ft, ok := fields[k.Value]
		if !ok {
			errs.add(name, k.Line, "", "unknown section %q (known: %s)", k.Value, knownList(fields))
			continue
		}
		if v.Kind != yaml.SequenceNode {
			if ft.Kind() == reflect.Slice && !(v.Kind == yaml.ScalarNode && v.Tag == "!!null") {
				errs.add(name, v.Line, "", "section %q must be a list", k.Value)
			}
			continue
		}
		lines := make([]int, len(v.Content))
		for j, item := range v.Content {
			lines[j] = item.Line
			entry := fmt.Sprintf("%s[%d]", k.Value, j)
			if n := entryName(item); n != "" {
				entry += " " + n
			}
			checkFields(item, ft.Elem(), name, entry, cache, &errs)
		}
		r.lines[k.Value] = lines
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if err := doc.Decode(&r.file); err != nil {
		addYAMLError(&errs, name, err)
		return nil, errs
	}
	return r, nil
}

// entryName returns the name: (or iso2:) of a mapping node, for messages.
func entryName(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	var iso string
	for i := 0; i+1 < len(n.Content); i += 2 {
		switch n.Content[i].Value {
		case "name":
			return n.Content[i+1].Value
		case "iso2":
			iso = n.Content[i+1].Value
		}
	}
	return iso
}

// checkFields reports mapping keys that t (a struct, or slices of structs
// below it) has no field for.
func checkFields(n *yaml.Node, t reflect.Type, file, entry string, cache map[reflect.Type]map[string]reflect.Type, errs *ErrorList) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case n.Kind == yaml.AliasNode:
		return
	case t.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		fields := fieldsOf(t, cache)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			ft, ok := fields[k.Value]
			if !ok {
				errs.add(file, k.Line, entry, "unknown field %q in %s (known: %s)", k.Value, t.Name(), knownList(fields))
				continue
			}
			checkFields(n.Content[i+1], ft, file, entry, cache, errs)
		}
	case t.Kind() == reflect.Slice && n.Kind == yaml.SequenceNode:
		for _, c := range n.Content {
			checkFields(c, t.Elem(), file, entry, cache, errs)
		}
	}
}

// fieldsOf maps the yaml names of t's fields to their types.
func fieldsOf(t reflect.Type, cache map[reflect.Type]map[string]reflect.Type) map[string]reflect.Type {
	if m, ok := cache[t]; ok {
		return m
	}
	m := map[string]reflect.Type{}
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		switch tag {
		case "-":
			continue
		case "":
			tag = strings.ToLower(f.Name)
		}
		m[tag] = f.Type
	}
	cache[t] = m
	return m
}

func knownList(fields map[string]reflect.Type) string {
	names := make([]string, 0, len(fields))
	for k := range fields {
		names = append(names, k)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// addYAMLError turns a yaml.v3 error ("yaml: line 3: …", or a TypeError
// with one "line N: …" per problem) into positioned entries.
func addYAMLError(errs *ErrorList, file string, err error) {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	for _, m := range msgs {
		if sm := lineRE.FindStringSubmatch(m); sm != nil {
			line, _ := strconv.Atoi(sm[1])
			errs.add(file, line, "", "%s", sm[2])
			continue
		}
		errs.add(file, 0, "", "%s", strings.TrimPrefix(m, "yaml: "))
	}
}
