package cypher

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// ErrUnknownQuery is wrapped by Get when no saved query has the name.
var ErrUnknownQuery = errors.New("unknown query")

// ErrParam is wrapped by every error about a parameter value or name given
// by a user (Query.Bind, Param.Parse).
var ErrParam = errors.New("bad query parameter")

// ErrHeader is wrapped by every error about a malformed query header.
var ErrHeader = errors.New("bad query header")

// Type is the type of a query parameter.
type Type string

// The parameter types a header may declare.
const (
	TypeString     Type = "string"
	TypeInt        Type = "int"
	TypeFloat      Type = "float"
	TypeBool       Type = "bool"
	TypeDate       Type = "date"
	TypeStringList Type = "list<string>"
)

var types = []Type{TypeString, TypeInt, TypeFloat, TypeBool, TypeDate, TypeStringList}

func parseType(s string) (Type, error) {
	for _, t := range types {
		if string(t) == s {
			return t, nil
		}
	}
	names := make([]string, len(types))
	for i, t := range types {
		names[i] = string(t)
	}
	return "", fmt.Errorf("unknown type %q (valid: %s)", s, strings.Join(names, ", "))
}

// Param is one declared parameter of a query.
type Param struct {
	Name string
	Type Type
	// Default is the value used when the user gives none, already typed
	// (string, int64, float64, bool, []string); nil when Required.
	Default any
	// Required is true when the header gives no default.
	Required    bool
	Description string
}

// Query is one saved query.
type Query struct {
	// Name is the query's name: lower case, digits and hyphens.
	Name        string
	Description string
	Params      []Param
	// Cypher is the query text after the header, trimmed, without a
	// trailing semicolon.
	Cypher string
	// File is the embedded file name ("treaties.cypher"), empty for a
	// query parsed from elsewhere.
	File string
}

// Param returns the parameter called name.
func (q Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// ParamNames returns the names of the parameters in header order.
func (q Query) ParamNames() []string {
	out := make([]string, len(q.Params))
	for i, p := range q.Params {
		out[i] = p.Name
	}
	return out
}

var (
	nameRE   = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	paramRE  = regexp.MustCompile(`^([a-z_][a-z0-9_]*)\s+(string|int|float|bool|date|list<string>|\S+)(?:\s*=\s*(.*?))?(?:\s+--\s+(.*))?$`)
	headerRE = regexp.MustCompile(`^//\s*([a-z]+)\s*:\s*(.*)$`)
	useRE    = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	dateRE   = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
)

// Parse reads a query from its source: the header (see the package
// documentation) and the Cypher after it. name, when not empty, must equal
// the header's name (it is the file name without .cypher). Errors wrap
// ErrHeader and name the line.
func Parse(name, src string) (Query, error) {
	var q Query
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	i := 0
	seen := map[string]bool{}
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(line, "//") {
			break
		}
		m := headerRE.FindStringSubmatch(line)
		if m == nil {
			continue // free text in the header
		}
		key, val := m[1], strings.TrimSpace(m[2])
		errf := func(format string, args ...any) error {
			return fmt.Errorf("%w: line %d: %s", ErrHeader, i+1, fmt.Sprintf(format, args...))
		}
		switch key {
		case "name":
			if q.Name != "" {
				return q, errf("second name")
			}
			if !nameRE.MatchString(val) {
				return q, errf("name %q: use lower-case letters, digits and hyphens", val)
			}
			q.Name = val
		case "description":
			if val == "" {
				return q, errf("empty description")
			}
			q.Description = val
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return q, errf("%v", err)
			}
			if seen[p.Name] {
				return q, errf("parameter %q declared twice", p.Name)
			}
			seen[p.Name] = true
			q.Params = append(q.Params, p)
		default:
			return q, errf("unknown header key %q (valid: name, description, param)", key)
		}
	}
	q.Cypher = strings.TrimSuffix(strings.TrimSpace(strings.Join(lines[i:], "\n")), ";")
	q.Cypher = strings.TrimSpace(q.Cypher)
	switch {
	case q.Name == "":
		return q, fmt.Errorf("%w: no `// name:` line", ErrHeader)
	case name != "" && q.Name != name:
		return q, fmt.Errorf("%w: header names %q but the file is %q", ErrHeader, q.Name, name)
	case q.Description == "":
		return q, fmt.Errorf("%w: %s: no `// description:` line", ErrHeader, q.Name)
	case q.Cypher == "":
		return q, fmt.Errorf("%w: %s: no Cypher after the header", ErrHeader, q.Name)
	}
	for _, p := range q.Params {
		if !strings.Contains(q.Cypher, "$"+p.Name) {
			return q, fmt.Errorf("%w: %s: parameter %q is declared but never used", ErrHeader, q.Name, p.Name)
		}
	}
	for _, m := range useRE.FindAllStringSubmatch(q.Cypher, -1) {
		if !seen[m[1]] {
			return q, fmt.Errorf("%w: %s: $%s is used but not declared", ErrHeader, q.Name, m[1])
		}
	}
	return q, nil
}

