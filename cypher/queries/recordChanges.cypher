// The second half of recordChanges, under the lock changeSnapshots took: numbers the changes
// $changes from the counter on (consecutive, in list order) and writes them, each with its key
// ("Article|<id>" or "Fact|<id>") and the hash of its snapshot: the head of its key from then on.
MATCH (counter:ChangeCounter {id: 'changes'})
WITH counter, counter.next AS first
SET counter.next = first + size($changes)
WITH first
UNWIND range(0, size($changes) - 1) AS i
WITH first + i AS seq, $changes[i] AS change
CREATE (:Change {
  seq: seq, key: change.key, kind: change.kind, id: change.id, op: change.op, snapshot: change.snapshot,
  hash: change.hash, at: $at
})
RETURN count(*) AS recorded
