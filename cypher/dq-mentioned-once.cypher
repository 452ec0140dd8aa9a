// name: dq-mentioned-once
// description: Data quality: entities named by at most one article, with how many facts they take part in (isolated ones first) — candidates for extraction noise.
// param: label string = "" -- only this label (Person, State, Place, ...); empty for all
// param: limit int = 200 -- at most this many rows
MATCH (n)
WHERE NOT n:Article AND NOT n:Source
  AND ($label = '' OR toLower(labels(n)[0]) = toLower($label))
WITH n, COUNT { (n)<-[:MENTIONS]-(:Article) } AS mentions
WHERE mentions <= 1
RETURN labels(n)[0] AS label, n.name AS name, n.id AS id, mentions,
  COUNT { (n)-[r]-() WHERE r.articles IS NOT NULL } AS facts,
  COLLECT { MATCH (n)<-[:MENTIONS]-(a:Article) RETURN coalesce(a.file, a.id) }[0] AS article
ORDER BY facts, label, name
LIMIT toInteger($limit)
