// The ids of the next 1,000 facts after $after, in id order (to walk every fact in batches).
MATCH (f:Fact)
WHERE f.id > $after
WITH f.id AS id ORDER BY id LIMIT 1000
RETURN collect(id) AS ids
