// name: shortest-connection
// description: Shortest chains of facts (signed, party to, met, visited, office, exercise, place, reference) linking two people, states or other entities, up to 8 hops.
// param: from string -- first entity: name, alias, id or ISO2 code
// param: to string -- second entity: name, alias, id or ISO2 code
MATCH (a)
WHERE NOT a:Article AND NOT a:Source
  AND (toLower(a.name) = toLower($from) OR a.id = $from OR a.iso2 = toUpper($from)
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($from)))
MATCH (b)
WHERE NOT b:Article AND NOT b:Source AND b <> a
  AND (toLower(b.name) = toLower($to) OR b.id = $to OR b.iso2 = toUpper($to)
       OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($to)))
MATCH p = allShortestPaths((a)-[:SIGNED|PARTY_TO|MET_WITH|VISITED|HOLDS_OFFICE|PARTICIPATED_IN|HELD_IN|REFERENCES*..8]-(b))
RETURN p AS path, length(p) AS hops, [r IN relationships(p) | r.evidence[0]] AS evidence
ORDER BY hops, [n IN nodes(p) | n.name]
LIMIT 10
