// name: frequent-meetings
// description: Who met whom most often: pairs of people ranked by the articles reporting their meetings, with first and last date, places and evidence.
// param: person string = "" -- only meetings of this person (name, alias or id); empty for all
// param: limit int = 20 -- at most this many pairs
MATCH (a:Person)-[m:MET_WITH]-(b:Person)
WHERE ($person = '' AND a.id < b.id)
   OR ($person <> '' AND (toLower(a.name) = toLower($person) OR a.id = $person
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($person))))
RETURN a.name AS person, b.name AS met, size(m.articles) AS articles,
  m.date AS first_date, m.date_last AS last_date, m.place AS place,
  round(m.confidence, 3) AS confidence, m.evidence AS evidence
ORDER BY articles DESC, coalesce(last_date, '') DESC, person, met
LIMIT toInteger($limit)
