// Tests only: the actor-names step of writeArticles as it is (the names filtered again under the
// lock SET takes), on a probe node of its own label; beside test/addNamesUnguarded, the control of
// tests/integration/actorNames.test.ts.
MERGE (x:RaceProbe {id: $id})
  ON CREATE SET x.names = []
WITH x, [name IN $names WHERE NOT name IN x.names] AS newNames
FOREACH (_ IN CASE WHEN size(newNames) > 0 THEN [1] ELSE [] END |
  SET x.names = x.names + [name IN newNames WHERE NOT name IN x.names])
RETURN x.names AS names
