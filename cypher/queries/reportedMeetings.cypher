// The meetings the articles $ids report and their groups, before detachArticles takes them back:
// settleMeetings decides those groups again afterwards.
MATCH (a:Article)-[:REPORTS]->(f:Meeting)
WHERE a.id IN $ids
RETURN collect(DISTINCT f.id) AS meetings, collect(DISTINCT f.group) AS groups
