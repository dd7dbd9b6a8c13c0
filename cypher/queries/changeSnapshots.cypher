// The first half of recordChanges, at the end of a write transaction: takes the change feed's lock
// (the counter's write lock, held until this transaction commits), then reads, for the articles
// $articles and the facts $facts this transaction touched, their state now (null when gone) and
// their head: the hash and kind of the last change the feed recorded of them (hash null when
// that was a deletion), found by the index on Change.key.
// Under the lock, so that what it reads is what this transaction commits: a transaction that
// touches the same node and commits later waits here and reads this one's result.
MERGE (counter:ChangeCounter {id: 'changes'})
  ON CREATE SET counter.next = 1
// Setting a property takes the node's write lock; removing it again leaves the node as it was.
SET counter._lock = true
REMOVE counter._lock
WITH counter
CALL () {
  UNWIND $articles AS id
  OPTIONAL MATCH (a:Article {id: id})
  CALL (id) {
    OPTIONAL MATCH (c:Change {key: 'Article|' + id})
    WITH c ORDER BY c.seq DESC LIMIT 1
    RETURN c AS head
  }
  RETURN collect({
    id: id, headHash: head.hash, headKind: head.kind,
    state: CASE WHEN a IS NOT NULL THEN {
      properties: properties(a),
      reports: [(a)-[r:REPORTS]->(f:Fact) | {fact: f.id, properties: properties(r)}],
      mentions: [(a)-[:MENTIONS]->(x:Actor) | x.id]
    } END
  }) AS articles
}
CALL () {
  UNWIND $facts AS id
  OPTIONAL MATCH (f:Fact {id: id})
  CALL (id) {
    OPTIONAL MATCH (c:Change {key: 'Fact|' + id})
    WITH c ORDER BY c.seq DESC LIMIT 1
    RETURN c AS head
  }
  // A fact's state: its properties, its actors (the registry's party relationships into the fact
  // and out of it, where a meeting was held and the countries of a sanction's target) and the facts
  // it claims. Not its sources (they are the articles' reports) nor its Links (derived from its
  // parties). Expanding only those types keeps a fact that thousands of articles report as cheap
  // to read as any other.
  RETURN collect({
    id: id, headHash: head.hash, headKind: head.kind,
    state: CASE WHEN f IS NOT NULL THEN {
      labels: labels(f),
      properties: properties(f),
      actors: [(f)-[r:{partiesOutOf}|HELD_IN|TARGETS_COUNTRY]->(x:Actor) | {type: type(r), actor: x.id, out: true}]
        + [(x:Actor)-[r:{partiesInto}]->(f) | {type: type(r), actor: x.id, out: false}],
      claims: [(f)-[:CLAIMS]->(g:Fact) | g.id]
    } END
  }) AS facts
}
RETURN counter.next AS next, articles, facts
