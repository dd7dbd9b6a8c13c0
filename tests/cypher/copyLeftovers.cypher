// Tests only: what near-duplicate detection keeps of articles that are gone: the text signatures of
// the articles $ids (a signature's rank is "<16 digits>|<its article's id>"), the Outlets of the
// domains $domains, and Bands no signature is in (anywhere: one is never right).
CALL () {
  MATCH (s:TextSignature) WHERE substring(s.rank, 17) IN $ids
  RETURN count(s) AS signatures
}
CALL () {
  MATCH (o:Outlet) WHERE o.domain IN $domains
  RETURN count(o) AS outlets
}
CALL () {
  MATCH (b:Band) WHERE NOT EXISTS { (b)<-[:IN_BAND]-() }
  RETURN count(b) AS bands
}
RETURN signatures, outlets, bands
