package cypher_test

import (
	"errors"
	"reflect"
	"regexp"
	"testing"

	"github.com/diplograph/diplograph/cypher"
)

// FuzzParse: a user's --file is outside input. No panics; same input, same
// result; an accepted query has a valid name and description and declares
// exactly the parameters it uses.
func FuzzParse(f *testing.F) {
	qs, err := cypher.All()
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range qs {
		src, err := cypher.Source(q)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add("// name: x\n// description: d\n// param: a list<string> = [\"a\"] -- x\nRETURN $a")
	f.Add("// name: x\r\n// param: a int = 1e3\r\nRETURN $a")
	name := regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	f.Fuzz(func(t *testing.T, src string) {
		q, err := cypher.Parse("", src)
		q2, err2 := cypher.Parse("", src)
		if (err == nil) != (err2 == nil) || !reflect.DeepEqual(q, q2) {
			t.Fatalf("not deterministic")
		}
		if err != nil {
			if !errors.Is(err, cypher.ErrHeader) {
				t.Fatalf("error does not wrap ErrHeader: %v", err)
			}
			return
		}
		if !name.MatchString(q.Name) || q.Description == "" || q.Cypher == "" {
			t.Fatalf("accepted a bad header: %+v", q)
		}
		for _, p := range q.Params {
			if !p.Required && p.Default == nil {
				t.Fatalf("parameter %s has neither a default nor Required", p.Name)
			}
		}
	})
}

// FuzzParamParse: values typed by users. No panics; errors wrap ErrParam;
// accepted values have the Go type of the parameter type.
func FuzzParamParse(f *testing.F) {
	for _, s := range []string{"", "42", "-1", "0.5", "true", "2021-06-15", "a,b", `["a,b"]`, "[", "1e400"} {
		f.Add(s)
	}
	types := map[cypher.Type]reflect.Type{
		cypher.TypeString: reflect.TypeOf(""), cypher.TypeDate: reflect.TypeOf(""),
		cypher.TypeInt: reflect.TypeOf(int64(0)), cypher.TypeFloat: reflect.TypeOf(0.0),
		cypher.TypeBool: reflect.TypeOf(true), cypher.TypeStringList: reflect.TypeOf([]string{}),
	}
	f.Fuzz(func(t *testing.T, s string) {
		for typ, goType := range types {
			v, err := cypher.Param{Name: "p", Type: typ}.Parse(s)
			if err != nil {
				if !errors.Is(err, cypher.ErrParam) {
					t.Fatalf("%s %q: error does not wrap ErrParam: %v", typ, s, err)
				}
				continue
			}
			if reflect.TypeOf(v) != goType {
				t.Fatalf("%s %q: got %T", typ, s, v)
			}
		}
	})
}
