// The lock nodes (lockStatementGroups) of the speakers $groups that have no statement left.
UNWIND $groups AS group
MATCH (g:StatementGroup {id: group})
WHERE NOT EXISTS { MATCH (:Statement {group: group}) }
DELETE g
RETURN count(*) AS dropped
