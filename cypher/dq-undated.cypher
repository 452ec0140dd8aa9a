// name: dq-undated
// description: Data quality: facts of dated kinds (SIGNED, PARTY_TO, MET_WITH, VISITED) without a date, treaties without a signing date and exercises without a start.
// param: limit int = 200 -- at most this many rows
CALL () {
  MATCH (x)-[r:SIGNED|PARTY_TO|MET_WITH|VISITED]->(y)
  WHERE r.date IS NULL
  RETURN type(r) AS kind, x.name AS from, y.name AS to, size(r.articles) AS articles, r.evidence[0] AS evidence
  UNION ALL
  MATCH (t:Treaty)
  WHERE t.signed IS NULL
  RETURN 'Treaty without signed' AS kind, t.name AS from, null AS to,
    COUNT { (t)<-[:MENTIONS]-(:Article) } AS articles, null AS evidence
  UNION ALL
  MATCH (e:Exercise)
  WHERE e.start IS NULL
  RETURN 'Exercise without start' AS kind, e.name AS from, null AS to,
    COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles, null AS evidence
}
RETURN kind, from, to, articles, evidence
ORDER BY kind, from, to
LIMIT toInteger($limit)
