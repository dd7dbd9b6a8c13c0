// Tests only: whether the Link $id exists.
OPTIONAL MATCH (l:Link {id: $id})
RETURN l IS NOT NULL AS exists
