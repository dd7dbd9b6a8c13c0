// Files the facts $ids under the Links of the actors they connect (README, "Links"), so that what
// links two actors is one Link node away rather than a search.
// A fact's parties are the actors of its party relationships, {partiesInto} the fact (attendees,
// speaker, imposer, parties to an agreement, supplier) and {partiesOutOf} it (what a statement is
// ABOUT, a sanction's target, a transfer's receiver): src/kinds/factKinds.ts names them. A party
// stands for its own id and, for a person, their country too; every two keys of different parties
// make a pair, and the fact hangs off the pair's Link by its kind's link type ($links: label →
// {type, keyed, covers}). Keyed links carry "<link id>|<fact date>" for index-ordered pages;
// `by` is the speaker's key when the pair involves the speaker (null: a statement about both).
// A pair is `direct` when both keys are the parties' own ids and they are not both what a
// statement is about: the hops of `connections`, which walks them as LINKED between the two
// actors. A new Link is tied to its two actors (BETWEEN).
// Run for every fact an article writes ($ids), and for the facts of the actors $actors, which
// have just gained or changed a country (unlinkFacts.cypher took those out of their Links first).
// The articles $articles (those just written) COVER the Links of the meetings and statements they
// report, and a Link such a fact joins only now is covered by all its reporters; keyed
// "<link id>|<publishedAt>". Returns the articles other than $articles that may have gained a
// COVERS (`covering`), which the series' counters count again (tallyFacts.cypher).
CALL () {
  UNWIND $ids AS id
  MATCH (f:Fact {id: id})
  RETURN f
  UNION
  MATCH (x:Actor)-[:{partiesInto}]->(f:Fact)
  WHERE x.id IN $actors
  RETURN f
  UNION
  MATCH (f:Fact)-[:{partiesOutOf}]->(x:Actor)
  WHERE x.id IN $actors
  RETURN f
}
WITH f, [(x:Actor)-[r:{partiesInto}]->(f) | {
    keys: [x.id] + CASE WHEN x.country IS NULL OR x.country = x.id THEN [] ELSE [x.country] END, role: type(r)
  }] + [(f)-[r:{partiesOutOf}]->(x:Actor) | {
    keys: [x.id] + CASE WHEN type(r) = 'ABOUT' OR x.country IS NULL OR x.country = x.id THEN [] ELSE [x.country] END, role: type(r)
  }] AS parties
CALL (f, parties) {
  UNWIND range(0, size(parties) - 2) AS i
  UNWIND range(i + 1, size(parties) - 1) AS j
  UNWIND range(0, size(parties[i].keys) - 1) AS ki
  UNWIND range(0, size(parties[j].keys) - 1) AS kj
  WITH f, parties[i] AS one, parties[j] AS other, parties[i].keys[ki] AS p, parties[j].keys[kj] AS q,
    ki = 0 AND kj = 0 AND NOT (parties[i].role = 'ABOUT' AND parties[j].role = 'ABOUT') AS direct
  WHERE p <> q
  WITH f, CASE WHEN p < q THEN p + '|' + q ELSE q + '|' + p END AS link,
    max(CASE WHEN one.role = 'MADE' THEN p WHEN other.role = 'MADE' THEN q END) AS by,
    max(CASE WHEN direct THEN 1 ELSE 0 END) = 1 AS direct
  MERGE (l:Link {id: link})
    ON CREATE SET l.fresh = true
  WITH f, l, by, direct
  CALL (l) {
    WITH l WHERE l.fresh
    UNWIND split(l.id, '|') AS actorId
    MATCH (x:Actor {id: actorId})
    CREATE (l)-[:BETWEEN]->(x)
  }
  // Written only when it changes: busy Links are shared by concurrent batches.
  FOREACH (_ IN CASE WHEN l.fresh THEN [1] ELSE [] END | REMOVE l.fresh)
  WITH f, l, by, direct
  // The two actors of a direct Link are LINKED too, first id to second: `connections` walks these.
  CALL (l, direct) {
    WITH l, split(l.id, '|') AS ends WHERE direct
    MATCH (x:Actor {id: ends[0]}), (y:Actor {id: ends[1]})
    MERGE (x)-[:LINKED]->(y)
  }
  CALL (f, l, by, direct) {
    WITH f, l, by, direct, $links[[label IN labels(f) WHERE label IN keys($links)][0]] AS link
    MERGE (l)-[r:$(link.type)]->(f)
      ON CREATE SET r.new = true
    SET r.key = CASE WHEN link.keyed THEN l.id + '|' + coalesce(f.date, '') END, r.by = by, r.stance = f.stance,
        r.direct = direct
    RETURN r, link.covers AS covers
  }
  // A Link the fact joins only now is covered by all its reporters (the articles just written
  // cover the Links of what they report below, read from their side: a busy fact has thousands).
  // Returns the reporters that may have gained a COVERS here, for the series' counters.
  CALL (f, l, r, covers) {
    WITH f, l, r WHERE covers AND r.new
    MATCH (a:Article)-[:REPORTS]->(f)
    WHERE NOT EXISTS { (a)-[:COVERS]->(l) }
    MERGE (a)-[c:COVERS]->(l)
      ON CREATE SET c.key = l.id + '|' + coalesce(a.publishedAt, '')
    RETURN collect(a.id) AS covering
  }
  FOREACH (_ IN CASE WHEN r.new THEN [1] ELSE [] END | REMOVE r.new)
  RETURN covering
}
WITH collect(covering) AS covering
CALL () {
  UNWIND $articles AS id
  MATCH (a:Article {id: id})-[:REPORTS]->(:Fact)<-[:{coveredLinks}]-(l:Link)
  WITH DISTINCT a, l
  MERGE (a)-[c:COVERS]->(l)
    ON CREATE SET c.key = l.id + '|' + coalesce(a.publishedAt, '')
}
RETURN reduce(ids = [], list IN covering | ids + list) AS covering
