// Tests only: takes the write lock of an article (setting a property does), holding it until the
// transaction ends, and leaves the node as it was.
MATCH (a:Article {id: $id})
SET a._lock = true
REMOVE a._lock
RETURN a.id AS id
