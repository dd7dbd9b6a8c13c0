// Tests only: the facts an article reports, each with its stored properties and the ids of every
// article that reports it.
MATCH (:Article {id: $id})-[:REPORTS]->(f:Fact)
RETURN f.id AS id, [label IN labels(f) WHERE label <> 'Fact'][0] AS kind, f.date AS date,
       f.datePrecision AS datePrecision, f.status AS status, f.quote AS quote,
       COLLECT { MATCH (a:Article)-[:REPORTS]->(f) RETURN a.id ORDER BY a.id } AS sources
ORDER BY id
