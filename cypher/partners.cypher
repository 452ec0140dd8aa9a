// name: partners
// description: A state's partners ranked by shared facts: treaties both are party to, exercises both joined, meetings between their officials, visits of officials.
// param: state string = "" -- the state (name, alias or ISO2 code); empty ranks every pair of states
// param: limit int = 20 -- at most this many rows
MATCH (s:State)
WHERE $state = '' OR toLower(s.name) = toLower($state) OR s.iso2 = toUpper($state) OR s.id = $state
   OR any(x IN coalesce(s.aliases, []) WHERE toLower(x) = toLower($state))
CALL (s) {
  MATCH (s)-[:PARTY_TO]->(t:Treaty)<-[:PARTY_TO]-(o:State)
  RETURN o, 'treaty' AS kind, elementId(t) AS fact
  UNION
  MATCH (s)-[:PARTICIPATED_IN]->(e:Exercise)<-[:PARTICIPATED_IN]-(o:State)
  RETURN o, 'exercise' AS kind, elementId(e) AS fact
  UNION
  MATCH (s)<-[:HOLDS_OFFICE]-(:Person)-[m:MET_WITH]-(:Person)-[:HOLDS_OFFICE]->(o:State)
  RETURN o, 'meeting' AS kind, elementId(m) AS fact
  UNION
  MATCH (s)<-[:HOLDS_OFFICE]-(:Person)-[v:VISITED]->(o:State)
  RETURN o, 'visit' AS kind, elementId(v) AS fact
  UNION
  MATCH (s)<-[v:VISITED]-(:Person)-[:HOLDS_OFFICE]->(o:State)
  RETURN o, 'visit' AS kind, elementId(v) AS fact
}
WITH s, o, kind, fact
WHERE o <> s AND ($state <> '' OR s.name < o.name)
WITH s, o, kind, count(DISTINCT fact) AS n
WITH s, o,
  sum(CASE kind WHEN 'treaty' THEN n ELSE 0 END) AS treaties,
  sum(CASE kind WHEN 'exercise' THEN n ELSE 0 END) AS exercises,
  sum(CASE kind WHEN 'meeting' THEN n ELSE 0 END) AS meetings,
  sum(CASE kind WHEN 'visit' THEN n ELSE 0 END) AS visits
RETURN s.name AS state, o.name AS partner, treaties, exercises, meetings, visits,
  treaties + exercises + meetings + visits AS shared
ORDER BY shared DESC, state, partner
LIMIT toInteger($limit)
