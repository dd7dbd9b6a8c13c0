// The second half of recordChanges, under the lock changeSnapshots took: numbers the changes
// $changes from the counter on (consecutive, in list order), writes them, and moves each entity's
// head (the hash and kind of its last announced state; gone with a deletion).
MATCH (counter:ChangeCounter {id: 'changes'})
WITH counter, counter.next AS first
SET counter.next = first + size($changes)
WITH first
UNWIND range(0, size($changes) - 1) AS i
WITH first + i AS seq, $changes[i] AS change
CREATE (:Change {seq: seq, kind: change.kind, id: change.id, op: change.op, snapshot: change.snapshot, at: $at})
WITH change
CALL (change) {
  WITH change WHERE change.op = 'DELETED'
  MATCH (head:ChangeHead {key: change.key})
  DELETE head
}
CALL (change) {
  WITH change WHERE change.op <> 'DELETED'
  MERGE (head:ChangeHead {key: change.key})
  SET head.hash = change.hash, head.kind = change.kind
}
RETURN count(*) AS recorded
