// Who made each statement and the countries it is about (by name).
UNWIND $ids AS id
MATCH (s:Fact {id: id})
RETURN id,
  COLLECT { MATCH (x:Actor)-[:MADE]->(s) RETURN x {.*, labels: labels(x)} AS actor LIMIT 1 }[0] AS speaker,
  COLLECT { MATCH (s)-[:ABOUT]->(c:Country) RETURN c {.*, labels: labels(c)} AS country ORDER BY country.name, country.id } AS about
