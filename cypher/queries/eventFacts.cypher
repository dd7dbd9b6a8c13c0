// Every meeting, sanction and statement with what `npm run eval:events` compares with the gold
// event clusters: the articles that report it and the actors it links (scripts/evalEvents.ts).
MATCH (f:Fact)
WHERE f:Meeting OR f:Sanction OR f:Statement
RETURN f.id AS id,
  CASE WHEN f:Meeting THEN 'meetings' WHEN f:Sanction THEN 'sanctions' ELSE 'statements' END AS type,
  f.date AS date, f.stance AS stance, f.status AS status,
  [(a:Article)-[:REPORTS]->(f) | a.id] AS sources,
  [(a:Article)-[r:REPORTS]->(f) | {article: a.id, sentence: r.sentence}] AS reports,
  [(x:Actor)-[:ATTENDED]->(f) | {id: x.id, name: x.name, country: x.country}] AS participants,
  [(f)-[:HELD_IN]->(c:Actor) | c.id][0] AS location,
  [(x:Actor)-[:IMPOSED]->(f) | {id: x.id, name: x.name, country: x.country}][0] AS imposer,
  [(f)-[:TARGETS]->(x:Actor) | {id: x.id, name: x.name, country: x.country}][0] AS target,
  [(x:Actor)-[:MADE]->(f) | {id: x.id, name: x.name, country: x.country}][0] AS speaker,
  [(f)-[:ABOUT]->(x:Actor) | x.id] AS about
ORDER BY id
