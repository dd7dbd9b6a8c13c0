// Moves meeting or statement reports ($label) to the node settleMeetings or settleStatements
// decided (an anchor, another statement of the speaker, or back to their own node).
UNWIND $moves AS m
MATCH (a:Article {id: m.article})-[r:REPORTS {own: m.own}]->(:Fact {id: m.from})
MERGE (t:Fact {id: m.to})
  ON CREATE SET t:$($label), t.group = m.group, t.status = r.status
CREATE (a)-[moved:REPORTS]->(t)
SET moved = properties(r)
DELETE r
RETURN count(*) AS moved
