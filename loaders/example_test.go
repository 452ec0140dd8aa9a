package loaders_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/loaders"
)

// A scraped page from stdin: the kicker, the sidebar and the blurb are cut;
// date and source come from the dateline.
func ExampleRead() {
	page := `Kassym-Jomart Tokayev and Ilham Aliyev.
Kazakhstan and Azerbaijan sign a plan of military cooperation
Astana/12.04.23/Kazinform: The defence ministers of Kazakhstan and Azerbaijan signed a plan of military cooperation for 2023 during talks in Astana.
The plan includes joint exercises and exchanges of cadets.
Latest news
Georgia buys new radars
11.04.2023
Leave a review`
	err := loaders.Read(context.Background(), []string{"-"}, loaders.Options{Stdin: strings.NewReader(page)}, func(d loaders.Doc) error {
		a := d.Article
		fmt.Println(a.Title)
		fmt.Println(*a.Published, a.Language, *a.Source)
		fmt.Println(a.Body)
		for _, c := range d.Cut {
			fmt.Printf("cut line %d (%d): %s\n", c.Line, c.Lines, c.Kind)
		}
		return nil
	})
	fmt.Println(err)
	// Output:
	// Kazakhstan and Azerbaijan sign a plan of military cooperation
	// 2023-04-12 en Kazinform
	// Astana/12.04.23/Kazinform: The defence ministers of Kazakhstan and Azerbaijan signed a plan of military cooperation for 2023 during talks in Astana.
	// The plan includes joint exercises and exchanges of cadets.
	// cut line 1 (1): caption
	// cut line 2 (1): title
	// cut line 5 (4): sidebar
	// <nil>
}
