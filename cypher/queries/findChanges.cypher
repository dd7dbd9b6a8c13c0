// One page of the change feed after sequence number $after: sequence numbers are consecutive (each
// write transaction takes the next ones under a lock and commits before the next can), so the
// page is the range after .. after + first + 1, one index seek; the extra row tells whether
// another page follows. `last` is the feed's last number, for totalCount.
OPTIONAL MATCH (counter:ChangeCounter {id: 'changes'})
WITH coalesce(counter.next, 1) - 1 AS last
CALL () {
  MATCH (c:Change)
  WHERE c.seq > toInteger($after) AND c.seq <= toInteger($after) + toInteger($first) + 1
  WITH c ORDER BY c.seq
  RETURN collect({seq: c.seq, kind: c.kind, id: c.id, op: c.op, snapshot: c.snapshot, at: c.at}) AS changes
}
RETURN last, changes
