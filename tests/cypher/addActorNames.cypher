// Tests only: adds spellings to an existing actor with a plain SET, which takes the actor's write
// lock (and no lock of the id index, as MERGE may), holding it until the transaction ends.
MATCH (x:Actor {id: $id})
SET x.names = x.names + [name IN $names WHERE NOT name IN x.names]
RETURN x.names AS names
