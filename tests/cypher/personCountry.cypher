// Tests only: the country of the person $person, whether their articles disagree on it, and the
// Links that file each of the facts $facts.
CALL () {
  OPTIONAL MATCH (x:Person {id: $person})
  RETURN x.country AS country, coalesce(x.contested, false) AS contested
}
CALL () {
  UNWIND $facts AS id
  OPTIONAL MATCH (l:Link)-->(:Fact {id: id})
  WITH id, l ORDER BY id, l.id
  RETURN collect({fact: id, link: l.id}) AS links
}
RETURN country, contested, links
