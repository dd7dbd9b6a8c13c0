// Dates the sanctions among $ids by the day of the earliest article that reports them.
UNWIND $ids AS id
MATCH (f:Sanction {id: id})
SET f.firstReported = COLLECT { MATCH (a:Article)-[:REPORTS]->(f) RETURN left(a.publishedAt, 10) AS day ORDER BY day LIMIT 1 }[0]
RETURN count(f) AS dated
