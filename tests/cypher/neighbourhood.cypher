// The articles, what they report and mention, and the actors of those facts: node and relationship counts.
// COPY_OF is left out: which of two near-duplicates is the copy depends on which was written first,
// and the CLI writes batches concurrently (README, "Independent sources").
MATCH (a:Article) WHERE a.id IN $ids
OPTIONAL MATCH (a)-[:REPORTS|MENTIONS]->(x)
WITH collect(DISTINCT a) + collect(DISTINCT x) AS near
UNWIND near AS n
OPTIONAL MATCH (n)-[r]-(m) WHERE m IN near AND NOT r:COPY_OF
RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships
