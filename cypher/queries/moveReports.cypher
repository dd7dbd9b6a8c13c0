// Moves floating meeting reports to the node settleMeetings decided (an anchor, or back to their own).
UNWIND $moves AS m
MATCH (a:Article {id: m.article})-[r:REPORTS {own: m.own}]->(:Meeting {id: m.from})
MERGE (t:Fact {id: m.to})
  ON CREATE SET t:Meeting, t.group = m.group, t.status = r.status
CREATE (a)-[moved:REPORTS]->(t)
SET moved = properties(r)
DELETE r
RETURN count(*) AS moved
