// Decides which article $id is a copy of (README, "Independent sources"), reading a bounded number
// of candidates whatever the number of copies: only ORIGINALS (articles that copy none) are
// candidates, through the index on IN_BAND.slot that only originals' band memberships carry
// ("<band key>|<rank>", rank = published time then id), at most $perBand per band, earliest
// first. Of the article and the candidates agreeing on at least $similarity of its MinHashes, the
// earliest is the original: the article becomes COPY_OF it; or, when that is the article itself,
// it becomes an original (its memberships get their slot) and the candidates it precedes become
// its copies, with their own direct copies moved over to it (so COPY_OF always points at an
// original). Returns how many signatures were read and how many COPY_OF were moved.
MATCH (a:Article {id: $id})
// Its previous decision goes first, also when its text has no words now (no signature, no copy).
CALL (a) {
  OPTIONAL MATCH (a)-[old:COPY_OF]->()
  DELETE old
}
WITH a
MATCH (a)-[:HAS_SIGNATURE]->(s:TextSignature)
CALL (s) {
  MATCH (s)-[m:IN_BAND]->()
  REMOVE m.slot
}
CALL (s) {
  MATCH (s)-[:IN_BAND]->(band:Band)
  CALL (band) {
    // The index gives the slots in order: reading stops after $perBand (no sort of the band).
    MATCH (t:TextSignature)-[r:IN_BAND]->(:Band)
    WHERE r.slot STARTS WITH band.key + '|'
    RETURN t ORDER BY r.slot LIMIT toInteger($perBand)
  }
  RETURN collect(DISTINCT t) AS read
}
// Each signature's MinHashes are read once (a property read per comparison cost 60 per candidate).
WITH a, s, read, s.minHashes AS mine
WITH a, s, read, mine, range(0, size(mine) - 1) AS positions, $similarity * size(mine) AS enough
WITH a, s, read,
  [pair IN [t IN read | {t: t, theirs: t.minHashes}]
    WHERE size([i IN positions WHERE mine[i] = pair.theirs[i]]) >= enough | pair.t] AS near
CALL (near) {
  UNWIND near AS t
  WITH t ORDER BY t.rank LIMIT 1
  RETURN collect(t) AS first
}
WITH a, s, read, near, [t IN first WHERE t.rank < s.rank] AS earlier
// A copy of an earlier original: its band memberships stay without a slot.
CALL (a, earlier) {
  UNWIND earlier AS t
  MATCH (t)<-[:HAS_SIGNATURE]-(o:Article)
  CREATE (a)-[:COPY_OF]->(o)
}
// The earliest: an original; the later originals near it become its copies.
CALL (s, earlier) {
  UNWIND CASE WHEN size(earlier) = 0 THEN [true] ELSE [] END AS original
  MATCH (s)-[m:IN_BAND]->(band:Band)
  SET m.slot = band.key + '|' + s.rank
}
CALL (a, near, earlier) {
  UNWIND CASE WHEN size(earlier) = 0 THEN near ELSE [] END AS t
  MATCH (t)<-[:HAS_SIGNATURE]-(b:Article)
  CALL (t) {
    MATCH (t)-[m:IN_BAND]->()
    REMOVE m.slot
  }
  CREATE (b)-[:COPY_OF]->(a)
  WITH a, b
  OPTIONAL MATCH (c:Article)-[old:COPY_OF]->(b)
  DELETE old
  WITH a, c WHERE c IS NOT NULL
  CREATE (c)-[:COPY_OF]->(a)
  RETURN count(*) AS moved
}
RETURN size(read) AS read, moved
