package kb_test

import (
	"fmt"

	"github.com/diplograph/diplograph/extract/kb"
)

func ExampleKB_StateByISO() {
	k, err := kb.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := k.StateByISO("TR")
	fmt.Println(s.Name, s.Capital, s.Ru[0], s.RuAdjectives[0])
	// Output: Turkey Ankara Турция турецкий
}

func ExampleKB_Role() {
	k, err := kb.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, cue := range []string{"defense secretary", "глава мид", "premier"} {
		r, _ := k.Role(cue)
		fmt.Println(r.Name)
	}
	// Output:
	// Minister of Defence
	// Minister of Foreign Affairs
	// Prime Minister
}
