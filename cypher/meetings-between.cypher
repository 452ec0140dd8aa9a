// name: meetings-between
// description: Timeline of meetings between officials of two states (office holders per HOLDS_OFFICE), oldest first.
// param: state_a string = "" -- one state (name, alias or ISO2 code); empty for any
// param: state_b string = "" -- the other state; empty for any state other than state_a
// param: since date = "" -- only meetings on or after this date; empty for all
MATCH (a:State)<-[:HOLDS_OFFICE]-(pa:Person)-[m:MET_WITH]-(pb:Person)-[:HOLDS_OFFICE]->(b:State)
WHERE a <> b
  AND ($state_a = '' OR toLower(a.name) = toLower($state_a) OR a.iso2 = toUpper($state_a) OR a.id = $state_a
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($state_a)))
  AND ($state_b = '' OR toLower(b.name) = toLower($state_b) OR b.iso2 = toUpper($state_b) OR b.id = $state_b
       OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($state_b)))
  AND ($state_a <> '' OR $state_b <> '' OR a.name < b.name)
  AND ($since = '' OR m.date >= $since)
WITH DISTINCT m, a, pa, b, pb
RETURN m.date AS date, m.date_last AS date_last, a.name AS state_a, pa.name AS official_a,
  COLLECT { MATCH (pa)-[h:HOLDS_OFFICE]->(a) RETURN h.role ORDER BY h.role } AS roles_a,
  b.name AS state_b, pb.name AS official_b,
  COLLECT { MATCH (pb)-[h:HOLDS_OFFICE]->(b) RETURN h.role ORDER BY h.role } AS roles_b,
  m.place AS place, size(m.articles) AS articles, m.evidence[0] AS evidence
ORDER BY coalesce(date, ''), state_a, official_a, state_b, official_b
