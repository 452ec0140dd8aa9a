// name: treaties
// description: Treaties with their signatories, party states, signing date and place, newest first.
// param: state string = "" -- only treaties this state is party to (name, alias or ISO2 code); empty for all
// param: since date = "" -- only treaties signed on or after this date; empty for all
// param: limit int = 100 -- at most this many treaties
MATCH (t:Treaty)
WHERE $state = '' OR EXISTS {
  MATCH (s:State)-[:PARTY_TO]->(t)
  WHERE toLower(s.name) = toLower($state) OR s.iso2 = toUpper($state) OR s.id = $state
     OR any(a IN coalesce(s.aliases, []) WHERE toLower(a) = toLower($state))
}
WITH t,
  COLLECT { MATCH (p:Person)-[:SIGNED]->(t) RETURN p.name ORDER BY p.name } AS signatories,
  COLLECT { MATCH (s:State)-[:PARTY_TO]->(t) RETURN s.name ORDER BY s.name } AS parties,
  COLLECT { MATCH (:Person)-[r:SIGNED]->(t) WHERE r.place IS NOT NULL RETURN DISTINCT r.place AS place ORDER BY place } AS places,
  COLLECT { MATCH ()-[r:SIGNED|PARTY_TO]->(t) WHERE r.date IS NOT NULL RETURN r.date AS date ORDER BY date } AS dates,
  COLLECT { MATCH ()-[r:SIGNED|PARTY_TO]->(t) UNWIND r.articles AS id RETURN DISTINCT id } AS articles,
  COLLECT { MATCH ()-[r:SIGNED|PARTY_TO]->(t) UNWIND r.evidence AS e RETURN e } AS evidence
WITH t, signatories, parties, places, articles, evidence, coalesce(t.signed, dates[0]) AS signed
WHERE $since = '' OR signed >= $since
RETURN t.name AS treaty, signed, places, signatories, parties, size(articles) AS articles, evidence[0] AS evidence
ORDER BY coalesce(signed, '') DESC, treaty
LIMIT toInteger($limit)
