// name: office-holders
// description: Who holds which office in which state or organization as of a date: the holder last reported before the date for each role (all reported holders when no date is given).
// param: state string = "" -- only this state or organization (name, alias or ISO2 code); empty for all
// param: role string = "" -- only roles containing this text, case-insensitive ("minister"); empty for all
// param: as_of date = "" -- as of this date, judged by the publication dates of the reporting articles; empty for every holder ever reported
MATCH (p:Person)-[h:HOLDS_OFFICE]->(s)
WHERE ($state = '' OR toLower(s.name) = toLower($state) OR s.iso2 = toUpper($state) OR s.id = $state
       OR any(x IN coalesce(s.aliases, []) WHERE toLower(x) = toLower($state)))
  AND ($role = '' OR toLower(h.role) CONTAINS toLower($role))
WITH p, h, s, COLLECT {
  UNWIND h.articles AS id
  MATCH (a:Article {id: id})
  WHERE a.published IS NOT NULL AND ($as_of = '' OR a.published <= $as_of)
  RETURN a.published AS published ORDER BY published
} AS reported
WITH p, h, s, reported,
  CASE WHEN h.date IS NOT NULL AND (size(reported) = 0 OR h.date < reported[0]) THEN h.date ELSE reported[0] END AS first_reported,
  CASE WHEN size(reported) > 0 THEN reported[-1] ELSE h.date_last END AS last_reported
WHERE $as_of = '' OR (first_reported IS NOT NULL AND first_reported <= $as_of)
WITH s, h.role AS role, p, first_reported, last_reported, size(h.articles) AS articles
ORDER BY coalesce(last_reported, '') DESC, p.name
WITH s, role, collect({person: p.name, first: first_reported, last: last_reported, articles: articles}) AS holders
UNWIND CASE WHEN $as_of = '' THEN holders ELSE holders[0..1] END AS holder
RETURN s.name AS of, labels(s)[0] AS label, role, holder.person AS person,
  holder.first AS first_reported, holder.last AS last_reported, holder.articles AS articles
ORDER BY of, role, coalesce(last_reported, '') DESC, person
