// Tests only: the ids of the articles whose id starts with $prefix (what an earlier run of a test,
// cut off before its clean-up, left behind).
MATCH (a:Article) WHERE a.id STARTS WITH $prefix
RETURN a.id AS id
