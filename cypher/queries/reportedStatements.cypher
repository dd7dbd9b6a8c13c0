// The speakers and days of the statement reports of the articles $ids, before detachArticles takes
// them back: settleStatements decides the statements of those days again afterwards.
MATCH (a:Article)-[r:REPORTS]->(f:Statement)
WHERE a.id IN $ids
RETURN collect(DISTINCT {group: f.group, from: r.from, to: r.to}) AS touched
