// name: new-since
// description: What is new since a date, by the publication date of articles: facts first reported since then ("new") or reported again ("again"), and entities first mentioned since then.
// param: since date -- the date (YYYY-MM-DD, YYYY-MM or YYYY); articles published on or after it count
CALL () {
  MATCH (x)-[r:SIGNED|PARTY_TO|MET_WITH|VISITED|HOLDS_OFFICE|PARTICIPATED_IN|HELD_IN|REFERENCES]->(y)
  WITH x, r, y, COLLECT {
    UNWIND r.articles AS id
    MATCH (a:Article {id: id})
    WHERE a.published IS NOT NULL
    RETURN a.published AS published ORDER BY published
  } AS published
  WHERE size(published) > 0 AND published[-1] >= $since
  RETURN CASE WHEN published[0] >= $since THEN 'new' ELSE 'again' END AS status,
    published[0] AS first_reported, type(r) AS what, x.name AS from, y.name AS to, r.date AS date,
    size([d IN published WHERE d >= $since]) AS articles_since
  UNION ALL
  MATCH (n)<-[:MENTIONS]-(a:Article)
  WHERE a.published IS NOT NULL
  WITH n, min(a.published) AS first, sum(CASE WHEN a.published >= $since THEN 1 ELSE 0 END) AS since
  WHERE first >= $since
  RETURN 'new' AS status, first AS first_reported, labels(n)[0] AS what, n.name AS from, null AS to, null AS date,
    since AS articles_since
}
RETURN status, first_reported, what, from, to, date, articles_since
ORDER BY first_reported DESC, status, what, from, to
