// How many statements filed under Link $link (in the range) each speaker side made, by stance.
// `by` is the speaker's key in the pair: one of the Link's two actors, or null for a third party.
MATCH ()-[r:SAID]->()
WHERE r.key >= $low AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from)
RETURN r.by AS by, r.stance AS stance, count(*) AS count
