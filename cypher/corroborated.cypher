// name: corroborated
// description: Facts reported by at least N distinct sources (outlets or agencies; an article without a named source counts as its own source).
// param: min_sources int = 2 -- at least this many distinct sources
// param: type string = "" -- only this relationship type (SIGNED, MET_WITH, ...); empty for all
// param: limit int = 100 -- at most this many facts
MATCH (x)-[r:SIGNED|PARTY_TO|MET_WITH|VISITED|HOLDS_OFFICE|PARTICIPATED_IN|HELD_IN|REFERENCES]->(y)
WHERE $type = '' OR type(r) = toUpper($type)
WITH x, r, y, COLLECT {
  UNWIND r.articles AS id
  MATCH (a:Article {id: id})
  OPTIONAL MATCH (a)-[:REPORTED_BY]->(s:Source)
  RETURN DISTINCT coalesce(s.name, a.source, 'unnamed source of ' + coalesce(a.file, a.id)) AS source
  ORDER BY source
} AS sources
WHERE size(sources) >= $min_sources
RETURN type(r) AS relation, x.name AS from, y.name AS to, r.role AS role, r.date AS date,
  sources, size(r.articles) AS articles, round(r.confidence, 3) AS confidence
ORDER BY size(sources) DESC, relation, from, to
LIMIT toInteger($limit)
