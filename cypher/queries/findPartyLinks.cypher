// The parties of each fact (by name), each with the relationship that makes it one ($parties: every
// kind's party relationships, src/kinds/factKinds.ts): an agreement's PARTY_TO, a transfer's SENT
// and SENT_TO. One query for every generic kind, so a new kind needs no links query of its own.
UNWIND $ids AS id
MATCH (f:Fact {id: id})
RETURN id,
  COLLECT {
    MATCH (f)-[r]-(x:Actor) WHERE type(r) IN $parties
    RETURN {type: type(r), actor: x {.*, labels: labels(x)}} AS party ORDER BY x.name, x.id
  } AS parties
