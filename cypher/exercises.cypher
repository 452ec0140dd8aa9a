// name: exercises
// description: Military exercises with dates, places and every participating state, filtered by state, year and place.
// param: state string = "" -- only exercises this state took part in (name, alias or ISO2 code); empty for all
// param: year int = 0 -- only exercises running in this year; 0 for all
// param: place string = "" -- only exercises held in this place or state (name or alias); empty for all
MATCH (e:Exercise)
WHERE ($state = '' OR EXISTS {
        MATCH (s:State)-[:PARTICIPATED_IN]->(e)
        WHERE toLower(s.name) = toLower($state) OR s.iso2 = toUpper($state) OR s.id = $state
           OR any(x IN coalesce(s.aliases, []) WHERE toLower(x) = toLower($state)) })
  AND ($year = 0 OR (coalesce(e.start, e.end) IS NOT NULL
       AND toInteger(left(coalesce(e.start, e.end), 4)) <= $year
       AND toInteger(left(coalesce(e.end, e.start), 4)) >= $year))
  AND ($place = '' OR EXISTS {
        MATCH (e)-[:HELD_IN]->(p)
        WHERE toLower(p.name) = toLower($place) OR p.id = $place
           OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($place)) })
RETURN e.name AS exercise, e.start AS start, e.end AS end,
  COLLECT { MATCH (e)-[:HELD_IN]->(p) RETURN p.name ORDER BY p.name } AS held_in,
  COLLECT { MATCH (s:State)-[:PARTICIPATED_IN]->(e) RETURN s.name ORDER BY s.name } AS participants,
  size(COLLECT { MATCH ()-[r:PARTICIPATED_IN]->(e) UNWIND r.articles AS id RETURN DISTINCT id }) AS articles
ORDER BY coalesce(start, '') DESC, exercise
