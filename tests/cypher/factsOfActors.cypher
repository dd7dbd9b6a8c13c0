// Tests only: every fact with one of $actors among its actors, read back independently of the
// change feed's own Cypher: its kind, properties, actors, claims and sources (each report's article
// and properties). The replay test compares this with the feed replayed.
MATCH (x:Actor)-[]-(f:Fact)
WHERE x.id IN $actors
WITH DISTINCT f
RETURN f.id AS id,
  [label IN labels(f) WHERE label <> 'Fact'][0] AS kind,
  properties(f) AS properties,
  [(f)-[r]->(y:Actor) | {type: type(r), actor: y.id, out: true}]
    + [(y:Actor)-[r]->(f) | {type: type(r), actor: y.id, out: false}] AS actors,
  [(f)-[:CLAIMS]->(g:Fact) | g.id] AS claims,
  [(a:Article)-[r:REPORTS]->(f) | {article: a.id, report: properties(r)}] AS sources
