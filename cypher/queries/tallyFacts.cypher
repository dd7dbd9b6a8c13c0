// Files the meetings and statements of $ids (and those of the actors $actors, who have just gained
// or changed a country) under the keys the lists count and page them by, counts the facts of the keyed kinds
// ($keyed labels) and the articles $articles under their Links' keys for the series, and returns
// how each counter moves.
// A meeting's or statement's list keys: for its kind alone and for each side it is listed under
// ("<kind>@<actor>": every actor that attended or spoke, their country, and for a statement the
// countries it is about), its year, month and exact date ("<scope>|Y|2023", "<scope>|M|2023-09",
// "<scope>|D|2023-09-13"), or "<scope>|U" when undated.
// Series keys: one per dated keyed relationship of a Link ({seriesLinks}: a fact's MET, SAID …, an
// article's COVERS), "S|<link id>|<month of its key's date>|<type>|<stance>" (a year-dated fact's
// month is its year), so that a series by month reads a few counters per month instead of the
// Link's thousands of relationships (findSeries.cypher).
// The keys a fact or an article was counted under are kept on a TALLIED loop (not a property: the
// change feed's snapshots hold a node's properties, and these are bookkeeping), so that the
// difference is what changed; a fact deleted since left its keys in an Untally node (detachArticles,
// dropFacts), taken back here (a deleted article is counted here, with no COVERS left, before it
// goes). The counters themselves are written by addTallies.cypher, in key order.
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
  UNION
  UNWIND $articles AS id
  MATCH (f:Article {id: id})
  RETURN f
}
WITH f WHERE f:Article OR any(label IN labels(f) WHERE label IN $keyed)
WITH f, head([label IN labels(f) WHERE label IN ['Meeting', 'Statement']]) AS kind
CALL (f, kind) {
  OPTIONAL MATCH (x:Actor)-[:ATTENDED|MADE]->(f)
  WITH f, kind, collect(x.id) + collect(x.country) AS own
  OPTIONAL MATCH (f)-[:ABOUT]->(c:Actor)
  WITH kind, own, collect(c.id) AS about
  UNWIND own + about AS party
  WITH DISTINCT kind, party
  WHERE party IS NOT NULL
  // (toString: Cypher's type check reads a list concatenation's elements here as booleans.)
  RETURN collect(kind + '@' + toString(party)) AS sides
}
WITH f, CASE WHEN kind IS NULL THEN [] ELSE [kind] + sides END AS scopes, [one IN sides | one + '|' + coalesce(f.date, '')] AS filed
WITH f, filed, reduce(keys = [], scope IN scopes | keys + CASE
    WHEN f.date IS NULL THEN [scope + '|U']
    WHEN size(f.date) >= 7 THEN [scope + '|Y|' + left(f.date, 4), scope + '|M|' + left(f.date, 7), scope + '|D|' + f.date]
    ELSE [scope + '|Y|' + f.date, scope + '|D|' + f.date]
  END) + [(f)-[r:{seriesLinks}]-(l:Link) WHERE r.key > l.id + '|' |
    'S|' + l.id + '|' + left(substring(r.key, size(l.id) + 1), 7) + '|' + type(r) + '|' + coalesce(r.stance, '')] AS keys
WITH f, keys, filed, coalesce([(f)-[t:TALLIED]->(f) | t.keys][0], []) AS counted
MERGE (f)-[t:TALLIED]->(f)
SET t.keys = keys
WITH f, keys, filed, counted
// The FILED loops: those of keys it no longer has go, those it lacks are made.
CALL (f, filed) {
  MATCH (f)-[l:FILED]->(f)
  WHERE NOT l.key IN filed
  DELETE l
}
CALL (f, filed) {
  WITH f, filed, [(f)-[l:FILED]->(f) | l.key] AS present
  UNWIND [key IN filed WHERE NOT key IN present] AS key
  CREATE (f)-[:FILED {key: key}]->(f)
}
WITH collect([key IN keys WHERE NOT key IN counted | {key: key, delta: 1}] +
  [key IN counted WHERE NOT key IN keys | {key: key, delta: -1}]) AS moves
CALL () {
  MATCH (u:Untally)
  WITH u, u.keys AS keys
  DELETE u
  WITH keys
  UNWIND keys AS key
  RETURN collect({key: key, delta: -1}) AS gone
}
RETURN reduce(acc = gone, list IN moves | acc + list) AS moves
