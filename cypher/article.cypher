// name: article
// description: What one article contributed: every fact it supports (and whether it is the only support) and every entity it mentions.
// param: article string -- the article: id, file path (or its end, e.g. "01_shusha_declaration.txt") or part of its title
MATCH (a:Article)
WHERE $article <> ''
  AND (a.id = $article OR a.file = $article OR a.file CONTAINS $article
       OR toLower(a.title) CONTAINS toLower($article))
CALL (a) {
  MATCH (x)-[r:SIGNED|PARTY_TO|MET_WITH|VISITED|HOLDS_OFFICE|PARTICIPATED_IN|HELD_IN|REFERENCES]->(y)
  WHERE a.id IN r.articles
  RETURN type(r) AS relation, x.name AS from, y.name AS to, r.date AS date, r.place AS place, r.role AS role,
    CASE size(r.articles) WHEN 1 THEN 'only this article' ELSE 'also ' + toString(size(r.articles) - 1) + ' other(s)' END AS support
  UNION ALL
  MATCH (a)-[m:MENTIONS]->(y)
  RETURN 'MENTIONS' AS relation, null AS from, y.name AS to, null AS date, null AS place, null AS role,
    toString(m.count) + ' time(s)' AS support
  UNION ALL
  MATCH (a)-[:REPORTED_BY]->(s:Source)
  RETURN 'REPORTED_BY' AS relation, null AS from, s.name AS to, null AS date, null AS place, null AS role, null AS support
}
RETURN a.title AS article, a.published AS published, relation, from, to, date, place, role, support
ORDER BY article, relation, from, to, role
