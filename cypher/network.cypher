// name: network
// description: The fact graph (signed, party to, met, visited, office, exercise, place, reference) as paths to draw in Neo4j Browser, optionally around one entity; treaties and meetings first.
// param: name string = "" -- only facts touching this entity (name, alias, id or ISO2 code); empty for all
// param: limit int = 150 -- at most this many relationships
MATCH p = (a)-[r:SIGNED|PARTY_TO|MET_WITH|VISITED|HOLDS_OFFICE|PARTICIPATED_IN|HELD_IN|REFERENCES]->(b)
WHERE $name = ''
   OR toLower(a.name) = toLower($name) OR a.id = $name OR a.iso2 = toUpper($name)
   OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($name))
   OR toLower(b.name) = toLower($name) OR b.id = $name OR b.iso2 = toUpper($name)
   OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($name))
RETURN p
ORDER BY CASE type(r)
    WHEN 'SIGNED' THEN 1 WHEN 'PARTY_TO' THEN 2 WHEN 'MET_WITH' THEN 3 WHEN 'VISITED' THEN 4
    WHEN 'HOLDS_OFFICE' THEN 5 WHEN 'PARTICIPATED_IN' THEN 6 WHEN 'HELD_IN' THEN 7 ELSE 8 END,
  a.id, b.id, r.role
LIMIT toInteger($limit)
