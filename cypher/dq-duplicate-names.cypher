// name: dq-duplicate-names
// description: Data quality: pairs of entities with one label that may be one entity: same folded name, a shared name or alias, or one name contained word for word in the other.
// param: label string = "" -- only this label (Person, State, Place, Organization, Treaty, Exercise, Source); empty for all
// Names are folded without APOC: lower case, punctuation to spaces, common
// Latin diacritics and ё/й removed, spaces collapsed. Candidates are grouped
// by shared words of at least 4 letters, so the query stays near linear.
MATCH (n)
WHERE NOT n:Article AND n.name IS NOT NULL
  AND ($label = '' OR toLower(labels(n)[0]) = toLower($label))
WITH n, labels(n)[0] AS label,
  [x IN [n.name] + coalesce(n.aliases, []) |
    reduce(s = toLower(x), c IN [['.', ' '], [',', ' '], ['-', ' '], ['–', ' '], ["'", ' '], ['’', ' '], ['"', ' '], ['«', ' '], ['»', ' '], ['(', ' '], [')', ' '],
                                  ['ğ', 'g'], ['ü', 'u'], ['ö', 'o'], ['ş', 's'], ['ç', 'c'], ['ı', 'i'], ['é', 'e'], ['ə', 'e'], ['ё', 'е'], ['й', 'и']] |
      replace(s, c[0], c[1]))] AS raw
WITH n, label, [f IN raw | reduce(t = '', w IN [w IN split(f, ' ') WHERE w <> ''] | t + CASE WHEN t = '' THEN '' ELSE ' ' END + w)] AS forms
UNWIND forms AS f
UNWIND [w IN split(f, ' ') WHERE size(w) >= 4] AS word
WITH label, word, collect(DISTINCT {node: n, forms: forms}) AS grp
WHERE size(grp) > 1
UNWIND grp AS x
UNWIND grp AS y
WITH DISTINCT label, x, y
WHERE x.node.id < y.node.id
WITH label, x.node AS a, y.node AS b, x.forms AS fa, y.forms AS fb
WITH label, a, b,
  CASE
    WHEN fa[0] = fb[0] THEN 'same folded name'
    WHEN any(f IN fa WHERE f IN fb) THEN 'shared name or alias'
    WHEN any(f IN fa WHERE any(g IN fb WHERE (' ' + g + ' ') CONTAINS (' ' + f + ' ') OR (' ' + f + ' ') CONTAINS (' ' + g + ' ')))
      THEN 'one name contains the other'
  END AS reason
WHERE reason IS NOT NULL
RETURN label, a.name AS name_a, a.id AS id_a, b.name AS name_b, b.id AS id_b, reason
ORDER BY label, name_a, name_b
