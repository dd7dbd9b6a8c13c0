// Files the meetings and statements $ids under the Links of the actors they connect (README,
// "Links"), so that what links two actors is one Link node away rather than a search.
// A fact's parties are its attendees, or its speaker and what it is ABOUT; a party stands for its
// own id and, for a person, their country too. Every two keys of different parties make a pair,
// and the fact hangs off the pair's Link by MET or SAID, keyed "<link id>|<fact date>" for index-
// ordered pages. `by` is the speaker's key when the pair involves the speaker (null: the statement
// is about both). Run for every fact an article writes ($ids), and for the facts of the actors
// $actors, which have just gained a country.
// The articles of $articles that report a fact COVER its Links (all its reporters, for a Link the
// fact joins only now), keyed "<link id>|<publishedAt>".
CALL () {
  UNWIND $ids AS id
  MATCH (f:Fact {id: id})
  RETURN f
  UNION
  MATCH (x:Actor)-[:ATTENDED|MADE]->(f:Fact)
  WHERE x.id IN $actors
  RETURN f
}
WITH f
WHERE f:Meeting OR f:Statement
WITH f, [(x:Actor)-[:ATTENDED|MADE]->(f) | {keys: [x.id] + CASE WHEN x.country IS NULL OR x.country = x.id THEN [] ELSE [x.country] END, speaker: f:Statement}]
  + [(f)-[:ABOUT]->(c:Actor) | {keys: [c.id], speaker: false}] AS parties
CALL (f, parties) {
  UNWIND range(0, size(parties) - 2) AS i
  UNWIND range(i + 1, size(parties) - 1) AS j
  UNWIND parties[i].keys AS p
  UNWIND parties[j].keys AS q
  WITH p, q, CASE WHEN parties[i].speaker THEN p WHEN parties[j].speaker THEN q END AS by
  WHERE p <> q
  WITH f, CASE WHEN p < q THEN p + '|' + q ELSE q + '|' + p END AS link, max(by) AS by
  MERGE (l:Link {id: link})
  WITH f, l, by
  CALL (f, l, by) {
    WITH f, l, by WHERE f:Meeting
    MERGE (l)-[r:MET]->(f)
      ON CREATE SET r.new = true
    SET r.key = l.id + '|' + coalesce(f.date, '')
    RETURN r
    UNION
    WITH f, l, by WHERE f:Statement
    MERGE (l)-[r:SAID]->(f)
      ON CREATE SET r.new = true
    SET r.key = l.id + '|' + coalesce(f.date, ''), r.by = by, r.stance = f.stance
    RETURN r
  }
  CALL (f, l, r) {
    MATCH (a:Article)-[:REPORTS]->(f)
    WHERE r.new OR a.id IN $articles
    MERGE (a)-[c:COVERS]->(l)
      ON CREATE SET c.key = l.id + '|' + coalesce(a.publishedAt, '')
  }
  REMOVE r.new
}
RETURN count(*) AS linked
