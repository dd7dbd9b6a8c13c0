// Resolves names to actors, one row per lookup that found one, the strongest match first:
// the country with the code extraction's tables gave, the organization, the gazetteer person,
// an actor of a wanted kind whose id is the name itself (XK, kim-jong-un), then (only when the
// tables knew nothing) a person or country whose stored name or spellings equal the name, case aside.
UNWIND $lookups AS q
CALL (q) {
  MATCH (c:Country {code: q.countryCode})
  RETURN c AS actor, 0 AS rank
  UNION
  MATCH (o:Actor {id: q.organizationId})
  RETURN o AS actor, 1 AS rank
  UNION
  MATCH (p:Actor) WHERE p.id IN q.personIds AND p:Person
  RETURN p AS actor, 2 AS rank
  UNION
  MATCH (x:Actor {id: q.id})
  WHERE any(label IN labels(x) WHERE label IN q.kinds)
  RETURN x AS actor, 3 AS rank
  UNION
  // The scans run only when asked: the UNWIND of an empty list keeps them from running at all
  // (a WHERE on q alone would still scan every person for every lookup).
  UNWIND CASE WHEN q.scanPersons THEN [q.lower] ELSE [] END AS lower
  MATCH (p:Person)
  WHERE any(name IN [p.name] + coalesce(p.names, []) + coalesce(p.aliases, []) WHERE toLower(name) = lower)
  RETURN p AS actor, 4 AS rank
  UNION
  UNWIND CASE WHEN q.scanCountries THEN [q.lower] ELSE [] END AS lower
  MATCH (c:Country)
  WHERE any(name IN [c.name] + coalesce(c.names, []) WHERE toLower(name) = lower)
  RETURN c AS actor, 5 AS rank
}
WITH q, actor ORDER BY rank, actor.id
WITH q, head(collect(actor)) AS actor
RETURN q.key AS key, actor {.*, labels: labels(actor)} AS actor
