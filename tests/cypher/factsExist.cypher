UNWIND $ids AS id
OPTIONAL MATCH (f:Fact {id: id})
RETURN id, f IS NOT NULL AS exists
