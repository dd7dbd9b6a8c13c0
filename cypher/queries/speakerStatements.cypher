// The days of every statement report of the speakers $groups, whose country just changed:
// settleStatements decides their statements again, as a speaker's own country counts in matching them.
MATCH (f:Statement)
WHERE f.group IN $groups
MATCH (:Article)-[r:REPORTS]->(f)
RETURN collect(DISTINCT {group: f.group, from: r.from, to: r.to}) AS touched