func parseParam(s string) (Param, error) {
	// Accept an em dash as the description separator too.
	s = strings.Replace(s, " — ", " -- ", 1)
	m := paramRE.FindStringSubmatch(s)
	if m == nil {
		return Param{}, fmt.Errorf("param %q: want `NAME TYPE [= DEFAULT] [-- description]`", s)
	}
	t, err := parseType(m[2])
	if err != nil {
		return Param{}, fmt.Errorf("param %s: %w", m[1], err)
	}
	p := Param{Name: m[1], Type: t, Description: strings.TrimSpace(m[4]), Required: true}
	if def := strings.TrimSpace(m[3]); def != "" {
		v, err := decodeDefault(t, def)
		if err != nil {
			return Param{}, fmt.Errorf("param %s: default %s: %w", p.Name, def, err)
		}
		p.Default, p.Required = v, false
	}
	return p, nil
}

// decodeDefault reads a JSON literal of type t.
func decodeDefault(t Type, s string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("not a JSON literal: %w", err)
	}
	if dec.More() {
		return nil, errors.New("trailing text after the JSON literal")
	}
	switch t {
	case TypeString, TypeDate:
		v, ok := raw.(string)
		if !ok {
			return nil, fmt.Errorf("want a JSON string for %s", t)
		}
		if t == TypeDate && v != "" && !dateRE.MatchString(v) {
			return nil, fmt.Errorf("want an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or \"\"")
		}
		return v, nil
	case TypeInt:
		n, ok := raw.(json.Number)
		if !ok {
			return nil, errors.New("want an integer")
		}
		return strconv.ParseInt(string(n), 10, 64)
	case TypeFloat:
		n, ok := raw.(json.Number)
		if !ok {
			return nil, errors.New("want a number")
		}
		return strconv.ParseFloat(string(n), 64)
	case TypeBool:
		v, ok := raw.(bool)
		if !ok {
			return nil, errors.New("want true or false")
		}
		return v, nil
	case TypeStringList:
		list, ok := raw.([]any)
		if !ok {
			return nil, errors.New("want a JSON array of strings")
		}
		out := make([]string, 0, len(list))
		for _, x := range list {
			s, ok := x.(string)
			if !ok {
				return nil, errors.New("want a JSON array of strings")
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown type %q", t)
}

// Parse converts a value typed by a user into the parameter's type:
// string as is; int and float in Go syntax (ints in base 10); bool as
// true/false/yes/no/1/0; date as YYYY, YYYY-MM or YYYY-MM-DD (or empty);
// list<string> as a JSON array or comma-separated items (trimmed, empty
// items dropped). Errors wrap ErrParam and say what was expected.
func (p Param) Parse(s string) (any, error) {
	bad := func(want string) error {
		return fmt.Errorf("%w: %s=%q: want %s", ErrParam, p.Name, s, want)
	}
	switch p.Type {
	case TypeString:
		return s, nil
	case TypeDate:
		s = strings.TrimSpace(s)
		if s != "" && !dateRE.MatchString(s) {
			return nil, bad("an ISO date YYYY-MM-DD (or YYYY-MM, YYYY)")
		}
		return s, nil
	case TypeInt:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, bad("an integer")
		}
		return n, nil
	case TypeFloat:
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, bad("a number")
		}
		return f, nil
	case TypeBool:
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "true", "yes", "1":
			return true, nil
		case "false", "no", "0":
			return false, nil
		}
		return nil, bad("true or false")
	case TypeStringList:
		t := strings.TrimSpace(s)
		if strings.HasPrefix(t, "[") {
			var list []string
			if err := json.Unmarshal([]byte(t), &list); err != nil {
				return nil, bad("a JSON array of strings or comma-separated items")
			}
			return list, nil
		}
		out := []string{}
		for _, x := range strings.Split(t, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: %s: unknown type %q", ErrParam, p.Name, p.Type)
}

// Bind checks the user's values (name → text) against the declared
// parameters and returns the Cypher parameters: every declared parameter
// present, typed, defaults applied. An unknown name or a missing required
// parameter is an error (wrapping ErrParam) that lists the valid names.
func (q Query) Bind(values map[string]string) (map[string]any, error) {
	names := make([]string, 0, len(values))
	for k := range values {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make(map[string]any, len(q.Params))
	for _, k := range names {
		p, ok := q.Param(k)
		if !ok {
			return nil, fmt.Errorf("%w: query %s has no parameter %q (%s)", ErrParam, q.Name, k, q.validParams())
		}
		v, err := p.Parse(values[k])
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	for _, p := range q.Params {
		if _, ok := out[p.Name]; ok {
			continue
		}
		if p.Required {
			return nil, fmt.Errorf("%w: query %s needs --param %s=… (%s)", ErrParam, q.Name, p.Name, q.validParams())
		}
		out[p.Name] = p.Default
	}
	return out, nil
}

func (q Query) validParams() string {
	if len(q.Params) == 0 {
		return "it takes none"
	}
	parts := make([]string, len(q.Params))
	for i, p := range q.Params {
		parts[i] = p.Name + " " + string(p.Type)
		if p.Required {
			parts[i] += " (required)"
		}
	}
	return "valid: " + strings.Join(parts, ", ")
}

// All returns every saved query, sorted by name. The embedded files are
// checked by the package tests, so an error here means a broken build.
func All() ([]Query, error) {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		return nil, err
	}
	var out []Query
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".cypher") {
			continue
		}
		b, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		q, err := Parse(strings.TrimSuffix(name, ".cypher"), string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		q.File = name
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Names returns the names of all saved queries, sorted.
func Names() []string {
	qs, _ := All()
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.Name
	}
	return out
}

// Get returns the saved query called name, or an error wrapping
// ErrUnknownQuery that lists the valid names.
func Get(name string) (Query, error) {
	qs, err := All()
	if err != nil {
		return Query{}, err
	}
	for _, q := range qs {
		if q.Name == name {
			return q, nil
		}
	}
	return Query{}, fmt.Errorf("%w %q (valid: %s)", ErrUnknownQuery, name, strings.Join(Names(), ", "))
}

// Source returns the embedded file of a saved query exactly as written.
func Source(q Query) (string, error) {
	if q.File == "" {
		return "", fmt.Errorf("query %s has no embedded file", q.Name)
	}
	b, err := files.ReadFile(q.File)
	return string(b), err
}

// Literal renders a parameter value as a Cypher literal (strings quoted
// with escapes, lists in brackets), as Neo4j Browser's `:param` expects.
func Literal(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		var b bytes.Buffer
		b.WriteByte('"')
		for _, r := range x {
			switch r {
			case '\\':
				b.WriteString(`\\`)
			case '"':
				b.WriteString(`\"`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				b.WriteRune(r)
			}
		}
		b.WriteByte('"')
		return b.String()
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.ContainsAny(s, ".eE") {
			s += ".0"
		}
		return s
	case bool:
		return strconv.FormatBool(x)
	case []string:
		parts := make([]string, len(x))
		for i, s := range x {
			parts[i] = Literal(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprintf("%v", v)
}

// Browser renders the query for pasting into Neo4j Browser: the header
// comment, one `:param NAME => VALUE;` line per parameter (values from
// params, else the defaults; a required parameter without a value gets an
// empty placeholder of its type), then the Cypher ending in a semicolon.
// Browser runs the lines one after the other (multi-statement mode, on by
// default).
func (q Query) Browser(params map[string]any) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// %s: %s\n", q.Name, q.Description)
	for _, p := range q.Params {
		v, ok := params[p.Name]
		if !ok {
			v = p.Default
		}
		if v == nil {
			v = zero(p.Type)
		}
		fmt.Fprintf(&b, ":param %s => %s;\n", p.Name, Literal(v))
	}
	b.WriteString(q.Cypher)
	b.WriteString(";\n")
	return b.String()
}

// BrowserParams renders the parameters as one Neo4j Browser command,
// `:params {name: value, ...}` (values from params, else the defaults, else
// an empty placeholder), which replaces Browser's parameters; empty when
// the query has none.
func (q Query) BrowserParams(params map[string]any) string {
	if len(q.Params) == 0 {
		return ""
	}
	parts := make([]string, len(q.Params))
	for i, p := range q.Params {
		v, ok := params[p.Name]
		if !ok {
			v = p.Default
		}
		if v == nil {
			v = zero(p.Type)
		}
		parts[i] = p.Name + ": " + Literal(v)
	}
	return ":params {" + strings.Join(parts, ", ") + "}"
}

// BrowserQuery renders the query alone for Neo4j Browser: a comment line
// with its name and description, then the Cypher (one statement, so
// Browser draws its result).
func (q Query) BrowserQuery() string {
	return "// " + q.Name + ": " + q.Description + "\n" + q.Cypher
}

func zero(t Type) any {
	switch t {
	case TypeInt:
		return int64(0)
	case TypeFloat:
		return 0.0
	case TypeBool:
		return false
	case TypeStringList:
		return []string{}
	}
	return ""
}
