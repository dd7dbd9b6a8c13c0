// Tests only: the actor-names step of writeArticles as it was before the names were filtered again
// under the lock (commit 371281c), on a probe node of its own label. The control of
// tests/integration/actorNames.test.ts: the same interleaving lists a spelling twice through it.
MERGE (x:RaceProbe {id: $id})
  ON CREATE SET x.names = []
WITH x, [name IN $names WHERE NOT name IN x.names] AS newNames
FOREACH (_ IN CASE WHEN size(newNames) > 0 THEN [1] ELSE [] END |
  SET x.names = x.names + newNames)
RETURN x.names AS names
