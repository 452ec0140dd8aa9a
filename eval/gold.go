package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is one article's answer key (GOLD_FORMAT.md).
type Gold struct {
	File    string `json:"file"`
	Article struct {
		Language  *string `json:"language"`
		Published *string `json:"published"`
		Source    *string `json:"source"`
	} `json:"article"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
	Optional  struct {
		Entities  []GoldEntity   `json:"entities"`
		Relations []GoldRelation `json:"relations"`
	} `json:"optional"`
}

// GoldEntity is an entity of a key, named by its canonical name and aliases.
type GoldEntity struct {
	Label   string   `json:"label"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// GoldRelation is a relation of a key; endpoints are entity names, or
// "@article" for the article itself.
type GoldRelation struct {
	Type  string `json:"type"`
	From  string `json:"from"`
	To    string `json:"to"`
	Date  string `json:"date"`
	Place string `json:"place"`
	Role  string `json:"role"`
}

// LoadGold reads every *.json key of dir, keyed by the base name of its
// "file" field.
func LoadGold(dir string) (map[string]*Gold, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("gold %s: no *.json answer keys", dir)
	}
	sort.Strings(names)
	keys := make(map[string]*Gold, len(names))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", n, err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("gold %s: %w", n, err)
		}
		keys[baseName(g.File)] = &g
	}
	return keys, nil
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
