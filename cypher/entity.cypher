// name: entity
// description: Everything known about one entity, with provenance: each fact with its date, place, role, confidence, the articles behind it and their evidence, then the articles that mention it.
// param: name string -- the entity: name, alias, id or ISO2 code (case-insensitive)
MATCH (n)
WHERE NOT n:Article
  AND (toLower(n.name) = toLower($name) OR n.id = $name OR n.iso2 = toUpper($name)
       OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = toLower($name)))
CALL (n) {
  MATCH (n)-[r]->(o)
  WHERE r.articles IS NOT NULL
  RETURN type(r) + ' ->' AS relation, o, r
  UNION ALL
  MATCH (n)<-[r]-(o)
  WHERE r.articles IS NOT NULL
  RETURN '<- ' + type(r) AS relation, o, r
}
WITH n, relation, o, r,
  COLLECT {
    UNWIND r.articles AS id
    MATCH (a:Article {id: id})
    RETURN coalesce(a.published, '????') + ' ' + coalesce(a.source, '?') + ': ' + coalesce(a.title, a.id) AS article
    ORDER BY article
  } AS articles
RETURN n.name AS entity, labels(n)[0] AS label, relation, o.name AS other, labels(o)[0] AS other_label,
  r.date AS date, r.place AS place, r.role AS role, round(r.confidence, 3) AS confidence,
  articles, r.evidence AS evidence
ORDER BY entity, relation, coalesce(date, ''), other
UNION ALL
MATCH (n)<-[m:MENTIONS]-(a:Article)
WHERE NOT n:Article
  AND (toLower(n.name) = toLower($name) OR n.id = $name OR n.iso2 = toUpper($name)
       OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = toLower($name)))
RETURN n.name AS entity, labels(n)[0] AS label, '<- MENTIONS' AS relation, a.title AS other, 'Article' AS other_label,
  a.published AS date, null AS place, null AS role, null AS confidence,
  [coalesce(a.published, '????') + ' ' + coalesce(a.source, '?') + ': ' + coalesce(a.title, a.id)] AS articles,
  [] AS evidence
ORDER BY entity, coalesce(date, ''), other
