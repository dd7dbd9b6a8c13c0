// The ids of the next 1,000 articles after $after, in id order (to walk every article in batches).
MATCH (a:Article)
WHERE a.id > $after
WITH a.id AS id ORDER BY id LIMIT 1000
RETURN collect(id) AS ids
