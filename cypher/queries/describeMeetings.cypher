// Writes what settleMeetings made of each meeting's reports. The anchor* properties (host, month,
// participants, cities and statuses of its anchored reports) are what floating reports are matched against.
// When the participants or the host change, ATTENDED, HELD_IN and MET are written anew (linkFacts
// files the meeting again afterwards) and Links left with no fact go, with their LINKED.
UNWIND $nodes AS n
MATCH (f:Meeting {id: n.id})
SET f.date = n.date, f.datePrecision = n.datePrecision, f.status = n.status, f.city = n.city,
    f.anchored = n.anchored, f.anchorHost = n.anchorHost, f.anchorMonth = n.anchorMonth,
    f.anchorParticipants = n.anchorParticipants, f.anchorCities = n.anchorCities,
    f.anchorStatuses = n.anchorStatuses
WITH f, n
WHERE n.relink
CALL (f) {
  OPTIONAL MATCH (f)-[h:HELD_IN]->()
  DELETE h
}
CALL (f) {
  OPTIONAL MATCH ()-[t:ATTENDED]->(f)
  DELETE t
}
CALL (f, n) {
  UNWIND n.participants AS id
  MATCH (x:Actor {id: id})
  CREATE (x)-[:ATTENDED]->(f)
}
CALL (f, n) {
  MATCH (c:Actor {id: n.host})
  CREATE (f)-[:HELD_IN]->(c)
}
CALL (f) {
  MATCH (l:Link)-[met:MET]->(f)
  DELETE met
  WITH DISTINCT l
  WHERE NOT EXISTS { (l)-->(:Fact) }
  WITH l, split(l.id, '|') AS ends
  OPTIONAL MATCH (:Actor {id: ends[0]})-[d:LINKED]->(:Actor {id: ends[1]})
  DELETE d
  DETACH DELETE l
}
RETURN count(*) AS relinked
