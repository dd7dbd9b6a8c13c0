// Meetings that both persons attended, each with the ids of the articles that report it.
MATCH (p:Person {id: $a})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(q:Person {id: $b})
RETURN m.id AS id, m.date AS date, m.status AS status, [(article:Article)-[:REPORTS]->(m) | article.id] AS sources
