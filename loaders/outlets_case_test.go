package loaders

import "testing"

// TestOutletCaseForms: a known Russian outlet named in a case form, in a
// blurb or in a nested copyright quote, is found in the nominative.
func TestOutletCaseForms(t *testing.T) {
	c := &cleaner{outlets: newOutlets()}
	for _, tt := range []struct{ text, want string }{
		{"Подписывайтесь на «Российскую газету» в Telegram", "Rossiyskaya Gazeta"},
		{"Подписывайтесь на «Красную звезду» в Telegram", "Krasnaya Zvezda"},
		{"© ФГБУ «Редакция «Российской газеты», 2001-2024", "Rossiyskaya Gazeta"},
		{"© 2010—2024 АО «Телерадиокомпания «Звезда»»", "Zvezda"},
	} {
		var got string
		if s, ok := c.blurbSource(tt.text); ok {
			got = s
		} else if s, ok := c.copyrightSource(tt.text); ok {
			got = s
		}
		if got != tt.want {
			t.Errorf("source of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
	// near miss: an unknown outlet in a case form is not turned into a known one
	o := newOutlets()
	if got, ok := o.lookup("Звёздную газету"); ok {
		t.Errorf("lookup(Звёздную газету) = %q, want unknown", got)
	}
}
